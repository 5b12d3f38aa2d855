"""Render an ArticleSummary as JSON, markdown, rich tables (readable at 80 columns) or an HTML page."""

from __future__ import annotations

import io
import json

from summarizer.render.records import by_kind, field_names, value_text
from summarizer.schemas import ArticleSummary, DateRef, Entity, Place, Quote

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


def _who(entities: list[Entity]) -> str:
    return ", ".join(f"{e.name} ({e.role})" if e.role else e.name for e in entities) or "?"


def _where(places: list[Place]) -> str:
    return ", ".join(f"{p.name} [{p.country_code}]" if p.country_code and p.name != p.country else p.name for p in places) or "?"


def _when(ref: DateRef | None) -> str:
    if ref is None:
        return "?"
    return f"{ref.text} = {ref.value}" if ref.value else ref.text


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(summary: ArticleSummary) -> str:
    """A markdown report: one section per kind, evidence quoted."""
    out = [f"# {summary.doc_id}", ""] + ([_md_escape(byline(summary)), ""] if byline(summary) else [])
    out += [f"Model: `{summary.model}`; {published_line(summary)}", ""]
    out.append(f"## Trips ({len(summary.trips)})")
    for t in summary.trips:
        out.append(f"- **{_who(t.travellers)}** to {_where(t.destinations)}; when: {_when(t.when)}; "
                   f"{t.status}, {t.mode.replace('_', ' ')}" + (f"; purpose: {t.purpose}" if t.purpose else ""))
        out.extend(f"  > {_md_escape(s.text)} `[{s.start}:{s.end}]`" for s in t.evidence)
    out += ["", f"## Meetings ({len(summary.meetings)})"]
    for m in summary.meetings:
        out.append(f"- **{_who(m.participants)}**; when: {_when(m.when)}; format: {m.format}"
                   + (f"; topics: {', '.join(m.topics)}" if m.topics else ""))
        out.extend(f"  > {_md_escape(s.text)} `[{s.start}:{s.end}]`" for s in m.evidence)
    out += ["", f"## Quotes ({len(summary.quotes)})"]
    for q in summary.quotes:
        who = f"{q.speaker} ({q.speaker_role})" if q.speaker_role else q.speaker
        spans = ", ".join(f"[{s.start}:{s.end}]" for s in q.evidence)
        words = _words(q, _md_escape(q.text))
        out.append(f"- **{who}**: {words} `{spans}`")
    for kind, records in by_kind(summary).items():
        out += ["", f"## {kind.replace('_', ' ').capitalize()} ({len(records)})"]
        for r in records:
            out.append("- " + "; ".join(f"{k}: {_md_escape(value_text(v))}" for k, v in r.fields.items() if value_text(v)))
            out.extend(f"  > {_md_escape(s.text)} `[{s.start}:{s.end}]`" for s in r.evidence)
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
    t = Table(title=f"Trips in {summary.doc_id}", show_lines=True, expand=True)
    for col in ("Who", "Where", "When", "Status"):
        t.add_column(col)
    for trip in summary.trips:
        t.add_row(_who(trip.travellers), _where(trip.destinations), _when(trip.when),
                  f"{trip.status}, {trip.mode.replace('_', ' ')}")
    console.print(t)
    m = Table(title="Meetings", show_lines=True, expand=True)
    for col in ("Who", "When", "Format", "Topics"):
        m.add_column(col)
    for meet in summary.meetings:
        m.add_row(_who(meet.participants), _when(meet.when), meet.format, "; ".join(meet.topics))
    console.print(m)
    q = Table(title="Quotes", show_lines=True, expand=True)
    q.add_column("Speaker", ratio=1)
    q.add_column("Words", ratio=3)
    for quote in summary.quotes:
        who = quote.speaker + ("" if quote.speaker_resolved else " (as written)")
        q.add_row(who + (f"\n{quote.speaker_role}" if quote.speaker_role else ""), _words(quote, quote.text))
    console.print(q)
    for kind, records in by_kind(summary).items():
        k = Table(title=kind.replace("_", " ").capitalize(), show_lines=True, expand=True)
        names = field_names(records)
        for name in names:
            k.add_column(name)
        for r in records:
            k.add_row(*(value_text(r.fields.get(name)) for name in names))
        console.print(k)
    for w in summary.warnings:
        console.print(f"warning: {w}", markup=False)
    u = summary.usage
    console.print(f"{u.calls} calls, {u.retries} re-asks, {u.cached_calls} cached, "
                  f"{u.prompt_tokens}+{u.completion_tokens} tokens, {summary.seconds:.1f} s", markup=False)
    return buf.getvalue()


def _words(quote: Quote, text: str) -> str:
    """A quote's words with its kind: quoted, or marked as a mixed quote or reported speech."""
    if quote.kind == "direct" and quote.direct:
        return f"“{text}”"
    return f"(mixed) {text}" if quote.kind == "mixed" else f"(reported) {text}"


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
