"""Records of kind-file kinds in words: one value per field, whatever the kind (no kind is named here)."""

from __future__ import annotations

from summarizer.kinds.words import value_text
from summarizer.schemas import ArticleSummary, Record

__all__ = ["by_kind", "field_names", "value_text"]


def by_kind(summary: ArticleSummary) -> dict[str, list[Record]]:
    """The summary's records grouped by kind, kinds in the order they first appear."""
    groups: dict[str, list[Record]] = {}
    for record in summary.records:
        groups.setdefault(record.kind, []).append(record)
    return groups


def field_names(records: list[Record]) -> list[str]:
    """Every field name the records use, in their order."""
    return list(dict.fromkeys(name for r in records for name in r.fields))
