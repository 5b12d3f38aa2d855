"""The whole store read at once for the collection views, read-only (the store is never changed).

:func:`read_collection` gives a :class:`Collection`: the articles (each summary rebuilt from its
records' JSON by :func:`stored_summary`, as :meth:`summarizer.store.Store.summary` rebuilds one), the
people (entities, merged across articles by the store), the records of the kinds on the timeline as events
and those of the kinds listed by person (``KindTable.listed``) as items, each pointing back at its article and
record (``t0``, ``m1``, ``q2``). Table and column names are those the kinds' tables declare
(:mod:`summarizer.kinds.views`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError
from summarizer.kinds import RecordKind
from summarizer.kinds import kinds as registered
from summarizer.kinds.views import KindTable, Listing
from summarizer.schemas import ArticleSummary, Usage
from summarizer.store.records import has_table, read_records, stored_looks

__all__ = [
    "ArticleEntry", "Collection", "Event", "ListItem", "Person", "article_count", "listed_kinds", "read_collection",
    "stored_summary", "table_kinds", "timeline_kinds",
]


@dataclass(frozen=True)
class Person:
    """A node of the graph and a choice of the person filter: any entity (person, country, organisation...)."""

    id: int
    name: str
    kind: str
    role: str | None


@dataclass(frozen=True)
class ArticleEntry:
    """One article of the store; ``summary`` for articles saved ok, ``text`` when its source could be read back
    (the store holds no text: the view reads it)."""

    id: str
    source: str
    published: str | None
    title: str | None
    status: str
    error: str | None
    summary: ArticleSummary | None
    text: str | None


@dataclass(frozen=True)
class Event:
    """A trip or a meeting on the timeline. ``article`` indexes :attr:`Collection.articles`; ``rid`` is the record."""

    kind: str
    article: int
    rid: str
    date: str | None
    date_from: str | None
    date_to: str | None
    date_text: str | None
    people: tuple[int, ...]
    places: tuple[str, ...]
    detail: str


@dataclass(frozen=True)
class ListItem:
    """A record listed by its person (a quote by its speaker): the person's entity, its article and record, its
    style and words, its date."""

    person: int
    article: int
    rid: str
    style: str
    text: str
    date: str | None


@dataclass
class Collection:
    """Everything the collection page shows."""

    name: str
    articles: list[ArticleEntry] = field(default_factory=list)
    people: dict[int, Person] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    listed: dict[str, list[ListItem]] = field(default_factory=dict)  # by the name of a kind listed by person
    pages: bool = False  # items link to ``articles/<page_name>.html`` beside the page, not to views inside it
    totals: dict[str, int] = field(default_factory=dict)  # "trip", "meeting", "events", a listed kind's name, "people":
    # before a cap
    cap: int | None = None  # the most articles listed (the latest); the rest are in ``articles/index.html``
    looks: dict[str, tuple[str, str]] = field(default_factory=dict)  # a kind file's kind: (letter, colour) as saved


def _open(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise ConfigError(f"no store at {path}: run `summarizer batch ... --db {path}` first")
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"--db {path} cannot be read as a store: {exc}") from None
    own = [k.views.stored for k in registered() if k.views.stored is not None]
    missing = {"articles", "entities", *(t.table for t in own), *(t.members[0] for t in own if t.members)} - tables
    if missing:
        conn.close()
        raise ConfigError(f"--db {path} is not a summarizer store (no {', '.join(sorted(missing))} table)")
    return conn


def _records(conn: sqlite3.Connection, table: str, article_id: str) -> list[str]:
    return [r[0] for r in conn.execute(f"SELECT record FROM {table} WHERE article_id = ? ORDER BY idx", (article_id,))]


def stored_summary(conn: sqlite3.Connection, row: sqlite3.Row) -> ArticleSummary:
    """The article of ``row`` (of ``articles``, every column) rebuilt as the summary it was saved from, its
    records read with ``conn``; a store not yet upgraded has no page facts."""
    aid = row["id"]
    columns = set(row.keys())  # a Row's ``in`` looks at its values, not its names
    page: dict[str, Any] = {k: row[k] for k in ("published_source", "title", "site_name", "url") if k in columns}
    page["authors"] = json.loads(row["authors"]) if "authors" in columns else []
    own: dict[str, Any] = {k.name: [k.record_type.model_validate_json(r) for r in _records(conn, k.views.stored.table, aid)]
                           for k in registered() if k.views.stored is not None}  # the kinds with tables of their own
    return ArticleSummary(
        **page,
        doc_id=row["doc_id"] or aid, published=row["published"], model=row["model"] or "",
        strategy=row["strategy"] or "focused", prompt_versions=json.loads(row["prompt_versions"]),
        usage=Usage.model_validate_json(row["usage"]), warnings=json.loads(row["warnings"]), seconds=row["seconds"],
        **own,
        records=read_records(conn, aid) if has_table(conn, "records") else [],  # schema 4 and later
    )


def _articles(conn: sqlite3.Connection) -> list[ArticleEntry]:
    out = []
    rows = conn.execute("SELECT * FROM articles ORDER BY coalesce(published, ''), id").fetchall()
    for row in rows:
        summary = stored_summary(conn, row) if row["status"] == "ok" else None
        out.append(ArticleEntry(row["id"], row["source"], row["published"], row["title"], row["status"],
                                row["error"], summary, None))
    return out


def _members(conn: sqlite3.Connection, sql: str) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for record_id, entity_id in conn.execute(sql):
        found[record_id].append(entity_id)
    return found


def _events(conn: sqlite3.Connection, index: dict[str, int], kind: RecordKind, own: KindTable) -> list[Event]:
    """The records of a kind on the timeline, as events: its people, its places, its detail."""
    assert own.timeline is not None and own.members is not None
    table, column = own.members
    people = _members(conn, f"SELECT {column}, entity_id FROM {table} ORDER BY {column}, idx")
    places: dict[int, list[str]] = defaultdict(list)
    if own.places is not None:
        for record_id, name in conn.execute(f"SELECT {own.places[1]}, name FROM {own.places[0]} "
                                            f"ORDER BY {own.places[1]}, idx"):
            places[record_id].append(name)
    return [Event(own.evidence, index[r["article_id"]], f"{kind.letter.lower()}{r['idx']}", r["date"], r["date_from"],
                  r["date_to"], r["date_text"], tuple(people[r["id"]]), tuple(places[r["id"]]), own.timeline(r))
            for r in conn.execute(f"SELECT * FROM {own.table}")]


def table_kinds() -> list[tuple[RecordKind, KindTable]]:
    """The kinds with a table of their own (the built-in kinds), with their tables, in the summary's order."""
    return [(k, k.views.stored) for k in registered() if k.views.stored is not None]


def timeline_kinds() -> list[tuple[RecordKind, KindTable]]:
    """The kinds on the collection's timeline (those that declare it), with their tables."""
    return [(k, own) for k, own in table_kinds() if own.timeline is not None]


def listed_kinds() -> list[tuple[RecordKind, KindTable, Listing]]:
    """The kinds whose records the collection lists by person (those that declare it), with their tables."""
    return [(k, own, own.listed) for k, own in table_kinds() if own.listed is not None and own.person is not None]


def _listed(conn: sqlite3.Connection, index: dict[str, int], kind: RecordKind, own: KindTable,
            listing: Listing) -> list[ListItem]:
    """The records of a kind listed by person, as items, by article and position."""
    return [ListItem(r[0], index[r[1]], f"{kind.letter.lower()}{r[2]}", r[3], r[4], r[5]) for r in conn.execute(
        f"SELECT {own.person}, article_id, idx, {listing.style}, {listing.text}, {own.dates[0]} FROM {own.table} "
        "ORDER BY article_id, idx")]


def _people(conn: sqlite3.Connection, wanted: set[int]) -> dict[int, Person]:
    rows = conn.execute("SELECT id, name, kind, role FROM entities ORDER BY id").fetchall()
    return {r["id"]: Person(r["id"], r["name"], r["kind"], r["role"]) for r in rows if r["id"] in wanted}


def article_count(path: str | Path) -> int:
    """How many articles the store at ``path`` holds (any status)."""
    conn = _open(Path(path))
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def read_collection(path: str | Path) -> Collection:
    """Read the store at ``path`` into a :class:`Collection` (no article texts: see
    :func:`summarizer.render.collection_data.load_collection`); :class:`ConfigError` when it is not a store."""
    target = Path(path)
    conn = _open(target)
    conn.row_factory = sqlite3.Row
    try:
        articles = _articles(conn)
        index = {a.id: n for n, a in enumerate(articles)}
        events = [e for kind, own in timeline_kinds() for e in _events(conn, index, kind, own)]
        events.sort(key=lambda e: (e.date_from or "9999", e.date_to or "", e.article, e.rid))
        listed = {kind.name: _listed(conn, index, kind, own, listing) for kind, own, listing in listed_kinds()}
        wanted = {p for e in events for p in e.people} | {i.person for items in listed.values() for i in items}
        return Collection(target.name, articles, _people(conn, wanted), events, listed, looks=stored_looks(conn))
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"--db {target} cannot be read as a store: {exc}") from None
    finally:
        conn.close()
