"""Records of kind-file kinds in words: one value per field, whatever the kind (no kind is named here)."""

from __future__ import annotations

from summarizer.schemas import ArticleSummary, DateRef, Entity, FieldValue, Place, Record

__all__ = ["by_kind", "field_names", "value_text"]


def value_text(value: FieldValue) -> str:
    """A field's value as a reader wants it: names (with roles), a place with its country, a date and its value."""
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, Entity):
        return f"{value.name} ({value.role})" if value.role else value.name
    if isinstance(value, Place):
        return f"{value.name} [{value.country_code}]" if value.country_code and value.name != value.country else value.name
    if isinstance(value, DateRef):
        return f"{value.text} = {value.value}" if value.value else value.text
    return value


def by_kind(summary: ArticleSummary) -> dict[str, list[Record]]:
    """The summary's records grouped by kind, kinds in the order they first appear."""
    groups: dict[str, list[Record]] = {}
    for record in summary.records:
        groups.setdefault(record.kind, []).append(record)
    return groups


def field_names(records: list[Record]) -> list[str]:
    """Every field name the records use, in their order."""
    return list(dict.fromkeys(name for r in records for name in r.fields))
