"""The store upgrades itself: a store written by the first release (schema 1) opens, upgrades and keeps every row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.schemas import ArticleSummary
from summarizer.store import SCHEMA_VERSION, ArticleIdentity, Store
from summarizer.store.migrations import MIGRATIONS, migrate, migration

V1_STORE = Path(__file__).parent / "data" / "store-v1.sqlite"
V3_STORE = Path(__file__).parent / "data" / "store-v3.sqlite"
TABLES = ("articles", "entities", "entity_names", "article_entities", "trips", "trip_travellers", "trip_places",
          "meetings", "meeting_participants", "quotes", "evidence")


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every first-release table, in the first release's columns."""
    with sqlite3.connect(db) as conn:
        out = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            if table == "articles":
                columns = [c for c in columns if c not in ("published_source", "authors", "site_name", "url")]
            out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
        return out


def _version(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])


def test_a_first_release_store_opens_upgrades_and_keeps_every_row(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, db)
    assert _version(db) == 1
    before = _dump(db)
    assert len(before["articles"]) == 4 and len(before["quotes"]) > 0 and len(before["evidence"]) > 0
    with Store(db) as store:
        totals = store.totals()
        summary = store.summary("atf-blinken-austin-asia")
    assert _version(db) == SCHEMA_VERSION == 5
    assert _dump(db) == before
    assert (totals.ok, totals.error, totals.skipped) == (2, 1, 1)
    assert summary is not None and summary.published == "2021-03-05" and summary.published_source is None
    assert summary.authors == [] and len(summary.quotes) > 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT DISTINCT authors FROM articles").fetchall() == [("[]",)]


def test_the_upgraded_store_takes_new_articles_with_their_page_facts(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, db)
    summary = ArticleSummary(doc_id="page", published="2019-11-20", published_source="page", title="Minister visits",
                             authors=["Jane Roe"], site_name="Daily Planet", url="https://news.example.com/a", model="m")
    with Store(db) as store:
        store.save(ArticleIdentity(id="page", source="page.html", content_hash="h", doc_id="page",
                                   published="2019-11-20", published_source="page", title="Minister visits",
                                   authors=("Jane Roe",), site_name="Daily Planet", url="https://news.example.com/a"),
                   summary)
        again = store.summary("page")
    assert again is not None
    assert (again.published, again.published_source, again.title, again.authors, again.site_name, again.url) == (
        "2019-11-20", "page", "Minister visits", ["Jane Roe"], "Daily Planet", "https://news.example.com/a")
    assert len(_dump(db)["articles"]) == 5


def test_opening_an_upgraded_store_again_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, db)
    Store(db).close()
    with sqlite3.connect(db, isolation_level=None) as conn:
        assert migrate(conn) == []
    assert _version(db) == SCHEMA_VERSION


def _open_with_a_failing_migration(db: Path, number: int) -> None:
    """Open ``db`` with migration ``number`` failing after its work: the store must refuse to open."""
    real = MIGRATIONS[number]

    def broken(conn: sqlite3.Connection) -> None:
        real(conn)
        raise sqlite3.OperationalError("disk I/O error")

    MIGRATIONS[number] = broken
    try:
        with pytest.raises(ConfigError, match="cannot be used as a store: disk I/O error"):
            Store(db)
    finally:
        MIGRATIONS[number] = real


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, db)
    before = _dump(db)
    _open_with_a_failing_migration(db, 2)
    assert _version(db) == 1 and _dump(db) == before
    with sqlite3.connect(db) as conn:
        assert "published_source" not in [r[1] for r in conn.execute("PRAGMA table_info(articles)")]


def test_a_store_of_a_newer_release_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(ConfigError, match=f"has store schema {SCHEMA_VERSION + 1}; this summarizer reads {SCHEMA_VERSION}"):
        Store(db)


def test_migrations_are_numbered_in_order() -> None:
    assert sorted(MIGRATIONS) == list(range(2, SCHEMA_VERSION + 1))
    with pytest.raises(ValueError, match="out of order"):
        migration(SCHEMA_VERSION + 2)(lambda conn: None)


def test_the_collection_view_reads_a_first_release_store_and_says_where_dates_came_from(tmp_path: Path) -> None:
    from summarizer.render.collection import collection_page

    db = tmp_path / "old.sqlite"
    shutil.copy(V1_STORE, db)
    page = collection_page(db)  # read-only: the store is not upgraded by a view
    assert _version(db) == 1
    assert "<td>2021-03-05</td>" in page and "published 2021-03-05" in page
    summary = ArticleSummary(doc_id="page", published="2019-11-20", published_source="page", model="m",
                             title="Minister visits", site_name="Daily Planet")
    with Store(db) as store:
        store.save(ArticleIdentity(id="page", source="page.html", content_hash="h", doc_id="page",
                                   published="2019-11-20", published_source="page", title="Minister visits"), summary)
    page = collection_page(db)
    assert "<td>2019-11-20 (from the page)</td>" in page and "published 2019-11-20 (from the page)" in page


def _all_rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table the store has, in all its columns."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables if t != "meta"}


def test_a_schema_3_store_gains_the_records_tables_in_one_step_and_keeps_every_row(tmp_path: Path) -> None:
    from summarizer.schemas import Entity, Record, Span

    db = tmp_path / "v3.sqlite"
    shutil.copy(V3_STORE, db)
    assert _version(db) == 3
    before = _all_rows(db)
    assert len(before["articles"]) == 4 and len(before["quotes"]) > 0 and "records" not in before
    with Store(db) as store:
        summary = store.summary("atf-blinken-austin-asia")
    assert _version(db) == SCHEMA_VERSION
    after = _all_rows(db)
    assert {t: after[t] for t in before} == before  # every earlier row, every column, unchanged
    assert after["records"] == after["record_entities"] == after["record_evidence"] == after["record_kinds"] == []
    assert summary is not None and summary.records == [] and summary.title == "atf blinken austin asia"
    text = "Police arrested Ana Silva in Lisbon."
    record = Record(kind="arrests", fields={"person": [Entity(name="Ana Silva", kind="person")], "charge": None},
                    evidence=[Span(start=0, end=len(text), text=text)])
    with Store(db) as store:
        store.save(ArticleIdentity(id="new", source="new.txt", content_hash="n"),
                   ArticleSummary(doc_id="new", model="m", records=[record]))
        again = store.summary("new")
    assert again is not None and again.records == [record]
    untouched = ("trips", "meetings", "quotes", "evidence")  # a new article's records go to the new tables
    assert {t: _all_rows(db)[t] for t in untouched} == {t: before[t] for t in untouched}
    assert len(_all_rows(db)["record_evidence"]) == 1


def test_a_failing_records_migration_leaves_a_schema_3_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "v3.sqlite"
    shutil.copy(V3_STORE, db)
    before = _all_rows(db)
    _open_with_a_failing_migration(db, 4)
    assert _version(db) == 3 and _all_rows(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'records'").fetchall() == []
