"""A record as HTML for a person: a one-line headline and a card (who, where, when, status, speaker).

Every value is escaped here; callers get markup they can place as is.
"""

from __future__ import annotations

from summarizer.render.marks import Record
from summarizer.render.page import esc
from summarizer.render.records import value_text
from summarizer.schemas import DateRef, Entity, Meeting, Place, Quote, Trip
from summarizer.schemas import Record as KindRecord

__all__ = ["KIND_NAMES", "card", "headline", "label", "plain"]

KIND_NAMES = {"trip": "Trip", "meet": "Meeting", "dq": "Direct quote", "rq": "Reported speech", "warn": "Warning"}
_LETTER = {"t": "T", "m": "M", "q": "Q", "w": "W"}
_SHORT = 140


def label(rid: str, letter: str = "") -> str:
    """``t0`` -> ``T1``: the tag shown in the text and in the list (a kind file's record: its kind's letter)."""
    return (letter or _LETTER.get(rid[0], rid[0].upper())) + str(int(rid[1:]) + 1)


def _short(text: str, limit: int = _SHORT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _names(entities: list[Entity]) -> str:
    return ", ".join(e.name for e in entities) or "?"


def _places(places: list[Place]) -> str:
    return ", ".join(p.name for p in places) or "?"


def headline(rec: Record) -> str:
    """One line of plain text: who and where or what, and when."""
    item = rec.item
    if isinstance(item, Trip):
        when = item.when.value if item.when and item.when.value else "no date"
        return f"{_names(item.travellers)} → {_places(item.destinations)} · {when}"
    if isinstance(item, Meeting):
        when = item.when.value if item.when and item.when.value else "no date"
        return f"{' + '.join(e.name for e in item.participants) or '?'} · {when}"
    if isinstance(item, Quote):
        words = f"“{_short(item.text, 90)}”" if item.kind == "direct" else _short(item.text, 90)
        return f"{item.speaker}: {words}"
    if isinstance(item, KindRecord):
        return _short(" · ".join(value_text(v) for v in item.fields.values() if value_text(v)) or "?", 200)
    return _short(item, 200)


def _entity(e: Entity) -> str:
    extra = [x for x in (e.role, e.kind if e.kind != "unknown" else None, e.country_code) if x]
    more = f' <span class="dim">({esc(", ".join(extra))})</span>' if extra else ""
    return f"<b>{esc(e.name)}</b>{more}"


def _place(p: Place) -> str:
    where = ", ".join(x for x in (p.country if p.country and p.country != p.name else None, p.country_code) if x)
    return f"<b>{esc(p.name)}</b>" + (f' <span class="dim">({esc(where)})</span>' if where else "")


def _when(ref: DateRef | None) -> str:
    if ref is None:
        return '<span class="dim">no date</span>'
    value = esc(ref.value or "?") + (f" to {esc(ref.end)}" if ref.end else "")
    return f"“{esc(ref.text)}” = <b>{value}</b> <span class=\"dim\">({esc(ref.precision)})</span>"


def _rows(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def _trip_rows(t: Trip) -> list[tuple[str, str]]:
    other = [d for d in t.dates if d != t.when]
    confirmed = {True: "confirmed", False: "reported, not confirmed", None: ""}[t.confirmed]
    return [
        ("Who", "; ".join(_entity(e) for e in t.travellers)),
        ("Where", "; ".join(_place(p) for p in t.destinations) or '<span class="dim">?</span>'),
        ("When", _when(t.when)),
        ("Also", "; ".join(_when(d) for d in other)),
        ("Status", esc(", ".join(x for x in (t.status, t.mode.replace("_", " "), t.kind, confirmed) if x))),
        ("Purpose", esc(t.purpose or "")),
        ("Reported by", esc(", ".join(t.reported_by))),
    ]


def _meeting_rows(m: Meeting) -> list[tuple[str, str]]:
    return [
        ("Who", "; ".join(_entity(e) for e in m.participants)),
        ("When", _when(m.when)),
        ("Status", esc(f"{m.status}, {m.format.replace('_', ' ')}")),
        ("Topics", esc("; ".join(m.topics))),
    ]


def _quote_rows(q: Quote) -> list[tuple[str, str]]:
    speaker = f"<b>{esc(q.speaker)}</b>" + (f' <span class="dim">({esc(q.speaker_role)})</span>' if q.speaker_role else "")
    if not q.speaker_resolved:
        speaker += ' <span class="dim">(as the article writes it: not resolved to a name)</span>'
    words = f"“{esc(q.text)}”" if q.kind == "direct" else esc(q.text)
    return [
        ("Speaker", speaker),
        ("Kind", esc(q.kind + ("" if q.speaker_kind == "unknown" else f"; speaker is a {q.speaker_kind}"))),
        ("Cue", esc(q.cue or "")),
        ("Words", words),
        ("Fragments", "; ".join(f"“{esc(f.text)}”" for f in q.fragments)),
    ]


def card(rec: Record) -> str:
    """The record's details as a definition list (escaped markup)."""
    item = rec.item
    if isinstance(item, Trip):
        return _rows(_trip_rows(item))
    if isinstance(item, Meeting):
        return _rows(_meeting_rows(item))
    if isinstance(item, Quote):
        return _rows(_quote_rows(item))
    if isinstance(item, KindRecord):
        return _rows([(name.replace("_", " ").capitalize(), _value(value)) for name, value in item.fields.items()])
    return f"<p>{esc(item)}</p>"


def _value(value: object) -> str:
    """A kind file's field in a card: entities and places as in the other cards, dates with their value."""
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, Entity):
        return _entity(value)
    if isinstance(value, Place):
        return _place(value)
    if isinstance(value, DateRef):
        return _when(value)
    return esc(value) if isinstance(value, str) else ""


def plain(rec: Record) -> str:
    """``T1 Trip: <headline>`` as plain text, for a ``title`` attribute."""
    name = rec.item.kind.capitalize() if isinstance(rec.item, KindRecord) else KIND_NAMES[rec.cat]
    return f"{label(rec.rid, rec.letter)} {name}: {headline(rec)}"
