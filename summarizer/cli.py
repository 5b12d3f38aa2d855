"""The ``summarizer`` command: a thin typer layer over the Python API.

Expected failures print one line on stderr and exit non-zero (2 for bad input or
configuration, 1 for model or backend failures); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import os
import sys
import tempfile
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

ModelOpt = Annotated[str | None, typer.Option("--model", "-m", envvar="SUMMARIZER_MODEL",
                     help="'local', 'local:/path/model.gguf' or 'openai:NAME' (default: local unless a key is set).")]
BaseUrlOpt = Annotated[str | None, typer.Option("--base-url", envvar="SUMMARIZER_BASE_URL",
                       help="OpenAI-compatible server URL (Ollama, vLLM, llama.cpp server...).")]
ApiKeyOpt = Annotated[str | None, typer.Option("--api-key", help="API key (else SUMMARIZER_API_KEY, then OPENAI_API_KEY).",
                      show_default=False)]
CacheModeOpt = Annotated[str | None, typer.Option("--cache-mode", envvar="SUMMARIZER_CACHE_MODE",
                         help="off | auto | replay | record (default auto).")]
CacheDirOpt = Annotated[Path | None, typer.Option("--cache-dir", envvar="SUMMARIZER_CACHE_DIR",
                        help="Reply cache folder (default ~/.cache/summarizer/replies).")]
TimeoutOpt = Annotated[float | None, typer.Option("--timeout", envvar="SUMMARIZER_TIMEOUT", help="Seconds per model call.")]
RetriesOpt = Annotated[int | None, typer.Option("--max-retries", help="Re-asks after a validation error (default 2).")]
StrategyOpt = Annotated[str | None, typer.Option("--strategy", help="focused (default) or naive (one call, the baseline).")]


def _fail(message: str, code: int) -> None:
    typer.echo(f"summarizer: error: {message}", err=True)
    raise typer.Exit(code)


def _guard(fn: Callable[[], T]) -> T:
    """Run ``fn``; turn expected errors into one line on stderr and an exit code."""
    from .errors import SummarizerError

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


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file in the same folder, then rename."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        _fail(f"output folder does not exist: {folder}", 2)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _settings(**options: Any) -> Any:
    from .config import resolve_settings

    return resolve_settings(**{k: v for k, v in options.items() if v is not None})


@app.callback()
def _root(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _DEBUG["on"] = debug


@app.command()
def summarize(
    sources: Annotated[list[str], typer.Argument(help="Article file(s), URL(s), or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json | markdown | table")] = "table",
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
    kinds: Annotated[str, typer.Option("--kinds", help="Comma-separated: trips,meetings,quotes.")] = "trips,meetings,quotes",
) -> None:
    """Summarise articles into trips, meetings and quotes. Several inputs give JSON lines; with
    --output, a re-run skips articles already written there."""
    from .render import FORMATS

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", 2)

    def run() -> None:
        import json
        from datetime import date

        from .api import Summarizer
        from .documents import read_document
        from .errors import ConfigError
        from .render import render

        try:
            ref = date.fromisoformat(published) if published else None
        except ValueError:
            raise ConfigError(f"--published must be YYYY-MM-DD, got {published!r}") from None
        wanted = tuple(k.strip() for k in kinds.split(",") if k.strip())

        def open_summarizer() -> Summarizer:
            return Summarizer(model=model, base_url=base_url, api_key=api_key, cache_mode=cache_mode,
                              cache_dir=cache_dir, timeout=timeout, max_retries=max_retries, strategy=strategy)

        if len(sources) == 1:
            doc = read_document(sources[0], max_bytes=max_bytes, published=ref)  # bad input is reported first
            summarizer = open_summarizer()
            text = render(summarizer.summarize(doc, kinds=wanted), fmt)
            if output:
                write_atomic(output, text)
            else:
                sys.stdout.write(text)
            return
        # Many articles: JSON lines, resumable.
        done: dict[str, str] = {}
        if output and output.exists():
            for line in output.read_text(encoding="utf-8").splitlines():
                try:
                    done[json.loads(line)["doc_id"]] = line
                except (ValueError, KeyError):
                    continue
        summarizer = open_summarizer()
        lines = dict(done)
        for source in sources:
            doc = read_document(source, max_bytes=max_bytes, published=ref)
            if doc.doc_id in done:
                typer.echo(f"skip {doc.doc_id}: already in {output}", err=True)
                continue
            line = json.dumps(summarizer.summarize(doc, kinds=wanted).model_dump(mode="json"), ensure_ascii=False)
            lines[doc.doc_id] = line
            if output:
                write_atomic(output, "\n".join(lines.values()) + "\n")
            else:
                sys.stdout.write(line + "\n")

    _guard(run)


@app.command()
def schema(kind: Annotated[str, typer.Argument(help="trip | meeting | quote | summary")] = "summary") -> None:
    """Print the JSON Schema of a record."""
    import json

    from pydantic import BaseModel

    from . import schemas

    models: dict[str, type[BaseModel]] = {"trip": schemas.Trip, "meeting": schemas.Meeting, "quote": schemas.Quote, "summary": schemas.ArticleSummary}
    if kind not in models:
        _fail(f"unknown record {kind!r}; use one of {', '.join(models)}", 2)
    typer.echo(json.dumps(models[kind].model_json_schema(), indent=2))


@cache_app.command("path")
def cache_path(cache_dir: CacheDirOpt = None) -> None:
    """Print the cache folder."""
    typer.echo(str(_guard(lambda: _settings(model="local", cache_dir=cache_dir)).cache_dir))


@cache_app.command("stats")
def cache_stats(cache_dir: CacheDirOpt = None) -> None:
    """Count recorded replies by model."""
    from .cache import ReplyCache

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
    from .cache import ReplyCache

    settings = _guard(lambda: _settings(model="local", cache_dir=cache_dir))
    removed = ReplyCache(settings.cache_dir).prune(older_than_days=older_than)
    typer.echo(f"removed {len(removed)} file(s) from {settings.cache_dir}")


@fixtures_app.command("check")
def fixtures_check(
    root: Annotated[Path, typer.Option("--root", help="The fixtures folder.")] = Path("fixtures"),
    update: Annotated[bool, typer.Option("--update-expected", help="Rewrite fixtures/expected from replay.")] = False,
    prune: Annotated[bool, typer.Option("--prune-unused", help="Delete replies no article uses.")] = False,
) -> None:
    """Replay every fixture article: compare with fixtures/expected and list unused replies (exit 1 if any)."""
    from .fixtures import check_fixtures

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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="Scores per document.")] = False,
) -> None:
    """Score the summariser against human gold annotations."""
    from .evalrun import run_eval

    _guard(lambda: run_eval(corpus_dir, model=model, base_url=base_url, api_key=api_key, cache_mode=cache_mode,
                            cache_dir=cache_dir, strategy=strategy, limit=limit, split=split, as_json=as_json,
                            details=details))


def main() -> None:
    """Console-script entry point."""
    app(prog_name="summarizer")
