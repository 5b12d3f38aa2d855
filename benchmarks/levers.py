"""llama-cpp-python levers, measured on the seed article's recorded requests; prints figures, asserts nothing.

Run from the repository root (about four minutes on two cores):

    python benchmarks/levers.py                      # draft N = 0 (none), 2 and 10
    python benchmarks/levers.py --draft 0 --model PATH
    python benchmarks/levers.py --draft 0 --flash-attn                  # flash attention
    python benchmarks/levers.py --draft 0 --threads 1 --threads-batch 2 # 1 thread to generate, 2 for prompts
    python benchmarks/levers.py --draft 0 --compact                     # JSON without optional spaces

The seed's model requests are replayed from ``fixtures/replies/*.json`` (article
``atf-blinken-austin-asia``, the naive "whole article" request left out) in the order they were
recorded, which is the pipeline's order, through one ``llama_cpp.Llama`` per configuration, made and
called as ``summarizer/llm/backends/llama.py`` makes and calls it.

1. Prefix reuse: ``Llama.generate`` keeps the KV cache of the previous call's tokens and evaluates
   only what follows the longest common token prefix with them. ``Llama.eval`` is wrapped to record
   each decode (tokens already in the cache, tokens decoded, seconds); the first decode of a call is
   its prompt. Per call (baseline): prompt tokens sent, reused, evaluated, the common prefix with the
   best earlier prompt (what a cache of several prompts could reuse), tokens generated, seconds.
2. Prompt-lookup speculative decoding: ``draft_model=LlamaPromptLookupDecoding(num_pred_tokens=N)``
   for each N of ``--draft`` (0 = none); total seconds, tokens, tokens/s, and whether the answers
   equal the no-draft run's and the recorded ones.
3. Settings of every configuration: ``--flash-attn``, ``--threads`` / ``--threads-batch``, and
   ``--compact``, the reply grammar with its optional spaces removed (``space ::= ""``), so that the
   model must write compact JSON; the answers show whether the model still answers the same.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.llm.backends.prefix_states import common_prefix

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "atf-blinken-austin-asia"
REPLIES = ROOT / "fixtures" / "replies"
DEFAULT_MODEL = ROOT / ".test-cache" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
KIND_ORDER = {"quote": 0, "sentence": 1}


@dataclass(frozen=True)
class Recorded:
    """One recorded model request of the seed and its recorded answer."""

    task: str
    recorded_at: str
    request: dict[str, Any]
    content: str
    prompt_tokens: int
    completion_tokens: int


@dataclass
class Decode:
    """One ``Llama.eval`` call: tokens already in the KV cache, tokens decoded, seconds."""

    n_past: int
    n_tokens: int
    seconds: float


@dataclass
class CallResult:
    """What one replayed request cost and answered."""

    task: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    content: str
    decodes: list[Decode]
    prompt_ids: list[int]
    best_prefix: int = 0

    @property
    def reused(self) -> int:
        return self.decodes[0].n_past if self.decodes else 0

    @property
    def evaluated(self) -> int:
        return self.decodes[0].n_tokens if self.decodes else 0

    @property
    def prompt_seconds(self) -> float:
        return self.decodes[0].seconds if self.decodes else 0.0

    @property
    def gen_decodes(self) -> int:
        return max(len(self.decodes) - 1, 0)

    @property
    def gen_evaluated(self) -> int:
        return sum(d.n_tokens for d in self.decodes[1:])


@dataclass
class RunResult:
    """One configuration over all requests."""

    draft: int
    load_seconds: float
    calls: list[CallResult] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return sum(c.seconds for c in self.calls)

    @property
    def generated(self) -> int:
        return sum(c.completion_tokens for c in self.calls)

    @property
    def prompt_seconds(self) -> float:
        return sum(c.prompt_seconds for c in self.calls)


class EvalProbe:
    """Stands in for ``llm.eval`` on the instance; records every decode, then runs the real one."""

    def __init__(self, llm: Any) -> None:
        self.llm = llm
        self.inner = llm.eval
        self.decodes: list[Decode] = []

    def __call__(self, tokens: Sequence[int]) -> None:
        n_past = int(self.llm.n_tokens)
        n_tokens = len(tokens)
        start = time.perf_counter()
        self.inner(tokens)
        self.decodes.append(Decode(n_past, n_tokens, time.perf_counter() - start))


def _task_key(task: str) -> tuple[int, int, str]:
    words = task.split()
    number = int(words[1]) if len(words) > 1 and words[1].isdigit() else 0
    return KIND_ORDER.get(words[0], 9), number, task


def load_requests(article: str = ARTICLE) -> list[Recorded]:
    """The article's recorded requests (naive one left out), in recorded order."""
    found: list[Recorded] = []
    for path in sorted(REPLIES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("article") != article or str(data.get("task", "")).startswith("whole article"):
            continue
        usage = data.get("usage") or data["response"].get("usage") or {}
        found.append(
            Recorded(
                task=data["task"],
                recorded_at=data["recorded_at"],
                request=data["request"],
                content=data["response"]["choices"][0]["message"]["content"],
                prompt_tokens=int(usage.get("prompt_tokens", 0)),
                completion_tokens=int(usage.get("completion_tokens", 0)),
            )
        )
    found.sort(key=lambda r: (r.recorded_at, _task_key(r.task)))
    return found


def _compact_grammar(schema: dict[str, Any]) -> Any:
    """The schema's llama.cpp grammar without optional whitespace."""
    from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

    rules = json_schema_to_gbnf(json.dumps(schema)).splitlines()
    rules = ['space ::= ""' if line.startswith("space ::=") else line for line in rules]
    return LlamaGrammar.from_string("\n".join(rules), verbose=False)


def _kwargs(request: dict[str, Any], compact: bool = False) -> dict[str, Any]:
    """The keyword arguments ``LlamaBackend.complete`` passes to ``create_chat_completion``."""
    kwargs: dict[str, Any] = {
        "messages": request["messages"],
        "max_tokens": request.get("max_tokens"),
        "temperature": request.get("temperature", 0.0),
        "seed": request.get("seed", 0),
    }
    fmt = request.get("response_format")
    if isinstance(fmt, dict):
        if fmt.get("type") == "json_schema" and compact:
            kwargs["grammar"] = _compact_grammar(fmt["json_schema"]["schema"])
        elif fmt.get("type") == "json_schema":
            kwargs["response_format"] = {"type": "json_object", "schema": fmt["json_schema"]["schema"]}
        else:
            kwargs["response_format"] = fmt
    for name in ("tools", "tool_choice", "top_p", "stop"):
        if request.get(name) is not None:
            kwargs[name] = request[name]
    return kwargs


def run_config(
    model: Path, draft: int, requests: list[Recorded], threads: int, settings: dict[str, Any] | None = None
) -> RunResult:
    """Replay every request through one fresh Llama; ``draft`` > 0 adds prompt-lookup decoding.

    ``settings``: ``compact`` (bool) for the compact grammar; anything else goes to ``Llama(...)``.
    """
    settings = dict(settings or {})
    compact = bool(settings.pop("compact", False))
    import llama_cpp
    from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

    extra: dict[str, Any] = dict(settings)
    if draft > 0:
        extra["draft_model"] = LlamaPromptLookupDecoding(num_pred_tokens=draft)
    start = time.perf_counter()
    llm: Any = llama_cpp.Llama(
        model_path=str(model), n_ctx=4096, n_threads=threads, n_threads_batch=threads, n_batch=512, seed=0,
        verbose=False, **extra
    )
    result = RunResult(draft=draft, load_seconds=time.perf_counter() - start)
    probe = EvalProbe(llm)
    llm.eval = probe  # generate() calls self.eval(...): the instance attribute shadows the method
    earlier: list[list[int]] = []
    try:
        for rec in requests:
            probe.decodes = []
            start = time.perf_counter()
            reply: dict[str, Any] = llm.create_chat_completion(**_kwargs(rec.request, compact))
            seconds = time.perf_counter() - start
            usage = reply.get("usage") or {}
            prompt_tokens = int(usage.get("prompt_tokens", 0))
            prompt_ids = [int(t) for t in llm.input_ids[:prompt_tokens]]
            call = CallResult(
                task=rec.task,
                prompt_tokens=prompt_tokens,
                completion_tokens=int(usage.get("completion_tokens", 0)),
                seconds=seconds,
                content=reply["choices"][0]["message"]["content"] or "",
                decodes=list(probe.decodes),
                prompt_ids=prompt_ids,
                best_prefix=max((common_prefix(p, prompt_ids) for p in earlier), default=0),
            )
            earlier.append(prompt_ids)
            result.calls.append(call)
    finally:
        llm.close()
        del llm
        gc.collect()
    return result


def print_table(run: RunResult, requests: list[Recorded]) -> None:
    head = (
        f"{'#':>2} {'task':<20} {'sent':>5} {'reused':>6} {'eval':>5} {'best':>5} "
        f"{'gen':>4} {'prompt s':>8} {'total s':>7} {'rec s':>6}  same as recorded"
    )
    print(head)
    print("-" * len(head))
    for i, (call, rec) in enumerate(zip(run.calls, requests, strict=True), 1):
        same = call.content == rec.content
        print(
            f"{i:>2} {call.task:<20} {call.prompt_tokens:>5} {call.reused:>6} {call.evaluated:>5} "
            f"{call.best_prefix:>5} {call.completion_tokens:>4} {call.prompt_seconds:>8.2f} "
            f"{call.seconds:>7.2f} {_recorded_seconds(rec):>6}  {'yes' if same else 'NO'}"
        )
    sent = sum(c.prompt_tokens for c in run.calls)
    reused = sum(c.reused for c in run.calls)
    evaluated = sum(c.evaluated for c in run.calls)
    best = sum(c.best_prefix for c in run.calls)
    same_n = sum(c.content == r.content for c, r in zip(run.calls, requests, strict=True))
    print("-" * len(head))
    print(
        f"{'':>2} {'total':<20} {sent:>5} {reused:>6} {evaluated:>5} {best:>5} {run.generated:>4} "
        f"{run.prompt_seconds:>8.2f} {run.seconds:>7.2f} {sum(_recorded_float(r) for r in requests):>6.1f}  "
        f"{same_n}/{len(requests)}"
    )
    print(
        "columns: sent = prompt tokens; reused = kept in the KV cache from the previous call; eval = "
        "prompt tokens decoded;\n  best = common prefix with the best earlier prompt (any call, not just "
        "the previous one);\n  gen = tokens generated; prompt s = seconds decoding the prompt; rec s = "
        "recorded seconds"
    )


_SECONDS: dict[str, float] = {}


def _recorded_float(rec: Recorded) -> float:
    return _SECONDS.get(rec.task, 0.0)


def _recorded_seconds(rec: Recorded) -> str:
    value = _SECONDS.get(rec.task)
    return "-" if value is None else f"{value:.2f}"


def _load_recorded_seconds(article: str) -> None:
    for path in REPLIES.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("article") == article and isinstance(data.get("seconds"), int | float):
            _SECONDS[data["task"]] = float(data["seconds"])


def _same(a: str, b: str) -> bool:
    """Two answers say the same: equal JSON values (spacing aside), else equal text."""
    try:
        return bool(json.loads(a) == json.loads(b))
    except ValueError:
        return a == b


def config_line(run: RunResult, base: RunResult | None, requests: list[Recorded]) -> str:
    label = "no draft" if run.draft == 0 else f"prompt lookup N={run.draft}"
    decode_seconds = run.seconds - run.prompt_seconds
    gen_decodes = sum(c.gen_decodes for c in run.calls)
    gen_evaluated = sum(c.gen_evaluated for c in run.calls)
    evaluated = sum(c.evaluated for c in run.calls)
    same_rec = sum(_same(c.content, r.content) for c, r in zip(run.calls, requests, strict=True))
    if base is None:
        same_base = "n/a"
    else:
        same_base = f"{sum(_same(c.content, b.content) for c, b in zip(run.calls, base.calls, strict=True))}/"
        same_base += str(len(run.calls))
    return (
        f"{label:<20} total {run.seconds:6.2f} s (prompt {run.prompt_seconds:5.2f} s, rest {decode_seconds:6.2f} s)"
        f" | prompt tokens evaluated {evaluated} | generated {run.generated} tok, "
        f"{run.generated / run.seconds:5.2f} tok/s overall, {run.generated / decode_seconds:5.2f} tok/s after "
        f"the prompt | generation decodes {gen_decodes} ({gen_evaluated} tokens decoded) | same as no draft "
        f"{same_base}, same as recorded (in meaning) {same_rec}/{len(requests)} | load {run.load_seconds:.2f} s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="GGUF model file")
    parser.add_argument(
        "--draft", default="0,2,10", help="prompt-lookup N values, comma-separated (0 = none)"
    )
    parser.add_argument("--threads", type=int, default=2, help="n_threads (default 2)")
    parser.add_argument("--threads-batch", type=int, default=None, help="n_threads_batch (default: --threads)")
    parser.add_argument("--flash-attn", action="store_true", help="flash attention on")
    parser.add_argument("--compact", action="store_true", help="reply grammar without optional spaces")
    args = parser.parse_args(argv)
    settings: dict[str, Any] = {"compact": args.compact}
    if args.flash_attn:
        settings["flash_attn"] = True
    if args.threads_batch is not None:
        settings["n_threads_batch"] = args.threads_batch
    drafts = [int(x) for x in str(args.draft).split(",") if x.strip()]
    model: Path = args.model
    if not model.is_file():
        print(f"model file not found: {model}", file=sys.stderr)
        return 2
    requests = load_requests()
    _load_recorded_seconds(ARTICLE)
    print(
        f"{ARTICLE}: {len(requests)} recorded requests, {sum(r.prompt_tokens for r in requests)} prompt tokens, "
        f"{sum(r.completion_tokens for r in requests)} completion tokens recorded; model {model.name}; "
        f"n_threads={args.threads}, {os.cpu_count()} CPUs; settings {settings}"
    )
    import llama_cpp

    print(f"llama-cpp-python {llama_cpp.__version__}")
    runs: list[RunResult] = []
    for draft in drafts:
        runs.append(run_config(model, draft, requests, args.threads, settings))
        sys.stdout.flush()
    base = next((r for r in runs if r.draft == 0), None)
    if base is not None:
        print("\nbaseline (no draft), per call, in the pipeline's order:")
        print_table(base, requests)
    print("\nconfigurations:")
    for run in runs:
        print(config_line(run, base, requests))
    if base is not None:
        for run in runs:
            if run is base:
                continue
            for call, ref in zip(run.calls, base.calls, strict=True):
                if call.content != ref.content:
                    print(
                        f"  N={run.draft} {call.task}: {call.content!r}\n  {'no draft':>{len(str(run.draft)) + 2}}"
                        f" {ref.task}: {ref.content!r}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
