"""The questions people ask across articles, and flat rows for export.

Every trip by one person, every meeting between two (or more) parties, every quote by one speaker,
each in an optional date range (ISO days; a record whose date is unknown is left out when a range is
given). Rows are plain dicts with the same columns for the three kinds (:data:`COLUMNS`), streamed
from the database so that an export of any size keeps memory flat.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from summarizer.kinds import kinds as registered
from summarizer.store.entities import entity_ids_for
from summarizer.store.records import record_rows, stored_kinds

__all__ = [
    "COLUMNS", "KINDS", "all_kinds", "article_name", "describe_entity", "naming", "records_naming", "rows",
]

_TABLES = {k.name: k.views.stored for k in registered() if k.views.stored is not None}
KINDS = tuple(_TABLES)
"""The kinds with a table of their own (the built-in kinds); every other kind's records are in ``records``."""

COLUMNS = (
    "kind", "id", "article_id", "source", "published", "date", "date_to", "date_text", "who", "entity_ids",
    "where", "countries", "status", "mode", "format", "topics", "purpose", "trip_kind", "quote_kind",
    "speaker_role", "text", "cue", "evidence", "evidence_start", "evidence_end",
)
"""Every export row's columns, in order; a column that does not apply to a kind is empty."""

def article_name(title: str | None, source: str | None, article_id: str) -> str:
    """How a person names an article, as the HTML views do: its title, else its file's name (a URL's last
    part, a feed entry's link as it is), else its identity in the store (a hash of source and content)."""
    if title and title.strip():
        return title.strip()
    if source and source != "-":
        name = source.rstrip("/").rsplit("/", 1)[-1]
        return name if name and "://" not in source else source
    return article_id


def _names(conn: sqlite3.Connection, kind: str, record_id: int) -> tuple[str, str]:
    own = _TABLES[kind]
    if own.person is not None:
        row = conn.execute(f"SELECT e.name, e.id FROM {own.table} q JOIN entities e ON e.id = q.{own.person} "
                           "WHERE q.id = ?", (record_id,)).fetchone()
        return row[0], str(row[1])
    assert own.members is not None
    table, column = own.members
    found = conn.execute(f"SELECT e.name, e.id FROM {table} m JOIN entities e ON e.id = m.entity_id "
                         f"WHERE m.{column} = ? ORDER BY m.idx", (record_id,)).fetchall()
    return "; ".join(r[0] for r in found), ";".join(str(r[1]) for r in found)


def _evidence(conn: sqlite3.Connection, kind: str, record_id: int) -> tuple[str, Any, Any]:
    spans = conn.execute("SELECT start, end, text FROM evidence WHERE record_kind = ? AND record_id = ? ORDER BY idx",
                         (_TABLES[kind].evidence, record_id)).fetchall()
    if not spans:
        return "", None, None
    return " ... ".join(s[2] for s in spans), spans[0][0], spans[-1][1]


def _row(conn: sqlite3.Connection, kind: str, record: sqlite3.Row) -> dict[str, Any]:
    """One flat row for a record of ``kind``: the common columns, then what the kind adds."""
    who, ids = _names(conn, kind, record["id"])
    text, start, end = _evidence(conn, kind, record["id"])
    row: dict[str, Any] = dict.fromkeys(COLUMNS, None)
    row.update(kind=kind[:-1], id=record["id"], article_id=record["article_id"], source=record["source"],
               published=record["published"], who=who, entity_ids=ids, evidence=text, evidence_start=start,
               evidence_end=end, date=record[_TABLES[kind].dates[0]])
    full = json.loads(record["record"])
    row.update(_TABLES[kind].columns(conn, record, full))
    row["record"] = full
    return row


def _named(rows_: Iterator[dict[str, Any]], conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """The rows, each with ``article``: its article as a person names it (:func:`article_name`)."""
    titles: dict[str, str | None] = {}
    for row in rows_:
        aid = row["article_id"]
        if aid not in titles:
            found = conn.execute("SELECT title FROM articles WHERE id = ?", (aid,)).fetchone()
            titles[aid] = found[0] if found else None
        row["article"] = article_name(titles[aid], row["source"], aid)
        yield row


def _select(kind: str, where: str = "") -> str:
    table = _TABLES[kind].table
    return (f"SELECT r.*, a.source AS source, a.published AS published FROM {table} r "
            f"JOIN articles a ON a.id = r.article_id {where}")


def _range(kind: str, date_from: str | None, date_to: str | None) -> tuple[str, list[str]]:
    """SQL conditions keeping records whose dates meet [date_from, date_to]."""
    conds: list[str] = []
    params: list[str] = []
    low, high = (f"r.{column}" for column in _TABLES[kind].dates)
    if date_to:
        conds.append(f"{low} <= ?")
        params.append(date_to)
    if date_from:
        conds.append(f"{high} >= ?")
        params.append(date_from)
    return " AND ".join(conds), params


def _stream(conn: sqlite3.Connection, kind: str, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    for record in cursor.execute(sql, params):
        yield _row(conn, kind, record)


def rows(conn: sqlite3.Connection, kind: str, *, date_from: str | None = None,
         date_to: str | None = None) -> Iterator[dict[str, Any]]:
    """Every record of ``kind`` (trips, meetings, quotes or a kind file's kind), by article and position, as
    flat rows (a kind file's records by date)."""
    if kind not in KINDS:
        return record_rows(conn, kind, COLUMNS, date_from=date_from, date_to=date_to)
    cond, params = _range(kind, date_from, date_to)
    sql = _select(kind, f"WHERE {cond}" if cond else "") + " ORDER BY a.created, r.article_id, r.idx"
    return _stream(conn, kind, sql, params)


def _by_entities(conn: sqlite3.Connection, kind: str, groups: list[list[int]], date_from: str | None,
                 date_to: str | None) -> Iterator[dict[str, Any]]:
    """Records of ``kind`` that hold one entity of every group (one group: the person asked for)."""
    if any(not g for g in groups):
        return iter(())
    conds: list[str] = []
    params: list[Any] = []
    for group in groups:
        marks = ",".join("?" * len(group))
        own = _TABLES[kind]
        if own.members is None:
            conds.append(f"r.{own.person} IN ({marks})")
        else:
            table, column = own.members
            conds.append(f"r.id IN (SELECT {column} FROM {table} WHERE entity_id IN ({marks}))")
        params += group
    cond, extra = _range(kind, date_from, date_to)
    where = " AND ".join(conds + ([cond] if cond else []))
    order = f"r.{_TABLES[kind].dates[0]}"
    sql = _select(kind, f"WHERE {where}") + f" ORDER BY {order} IS NULL, {order}, r.article_id, r.idx"
    return _named(_stream(conn, kind, sql, params + extra), conn)


def naming(conn: sqlite3.Connection, kind: str, people: list[str], *, date_from: str | None = None,
           date_to: str | None = None) -> Iterator[dict[str, Any]]:
    """Every record of a kind with a table of its own (:data:`KINDS`) in which all of ``people`` take part,
    by date (unknown dates last)."""
    return _by_entities(conn, kind, [entity_ids_for(conn, p) for p in people], date_from, date_to)


def records_naming(conn: sqlite3.Connection, kind: str, person: str, *, date_from: str | None = None,
                   date_to: str | None = None) -> Iterator[dict[str, Any]]:
    """Every record of a kind file's ``kind`` that names ``person`` in a person or people field, by date."""
    return _named(record_rows(conn, kind, COLUMNS, people=entity_ids_for(conn, person), date_from=date_from,
                              date_to=date_to), conn)


def all_kinds(conn: sqlite3.Connection) -> tuple[str, ...]:
    """The built-in kinds, then every kind the store holds records of."""
    return KINDS + tuple(k for k in stored_kinds(conn) if k not in KINDS)


def describe_entity(conn: sqlite3.Connection, entity_id: int) -> dict[str, Any]:
    """An entity and the merge behind it: every article it was found in, under which name."""
    name, kind, role, aliases = conn.execute("SELECT name, kind, role, aliases FROM entities WHERE id = ?",
                                             (entity_id,)).fetchone()
    seen = conn.execute("SELECT ae.article_id, ae.name, a.title, a.source FROM article_entities ae "
                        "LEFT JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ? ORDER BY ae.article_id",
                        (entity_id,)).fetchall()
    return {"id": entity_id, "name": name, "kind": kind, "role": role, "aliases": json.loads(aliases),
            "articles": [{"article_id": a, "name": n, "article": article_name(t, s, a)} for a, n, t, s in seen]}
