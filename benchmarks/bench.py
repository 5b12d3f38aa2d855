"""Benchmarks: prints figures; asserts nothing. Run from the repository root:

    python benchmarks/bench.py            # everything
    python benchmarks/bench.py --skip-local   # without the local-model run (about a minute)

Figures:
- seed article on the embedded local model, cache off: seconds, peak memory (RSS), calls, tokens;
- ``summarizer --help`` start-up time (median of 7);
- a replayed seed summary from the CLI (median of 7 process times);
- the offline test suite without the local-model test (wall time, one run);
- 1 MB of hostile quotation marks ('"a ' repeated; a mix of ' ‘ ’ “ ” « » „ too) through the
  summarize path up to its first model call (replay from an empty cache; target < 2 s each).
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
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, env=_env(), check=False)
    return time.perf_counter() - start, proc


def median_time(cmd: list[str], n: int = 7) -> float:
    times = []
    for _ in range(n):
        seconds, proc = timed(cmd)
        if proc.returncode != 0:
            sys.exit(f"command failed: {' '.join(cmd)}\n{proc.stderr.decode()}")
        times.append(seconds)
    return statistics.median(times)


def local_seed(runs: int) -> None:
    from summarizer.llm.threads import choose_threads

    walls: list[float] = []
    pipelines: list[float] = []
    threads: list[int] = []
    data: dict[str, object] = {}
    for _ in range(runs):
        # The CLI's own choice (free cores now), made here and passed on so the line can show it.
        threads.append(choose_threads(None))
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "seed.json"
            seconds, proc = timed([*CLI, "summarize", SEED, "--model", "local", "--published", "2021-03-05",
                                   "--format", "json", "--cache-mode", "off", "--output", str(out),
                                   "--threads", str(threads[-1])])
            if proc.returncode != 0:
                sys.exit(f"local run failed: {proc.stderr.decode()}")
            data = json.loads(out.read_text(encoding="utf-8"))
        walls.append(seconds)
        pipelines.append(float(data["seconds"]))  # type: ignore[arg-type]
    # ru_maxrss of children: the largest resident set of any finished child process.
    peak_gib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
    u = data["usage"]
    assert isinstance(u, dict)
    print(f"seed, local model, cache off, {runs} runs: median {statistics.median(walls):.1f} s wall "
          f"(pipeline median {statistics.median(pipelines):.1f} s; runs {', '.join(f'{w:.1f}' for w in walls)}), "
          f"llama.cpp threads {', '.join(map(str, threads))} of {os.cpu_count()} cores, "
          f"peak RSS {peak_gib:.2f} GiB, {u['calls']} calls ({u['retries']} re-asks), "
          f"{u['prompt_tokens']} prompt + {u['completion_tokens']} completion tokens")


def hostile_quotes(size: int = 1_000_000) -> None:
    """Time the text analysis (quotations, sentences, injection check...) on hostile input, in process.

    Replay from an empty cache raises at the first question to the model, so the time is all
    analysis; a warm-up first loads the client libraries, which are not analysis.
    """
    sys.path.insert(0, str(ROOT))
    from summarizer.api import Summarizer
    from summarizer.config import resolve_settings
    from summarizer.errors import CacheMissError

    inputs = {
        "'\"a ' x N": '"a ' * (size // 3),
        "mixed '‘’“”«»„\"": ("\"a 'b ‘c “d ”e ’f «g »h „i " * (size // 27 + 1))[:size],
    }
    with tempfile.TemporaryDirectory() as empty:
        summarizer = Summarizer(resolve_settings(model="local", cache_mode="replay", cache_dir=empty, env={}))

        def analyse(text: str) -> float:
            start = time.perf_counter()
            try:
                summarizer.summarize(text, published="2021-01-01")
            except CacheMissError:
                pass
            return time.perf_counter() - start

        analyse('"We will go there next week," he said.')
        figures = [f"{name} {analyse(text):.2f} s" for name, text in inputs.items()]
    print(f"hostile quotation marks, {size / 1e6:g} MB, text analysis up to the first model call "
          f"(target < 2 s): {'; '.join(figures)}")


def contended_seed(runs: int) -> None:
    """The seed while another process keeps one core busy: the default thread choice against --threads 2."""
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(2)
        walls: dict[str, list[float]] = {"default": [], "2": []}
        for _ in range(runs):
            for threads, walls_of in walls.items():
                extra = [] if threads == "default" else ["--threads", threads]
                seconds, proc = timed([*CLI, "summarize", SEED, "--model", "local", "--published", "2021-03-05",
                                       "--format", "json", "--cache-mode", "off", *extra])
                if proc.returncode != 0:
                    sys.exit(f"local run failed: {proc.stderr.decode()}")
                walls_of.append(seconds)
    finally:
        busy.kill()
    default, two = statistics.median(walls["default"]), statistics.median(walls["2"])
    print(f"seed, local model, one of {os.cpu_count()} cores kept busy by another process, {runs} runs each: "
          f"--threads default median {default:.1f} s, --threads 2 median {two:.1f} s ({two / default:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-local", action="store_true", help="skip the local-model run")
    parser.add_argument("--skip-suite", action="store_true", help="skip the offline suite timing")
    parser.add_argument("--runs", type=int, default=3, help="local-model runs of the seed (median reported)")
    parser.add_argument("--contention", action="store_true",
                        help="also time the seed with one core kept busy (default threads against --threads 2)")
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if not args.skip_local:
        local_seed(args.runs)
        if args.contention:
            contended_seed(args.runs)
    print(f"summarizer --help: median {median_time([*CLI, '--help']):.3f} s over 7 runs")
    replay = [*CLI, "summarize", SEED, "--published", "2021-03-05", "--format", "json",
              "--cache-mode", "replay", "--cache-dir", "fixtures/replies"]
    print(f"replayed seed summary (CLI process): median {median_time(replay):.3f} s over 7 runs")
    hostile_quotes()
    if not args.skip_suite:
        seconds, proc = timed([sys.executable, "-m", "pytest", "-q", "-m", "not local_model", "-p", "no:cacheprovider"])
        tail = proc.stdout.decode().strip().splitlines()[-1] if proc.stdout else ""
        print(f"offline suite without the local-model test: {seconds:.1f} s wall ({tail})")


if __name__ == "__main__":
    main()
