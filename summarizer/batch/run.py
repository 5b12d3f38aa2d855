"""A batch: items in, one stored row per article out, resumable, surviving faults and interrupts.

The engine is :meth:`summarizer.api.Summarizer.asummarize_many` (several articles at once, each
result as it finishes); this module adds what a collection needs around it:

* identity: an article is its given id (a feed entry's: its link), else :attr:`Document.key` (source
  and content hash). One
  already in the store is skipped (a failed one too, unless ``retry_failed``); the same text under
  another identity is summarised once, and the copy is stored as ``skipped`` ("duplicate of ...");
* every finished article is saved whole, in one transaction, as it finishes (``ok`` with its
  records, or ``error`` with the reason); an input that cannot be read is an ``error`` row too;
* an article that failed on the way to the model (a timeout, a dropped connection, an HTTP 429 or
  5xx that the backend's own retries did not get past, a reply that was not a chat completion) is
  tried again ``article_retries`` times (default once) before it is saved as an error; with the
  reply cache on, the calls that had succeeded are replayed, not sent again;
* the first SIGINT stops taking new articles and lets those in flight finish; a second SIGINT (or a
  SIGTERM) abandons them: nothing of theirs is saved, and a re-run does them again.
"""

from __future__ import annotations

import asyncio
import hashlib
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Coroutine, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from summarizer.api import ArticleResult, Summarizer
from summarizer.batch.inputs import Item, Reader
from summarizer.batch.prices import PriceTable, load_prices
from summarizer.errors import (
    BackendError,
    BackendProtocolError,
    BackendTimeoutError,
    SummarizerError,
)
from summarizer.extract.pipeline import KINDS
from summarizer.read.document import DEFAULT_MAX_BYTES
from summarizer.store import ArticleIdentity, Store

__all__ = [
    "BatchOptions", "BatchReport", "BatchRun", "QuietReporter", "RemoteFailure", "Reporter", "arun_batch", "error_reason",
    "install_signals", "run_batch", "supervise", "transient",
]


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs. ``timeout`` bounds fetching each URL; model calls follow the settings."""

    concurrency: int | None = None
    retry_failed: bool = False
    published: date | None = None
    kinds: tuple[str, ...] = KINDS
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = None
    prices: PriceTable = field(default_factory=load_prices)
    article_retries: int = 1


@dataclass
class BatchReport:
    """What one run did. ``done_before``: already in the store (``failed_before`` of them as failures, not
    tried again); ``abandoned``: in flight at a second interrupt; ``retried``: tries after a transient failure;
    ``elsewhere``: passed over because another run on the same store was summarising them."""

    ok: int = 0
    failed: int = 0
    done_before: int = 0
    failed_before: int = 0
    duplicates: int = 0
    abandoned: int = 0
    elsewhere: int = 0
    interrupted: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float = 0.0
    unpriced: int = 0
    retried: int = 0
    seconds: float = 0.0
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def summarised(self) -> int:
        """Articles that went to the model in this run, ok or failed."""
        return self.ok + self.failed


class Reporter(Protocol):
    """Shows a run's progress (the CLI's progress bar); every method is called on the event loop."""

    def start(self, total: int | None) -> None: ...
    def advance(self, outcome: str, report: BatchReport) -> None: ...
    def note(self, message: str) -> None: ...
    def stop(self) -> None: ...


class QuietReporter:
    """Shows nothing."""

    def start(self, total: int | None) -> None:
        pass

    def advance(self, outcome: str, report: BatchReport) -> None:
        pass

    def note(self, message: str) -> None:
        pass

    def stop(self) -> None:
        pass


class RemoteFailure(Exception):
    """An article's failure in another process (a Ray worker), as that process saw it: the reason
    :func:`error_reason` gave there and whether :func:`transient` held; or the worker's own death."""

    def __init__(self, reason: str, transient: bool) -> None:
        super().__init__(reason)
        self.reason, self.transient = reason, transient


def error_reason(exc: BaseException) -> str:
    """One line that says why an article failed: the error's kind and its message."""
    if isinstance(exc, RemoteFailure):
        return exc.reason
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    kind = type(exc).__name__ if isinstance(exc, SummarizerError) else f"internal error {type(exc).__name__}"
    return f"{kind}: {text}"[:500] if text else kind


def transient(exc: BaseException) -> bool:
    """A failure on the way to the model that another try may not meet: timeout, connection, 408/409/429/5xx, a broken reply."""
    if isinstance(exc, RemoteFailure):
        return exc.transient
    if isinstance(exc, BackendTimeoutError | BackendProtocolError):
        return True
    if type(exc) is not BackendError:  # its subclasses: a missing model, no valid answer, all questions failed
        return False
    status = exc.status_code
    return status is None or status in (408, 409, 429) or status >= 500


def _content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class _Feed:
    """The engine's source of articles. Unlike a generator it can run dry and then hand out more:
    an article queued to be tried again after the items ran out is still taken (the engine asks
    again each time a result comes back)."""

    def __init__(self, run: BatchRun, upcoming: Iterator[Item]) -> None:
        self.run, self.upcoming = run, upcoming

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> Reader:
        reader = self.run.next_reader(self.upcoming)
        if reader is None:
            raise StopIteration
        return reader


class BatchRun:
    """One run's state: what is in flight (by identity and by text), the report, whether to stop.

    A way of running a batch (``--via``) drives it: :meth:`feed` gives the articles to read,
    :meth:`skip` passes over those already done once read, :meth:`finish` saves each result.
    """

    def __init__(self, summarizer: Summarizer, store: Store, options: BatchOptions, reporter: Reporter) -> None:
        self.summarizer, self.store, self.options, self.reporter = summarizer, store, options, reporter
        self.report = BatchReport()
        self.stopping = False
        self.identities: dict[int, ArticleIdentity] = {}  # by id() of the article's Reader, while in flight
        self.ids: set[str] = set()  # identities in flight
        self.texts: dict[str, str] = {}  # content hash -> identity, for the articles in flight
        self.again: deque[Reader] = deque()  # articles to try again
        self.retrying = False  # set by a way of running that takes articles back from feed() until the end

    def _finished_before(self, article_id: str) -> bool:
        return self._finished(self.store.status(article_id))

    def _finished(self, status: str | None) -> bool:
        if status == "error" and not self.options.retry_failed:
            self.report.failed_before += 1
            return True
        return status in ("ok", "skipped")

    def feed(self, items: Iterable[Item]) -> Iterator[Reader]:
        """Readers for the items still to do (see :class:`_Feed`)."""
        return _Feed(self, iter(items))

    def next_reader(self, upcoming: Iterator[Item]) -> Reader | None:
        """The next article to read: one to try again first, else the next item not done before; None: none now."""
        if self.again:
            return self.again.popleft()
        opts = self.options
        for item in upcoming:
            if self.stopping:
                return None
            if self._finished_before(item.unread_id):
                self.report.done_before += 1
                self.reporter.advance("skipped", self.report)
                continue
            return Reader(item, max_bytes=opts.max_bytes, published=opts.published, timeout=opts.timeout)
        return None

    def skip(self, result: ArticleResult) -> bool:
        """After reading: pass over an article already stored, in flight, or whose text is being done."""
        assert isinstance(result.item, Reader) and result.doc is not None
        if result.item.attempt > 1:
            return False  # tried again: already claimed
        item, doc = result.item.item, result.doc
        article_id = item.identity or doc.key
        seen = self.store.status(article_id)
        if self._finished(seen):
            self.report.done_before += 1
            return True
        if article_id in self.ids:  # the same input twice in this run
            self.report.duplicates += 1
            return True
        claimed = self.store.claim(article_id, seen=seen)  # another run on this store may be doing it
        if claimed != "claimed":
            if claimed == "done":
                self.report.done_before += 1
            else:
                self.report.elsewhere += 1
            return True
        digest = _content_hash(doc.text)
        identity = ArticleIdentity(id=article_id, source=doc.source, content_hash=digest, doc_id=doc.doc_id,
                                   published=doc.published.isoformat() if doc.published else None, title=doc.title,
                                   published_source=doc.published_source if doc.published else None,
                                   authors=doc.authors, site_name=doc.site_name, url=doc.url)
        original = self.texts.get(digest) or self.store.duplicate_of(digest, article_id)
        if original is not None:
            self.store.save(identity, status="skipped", error=f"duplicate of {original}", replaces=item.unread_id)
            self.report.duplicates += 1
            return True
        self.identities[id(result.item)] = identity
        self.ids.add(article_id)
        self.texts[digest] = article_id
        return False

    def finish(self, result: ArticleResult) -> None:
        """Save a finished article (one transaction) and count it."""
        assert isinstance(result.item, Reader)
        item = result.item.item
        if result.skipped:  # counted by skip()
            self.reporter.advance("skipped", self.report)
            return
        if result.error is not None and self._try_again(result.item, result.error):
            return
        identity = self.identities.pop(id(result.item), None) or ArticleIdentity(id=item.unread_id, source=item.name)
        self.ids.discard(identity.id)
        if identity.content_hash is not None:
            self.texts.pop(identity.content_hash, None)
        if result.summary is not None:
            usage = result.summary.usage
            cost = self.options.prices.cost(result.summary.model, usage)
            self.store.save(identity, result.summary, cost=cost, seconds=result.seconds, replaces=item.unread_id)
            self.report.ok += 1
            self.report.prompt_tokens += usage.prompt_tokens
            self.report.completion_tokens += usage.completion_tokens
            self.report.cost += cost or 0.0
            self.report.unpriced += cost is None
            self.reporter.advance("ok", self.report)
            return
        assert result.error is not None
        reason = error_reason(result.error)
        self.store.save(identity, status="error", error=reason, seconds=result.seconds, replaces=item.unread_id)
        self.report.failed += 1
        self.report.reasons[reason.split(":", 1)[0]] += 1
        self.reporter.advance("failed", self.report)

    def _try_again(self, reader: Reader, error: Exception) -> bool:
        """Queue a failed article for another try when the failure was on the way to the model."""
        if not self.retrying or self.stopping or reader.attempt > self.options.article_retries or not transient(error):
            return False
        again = replace(reader, attempt=reader.attempt + 1)
        identity = self.identities.pop(id(reader), None)
        if identity is not None:
            self.identities[id(again)] = identity
        self.again.append(again)
        self.report.retried += 1
        return True

    def interrupt(self, task: asyncio.Task[None], signum: int) -> None:
        if signum == signal.SIGINT and not self.stopping:
            self.stopping = True
            self.report.interrupted = True
            self.reporter.note("interrupted: finishing the article(s) in flight "
                               "(Ctrl-C again abandons them; a re-run does them again)")
            return
        self.report.interrupted = True
        task.cancel()


def install_signals(loop: asyncio.AbstractEventLoop, run: BatchRun, task: asyncio.Task[None]) -> list[int]:
    """SIGINT and SIGTERM handlers on the loop (only possible in the main thread); the signals installed."""
    installed: list[int] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, run.interrupt, task, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(signum)
    return installed


async def arun_batch(summarizer: Summarizer, store: Store, items: Iterable[Item], options: BatchOptions | None = None,
                     reporter: Reporter | None = None, total: int | None = None) -> BatchReport:
    """Run ``items`` through ``summarizer`` into ``store``; the report of what this run did."""
    opts = options or BatchOptions()
    run = BatchRun(summarizer, store, opts, reporter or QuietReporter())
    run.retrying = True
    started = time.perf_counter()

    async def consume() -> None:
        results = summarizer.asummarize_many(run.feed(items), concurrency=opts.concurrency, kinds=opts.kinds,
                                             skip=run.skip)
        async for result in results:
            run.finish(result)

    await supervise(run, consume(), total, started)
    return run.report


async def supervise(run: BatchRun, work: Coroutine[Any, Any, None], total: int | None, started: float,
                    cleanup: Callable[[], None] | None = None) -> None:
    """Run ``work`` as the run's task: signals (:meth:`BatchRun.interrupt`), the reporter, the time spent,
    and ``cleanup`` (after the work, whatever ended it)."""
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(work)
    installed = install_signals(loop, run, task)
    run.reporter.start(total)
    try:
        await task
    except asyncio.CancelledError:
        current = asyncio.current_task()
        if current is not None and current.cancelling():
            raise  # this run itself was cancelled, not abandoned on a signal
        run.report.abandoned = len(run.ids)
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)
        run.reporter.stop()
        if cleanup is not None:
            cleanup()
        run.report.seconds = time.perf_counter() - started


def run_batch(summarizer: Summarizer, store: Store, items: Iterable[Item], options: BatchOptions | None = None,
              reporter: Reporter | None = None, total: int | None = None) -> BatchReport:
    """:func:`arun_batch` in its own event loop (for callers that are not async)."""
    return asyncio.run(arun_batch(summarizer, store, items, options, reporter, total))


_Run = BatchRun  # earlier names, kept for callers that use them
_Quiet = QuietReporter
