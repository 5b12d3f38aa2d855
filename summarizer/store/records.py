"""Saving and reading records of the kinds defined in kind files (schema 4's ``records`` tables).

Every kind shares the tables: ``records`` (one row per record, its kind, its first date and its full
JSON), ``record_entities`` (the entities of its person and people fields, merged across articles like
every entity), ``record_places`` and ``record_evidence``. Nothing here knows a kind: the fields say
by their values what they hold.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from summarizer.errors import ConfigError
from summarizer.kinds import get
from summarizer.schemas import DateRef, Entity, Place, Record
from summarizer.store.entities import resolve_entity

__all__ = ["delete_records", "has_table", "read_records", "record_rows", "save_records", "stored_kinds", "stored_looks"]


def _first_date(record: Record) -> DateRef | None:
    return next((v for v in record.fields.values() if isinstance(v, DateRef)), None)


Bounds = Callable[[str | None, str | None], tuple[str | None, str | None]]


def save_records(conn: sqlite3.Connection, article_id: str, records: list[Record], bounds: Bounds) -> None:
    """Insert ``records`` (in order within each kind) with their entities, places and evidence;
    ``bounds`` is :func:`summarizer.store.save.date_bounds`."""
    seen: dict[str, int] = {}
    for record in records:
        idx = seen.get(record.kind, 0)
        seen[record.kind] = idx + 1
        when = _first_date(record)
        first, last = bounds(when.value, when.end) if when else (None, None)
        cur = conn.execute(
            "INSERT INTO records (article_id, kind, idx, date_text, date, date_from, date_to, precision, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, record.kind, idx, when.text if when else None, when.value if when else None, first, last,
             when.precision if when else None, record.model_dump_json()),
        )
        record_id = int(cur.lastrowid or 0)
        for field, value in record.fields.items():
            people = value if isinstance(value, list) else [value] if isinstance(value, Entity) else []
            for i, entity in enumerate(people):
                conn.execute("INSERT OR IGNORE INTO record_entities (record_id, field, entity_id, idx) VALUES (?, ?, ?, ?)",
                             (record_id, field, resolve_entity(conn, article_id, entity), i))
            if isinstance(value, Place):
                conn.execute("INSERT INTO record_places (record_id, field, name, country, country_code) "
                             "VALUES (?, ?, ?, ?, ?)", (record_id, field, value.name, value.country, value.country_code))
        conn.executemany(
            "INSERT INTO record_evidence (record_id, article_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
            [(record_id, article_id, i, s.start, s.end, s.text) for i, s in enumerate(record.evidence)],
        )
    _keep_looks(conn, {record.kind for record in records})


def _keep_looks(conn: sqlite3.Connection, names: set[str]) -> None:
    """Keep the letter and colour of each kind in ``names`` that this process knows (the latest saved wins)."""
    for name in sorted(names):
        try:
            kind = get(name)
        except ConfigError:
            continue  # records read back from the store, of a kind file not loaded now: its looks are kept
        conn.execute("INSERT INTO record_kinds (name, letter, colour, version) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET letter = excluded.letter, colour = excluded.colour, "
                     "version = excluded.version", (name, kind.letter, kind.colour, kind.version))


def stored_looks(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """The letter and colour kept for each kind file's kind (none in a store written before schema 5)."""
    if not has_table(conn, "record_kinds"):
        return {}
    return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT name, letter, colour FROM record_kinds")}


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store has the table ``name`` (a store read read-only is never upgraded: an older one may lack it)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def delete_records(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove an article's records and what hangs on them."""
    for table in ("record_entities", "record_places"):
        conn.execute(f"DELETE FROM {table} WHERE record_id IN (SELECT id FROM records WHERE article_id = ?)",
                     (article_id,))
    conn.execute("DELETE FROM record_evidence WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM records WHERE article_id = ?", (article_id,))


def read_records(conn: sqlite3.Connection, article_id: str) -> list[Record]:
    """An article's records, kind by kind in the order they were saved."""
    return [Record.model_validate_json(r[0]) for r in conn.execute(
        "SELECT record FROM records WHERE article_id = ? ORDER BY id", (article_id,))]


def stored_kinds(conn: sqlite3.Connection) -> list[str]:
    """The kinds the store holds records of, by name."""
    return [r[0] for r in conn.execute("SELECT DISTINCT kind FROM records ORDER BY kind")]


def _flat(conn: sqlite3.Connection, row: sqlite3.Row, columns: tuple[str, ...]) -> dict[str, Any]:
    """One export row: the common columns (who, where, when, evidence), and the record's own fields."""
    rid = row["id"]
    people = conn.execute("SELECT e.name, e.id FROM record_entities m JOIN entities e ON e.id = m.entity_id "
                          "WHERE m.record_id = ? ORDER BY m.rowid", (rid,)).fetchall()
    places = conn.execute("SELECT name, country_code FROM record_places WHERE record_id = ? ORDER BY field",
                          (rid,)).fetchall()
    spans = conn.execute("SELECT start, end, text FROM record_evidence WHERE record_id = ? ORDER BY idx",
                         (rid,)).fetchall()
    full = json.loads(row["record"])
    words = {k: v for k, v in full["fields"].items() if isinstance(v, str)}
    out: dict[str, Any] = dict.fromkeys(columns, None)
    out.update(kind=row["kind"], id=rid, article_id=row["article_id"], source=row["source"],
               published=row["published"], date=row["date_from"], date_to=row["date_to"], date_text=row["date_text"],
               who="; ".join(p[0] for p in people), entity_ids=";".join(str(p[1]) for p in people),
               where="; ".join(p[0] for p in places), countries=";".join(p[1] or "" for p in places),
               text="; ".join(f"{k}: {v}" for k, v in words.items()) or None,
               evidence=" ... ".join(s[2] for s in spans) if spans else "",
               evidence_start=spans[0][0] if spans else None, evidence_end=spans[-1][1] if spans else None)
    out["record"] = full
    return out


def record_rows(conn: sqlite3.Connection, kind: str, columns: tuple[str, ...], *, people: list[int] | None = None,
                date_from: str | None = None, date_to: str | None = None) -> Iterator[dict[str, Any]]:
    """Every record of ``kind`` as a flat row, by date (unknown last); with ``people``, those naming one of
    these entities in any person or people field."""
    conds: list[str] = ["r.kind = ?"]
    params: list[Any] = [kind]
    if people is not None:
        conds.append(f"r.id IN (SELECT record_id FROM record_entities WHERE entity_id IN ({','.join('?' * len(people))}))")
        params += people
    if date_to:
        conds.append("r.date_from <= ?")
        params.append(date_to)
    if date_from:
        conds.append("r.date_to >= ?")
        params.append(date_from)
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    sql = ("SELECT r.*, a.source AS source, a.published AS published FROM records r JOIN articles a ON a.id = "
           f"r.article_id WHERE {' AND '.join(conds)} ORDER BY r.date_from IS NULL, r.date_from, r.article_id, r.idx")
    for row in cursor.execute(sql, params):
        yield _flat(conn, row, columns)
