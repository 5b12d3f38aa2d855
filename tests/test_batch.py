"""``summarizer batch`` and ``Summarizer.asummarize_many`` against a real OpenAI-compatible server on 127.0.0.1.

Inputs of every kind, identities and duplicates, resume, costs, concurrency, the local model's
one-at-a-time rule, and the Python API's results as they finish.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES
from fault_server import FaultServer
from typer.testing import CliRunner

from summarizer.cli import app

ARTICLES = FIXTURES / "articles"
SEED = ARTICLES / "atf-blinken-austin-asia.txt"
MINISTER = ARTICLES / "injection-minister-visit.txt"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer(replies=FIXTURES / "replies") as running:
        yield running


def batch(url: str, db: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    """Run ``summarizer batch`` in-process against ``url``; (exit code, stderr and stdout)."""
    result = CliRunner().invoke(app, ["batch", *args, "--db", str(db), "--model", "openai:test-model", "--base-url", url,
                                      "--cache-mode", "off", "--timeout", "5", "--quiet"], input=stdin)
    return result.exit_code, result.output


def rows(db: Path, sql: str = "SELECT id, source, status, error FROM articles ORDER BY source, id") -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_inputs_of_every_kind_one_row_per_article_and_duplicates_once(server: FaultServer, tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "sub").mkdir(parents=True)
    shutil.copy(SEED, news / "seed.txt")
    shutil.copy(MINISTER, news / "sub" / "minister.txt")
    shutil.copy(SEED, news / "sub" / "copy-of-seed.txt")  # the same text under another name
    (news / "notes.json").write_text("{}", encoding="utf-8")  # not an article suffix: not taken from a folder
    manifest = tmp_path / "feed.jsonl"
    lines = [
        {"id": "m1", "text": MINISTER.read_text(encoding="utf-8") + "\nA later paragraph.", "published": "2022-10-12",
         "title": "Minister"},
        {"id": "m2", "path": "news/seed.txt"},  # relative to the manifest; a duplicate of seed.txt
        {"id": "m3", "text": "Talks were held.", "published": "March"},
        {"id": "m4"},
    ]
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    code, out = batch(server.url, db, str(news), str(manifest), str(tmp_path / "missing.txt"))
    assert code == 1, out
    by_id = {r[0]: r for r in rows(db)}
    seeds = [r for r in rows(db) if str(r[1]).endswith("seed.txt")]  # seed.txt, its copy, and m2 (the same file)
    [original] = [r for r in seeds if r[2] == "ok"]  # whichever was read first; the others point at it
    assert sorted(r[2:] for r in seeds if r != original) == [("skipped", f"duplicate of {original[0]}")] * 2
    assert [r[2] for r in rows(db) if str(r[1]).endswith("minister.txt")] == ["ok"]
    assert by_id["m1"][2] == "ok"
    assert by_id["m3"][2] == "error" and "published must be a date" in str(by_id["m3"][3])
    assert by_id["m4"][2] == "error" and "give exactly one of text, path or url" in str(by_id["m4"][3])
    errors = {str(r[3]) for r in rows(db) if r[2] == "error"}
    assert any("not a JSON line" in e for e in errors) and any("file not found" in e for e in errors)
    assert len(rows(db)) == 9
    assert rows(db, "SELECT published, title FROM articles WHERE id = 'm1'") == [("2022-10-12", "Minister")]
    assert "3 ok, 4 failed, 0 already in the store, 2 duplicate(s) skipped" in out


def test_a_rerun_skips_what_is_done_and_retry_failed_redoes_the_failures(server: FaultServer, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    missing = folder / "late.txt"
    db = tmp_path / "c.sqlite"
    code, out = batch(server.url, db, str(folder / "seed.txt"), str(missing))
    assert code == 1 and "1 ok, 1 failed" in out
    sent = server.requests
    code, out = batch(server.url, db, str(folder / "seed.txt"), str(missing))
    assert code == 1 and "0 ok, 0 failed, 2 already in the store" in out and "--retry-failed" in out
    assert server.requests == sent  # nothing was asked again
    shutil.copy(MINISTER, missing)  # the missing input turns up
    code, out = batch(server.url, db, str(folder / "seed.txt"), str(missing), "--retry-failed")
    assert code == 0 and "1 ok, 0 failed, 1 already in the store" in out, out
    assert [r[2] for r in rows(db)] == ["ok", "ok"]  # the error row of the unreadable input was replaced
    assert server.requests > sent


def test_cost_comes_from_the_price_table_and_is_recorded(server: FaultServer, tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"openai:test-model": {"input": 1.0, "output": 2.0}}), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    result = CliRunner().invoke(app, ["batch", str(SEED), "--db", str(db), "--model", "openai:test-model", "--base-url",
                                      server.url, "--cache-mode", "off", "--prices", str(prices)])
    assert result.exit_code == 0, result.output
    [(prompt, completion, cost)] = rows(db, "SELECT prompt_tokens, completion_tokens, cost FROM articles")
    assert isinstance(prompt, int) and isinstance(completion, int) and isinstance(cost, float)
    assert prompt > 0 and cost == pytest.approx((prompt * 1.0 + completion * 2.0) / 1e6)
    assert f"${cost:,.4f}" in result.output and "prices from" in result.output
    prices.write_text("{not json", encoding="utf-8")
    code, out = batch(server.url, db, str(SEED), "--prices", str(prices))
    assert code == 2 and "is not JSON" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--concurrency", "0"], "--concurrency must be 1 to"),
    (["--via", "carrier-pigeon"], "--via must be one of"),
    (["--kinds", "planets"], "--kinds"),
])
def test_bad_options_are_one_line_and_exit_2_before_any_call(server: FaultServer, tmp_path: Path, args: list[str],
                                                             message: str) -> None:
    code, out = batch(server.url, tmp_path / "c.sqlite", str(SEED), *args)
    assert code == 2 and message in out and "Traceback" not in out
    assert server.requests == 0


def test_a_glob_that_matches_nothing_and_a_folder_as_db_are_refused(server: FaultServer, tmp_path: Path) -> None:
    code, out = batch(server.url, tmp_path / "c.sqlite", str(tmp_path / "*.txt"))
    assert code == 2 and "no file matches" in out
    code, out = batch(server.url, tmp_path, str(SEED))
    assert code == 2 and "is a folder" in out


def test_paths_on_stdin_and_a_csv_manifest(server: FaultServer, tmp_path: Path) -> None:
    manifest = tmp_path / "list.csv"
    manifest.write_text(f"id,path,published\nseed,{SEED},2021-03-05\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    code, out = batch(server.url, db, "-", str(manifest), stdin=f"# a comment\n{MINISTER}\n\n")
    assert code == 0, out
    assert sorted((r[1], r[2]) for r in rows(db)) == sorted([(str(SEED), "ok"), (str(MINISTER), "ok")])
    assert rows(db, "SELECT count(*) FROM articles WHERE id = 'seed'") == [(1,)]
    assert rows(db, "SELECT published FROM articles WHERE id = 'seed'") == [("2021-03-05",)]


@pytest.mark.slow  # two batches of the whole fixture set against a server that answers late
def test_concurrency_sends_requests_at_once_and_one_means_one(tmp_path: Path) -> None:
    inputs = [str(p) for p in sorted(ARTICLES.glob("*.txt"))]
    for width, low, high in (("6", 4, 6), ("1", 1, 1)):
        with FaultServer(latency=0.15) as server:
            code, out = batch(server.url, tmp_path / f"c{width}.sqlite", *inputs, "--concurrency", width)
            assert code == 0, out
            assert low <= server.max_active <= high, (width, server.max_active)


def test_asummarize_many_yields_each_result_as_it_finishes(tmp_path: Path) -> None:
    from summarizer import Summarizer

    with FaultServer(latency=0.1, replies=FIXTURES / "replies") as server:
        s = Summarizer(model="openai:test-model", base_url=server.url, cache_mode="off", env={})

        async def collect() -> list[tuple[str, bool]]:
            found = []
            async for result in s.asummarize_many([SEED, MINISTER, tmp_path / "missing.txt"], concurrency=3):
                found.append((Path(str(result.item)).name, result.ok))
            return found

        got = asyncio.run(collect())
    # the missing file fails at once, the short article finishes before the long one
    assert got == [("missing.txt", False), (MINISTER.name, True), (SEED.name, True)]


def test_the_local_model_runs_one_article_at_a_time_in_order_with_parallel_1(tmp_path: Path) -> None:
    from summarizer import Summarizer

    manifest = json.loads((ARTICLES / "manifest.json").read_text(encoding="utf-8"))
    names = list(manifest)

    def collect(s: Summarizer) -> list[str]:
        from datetime import date

        from summarizer.read.document import read_document

        docs = [read_document(str(ARTICLES / f"{n}.txt"), published=date.fromisoformat(manifest[n]["published"]))
                for n in names]

        async def results() -> list[str]:
            return [r.doc.doc_id async for r in s.asummarize_many(docs, concurrency=8) if r.doc is not None]

        return asyncio.run(results())

    one = Summarizer(model="local", cache_mode="replay", cache_dir=FIXTURES / "replies", parallel=1, env={})
    assert collect(one) == names  # in order: concurrency 8 is lowered to 1 for the local model
    assert one.default_concurrency() == 1
    # Decoding questions together (the default), several articles share the model's sequences.
    together = Summarizer(model="local", cache_mode="replay", cache_dir=FIXTURES / "replies", env={})
    assert together.default_concurrency() == 2
    assert sorted(collect(together)) == sorted(names)


def test_a_replayed_local_batch_stores_the_recorded_summaries(tmp_path: Path) -> None:
    from summarizer.store import Store

    manifest = json.loads((ARTICLES / "manifest.json").read_text(encoding="utf-8"))
    manifest = {n: manifest[n] for n in ("atf-blinken-austin-asia", "injection-minister-visit")}
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": n, "path": str(ARTICLES / f"{n}.txt"), "published": m["published"]}) + "\n"
                            for n, m in manifest.items()), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    result = CliRunner().invoke(app, ["batch", str(feed), "--db", str(db), "--model", "local", "--cache-mode", "replay",
                                      "--cache-dir", str(FIXTURES / "replies"), "--quiet"])
    assert result.exit_code == 0, result.output
    from summarizer import Summarizer

    direct = Summarizer(model="local", cache_mode="replay", cache_dir=FIXTURES / "replies", env={})
    with Store(db) as store:
        for name, meta in manifest.items():
            expected = direct.summarize_path(ARTICLES / f"{name}.txt", published=meta["published"])
            stored = store.summary(name)
            assert stored is not None and len(stored.trips) + len(stored.meetings) + len(stored.quotes) > 0
            assert (stored.trips, stored.meetings, stored.quotes) == (expected.trips, expected.meetings, expected.quotes)
            assert stored.usage == expected.usage and stored.warnings == expected.warnings
