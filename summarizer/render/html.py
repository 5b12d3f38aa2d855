"""The HTML view of one article: its text with every record's evidence highlighted, and the records.

:func:`html` gives a whole self-contained page; :func:`article_view` the view's markup alone (the
collection page embeds one per article); :func:`fragment` a piece for a notebook cell, with its own
scoped style and script. Colours: one per kind (trip, meeting, direct quote, reported speech); where
spans overlap, the shortest gives the background and every kind present adds a bar under the text,
and each record's tag (``T1``, ``Q2``) opens its span, so nested and crossing spans stay readable.
Dates are underlined and followed by their normalised value; the attribution words near a quote are
bold. :meth:`ArticleSummary.to_html <summarizer.schemas.ArticleSummary.to_html>` and ``_repr_html_``
call :func:`html` and :func:`fragment`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from itertools import combinations

from summarizer.kinds import kinds as registered
from summarizer.render.cards import KIND_NAMES, card, headline, label, plain
from summarizer.render.formats import byline, published_line
from summarizer.render.marks import (
    CATEGORIES,
    Mark,
    Record,
    Segment,
    check_spans,
    date_refs,
    passages,
    records,
    segments,
    summary_marks,
)
from summarizer.render.page import asset, esc, page, script_tag
from summarizer.schemas import ArticleSummary
from summarizer.schemas import Record as KindRecord

__all__ = ["article_view", "fragment", "html", "view_css", "view_js"]

_BAR = 3  # pixels per kind bar under overlapping text


def _bar_css() -> str:
    """One rule per set of kinds: a stack of bars, one per kind present, in :data:`CATEGORIES` order."""
    rules = []
    for n in range(1, len(CATEGORIES) + 1):
        for combo in combinations(CATEGORIES, n):
            bits = "".join("1" if c in combo else "0" for c in CATEGORIES)
            shadows = ",".join(f"inset 0 -{_BAR * (i + 1)}px 0 var(--{c})" for i, c in enumerate(combo))
            rules.append(f".smz .u{bits}{{box-shadow:{shadows};padding-bottom:{_BAR * (n - 1)}px}}")
    return "\n".join(rules)


def view_css() -> str:
    """The article view's CSS (scoped under ``.smz``)."""
    return asset("view.css") + "\n" + _bar_css() + "\n"


def view_js() -> str:
    """The article view's script: select, outline, tooltips; it binds every ``.smz`` view on the page."""
    return asset("view.js")


def _seg_attrs(seg: Segment, labels: dict[str, str],
               colours: dict[str, str]) -> tuple[list[str], list[tuple[str, str]]]:
    ev = [m for m in seg.marks if m.role in ("ev", "frag")]
    classes = ["s"]
    attrs: list[tuple[str, str]] = [("data-r", " ".join(dict.fromkeys(m.rid for m in seg.marks)))]
    if ev:
        inner = min(ev, key=lambda m: (m.end - m.start, m.rid))
        present = {m.cat for m in ev}
        classes += [f"bg-{inner.cat}", "u" + "".join("1" if c in present else "0" for c in CATEGORIES)]
        if inner.rid in colours:  # a kind file's record: its kind's colour, light
            attrs.append(("style", f"background-color:{colours[inner.rid]}33"))
        attrs.append(("data-ev", " ".join(m.token for m in seg.marks if m.role == "ev")))
        opening = [labels[m.rid] for m in seg.marks if m.role == "ev" and m.start == seg.start]
        if opening:
            attrs.append(("data-open", " ".join(dict.fromkeys(opening))))
    for role, cls in (("frag", "frag"), ("date", "date"), ("who", "who"), ("ign", "ign")):
        if any(m.role == role for m in seg.marks):
            classes.append(cls)
    dates = [m for m in seg.marks if m.role == "date"]
    if dates:
        attrs.append(("data-d", " ".join(m.token for m in dates)))
    return classes, attrs


def _segment(seg: Segment, labels: dict[str, str], titles: dict[str, str], closing: dict[int, str],
             colours: dict[str, str]) -> str:
    if not seg.marks:
        return esc(seg.text)
    classes, attrs = _seg_attrs(seg, labels, colours)
    end = seg.start + len(seg.text)
    if end in closing and "date" in classes:
        attrs.append(("data-close", closing[end]))
    attrs.append(("title", "\n".join(dict.fromkeys(titles[m.rid] for m in seg.marks))))
    rendered = "".join(f' {name}="{esc(value)}"' for name, value in attrs)
    return f'<span class="{" ".join(classes)}"{rendered}>{esc(seg.text)}</span>'


def _date_values(summary: ArticleSummary) -> dict[int, str]:
    """Article offset where a date's words end -> the normalised value shown after them."""
    out: dict[int, str] = {}
    items = [r for k in registered() if k.builtin for r in k.records(summary)] + list(summary.records)
    for item in items:
        for ref in date_refs(item):
            if ref is not None and ref.span is not None and ref.value:
                out[ref.span.end] = ref.value + (f"/{ref.end}" if ref.end else "")
    return out


def _text_pane(summary: ArticleSummary, text: str | None, recs: list[Record], marks: list[Mark]) -> str:
    labels = {r.rid: label(r.rid, r.letter) for r in recs}
    titles = {r.rid: plain(r) for r in recs}
    colours = {r.rid: r.colour for r in recs if r.colour}
    closing = _date_values(summary)
    parts = []
    chunks = passages(marks, text)
    for n, (start, passage) in enumerate(chunks):
        if text is None:
            parts.append(f'<div class="gap" aria-hidden="true">… [{start}]</div>' if n or start else "")
        body = "".join(_segment(s, labels, titles, closing, colours) for s in segments(start, passage, marks))
        parts.append(f'<div class="passage" data-start="{start}">{body}</div>')
    if text is None:
        note = ("The article text was not given: only the evidence is shown, at its offsets"
                if chunks else "The article text was not given and no record has evidence to show.")
        parts.insert(0, f'<p class="note">{esc(note)}.</p>')
    return '<div class="text" lang="">' + "".join(parts) + "</div>"


def _record_item(rec: Record, prefix: str, has_spans: bool) -> str:
    tag = label(rec.rid, rec.letter)
    spans = "" if has_spans else ' <span class="dim">(no span in the text)</span>'
    # A kind file's record carries its kind's colour inline: the style sheet knows the built-in kinds only.
    look = (f' style="border-left-color:{rec.colour}"', f' style="background:{rec.colour}"') if rec.colour else ("", "")
    return (f'<li class="rec c-{rec.cat}" id="{prefix}.{rec.rid}" data-rec="{rec.rid}" data-cat="{rec.cat}" '
            f'tabindex="0" role="button" aria-label="{esc(plain(rec))}"{look[0]}>'
            f'<div class="head"><span class="tag"{look[1]}>{tag}</span> {esc(headline(rec))}{spans}</div>'
            f'<div class="card">{card(rec)}</div></li>')


def _panel(recs: list[Record], prefix: str, marks: list[Mark]) -> str:
    with_spans = {m.rid for m in marks}
    groups = [("Warnings", ["warn"])]
    groups += [(k.name.capitalize(), [c.key for c in k.views.categories]) for k in registered() if k.builtin]
    kinds = dict.fromkeys(r.item.kind for r in recs if isinstance(r.item, KindRecord))
    groups += [(kind.replace("_", " ").capitalize(), [f"rec:{kind}"]) for kind in kinds]
    out = []
    for title, cats in groups:
        items = [r for r in recs if r.cat in cats or (isinstance(r.item, KindRecord) and f"rec:{r.item.kind}" in cats)]
        if not items and title == "Warnings":
            continue
        body = "".join(_record_item(r, prefix, r.rid in with_spans) for r in items) or '<li class="dim">none</li>'
        out.append(f'<section class="group g-{cats[0].split(":")[0]}"><h3>{title} ({len(items)})</h3><ul>{body}</ul></section>')
    return '<aside class="panel">' + "".join(out) + "</aside>"


def _header(summary: ArticleSummary, title: str | None) -> str:
    u = summary.usage
    facts = [published_line(summary), f"model {summary.model}",
             f"strategy {summary.strategy}",
             "prompts " + (", ".join(f"{k} v{v}" for k, v in summary.prompt_versions.items()) or "none"),
             (f"{u.calls} calls ({u.cached_calls} cached, {u.retries} re-asks), "
              f"{u.prompt_tokens}+{u.completion_tokens} tokens")]
    legend = "".join(f'<span class="key bg-{c}">{KIND_NAMES[c]}</span>' for c in CATEGORIES)
    legend += '<span class="key"><span class="date">date</span></span><span class="key"><span class="who">speaker</span></span>'
    if summary.warnings:
        legend += '<span class="key ign">ignored passage</span>'
    heading = esc(title or summary.title or summary.doc_id)
    page_line = f'<p class="meta">{esc(byline(summary))}</p>' if byline(summary) else ""
    return (f'<header><h2>{heading}</h2>{page_line}<p class="meta">{esc(" · ".join(facts))}</p>'
            f'<p class="legend">{legend}</p></header>')


def article_view(summary: ArticleSummary, text: str | None = None, *, prefix: str = "v",
                 title: str | None = None, section: bool = False,
                 looks: Mapping[str, tuple[str, str]] | None = None) -> str:
    """The view's markup: header, the text with its marks, the list of records, the tooltip.

    ``prefix`` keeps element ids apart when several views share a page (it must be a plain word); ``looks``:
    the letter and colour of kind files' kinds a store kept (:func:`summarizer.render.marks.records`).
    Raises :class:`~summarizer.errors.InputError` when a span does not hold the article's words.
    """
    if not prefix.isidentifier():
        raise ValueError(f"prefix must be a plain word, got {prefix!r}")
    check_spans(summary, text)
    recs = records(summary, looks)
    marks = summary_marks(summary, text)
    tag = "section" if section else "div"
    return (f'<{tag} class="smz" id="{prefix}" data-doc="{esc(summary.doc_id)}">{_header(summary, title)}'
            f'<div class="cols">{_text_pane(summary, text, recs, marks)}{_panel(recs, prefix, marks)}</div>'
            f'<div class="tip" role="tooltip" hidden></div></{tag}>')


def html(summary: ArticleSummary, text: str | None = None, *, title: str | None = None) -> str:
    """A whole self-contained HTML page for one article (no network, no external file)."""
    body = article_view(summary, text, title=title)
    return page(f"{title or summary.doc_id} - summarizer", body, css=view_css(), scripts=[view_js()])


def fragment(summary: ArticleSummary, text: str | None = None) -> str:
    """The view as a piece of a page (a notebook cell): scoped style, markup and script."""
    digest = hashlib.sha256(summary.model_dump_json().encode("utf-8") + (text or "").encode("utf-8"))
    prefix = "smz" + digest.hexdigest()[:10]
    return f"<style>{view_css()}</style>" + article_view(summary, text, prefix=prefix) + script_tag(view_js())
