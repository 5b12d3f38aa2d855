"""Quotes: who said what, quoted or reported. The kind's registration and its own views."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from summarizer.extract.grounding import spans_hold
from summarizer.extract.quotes import ask_speakers, quote_records
from summarizer.extract.reported import reported_quotes
from summarizer.extract.run import ArticleRun, Passages
from summarizer.kinds.registry import RecordKind
from summarizer.kinds.views import Category, KindTable, KindViews, Listing, RowWriter, Table
from summarizer.kinds.words import md_escape, short
from summarizer.schemas import Entity, Quote, Span
from summarizer.util.markup import esc

__all__ = ["QUOTE_KIND"]

_SPEAKER_WINDOW = 250  # characters either side of a quote searched for its attribution words


def _find(run: ArticleRun, passages: Passages) -> Callable[[], list[Any]]:
    # A mixed quote (a reported clause with quoted words) supersedes the quotations inside it.
    reported, superseded = reported_quotes(run, passages.quotes)
    direct = [c for i, c in enumerate(passages.quotes) if i not in superseded]
    asked = ask_speakers(run, direct, passages.quoted)
    return lambda: [*quote_records(asked, run.doc.text), *reported]


def _ground(quotes: list[Quote], text: str) -> tuple[list[Any], list[str]]:
    """A quote must be the article's words: its spans exact, its text its parts joined by ' ... '."""
    kept: list[Any] = []
    warnings: list[str] = []
    for q in quotes:
        if spans_hold(text, q.evidence) and q.text == " ... ".join(s.text for s in q.evidence):
            kept.append(q)
        else:
            warnings.append(f"dropped a quote not found verbatim in the article: {q.text[:60]!r}")
    return kept, warnings


def _words(quote: Quote, text: str) -> str:
    """A quote's words with its kind: quoted, or marked as a mixed quote or reported speech."""
    if quote.kind == "direct" and quote.direct:
        return f"“{text}”"
    return f"(mixed) {text}" if quote.kind == "mixed" else f"(reported) {text}"


def _markdown(q: Quote) -> list[str]:
    who = f"{q.speaker} ({q.speaker_role})" if q.speaker_role else q.speaker
    spans = ", ".join(f"[{s.start}:{s.end}]" for s in q.evidence)
    return [f"- **{who}**: {_words(q, md_escape(q.text))} `{spans}`"]


def _row(q: Quote) -> tuple[str, ...]:
    who = q.speaker + ("" if q.speaker_resolved else " (as written)")
    return who + (f"\n{q.speaker_role}" if q.speaker_role else ""), _words(q, q.text)


def _category(q: Quote) -> str:
    return "dq" if q.kind == "direct" else "rq"


def _headline(q: Quote) -> str:
    words = f"“{short(q.text, 90)}”" if q.kind == "direct" else short(q.text, 90)
    return f"{q.speaker}: {words}"


def _card(q: Quote) -> list[tuple[str, str]]:
    speaker = f"<b>{esc(q.speaker)}</b>" + (f' <span class="dim">({esc(q.speaker_role)})</span>' if q.speaker_role else "")
    if not q.speaker_resolved:
        speaker += ' <span class="dim">(as the article writes it: not resolved to a name)</span>'
    words = f"“{esc(q.text)}”" if q.kind == "direct" else esc(q.text)
    return [
        ("Speaker", speaker),
        ("Kind", esc(q.kind + ("" if q.speaker_kind == "unknown" else f"; speaker is a {q.speaker_kind}"))),
        ("Cue", esc(q.cue or "")),
        ("Words", words),
        ("Fragments", "; ".join(f"“{esc(f.text)}”" for f in q.fragments)),
    ]


def _nearest(text: str, needle: str, lo: int, hi: int, taken: list[Span]) -> tuple[int, int] | None:
    """The occurrence of ``needle`` in ``text`` nearest to ``[lo, hi)`` that overlaps no ``taken`` span."""
    if not needle.strip():
        return None
    best: tuple[int, int] | None = None
    window_end = min(len(text), hi + _SPEAKER_WINDOW)
    at = text.find(needle, max(0, lo - _SPEAKER_WINDOW), window_end)
    while at != -1:
        end = at + len(needle)
        if not any(at < s.end and s.start < end for s in taken):
            distance = lo - end if end <= lo else max(0, at - hi)
            if best is None or distance < best[0]:
                best = (distance, at)
        at = text.find(needle, at + 1, window_end)
    return None if best is None else (best[1], best[1] + len(needle))


def _speaker(text: str, quote: Quote) -> list[Span]:
    """The attribution words (the cue, else the speaker's name) nearest the quote, when the text has them."""
    if not quote.evidence:
        return []
    lo, hi = min(s.start for s in quote.evidence), max(s.end for s in quote.evidence)
    for needle in (quote.cue or "", quote.speaker):
        found = _nearest(text, needle, lo, hi, quote.evidence)
        if found:
            return [Span(start=found[0], end=found[1], text=text[found[0]:found[1]])]
    return []


def _spans(q: Quote, text: str | None) -> list[tuple[str, list[Span]]]:
    """Its quoted fragments and, given the article, the attribution words near it."""
    return [("frag", list(q.fragments)), ("who", _speaker(text, q) if text is not None else [])]


def _query_row(row: dict[str, Any]) -> tuple[str, ...]:
    return row["date"] or "?", row["who"], row["text"], row["quote_kind"], row["article"]


def _columns(conn: sqlite3.Connection, record: sqlite3.Row, full: dict[str, Any]) -> dict[str, Any]:
    return {"quote_kind": record["kind"], "speaker_role": full.get("speaker_role"), "text": record["text"],
            "cue": record["cue"], "date_to": record["date"]}


def _save(writer: RowWriter, idx: int, quote: Quote) -> None:
    speaker = Entity(name=quote.speaker, kind=quote.speaker_kind, role=quote.speaker_role)
    speaker_id = writer.entity(speaker, mergeable=quote.speaker_resolved)
    cur = writer.conn.execute(
        "INSERT INTO quotes (article_id, idx, speaker_id, speaker, speaker_resolved, kind, text, cue, date, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (writer.article_id, idx, speaker_id, quote.speaker, int(quote.speaker_resolved), quote.kind, quote.text,
         quote.cue, writer.first_day(writer.published), quote.model_dump_json()),
    )
    quote_id = int(cur.lastrowid or 0)
    writer.evidence("quote", quote_id, quote.evidence)
    writer.evidence("fragment", quote_id, quote.fragments)


def _listed_css(style: str) -> str:
    return f"qt q-{style}"


def _listed_words(style: str, words: str) -> str:
    """A quote's words in the list by speaker: quoted when direct."""
    return f"“{words}”" if style == "direct" else words


_VIEWS = KindViews(
    categories=(Category("dq", "Direct quote"), Category("rq", "Reported speech")), category=_category,
    markdown=_markdown, headline=_headline, card=_card, spans=_spans, table=Table((("Speaker", 1), ("Words", 3)), _row),
    query_table=Table((("Date", None), ("Speaker", None), ("Words", None), ("Kind", None), ("Article", None)), _query_row),
    stored=KindTable("quotes", "quote", ("date", "date"), _columns, "speaker", _save, person="speaker_id",
                     listed=Listing("speaker", "text", "kind", _listed_css, _listed_words)),
)

QUOTE_KIND = RecordKind(
    name="quotes", singular="quote", letter="Q", colour="#d97706", order=0, find=_find, prompts=("quotes",),
    record_type=Quote, entities=("speaker",), ground=_ground, views=_VIEWS,
)
