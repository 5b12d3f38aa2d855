"""How a batch reaches the model: ``--via direct`` (the default) or another way registered here.

Every way is a function with the signature of :func:`summarizer.batch.run.run_batch`:
``(summarizer, store, items, options, reporter, total) -> BatchReport``, that saves each finished
article with :meth:`summarizer.store.Store.save` (one transaction per article). A way is named here
by module and function and imported only when chosen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from summarizer.errors import ConfigError

__all__ = ["VIAS", "runner"]

VIAS: dict[str, str] = {
    "direct": "summarizer.batch.run:run_batch",
    "openai-batch": "summarizer.batch.openai_batch:run_batch",
}
"""``--via`` name -> ``module:function`` that runs a batch that way."""


def runner(via: str) -> Callable[..., Any]:
    """The function that runs a batch ``via`` this way; ConfigError for an unknown or missing way."""
    target = VIAS.get(via)
    if target is None:
        raise ConfigError(f"--via must be one of {', '.join(VIAS)}, got {via!r}")
    module_name, function = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise ConfigError(f"--via {via} is not available in this installation") from None
    found: Callable[..., Any] = getattr(module, function)
    return found
