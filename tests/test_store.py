"""The collection store: one transaction per article, entities merged conservatively and visibly, queries, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURES
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import ConfigError
from summarizer.schemas import ArticleSummary, DateRef, Entity, Meeting, Quote, Span, Trip
from summarizer.store import ArticleIdentity, Store, date_bounds
from summarizer.store.entities import entity_ids_for
from summarizer.store.query import naming, rows

SEED = "atf-blinken-austin-asia"


def _expected(name: str) -> ArticleSummary:
    return ArticleSummary.model_validate_json((FIXTURES / "expected" / f"{name}.json").read_text(encoding="utf-8"))


def _ident(article_id: str, published: str | None = None) -> ArticleIdentity:
    return ArticleIdentity(id=article_id, source=f"{article_id}.txt", content_hash=f"hash-{article_id}",
                           published=published)


def _span(text: str) -> list[Span]:
    return [Span(start=0, end=len(text), text=text)]


def _person(name: str, *aliases: str, kind: str = "person") -> Entity:
    return Entity(name=name, kind=kind, aliases=list(aliases))  # type: ignore[arg-type]


def _trip(who: list[Entity], value: str | None, place: str = "Paris") -> Trip:
    from summarizer.schemas import Place

    when = DateRef(text=value or "soon", value=value, precision="day" if value and len(value) == 10 else "month")
    return Trip(travellers=who, destinations=[Place(name=place)], when=when, evidence=_span(f"{who[0].name} went"))


def _summary(doc_id: str, **records: list[object]) -> ArticleSummary:
    return ArticleSummary(doc_id=doc_id, model="openai:test", **records)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "c.sqlite")


def test_a_saved_article_reads_back_as_the_same_summary(store: Store) -> None:
    for name in (SEED, "VOA_EN_NW_2016.05.16.3331907"):
        store.save(_ident(name), _expected(name), cost=0.001, seconds=2.5)
    assert store.summary(SEED) == _expected(SEED).model_copy(update={"seconds": 2.5})  # the run's wall time
    totals = store.totals()
    assert (totals.ok, totals.error, totals.skipped) == (2, 0, 0)
    assert totals.prompt_tokens == _expected(SEED).usage.prompt_tokens + _expected(
        "VOA_EN_NW_2016.05.16.3331907").usage.prompt_tokens
    spans = store.conn.execute("SELECT start, end, text FROM evidence WHERE article_id = ?", (SEED,)).fetchall()
    text = (FIXTURES / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    assert spans and all(text[s:e] == t for s, e, t in spans)


def test_saving_again_replaces_the_article_and_counts_the_attempt(store: Store) -> None:
    store.save(_ident("a"), status="error", error="BackendTimeoutError: no reply")
    store.save(_ident("a"), _expected(SEED))
    store.save(_ident("a"), _expected(SEED))
    assert store.conn.execute("SELECT status, attempts, error FROM articles").fetchall() == [("ok", 3, None)]
    assert store.conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == len(_expected(SEED).quotes)
    assert store.conn.execute("SELECT count(*) FROM trips").fetchone()[0] == len(_expected(SEED).trips)


def test_a_failure_while_saving_leaves_nothing_of_the_article(store: Store) -> None:
    store.save(_ident("before"), _expected(SEED))
    store.conn.execute("CREATE TRIGGER boom BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(sqlite3.DatabaseError, match="disk full"):
        store.save(_ident("after"), _expected(SEED))
    assert store.status("after") is None
    assert store.conn.execute("SELECT count(*) FROM trips WHERE article_id = 'after'").fetchone()[0] == 0
    assert store.conn.execute("SELECT DISTINCT article_id FROM evidence").fetchall() == [("before",)]


def test_entities_merge_on_full_name_or_long_alias_and_show_their_articles(store: Store) -> None:
    blinken = _person("Antony Blinken", "Blinken")
    store.save(_ident("a"), _summary("a", trips=[_trip([blinken], "2021-03-15")]))
    store.save(_ident("b"), _summary("b", trips=[_trip([_person("antony  blinken")], "2021-03-20")]))
    store.save(_ident("c"), _summary("c", trips=[_trip([_person("Tony Blinken", "Antony Blinken")], "2021-04-02")]))
    store.save(_ident("d"), _summary("d", trips=[_trip([_person("Blinken")], "2021-04-03")]))  # one word: not merged
    store.save(_ident("e"), _summary("e", trips=[_trip([_person("Antony Blinken", kind="organisation")], None)]))
    rows_ = store.conn.execute(
        "SELECT e.name, group_concat(ae.article_id || '=' || ae.name) FROM entities e "
        "JOIN article_entities ae ON ae.entity_id = e.id GROUP BY e.id ORDER BY e.id").fetchall()
    assert rows_ == [("Antony Blinken", "a=Antony Blinken,b=antony  blinken,c=Tony Blinken"),
                     ("Blinken", "d=Blinken"), ("Antony Blinken", "e=Antony Blinken")]


def test_unresolved_speakers_stay_in_their_own_article(store: Store) -> None:
    def quote(speaker: str, resolved: bool) -> Quote:
        return Quote(text="We will go.", speaker=speaker, speaker_resolved=resolved, evidence=_span("We will go."))

    store.save(_ident("a", "2021-01-05"), _summary("a", quotes=[quote("the spokesman", False)]))
    store.save(_ident("b", "2021-01-06"), _summary("b", quotes=[quote("the spokesman", False)]))
    store.save(_ident("c", "2021-02-01"), _summary("c", quotes=[quote("Ned Price", True)]))
    assert store.conn.execute("SELECT count(DISTINCT speaker_id) FROM quotes").fetchone()[0] == 3
    assert len(entity_ids_for(store.conn, "the spokesman")) == 2  # found by name, but two entities
    assert [r["article_id"] for r in naming(store.conn, "quotes", ["Price"], date_from="2021-02-01")] == ["c"]
    assert [r["article_id"] for r in naming(store.conn, "quotes", ["Ned Price"], date_to="2021-01-31")] == []


def test_trips_by_a_person_in_a_date_range(store: Store) -> None:
    blinken, austin = _person("Antony Blinken"), _person("Lloyd Austin")
    store.save(_ident("a"), _summary("a", trips=[_trip([blinken, austin], "2021-03", "Tokyo")]))
    store.save(_ident("b"), _summary("b", trips=[_trip([blinken], "2021-02-26", "Mexico")]))
    store.save(_ident("c"), _summary("c", trips=[_trip([austin], "2021-05-01", "Delhi")]))
    assert [r["where"] for r in naming(store.conn, "trips", ["Antony Blinken"])] == ["Mexico", "Tokyo"]
    assert [r["where"] for r in naming(store.conn, "trips", ["Blinken"], date_from="2021-03-31")] == ["Tokyo"]  # March overlaps
    assert [r["where"] for r in naming(store.conn, "trips", ["Austin"], date_from="2021-04-01", date_to="2021-12-31")] == ["Delhi"]
    assert list(naming(store.conn, "trips", ["Nobody Here"])) == []


def test_meetings_between_two_parties(store: Store) -> None:
    def meeting(*names: str, day: str) -> Meeting:
        return Meeting(participants=[_person(n) for n in names], when=DateRef(text=day, value=day, precision="day"),
                       evidence=_span("They met."))

    store.save(_ident("a"), _summary("a", meetings=[meeting("Joe Biden", "Xi Jinping", day="2021-11-15")]))
    store.save(_ident("b"), _summary("b", meetings=[meeting("Joe Biden", "Justin Trudeau", day="2021-02-23")]))
    store.save(_ident("c"), _summary("c", meetings=[meeting("Xi Jinping", "Joe Biden", "Fumio Kishida", day="2022-01-01")]))
    found = naming(store.conn, "meetings", ["Joe Biden", "Xi Jinping"])
    assert [r["article_id"] for r in found] == ["a", "c"]
    assert [r["article_id"] for r in naming(store.conn, "meetings", ["Biden", "Xi Jinping"], date_to="2021-12-31")] == ["a"]


def test_date_bounds_cover_days_months_years_and_ranges() -> None:
    assert date_bounds("2021-03-04") == ("2021-03-04", "2021-03-04")
    assert date_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_bounds("2021") == ("2021-01-01", "2021-12-31")
    assert date_bounds("2021-03-17", "2021-03-18") == ("2021-03-17", "2021-03-18")
    assert date_bounds(None) == (None, None) and date_bounds("next week") == (None, None)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(ConfigError, match="cannot be used as a store"):
        Store(junk)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE songs (title TEXT)").connection.commit()
    with pytest.raises(ConfigError, match="something else"):
        Store(other)
    with pytest.raises(ConfigError, match="no store"):
        Store(tmp_path / "missing.sqlite", create=False)


def test_the_store_is_in_wal_mode_and_passes_an_integrity_check(store: Store) -> None:
    store.save(_ident(SEED), _expected(SEED))
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_export_writes_flat_rows_for_each_kind(store: Store, tmp_path: Path) -> None:
    store.save(_ident(SEED, "2021-03-05"), _expected(SEED))
    expected = _expected(SEED)
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--db", str(store.path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [line["kind"] for line in lines]
    assert kinds.count("trip") == len(expected.trips) and kinds.count("quote") == len(expected.quotes)
    assert {line["record"]["text"] for line in lines if line["kind"] == "quote"} == {q.text for q in expected.quotes}
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["export", "--db", str(store.path), "--format", "csv", "--kind", "quotes", "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["who"], r["text"]) for r in table] == [(q.speaker, q.text) for q in expected.quotes]
    assert all(r["date"] == "2021-03-05" for r in table)
    on_the_day = rows(store.conn, "meetings", date_from="2021-03-04", date_to="2021-03-04")
    assert sorted(r["date_text"] for r in on_the_day) == ["on March 4", "this month"]  # "this month" covers it
    assert list(rows(store.conn, "meetings", date_from="2021-04-01")) == []


def test_query_prints_the_merged_entity_and_a_table(store: Store) -> None:
    store.save(_ident(SEED, "2021-03-05"), _expected(SEED))
    store.save(_ident("other"), _summary("other", trips=[_trip([_person("Antony Blinken")], "2021-06-01", "Paris")]))
    result = CliRunner().invoke(app, ["query", "--db", str(store.path), "--traveller", "Antony Blinken"])
    assert result.exit_code == 0, result.output
    assert f"in 2 article(s): {SEED}.txt (Antony Blinken), other.txt (Antony Blinken)" in result.stdout
    assert "3 trips" in result.stdout and "Paris" in result.stdout
    bad = CliRunner().invoke(app, ["query", "--db", str(store.path), "--traveller", "X", "--from", "March"])
    assert bad.exit_code == 2 and "--from must be a date" in bad.output
    none = CliRunner().invoke(app, ["query", "--db", str(store.path)])
    assert none.exit_code == 2 and "give one of" in none.output


def test_query_names_articles_by_title_or_file_name_never_by_their_hash(store: Store) -> None:
    price = Quote(text="We will see", speaker="Ned Price", speaker_kind="person", evidence=_span("We will see"))
    for key, source, title in (("c7fbcf0576eb7e81", "news/minister-paris.txt", None),
                               ("0a1b2c3d4e5f6a7b", "https://example.com/2021/story", "Minister to visit Paris"),
                               ("9f8e7d6c5b4a3f2e", "-", None)):
        summary = _summary(key, quotes=[price]).model_copy(update={"title": title})
        store.save(ArticleIdentity(id=key, source=source, content_hash=f"hash-{key}"), summary)
    result = CliRunner().invoke(app, ["query", "--db", str(store.path), "--speaker", "Ned Price"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for shown in ("minister-paris.txt", "Minister to visit Paris"):
        assert shown in result.stdout
    assert "c7fbcf0576eb7e81" not in result.stdout and "0a1b2c3d4e5f6a7b" not in result.stdout
    assert "9f8e7d6c5b4a3f2e" in result.stdout  # text read from stdin has no name: its identity is all there is
