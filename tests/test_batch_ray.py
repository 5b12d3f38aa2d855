"""``summarizer batch --engine ray`` on a real Ray (started by the run, or a two-node cluster on 127.0.0.1):
the same rows as without Ray, a worker killed mid-article costs nothing, a killed driver resumes from the store."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES
from fault_server import FaultServer
from test_batch_faults import _start, assert_one_row_per_article, corpus, table

from summarizer.batch.inputs import expand_inputs
from summarizer.store import Store

pytestmark = pytest.mark.slow  # a real local Ray and a two-node cluster

pytest.importorskip("ray")

RAY = ("--engine", "ray", "--concurrency", "2")
COMPARED = ("SELECT id, status, error, doc_id, title, content_hash, prompt_tokens, completion_tokens, warnings, attempts "
            "FROM articles ORDER BY id")


def _children(pid: int) -> dict[int, str]:
    """Every process descended from ``pid``, with its command line as ps shows it (Ray renames its workers)."""
    out = subprocess.run(["ps", "-eo", "pid=,ppid=,args="], capture_output=True, text=True, check=True).stdout
    parents: dict[int, int] = {}
    names: dict[int, str] = {}
    for line in out.splitlines():
        fields = line.split(None, 2)
        parents[int(fields[0])], names[int(fields[0])] = int(fields[1]), fields[2] if len(fields) > 2 else ""
    found: dict[int, str] = {}
    for child in parents:
        up = child
        while up in parents and up not in (0, 1):
            up = parents[up]
            if up == pid:
                found[child] = names[child]
                break
    return found


def _busy(pid: int) -> list[int]:
    """The Worker actors under ``pid`` that are summarising an article now."""
    return [child for child, name in _children(pid).items() if "Worker.summarize" in name]


def _kill_all(pids: dict[int, str]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            continue


def _records(db: Path) -> list[list[tuple[object, ...]]]:
    """The articles and their records, without the times and row ids that differ between runs."""
    tables = [table(db, COMPARED)]
    for kind, columns in (("trips", "kind, status, record"), ("meetings", "format, status, record"),
                          ("quotes", "speaker, kind, text, record")):
        tables.append(table(db, f"SELECT article_id, idx, {columns} FROM {kind} ORDER BY article_id, idx"))
    # Which entity a name merges into, and its kind and aliases, follow the order articles were saved in: the names
    # each article gave are compared, and the distinct entity names.
    tables.append(table(db, "SELECT article_id, name, role, aliases FROM article_entities ORDER BY article_id, name"))
    tables.append(table(db, "SELECT DISTINCT name FROM entities ORDER BY name"))
    tables.append(table(db, "SELECT article_id, record_kind, idx, start, end FROM evidence "
                            "ORDER BY article_id, record_kind, record_id, idx"))
    return tables


def _wait(what: str, ready: object, proc: subprocess.Popen[bytes], limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if ready() if callable(ready) else ready:
                return
        except sqlite3.OperationalError:
            pass  # the store is being created
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {limit} s (exit {proc.poll()})")


def test_a_ray_batch_stores_the_same_rows_as_one_without_ray(tmp_path: Path) -> None:
    inputs = corpus(8, tmp_path)
    direct, on_ray = tmp_path / "direct.sqlite", tmp_path / "ray.sqlite"
    with FaultServer(latency=0.05, replies=FIXTURES / "replies") as server:
        proc = _start(server.url, direct, inputs)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        proc = _start(server.url, on_ray, inputs, *RAY, "--workers", "2")
        children = _children(proc.pid)
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        assert f"{len(inputs)} ok, 0 failed" in err.decode() and "Traceback" not in err.decode()
        proc = _start(server.url, on_ray, inputs, *RAY, "--workers", "2")  # again: everything is in the store
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and f"0 ok, 0 failed, {len(inputs)} already in the store" in err.decode()
    assert _records(on_ray) == _records(direct)
    assert_one_row_per_article(on_ray, inputs)
    time.sleep(1)
    assert not [pid for pid in children if Path(f"/proc/{pid}").exists()]  # the local Ray stopped with the run


def test_a_worker_killed_mid_article_is_replaced_and_nothing_is_lost_or_stored_twice(tmp_path: Path) -> None:
    inputs = corpus(8, tmp_path)
    db = tmp_path / "c.sqlite"
    with FaultServer(latency=0.3) as server:
        proc = _start(server.url, db, inputs, *RAY, "--workers", "2")
        try:
            _wait("a worker busy on an article", lambda: _busy(proc.pid), proc)
            os.kill(_busy(proc.pid)[0], signal.SIGKILL)
            _, err = proc.communicate(timeout=300)
        finally:
            _kill_all(_children(proc.pid))
            proc.kill()
    text = err.decode()
    assert proc.returncode == 0, text
    assert f"{len(inputs)} ok, 0 failed" in text and "tried again)" in text
    assert_one_row_per_article(db, inputs)
    assert table(db, "SELECT max(attempts) FROM articles") == [(1,)]
    assert table(db, "SELECT count(*) FROM claims") == [(0,)]


def test_the_driver_killed_and_run_again_resumes_from_the_store(tmp_path: Path) -> None:
    inputs = corpus(10, tmp_path)
    db = tmp_path / "c.sqlite"
    with FaultServer(latency=0.1) as server:
        proc = _start(server.url, db, inputs, *RAY, "--workers", "2")
        try:
            _wait("two articles stored",
                  lambda: db.exists() and int(str(table(db, "SELECT count(*) FROM articles")[0][0])) >= 2, proc)
            left = _children(proc.pid)
            proc.kill()
            proc.wait(timeout=30)
        finally:
            _kill_all(_children(proc.pid))
        time.sleep(2)
        _kill_all(left)  # what Ray did not stop itself once its driver was gone
        kept = int(str(table(db, "SELECT count(*) FROM articles")[0][0]))
        assert 0 < kept < len(inputs)
        proc = _start(server.url, db, inputs, *RAY, "--workers", "2")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert f"{kept} already in the store" in err.decode()
    assert_one_row_per_article(db, inputs)
    assert table(db, "SELECT max(attempts) FROM articles") == [(1,)]


def test_bad_ray_options_are_one_line_errors(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    cases = [(["--engine", "ray", "--ray-address", "127.0.0.1:1"], "no Ray head answers there"),
             (["--engine", "ray", "--ray-address", "nowhere"], "must be auto or HOST:PORT"),
             (["--workers", "2"], "go with --engine ray"),
             (["--engine", "spark"], "--engine must be process or ray"),
             (["--engine", "ray", "--workers", "0"], "--workers must be 1 to 4096")]
    for args, message in cases:
        proc = _start("http://127.0.0.1:9/v1", db, [str(FIXTURES / "articles")], *args)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode != 0 and message in err.decode() and "Traceback" not in err.decode(), err.decode()


def _started_in(folder: str) -> dict[int, str]:
    """The processes whose command line names ``folder`` (the Ray processes started with it as their temp dir),
    and their descendants; never this process or its ancestors."""
    mine, up = set(), os.getpid()
    out = subprocess.run(["ps", "-eo", "pid=,ppid="], capture_output=True, text=True, check=True).stdout
    parents = {int(a): int(b) for a, b in (line.split() for line in out.splitlines())}
    while up > 1 and up not in mine:
        mine.add(up)
        up = parents.get(up, 1)
    found: dict[int, str] = {}
    for pid in parents:
        try:
            line = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if folder in line and pid not in mine:
            found[pid] = line
            found.update(_children(pid))
    return found


@pytest.fixture
def two_nodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A Ray cluster of two nodes on 127.0.0.1 (a head and a worker node, one CPU each) in a temp dir of its own;
    afterwards its processes, and only they, are stopped (not ``ray stop``, which stops every Ray of the machine).

    Ray's token authentication is off for this private cluster (``RAY_AUTH_MODE=disabled``, inherited by the
    driver): on real machines the token is shared as the README says."""
    monkeypatch.setenv("RAY_AUTH_MODE", "disabled")
    ray = str(Path(sys.executable).parent / "ray")
    port = 6400 + os.getpid() % 1000
    folder = tempfile.mkdtemp(prefix="summarizer-ray-", dir="/tmp")  # short: Ray's socket paths live under it
    common = ["--num-cpus", "1", "--node-ip-address", "127.0.0.1", "--disable-usage-stats", "--temp-dir", folder]
    try:
        subprocess.run([ray, "start", "--head", "--port", str(port), "--include-dashboard=false", *common],
                       check=True, capture_output=True, timeout=180)
        subprocess.run([ray, "start", "--address", f"127.0.0.1:{port}", *common], check=True, capture_output=True,
                       timeout=180)
        yield f"127.0.0.1:{port}"
    finally:
        for _ in range(3):
            left = _started_in(folder)
            _kill_all(left)
            time.sleep(1)
        assert not _started_in(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _raylets_of_workers() -> set[int]:
    """The raylets (one per node) whose worker processes hold a Worker actor now."""
    out = subprocess.run(["ps", "-eo", "pid=,ppid=,args="], capture_output=True, text=True, check=True).stdout
    rows = [line.split(None, 2) for line in out.splitlines()]
    return {int(row[1]) for row in rows if len(row) > 2 and row[2].startswith("ray::Worker")}


def test_a_two_node_cluster_gives_the_same_rows_live_and_replayed(tmp_path: Path, two_nodes: str) -> None:
    inputs = corpus(6, tmp_path)
    direct, on_ray, replayed, cache = (tmp_path / name for name in ("direct.sqlite", "ray.sqlite", "replay.sqlite",
                                                                     "replies"))
    with FaultServer(latency=0.2, replies=FIXTURES / "replies") as server:
        proc = _start(server.url, direct, inputs, "--cache-mode", "record", "--cache-dir", str(cache))
        assert proc.wait(timeout=300) == 0
        proc = _start(server.url, on_ray, inputs, *RAY, "--ray-address", two_nodes, "--workers", "2")
        nodes: set[int] = set()

        def both_nodes_work() -> bool:
            nodes.update(_raylets_of_workers())
            return len(nodes) >= 2

        _wait("a Worker actor on each node", both_nodes_work, proc)
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert _records(on_ray) == _records(direct)
    assert_one_row_per_article(on_ray, inputs)
    # The server gone, the replies the direct run recorded replayed by the actors of both nodes.
    proc = _start("http://127.0.0.1:9/v1", replayed, inputs, *RAY, "--ray-address", two_nodes, "--workers", "2",
                  "--cache-mode", "replay", "--cache-dir", str(cache))
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert _records(replayed) == _records(direct)


def test_the_python_api_runs_a_batch_on_ray(tmp_path: Path) -> None:
    from summarizer.api import Summarizer
    from summarizer.batch.ray_engine import RayOptions, run_ray_batch

    inputs = corpus(4, tmp_path)
    with FaultServer() as server, Store(tmp_path / "api.sqlite") as store:
        summarizer = Summarizer(model="openai:test-model", base_url=server.url, cache_mode="off")
        report = run_ray_batch(summarizer, store, expand_inputs(inputs),
                               ray_options=RayOptions(workers=1, local_cpus=1))
        assert (report.ok, report.failed) == (len(inputs), 0)
        assert store.totals().ok == len(inputs)
    import ray

    assert not ray.is_initialized()  # the local Ray it started is stopped


def test_ctrl_c_finishes_the_articles_in_flight_and_a_rerun_does_the_rest(tmp_path: Path) -> None:
    inputs = corpus(10, tmp_path)
    db = tmp_path / "c.sqlite"
    with FaultServer(latency=0.2) as server:
        proc = _start(server.url, db, inputs, "--engine", "ray", "--workers", "2", "--concurrency", "1",
                      new_session=True)
        try:
            _wait("an article stored", lambda: db.exists() and int(str(table(db, "SELECT count(*) FROM articles")[0][0])),
                  proc)
            os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the driver and every process of its group
            _, err = proc.communicate(timeout=120)
        finally:
            _kill_all(_children(proc.pid))
        assert proc.returncode == 130, err.decode()
        assert "interrupted: re-run the same command" in err.decode() and "Traceback" not in err.decode()
        stored = table(db, "SELECT status FROM articles")
        assert 0 < len(stored) < len(inputs) and {r[0] for r in stored} == {"ok"}
        proc = _start(server.url, db, inputs, *RAY, "--workers", "2")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert_one_row_per_article(db, inputs)


def test_an_article_failing_twice_on_ray_is_an_error_row_with_its_reason_and_retry_failed_completes(
        tmp_path: Path) -> None:
    inputs = corpus(4, tmp_path)
    db = tmp_path / "c.sqlite"
    with FaultServer(rate=1.0, kinds=("500",), retry_after=0.05) as server:
        proc = _start(server.url, db, inputs, *RAY, "--workers", "2")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 1 and f"0 ok, {len(inputs)} failed" in err.decode() and "tried again)" in err.decode()
    errors = table(db, "SELECT status, error, attempts FROM articles")
    assert all(s == "error" and "answered HTTP 500" in str(e) and a == 1 for s, e, a in errors), errors
    with FaultServer() as server:
        proc = _start(server.url, db, inputs, *RAY, "--workers", "2", "--retry-failed")
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert table(db, "SELECT DISTINCT status, attempts FROM articles") == [("ok", 2)]


def test_a_kind_file_reaches_the_ray_workers(tmp_path: Path) -> None:
    """The kind a kind file declares is registered in every actor (its text travels, not its path): the
    articles are asked its question there and its records stored, as without Ray."""
    from fault_server import minimal_answer

    article = tmp_path / "arrest.txt"
    article.write_text("Police Arrest a Local Official\n\nPolice arrested Daniel Okafor in Leeds on Monday after a "
                       "two-year inquiry into the town's contracts, officials said.\n", encoding="utf-8")
    kind_file = str(Path(__file__).resolve().parent.parent / "examples" / "kinds" / "arrests.toml")
    asked: list[str] = []  # the kind's questions the server was asked

    def answer(body: Mapping[str, Any]) -> str:
        reply = minimal_answer(body)
        text = json.dumps(body.get("messages"))
        if "arrest" in reply:  # the kind file's question: yes, and who
            asked.append(text)
            reply["arrest"], reply["person"] = True, ["Daniel Okafor"]
        return json.dumps(reply)

    rows: dict[str, list[tuple[object, ...]]] = {}
    questions: dict[str, int] = {}
    with FaultServer() as server:
        server.answer = answer  # type: ignore[method-assign]  # a stand-in that says yes to the kind's question
        for name, extra in (("direct", ()), ("ray", (*RAY, "--workers", "1"))):
            db = tmp_path / f"{name}.sqlite"
            proc = _start(server.url, db, [str(article)], *extra, "--kind-file", kind_file)
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0 and "1 ok, 0 failed" in err.decode(), err.decode()
            rows[name] = table(db, "SELECT kind, idx, record FROM records ORDER BY idx")
            questions[name], asked[:] = len(asked), []
    assert questions["ray"] == questions["direct"] > 0  # the same questions, asked in the actors
    assert rows["ray"] == rows["direct"] and rows["ray"] and rows["ray"][0][0] == "arrests"
    assert "Daniel Okafor" in str(rows["ray"][0][2])
