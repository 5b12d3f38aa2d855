"""A record as HTML for a person: a one-line headline and a card (who, where, when, status, speaker).

Every value is escaped here; callers get markup they can place as is.
"""

from __future__ import annotations

from summarizer.kinds import kinds as registered
from summarizer.kinds.words import entity_html, place_html, short, value_text, when_html
from summarizer.render.marks import Record
from summarizer.render.page import esc
from summarizer.schemas import DateRef, Entity, Place
from summarizer.schemas import Record as KindRecord

__all__ = ["KIND_NAMES", "card", "headline", "label", "plain"]

KIND_NAMES = {c.key: c.title for k in registered() if k.builtin for c in k.views.categories} | {"warn": "Warning"}
_VIEWS = {k.record_type: k.views for k in registered() if k.builtin}


def label(rid: str, letter: str = "") -> str:
    """``t0`` -> ``T1``: the tag shown in the text and in the list (a kind file's record: its kind's letter)."""
    return (letter or rid[0].upper()) + str(int(rid[1:]) + 1)


def headline(rec: Record) -> str:
    """One line of plain text: who and where or what, and when."""
    item = rec.item
    views = _VIEWS.get(type(item))
    if views is not None and views.headline is not None:
        return views.headline(item)
    if isinstance(item, KindRecord):
        return short(" · ".join(value_text(v) for v in item.fields.values() if value_text(v)) or "?", 200)
    return short(item, 200)


def _rows(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def card(rec: Record) -> str:
    """The record's details as a definition list (escaped markup)."""
    item = rec.item
    views = _VIEWS.get(type(item))
    if views is not None and views.card is not None:
        return _rows(views.card(item))
    if isinstance(item, KindRecord):
        return _rows([(name.replace("_", " ").capitalize(), _value(value)) for name, value in item.fields.items()])
    return f"<p>{esc(item)}</p>"


def _value(value: object) -> str:
    """A kind file's field in a card: entities and places as in the other cards, dates with their value."""
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, Entity):
        return entity_html(value)
    if isinstance(value, Place):
        return place_html(value)
    if isinstance(value, DateRef):
        return when_html(value)
    return esc(value) if isinstance(value, str) else ""


def plain(rec: Record) -> str:
    """``T1 Trip: <headline>`` as plain text, for a ``title`` attribute."""
    name = rec.item.kind.capitalize() if isinstance(rec.item, KindRecord) else KIND_NAMES[rec.cat]
    return f"{label(rec.rid, rec.letter)} {name}: {headline(rec)}"
