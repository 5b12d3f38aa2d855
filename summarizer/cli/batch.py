"""``summarizer batch``, ``export`` and ``query``: many articles into one store, and out of it again."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from summarizer.cli.main import (
    ApiKeyOpt,
    BaseUrlOpt,
    CacheDirOpt,
    CacheModeOpt,
    KindFileOpt,
    KindsOpt,
    ModelOpt,
    ParallelOpt,
    RetriesOpt,
    StrategyOpt,
    ThreadsOpt,
    TimeoutOpt,
    _fail,
    _guard,
    _settings,
    _wanted_kinds,
    app,
)

DbOpt = Annotated[Path, typer.Option("--db", help="The store: an SQLite file (created when missing).")]
FromOpt = Annotated[str | None, typer.Option("--from", help="Only records dated on or after this day (YYYY[-MM[-DD]]).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Only records dated on or before this day (YYYY[-MM[-DD]]).")]
MAX_CONCURRENCY = 256


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, URLs, JSONL/CSV manifests, "
                                                     "RSS/Atom feeds (every entry's link), or - for a list of paths "
                                                     "and URLs on stdin.")],
    db: DbOpt,
    via: Annotated[str, typer.Option("--via", help="How the model is reached: direct (calls as they go).")] = "direct",
    engine: Annotated[str, typer.Option("--engine", help="Where the articles are summarised: process (this one) "
                                        "or ray (a pool of Ray actors; pip install 'summarizer[ray]').")] = "process",
    ray_address: Annotated[str | None, typer.Option(
        "--ray-address", help="With --engine ray: auto (the cluster `ray start` joined here) or HOST:PORT of its head; "
        "default: start a Ray on this machine.", show_default=False)] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", help="With --engine ray: actors, each with its own model or client (default: as many as the "
        "cluster's CPUs, and memory for the embedded model, hold).", show_default=False)] = None,
    concurrency: Annotated[int | None, typer.Option(
        "--concurrency", "-j", help="Articles at once (default 8 for HTTP servers; 2 for the local model, 1 with --parallel 1).",
        show_default=False)] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Try again the articles that failed before.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; only the counts at the end.")] = False,
    prices: Annotated[Path | None, typer.Option("--prices", help="JSON prices per model (USD per million tokens).",
                                                show_default=False)] = None,
    published: Annotated[str | None, typer.Option("--published", help="Reference date YYYY-MM-DD for every article "
                                                  "(over a page's own date); a manifest row's wins.")] = None,
    kinds: KindsOpt = "trips,meetings,quotes",
    kind_file: KindFileOpt = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = 5_000_000,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    cache_mode: CacheModeOpt = None,
    cache_dir: CacheDirOpt = None,
    timeout: TimeoutOpt = None,
    max_retries: RetriesOpt = None,
    strategy: StrategyOpt = None,
    threads: ThreadsOpt = None,
    parallel: ParallelOpt = None,
) -> None:
    """Summarise many articles into one SQLite store. A re-run continues where the last one stopped;
    exit 1 when any article is left failed (counts on stderr), 130 when interrupted."""
    if concurrency is not None and not 1 <= concurrency <= MAX_CONCURRENCY:
        _fail(f"--concurrency must be 1 to {MAX_CONCURRENCY}, got {concurrency}", 2)
    if max_bytes < 1:
        _fail(f"--max-bytes must be a positive number of bytes, got {max_bytes}", 2)
    _check_engine(engine, via=via, ray_address=ray_address, workers=workers)
    options = {"model": model, "base_url": base_url, "api_key": api_key, "cache_mode": cache_mode,
               "cache_dir": cache_dir, "timeout": timeout, "max_retries": max_retries, "strategy": strategy,
               "n_threads": threads, "parallel": parallel}
    ray = {"address": ray_address, "workers": workers} if engine == "ray" else None
    code = _guard(lambda: _batch(inputs, db=db, via=via, concurrency=concurrency, retry_failed=retry_failed,
                                 quiet=quiet, prices=prices, published=published, kinds=kinds, kind_files=kind_file,
                                 max_bytes=max_bytes,
                                 options=options, ray=ray))
    raise typer.Exit(code)


def _check_engine(engine: str, *, via: str, ray_address: str | None, workers: int | None) -> None:
    if engine not in ("process", "ray"):
        _fail(f"--engine must be process or ray, got {engine!r}", 2)
    if engine != "ray" and (ray_address is not None or workers is not None):
        _fail("--ray-address and --workers go with --engine ray", 2)
    if engine == "ray" and via != "direct":
        _fail(f"--engine ray sends the calls as they go: it does not combine with --via {via}", 2)
    if workers is not None and not 1 <= workers <= 4096:
        _fail(f"--workers must be 1 to 4096, got {workers}", 2)


def _batch(inputs: list[str], *, db: Path, via: str, concurrency: int | None, retry_failed: bool, quiet: bool,
           prices: Path | None, published: str | None, kinds: str, kind_files: list[Path] | None, max_bytes: int,
           options: dict[str, Any],
           ray: dict[str, Any] | None = None) -> int:
    """Check everything, run the batch, print the closing lines; the exit code."""
    from summarizer.api import Summarizer, parse_published
    from summarizer.batch.inputs import Feeds, count_items, expand_inputs, read_list
    from summarizer.batch.prices import load_prices
    from summarizer.batch.progress import ProgressBar, closing_lines
    from summarizer.batch.run import BatchOptions
    from summarizer.batch.vias import runner
    from summarizer.store import Store

    ref = parse_published(published or None, what="--published")
    wanted = _wanted_kinds(kinds, kind_files)
    run = runner(via) if ray is None else _ray_runner(ray)
    settings = _settings(**options)
    table = load_prices(prices)
    listed = read_list() if "-" in inputs else None
    feeds = Feeds(max_bytes=max_bytes, timeout=settings.fetch_timeout)
    total = count_items(inputs, listed=listed, feeds=feeds)
    summarizer = Summarizer(settings)
    if concurrency and concurrency > 1 and settings.model.kind == "local" and settings.parallel == 1:
        typer.echo("summarizer: with --parallel 1 the local model runs one article at a time (--concurrency 1)", err=True)
    batch_options = BatchOptions(concurrency=concurrency, retry_failed=retry_failed, published=ref, kinds=wanted,
                                 max_bytes=max_bytes, timeout=settings.fetch_timeout, prices=table)
    with Store(db) as store:
        report = run(summarizer, store, expand_inputs(inputs, listed=listed, feeds=feeds), batch_options,
                     None if quiet else ProgressBar(), total)
    lines = closing_lines(report, model=summarizer.model_id, prices_origin=table.origin)
    for line in lines if not quiet else [ln for ln in lines if not ln.startswith(("tokens:", "cost:"))]:
        typer.echo(line, err=True)
    if report.interrupted:
        return 130
    return 1 if report.failed or report.failed_before else 0


def _ray_runner(ray: dict[str, Any]) -> Any:
    """The Ray engine's run function with its options bound (imports no Ray until the run starts)."""
    from functools import partial

    from summarizer.batch.ray_engine import RayOptions, run_ray_batch

    return partial(run_ray_batch, ray_options=RayOptions(address=ray["address"], workers=ray["workers"]))


@app.command()
def export(
    db: DbOpt,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv")] = "jsonl",
    kind: Annotated[str | None, typer.Option("--kind", help="trips | meetings | quotes | a kind file's kind "
                                             "(default: every kind).", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
) -> None:
    """Write the store's trips, meetings and quotes as flat JSON lines or CSV (one row per record)."""
    from summarizer.batch.views import write_export

    if fmt not in ("jsonl", "csv"):
        _fail(f"unknown format {fmt!r}; use jsonl or csv", 2)
    _guard(lambda: write_export(db, fmt=fmt, kind=kind, output=output, date_from=date_from, date_to=date_to))


@app.command()
def query(
    db: DbOpt,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Every quote by this speaker.")] = None,
    traveller: Annotated[str | None, typer.Option("--traveller", help="Every trip by this person.")] = None,
    participant: Annotated[list[str] | None, typer.Option(
        "--participant", help="Every meeting with this party; twice: meetings between both.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="With --person: a kind file's kind, e.g. arrests.",
                                             show_default=False)] = None,
    person: Annotated[str | None, typer.Option("--person", help="With --kind: every record of that kind naming "
                                               "this person (or group) in any person field.",
                                               show_default=False)] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows.")] = 200,
) -> None:
    """Answer a question across the store's articles, as a table."""
    from summarizer.batch.views import show_query
    from summarizer.kinds import builtin_names

    asked = [name for name, value in (("--speaker", speaker), ("--traveller", traveller),
                                      ("--participant", participant), ("--person", person)) if value]
    if len(asked) != 1:
        _fail("give one of --speaker NAME, --traveller NAME, --participant NAME (twice for two parties) "
              "or --kind KIND --person NAME", 2)
    if (kind is None) != (person is None):
        _fail("--kind and --person go together: --kind arrests --person NAME", 2)
    if kind in builtin_names():
        _fail(f"--kind {kind}: use --traveller, --participant or --speaker for the built-in kinds", 2)
    if limit < 1:
        _fail(f"--limit must be at least 1, got {limit}", 2)
    _guard(lambda: show_query(db, speaker=speaker, traveller=traveller, participants=participant or [],
                              date_from=date_from, date_to=date_to, limit=limit, out=sys.stdout, kind=kind,
                              person=person))
