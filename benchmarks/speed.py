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
tokens generated; and its own peak resident memory. When the revision decodes questions together
(``summarizer.llm.backends.batched``), the scheduler's own counts are used. ``--parallel N`` sets
``SUMMARIZER_PARALLEL`` for every revision (those without the setting ignore it).

Both subcommands first measure the machine: a fixed raw llama.cpp workload on the same model (a
~700-token prompt evaluated in batches, then 64 tokens generated one at a time, and 64 steps of
2, 4 and 8 sequences generated together), in a child process. From its rates and a run's token counts they
print the *physical limit*: the seconds llama.cpp alone needs for that run's evaluated prompt tokens
and generated tokens (one at a time, and 4 sequences at a time), beside the measured wall time; and
the ratio of each wall time to the raw workload's, to compare machines.

``seed``: ``summarizer summarize`` on the seed article, ``--cache-mode off``; the median wall time
of ``--runs`` runs (the process, model load included), and whether the summary still has every
gold item of ``../shared/corpus/seed`` (scored by this tree's scorer). Each revision gets an empty
prefix folder (``SUMMARIZER_PREFIX_DIR``): its first run is *cold* (no saved prompt prefix), the
later ones start from what the first saved (*warm*, as every run after a user's first); both are
printed, and each revision's times as a ratio of the first revision's median.
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

    schedulers: list[Any] = []
    try:
        from summarizer.llm.backends import batched
    except ImportError:  # a revision that decodes one question at a time
        batched = None  # type: ignore[assignment]
    if batched is not None:
        inner_sched_init, inner_step = batched.Scheduler.__init__, batched.Scheduler.step

        def sched_init(self: Any, *args: Any, **kwargs: Any) -> None:
            inner_sched_init(self, *args, **kwargs)
            schedulers.append(self)

        def step_probe(self: Any) -> bool:
            start = time.perf_counter()
            if not stats["first_call_at_s"]:
                stats["first_call_at_s"] = start - started
            busy: bool = inner_step(self)
            stats["model_s"] += time.perf_counter() - start
            return busy

        batched.Scheduler.__init__ = sched_init  # type: ignore[method-assign]
        batched.Scheduler.step = step_probe  # type: ignore[method-assign]

    llama_cpp.Llama.eval = eval_probe  # type: ignore[method-assign]
    llama_cpp.Llama.create_completion = create_probe  # type: ignore[method-assign]
    llama_cpp.Llama.__init__ = init_probe  # type: ignore[method-assign]

    def write() -> None:
        for sched in schedulers:  # completions decoded by the scheduler, not by Llama.create_completion
            st = sched.stats
            stats["completions"] += st["completions"]
            stats["prompt_sent"] += st["prompt_evaluated"] + st["prompt_reused"]
            stats["prompt_evaluated"] += st["prompt_evaluated"]
            stats["generated"] += st["completion_tokens"]
            stats["parallel"] = sched.slots
        stats["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        Path(probe_out).write_text(json.dumps(stats), encoding="utf-8")

    atexit.register(write)
    from summarizer.cli import main

    sys.argv = ["summarizer", *argv]
    main()


RAW_PROMPT = 700
RAW_GENERATED = 64
RAW_SEQUENCES = 4  # the default --parallel: the physical limit's "together" rate
RAW_WIDTHS = (2, 4, 8)  # sequences generated together in the raw workload


def raw_child(out: str, threads: int | None) -> None:
    """In a child: the fixed raw llama.cpp workload on the default model; its rates into ``out``."""
    import ctypes

    import llama_cpp
    import numpy as np

    sys.path.insert(0, str(ROOT))
    from summarizer.config import resolve_settings
    from summarizer.llm.local_model import ensure_default_model
    from summarizer.llm.threads import choose_threads

    settings = resolve_settings(model="local", env={})
    n = choose_threads(threads)
    llm: Any = llama_cpp.Llama(model_path=str(ensure_default_model(settings.model_dir)), n_ctx=4096, n_batch=512,
                          n_threads=n, n_threads_batch=n, seed=0, verbose=False)
    params = llama_cpp.llama_context_params.from_buffer_copy(llm.context_params)
    params.n_seq_max, params.kv_unified = max(RAW_WIDTHS), True
    llm._ctx.close()
    from llama_cpp._internals import LlamaContext

    llm._ctx = LlamaContext(model=llm._model, params=params, verbose=False)
    ctx = llm._ctx.ctx
    mem = llama_cpp.llama_get_memory(ctx)
    n_vocab = llama_cpp.llama_vocab_n_tokens(llm._model.vocab)
    batch = llama_cpp.llama_batch_init(512, 0, max(RAW_WIDTHS))
    words = ("The delegation travelled to the capital for talks with the minister on trade and security. " * 60)
    prompt = llm.tokenize(words.encode())[:RAW_PROMPT]

    def decode(entries: list[tuple[int, int, list[int], bool]]) -> None:
        for i, (tok, pos, seqs, want) in enumerate(entries):
            batch.token[i], batch.pos[i], batch.n_seq_id[i], batch.logits[i] = tok, pos, len(seqs), want
            for k, seq in enumerate(seqs):
                batch.seq_id[i][k] = seq
        batch.n_tokens = len(entries)
        if llama_cpp.llama_decode(ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")

    def best(i: int) -> int:
        ptr = llama_cpp.llama_get_logits_ith(ctx, i)
        return int(np.argmax(np.ctypeslib.as_array(ctypes.cast(ptr, ctypes.POINTER(ctypes.c_float)), shape=(n_vocab,))))

    everyone = list(range(max(RAW_WIDTHS)))
    start = time.perf_counter()
    for at in range(0, len(prompt), 512):  # in batches of n_batch, as llama-cpp-python evaluates a prompt
        decode([(t, p, everyone, p == len(prompt) - 1) for p, t in enumerate(prompt) if at <= p < at + 512])
    prompt_s = time.perf_counter() - start
    tok, pos = best(-1), len(prompt)  # the last output of the last batch
    start = time.perf_counter()
    for _ in range(RAW_GENERATED):  # one sequence, one token at a time
        decode([(tok, pos, [0], True)])
        tok, pos = best(0), pos + 1
    one_s = time.perf_counter() - start
    rates = {}
    for width in RAW_WIDTHS:  # sequences after the shared prompt, one token each per step
        for seq in everyone:
            llama_cpp.llama_memory_seq_rm(mem, seq, len(prompt), -1)
        first = best(0)
        toks, pos = [first] * width, len(prompt)
        start = time.perf_counter()
        for _ in range(RAW_GENERATED):
            decode([(toks[s], pos, [s], True) for s in range(width)])
            toks, pos = [best(s) for s in range(width)], pos + 1
        rates[str(width)] = width * RAW_GENERATED / (time.perf_counter() - start)
    llama_cpp.llama_batch_free(batch)
    Path(out).write_text(json.dumps({
        "prompt_tps": len(prompt) / prompt_s, "generate_tps": RAW_GENERATED / one_s,
        "generate_together_tps": rates[str(RAW_SEQUENCES)], "together_tps": rates,
        "workload_s": prompt_s + one_s, "threads": choose_threads(threads)}), encoding="utf-8")


def _raw(tmp: Path, threads: int | None) -> dict[str, Any]:
    """The raw workload's rates, measured in a child process of this tree."""
    out = tmp / "raw.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    proc = subprocess.run([sys.executable, __file__, "_raw", str(out), str(threads or 0)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"raw llama.cpp workload failed:\n{proc.stderr[-2000:]}")
    raw: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    together = ", ".join(f"{rate:.1f} with {n} sequences" for n, rate in raw["together_tps"].items())
    print(f"raw llama.cpp, {raw['threads']:.0f} threads: prompt {raw['prompt_tps']:.1f} tokens/s; generation "
          f"{raw['generate_tps']:.1f} tokens/s one sequence, {together}; workload ({RAW_PROMPT} prompt + "
          f"{RAW_GENERATED} generated) {raw['workload_s']:.1f} s", flush=True)
    return raw


def _limit(p: dict[str, Any], raw: dict[str, Any]) -> str:
    """The physical limit of a run's tokens: one at a time | generated 4 sequences together."""
    prompt_s = p["prompt_evaluated"] / raw["prompt_tps"]
    return (f"{prompt_s + p['generated'] / raw['generate_tps']:.1f} | "
            f"{prompt_s + p['generated'] / raw['generate_together_tps']:.1f}")


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


def _run(root: Path, argv: list[str], tmp: Path, parallel: int | None = None,
         prefixes: Path | None = None) -> tuple[float, dict[str, Any], subprocess.CompletedProcess[str]]:
    probe = tmp / "probe.json"
    probe.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_PREFIX_DIR"] = str(prefixes or tmp / "no-prefixes-kept")  # never the user's saved prefixes
    if parallel is not None:
        env["SUMMARIZER_PARALLEL"] = str(parallel)
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


def seed(revs: list[str], runs: int, threads: int | None, parallel: int | None) -> None:
    print(f"seed, local model, --cache-mode off, {runs} runs per revision; {os.cpu_count()} cores; "
          f"threads {threads or 'default'}; parallel {parallel or 'default'}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        raw = _raw(tmp, threads)
        _table("revision", "wall s (median; runs)", "/ raw workload", "cold s", "warm s", "model calls s",
               "first call at s", "calls", "prompt sent", "prompt evaluated", "generated", "limit s one at a time",
               "limit s 4 together", "peak RSS GiB", "seed")
        medians: dict[str, tuple[float, float, float]] = {}
        for n, rev in enumerate(revs):
            root, label = _checkout(rev, tmp)
            walls, probes, verdict = [], [], ""
            prefixes = tmp / f"prefixes-{n}"  # empty for the first run: cold; the later ones start from its prefixes
            for _ in range(runs):
                out = tmp / "seed.json"
                argv = ["summarize", SEED, "--model", "local", "--published", "2021-03-05", "--format", "json",
                        "--cache-mode", "off", "--output", str(out), *(["--threads", str(threads)] if threads else [])]
                seconds, probe, _ = _run(root, argv, tmp, parallel, prefixes)
                walls.append(seconds)
                probes.append(probe)
                verdict = _seed_right(out)
            rss = max(q["peak_rss_kib"] for q in probes) / 1024 / 1024
            model_s = statistics.median(q["model_s"] for q in probes)
            first_at = statistics.median(q["first_call_at_s"] for q in probes)
            wall = statistics.median(walls)
            warm = statistics.median(walls[1:]) if len(walls) > 1 else float("nan")
            medians[label.split()[0]] = (wall, walls[0], warm)
            print(f"| {label} | {wall:.1f} ({', '.join(f'{w:.1f}' for w in walls)}) | {wall / raw['workload_s']:.2f} | "
                  f"{walls[0]:.1f} | {warm:.1f} | {model_s:.1f} | {first_at:.1f} | {_tokens(probes[-1])} | "
                  f"{_limit(probes[-1], raw)} | {rss:.2f} | {verdict} |", flush=True)
        first = next(iter(medians))
        for label, (wall, cold, warm) in list(medians.items())[1:]:
            base = medians[first][0]
            print(f"{label} / {first} (its median): median {wall / base:.2f}, first run (no saved prefix) "
                  f"{cold / base:.2f}, later runs {warm / base:.2f}")


def batch(revs: list[str], folder: Path, limit: int | None, parallel: int | None) -> None:
    inputs = sorted(folder.glob("*.txt"))[:limit]
    if not inputs:
        sys.exit(f"no .txt articles in {folder}")
    print(f"{len(inputs)} articles of {folder}: summarizer batch, local model, all kinds, --cache-mode off; "
          f"{os.cpu_count()} cores; parallel {parallel or 'default'}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        raw = _raw(tmp, None)
        _table("revision", "articles", "wall s", "articles/hour", "calls", "prompt sent", "prompt evaluated",
               "generated", "limit s one at a time", "limit s 4 together", "peak RSS GiB")
        for rev in revs:
            root, label = _checkout(rev, tmp)
            db = tmp / f"{rev.replace('/', '_')}.sqlite"
            argv = ["batch", *map(str, inputs), "--db", str(db), "--model", "local", "--cache-mode", "off", "--quiet"]
            seconds, probe, _ = _run(root, argv, tmp, parallel)
            rss = probe["peak_rss_kib"] / 1024 / 1024
            print(f"| {label} | {len(inputs)} | {seconds:.0f} | {len(inputs) / seconds * 3600:.0f} | {_tokens(probe)} | "
                  f"{_limit(probe, raw)} | {rss:.2f} |", flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child(sys.argv[2], sys.argv[3], sys.argv[4:])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_raw":
        raw_child(sys.argv[2], int(sys.argv[3]) or None)
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("seed")
    s.add_argument("--rev", action="append", default=None, help="git revision, or '.' (repeatable)")
    s.add_argument("--runs", type=int, default=3)
    s.add_argument("--threads", type=int, default=None)
    s.add_argument("--parallel", type=int, default=None, help="SUMMARIZER_PARALLEL for every revision")
    c = sub.add_parser("batch")
    c.add_argument("--parallel", type=int, default=None, help="SUMMARIZER_PARALLEL for every revision")
    c.add_argument("--rev", action="append", default=None)
    c.add_argument("--texts", type=Path, default=SHARED / "m2e2_voa" / "texts")
    c.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    revs = args.rev or ["."]
    try:
        if args.what == "seed":
            seed(revs, args.runs, args.threads, args.parallel)
        else:
            batch(revs, args.texts, args.limit, args.parallel)
    finally:
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, check=False, capture_output=True)


if __name__ == "__main__":
    main()
