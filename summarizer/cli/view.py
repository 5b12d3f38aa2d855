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
    output_dir: Annotated[Path | None, typer.Option(
        "--output-dir", help="With --db: write a folder, a bounded overview (index.html) and one page per article "
        "(articles/); for a store of any size.", show_default=False)] = None,
    cap: Annotated[int, typer.Option("--cap", help="With --output-dir: the most items in each list of the overview.")] = 500,
    doc_id: Annotated[str | None, typer.Option(
        "--doc-id", help="In a JSON-lines file: the summary with this doc_id or input_key.", show_default=False)] = None,
    evidence_only: Annotated[bool, typer.Option(
        "--evidence-only", help="With --db: do not read the articles' source files back; show the evidence alone.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse an article larger than this.")] = 5_000_000,
) -> None:
    """Write a self-contained HTML page: the article with every record's evidence highlighted (SUMMARY
    ARTICLE), or the collection's timeline, who-met-whom graph and quotes by speaker (--db); for a large
    store, --output-dir writes a bounded overview and one page per article instead."""
    if db is not None and (summary is not None or article is not None):
        _fail("give either SUMMARY [ARTICLE] or --db FILE, not both", 2)
    if db is None and summary is None:
        _fail("give a summary file (and its article), or --db FILE for a collection", 2)
    if max_bytes < 1:
        _fail(f"--max-bytes must be a positive number of bytes, got {max_bytes}", 2)
    if output_dir is not None and (db is None or output is not None):
        _fail("--output-dir goes with --db, and instead of --output", 2)
    if cap < 1:
        _fail(f"--cap must be at least 1, got {cap}", 2)
    if db is not None and output_dir is not None:
        _guard(lambda: _site(db, output_dir, texts=not evidence_only, cap=cap))
    elif db is not None:
        _guard(lambda: _write(output, lambda: _collection(db, texts=not evidence_only)))
    elif summary is not None:
        _guard(lambda: _write(output, lambda: _article(summary, article, doc_id=doc_id, max_bytes=max_bytes)))


SINGLE_PAGE_MAX = 500  # articles: one page with every article's view inside grows ~45 KB an article


def _collection(db: Path, *, texts: bool) -> str:
    from summarizer.render.collection import collection_page
    from summarizer.render.collection_data import article_count

    if (n := article_count(db)) > SINGLE_PAGE_MAX:
        _fail(f"{db} holds {n:,} articles, too many for one page (at most {SINGLE_PAGE_MAX}): "
              f"use --output-dir DIR for an overview and one page per article", 2)
    return collection_page(db, texts=texts)


def _site(db: Path, folder: Path, *, texts: bool, cap: int) -> None:
    from summarizer.render.site import write_site

    pages, size = write_site(db, folder, texts=texts, cap=cap)
    typer.echo(f"wrote {folder / 'index.html'} ({size / 1e6:.1f} MB) and {pages:,} article pages in "
               f"{folder / 'articles'}", err=True)


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
