"""The ``summarizer`` command. ``main.py`` holds the app and the per-article commands; each other
module here adds one group of commands to the same app when imported below."""

import summarizer.cli.batch  # noqa: F401  (batch, export, query)
import summarizer.cli.view as _view  # noqa: F401  (view)
from summarizer.cli.main import app, main

__all__ = ["app", "main"]
