"""How a kind shows itself, where it has views of its own: its colour categories, its markdown and table
sections, its card in the article view, its table in ``query``. A kind that declares none of them (a kind
file's, or a new kind with no special views) is shown by the generic views, field by field
(:mod:`summarizer.render.records`, :mod:`summarizer.render.cards`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from summarizer.schemas import Span

__all__ = ["GENERIC", "Category", "KindViews", "Table"]


@dataclass(frozen=True)
class Category:
    """A colour category of the views: ``key`` names its style (``bg-trip``), ``title`` its legend."""

    key: str
    title: str


@dataclass(frozen=True)
class Table:
    """A table of records: its columns (heading, width ratio or None) and a record's row."""

    columns: tuple[tuple[str, int | None], ...]
    row: Callable[[Any], tuple[str, ...]]


@dataclass(frozen=True)
class KindViews:
    """A kind's own views; each left out is the generic one."""

    categories: tuple[Category, ...] = ()  # its colour categories, in the order their bars stack
    category: Callable[[Any], str] | None = None  # a record's category (default: the first)
    markdown: Callable[[Any], list[str]] | None = None  # a record's item in the markdown report, evidence too
    table: Table | None = None  # its table in ``--format table``
    headline: Callable[[Any], str] | None = None  # a record in one line of plain text
    card: Callable[[Any], list[tuple[str, str]]] | None = None  # a record's card: (heading, escaped markup) rows
    spans: Callable[[Any, str | None], list[tuple[str, list[Span]]]] | None = None  # its marks besides the
    # evidence, by role, given the article's text or None (default: its dates' words, as ``date``)
    query_table: Table | None = None  # its table in ``query``, of the store's rows (dicts)

    def category_of(self, record: Any) -> str:
        """The colour category of ``record``."""
        return self.category(record) if self.category is not None else self.categories[0].key


GENERIC = KindViews()
"""No view of its own: every view is the generic one."""
