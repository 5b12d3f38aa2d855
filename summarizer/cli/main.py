"""The ``summarizer`` command: a thin typer layer over the Python API.

Expected failures print one line on stderr and exit non-zero (2 for bad input or
configuration, 1 for model or backend failures); ``--debug`` shows the traceback.
Options left out are left to :func:`summarizer.config.resolve_settings`, the one reader of
the ``SUMMARIZER_*`` / ``OPENAI_*`` variables (each option's help names its variable).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

app = typer.Typer(
    help="Read news articles; return grounded records of trips, meetings and quotes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cache_app = typer.Typer(help="Inspect and prune the reply cache.", no_args_is_help=True)
fixtures_app = typer.Typer(help="Check and update the offline regression fixtures.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")
app.add_typer(fixtures_app, name="fixtures")

T = TypeVar("T")
_DEBUG = {"on": False}

# No envvar= here: config.resolve_settings reads the variables, once; the help says which applies.
ModelOpt = Annotated[str | None, typer.Option(
    "--model", "-m", help="'local', 'local:/path/model.gguf' or 'openai:NAME' (else SUMMARIZER_MODEL; "
    "default: local unless a key is set).", show_default=False)]
BaseUrlOpt = Annotated[str | None, typer.Option(
    "--base-url", help="OpenAI-compatible server URL (Ollama, vLLM, llama.cpp server...; else "
    "SUMMARIZER_BASE_URL, then OPENAI_BASE_URL).", show_default=False)]
ApiKeyOpt = Annotated[str | None, typer.Option(
    "--api-key", help="API key (else SUMMARIZER_API_KEY, then OPENAI_API_KEY).", show_default=False)]
CacheModeOpt = Annotated[str | None, typer.Option(
    "--cache-mode", help="off | auto | replay | record (else SUMMARIZER_CACHE_MODE; default auto).",
    show_default=False)]
CacheDirOpt = Annotated[Path | None, typer.Option(
    "--cache-dir", help="Reply cache folder (else SUMMARIZER_CACHE_DIR; default ~/.cache/summarizer/replies).",
    show_default=False)]
TimeoutOpt = Annotated[float | None, typer.Option(
    "--timeout", help="Seconds for each model call, HTTP retries and re-asks included (else SUMMARIZER_TIMEOUT); "
    "also the deadline for fetching each URL (default 30 s there).", show_default=False)]
RetriesOpt = Annotated[int | None, typer.Option("--max-retries", help="Re-asks after a validation error (default 2).")]
StrategyOpt = Annotated[str | None, typer.Option(
    "--strategy", help="focused (default) or naive (one call, the baseline; else SUMMARIZER_STRATEGY).",
    show_default=False)]
KindsOpt = Annotated[str, typer.Option(
    "--kinds", help="Comma-separated kinds: trips,meetings,quotes and those of --kind-file.")]
KindFileOpt = Annotated[list[Path] | None, typer.Option(
    "--kind-file", help="A kind of record of your own, from a TOML file (see docs/kinds.md); repeatable. Its kind "
    "is read besides --kinds.", show_default=False)]
ParallelOpt = Annotated[int | None, typer.Option("--parallel", help="Questions the local model decodes together "
                        "(else SUMMARIZER_PARALLEL; default 4; 1: one at a time).", show_default=False)]
ThreadsOpt = Annotated[int | None, typer.Option("--threads", help="llama.cpp threads for the local model (else "
                       "SUMMARIZER_THREADS; default: the free cores).", show_default=False)]


def _fail(message: str, code: int) -> None:
    typer.echo(f"summarizer: error: {message}", err=True)
    raise typer.Exit(code)


def _guard(fn: Callable[[], T]) -> T:
    """Run ``fn``; turn expected errors into one line on stderr and an exit code."""
    from summarizer.errors import SummarizerError

    try:
        return fn()
    except SummarizerError as exc:
        if _DEBUG["on"]:
            raise
        _fail(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except OSError as exc:
        if _DEBUG["on"]:
            raise
        _fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc), 2)
    raise AssertionError("unreachable")


def _wanted_kinds(kinds: str, kind_files: list[Path] | None) -> tuple[str, ...]:
    """The kinds named by --kinds, then those of the --kind-file files: checked, in order."""
    from summarizer.api import check_kinds, load_kind_files
    from summarizer.errors import ConfigError

    from_files = load_kind_files(kind_files or [])
    named = tuple(k.strip() for k in kinds.split(",") if k.strip())
    try:
        return check_kinds(named + from_files)
    except ConfigError as exc:
        raise ConfigError(f"--kinds: {exc}") from None


def _settings(**options: Any) -> Any:
    from summarizer.config import resolve_settings

    return resolve_settings(**{k: v for k, v in options.items() if v is not None})


@app.callback()
def _root(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _DEBUG["on"] = debug


@app.command()
def summarize(
    sources: Annotated[list[str], typer.Argument(help="Article file(s), URL(s), or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | markdown | table | html")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Reference date YYYY-MM-DD for relative dates.")] = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    cache_mode: CacheModeOpt = None,
    cache_dir: CacheDirOpt = None,
    timeout: TimeoutOpt = None,
    max_retries: RetriesOpt = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")] = 5_000_000,
    strategy: StrategyOpt = None,
    kinds: KindsOpt = "trips,meetings,quotes",
    kind_file: KindFileOpt = None,
    threads: ThreadsOpt = None,
    parallel: ParallelOpt = None,
) -> None:
    """Summarise articles into trips, meetings and quotes. Several inputs give JSON lines (each with
    its source and input_key); with --output, a re-run skips the inputs already written there."""
    from summarizer.render.formats import FORMATS

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", 2)
    if fmt == "html" and len(sources) > 1:
        _fail("--format html shows one article; give one input (many: summarizer view --db)", 2)
    if max_bytes < 1:
        _fail(f"--max-bytes must be a positive number of bytes, got {max_bytes}", 2)
    options = {"model": model, "base_url": base_url, "api_key": api_key, "cache_mode": cache_mode,
               "cache_dir": cache_dir, "timeout": timeout, "max_retries": max_retries, "strategy": strategy,
               "n_threads": threads, "parallel": parallel}
    _guard(lambda: _summarize(sources, fmt=fmt, output=output, published=published, kinds=kinds,
                              kind_files=kind_file, max_bytes=max_bytes, options=options))


def _summarize(sources: list[str], *, fmt: str, output: Path | None, published: str | None, kinds: str,
               kind_files: list[Path] | None, max_bytes: int, options: dict[str, Any]) -> None:
    """One input: the summary in ``fmt``. Several: JSON lines, appended to ``output`` (resumable) or printed."""
    from summarizer.api import Summarizer, parse_published, summary_line
    from summarizer.render.formats import render
    from summarizer.util.atomic import check_writable, write_atomic

    # Everything that can be checked is checked before any input is read or model called.
    ref = parse_published(published or None, what="--published")
    wanted = _wanted_kinds(kinds, kind_files)
    settings = _settings(**options)
    target = check_writable(output) if output else None
    summarizer = Summarizer(settings)
    if len(sources) == 1:
        if fmt == "html":  # the page shows the summary over the article's text as it was read
            doc, summary = next(summarizer.summarize_many(sources, published=ref, kinds=wanted, max_bytes=max_bytes))
            text = render(summary, fmt, doc.text)
        else:
            text = render(summarizer.summarize_path(sources[0], published=ref, kinds=wanted, max_bytes=max_bytes), fmt)
        if target:
            write_atomic(target, text)
        else:
            sys.stdout.write(text)
    elif output:
        summarizer.summarize_into(output, sources, published=ref, kinds=wanted, max_bytes=max_bytes,
                                  notify=lambda message: typer.echo(message, err=True))
    else:
        for doc, summary in summarizer.summarize_many(sources, published=ref, kinds=wanted, max_bytes=max_bytes):
            sys.stdout.write(summary_line(doc, summary) + "\n")
            sys.stdout.flush()


@app.command()
def schema(
    kind: Annotated[str, typer.Argument(help="A record kind (trip, meeting, quote, or a kind file's) or summary.")]
    = "summary",
    kind_file: KindFileOpt = None,
) -> None:
    """Print the JSON Schema of a record (of a kind file's kind: the reply the model is asked for)."""
    import json

    typer.echo(json.dumps(_guard(lambda: _schema(kind, kind_file)), indent=2))


def _schema(kind: str, kind_files: list[Path] | None) -> dict[str, Any]:
    from pydantic import BaseModel

    from summarizer.api import load_kind_files
    from summarizer.errors import ConfigError
    from summarizer.extract.records import reply_model
    from summarizer.kinds import kinds
    from summarizer.schemas import ArticleSummary

    load_kind_files(kind_files or [])
    models: dict[str, type[BaseModel]] = {k.singular: k.record_type for k in kinds() if k.builtin}
    models |= {k.singular: reply_model(k.spec) for k in kinds() if k.spec is not None}
    models["summary"] = ArticleSummary
    if kind not in models:
        raise ConfigError(f"unknown record {kind!r}; use one of {', '.join(models)}")
    return models[kind].model_json_schema()


@cache_app.command("path")
def cache_path(cache_dir: CacheDirOpt = None) -> None:
    """Print the cache folder."""
    typer.echo(str(_guard(lambda: _settings(model="local", cache_dir=cache_dir)).cache_dir))


@cache_app.command("stats")
def cache_stats(cache_dir: CacheDirOpt = None) -> None:
    """Count recorded replies by model."""
    from summarizer.llm.cache import ReplyCache

    settings = _guard(lambda: _settings(model="local", cache_dir=cache_dir))
    st = ReplyCache(settings.cache_dir).stats()
    typer.echo(f"{st.path}: {st.files} replies, {st.bytes / 1e6:.2f} MB, {st.corrupt} corrupt")
    for name, count in sorted(st.models.items()):
        typer.echo(f"  {name}: {count}")


@cache_app.command("prune")
def cache_prune(
    cache_dir: CacheDirOpt = None,
    older_than: Annotated[float | None, typer.Option("--older-than", help="Days.")] = None,
) -> None:
    """Delete corrupt replies and, with --older-than, old ones."""
    from summarizer.llm.cache import ReplyCache

    settings = _guard(lambda: _settings(model="local", cache_dir=cache_dir))
    removed = _guard(lambda: ReplyCache(settings.cache_dir).prune(older_than_days=older_than))
    typer.echo(f"removed {len(removed)} file(s) from {settings.cache_dir}")


@fixtures_app.command("check")
def fixtures_check(
    root: Annotated[Path, typer.Option("--root", help="The fixtures folder.")] = Path("fixtures"),
    update: Annotated[bool, typer.Option("--update-expected", help="Rewrite fixtures/expected from replay.")] = False,
    prune: Annotated[bool, typer.Option("--prune-unused", help="Delete replies no article uses.")] = False,
) -> None:
    """Replay every fixture article: compare with fixtures/expected and list unused replies (exit 1 if any)."""
    from summarizer.eval.fixtures import check_fixtures

    report = _guard(lambda: check_fixtures(root, update=update, prune=prune))
    for line in report.lines():
        typer.echo(line)
    if not report.ok:
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    corpus_dir: Annotated[Path, typer.Argument(help="../shared/corpus or one of its folders.")],
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    cache_mode: CacheModeOpt = None,
    cache_dir: CacheDirOpt = None,
    strategy: StrategyOpt = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most N documents per corpus.")] = None,
    split: Annotated[str | None, typer.Option("--split", help="PolNeAR split (e.g. dev); default all.")] = None,
    half: Annotated[str | None, typer.Option(
        "--half", help="read: the documents read while writing the rules; unread: the others; both: every "
        "document, and each row on each half with 95% intervals and unread - read.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Scores per document.")] = False,
    kind_file: Annotated[list[Path] | None, typer.Option(
        "--kind-file", help="Score this kind file's kind (instead of the built-in kinds) against the gold event "
        "type it names (event_type), on the corpora with event gold; repeatable.", show_default=False)] = None,
) -> None:
    """Score the summariser against human gold annotations."""
    from summarizer.eval.run import run_eval

    _guard(lambda: run_eval(corpus_dir, model=model, base_url=base_url, api_key=api_key, cache_mode=cache_mode,
                            cache_dir=cache_dir, strategy=strategy, limit=limit, split=split, half=half, as_json=as_json,
                            details=details, kind_files=kind_file))


def main() -> None:
    """Console-script entry point."""
    app(prog_name="summarizer")
