"""Linked events as ``query`` shows them: each event once, with its sources and any detail in conflict.

The events are those :func:`summarizer.store.linking.link_events` built; see that module for the rules.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from summarizer.kinds import get
from summarizer.store.entities import entity_ids_for
from summarizer.store.linking import ensure_linked, linked_tables
from summarizer.store.schema import EVENTS_SCHEMA

__all__ = ["EventView", "Source", "events_for", "show_events"]


@dataclass(frozen=True)
class Source:
    """One article's report of an event: the article, its title and the evidence it gives."""

    article_id: str
    title: str | None
    published: str | None
    date_text: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class EventView:
    """An event as ``query`` shows it: once, with its sources and any detail in conflict."""

    id: int
    kind: str
    people: tuple[str, ...]
    date: str | None
    places: tuple[str, ...]
    sources: tuple[Source, ...]
    conflicts: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]

    def when(self) -> str:
        """The agreed date, or each date given and by how many sources: '2005-03-19 (2) | 2005-03-26 (1)'."""
        for name, values in self.conflicts:
            if name == "date":
                return " | ".join(f"{v} ({len(a)})" for v, a in values)
        return self.date or "?"

    def conflict_lines(self) -> list[str]:
        """One line per detail in conflict: 'place: sheffield [a1] | leeds [a2]'."""
        return [f"{name}: " + " | ".join(f"{v} [{', '.join(a)}]" for v, a in values) for name, values in self.conflicts]


def events_for(conn: sqlite3.Connection, *, name: str | list[str] | None = None, kind: str | None = None,
               date_from: str | None = None, date_to: str | None = None, min_sources: int = 1) -> list[EventView]:
    """Linked events, each once: with the entities ``name`` means (every name of a list), of one ``kind``,
    overlapping a date range.

    An event is in a range when one of its reports' dates falls in it (an event with no date at all
    is left out). Run :func:`~summarizer.store.linking.link_events` first (an unlinked store has none).
    """
    conn.executescript(EVENTS_SCHEMA)
    where: list[str] = ["e.sources >= ?"]
    args: list[object] = [min_sources]
    for one in [name] if isinstance(name, str) else name or []:
        ids = entity_ids_for(conn, one) or [-1]
        where.append(f"e.id IN (SELECT event_id FROM event_entities WHERE entity_id IN ({','.join('?' * len(ids))}))")
        args += ids
    if kind is not None:
        where.append("e.kind = ?")
        args.append(kind)
    if date_from or date_to:  # one of its reports' dates in the range, whichever kind's table holds the report
        tables = linked_tables()
        where.append("e.id IN (" + " UNION ".join(
            f"SELECT er.event_id FROM event_reports er JOIN {own.table} r ON r.id = er.record_id "
            f"WHERE er.record_kind = ? AND r.{own.dates[0]} <= ? AND r.{own.dates[1]} >= ?" for own in tables.values()) + ")")
        for report_kind in tables:
            args += [report_kind, date_to or "9999-12-31", date_from or "0000-01-01"]
    rows = conn.execute(f"SELECT e.id, e.kind, e.date, e.places, e.conflicts FROM events e WHERE {' AND '.join(where)} "
                        "ORDER BY coalesce(e.date_from, '9999'), e.id", args).fetchall()
    return [_view(conn, *row) for row in rows]


def _view(conn: sqlite3.Connection, event_id: int, kind: str, value: str | None, places: str, conflicts: str) -> EventView:
    people = tuple(r[0] for r in conn.execute(
        "SELECT en.name FROM event_entities ee JOIN entities en ON en.id = ee.entity_id WHERE ee.event_id = ? "
        "ORDER BY en.name", (event_id,)))
    sources: dict[str, Source] = {}
    table = linked_tables()[kind].table
    for article, title, published, record_id, date_text in conn.execute(
            f"SELECT er.article_id, a.title, a.published, er.record_id, r.date_text FROM event_reports er "
            f"JOIN articles a ON a.id = er.article_id JOIN {table} r ON r.id = er.record_id "
            "WHERE er.event_id = ? ORDER BY a.published, er.article_id, er.record_id", (event_id,)):
        texts = tuple(r[0] for r in conn.execute(
            "SELECT text FROM evidence WHERE record_kind = ? AND record_id = ? ORDER BY idx", (kind, record_id)))
        known = sources.get(article)
        if known is None:
            sources[article] = Source(article, title, published, date_text, texts)
        else:
            sources[article] = Source(article, title, published, known.date_text or date_text, known.evidence + texts)
    shown = tuple((c["field"], tuple((v["value"], tuple(v["articles"])) for v in c["values"])) for c in json.loads(conflicts))
    return EventView(event_id, kind, people, value, tuple(json.loads(places)), tuple(sources.values()), shown)


def show_events(conn: sqlite3.Connection, console: Any, *, kind: str, names: list[str], date_from: str | None = None,
                date_to: str | None = None, limit: int = 200) -> int:
    """Print the linked events of ``kind`` (a linked kind's name: 'trips') with ``names`` as a table; the number
    shown.

    The events are linked first when the store changed since they last were. Each event is shown once,
    with the number of its sources, the articles, and each detail in conflict with the articles behind
    each value.
    """
    from rich.table import Table
    from rich.text import Text

    own = get(kind).views.stored
    assert own is not None and own.link is not None
    placed = own.places is not None  # a kind with places shows where
    ensure_linked(conn)
    found = events_for(conn, name=names, kind=own.evidence, date_from=date_from, date_to=date_to)[:limit]
    table = Table(title=f"{len(found)} event(s): {kind} linked across articles", show_lines=True)
    heads = ("When", "Who", *(("Where",) if placed else ()), "Sources", "Conflicts")
    for head in heads:
        table.add_column(head, overflow="fold")
    for event in found:
        sources = f"{len(event.sources)}: " + "\n".join(
            s.article_id + (f" ({s.title})" if s.title and s.title != s.article_id else "") for s in event.sources)
        cells = [event.when(), ", ".join(event.people), *([", ".join(event.places)] if placed else []),
                 sources, "\n".join(event.conflict_lines())]
        table.add_row(*(Text(cell) for cell in cells))  # plain text: "[a]" is an article, not markup
    console.print(table)
    return len(found)
