"""Speed of the embedded local model, revision against revision, in one run; prints figures, asserts nothing.

    python benchmarks/speed.py seed --rev 561f8a5 --rev . --runs 3        # the seed, cache off
    python benchmarks/speed.py seed --rev . --threads 1                   # a thread count forced
    python benchmarks/speed.py batch --rev 561f8a5 --rev . [--texts DIR]   # the 30 dev M2E2 articles

Each ``--rev`` is a git revision (checked out into a temporary worktree) or ``.`` (this working
tree); each is run in a child process of its own that imports that revision's package, so that
levers landed one commit at a time are measured side by side, on the same machine, in the same run.
Run it with nothing else running: two cores, and llama.cpp slows several times when it shares one.

Per run the child counts, inside llama-cpp-python, what each completion cost: prompt tokens sent,
prompt tokens *evaluated* (sent minus those reused from the KV cache of the previous call), and
tokens generated; and its own peak resident memory.

``seed``: ``summarizer summarize`` on the seed article, ``--cache-mode off``; the median wall time
of ``--runs`` runs (the process, model load included), and whether the summary still has every
gold item of ``../shared/corpus/seed`` (scored by this tree's scorer).
``batch``: ``summarizer batch`` on the texts of ``../shared/corpus/m2e2_voa`` (all kinds, one loaded
model, ``--cache-mode off``, into a new SQLite store), as a user with an archive would run it;
articles per hour from the wall time. (Quality is measured by ``summarizer eval``, not here.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = "fixtures/articles/atf-blinken-austin-asia.txt"
SHARED = ROOT.parent / "shared" / "corpus"


def child(root: str, probe_out: str, argv: list[str]) -> None:
    """In the child: import ``root``'s package, count every llama.cpp decode, run the CLI."""
    import atexit
    import resource

    started = time.perf_counter()

    sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()
                     and "editable" not in type(f).__module__.lower()]
    sys.path.insert(0, root)
    import llama_cpp

    import summarizer

    assert summarizer.__file__ is not None and summarizer.__file__.startswith(root), summarizer.__file__
    stats: dict[str, float] = {"completions": 0, "prompt_sent": 0, "prompt_evaluated": 0, "generated": 0,
                               "load_s": 0.0, "model_s": 0.0, "first_call_at_s": 0.0}
    state = {"first": False}
    inner_eval, inner_create, inner_init = llama_cpp.Llama.eval, llama_cpp.Llama.create_completion, llama_cpp.Llama.__init__

    def init_probe(self: Any, *args: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        inner_init(self, *args, **kwargs)
        stats["load_s"] += time.perf_counter() - start

    def eval_probe(self: Any, tokens: Any) -> None:
        if state["first"]:  # the first decode of a completion is its prompt, less the reused prefix
            stats["prompt_evaluated"] += len(tokens)
            state["first"] = False
        inner_eval(self, tokens)

    def create_probe(self: Any, *args: Any, **kwargs: Any) -> Any:
        state["first"] = True
        start = time.perf_counter()
        if not stats["first_call_at_s"]:
            stats["first_call_at_s"] = start - started
        result: Any = inner_create(self, *args, **kwargs)
        stats["model_s"] += time.perf_counter() - start
        usage = result.get("usage") or {}
        stats["completions"] += 1
        stats["prompt_sent"] += int(usage.get("prompt_tokens", 0))
        stats["generated"] += int(usage.get("completion_tokens", 0))
        return result

    llama_cpp.Llama.eval = eval_probe  # type: ignore[method-assign]
    llama_cpp.Llama.create_completion = create_probe  # type: ignore[method-assign]
    llama_cpp.Llama.__init__ = init_probe  # type: ignore[method-assign]

    def write() -> None:
        stats["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        Path(probe_out).write_text(json.dumps(stats), encoding="utf-8")

    atexit.register(write)
    from summarizer.cli import main

    sys.argv = ["summarizer", *argv]
    main()


def _checkout(rev: str, into: Path) -> tuple[Path, str]:
    """(root, label) of a revision: this tree for '.', else a detached worktree."""
    if rev == ".":
        return ROOT, "working tree"
    path = into / rev.replace("/", "_")
    subprocess.run(["git", "worktree", "add", "--detach", "--force", str(path), rev], cwd=ROOT, check=True,
                   capture_output=True)
    subject = subprocess.run(["git", "log", "-1", "--format=%h %s", rev], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return path, subject[:70]


def _run(root: Path, argv: list[str], tmp: Path) -> tuple[float, dict[str, Any], subprocess.CompletedProcess[str]]:
    probe = tmp / "probe.json"
    probe.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "_child", str(root), str(probe), *argv], cwd=root, env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"run failed in {root}: {' '.join(argv)}\n{proc.stderr[-2000:]}")
    return seconds, json.loads(probe.read_text(encoding="utf-8")), proc


def _seed_right(out: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from summarizer.eval.corpus import load_corpus
    from summarizer.eval.seed import score_seed
    from summarizer.schemas import ArticleSummary

    if not (SHARED / "seed").is_dir():
        return "gold not found"
    summary = ArticleSummary.model_validate_json(out.read_text(encoding="utf-8"))
    report = score_seed(summary, load_corpus(SHARED / "seed")[0])
    wrong = [item.line() for item in report.items if not item.found or not all(ok for _, ok in item.checks)]
    extra = ", ".join(f"{n} extra {kind}" for kind, n in sorted(report.extra.items()) if n)
    verdict = "all gold items right" if not wrong else "; ".join(wrong)
    return verdict + (f" ({extra})" if extra else "")


def _table(*columns: str) -> None:
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))


def _tokens(p: dict[str, Any]) -> str:
    """calls | prompt sent | prompt evaluated | generated"""
    return f"{p['completions']:.0f} | {p['prompt_sent']:.0f} | {p['prompt_evaluated']:.0f} | {p['generated']:.0f}"


def seed(revs: list[str], runs: int, threads: int | None) -> None:
    print(f"seed, local model, --cache-mode off, {runs} runs per revision; {os.cpu_count()} cores; "
          f"threads {threads or 'default'}")
    _table("revision", "wall s (median; runs)", "model calls s", "first call at s", "calls", "prompt sent",
           "prompt evaluated", "generated", "peak RSS GiB", "seed")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for rev in revs:
            root, label = _checkout(rev, tmp)
            walls, probes, verdict = [], [], ""
            for _ in range(runs):
                out = tmp / "seed.json"
                argv = ["summarize", SEED, "--model", "local", "--published", "2021-03-05", "--format", "json",
                        "--cache-mode", "off", "--output", str(out), *(["--threads", str(threads)] if threads else [])]
                seconds, probe, _ = _run(root, argv, tmp)
                walls.append(seconds)
                probes.append(probe)
                verdict = _seed_right(out)
            rss = max(q["peak_rss_kib"] for q in probes) / 1024 / 1024
            model_s = statistics.median(q["model_s"] for q in probes)
            first_at = statistics.median(q["first_call_at_s"] for q in probes)
            print(f"| {label} | {statistics.median(walls):.1f} ({', '.join(f'{w:.1f}' for w in walls)}) | "
                  f"{model_s:.1f} | {first_at:.1f} | {_tokens(probes[-1])} | {rss:.2f} | {verdict} |", flush=True)


def batch(revs: list[str], folder: Path, limit: int | None) -> None:
    inputs = sorted(folder.glob("*.txt"))[:limit]
    print(f"{len(inputs)} articles of {folder}: summarizer batch, local model, all kinds, --cache-mode off; "
          f"{os.cpu_count()} cores")
    _table("revision", "articles", "wall s", "articles/hour", "calls", "prompt sent", "prompt evaluated", "generated",
           "peak RSS GiB")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for rev in revs:
            root, label = _checkout(rev, tmp)
            db = tmp / f"{rev.replace('/', '_')}.sqlite"
            argv = ["batch", *map(str, inputs), "--db", str(db), "--model", "local", "--cache-mode", "off", "--quiet"]
            seconds, probe, _ = _run(root, argv, tmp)
            rss = probe["peak_rss_kib"] / 1024 / 1024
            print(f"| {label} | {len(inputs)} | {seconds:.0f} | {len(inputs) / seconds * 3600:.0f} | {_tokens(probe)} | "
                  f"{rss:.2f} |", flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child(sys.argv[2], sys.argv[3], sys.argv[4:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("seed")
    s.add_argument("--rev", action="append", default=None, help="git revision, or '.' (repeatable)")
    s.add_argument("--runs", type=int, default=3)
    s.add_argument("--threads", type=int, default=None)
    c = sub.add_parser("batch")
    c.add_argument("--rev", action="append", default=None)
    c.add_argument("--texts", type=Path, default=SHARED / "m2e2_voa" / "texts")
    c.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    revs = args.rev or ["."]
    try:
        if args.what == "seed":
            seed(revs, args.runs, args.threads)
        else:
            batch(revs, args.texts, args.limit)
    finally:
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=False, capture_output=True)


if __name__ == "__main__":
    main()
