"""A record's values in words and as escaped HTML: what every kind's views are written with, the
generic ones (:mod:`summarizer.render.records`, :mod:`summarizer.render.cards`) and a kind's own."""

from __future__ import annotations

from typing import Any

from summarizer.schemas import DateRef, Entity, FieldValue, Place, Span
from summarizer.util.markup import esc

__all__ = ["entity_html", "evidence_lines", "known", "md_escape", "place_html", "short", "value_text", "when_html"]

SHORT = 140


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


def known(value: Any) -> str:
    """:func:`value_text`, or ``?`` for no value."""
    return "?" if value is None or value == [] else value_text(value)


def md_escape(text: str) -> str:
    """``text`` on one line of a markdown list or table."""
    return text.replace("|", "\\|").replace("\n", " ")


def evidence_lines(spans: list[Span]) -> list[str]:
    """A record's evidence under its item in the markdown report."""
    return [f"  > {md_escape(s.text)} `[{s.start}:{s.end}]`" for s in spans]


def short(text: str, limit: int = SHORT) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis where it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def entity_html(e: Entity) -> str:
    """A name in bold, its role, kind and country after it (escaped markup)."""
    extra = [x for x in (e.role, e.kind if e.kind != "unknown" else None, e.country_code) if x]
    more = f' <span class="dim">({esc(", ".join(extra))})</span>' if extra else ""
    return f"<b>{esc(e.name)}</b>{more}"


def place_html(p: Place) -> str:
    """A place in bold, its country after it (escaped markup)."""
    where = ", ".join(x for x in (p.country if p.country and p.country != p.name else None, p.country_code) if x)
    return f"<b>{esc(p.name)}</b>" + (f' <span class="dim">({esc(where)})</span>' if where else "")


def when_html(ref: DateRef | None) -> str:
    """A date's words and its value (escaped markup)."""
    if ref is None:
        return '<span class="dim">no date</span>'
    value = esc(ref.value or "?") + (f" to {esc(ref.end)}" if ref.end else "")
    return f"“{esc(ref.text)}” = <b>{value}</b> <span class=\"dim\">({esc(ref.precision)})</span>"
