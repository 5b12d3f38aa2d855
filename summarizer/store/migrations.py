"""The store's schema changes since its first release: numbered migrations, applied in order, once.

A store records the number of the last migration it has in ``meta.schema_version``. The first
release's tables are :data:`summarizer.store.schema.SCHEMA` (schema 1); each later change is a
function here, registered with its number by :func:`migration`. :func:`migrate` applies those a store
lacks in order, in one transaction: a store is upgraded whole or not at all, and every row is kept.
Each migration is tested from the schema before it (``tests/test_store_migrations.py``, with a
store file written by the first release).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "migration", "stored_version"]

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Migration] = {}
"""Schema number -> the function that brings a store from the number before it to this one."""


def migration(number: int) -> Callable[[Migration], Migration]:
    """Register the decorated function as migration ``number`` (numbers follow one another from 2)."""
    def register(fn: Migration) -> Migration:
        if number in MIGRATIONS or number != len(MIGRATIONS) + 2:
            raise ValueError(f"migration {number} out of order")
        MIGRATIONS[number] = fn
        return fn
    return register


@migration(2)
def m002_page_facts(conn: sqlite3.Connection) -> None:
    """What a web page says of itself: where the reference date came from, authors, site, canonical URL."""
    conn.execute("ALTER TABLE articles ADD COLUMN published_source TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN authors TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE articles ADD COLUMN site_name TEXT")
    conn.execute("ALTER TABLE articles ADD COLUMN url TEXT")
    # Rows of schema 1 with a date had it from the user (a manifest, --published) or the dateline: unknown which.


@migration(3)
def m003_claims(conn: sqlite3.Connection) -> None:
    """Which run is summarising which article (:mod:`summarizer.store.claims`): one row per article in flight."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS claims (article_id TEXT PRIMARY KEY, token TEXT NOT NULL, pid INTEGER NOT NULL, "
        "host TEXT NOT NULL, heartbeat REAL NOT NULL)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS claims_token ON claims (token)")


@migration(4)
def m004_records(conn: sqlite3.Connection) -> None:
    """Records of the kinds defined in kind files: one table for every such kind, with the entities, places
    and evidence of each record. Evidence has a table of its own: ``evidence.record_kind`` allows only the
    built-in kinds (a CHECK that SQLite cannot change without rebuilding the table)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS records (id INTEGER PRIMARY KEY, "
        "article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, kind TEXT NOT NULL, "
        "idx INTEGER NOT NULL, date_text TEXT, date TEXT, date_from TEXT, date_to TEXT, precision TEXT, "
        "record TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS records_article ON records (article_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS records_kind_date ON records (kind, date_from, date_to)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS record_entities (record_id INTEGER NOT NULL REFERENCES records (id) "
        "ON DELETE CASCADE, field TEXT NOT NULL, entity_id INTEGER NOT NULL REFERENCES entities (id), "
        "idx INTEGER NOT NULL, PRIMARY KEY (record_id, field, entity_id))"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS record_entities_entity ON record_entities (entity_id, record_id)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS record_places (record_id INTEGER NOT NULL REFERENCES records (id) "
        "ON DELETE CASCADE, field TEXT NOT NULL, name TEXT NOT NULL, country TEXT, country_code TEXT, "
        "PRIMARY KEY (record_id, field))"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS record_evidence (record_id INTEGER NOT NULL REFERENCES records (id) "
        "ON DELETE CASCADE, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
        "idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, "
        "PRIMARY KEY (record_id, idx))"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS record_evidence_article ON record_evidence (article_id)")


@migration(5)
def m005_record_kinds(conn: sqlite3.Connection) -> None:
    """How each kind file's kind looks (its letter and colour), kept when its records are saved, so that a view
    made later, in a process that did not read the kind file, shows them as the run did."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS record_kinds (name TEXT PRIMARY KEY, letter TEXT NOT NULL, colour TEXT NOT NULL, "
        "version TEXT)"
    )


SCHEMA_VERSION = max(MIGRATIONS)
"""The schema this code reads and writes: the number of the last migration."""


def stored_version(conn: sqlite3.Connection) -> int | None:
    """The schema number a store records (1 for a first-release store); None when it records none."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "meta" not in tables:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return None if row is None else int(row[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations the store at ``conn`` lacks, in order, in one transaction; their numbers.

    The store must already have the first release's tables (schema 1). ``conn`` must be in
    autocommit mode; the version is read again inside the transaction, so two processes opening
    one store at once migrate it once.
    """
    if (stored_version(conn) or 0) >= SCHEMA_VERSION:
        return []  # nothing to do: no write, so a reader (export, query) never takes the write lock
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = stored_version(conn) or 1
        applied = [number for number in sorted(MIGRATIONS) if number > version]
        for number in applied:
            MIGRATIONS[number](conn)
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(max(version, SCHEMA_VERSION)),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied
