"""One event, many reports: trips and meetings that several articles report, linked into one event.

News tells the same trip or meeting in many articles. :func:`link_events` reads every record of the kinds
that declare it (``KindTable.link``: trips and meetings) in the store (status ``ok`` articles) and links the
reports of one event, conservatively:

- **who**: the same people after the store's entity merging (:mod:`summarizer.store.entities`: the same
  full name, or an alias of two words or more), one in common at least, by the kind's own rule
  (``Link.people``). A trip's travellers: one report's are all among the other's (a report may name fewer
  of them). A meeting's participants: at least two in common, or the very same ones;
- **when**: the normalised dates (``date_from``/``date_to``) overlap ("March 2021" and "4 March 2021"
  agree). Two dates that do not overlap, at most :data:`DATE_SLACK` days apart, are kept as a *date
  conflict* when everything else agrees (the same destination, or the same wording); further apart they
  are two events;
- **where** (a kind with places, ``KindTable.places``: trips): a destination in common (the same place
  name, one name inside the other, or a country and a place in it). Two different destinations are kept
  as a *place conflict* only when both reports give the very same day; otherwise they are two trips;
- a report without a date links only when the articles appeared within :data:`PUBLISHED_WINDOW` days of
  each other, or, when a publication date is unknown, when the two reports tell it in similar words
  (at least three content words of their evidence in common, and at least :data:`SIMILAR` of the shorter
  one's; names, dates and common words left out);
- never two reports of one article (the pipeline already merged those), and only *complete* clusters:
  a report joins an event only when it links with every report already in it, so A~B and B~C never
  chain A and C together.

An event keeps every report (and so every article's evidence, in the ``evidence`` table) and its count
of sources; a detail the reports disagree on (two dates, two places, in person against video: the kind's
``Link.style``) is stored as a conflict with the articles behind each value, never silently picked. Linking
is rebuilt whole, in one transaction, each time it runs; its tables (``events``, ``event_reports``,
``event_entities``: :data:`summarizer.store.schema.EVENTS_SCHEMA`) sit next to the store's own and are
created here.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from summarizer.kinds import kinds as registered
from summarizer.kinds.views import KindTable, Link
from summarizer.store.entities import name_key
from summarizer.store.schema import EVENTS_SCHEMA
from summarizer.text.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.text.places import country_code

__all__ = [
    "DATE_SLACK", "EVENTS_SCHEMA", "PUBLISHED_WINDOW", "SIMILAR", "LinkStats", "Report", "compare", "ensure_linked",
    "link_events", "link_reports", "linked_tables", "load_reports", "similarity",
]

DATE_SLACK = 7  # days: two dates further apart than this are two events, never one event in conflict
PUBLISHED_WINDOW = 7  # days between two articles' publication for an undated report to link
SIMILAR = 0.5  # share of the shorter report's content words the other must have (3 or more) to count as alike

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP_WORDS = (
    "the and for with that this was were has have had will would said says who what when where which from into "
    "their they them his her its our after before over about also been being than then there here not but are "
    "one two three last next this week month year today yesterday tomorrow mr mrs ms"
)
_STOP = frozenset(_STOP_WORDS.split()) | frozenset(WEEKDAY_NAMES) | frozenset(MONTH_NAMES)


def linked_tables() -> dict[str, KindTable]:
    """The tables of the kinds linked across articles (those that declare ``KindTable.link``), by the name of
    their events (``KindTable.evidence``: 'trip'), in the registry's order."""
    return {own.evidence: own for k in registered() if (own := k.views.stored) is not None and own.link is not None}


def _link(own: KindTable) -> Link:
    assert own.link is not None
    return own.link


@dataclass(frozen=True)
class Report:
    """One record of a linked kind (a trip, a meeting) as linking sees it."""

    kind: str  # its events' name: 'trip' or 'meeting'
    record_id: int
    article_id: str
    people: frozenset[int]
    date_from: str | None = None
    date_to: str | None = None
    date: str | None = None
    places: tuple[tuple[str, str | None], ...] = ()  # (name key, country code)
    style: str = "unknown"  # how it happened (``Link.style``): a trip's mode or a meeting's format
    published: str | None = None
    words: frozenset[str] = frozenset()


@dataclass
class _Event:
    kind: str
    members: list[Report] = field(default_factory=list)
    conflicts: set[str] = field(default_factory=set)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _dates(a: Report, b: Report) -> tuple[str, int]:
    """('agree' | 'differ' | 'unknown', days between two dates that differ)."""
    a0, a1, b0, b1 = _day(a.date_from), _day(a.date_to or a.date_from), _day(b.date_from), _day(b.date_to or b.date_from)
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return "unknown", 0
    if a0 <= b1 and b0 <= a1:
        return "agree", 0
    return "differ", (b0 - a1).days if a1 < b0 else (a0 - b1).days


def _place_match(p: tuple[str, str | None], q: tuple[str, str | None]) -> bool:
    (name, code), (other, other_code) = p, q
    if name == other or f" {name} " in f" {other} " or f" {other} " in f" {name} ":
        return True
    # A country and a place in it: "Mexico" (MX) and "Ciudad Juarez" (MX).
    return code is not None and code == other_code and code in (country_code(name), country_code(other))


def _places(a: Report, b: Report, own: KindTable) -> str:
    if own.places is None:
        return "n/a"
    if not a.places or not b.places:
        return "unknown"
    return "agree" if any(_place_match(p, q) for p in a.places for q in b.places) else "differ"


def _same_people(a: Report, b: Report, own: KindTable) -> bool:
    return bool(a.people & b.people) and _link(own).people(a.people, b.people)


def similarity(a: Report, b: Report) -> float:
    """The share of the shorter report's content words the other has too (0 with fewer than 3 in common)."""
    shared = len(a.words & b.words)
    return shared / min(len(a.words), len(b.words)) if shared >= 3 else 0.0


def _one_day(report: Report) -> bool:
    return report.date_from is not None and report.date_from == (report.date_to or report.date_from)


def _published_near(a: Report, b: Report) -> bool | None:
    pa, pb = _day(a.published), _day(b.published)
    if pa is None or pb is None:
        return None
    return abs((pa - pb).days) <= PUBLISHED_WINDOW


def compare(a: Report, b: Report, tables: dict[str, KindTable] | None = None) -> set[str] | None:
    """The conflicts two reports of one event have (a set, maybe empty), or None when they are two events;
    ``tables`` is :func:`linked_tables` (read when not given)."""
    if a.kind != b.kind or a.article_id == b.article_id:
        return None
    own = (tables or linked_tables())[a.kind]
    if not _same_people(a, b, own):
        return None
    dates, gap = _dates(a, b)
    places = _places(a, b, own)
    alike = similarity(a, b) >= SIMILAR
    near = _published_near(a, b)
    conflicts: set[str] = set()
    if dates == "differ":
        if gap > DATE_SLACK or not (places == "agree" or alike):
            return None
        conflicts.add("date")
    if places == "differ":  # two places are one event in conflict only on the very same day
        if dates != "agree" or not (_one_day(a) and _one_day(b)):
            return None
        conflicts.add("place")
    if len(conflicts) > 1:
        return None
    if dates == "unknown" and not (near or (near is None and alike)):
        return None
    if places == "unknown" and dates != "agree" and not alike:
        return None
    if {a.style, b.style} - {"unknown"} and len({a.style, b.style} - {"unknown"}) > 1:
        conflicts.add(_link(own).style)
    return conflicts


def _order(report: Report) -> tuple[str, str, int]:
    return (report.date_from or report.published or "9999", report.article_id, report.record_id)


def link_reports(reports: list[Report]) -> list[list[Report]]:
    """Reports grouped by event (complete clusters; see the module's docstring), each event's reports in order."""
    tables = linked_tables()
    events: list[_Event] = []
    by_person: dict[int, list[int]] = {}
    for report in sorted(reports, key=_order):
        best: tuple[int, float, int] | None = None  # (conflicts, -similarity, event index)
        for index in sorted({i for p in report.people for i in by_person.get(p, [])}):
            event = events[index]
            if event.kind != report.kind:
                continue
            found = [compare(member, report, tables) for member in event.members]
            if any(c is None for c in found):
                continue
            conflicts = set().union(*[c for c in found if c is not None]) | event.conflicts
            if len(conflicts - {_link(tables[report.kind]).style}) > 1:
                continue
            score = (len(conflicts), -max(similarity(m, report) for m in event.members), index)
            best = score if best is None or score < best else best
        if best is None:
            events.append(_Event(report.kind, [report]))
            for person in report.people:
                by_person.setdefault(person, []).append(len(events) - 1)
            continue
        event = events[best[2]]
        event.conflicts |= set().union(*[compare(m, report, tables) or set() for m in event.members])
        event.members.append(report)
        for person in report.people - set().union(*[m.people for m in event.members[:-1]]):
            by_person.setdefault(person, []).append(best[2])
    return [e.members for e in events]


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def _words(texts: list[str], names: list[str]) -> frozenset[str]:
    """Content words of the evidence (crudely singular): no names, dates or common words."""
    skip = {w for n in names for w in _WORD.findall(n.casefold())}
    return frozenset(_stem(w) for t in texts for w in _WORD.findall(t.casefold()) if w not in _STOP and w not in skip)


def load_reports(conn: sqlite3.Connection) -> list[Report]:
    """Every record of the linked kinds (trips, then meetings) of the store's ``ok`` articles, as linking sees them."""
    reports: list[Report] = []
    for kind, own in linked_tables().items():
        assert own.members is not None
        (members, column), (first_day, last_day) = own.members, own.dates
        rows = conn.execute(
            f"SELECT r.id, r.article_id, r.date, r.{first_day}, r.{last_day}, r.{_link(own).style}, a.published "
            f"FROM {own.table} r JOIN articles a ON a.id = r.article_id WHERE a.status = 'ok' ORDER BY r.id").fetchall()
        for rid, article, value, first, last, how, published in rows:
            people = conn.execute(f"SELECT m.entity_id, e.name, e.aliases FROM {members} m JOIN entities e "
                                  f"ON e.id = m.entity_id WHERE m.{column} = ?", (rid,)).fetchall()
            names = [n for _, name, aliases in people for n in [name, *json.loads(aliases)]]
            texts = [r[0] for r in conn.execute(
                "SELECT text FROM evidence WHERE record_kind = ? AND record_id = ? ORDER BY idx", (kind, rid))]
            places: tuple[tuple[str, str | None], ...] = ()
            if own.places is not None:
                places = tuple((name_key(n), c) for n, c in conn.execute(
                    f"SELECT name, country_code FROM {own.places[0]} WHERE {own.places[1]} = ? ORDER BY idx", (rid,)))
            reports.append(Report(kind, rid, article, frozenset(p[0] for p in people), first, last, value, places,
                                  how or "unknown", published, _words(texts, names)))
    return reports


@dataclass(frozen=True)
class LinkStats:
    """What :func:`link_events` found: reports read, events made, events with two sources or more, conflicts."""

    reports: int
    events: int
    linked: int
    conflicts: int


def _values(event: list[Report], field_name: str) -> list[dict[str, Any]]:
    """Each value the reports give for ``field_name`` ('date', 'place', or the kind's style: 'mode', 'format')
    and its articles."""
    found: dict[str, list[str]] = {}
    for r in event:
        if field_name == "date":
            values = [r.date] if r.date else []
        elif field_name == "place":
            values = ["; ".join(p[0] for p in r.places)] if r.places else []
        else:
            values = [r.style] if r.style != "unknown" else []
        for v in values:
            found.setdefault(v, [])
            if r.article_id not in found[v]:
                found[v].append(r.article_id)
    return [{"value": v, "articles": a} for v, a in found.items()]


def _agreed_date(event: list[Report]) -> tuple[str | None, str | None, str | None]:
    """The most precise date every report agrees with (value, first day, last day); Nones when none."""
    dated = [r for r in event if r.date_from]
    if not dated:
        return None, None, None
    best = min(dated, key=lambda r: ((_day(r.date_to) or date.max) - (_day(r.date_from) or date.min)).days)
    return best.date, best.date_from, best.date_to


def _fingerprint(conn: sqlite3.Connection) -> str:
    """What changes whenever an article's trips or meetings do (saving an article gives its rows new ids)."""
    tables = [own.table for own in linked_tables().values()]
    counts = "".join(f", (SELECT count(*) FROM {t}), (SELECT max(id) FROM {t})" for t in tables)
    row = conn.execute(f"SELECT (SELECT count(*) FROM articles WHERE status = 'ok'){counts}").fetchone()
    return ":".join(str(v) for v in row)


def ensure_linked(conn: sqlite3.Connection) -> bool:
    """Link the store's events unless they are linked for what it holds now; True when it linked."""
    conn.executescript(EVENTS_SCHEMA)
    row = conn.execute("SELECT value FROM meta WHERE key = 'events_fingerprint'").fetchone()
    if row is not None and row[0] == _fingerprint(conn):
        return False
    link_events(conn)
    return True


def link_events(conn: sqlite3.Connection) -> LinkStats:
    """Rebuild the store's events from its trips and meetings (the linked kinds' records), in one transaction
    (see the module's docstring)."""
    conn.executescript(EVENTS_SCHEMA)
    conn.execute("BEGIN IMMEDIATE")  # the reports are read in the transaction that writes their events
    conflicts = 0
    try:
        reports = load_reports(conn)
        events = link_reports(reports)
        for table in ("event_entities", "event_reports", "events"):
            conn.execute(f"DELETE FROM {table}")
        for event in events:
            conflicts += _write(conn, event)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('events_fingerprint', ?)", (_fingerprint(conn),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return LinkStats(len(reports), len(events), sum(len({r.article_id for r in e}) > 1 for e in events), conflicts)


def _write(conn: sqlite3.Connection, event: list[Report]) -> int:
    """Insert one event, its reports and people; the number of details in conflict."""
    kind = event[0].kind
    own = linked_tables()[kind]
    fields = ["date", *(["place"] if own.places is not None else []), _link(own).style]
    conflicts = [{"field": f, "values": v} for f in fields if len(v := _values(event, f)) > 1]
    if any(c["field"] == "date" for c in conflicts) and not _dates_overlap(event):
        value, first, last = None, None, None
    else:
        value, first, last = _agreed_date(event)
        conflicts = [c for c in conflicts if c["field"] != "date"]
    if any(c["field"] == "place" for c in conflicts) and all(
            any(_place_match(p, q) for p in a.places for q in b.places) for a in event for b in event if a.places and b.places):
        conflicts = [c for c in conflicts if c["field"] != "place"]  # named differently, one place
    places = list(dict.fromkeys(p[0] for r in event for p in r.places))
    cur = conn.execute(
        "INSERT INTO events (kind, date, date_from, date_to, places, sources, reports, conflicts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, value, first, last, json.dumps(places, ensure_ascii=False), len({r.article_id for r in event}),
         len(event), json.dumps(conflicts, ensure_ascii=False)))
    event_id = int(cur.lastrowid or 0)
    conn.executemany("INSERT INTO event_reports (event_id, record_kind, record_id, article_id) VALUES (?, ?, ?, ?)",
                     [(event_id, r.kind, r.record_id, r.article_id) for r in event])
    conn.executemany("INSERT OR IGNORE INTO event_entities (event_id, entity_id) VALUES (?, ?)",
                     [(event_id, p) for r in event for p in r.people])
    return len(conflicts)


def _dates_overlap(event: list[Report]) -> bool:
    return all(_dates(a, b)[0] != "differ" for a in event for b in event)

