"""Render an ArticleSummary as JSON, markdown, rich tables (readable at 80 columns) or an HTML page."""

from __future__ import annotations

import io
import json
from typing import Any

from summarizer.kinds import kinds as registered
from summarizer.kinds.views import GENERIC, KindViews
from summarizer.kinds.words import evidence_lines, md_escape
from summarizer.render.records import by_kind, field_names, value_text
from summarizer.schemas import ArticleSummary, Record

__all__ = ["FORMATS", "byline", "published_line", "render", "to_json", "to_markdown", "to_table"]

FORMATS = ("json", "markdown", "table", "html")
_FROM = {"given": "given", "page": "from the page", "feed": "from the feed entry", "dateline": "from the dateline"}


def published_line(summary: ArticleSummary) -> str:
    """Which reference date was used and where it came from: ``published 2019-11-20 (from the page)``."""
    if not summary.published:
        return "published: unknown (no reference date)"
    if summary.published_source is None:  # a summary stored before the source was recorded
        return f"published {summary.published}"
    return f"published {summary.published} ({_FROM.get(summary.published_source, summary.published_source)})"


def byline(summary: ArticleSummary) -> str:
    """What a web page said of itself, in one line: title, authors, site, URL (empty for a text)."""
    parts = [summary.title or "", ("by " + ", ".join(summary.authors)) if summary.authors else "",
             summary.site_name or "", summary.url or ""]
    return " · ".join(p for p in parts if p)


def to_json(summary: ArticleSummary) -> str:
    """``summary.model_dump(mode="json")``, indented."""
    return json.dumps(summary.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _generic_markdown(record: Record) -> list[str]:
    return ["- " + "; ".join(f"{k}: {md_escape(value_text(v))}" for k, v in record.fields.items() if value_text(v)),
            *evidence_lines(record.evidence)]


def _sections(summary: ArticleSummary) -> list[tuple[str, list[Any], KindViews]]:
    """(name, records, views) of each kind: the built-in kinds always, others where the summary has records."""
    own = [(k.name, k.records(summary), k.views) for k in registered() if k.builtin]
    return own + [(name, records, GENERIC) for name, records in by_kind(summary).items()]


def to_markdown(summary: ArticleSummary) -> str:
    """A markdown report: one section per kind, evidence quoted."""
    out = [f"# {summary.doc_id}", ""] + ([md_escape(byline(summary)), ""] if byline(summary) else [])
    out += [f"Model: `{summary.model}`; {published_line(summary)}", ""]
    for name, records, views in _sections(summary):
        out += ([""] if out[-1] else []) + [f"## {name.replace('_', ' ').capitalize()} ({len(records)})"]
        for record in records:
            out += views.markdown(record) if views.markdown else _generic_markdown(record)
    if summary.warnings:
        out += ["", "## Warnings"] + [f"- {w}" for w in summary.warnings]
    u = summary.usage
    out += ["", (f"_{u.calls} model calls ({u.retries} re-asks, {u.cached_calls} from cache), "
                f"{u.prompt_tokens} prompt + {u.completion_tokens} completion tokens, {summary.seconds:.1f} s_"), ""]
    return "\n".join(out)


def to_table(summary: ArticleSummary, width: int = 80) -> str:
    """Rich tables rendered to plain text at ``width`` columns."""
    from rich.console import Console
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, color_system=None)
    for line in (byline(summary), published_line(summary)):
        if line:
            console.print(line, markup=False, highlight=False)
    for n, (name, records, views) in enumerate(_sections(summary)):
        title = name.replace("_", " ").capitalize()
        k = Table(title=title if n else f"{title} in {summary.doc_id}", show_lines=True, expand=True)
        if views.table is not None:
            for heading, ratio in views.table.columns:
                k.add_column(heading, ratio=ratio)
            for record in records:
                k.add_row(*views.table.row(record))
        else:
            names = field_names(records)
            for heading in names:
                k.add_column(heading)
            for record in records:
                k.add_row(*(value_text(record.fields.get(heading)) for heading in names))
        console.print(k)
    for w in summary.warnings:
        console.print(f"warning: {w}", markup=False)
    u = summary.usage
    console.print(f"{u.calls} calls, {u.retries} re-asks, {u.cached_calls} cached, "
                  f"{u.prompt_tokens}+{u.completion_tokens} tokens, {summary.seconds:.1f} s", markup=False)
    return buf.getvalue()


def render(summary: ArticleSummary, fmt: str, text: str | None = None) -> str:
    """Render in one of :data:`FORMATS`; ``html`` highlights the evidence in the article ``text``."""
    if fmt == "json":
        return to_json(summary)
    if fmt == "markdown":
        return to_markdown(summary)
    if fmt == "table":
        return to_table(summary)
    if fmt == "html":
        from summarizer.render.html import html

        return html(summary, text)
    raise ValueError(f"unknown format {fmt!r}")
