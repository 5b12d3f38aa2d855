"""Trips: who travelled (or will) where and when. The kind's registration and its own views."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from summarizer.extract.events import TRIPS, find_events
from summarizer.extract.merge import merge_trips
from summarizer.extract.run import ArticleRun, Passages
from summarizer.kinds.registry import RecordKind
from summarizer.kinds.views import Category, KindTable, KindViews, Link, RowWriter, Table
from summarizer.kinds.words import entity_html, evidence_lines, known, place_html, when_html
from summarizer.schemas import Trip
from summarizer.util.markup import esc

__all__ = ["TRIP_KIND"]


def _find(run: ArticleRun, passages: Passages) -> Callable[[], list[Any]]:
    return find_events(run, passages.sentences, TRIPS)


def _merge(records: list[Any]) -> list[Any]:
    return list(merge_trips(records))


def _markdown(t: Trip) -> list[str]:
    return [f"- **{known(t.travellers)}** to {known(t.destinations)}; when: {known(t.when)}; "
            f"{t.status}, {t.mode.replace('_', ' ')}" + (f"; purpose: {t.purpose}" if t.purpose else ""),
            *evidence_lines(t.evidence)]


def _row(t: Trip) -> tuple[str, ...]:
    return known(t.travellers), known(t.destinations), known(t.when), f"{t.status}, {t.mode.replace('_', ' ')}"


def _headline(t: Trip) -> str:
    when = t.when.value if t.when and t.when.value else "no date"
    return f"{', '.join(e.name for e in t.travellers) or '?'} → {', '.join(p.name for p in t.destinations) or '?'} · {when}"


def _card(t: Trip) -> list[tuple[str, str]]:
    other = [d for d in t.dates if d != t.when]
    confirmed = {True: "confirmed", False: "reported, not confirmed", None: ""}[t.confirmed]
    return [
        ("Who", "; ".join(entity_html(e) for e in t.travellers)),
        ("Where", "; ".join(place_html(p) for p in t.destinations) or '<span class="dim">?</span>'),
        ("When", when_html(t.when)),
        ("Also", "; ".join(when_html(d) for d in other)),
        ("Status", esc(", ".join(x for x in (t.status, t.mode.replace("_", " "), t.kind, confirmed) if x))),
        ("Purpose", esc(t.purpose or "")),
        ("Reported by", esc(", ".join(t.reported_by))),
    ]


def _query_row(row: dict[str, Any]) -> tuple[str, ...]:
    return row["date"] or "?", row["who"], row["where"], f"{row['status']}, {row['mode']}", row["article"]


def _columns(conn: sqlite3.Connection, record: sqlite3.Row, full: dict[str, Any]) -> dict[str, Any]:
    places = conn.execute("SELECT name, country_code FROM trip_places WHERE trip_id = ? ORDER BY idx",
                          (record["id"],)).fetchall()
    return {"where": "; ".join(p[0] for p in places), "countries": ";".join(p[1] or "" for p in places),
            "status": record["status"], "mode": record["mode"], "purpose": record["purpose"], "trip_kind": record["kind"],
            "date_to": record["date_to"], "date_text": record["date_text"]}


def _save(writer: RowWriter, idx: int, trip: Trip) -> None:
    cur = writer.conn.execute(
        "INSERT INTO trips (article_id, idx, kind, status, mode, purpose, confirmed, reported_by, date_text, date, "
        "date_from, date_to, precision, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (writer.article_id, idx, trip.kind, trip.status, trip.mode, trip.purpose,
         None if trip.confirmed is None else int(trip.confirmed), json.dumps(trip.reported_by, ensure_ascii=False),
         *writer.dates(trip.when), trip.model_dump_json()),
    )
    trip_id = int(cur.lastrowid or 0)
    writer.members("trip_travellers", "trip_id", trip_id, trip.travellers)
    writer.conn.executemany(
        "INSERT INTO trip_places (trip_id, idx, name, country, country_code) VALUES (?, ?, ?, ?, ?)",
        [(trip_id, i, p.name, p.country, p.country_code) for i, p in enumerate(trip.destinations)],
    )
    writer.evidence("trip", trip_id, trip.evidence)


def _same_travellers(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two reports of one trip: one's travellers are all among the other's (a report may name fewer of them)."""
    return a <= b or b <= a


def _detail(r: sqlite3.Row) -> str:
    return ", ".join(x for x in (r["status"], r["mode"].replace("_", " "), r["kind"]) if x and x != "unknown")


_VIEWS = KindViews(
    categories=(Category("trip", "Trip"),), markdown=_markdown, headline=_headline, card=_card,
    table=Table((("Who", None), ("Where", None), ("When", None), ("Status", None)), _row),
    query_table=Table((("When", None), ("Who", None), ("Where", None), ("Status", None), ("Article", None)), _query_row),
    stored=KindTable("trips", "trip", ("date_from", "date_to"), _columns, "traveller", _save,
                     members=("trip_travellers", "trip_id"), parts=(("trip_places", "trip_id"),),
                     places=("trip_places", "trip_id"), link=Link(_same_travellers, "mode"),
                     timeline=_detail, above=True),
)

TRIP_KIND = RecordKind(
    name="trips", singular="trip", letter="T", colour="#2563eb", order=1, find=_find, prompts=("trips", "trips_again"),
    record_type=Trip, merge=_merge, entities=("travellers",), places=("destinations",),
    dates=("when", "dates"), event_type="Movement:Transport", views=_VIEWS,
)
