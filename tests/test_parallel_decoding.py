"""The scheduler that decodes several completions together, against a model written in Python.

The model here keeps KV cells as llama.cpp's unified cache does (a cell holds one token at one
position and belongs to a set of sequences; ``seq_cp`` adds a sequence to cells, ``seq_rm`` takes
it away, a cell with no sequence is free) and refuses a token whose sequence does not hold every
position before it, so a scheduler that loses or mixes up a sequence's cells fails loudly. Its
next token depends on the whole sequence, so a wrong prefix gives a different answer.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from summarizer.config import resolve_settings
from summarizer.errors import ConfigError
from summarizer.llm.backends.batched import Job, Scheduler, common_prefix
from summarizer.llm.backends.llama import SEQUENCE_BUDGET, context_size

VOCAB = 50
EOG = 0


def _next(tokens: list[int]) -> int:
    """The fake model's greedy choice after ``tokens``: a hash of them; EOG once a sequence reaches 12 generated."""
    digest = hashlib.sha256(bytes(t % 256 for t in tokens)).digest()
    return 1 + digest[0] % (VOCAB - 1)


class Cell:
    def __init__(self, pos: int, token: int, seq: int) -> None:
        self.pos, self.token, self.seqs = pos, token, {seq}


class FakeModel:
    """A unified KV cache of ``n_ctx`` cells and a next-token function of the whole sequence."""

    def __init__(self, *, n_ctx: int = 4096, n_batch: int = 64, eog_after: int | None = None) -> None:
        self.n_ctx, self.n_batch, self.eog_after = n_ctx, n_batch, eog_after
        self.cells: list[Cell] = []
        self.decodes: list[int] = []  # tokens per decode call
        self._logits: list[np.ndarray[Any, Any]] = []

    def _seq_tokens(self, seq: int) -> list[int]:
        mine = sorted((c for c in self.cells if seq in c.seqs), key=lambda c: c.pos)
        assert [c.pos for c in mine] == list(range(len(mine))), f"sequence {seq} has holes: {[c.pos for c in mine]}"
        return [c.token for c in mine]

    def decode(self, tokens: list[int], positions: list[int], seqs: list[int], logits: list[bool]) -> int:
        if len(self.cells) + len(tokens) > self.n_ctx:
            return 1
        self.decodes.append(len(tokens))
        self._logits = []
        for tok, pos, seq, want in zip(tokens, positions, seqs, logits, strict=True):
            held = self._seq_tokens(seq)
            assert len(held) == pos, f"sequence {seq}: token at position {pos} after {len(held)} cells"
            self.cells.append(Cell(pos, tok, seq))
            row = np.zeros(VOCAB, dtype=np.float32)
            row[_next(held + [tok])] = 1.0
            if self.eog_after is not None and len(held) + 1 >= self.eog_after:
                row[EOG] = 2.0
            if want:
                self._logits.append(row)
            else:
                self._logits.append(np.full(VOCAB, np.nan, dtype=np.float32))  # never read
        return 0

    def logits(self, i: int) -> Any:
        row = self._logits[i]
        assert not np.isnan(row).any(), "logits read for a token decoded without them"
        return row

    def seq_rm(self, seq: int, p0: int, p1: int) -> None:
        for c in self.cells:
            if seq in c.seqs and c.pos >= p0 and (p1 < 0 or c.pos < p1):
                c.seqs.discard(seq)
        self.cells = [c for c in self.cells if c.seqs]

    def seq_cp(self, src: int, dst: int, p0: int, p1: int) -> None:
        for c in self.cells:
            if src in c.seqs and c.pos >= p0 and (p1 < 0 or c.pos < p1):
                c.seqs.add(dst)

    def is_eog(self, token: int) -> bool:
        return token == EOG

    def seq_state(self, seq: int) -> bytes:
        return json.dumps({"fake-model": self._seq_tokens(seq)}).encode("utf-8")

    def seq_load(self, seq: int, state: bytes, n: int) -> bool:
        try:
            tokens = json.loads(state)["fake-model"]
        except (ValueError, KeyError, TypeError):
            return False  # llama.cpp reads nothing from bytes it did not write
        if len(tokens) != n or len(self.cells) + n > self.n_ctx:
            return False
        self.cells.extend(Cell(pos, tok, seq) for pos, tok in enumerate(tokens))
        return True

    def detokenize(self, tokens: list[int], prev: list[int]) -> bytes:
        return bytes(97 + t % 26 for t in tokens)


def greedy(tokens: list[int], logits: Any) -> int:
    return int(np.argmax(logits))


def alone(prompt: list[int], max_tokens: int, stop: list[bytes] | None = None, eog_after: int | None = None) -> Job:
    """The job decoded by itself, one sequence, on a fresh model."""
    job = Job(prompt=list(prompt), max_tokens=max_tokens, choose=greedy, stop=stop or [])
    sched = Scheduler(FakeModel(eog_after=eog_after), slots=1)
    sched.submit(job)
    while sched.step():
        pass
    assert job.done.is_set()
    return job


def drain(sched: Scheduler) -> int:
    steps = 0
    while sched.step():
        steps += 1
        assert steps < 10_000
    return steps


PREFIX = list(range(1, 41))  # the system prompt and a kind's instructions: 40 tokens


def prompts(n: int, prefix: list[int] = PREFIX) -> list[list[int]]:
    return [prefix + [40 + k, 7, 8 + k % 3] for k in range(n)]


def test_common_prefix() -> None:
    assert common_prefix([1, 2, 3], [1, 2, 4]) == 2
    assert common_prefix([], [1]) == 0
    assert common_prefix([5, 6], [5, 6, 7]) == 2


def test_jobs_decoded_together_give_what_each_gives_alone() -> None:
    model = FakeModel()
    sched = Scheduler(model, slots=4)
    jobs = [Job(prompt=p, max_tokens=6 + k, choose=greedy) for k, p in enumerate(prompts(7))]
    for job in jobs:
        sched.submit(job)
    drain(sched)
    for job in jobs:
        ref = alone(job.prompt, job.max_tokens)
        assert job.error is None
        assert (job.tokens, job.text, job.finish_reason) == (ref.tokens, ref.text, ref.finish_reason)
        assert job.finish_reason == "length" and len(job.tokens) == job.max_tokens
    assert sched.stats["max_in_flight"] == 4
    assert max(model.decodes) > 1  # several sequences in one batch


def test_the_shared_prefix_is_evaluated_once_and_copied() -> None:
    model = FakeModel()
    sched = Scheduler(model, slots=4)
    jobs = [Job(prompt=p, max_tokens=3, choose=greedy) for p in prompts(4)]
    for job in jobs:
        sched.submit(job)
    drain(sched)
    # The first job reads the 40-token prefix; the other three wait a step for it, then copy its cells.
    assert sched.stats["prompt_evaluated"] == 40 + 3 + 3 * 3
    assert sched.stats["prompt_reused"] == 3 * 40
    assert [job.reused for job in jobs] == [0, 40, 40, 40]
    assert all(job.tokens == alone(job.prompt, 3).tokens for job in jobs)


def test_a_finished_sequence_keeps_its_prefix_for_the_next_question_of_its_kind() -> None:
    model = FakeModel()
    sched = Scheduler(model, slots=2)
    first, other_kind, again = prompts(1)[0], prompts(1, list(range(100, 140)))[0], prompts(2)[1]
    for prompt in (first, other_kind):
        job = Job(prompt=prompt, max_tokens=2, choose=greedy)
        sched.submit(job)
        drain(sched)
    job = Job(prompt=again, max_tokens=2, choose=greedy)
    sched.submit(job)
    drain(sched)
    assert job.reused == 40  # the trips instructions, still held by the idle sequence that read them
    assert job.tokens == alone(again, 2).tokens


def test_a_whole_prompt_already_held_still_decodes_its_last_token() -> None:
    sched = Scheduler(FakeModel(), slots=2)
    prompt = prompts(1)[0]
    jobs = [Job(prompt=prompt, max_tokens=4, choose=greedy) for _ in range(2)]
    for job in jobs:
        sched.submit(job)
        drain(sched)
    assert jobs[1].reused == len(prompt) - 1
    assert jobs[0].tokens == jobs[1].tokens == alone(prompt, 4).tokens


def test_end_of_generation_and_stop_strings_end_a_sequence_as_llama_cpp_python_does() -> None:
    sched = Scheduler(FakeModel(eog_after=len(PREFIX) + 8), slots=3)
    ref = alone(prompts(1)[0], 50)
    cut = ref.text[3:5]  # a stop string taken from what the model writes
    ended = Job(prompt=prompts(1)[0], max_tokens=50, choose=greedy)
    stopped = Job(prompt=prompts(1)[0], max_tokens=50, choose=greedy, stop=[cut])
    for job in (ended, stopped):
        sched.submit(job)
    drain(sched)
    eog = alone(prompts(1)[0], 50, eog_after=len(PREFIX) + 8)
    assert ended.finish_reason == "stop" and ended.tokens == eog.tokens and len(ended.tokens) < 50
    assert stopped.finish_reason == "stop"
    assert stopped.text == ref.text[: ref.text.index(cut)]


def test_a_job_not_started_by_its_deadline_fails_with_the_timeout_error() -> None:
    now = [100.0]
    sched = Scheduler(FakeModel(), slots=1, clock=lambda: now[0], on_timeout=lambda job: TimeoutError("late"))
    busy = Job(prompt=prompts(1)[0], max_tokens=5, choose=greedy)
    late = Job(prompt=prompts(2)[1], max_tokens=5, choose=greedy, deadline=101.0)
    sched.submit(busy)
    sched.submit(late)
    sched.step()  # the one sequence is taken
    now[0] = 102.0  # the deadline passes while the other waits for it
    drain(sched)
    assert busy.error is None and busy.finish_reason == "length"
    assert isinstance(late.error, TimeoutError) and late.done.is_set() and late.tokens == []


def test_a_request_larger_than_the_context_is_refused_alone() -> None:
    sched = Scheduler(FakeModel(n_ctx=60), slots=2)
    big = Job(prompt=prompts(1)[0], max_tokens=100, choose=greedy)
    fits = Job(prompt=prompts(2)[1], max_tokens=5, choose=greedy)
    sched.submit(big)
    sched.submit(fits)
    drain(sched)
    assert isinstance(big.error, ValueError) and "exceed context window" in str(big.error)
    assert fits.error is None and fits.tokens == alone(fits.prompt, 5).tokens


def test_jobs_wait_for_room_and_idle_cells_are_given_back() -> None:
    # Room for one 43-token prompt and its answer at a time: the others wait; cells an idle
    # sequence still holds are freed when a batch does not fit.
    model = FakeModel(n_ctx=60, n_batch=16)
    sched = Scheduler(model, slots=3)
    jobs = [Job(prompt=[200 + k] + p[1:], max_tokens=8, choose=greedy) for k, p in enumerate(prompts(3))]
    for job in jobs:
        sched.submit(job)
    drain(sched)
    for job in jobs:
        assert job.error is None
        assert job.tokens == alone(job.prompt, 8).tokens
    assert sched.stats["max_in_flight"] == 1
    assert sched.stats["evictions"] >= 1
    assert max(model.decodes) <= 16  # n_batch bounds every batch


def test_a_failing_choice_fails_only_its_own_job() -> None:
    def broken(tokens: list[int], logits: Any) -> int:
        raise RuntimeError("grammar broke")

    sched = Scheduler(FakeModel(), slots=2)
    bad = Job(prompt=prompts(1)[0], max_tokens=5, choose=broken)
    good = Job(prompt=prompts(2)[1], max_tokens=5, choose=greedy)
    for job in (bad, good):
        sched.submit(job)
    drain(sched)
    assert isinstance(bad.error, RuntimeError)
    assert good.error is None and good.tokens == alone(good.prompt, 5).tokens


def test_callers_in_threads_get_their_own_answers_and_exclusive_work_runs_alone() -> None:
    model = FakeModel()
    sched = Scheduler(model, slots=3)
    jobs = [Job(prompt=p, max_tokens=5, choose=greedy) for p in prompts(6)]
    seen: list[int] = []

    def exclusive() -> str:
        seen.append(len(sched.active))
        seen.append(len(model.cells))
        return "alone"

    results: list[Any] = []
    threads = [threading.Thread(target=sched.run, args=(job,)) for job in jobs]
    threads.append(threading.Thread(target=lambda: results.append(sched.exclusive(exclusive))))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    sched.close()
    assert results == ["alone"]
    assert seen == [0, 0]  # no sequence in flight, the cache empty
    for job in jobs:
        assert job.error is None and job.tokens == alone(job.prompt, 5).tokens


def test_an_exception_in_exclusive_work_reaches_its_caller() -> None:
    sched = Scheduler(FakeModel(), slots=2)

    def fail() -> None:
        raise ValueError("bad request")

    with pytest.raises(ValueError, match="bad request"):
        sched.exclusive(fail)
    sched.close()


def test_parallel_setting_and_context_size() -> None:
    assert resolve_settings(model="local", env={}).parallel == 4
    assert resolve_settings(model="local", env={"SUMMARIZER_PARALLEL": "2"}).parallel == 2
    assert resolve_settings(model="local", parallel=1, env={"SUMMARIZER_PARALLEL": "8"}).parallel == 1
    for bad in ({"parallel": 0}, {"parallel": 33}, {"env": {"SUMMARIZER_PARALLEL": "many"}}):
        with pytest.raises(ConfigError, match="(?i)parallel"):
            resolve_settings(model="local", **{"env": {}, **bad})  # type: ignore[arg-type]
    assert context_size(4096, 1) == 4096
    assert context_size(4096, 4) == 4096  # four sequences of SEQUENCE_BUDGET fit the usual context
    assert context_size(4096, 8) == 8 * SEQUENCE_BUDGET


class RecordedBackend:
    """Answers from the fixture replies, several at once and in a shuffled order (``parallel`` = 4)."""

    endpoint = "llama-cpp"
    default_mode = "json_schema"
    parallel = 4

    def __init__(self, model_id: str) -> None:
        from summarizer.llm.cache import ReplyCache

        self.model_id = model_id
        self.cache = ReplyCache(FIXTURE_REPLIES)
        self.lock = threading.Lock()
        self.in_flight = self.most_in_flight = self.calls = 0

    def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        import random
        import time

        from summarizer.llm.cache import cache_key

        with self.lock:
            self.in_flight += 1
            self.calls += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        time.sleep(random.uniform(0.0, 0.02))  # answers come back in another order than asked
        entry = self.cache.get(cache_key(self.endpoint, request))
        with self.lock:
            self.in_flight -= 1
        assert entry is not None, "a request with no fixture reply"
        return dict(entry.response)


FIXTURE_REPLIES = Path(__file__).resolve().parent.parent / "fixtures" / "replies"


@pytest.mark.parametrize("strategy", ["focused", "naive"])
def test_questions_asked_together_give_the_summary_of_questions_asked_one_by_one(strategy: str) -> None:
    from datetime import date

    from summarizer.extract.pipeline import summarize_document
    from summarizer.llm.client import ModelClient
    from summarizer.read.document import read_document

    doc = read_document(str(FIXTURE_REPLIES.parent / "articles" / "atf-blinken-austin-asia.txt"), published=date(2021, 3, 5))
    replayed = ModelClient(resolve_settings(model="local", cache_mode="replay", cache_dir=FIXTURE_REPLIES,
                                            strategy=strategy, env={}))
    one_by_one = summarize_document(doc, replayed)
    settings = resolve_settings(model="local", cache_mode="off", strategy=strategy, env={})
    backend = RecordedBackend(replayed.model_id)
    together = summarize_document(doc, ModelClient(settings, backend=backend))
    assert backend.calls == one_by_one.usage.cached_calls > 0
    if strategy == "focused":
        assert backend.most_in_flight > 1  # the article's questions were out together
    a, b = one_by_one.model_dump(), together.model_dump()
    for d in (a, b):
        d.pop("seconds")
    b["usage"]["cached_calls"] = a["usage"]["cached_calls"]  # replayed vs asked: the only difference
    assert a == b
