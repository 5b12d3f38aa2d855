"""Benchmarks: prints figures; asserts nothing. Run from the repository root:

    python benchmarks/bench.py            # everything
    python benchmarks/bench.py --skip-local   # without the local-model run (about a minute)

Figures:
- seed article on the embedded local model, cache off: seconds, peak memory (RSS), calls, tokens;
- ``summarizer --help`` start-up time (median of 7);
- a replayed seed summary from the CLI (median of 7 process times);
- the offline test suite without the local-model test (wall time, one run).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "fixtures/articles/atf-blinken-austin-asia.txt"
CLI = [sys.executable, "-m", "summarizer"]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, env=_env())
    return time.perf_counter() - start, proc


def median_time(cmd: list[str], n: int = 7) -> float:
    times = []
    for _ in range(n):
        seconds, proc = timed(cmd)
        if proc.returncode != 0:
            sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stderr.decode()}")
        times.append(seconds)
    return statistics.median(times)


def local_seed() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.json"
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        seconds, proc = timed([*CLI, "summarize", SEED, "--model", "local", "--published", "2021-03-05",
                               "--format", "json", "--cache-mode", "off", "--output", str(out)])
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if proc.returncode != 0:
            sys.exit(f"local run failed: {proc.stderr.decode()}")
        data = json.loads(out.read_text(encoding="utf-8"))
    u = data["usage"]
    print(f"seed, local model, cache off: {seconds:.1f} s wall (pipeline {data['seconds']:.1f} s), "
          f"peak RSS {max(peak_kib, before) / 1024 / 1024:.2f} GiB, {u['calls']} calls ({u['retries']} re-asks), "
          f"{u['prompt_tokens']} prompt + {u['completion_tokens']} completion tokens")
    print(f"  found: {len(data['trips'])} trips, {len(data['meetings'])} meetings, {len(data['quotes'])} quotes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-local", action="store_true", help="skip the local-model run")
    parser.add_argument("--skip-suite", action="store_true", help="skip the offline suite timing")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if not args.skip_local:
        local_seed()
    print(f"summarizer --help: median {median_time([*CLI, '--help']):.3f} s over 7 runs")
    replay = [*CLI, "summarize", SEED, "--published", "2021-03-05", "--format", "json",
              "--cache-mode", "replay", "--cache-dir", "fixtures/replies"]
    print(f"replayed seed summary (CLI process): median {median_time(replay):.3f} s over 7 runs")
    if not args.skip_suite:
        seconds, proc = timed([sys.executable, "-m", "pytest", "-q", "-m", "not local_model", "-p", "no:cacheprovider"])
        tail = proc.stdout.decode().strip().splitlines()[-1] if proc.stdout else ""
        print(f"offline suite without the local-model test: {seconds:.1f} s wall ({tail})")


if __name__ == "__main__":
    main()
