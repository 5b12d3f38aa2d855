"""The Python API: :func:`summarize`, :func:`asummarize` and :class:`Summarizer`.

A :class:`Summarizer` summarises one article (:meth:`~Summarizer.summarize`, given as text or as a
:class:`~summarizer.read.Document`; :meth:`~Summarizer.summarize_path`, read from a file, URL or
stdin) or many (:meth:`~Summarizer.summarize_many`, one at a time as they are read;
:meth:`~Summarizer.summarize_into`, appended to a JSON-lines file that a re-run resumes;
:meth:`~Summarizer.asummarize_many`, several at once, each result as it finishes: the engine of
``summarizer batch``).
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from summarizer.config import LOCAL_ARTICLES, Settings, resolve_settings
from summarizer.errors import ConfigError
from summarizer.extract.pipeline import KINDS, summarize_document
from summarizer.kinds import check_kinds
from summarizer.kinds.file import register_kind_files as load_kind_files
from summarizer.llm.client import ModelClient
from summarizer.read.document import DEFAULT_MAX_BYTES, Document, document_from_text, read_document
from summarizer.schemas import ArticleSummary
from summarizer.util.atomic import append_line, check_writable

T = TypeVar("T")

__all__ = [
    "ArticleResult", "Source", "Summarizer", "asummarize", "check_kinds", "load_kind_files", "parse_published",
    "summarize", "summary_line",
]

Source = str | Path | Document | Callable[[], Document]
"""One input of :meth:`Summarizer.asummarize_many`: a path, URL or '-', a Document, or a function that reads one."""

HTTP_CONCURRENCY = 8
"""Articles summarised at once against an HTTP backend when no concurrency is given."""


def parse_published(value: date | str | None, *, what: str = "published") -> date | None:
    """The reference date for relative dates: a date, an ISO ``YYYY-MM-DD`` string or None.

    Anything else raises :class:`ConfigError` whose message starts with ``what`` (the CLI says
    ``--published``).
    """
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{what} must be a date YYYY-MM-DD, got {value!r}") from None


def summary_line(doc: Document, summary: ArticleSummary) -> str:
    """One JSON line for ``summary``: ``doc_id``, then the input's ``source`` and ``input_key``, then the rest."""
    record = summary.model_dump(mode="json")
    record = {"doc_id": record.pop("doc_id"), "source": doc.source, "input_key": doc.key, **record}
    return json.dumps(record, ensure_ascii=False)


@dataclass
class ArticleResult:
    """One input of :meth:`Summarizer.asummarize_many`, finished: its summary, or why there is none.

    ``doc`` is None when the input could not be read; ``skipped`` is True when the ``skip`` check
    passed it over; ``error`` is the exception that stopped it; ``seconds`` is the wall time spent.
    """

    item: Source
    doc: Document | None = None
    summary: ArticleSummary | None = None
    error: Exception | None = None
    skipped: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the article was summarised."""
        return self.summary is not None


def _in_thread(fn: Callable[[], T]) -> asyncio.Future[T]:
    """Run ``fn`` in a daemon thread: a caller that stops waiting (an interrupted batch) never blocks exit."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(value: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)  # type: ignore[arg-type]

    def work() -> None:
        try:
            value, error = fn(), None
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting task, which decides
            value, error = None, exc
        try:
            loop.call_soon_threadsafe(settle, value, error)
        except RuntimeError:
            pass  # the loop is closed: nobody waits for this result any more

    threading.Thread(target=work, name="summarizer-article", daemon=True).start()
    return future


class Summarizer:
    """Keeps the settings, the client and (for the local model) the loaded model for repeated calls.

    >>> s = Summarizer(model="local")           # doctest: +SKIP
    >>> s.summarize(text, published="2021-03-05").quotes[0].speaker   # doctest: +SKIP
    """

    def __init__(self, settings: Settings | None = None, **options: Any) -> None:
        self.settings = settings or resolve_settings(**options)
        self.client = ModelClient(self.settings)

    @property
    def model_id(self) -> str:
        """The model id written into every summary."""
        return self.client.model_id

    def summarize(
        self,
        text: str | Document,
        *,
        published: date | str | None = None,
        doc_id: str | None = None,
        kinds: tuple[str, ...] = KINDS,
        kind_files: Iterable[str | Path] = (),
    ) -> ArticleSummary:
        """Summarise an article given as text or as a :class:`Document`; ``kinds`` picks trips, meetings, quotes,
        and the kinds of ``kind_files`` (TOML, see docs/kinds.md) are read besides.

        ``published`` (a date or ``YYYY-MM-DD``) replaces a Document's own; ``doc_id`` names a text.
        """
        if isinstance(text, Document):
            doc = text
            if published is not None:
                doc = replace(doc, published=parse_published(published), published_source="given")
        else:
            doc = document_from_text(text, doc_id=doc_id or "text", published=parse_published(published))
        return summarize_document(doc, self.client, check_kinds(kinds + load_kind_files(kind_files)))

    async def asummarize(
        self,
        text: str | Document,
        *,
        published: date | str | None = None,
        doc_id: str | None = None,
        kinds: tuple[str, ...] = KINDS,
        kind_files: Iterable[str | Path] = (),
    ) -> ArticleSummary:
        """The async twin of :meth:`summarize` (runs in a worker thread; the local model serialises calls)."""
        return await asyncio.to_thread(self.summarize, text, published=published, doc_id=doc_id, kinds=kinds,
                                       kind_files=kind_files)

    def summarize_path(
        self,
        source: str | Path,
        *,
        published: date | str | None = None,
        kinds: tuple[str, ...] = KINDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float | None = None,
    ) -> ArticleSummary:
        """Read a file, URL or '-' (stdin) and summarise it.

        ``max_bytes`` bounds the input; ``timeout`` bounds fetching a URL (None: the timeout the
        settings were given, else :data:`summarizer.read.DEFAULT_FETCH_TIMEOUT`).
        """
        ref = parse_published(published)
        wanted = check_kinds(kinds)
        doc = read_document(str(source), max_bytes=max_bytes, published=ref, timeout=self._fetch_timeout(timeout))
        return summarize_document(doc, self.client, wanted)

    def summarize_many(
        self,
        sources: Iterable[str | Path],
        *,
        published: date | str | None = None,
        kinds: tuple[str, ...] = KINDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float | None = None,
        skip: Collection[str] = frozenset(),
        on_skip: Callable[[Document], None] | None = None,
    ) -> Iterator[tuple[Document, ArticleSummary]]:
        """Read and summarise each source in turn, yielding ``(document, summary)`` as each is done.

        Options are those of :meth:`summarize_path`; ``published`` and ``kinds`` are checked at once,
        before anything is read. A source whose :attr:`Document.key` is in ``skip`` is read but not
        summarised (``on_skip`` is told); ``skip`` is consulted as each source is read, so the caller
        may add to it while iterating. The first error (an input that cannot be read, a failed
        model) ends the iteration.
        """
        ref = parse_published(published)
        wanted = check_kinds(kinds)
        fetch_timeout = self._fetch_timeout(timeout)

        def summaries() -> Iterator[tuple[Document, ArticleSummary]]:
            for source in sources:
                doc = read_document(str(source), max_bytes=max_bytes, published=ref, timeout=fetch_timeout)
                if doc.key in skip:
                    if on_skip is not None:
                        on_skip(doc)
                    continue
                yield doc, summarize_document(doc, self.client, wanted)

        return summaries()

    def default_concurrency(self) -> int:
        """:data:`HTTP_CONCURRENCY` over HTTP; locally :data:`~summarizer.config.LOCAL_ARTICLES`, 1 with parallel 1."""
        local = LOCAL_ARTICLES if self.settings.parallel > 1 else 1
        return local if self.settings.model.kind == "local" else HTTP_CONCURRENCY

    async def asummarize_many(
        self,
        sources: Iterable[Source],
        *,
        concurrency: int | None = None,
        published: date | str | None = None,
        kinds: tuple[str, ...] = KINDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float | None = None,
        skip: Callable[[ArticleResult], bool] | None = None,
    ) -> AsyncIterator[ArticleResult]:
        """Read and summarise up to ``concurrency`` sources at once, yielding each :class:`ArticleResult` as it finishes.

        Sources are taken only as room frees up, so memory stays flat however many there are. A
        failure (an unreadable input, a failed model) is the result's ``error``; the others go on.
        Once an input is read, ``skip`` (called on the event loop) may pass it over. The local model
        runs one article at a time with ``parallel`` 1. Options: see :meth:`summarize_path`, checked first.
        """
        ref = parse_published(published)
        wanted = check_kinds(kinds)
        fetch_timeout = self._fetch_timeout(timeout)
        width = 1 if (usual := self.default_concurrency()) == 1 else max(1, concurrency or usual)  # 1: local, in order

        def read(item: Source) -> Document:
            if isinstance(item, Document):
                return item
            if callable(item):
                return item()
            return read_document(str(item), max_bytes=max_bytes, published=ref, timeout=fetch_timeout)

        async def one(item: Source) -> ArticleResult:
            started = time.perf_counter()
            result = ArticleResult(item)
            try:
                doc = result.doc = await _in_thread(lambda: read(item))
                if skip is not None and skip(result):
                    result.skipped = True
                else:
                    result.summary = await _in_thread(lambda: summarize_document(doc, self.client, wanted))
            except Exception as exc:  # noqa: BLE001 - one article's failure is its result; the rest go on
                result.error = exc
            result.seconds = time.perf_counter() - started
            return result

        pending: set[asyncio.Task[ArticleResult]] = set()
        feed = iter(sources)
        try:
            while True:
                for item in feed:
                    pending.add(asyncio.ensure_future(one(item)))
                    if len(pending) >= width:
                        break
                if not pending:
                    return
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    yield task.result()
        finally:
            for task in pending:
                task.cancel()

    def summarize_into(
        self,
        path: str | Path,
        sources: Iterable[str | Path],
        *,
        published: date | str | None = None,
        kinds: tuple[str, ...] = KINDS,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> int:
        """Append one :func:`summary_line` per source to ``path`` (JSON lines), resuming an earlier run.

        Each line is appended and flushed to disk as its article is done, so an interrupted run
        leaves whole lines (at most an unfinished last one). A source already in the file (the
        same :attr:`Document.key`) is skipped, as is one repeated in ``sources``. Before anything
        is read: ``path`` must be writable, an unfinished last line is cut off, and a file holding
        any other line that is not a summary is refused with :class:`ConfigError` (nothing is
        changed). ``notify`` receives one-line notices for a person (skipped inputs, a dropped
        line). Options are those of :meth:`summarize_many`. Returns the number of lines appended.
        """
        say = notify or (lambda message: None)
        parse_published(published)  # the options are checked before the file is touched
        check_kinds(kinds)
        target = check_writable(Path(path))
        done = _done_keys(target, say)
        summaries = self.summarize_many(
            sources, published=published, kinds=kinds, max_bytes=max_bytes, timeout=timeout, skip=done,
            on_skip=lambda doc: say(f"skip {doc.source}: already in {path}"),
        )
        written = 0
        for doc, summary in summaries:
            append_line(target, summary_line(doc, summary))
            done.add(doc.key)
            written += 1
        return written

    def _fetch_timeout(self, timeout: float | None) -> float | None:
        return timeout if timeout is not None else self.settings.fetch_timeout


def _done_keys(path: Path, notify: Callable[[str], None]) -> set[str]:
    """The ``input_key`` of every summary line already in ``path`` (JSON lines), for a resumed run.

    An unterminated last line (a run interrupted mid-write) is cut off the file. Any other line
    that is not a summary means the file is not ours to append to: ConfigError (exit 2).
    """
    if not path.is_file():
        return set()
    data = path.read_bytes()
    complete, nl, fragment = data.rpartition(b"\n")
    lines = complete.split(b"\n") if nl else []
    keys: set[str] = set()
    legacy = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            record = None
        if not isinstance(record, dict) or "doc_id" not in record:
            raise ConfigError(f"{path} line {number} is not a summary line; choose another --output or remove the file")
        key = record.get("input_key")
        if isinstance(key, str):
            keys.add(key)
        else:
            legacy += 1
    if fragment.strip():  # no newline at the end: a line this command began and did not finish
        if not fragment.startswith(b'{"doc_id": '):
            raise ConfigError(f"{path} line {len(lines) + 1} is not a summary line; "
                              "choose another --output or remove the file")
        os.truncate(path, len(complete) + len(nl))
        notify(f"summarizer: dropped an unfinished last line from {path} (an interrupted run)")
    if legacy:
        notify(f"summarizer: {legacy} line(s) in {path} have no input_key (an older version): "
               "their articles are summarised again")
    return keys


def summarize(
    text: str | Document,
    *,
    model: str | None = None,
    published: date | str | None = None,
    doc_id: str | None = None,
    kinds: tuple[str, ...] = KINDS,
    kind_files: Iterable[str | Path] = (),
    **options: Any,
) -> ArticleSummary:
    """Summarise one article's text into trips, meetings, quotes and the records of ``kind_files``' kinds.

    ``model``: 'local' (the embedded model), 'local:/path/model.gguf' or 'openai:NAME';
    other options (base_url, api_key, cache_mode, cache_dir, max_retries, timeout...) are
    those of :func:`summarizer.config.resolve_settings`.
    """
    return Summarizer(model=model, **options).summarize(text, published=published, doc_id=doc_id, kinds=kinds,
                                                        kind_files=kind_files)


async def asummarize(
    text: str | Document,
    *,
    model: str | None = None,
    published: date | str | None = None,
    doc_id: str | None = None,
    kinds: tuple[str, ...] = KINDS,
    kind_files: Iterable[str | Path] = (),
    **options: Any,
) -> ArticleSummary:
    """The async twin of :func:`summarize`."""
    summarizer = Summarizer(model=model, **options)
    return await summarizer.asummarize(text, published=published, doc_id=doc_id, kinds=kinds, kind_files=kind_files)
