"""A batch survives faults: every article ends ok or error with its reason, a re-run completes the
errored ones, nothing is lost or duplicated; kill -9 at a random moment never corrupts the store;
one SIGINT finishes the articles in flight."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from fault_server import FAULTS, FaultServer
from typer.testing import CliRunner

from summarizer.cli import app

pytestmark = pytest.mark.slow  # batches under injected faults, killed and interrupted subprocesses

ARTICLES = sorted(str(p) for p in (FIXTURES / "articles").glob("*.txt"))
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc_politics" / "texts"


def corpus(n: int, folder: Path) -> list[str]:
    """``n`` articles: the BBC texts read in place where the corpus is present, else copies of the fixture
    articles written into ``folder``, each with its own first line so that each is an article of its own."""
    found = sorted(str(p) for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if len(found) >= n:
        return found[:n]
    paths = []
    for i in range(n):
        source = Path(ARTICLES[i % len(ARTICLES)])
        copy = folder / f"copy-{i:02d}-{source.name}"
        copy.write_text(f"Copy {i} of a fixture article.\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(copy))
    return paths


def batch(url: str, db: Path, inputs: list[str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *inputs, "--db", str(db), "--model", "openai:test-model", "--base-url", url,
                                      "--cache-mode", "off", "--timeout", "2", "--quiet", *args])
    return result.exit_code, result.output


def table(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def assert_one_row_per_article(db: Path, inputs: list[str]) -> None:
    """Every input is in the store once, and no record is stored twice."""
    assert sorted(str(r[0]) for r in table(db, "SELECT source FROM articles")) == sorted(inputs)
    for kind in ("trips", "meetings", "quotes"):
        assert table(db, f"SELECT count(*) - count(DISTINCT article_id || ':' || idx) FROM {kind}") == [(0,)]
    assert table(db, "PRAGMA integrity_check") == [("ok",)]


def test_each_fault_is_survived_or_recorded_with_its_reason(tmp_path: Path) -> None:
    # One of each fault, spread over the first requests: the HTTP retries get past 429, 500 and a
    # dropped connection; a malformed body or a hang fails its article, which is tried again once;
    # a reply cut at max_tokens leaves its one question out, with a warning.
    faults = {1: "429", 3: "500", 5: "drop", 10: "malformed", 24: "hang", 29: "length"}
    db = tmp_path / "c.sqlite"
    with FaultServer(faults=faults, hang_seconds=30, retry_after=0.1, replies=FIXTURES / "replies") as server:
        code, out = batch(server.url, db, ARTICLES, "--concurrency", "1")
        assert {k: server.outcomes[k] for k in FAULTS} == dict.fromkeys(FAULTS, 1)
    assert "tried again)" in out
    stored = table(db, "SELECT status, error FROM articles")
    assert all(s == "ok" or (s == "error" and str(e).strip()) for s, e in stored)
    assert (code == 1) == any(s == "error" for s, _ in stored)
    warnings = " ".join(str(r[0]) for r in table(db, "SELECT warnings FROM articles"))
    assert "cut at max_tokens" in warnings or any(s == "error" for s, _ in stored)
    with FaultServer() as server:
        code, out = batch(server.url, db, ARTICLES, "--retry-failed")
    assert code == 0, out
    assert [r[0] for r in table(db, "SELECT status FROM articles")] == ["ok"] * len(ARTICLES)
    assert_one_row_per_article(db, ARTICLES)


def test_a_server_that_always_fails_gives_errors_with_reasons_and_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    inputs = corpus(6, tmp_path)
    with FaultServer(rate=1.0, kinds=("500",), retry_after=0.05) as server:
        code, out = batch(server.url, db, inputs, "--concurrency", "3")
    assert code == 1 and f"0 ok, {len(inputs)} failed" in out
    errors = table(db, "SELECT status, error FROM articles")
    assert all(status == "error" and "answered HTTP 500" in str(error) for status, error in errors)
    with FaultServer() as server:
        code, out = batch(server.url, db, inputs)
        assert code == 1 and "already in the store" in out and server.requests == 0  # failures wait for --retry-failed
        code, out = batch(server.url, db, inputs, "--retry-failed")
    assert code == 0, out
    assert {r[0] for r in table(db, "SELECT status FROM articles")} <= {"ok", "skipped"}
    assert table(db, "SELECT min(attempts), max(attempts) FROM articles WHERE status = 'ok'") == [(2, 2)]
    assert_one_row_per_article(db, inputs)


@pytest.mark.parametrize("seed", [3, 11])
def test_random_faults_at_concurrency_end_ok_or_error_and_nothing_is_lost(tmp_path: Path, seed: int) -> None:
    db = tmp_path / "c.sqlite"
    inputs = corpus(16, tmp_path)
    with FaultServer(rate=0.2, seed=seed, hang_seconds=30, retry_after=0.05) as server:
        code, out = batch(server.url, db, inputs, "--concurrency", "8")
        assert sum(server.outcomes[k] for k in FAULTS) > 0
    statuses = table(db, "SELECT status, error FROM articles")
    assert len(statuses) == len(inputs)
    assert all(s in ("ok", "skipped") or (s == "error" and str(e).strip()) for s, e in statuses)
    assert (code == 1) == any(s == "error" for s, _ in statuses)
    with FaultServer() as server:
        code, out = batch(server.url, db, inputs, "--retry-failed", "--concurrency", "8")
    assert code == 0, out
    assert_one_row_per_article(db, inputs)


def _start(url: str, db: Path, inputs: list[str], *args: str, new_session: bool = False) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["XDG_CACHE_HOME"] = str(db.parent / "xdg")
    cmd = [sys.executable, "-m", "summarizer", "batch", *inputs, "--db", str(db), "--model", "openai:test-model",
           "--base-url", url, "--cache-mode", "off", "--timeout", "5", "--quiet", *args]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=new_session)


def _wait_for_rows(db: Path, at_least: int, proc: subprocess.Popen[bytes], limit: float = 60.0) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                count = int(str(table(db, "SELECT count(*) FROM articles")[0][0]))
            except sqlite3.OperationalError:
                count = 0  # the schema is being created
            if count >= at_least:
                return count
        time.sleep(0.02)
    raise AssertionError(f"fewer than {at_least} articles stored in {limit} s")


def test_kill_9_at_a_random_moment_then_resume(tmp_path: Path) -> None:
    inputs = corpus(24, tmp_path)
    db = tmp_path / "c.sqlite"
    rng = random.Random(7)
    with FaultServer(latency=0.05) as server:
        for _ in range(2):  # two kills at random moments, then a run to the end
            proc = _start(server.url, db, inputs, "--concurrency", "4")
            done = int(str(table(db, "SELECT count(*) FROM articles")[0][0])) if db.exists() else 0
            _wait_for_rows(db, done + 1, proc)
            time.sleep(rng.uniform(0.0, 0.6))
            proc.kill()  # SIGKILL
            proc.wait(timeout=10)
            assert table(db, "PRAGMA integrity_check") == [("ok",)]
        kept = int(str(table(db, "SELECT count(*) FROM articles")[0][0]))
        assert 0 < kept < len(inputs)
        proc = _start(server.url, db, inputs, "--concurrency", "4")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert f"{kept} already in the store" in err.decode()
    assert_one_row_per_article(db, inputs)


def test_one_sigint_finishes_the_articles_in_flight_and_a_rerun_does_the_rest(tmp_path: Path) -> None:
    inputs = corpus(12, tmp_path)
    db = tmp_path / "c.sqlite"
    with FaultServer(latency=0.2) as server:
        proc = _start(server.url, db, inputs, "--concurrency", "2")
        _wait_for_rows(db, 1, proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 130, err.decode()
        assert "interrupted: re-run the same command" in err.decode() and "Traceback" not in err.decode()
        stored = table(db, "SELECT status FROM articles")
        assert 0 < len(stored) < len(inputs) and {r[0] for r in stored} <= {"ok", "skipped"}
        proc = _start(server.url, db, inputs, "--concurrency", "2")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert_one_row_per_article(db, inputs)
