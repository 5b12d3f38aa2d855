"""Several completions decoded together in one llama.cpp context: one sequence per question.

On a CPU a generated token costs about as much as three or four prompt tokens, because each one
is a pass over the whole model for a single row of activations. Decoding the tokens of several
sequences in one ``llama_decode`` call reads the weights once for all of them, so N questions
generate in little more than the time of one. :class:`Scheduler` keeps up to ``slots`` sequences
in flight in one context (its KV cache shared between them, ``kv_unified``):

- a completion (a :class:`Job`: prompt tokens, ``max_tokens``, stop strings and a ``choose``
  function, e.g. the greedy grammar check) is admitted to a free sequence id as soon as one is
  free and the context has room for its prompt and its ``max_tokens``;
- the prompt prefix it shares with what another sequence already holds (the system prompt and a
  kind's instructions) is not evaluated again: its KV cells are copied from that sequence
  (``llama_memory_seq_cp``, which in a unified cache only tags the same cells with another id).
  A question whose prefix is still being evaluated for another waits a step for it; a finished
  sequence keeps its cells until its id is needed again, so the next question of its kind can
  start from them, as :mod:`prefix_states` did for one sequence; and a prefix two questions shared
  is kept in a sequence of its own, and saved for the next process (:mod:`parking`);
- each step decodes, in one batch, the last chosen token of every generating sequence and the
  next slice of prompt tokens of the others (at most ``n_batch`` tokens), then chooses one token
  for each sequence that had its logits computed, and ends a sequence at an end-of-generation
  token, a stop string or ``max_tokens``, exactly as llama-cpp-python's ``create_completion``.

Each sequence gets its own positions from 0, so its tokens and their logits are those of the same
prompt decoded alone, up to the order of floating-point sums (see ``docs/performance.md``).

The scheduler's logic talks to the model through :class:`SeqModel` only, so it is tested with a
model written in Python; :class:`~summarizer.llm.backends.llama_seq.LlamaSeqModel` is the llama.cpp one.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from summarizer.llm.backends.parking import Parking
from summarizer.llm.backends.prefix_files import PrefixFiles
from summarizer.llm.backends.prefix_states import common_prefix

__all__ = ["Job", "Scheduler", "SeqModel", "common_prefix"]


class SeqModel(Protocol):
    """What the scheduler needs of a model: batched decoding over sequence ids, and its KV cells."""

    n_batch: int  # the most tokens one decode call takes
    n_ctx: int  # KV cells in the context, shared by every sequence

    def decode(self, tokens: list[int], positions: list[int], seqs: list[int], logits: list[bool]) -> int:
        """Decode one batch; 0 when done, 1 when the KV cache has no room for it, else an error code."""

    def logits(self, i: int) -> Any:
        """The logits (a float array over the vocabulary) of the ``i``-th token of the last batch."""

    def seq_rm(self, seq: int, p0: int, p1: int) -> None:
        """Forget sequence ``seq``'s cells at positions [p0, p1) (p1 < 0: to the end)."""

    def seq_cp(self, src: int, dst: int, p0: int, p1: int) -> None:
        """Give sequence ``dst`` the cells of ``src`` at positions [p0, p1)."""

    def is_eog(self, token: int) -> bool:
        """Whether ``token`` ends generation."""

    def seq_state(self, seq: int) -> bytes:
        """Sequence ``seq``'s cells, as bytes :meth:`seq_load` takes back (in this or another process)."""

    def seq_load(self, seq: int, state: bytes, n: int) -> bool:
        """Load ``state`` into the empty ``seq``; False (``seq`` left empty) unless it holds positions 0 to n-1."""

    def detokenize(self, tokens: list[int], prev: list[int]) -> bytes:
        """The bytes of ``tokens`` following ``prev``."""


Chooser = Callable[[list[int], Any], int]
"""(the sequence's tokens so far, the next token's logits) -> the token chosen."""


@dataclass(eq=False)
class Job:
    """One completion: its request, and once ``done`` is set, its result (or ``error``)."""

    prompt: list[int]
    max_tokens: int
    choose: Chooser
    stop: list[bytes] = field(default_factory=list)
    deadline: float | None = None  # time.monotonic() after which it is not started
    # the result
    tokens: list[int] = field(default_factory=list)
    text: bytes = b""
    finish_reason: str = ""
    error: BaseException | None = None
    reused: int = 0  # prompt tokens whose cells came from another sequence (or were still held)
    keep_prefix: bool = True  # a prefix it shares may be parked and saved (not a re-ask's whole earlier exchange)
    done: threading.Event = field(default_factory=threading.Event)
    # while it runs
    seq: int = -1
    fed: int = 0  # prompt tokens in the KV cache
    next_token: int | None = None  # chosen, not yet decoded
    reserved: int = 0
    _multibyte: int = 0


class Scheduler:
    """Admits :class:`Job` s to ``slots`` sequences of one model and decodes them together.

    Call :meth:`run` from any thread (it blocks until the job is done); a scheduler thread,
    started on first use, does every model call. :meth:`exclusive` runs a function on the
    scheduler thread with no sequence in flight and the KV cache empty (for the completions this
    engine does not decode itself). :meth:`step` is one decode step, for tests.
    """

    def __init__(
        self,
        model: SeqModel,
        *,
        slots: int,
        min_prefix: int = 16,
        clock: Callable[[], float] = time.monotonic,
        on_timeout: Callable[[Job], BaseException] | None = None,
        parked: int = 0,
        files: PrefixFiles | None = None,
    ) -> None:
        if slots < 1:
            raise ValueError(f"slots must be at least 1, got {slots}")
        self.model, self.slots, self.min_prefix, self.clock = model, slots, min_prefix, clock
        self._on_timeout = on_timeout or (lambda job: TimeoutError("not started before its deadline"))
        self._queue: deque[Job] = deque()
        self._exclusive: deque[tuple[Callable[[], Any], list[Any], threading.Event]] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.contents: dict[int, list[int]] = {s: [] for s in range(slots + parked)}  # tokens in the KV cache
        self.active: dict[int, Job] = {}
        self._idle: list[int] = list(range(slots))  # least recently used first
        # what was decoded: for the benchmark's figures
        self.stats = {"steps": 0, "prompt_evaluated": 0, "prompt_reused": 0, "generated": 0, "completions": 0,
                      "completion_tokens": 0, "max_in_flight": 0, "evictions": 0, "prefixes_loaded": 0,
                      "prefixes_saved": 0}
        # Sequence ids from ``slots`` on are never decoded into: each holds a prefix questions shared (parking).
        self.parking = Parking(model, self.contents, list(range(slots, slots + parked)), files, self.stats)
        self._loaded = False

    # --- the callers' side -------------------------------------------------------------------------

    def run(self, job: Job) -> Job:
        """Queue ``job``, wait for it, and return it (``error`` set when it failed)."""
        self._start()
        self.submit(job)
        job.done.wait()
        return job

    def submit(self, job: Job) -> None:
        """Queue ``job`` without waiting (the scheduler thread, or calls of :meth:`step`, run it)."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the scheduler is closed")
            self._queue.append(job)
            self._cond.notify_all()

    def exclusive(self, fn: Callable[[], Any]) -> Any:
        """``fn()`` on the scheduler thread, with no sequence in flight and the KV cache empty."""
        self._start()
        box: list[Any] = []
        event = threading.Event()
        with self._cond:
            self._exclusive.append((fn, box, event))
            self._cond.notify_all()
        event.wait()
        if box and isinstance(box[0], BaseException):
            raise box[0]
        return box[1] if len(box) > 1 else None

    def close(self) -> None:
        """Stop the scheduler thread once the work queued is done."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join()

    def _start(self) -> None:
        with self._cond:
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._loop, name="llama-scheduler", daemon=True)
                self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not (self._queue or self.active or self._exclusive or self._closed):
                    self._cond.wait()
                if self._closed and not (self._queue or self.active or self._exclusive):
                    return
                solo = self._exclusive.popleft() if self._exclusive and not self.active else None
            if solo is not None:
                self._run_exclusive(*solo)
                continue
            try:
                self.step()
            except BaseException as exc:  # noqa: BLE001 - a broken model fails the jobs in flight, not the thread
                for job in list(self.active.values()):
                    self._finish(job, error=exc)

    def _run_exclusive(self, fn: Callable[[], Any], box: list[Any], event: threading.Event) -> None:
        self.clear()
        try:
            box[:] = [None, fn()]
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box[:] = [exc]
        finally:
            self.clear()
            self._loaded = False  # the parked prefixes went with the rest: the saved ones are loaded again
            event.set()

    def clear(self) -> None:
        """Forget every sequence's cells (only with none in flight)."""
        for seq in self.contents:
            self.model.seq_rm(seq, 0, -1)
            self.contents[seq] = []

    # --- the scheduler thread's side ----------------------------------------------------------------

    def _room(self) -> int:
        """KV cells not promised to a sequence in flight."""
        return self.model.n_ctx - sum(job.reserved for job in self.active.values())

    def _admit(self) -> None:
        """Move queued jobs onto free sequences while there are some and the context has room."""
        with self._cond:
            if self._exclusive:
                return  # a completion that needs the context to itself goes first
            queued = list(self._queue)
        now = self.clock()
        for job in queued:
            if not self._idle:
                break
            if job.deadline is not None and now >= job.deadline:
                self._dequeue(job)
                self._finish(job, error=self._on_timeout(job))
                continue
            if len(job.prompt) < 1:
                self._dequeue(job)
                self._finish(job, error=ValueError("empty prompt"))
                continue
            # The prefix this prompt shares with cells already in the cache, and with prompts still being read.
            src, shared = -1, 0
            for seq, tokens in self.contents.items():
                n = common_prefix(tokens, job.prompt)
                if n > shared or (n == shared and n and seq in self._idle):
                    src, shared = seq, n
            shared = min(shared, len(job.prompt) - 1)  # the last prompt token is decoded for its logits
            coming = max((min(common_prefix(other.prompt, job.prompt), len(job.prompt) - 1)
                          for other in self.active.values() if other.fed < len(other.prompt)), default=0)
            if coming >= max(shared + self.min_prefix, self.min_prefix):
                continue  # wait a step: another sequence is evaluating a longer prefix of this prompt
            need = len(job.prompt) - shared + job.max_tokens
            if need > self.model.n_ctx:
                self._dequeue(job)
                self._finish(job, error=ValueError(
                    f"Requested tokens ({len(job.prompt)} prompt + {job.max_tokens}) exceed context window "
                    f"of {self.model.n_ctx}"))
                continue
            if need > self._room() and self.active:
                break  # wait for a sequence to end: it gives its cells back
            seq = src if src in self._idle else self._idle[0]
            self._dequeue(job)
            self._idle.remove(seq)
            if seq == src:
                self.model.seq_rm(seq, shared, -1)
            else:
                self.model.seq_rm(seq, 0, -1)
                if shared:
                    self.model.seq_cp(src, seq, 0, shared)
            self.contents[seq] = job.prompt[:shared]
            if not self.parking.used(src) and shared and job.keep_prefix:
                self.parking.park(seq, shared)
            job.seq, job.fed, job.reused, job.reserved = seq, shared, shared, need
            self.active[seq] = job
            self.stats["prompt_reused"] += shared
            self.stats["max_in_flight"] = max(self.stats["max_in_flight"], len(self.active))

    def _dequeue(self, job: Job) -> None:
        with self._cond:
            self._queue.remove(job)

    def step(self) -> bool:
        """Admit what can start, decode one batch, choose the next tokens; False when there was nothing to do."""
        if not self._loaded:
            self._loaded = True
            self.parking.load()  # the prefixes earlier processes saved
        self._admit()
        if not self.active:
            return False
        tokens: list[int] = []
        positions: list[int] = []
        seqs: list[int] = []
        want: list[bool] = []
        owners: list[tuple[Job, int]] = []  # (job, prompt tokens fed in this batch), by sequence
        for job in self.active.values():  # generating sequences: one token each
            if job.next_token is not None:
                tokens.append(job.next_token)
                positions.append(len(self.contents[job.seq]))
                seqs.append(job.seq)
                want.append(True)
                owners.append((job, 0))
        room = max(self.model.n_batch - len(tokens), 0)
        for job in self.active.values():  # sequences still reading their prompt: what fits
            if job.next_token is not None or room <= 0:
                continue
            piece = job.prompt[job.fed : job.fed + room]
            base = len(self.contents[job.seq])
            for k, tok in enumerate(piece):
                tokens.append(tok)
                positions.append(base + k)
                seqs.append(job.seq)
                want.append(job.fed + k == len(job.prompt) - 1)
            owners.append((job, len(piece)))
            room -= len(piece)
        status = self.model.decode(tokens, positions, seqs, want)
        if status == 1 and self._evict():
            return True  # room made: the same batch is built again next step
        if status != 0:
            raise RuntimeError(f"llama_decode failed (status {status})")
        self.stats["steps"] += 1
        i = 0
        for job, fed in owners:
            if fed:
                self.contents[job.seq].extend(job.prompt[job.fed : job.fed + fed])
                job.fed += fed
                self.stats["prompt_evaluated"] += fed
                i += fed
                if job.fed < len(job.prompt):
                    continue
                at = i - 1
            else:
                assert job.next_token is not None
                self.contents[job.seq].append(job.next_token)
                job.next_token = None
                at = i
                i += 1
            self._advance(job, self.model.logits(at))
        return True

    def _evict(self) -> bool:
        """Free the cells an idle sequence still holds (least recently used first); False when none holds any."""
        for seq in self._idle + self.parking.ids:  # parked prefixes last
            if self.contents[seq]:
                self.model.seq_rm(seq, 0, -1)
                self.contents[seq] = []
                self.stats["evictions"] += 1
                return True
        return False

    def _advance(self, job: Job, logits: Any) -> None:
        """Choose the job's next token; end it as llama-cpp-python's ``create_completion`` would."""
        try:
            token = int(job.choose(job.prompt + job.tokens, logits))
        except BaseException as exc:  # noqa: BLE001 - the job's failure, handed to its caller
            self._finish(job, error=exc)
            return
        self.stats["generated"] += 1
        if self.model.is_eog(token):
            job.text = self.model.detokenize(job.tokens, job.prompt)
            self._finish(job, reason="stop")
            return
        job.tokens.append(token)
        text = self.model.detokenize(job.tokens, job.prompt)
        for k, char in enumerate(text[-3:]):  # a multi-byte character still incomplete: decide after it
            k = 3 - k
            for num, pattern in ((2, 192), (3, 224), (4, 240)):
                if num > k and pattern & char == pattern:
                    job._multibyte = num - k
        if job._multibyte > 0:
            job._multibyte -= 1
            job.next_token = token
            return
        stops = [s for s in job.stop if s in text]
        if stops:
            job.text = text[: text.index(stops[0])]
            self._finish(job, reason="stop")
            return
        if len(job.tokens) >= job.max_tokens:
            job.text = text
            self._finish(job, reason="length")
            return
        job.next_token = token

    def _finish(self, job: Job, *, reason: str = "", error: BaseException | None = None) -> None:
        job.finish_reason, job.error = reason, error
        if job.seq >= 0 and self.active.get(job.seq) is job:
            del self.active[job.seq]
            self._idle.append(job.seq)  # keeps its cells: the next question of its kind may start from them
            self.stats["completions"] += 1
            self.stats["completion_tokens"] += len(job.tokens)
        job.done.set()
