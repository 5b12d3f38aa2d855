"""Several runs on one store: created once under a concurrent start, each article claimed before it is
summarised (a claim that dies with its process), none summarised twice, no orphan entity rows."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES
from fault_server import FaultServer
from test_batch_faults import _start, assert_one_row_per_article, batch, corpus, table

from summarizer.schemas import ArticleSummary, Quote
from summarizer.store import SCHEMA_VERSION, ArticleIdentity, Store
from summarizer.store.claims import Owner, claim


def _identity(article_id: str) -> ArticleIdentity:
    return ArticleIdentity(id=article_id, source=f"{article_id}.txt", content_hash=article_id, doc_id=article_id)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_claim_is_held_against_another_live_run_and_gone_once_the_article_is_saved(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as first, Store(db) as second:
        assert first.claim("a", seen=None) == "claimed"
        assert first.claim("a", seen=None) == "claimed"  # its own claim again
        assert second.claim("a", seen=None) == "held"
        first.save(_identity("a"), status="error", error="BackendError: x")
        assert table(db, "SELECT count(*) FROM claims") == [(0,)]
        assert second.claim("a", seen=None) == "done"  # stored since the second looked
        assert second.claim("a", seen="error") == "claimed"  # a --retry-failed run that saw the error row
        assert second.claim("b", seen=None) == "claimed"
    assert table(db, "SELECT count(*) FROM claims") == [(0,)]  # closing gives up what was not finished


def test_a_claim_dies_with_its_process_or_when_its_heartbeat_is_old(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        here = Owner()
        dead = Owner(token="dead", pid=_dead_pid(), host=here.host)
        far = Owner(token="far", pid=1, host="another-host")
        for article_id, owner in (("a", dead), ("b", far)):
            assert claim(store.conn, article_id, owner, seen=None) == "claimed"
        assert claim(store.conn, "a", here, seen=None) == "claimed"  # same host, no such process
        assert claim(store.conn, "b", here, seen=None) == "held"  # another host, heartbeat fresh
        store.conn.execute("UPDATE claims SET heartbeat = heartbeat - 3600 WHERE token = 'far'")
        assert claim(store.conn, "b", here, seen=None) == "claimed"
        assert table(db, "SELECT article_id, token FROM claims ORDER BY article_id") == [("a", here.token),
                                                                                       ("b", here.token)]


def test_saving_an_article_again_leaves_no_orphan_entities(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    quotes = [Quote(speaker="the spokesman", speaker_resolved=False, kind="direct", text="We will go.", evidence=[]),
              Quote(speaker="Jane Roe", kind="direct", text="We agreed.", evidence=[])]
    summary = ArticleSummary(doc_id="a", model="m", quotes=quotes)
    with Store(db) as store:
        store.save(_identity("a"), summary)
        once = table(db, "SELECT count(*) FROM entities")
        store.save(_identity("a"), summary)
        store.save(_identity("a"), summary)
        assert table(db, "SELECT count(*) FROM entities") == once == [(2,)]
        store.save(_identity("a"), status="error", error="BackendError: x")
        assert table(db, "SELECT count(*) FROM entities") == [(0,)]
        assert table(db, "SELECT count(*) FROM entity_names") == [(0,)]


def _open(db: str, ready: multiprocessing.synchronize.Barrier, out: multiprocessing.Queue[str]) -> None:
    ready.wait()
    try:
        with Store(db) as store:
            out.put(f"ok {store.totals().ok}")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        out.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.slow  # batch runs in subprocesses
def test_processes_opening_a_new_store_at_the_same_moment_all_get_it(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        db = str(tmp_path / f"new-{attempt}.sqlite")
        ready = context.Barrier(4)
        out: multiprocessing.Queue[str] = context.Queue()
        procs = [context.Process(target=_open, args=(db, ready, out)) for _ in range(4)]
        for proc in procs:
            proc.start()
        got = sorted(out.get(timeout=60) for _ in procs)
        for proc in procs:
            proc.join(timeout=30)
        assert got == ["ok 0"] * 4
        assert table(Path(db), "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]


@pytest.mark.slow  # batch runs in subprocesses
def test_two_batch_runs_on_one_store_summarise_each_article_once(tmp_path: Path) -> None:
    inputs = corpus(10, tmp_path)
    alone, db = tmp_path / "alone.sqlite", tmp_path / "shared.sqlite"
    with FaultServer(latency=0.1, replies=FIXTURES / "replies") as server:
        proc = _start(server.url, alone, inputs, "--concurrency", "2")
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        single = server.requests
        procs = [_start(server.url, db, inputs, "--concurrency", "2") for _ in range(2)]
        errs = [p.communicate(timeout=300)[1].decode() for p in procs]
        both = server.requests - single
    assert [p.returncode for p in procs] == [0, 0], errs
    assert "Traceback" not in "".join(errs)
    assert_one_row_per_article(db, inputs)
    assert table(db, "SELECT max(attempts) FROM articles") == [(1,)]  # never saved twice
    oks = [int(e.split(" ok,")[0].split()[-1]) for e in errs]
    assert sum(oks) == len(inputs) and both == single  # every model call made once between them
    assert table(db, "SELECT count(*) FROM entities") == table(alone, "SELECT count(*) FROM entities")
    assert table(db, "SELECT count(*) FROM claims") == [(0,)]


@pytest.mark.slow  # batch runs in subprocesses
def test_a_run_killed_holding_claims_does_not_block_the_next(tmp_path: Path) -> None:
    inputs = corpus(8, tmp_path)
    db = tmp_path / "c.sqlite"
    with FaultServer(latency=0.3) as server:
        proc = _start(server.url, db, inputs, "--concurrency", "4")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if db.exists() and table(db, "SELECT count(*) FROM claims")[0][0]:
                    break
            except sqlite3.OperationalError:
                pass  # no claims table yet
            time.sleep(0.02)
        proc.kill()
        proc.wait(timeout=10)
        assert int(str(table(db, "SELECT count(*) FROM claims")[0][0])) > 0  # left behind by the killed run
        proc = _start(server.url, db, inputs, "--concurrency", "4")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert "another run" not in err.decode()
    assert_one_row_per_article(db, inputs)
    assert table(db, "SELECT count(*) FROM claims") == [(0,)]


def test_a_first_release_store_upgrades_to_claims_keeping_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    db.write_bytes((Path(__file__).parent / "data" / "store-v1.sqlite").read_bytes())
    with Store(db) as store:
        assert store.totals().ok == 2
        assert store.claim("new-article", seen=None) == "claimed"
        assert store.claim("atf-blinken-austin-asia", seen=None) == "done"  # stored ok by the first release
    assert table(db, "SELECT count(*) FROM articles") == [(4,)]


def test_an_article_another_live_run_holds_is_passed_over_and_counted(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    text = (FIXTURES / "articles" / "atf-blinken-austin-asia.txt").read_text(encoding="utf-8")
    manifest.write_text("".join(json.dumps({"id": f"x{i}", "text": f"Article {i}.\n\n{text}"}) + "\n"
                                for i in range(2)), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    with Store(db) as store:  # a live run of this host (this test's process) holds x1
        assert claim(store.conn, "x1", Owner(token="other", pid=os.getpid()), seen=None) == "claimed"
        with FaultServer() as server:
            code, out = batch(server.url, db, [str(manifest)])
        assert code == 0, out
        assert "1 ok, 0 failed" in out and "1 being done by another run" in out
        assert table(db, "SELECT id FROM articles") == [("x0",)]
        assert table(db, "SELECT article_id, token FROM claims") == [("x1", "other")]  # not taken over
