"""summarizer: grounded records of trips, meetings and quotes from news articles.

>>> from summarizer import summarize
>>> summary = summarize(text, model="local", published="2021-03-05")   # doctest: +SKIP

Imports are lazy so that ``summarizer --help`` starts fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.api import Summarizer, asummarize, summarize
    from summarizer.errors import SummarizerError
    from summarizer.schemas import ArticleSummary, DateRef, Entity, Meeting, Place, Quote, Span, Trip, Usage

__version__ = "0.1.0"

__all__ = [
    "ArticleSummary",
    "DateRef",
    "Entity",
    "Meeting",
    "Place",
    "Quote",
    "Span",
    "Summarizer",
    "SummarizerError",
    "Trip",
    "Usage",
    "asummarize",
    "summarize",
]

_WHERE = {
    "summarize": "api",
    "asummarize": "api",
    "Summarizer": "api",
    "SummarizerError": "errors",
    **{name: "schemas" for name in ("ArticleSummary", "Trip", "Meeting", "Quote", "Span", "DateRef", "Entity", "Place", "Usage")},
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
