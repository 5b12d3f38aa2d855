"""A collection against a local OpenAI-compatible server: throughput by concurrency, memory, overhead, faults.

Prints figures, asserts nothing. Run from the repository root:

    python benchmarks/collection.py                  # the full run (about 6 minutes)
    python benchmarks/collection.py --articles 40 --serial 10   # a quicker one
    python benchmarks/collection.py --engine ray     # one process beside a Ray pool of 1, 2, 4 workers (pip install -e ".[ray]")

The server is ``tests/fault_server.py`` in this process (a stand-in that answers from the request's
schema; see its docstring), answering every call after ``--latency`` seconds (default 0.5). The
articles are the texts of ../shared/corpus (read in place), each with a numbered last line so that
every one is a distinct text, written as a JSONL manifest to a temporary folder. Each batch runs as
its own ``summarizer batch`` process with ``--cache-mode off``, into a fresh store; its peak RSS is
read from ``getrusage`` in that process.

1. Throughput at concurrency 1, 8 and 32. Concurrency 1 runs ``--serial`` articles (default 20; 200
   would take about 15 minutes at 0.5 s a call) and says so; speed-up is compared in model calls per
   second, the unit the latency applies to, and in articles per second.
2. Peak RSS of the batch process at 50 and 200 articles (concurrency 32).
3. The pipeline's own time per article with a server that answers at once (concurrency 1): reading,
   text analysis, validation, the HTTP exchange with 127.0.0.1 and the store write; everything but
   model time.
4. 200 articles with 5% of calls faulted at random (seed 1; 429, 500, hang, malformed, cut, dropped),
   ``--timeout 3``: counts ok and error, lost (inputs without a row) and duplicated rows and records.

``--engine ray`` measures instead: (1) calls per second of one process at concurrency 8 and 32 beside
``--engine ray`` at 1, 2 and 4 workers of ``--per-worker`` (8) articles at once, the same articles, and
the driver's CPU per article in each; (2) the Ray driver's peak RSS and CPU at 50 and ``--articles``
articles, and its CPU per article beyond the fixed cost of starting Ray (the difference of the two runs).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fault_server import FaultServer

CORPUS = ROOT.parent / "shared" / "corpus"
CHILD = """
import resource, sys
from summarizer.cli import app
code = 0
try:
    app(sys.argv[1:], prog_name="summarizer")
except SystemExit as exc:
    code = exc.code or 0
usage = resource.getrusage(resource.RUSAGE_SELF)
print("PEAK_RSS_KB", usage.ru_maxrss, file=sys.stderr)
print("CPU_S", usage.ru_utime + usage.ru_stime, file=sys.stderr)
sys.exit(code)
"""


def manifest(folder: Path, count: int) -> Path:
    """``count`` distinct articles from the corpus texts (cycled, each with a numbered last line)."""
    texts = sorted(p for p in CORPUS.glob("*/texts/*.txt")) or sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    path = folder / f"articles-{count}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            source = texts[n % len(texts)]
            text = source.read_text(encoding="utf-8").rstrip() + f"\n\n(Article {n} of the benchmark.)\n"
            fh.write(json.dumps({"id": f"a{n:04d}", "text": text, "source": str(source)}) + "\n")
    return path


def run_batch(url: str, feed: Path, db: Path, concurrency: int, *extra: str) -> dict[str, Any]:
    """One ``summarizer batch`` process; wall seconds, peak RSS, exit code and the store's counts."""
    cmd = [sys.executable, "-c", CHILD, "batch", str(feed), "--db", str(db), "--model", "openai:bench",
           "--base-url", url, "--cache-mode", "off", "--quiet", "--concurrency", str(concurrency), *extra]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - started
    rss = next((int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_KB")), 0)
    cpu = next((float(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("CPU_S")), 0.0)
    conn = sqlite3.connect(db)
    try:
        statuses = dict(conn.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
        calls = sum(json.loads(u).get("calls", 0) for (u,) in conn.execute("SELECT usage FROM articles"))
        seconds = [s for (s,) in conn.execute("SELECT seconds FROM articles WHERE status = 'ok'")]
        ids = conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        dup_records = sum(conn.execute(f"SELECT count(*) - count(DISTINCT article_id || ':' || idx) FROM {k}").fetchone()[0]
                          for k in ("trips", "meetings", "quotes"))
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return {"wall": wall, "rss_mb": rss / 1024, "cpu": cpu, "code": proc.returncode, "statuses": statuses, "calls": calls,
            "article_seconds": seconds, "rows": ids[0], "distinct": ids[1], "dup_records": dup_records,
            "integrity": integrity, "stderr": proc.stderr}


def throughput(url: str, folder: Path, articles: int, serial: int) -> None:
    print(f"\n1. Throughput, {articles} articles, 0.5 s a call (concurrency 1: {serial} articles, measured)")
    base: dict[str, float] = {}
    for concurrency in (1, 8, 32):
        count = serial if concurrency == 1 else articles
        result = run_batch(url, manifest(folder, count), folder / f"c{concurrency}.sqlite", concurrency)
        calls_s, arts_s = result["calls"] / result["wall"], count / result["wall"]
        base = base or {"calls": calls_s, "arts": arts_s}
        print(f"   concurrency {concurrency:>2}: {count} articles, {result['calls']} calls in {result['wall']:.1f} s = "
              f"{calls_s:.2f} calls/s, {arts_s:.3f} articles/s; speed-up {calls_s / base['calls']:.1f}x (calls/s), "
              f"{arts_s / base['arts']:.1f}x (articles/s); ok {result['statuses'].get('ok', 0)}, exit {result['code']}")
        if concurrency == 1 and count < articles:
            print(f"   (concurrency 1 over {articles} articles would take about {articles / arts_s / 60:.0f} min at "
                  "this rate: extrapolated, not measured)")


def memory(url: str, folder: Path, articles: int) -> None:
    print("\n2. Peak RSS of the batch process (concurrency 32)")
    for count in sorted({min(50, articles), articles}):
        result = run_batch(url, manifest(folder, count), folder / f"rss{count}.sqlite", 32)
        print(f"   {count:>4} articles: {result['rss_mb']:.1f} MB peak RSS ({result['wall']:.1f} s)")


ROUND_TRIP = """
import sys, time, openai
client = openai.OpenAI(base_url=sys.argv[1], api_key="none", max_retries=0)
ask = lambda: client.chat.completions.create(model="bench", messages=[{"role": "user", "content": "Sentence: x"}])
ask()
started = time.perf_counter()
for _ in range(200):
    ask()
print((time.perf_counter() - started) / 200)
"""


def overhead(url: str, folder: Path, articles: int) -> None:
    print("\n3. Pipeline time per article without model time (server answers at once, concurrency 1)")
    result = run_batch(url, manifest(folder, articles), folder / "overhead.sqlite", 1)
    per = sorted(result["article_seconds"])
    median = per[len(per) // 2]
    calls = result["calls"] / articles
    trip = float(subprocess.run([sys.executable, "-c", ROUND_TRIP, url], capture_output=True, text=True,
                                check=True).stdout)
    print(f"   {articles} articles, {result['calls']} calls in {result['wall']:.1f} s ({1000 * result['wall'] / articles:.1f} ms "
          f"per article, process start included); per article in the engine: median {1000 * median:.1f} ms, "
          f"p90 {1000 * per[int(len(per) * 0.9)]:.1f} ms")
    print(f"   one bare openai-client round trip to this server: {1000 * trip:.2f} ms; x {calls:.1f} calls per article "
          f"= {1000 * trip * calls:.1f} ms; the rest, the pipeline's own time per article (median): "
          f"{1000 * (median - trip * calls):.1f} ms")


def faults(url: str, folder: Path, articles: int) -> None:
    print(f"\n4. {articles} articles, 5% of calls faulted at random (seed 1), concurrency 32, --timeout 3")
    result = run_batch(url, manifest(folder, articles), folder / "faults.sqlite", 32, "--timeout", "3")
    st = result["statuses"]
    print(f"   ok {st.get('ok', 0)}, error {st.get('error', 0)}, skipped {st.get('skipped', 0)}; "
          f"lost {articles - result['rows']}, duplicated rows {result['rows'] - result['distinct']}, "
          f"duplicated records {result['dup_records']}; integrity {result['integrity']}; "
          f"{result['wall']:.1f} s, exit {result['code']}")
    for line in result["stderr"].splitlines():
        if line.startswith(("failed:", "0 ok", "1", "2", "3", "4", "5", "6", "7", "8", "9")):
            print(f"   {line}")


def _line(label: str, result: dict[str, Any], count: int, base: float) -> float:
    calls_s = result["calls"] / result["wall"]
    print(f"   {label}: {count} articles, {result['calls']} calls in {result['wall']:.1f} s = {calls_s:.2f} calls/s "
          f"(x{calls_s / (base or calls_s):.2f} of one process at concurrency 8); driver CPU {result['cpu']:.1f} s = "
          f"{1000 * result['cpu'] / count:.1f} ms/article; ok {result['statuses'].get('ok', 0)}, exit {result['code']}")
    return calls_s


def ray_throughput(url: str, folder: Path, articles: int, per_worker: int, latency: float) -> None:
    print(f"\n1. Throughput, {articles} articles, {latency} s a call: one process, then Ray with {per_worker} articles at once "
          "per worker (a local Ray started by each run; its start is in the wall time)")
    feed, base = manifest(folder, articles), 0.0
    for concurrency in (8, 32):
        result = run_batch(url, feed, folder / f"p{concurrency}.sqlite", concurrency)
        calls_s = _line(f"one process, concurrency {concurrency:>2}", result, articles, base)
        base = base or calls_s
    for workers in (1, 2, 4):
        result = run_batch(url, feed, folder / f"r{workers}.sqlite", per_worker, "--engine", "ray",
                           "--workers", str(workers))
        _line(f"Ray, {workers} worker(s) x {per_worker:>2}", result, articles, base)


def ray_driver(url: str, folder: Path, articles: int) -> None:
    print(f"\n2. The Ray driver (2 workers x 8) at 50 and {articles} articles: peak RSS, CPU; the CPU per article beyond "
          f"the fixed cost of starting Ray is the difference between the two runs over the {articles - 50} articles between")
    cpu: dict[int, float] = {}
    for count in (50, articles):
        result = run_batch(url, manifest(folder, count), folder / f"d{count}.sqlite", 8, "--engine", "ray",
                           "--workers", "2")
        cpu[count] = result["cpu"]
        print(f"   {count:>4} articles: driver peak RSS {result['rss_mb']:.1f} MB, driver CPU {result['cpu']:.2f} s, "
              f"{result['wall']:.1f} s; ok {result['statuses'].get('ok', 0)}, exit {result['code']}")
    if articles > 50:
        print(f"   driver CPU per article (marginal): {1000 * (cpu[articles] - cpu[50]) / (articles - 50):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--serial", type=int, default=20, help="articles at concurrency 1")
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--engine", choices=("process", "ray"), default="process",
                        help="ray: one process beside Ray at 1, 2 and 4 workers, and the Ray driver's memory and CPU")
    parser.add_argument("--per-worker", type=int, default=8, help="with --engine ray: articles at once per worker")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp:
        folder = Path(tmp)
        if args.engine == "ray":
            with FaultServer(latency=args.latency) as server:
                ray_throughput(server.url, folder, args.articles, args.per_worker, args.latency)
                ray_driver(server.url, folder, args.articles)
            return
        with FaultServer(latency=args.latency) as server:
            throughput(server.url, folder, args.articles, args.serial)
            memory(server.url, folder, args.articles)
        with FaultServer() as server:
            overhead(server.url, folder, args.articles)
        with FaultServer(latency=args.latency, rate=0.05, seed=1, hang_seconds=60, retry_after=1) as server:
            faults(server.url, folder, args.articles)
            print(f"   faults injected: {dict(sorted((k, v) for k, v in server.outcomes.items() if k != 'ok'))} "
                  f"of {server.requests} requests")


if __name__ == "__main__":
    main()
