"""``summarizer view``: the HTML view of one summary over its article, or of a whole collection store."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from summarizer.cli.main import _fail, _guard, app


@app.command()
def view(
    summary: Annotated[Path | None, typer.Argument(
        help="A summary: what `summarize --format json` wrote, or a JSON-lines file of them.", show_default=False)] = None,
    article: Annotated[str | None, typer.Argument(
        help="The article it was made from (file, URL or -); without it only the evidence is shown.",
        show_default=False)] = None,
    db: Annotated[Path | None, typer.Option(
        "--db", help="A collection store (`summarizer batch --db`): one page for the whole collection.",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")] = None,
    doc_id: Annotated[str | None, typer.Option(
        "--doc-id", help="In a JSON-lines file: the summary with this doc_id or input_key.", show_default=False)] = None,
    evidence_only: Annotated[bool, typer.Option(
        "--evidence-only", help="With --db: do not read the articles' source files back; show the evidence alone.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse an article larger than this.")] = 5_000_000,
) -> None:
    """Write a self-contained HTML page: the article with every record's evidence highlighted (SUMMARY
    ARTICLE), or the collection's timeline, who-met-whom graph and quotes by speaker (--db)."""
    if db is not None and (summary is not None or article is not None):
        _fail("give either SUMMARY [ARTICLE] or --db FILE, not both", 2)
    if db is None and summary is None:
        _fail("give a summary file (and its article), or --db FILE for a collection", 2)
    if max_bytes < 1:
        _fail(f"--max-bytes must be a positive number of bytes, got {max_bytes}", 2)
    if db is not None:
        _guard(lambda: _write(output, lambda: _collection(db, texts=not evidence_only)))
    elif summary is not None:
        _guard(lambda: _write(output, lambda: _article(summary, article, doc_id=doc_id, max_bytes=max_bytes)))


def _collection(db: Path, *, texts: bool) -> str:
    from summarizer.render.collection import collection_page

    return collection_page(db, texts=texts)


def _article(summary: Path, article: str | None, *, doc_id: str | None, max_bytes: int) -> str:
    from summarizer.read.document import read_document
    from summarizer.render.html import html
    from summarizer.render.inputs import read_summary

    record = read_summary(summary, doc_id=doc_id, source=article)
    text = read_document(article, max_bytes=max_bytes).text if article is not None else None
    return html(record, text)


def _write(output: Path | None, make: Callable[[], str]) -> None:
    """Check ``output`` before any work, then write the page there atomically, or to stdout."""
    from summarizer.util.atomic import check_writable, write_atomic

    target = check_writable(output) if output else None
    page = make()
    if target:
        write_atomic(target, page)
    else:
        sys.stdout.write(page)
