"""``summarizer batch --engine ray``: the articles go to a pool of Ray actors; the driver stays the one writer.

The driver does what the direct engine does (:class:`summarizer.batch.run.BatchRun`): it expands the
inputs, reads each article, skips what the store has, claims the rest in the store, and saves each
result as it comes back, in one transaction, counting tokens and cost. Only the summarising moves:
each actor (:class:`Worker`) holds one :class:`~summarizer.api.Summarizer` (the embedded model loaded
once per actor, or an HTTP client) and takes up to ``per_worker`` articles at once.

Faults: an actor that dies mid-article (its process killed, its node lost) fails that article with a
transient :class:`~summarizer.batch.run.RemoteFailure`; the article is tried again on another actor
(``article_retries`` times, as a failure on the way to the model is), then saved as an ``error`` row.
Ray restarts a dead actor (:data:`ACTOR_RESTARTS` times) so the pool keeps its size. A killed driver
leaves the store as a killed direct run does: every saved article whole, its claims dead with it, and
a re-run continues from the store.

Ray is an optional extra (``pip install 'summarizer[ray]'``): it is imported only when a run starts.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import os
import socket
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from summarizer.api import ArticleResult, Summarizer
from summarizer.batch.inputs import Item, Reader
from summarizer.batch.run import (
    BatchOptions,
    BatchReport,
    BatchRun,
    QuietReporter,
    RemoteFailure,
    Reporter,
    error_reason,
    supervise,
    transient,
)
from summarizer.config import Settings
from summarizer.errors import ConfigError, SummarizerError
from summarizer.kinds import get, register
from summarizer.kinds.file import spec_kind
from summarizer.kinds.spec import KindSpec
from summarizer.read.document import Document
from summarizer.schemas import ArticleSummary
from summarizer.store import Store
from summarizer.util.redact import redact_text

__all__ = ["ACTOR_RESTARTS", "LOCAL_MODEL_MEMORY", "RayOptions", "Worker", "arun_ray_batch", "run_ray_batch"]

LOCAL_MODEL_MEMORY = int(2.1 * 1024**3)
"""Memory one actor with the embedded model needs (the model loaded, its context): Ray places no more per node."""
HTTP_WORKER_CPUS = 0.25
"""CPU an actor of an HTTP backend asks of Ray: it mostly waits on the server, so four share a core."""
ACTOR_RESTARTS = 4
"""How many times Ray starts a dead actor again before it leaves the pool."""

Outcome = tuple[ArticleSummary | None, str | None, bool, float]
"""What an actor returns for one article: the summary, or the failure's reason and whether it was transient; seconds."""


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide a Ray run is.

    ``address``: None starts a local Ray on this machine (stopped at the end); ``auto`` joins the cluster
    this machine is part of (``ray start`` ran here); ``HOST:PORT`` a cluster's head. ``workers``: actors
    (default: as many as the cluster's CPUs allow, see :func:`default_workers`). ``per_worker``: articles
    at once in each actor (default: 1 for the embedded model, the batch's concurrency for HTTP).
    ``local_cpus``: CPUs of a local Ray started here (default: this machine's).
    """

    address: str | None = None
    workers: int | None = None
    per_worker: int | None = None
    local_cpus: int | None = None


class Worker:
    """A Ray actor: one :class:`Summarizer`, summarising the documents it is sent."""

    def __init__(self, settings: Settings, per_worker: int = 1, kinds: tuple[tuple[KindSpec, int], ...] = ()) -> None:
        # The kinds of the driver's kind files, registered in this process (their text travels, not their path).
        for spec, order in kinds:
            register(spec_kind(spec, order))
        self.summarizer = Summarizer(settings)
        # One thread per article at once: asyncio's default pool has only min(32, CPUs + 4) threads.
        self.threads = ThreadPoolExecutor(max_workers=per_worker, thread_name_prefix="summarizer-article")

    def pid(self) -> int:
        """The actor's process id (for tests that kill one)."""
        return os.getpid()

    async def summarize(self, doc: Document, kinds: tuple[str, ...]) -> Outcome:
        """Summarise ``doc``: never raises, so the driver sees a failure as this process saw it."""
        started = time.perf_counter()
        try:
            call = functools.partial(self.summarizer.summarize, doc, kinds=kinds)
            summary = await asyncio.get_running_loop().run_in_executor(self.threads, call)
        except Exception as exc:  # noqa: BLE001 - one article's failure is its result
            return None, error_reason(exc), transient(exc), time.perf_counter() - started
        return summary, None, False, time.perf_counter() - started


def _ray() -> Any:
    try:
        import ray
    except ModuleNotFoundError:
        raise ConfigError("--engine ray needs Ray: pip install 'summarizer[ray]'") from None
    return ray


def _start_ray(ray: Any, options: RayOptions) -> bool:
    """Connect to (or start) Ray; True when this call started a local Ray that the run must stop."""
    if ray.is_initialized():
        return False
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": "ERROR", "configure_logging": True}
    try:
        if options.address is None:
            ray.init(num_cpus=options.local_cpus or os.cpu_count() or 1, _node_ip_address="127.0.0.1", **quiet)
            return True
        _reachable(options.address)
        ray.init(address=options.address, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"--ray-address {options.address or '(local)'}: cannot reach Ray: {text}"[:400]) from None
    return False


def _reachable(address: str, timeout: float = 5.0) -> None:
    """ConfigError unless a cluster head answers at ``HOST:PORT`` (Ray itself would wait minutes); ``auto`` passes."""
    if address == "auto":
        return
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"--ray-address must be auto or HOST:PORT, got {address!r}")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
    except OSError as exc:
        raise ConfigError(f"--ray-address {address}: no Ray head answers there ({exc.strerror or exc})") from None


LOCAL_MODEL_THREADS = 2
"""llama.cpp threads of an actor with the embedded model when ``--threads`` is not given (its CPUs asked of Ray)."""


def actor_settings(settings: Settings) -> Settings:
    """The settings an actor runs with: the embedded model's threads fixed, so that actors on one node do not
    each take every core."""
    if settings.model.kind == "local" and settings.n_threads is None:
        return dataclasses.replace(settings, n_threads=LOCAL_MODEL_THREADS)
    return settings


def _actor_resources(settings: Settings) -> dict[str, Any]:
    if settings.model.kind == "local":
        return {"num_cpus": actor_settings(settings).n_threads, "memory": LOCAL_MODEL_MEMORY}
    return {"num_cpus": HTTP_WORKER_CPUS}


def default_workers(resources: dict[str, float], settings: Settings) -> int:
    """As many actors as the cluster's CPUs (and, for the embedded model, its memory) hold; at least one."""
    need = _actor_resources(settings)
    fits = resources.get("CPU", 1.0) / need["num_cpus"]
    if "memory" in need:
        fits = min(fits, resources.get("memory", need["memory"]) / need["memory"])
    return max(1, int(fits))


class _Pool:
    """The actors, how many articles each has in flight, and how many times each died."""

    def __init__(self, ray: Any, settings: Settings, workers: int, per_worker: int,
                 kinds: tuple[tuple[KindSpec, int], ...] = ()) -> None:
        remote = ray.remote(Worker).options(max_restarts=ACTOR_RESTARTS, max_task_retries=0, max_concurrency=per_worker,
                                            scheduling_strategy="SPREAD", **_actor_resources(settings))
        self.ray, self.per_worker = ray, per_worker
        self.actors = [remote.remote(actor_settings(settings), per_worker, kinds) for _ in range(workers)]
        self.load = [0] * workers
        self.deaths = [0] * workers

    @property
    def slots(self) -> int:
        return sum(self.per_worker for i in range(len(self.actors)) if self.deaths[i] <= ACTOR_RESTARTS)

    def submit(self, doc: Document, kinds: tuple[str, ...], avoid: int | None) -> tuple[asyncio.Future[Outcome], int]:
        """Send ``doc`` to the least loaded live actor (another than ``avoid`` when there is one)."""
        live = [i for i in range(len(self.actors)) if self.deaths[i] <= ACTOR_RESTARTS]
        if not live:
            raise SummarizerError("every Ray worker died: re-run the same command to continue")
        index = min(live, key=lambda i: (i == avoid, self.load[i]))
        self.load[index] += 1
        ref = self.actors[index].summarize.remote(doc, kinds)
        future: Future[Outcome] = ref.future()
        return asyncio.wrap_future(future), index

    def stop(self) -> None:
        for actor in self.actors:
            try:
                self.ray.kill(actor)
            except Exception:  # noqa: BLE001, S112 - already gone
                continue


@dataclass
class _Flight:
    result: ArticleResult
    actor: int
    started: float


class _Driver:
    """Feeds the pool from the run, and hands each result back to the run as it comes."""

    def __init__(self, run: BatchRun, pool: _Pool, items: Iterable[Item]) -> None:
        self.run, self.pool = run, pool
        self.feed = run.feed(items)
        self.flights: dict[asyncio.Future[Outcome], _Flight] = {}
        self.avoid: dict[str, int] = {}  # article (its input's id) -> the actor that died on it

    async def drive(self) -> None:
        while True:
            while not self.run.stopping and len(self.flights) < max(1, self.pool.slots):
                reader = next(self.feed, None)
                if reader is None:
                    break
                await self._send(reader)
            if not self.flights:
                if self.run.again and not self.run.stopping:
                    continue
                return
            done, _ = await asyncio.wait(self.flights, return_when=asyncio.FIRST_COMPLETED)
            for future in done:
                self._settle(future, self.flights.pop(future))

    async def _send(self, reader: Reader) -> None:
        """Read the article here, pass it over if the run says so, else send it to an actor."""
        result = ArticleResult(item=reader)
        started = time.perf_counter()
        try:
            result.doc = await asyncio.to_thread(reader)
        except Exception as exc:  # noqa: BLE001 - an unreadable input is its article's error row
            result.error, result.seconds = exc, time.perf_counter() - started
            self.run.finish(result)
            return
        if self.run.skip(result):
            result.skipped = True
            self.run.finish(result)
            return
        future, actor = self.pool.submit(result.doc, self.run.options.kinds, self.avoid.get(reader.item.unread_id))
        self.flights[future] = _Flight(result, actor, started)

    def _settle(self, future: asyncio.Future[Outcome], flight: _Flight) -> None:
        result, ray = flight.result, self.pool.ray
        self.pool.load[flight.actor] -= 1
        try:
            result.summary, reason, again, _ = future.result()
            if reason is not None:
                result.error = RemoteFailure(reason, again)
        except ray.exceptions.RayActorError as exc:
            self.pool.deaths[flight.actor] += 1
            assert isinstance(result.item, Reader)
            self.avoid[result.item.item.unread_id] = flight.actor
            result.error = RemoteFailure(f"WorkerDied: the Ray worker summarising it died ({self._said(exc)})", True)
        except ray.exceptions.RayError as exc:
            result.error = RemoteFailure(f"RayError: {self._said(exc)}", True)
        result.seconds = time.perf_counter() - flight.started
        self.run.finish(result)

    def _said(self, exc: BaseException) -> str:
        """The first line of what Ray says of a failure, short, with no secret of the settings in it."""
        lines = str(exc).strip().splitlines()
        return redact_text(lines[0] if lines else type(exc).__name__, [self.run.summarizer.settings.api_key])[:200]


def _file_kinds(names: Iterable[str]) -> tuple[tuple[KindSpec, int], ...]:
    """The declarations of the kind files' kinds among ``names``, with their order, for the actors to register."""
    chosen = [get(name) for name in names]
    return tuple((kind.spec, kind.order) for kind in chosen if kind.spec is not None)


async def arun_ray_batch(summarizer: Summarizer, store: Store, items: Iterable[Item],
                         options: BatchOptions | None = None, reporter: Reporter | None = None,
                         total: int | None = None, *, ray_options: RayOptions | None = None) -> BatchReport:
    """Run ``items`` through a pool of Ray actors into ``store`` (see the module's docstring); the report."""
    opts, ropts, ray = options or BatchOptions(), ray_options or RayOptions(), _ray()
    run = BatchRun(summarizer, store, opts, reporter or QuietReporter())
    run.retrying = True
    started_here = _start_ray(ray, ropts)
    local = summarizer.settings.model.kind == "local"
    per_worker = 1 if local else max(1, ropts.per_worker or opts.concurrency or summarizer.default_concurrency())
    workers = ropts.workers or default_workers(ray.cluster_resources(), summarizer.settings)
    try:
        pool = _Pool(ray, summarizer.settings, workers, per_worker, _file_kinds(opts.kinds))
    except BaseException:
        if started_here:
            ray.shutdown()
        raise
    started = time.perf_counter()

    def cleanup() -> None:
        pool.stop()
        if started_here:
            ray.shutdown()

    await supervise(run, _Driver(run, pool, items).drive(), total, started, cleanup)
    return run.report


def run_ray_batch(summarizer: Summarizer, store: Store, items: Iterable[Item], options: BatchOptions | None = None,
                  reporter: Reporter | None = None, total: int | None = None, *,
                  ray_options: RayOptions | None = None) -> BatchReport:
    """:func:`arun_ray_batch` in its own event loop: the batch layer's Python API for a Ray run.

    >>> from summarizer.batch.inputs import expand_inputs           # doctest: +SKIP
    >>> with Store("news.sqlite") as store:                          # doctest: +SKIP
    ...     report = run_ray_batch(Summarizer(model="openai:gpt-4o-mini"), store, expand_inputs(["corpus/"]),
    ...                            ray_options=RayOptions(address="auto", workers=8))
    """
    return asyncio.run(arun_ray_batch(summarizer, store, items, options, reporter, total, ray_options=ray_options))
