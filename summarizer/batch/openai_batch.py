"""``summarizer batch ... --via openai-batch``: summarise a collection through the provider's Batch API.

The run alternates planning passes (:mod:`summarizer.batch.plan`) and batches:

1. a pass runs every unfinished article against the reply cache and notes each request the cache cannot
   answer (first questions after the text analysis; in later passes, re-asks of invalid replies);
2. the pending requests are written as the Batch API's JSONL (``custom_id`` = the request's cache key),
   uploaded, and sent as one batch (several when they exceed the API's limits);
3. the batch is polled until it ends; each result is checked as a live reply is (a chat completion, or
   the error it is) and written into the reply cache under its key; requests the batch did not reach
   (expired, cancelled) go into the next batch, up to ``max_tries`` times;
4. repeat until a pass asks for nothing new: each article is then finished with the summary (or the
   error) its last pass gave, and handed to ``on_result`` (the store's writer).

Resumable by batch id: batches are remembered in ``<db>.openai-batch/`` (:mod:`.openai_batch_state`);
running the same command again collects what was sent before planning anything new. ``wait=False``
sends the batches and returns; a later run collects them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.api import ArticleResult, Summarizer
from summarizer.batch.inputs import Item
from summarizer.batch.openai_batch_api import BatchApi, BatchInfo, request_line
from summarizer.batch.openai_batch_state import BatchState, SentBatch, state_dir
from summarizer.batch.plan import Outcome, PendingRequest, Planner, check_batch_settings
from summarizer.batch.run import BatchOptions, BatchReport, Reporter
from summarizer.batch.run import _Quiet as QuietReporter
from summarizer.batch.run import _Run as EngineRun
from summarizer.config import Settings
from summarizer.errors import BackendProtocolError, SummarizerError
from summarizer.extract.pipeline import KINDS
from summarizer.llm.backends.openai import OpenAIBackend, as_completion
from summarizer.llm.cache import ReplyCache, cache_key
from summarizer.read.document import Document
from summarizer.store import Store
from summarizer.store.linking import link_events
from summarizer.util.atomic import write_atomic

__all__ = ["BatchRunReport", "run_batch", "run_openai_batch"]

# Error codes of a request the batch did not run (or ran into a passing failure): worth sending again.
_RETRY_CODES = frozenset({"batch_expired", "batch_cancelled", "request_timeout", "rate_limit_exceeded", "server_error"})
MAX_REQUESTS = 50_000  # the Batch API's limit per input file
MAX_BYTES = 190_000_000  # under its 200 MB limit per input file


@dataclass
class BatchRunReport:
    """What a run did: articles finished (ok or error), still waiting, passes, batches and requests sent."""

    ok: int = 0
    errors: int = 0
    waiting: int = 0
    passes: int = 0
    batches: int = 0
    requests: int = 0
    replies: int = 0
    failed_requests: int = 0


@dataclass
class _Run:
    settings: Settings
    api: BatchApi
    state: BatchState
    cache: ReplyCache
    notify: Callable[[str], None]
    poll_interval: float
    max_tries: int
    report: BatchRunReport
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES


def run_openai_batch(
    settings: Settings,
    docs: Iterable[Document],
    *,
    state_folder: Path,
    on_result: Callable[[Outcome], None],
    kinds: tuple[str, ...] = KINDS,
    notify: Callable[[str], None] | None = None,
    poll_interval: float = 30.0,
    wait: bool = True,
    max_tries: int = 3,
    api: BatchApi | None = None,
) -> BatchRunReport:
    """Summarise ``docs`` through the Batch API; each finished article goes to ``on_result``.

    ``state_folder`` keeps the batch ids (:func:`~summarizer.batch.openai_batch_state.state_dir` of the
    database). ``poll_interval``: seconds between polls. ``wait=False``: send and return (the report
    counts the articles still waiting). ``max_tries``: sends of one request before its article fails.
    """
    check_batch_settings(settings)
    run = _Run(
        settings=settings, api=api or BatchApi(settings), state=BatchState.load(state_folder, settings.model.id),
        cache=ReplyCache(settings.cache_dir), notify=notify or (lambda message: None),
        poll_interval=poll_interval, max_tries=max_tries, report=BatchRunReport(),
    )
    remaining = list(docs)
    if not _finish_open(run, wait):  # batches of an earlier run still running: nothing new is planned
        run.report.waiting = len(remaining)
        return run.report
    planner = Planner(settings, kinds=kinds, failed=run.state.failed)
    while remaining:
        finished, remaining = planner.run_pass(remaining)
        run.report.passes = planner.passes
        for outcome in finished:
            run.report.ok += outcome.error is None
            run.report.errors += outcome.error is not None
            on_result(outcome)
        if not remaining:
            break
        _send(run, list(planner.pending.values()))
        planner.clear()
        if not _finish_open(run, wait):
            break
    run.report.waiting = len(remaining)
    run.report.failed_requests = len(run.state.failed)
    return run.report


def run_batch(summarizer: Summarizer, store: Store, items: Iterable[Item], options: BatchOptions | None = None,
              reporter: Reporter | None = None, total: int | None = None) -> BatchReport:
    """``summarizer batch ... --via openai-batch``: :func:`run_openai_batch` with the engine's bookkeeping.

    Identity, skipping what the store holds, duplicates, saving each article (one transaction) and the
    report are the direct engine's (:mod:`summarizer.batch.run`); the model calls go through the Batch
    API, with the batch state in ``<db>.openai-batch/``. The store's events are linked at the end.
    """
    opts = options or BatchOptions()
    shown = reporter or QuietReporter()
    run = EngineRun(summarizer, store, opts, shown)
    started = time.perf_counter()
    shown.start(total)
    try:
        waiting: dict[int, ArticleResult] = {}
        for reader in run.feed(items):
            result = ArticleResult(item=reader)
            try:
                result.doc = reader()
            except SummarizerError as exc:
                result.error = exc
                run.finish(result)
                continue
            if run.skip(result):
                result.skipped = True
                run.finish(result)
                continue
            waiting[id(result.doc)] = result

        def finished(outcome: Outcome) -> None:
            result = waiting.pop(id(outcome.doc))
            result.summary, result.error = outcome.summary, outcome.error
            result.seconds = outcome.summary.seconds if outcome.summary else 0.0
            run.finish(result)

        docs = [r.doc for r in waiting.values() if r.doc is not None]
        run_openai_batch(summarizer.settings, docs, state_folder=state_dir(store.path), on_result=finished,
                         kinds=opts.kinds, notify=shown.note)
        link_events(store.conn)
    finally:
        shown.stop()
        run.report.seconds = time.perf_counter() - started
    return run.report


def _finish_open(run: _Run, wait: bool) -> bool:
    """Send what was prepared and collect every open batch; False when one is still running and ``wait`` is off."""
    for batch in run.state.open_batches():
        if batch.id is None:
            _submit(run, batch)
    for batch in run.state.open_batches():
        info = _poll(run, batch, wait)
        if info is None:
            return False
        _collect(run, batch, info)
    return True


def _send(run: _Run, pending: list[PendingRequest]) -> None:
    """Write ``pending`` as Batch API input files (within the limits) and send each as a batch."""
    chunk: list[str] = []
    size = 0
    for item in pending:
        body = dict(item.request)
        body["model"] = run.settings.model.name
        line = request_line(item.key, body)
        local = json.dumps({"line": json.loads(line), "article": item.article, "task": item.task}, ensure_ascii=False)
        if chunk and (len(chunk) >= run.max_requests or size + len(line) + 1 > run.max_bytes):
            _submit(run, _prepare(run, chunk))
            chunk, size = [], 0
        chunk.append(local)
        size += len(line.encode("utf-8")) + 1
    if chunk:
        _submit(run, _prepare(run, chunk))


def _prepare(run: _Run, local_lines: list[str]) -> SentBatch:
    """Keep the local copy of an input file and record the batch before anything is uploaded."""
    batch = run.state.new_batch(len(local_lines))
    run.state.folder.mkdir(parents=True, exist_ok=True)
    write_atomic(run.state.folder / batch.input_path, "\n".join(local_lines) + "\n", role="batch input")
    run.state.save()
    return batch


def _read_local(run: _Run, batch: SentBatch) -> dict[str, dict[str, Any]]:
    """The batch's requests by custom id, from its local input file."""
    entries: dict[str, dict[str, Any]] = {}
    with (run.state.folder / batch.input_path).open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                entry = json.loads(raw)
                entries[entry["line"]["custom_id"]] = entry
    return entries


def _submit(run: _Run, batch: SentBatch) -> None:
    """Upload the batch's input file (once) and create the batch (once); the state is saved after each step."""
    if batch.file_id is None:
        lines = [json.dumps(e["line"], ensure_ascii=False, separators=(",", ":")) for e in _read_local(run, batch).values()]
        batch.file_id = run.api.upload(f"summarizer-{batch.input_path}", ("\n".join(lines) + "\n").encode("utf-8"))
        run.state.save()
    info = run.api.create(batch.file_id, metadata={"summarizer_input": batch.input_path})
    batch.id, batch.status = info.id, info.status
    run.state.save()
    run.report.batches += 1
    run.report.requests += batch.requests
    run.notify(f"batch {info.id}: {batch.requests} request(s) sent")


def _poll(run: _Run, batch: SentBatch, wait: bool) -> BatchInfo | None:
    """Poll until the batch ends; None when it is still running and ``wait`` is off."""
    assert batch.id is not None
    last = ""
    delay = min(1.0, run.poll_interval)
    while True:
        info = run.api.retrieve(batch.id)
        if info.status != batch.status:
            batch.status = info.status
            run.state.save()
        if info.done:
            return info
        progress = f"batch {info.id}: {info.status}, {info.completed + info.failed}/{info.total or batch.requests}"
        if progress != last:
            run.notify(progress)
            last = progress
        if not wait:
            run.notify(f"batch {info.id} is {info.status}: run the same command again to collect it")
            return None
        time.sleep(delay)
        delay = min(delay * 2, run.poll_interval)  # 1, 2, 4 ... s: a small batch is collected soon


def _collect(run: _Run, batch: SentBatch, info: BatchInfo) -> None:
    """Put every result of a finished batch into the reply cache; note what must be sent again or failed."""
    entries = _read_local(run, batch)
    seen: set[str] = set()
    for file_id in (info.output_file_id, info.error_file_id):
        if file_id:
            for raw in run.api.content(file_id).splitlines():
                if raw.strip():
                    _take(run, raw, entries, seen)
    why = f"batch {info.status}" + (f": {info.errors[0]}" if info.errors else "")
    for key in entries.keys() - seen:  # no result at all (a failed, expired or cancelled batch)
        run.state.retry(key, why, run.max_tries)
    batch.collected = True
    run.state.save()
    (run.state.folder / batch.input_path).unlink(missing_ok=True)
    run.notify(f"batch {info.id}: {info.status}; {len(seen)} of {len(entries)} result(s) collected")


def _take(run: _Run, raw: str, entries: dict[str, dict[str, Any]], seen: set[str]) -> None:
    """One line of an output or error file."""
    try:
        line = json.loads(raw)
        key = line["custom_id"]
    except (ValueError, KeyError, TypeError):
        run.notify("a result line that is not JSON with a custom_id was ignored")
        return
    entry = entries.get(key)
    if entry is None or key in seen:
        return
    seen.add(key)
    response = line.get("response") or {}
    error = line.get("error") or {}
    status = response.get("status_code")
    if status == 200:
        _store(run, key, entry, response.get("body"))
    elif status is not None:
        body = response.get("body") or {}
        message = (body.get("error") or {}).get("message") if isinstance(body, dict) else None
        why = f"HTTP {status}" + (f": {str(message)[:200]}" if message else "")
        if status in (408, 409, 429) or status >= 500:
            run.state.retry(key, why, run.max_tries)
        else:
            run.state.fail(key, why)
    else:
        code = str(error.get("code") or "error")
        why = f"{code}: {str(error.get('message') or '')[:200]}".rstrip(": ")
        if code in _RETRY_CODES:
            run.state.retry(key, why, run.max_tries)
        else:
            run.state.fail(key, why)


def _store(run: _Run, key: str, entry: dict[str, Any], body: Any) -> None:
    """A 200 result: checked as a live reply is, then recorded in the reply cache under its key."""
    try:
        completion = as_completion(body, run.api.where)
    except BackendProtocolError as exc:
        run.state.fail(key, str(exc))
        return
    endpoint = OpenAIBackend.endpoint
    request = dict(entry["line"]["body"])
    request["model"] = run.settings.model.id
    if cache_key(endpoint, request) != key:  # the file was edited, or another program wrote it
        run.state.fail(key, "the result's custom_id does not match its request")
        return
    run.cache.put(key, endpoint=endpoint, request=request, response=completion, model=run.settings.model.id,
                  article=entry.get("article"), task=entry.get("task"))
    run.report.replies += 1
