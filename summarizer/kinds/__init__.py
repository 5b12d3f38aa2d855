"""Record kinds: the registry every stage loops over (:mod:`summarizer.kinds.registry`), the three
built-in kinds (:mod:`summarizer.kinds.builtin`) and kinds read from a TOML file
(:mod:`summarizer.kinds.file`)."""

from __future__ import annotations

import summarizer.kinds.builtin  # noqa: F401  (registers trips, meetings and quotes)
from summarizer.kinds.registry import (
    RecordKind,
    builtin_names,
    check_kinds,
    get,
    kinds,
    names,
    register,
    selected,
)

__all__ = ["RecordKind", "builtin_names", "check_kinds", "get", "kinds", "names", "register", "selected"]
