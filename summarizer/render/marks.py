"""Where each record of a summary stands in its article: marks, passages and flat segments.

A *mark* is one span of one record with a role: ``ev`` (evidence), ``date`` (the words of a date),
``frag`` (a quoted fragment of a mixed quote), ``who`` (the attribution words near a quote, found in
the text) or ``ign`` (a passage a warning says was ignored). Marks overlap freely; :func:`segments`
cuts a passage at every mark boundary, so each piece of text is written once, in order, and carries
the set of marks that cover it. Joining the pieces of one mark gives back exactly its text.

Without the article text (a summary on its own), the *passages* are the unions of the spans, rebuilt
from the spans' own text: the view then shows the evidence with its context left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pydantic import BaseModel

from summarizer.errors import InputError
from summarizer.kinds import kinds as registered
from summarizer.schemas import ArticleSummary, DateRef, Span
from summarizer.schemas import Record as KindRecord

__all__ = ["CATEGORIES", "Mark", "Record", "Segment", "check_spans", "date_refs", "passages", "records", "segments",
           "summary_marks"]

CATEGORIES = tuple(c.key for k in registered() if k.builtin for c in k.views.categories)
"""Colour categories of the kinds with views of their own, in the order their bars stack."""

_RANGE = re.compile(r"\[(\d+):(\d+)\]")


@dataclass(frozen=True)
class Record:
    """One record of the summary with its id (``t0``, ``m1``, ``q2``, ``w0``; ``k0`` for a kind file's
    record) and colour category (``rec`` for a kind file's record, coloured by ``colour``, tagged ``letter``)."""

    rid: str
    cat: str
    item: Any  # a record of its kind (a Trip, a Quote, a kind file's Record...), or a warning (str)
    letter: str = ""
    colour: str = ""


@dataclass(frozen=True)
class Mark:
    """A span of the article that belongs to record ``rid`` in ``role``; ``idx`` counts within the role."""

    start: int
    end: int
    text: str
    rid: str
    role: str
    idx: int
    cat: str

    @property
    def token(self) -> str:
        """``t0.1``: record ``t0``, its span number 1 in this role."""
        return f"{self.rid}.{self.idx}"


@dataclass(frozen=True)
class Segment:
    """A piece of a passage: ``text`` starts at article offset ``start``; ``marks`` cover all of it."""

    start: int
    text: str
    marks: tuple[Mark, ...]


_GREY = "#6b7280"
_DATE_FIELDS = {k.record_type: k.dates for k in registered() if k.builtin}
_SPANS = {k.record_type: k.views.spans for k in registered() if k.builtin and k.views.spans is not None}


def records(summary: ArticleSummary, kept: Mapping[str, tuple[str, str]] | None = None) -> list[Record]:
    """Every record in display order: trips, meetings, quotes, the records of kind files, then each warning.

    A kind file's record takes its kind's letter and colour: of the kind loaded in this process, else those
    ``kept`` (a store keeps them with its records), else its initial, in grey."""
    looks = {**(kept or {}), **{k.name: (k.letter, k.colour) for k in registered()}}
    out = [Record(f"{k.letter.lower()}{i}", k.views.category_of(r), r)
           for k in registered() if k.builtin for i, r in enumerate(k.records(summary))]
    for i, r in enumerate(summary.records):
        letter, colour = looks.get(r.kind, (r.kind[:1].upper(), _GREY))
        out.append(Record(f"k{i}", "rec", r, letter, colour))
    out += [Record(f"w{i}", "warn", w) for i, w in enumerate(summary.warnings)]
    return out


def date_refs(item: BaseModel) -> list[DateRef | None]:
    """A record's dates: a built-in kind's date fields, in order, or a kind file's record's date values."""
    if isinstance(item, KindRecord):
        return [v for v in item.fields.values() if isinstance(v, DateRef)]
    values = [getattr(item, name) for name in _DATE_FIELDS.get(type(item), ())]
    return [ref for value in values for ref in (value if isinstance(value, list) else [value])]


def _date_spans(item: BaseModel) -> list[Span]:
    refs = date_refs(item)
    seen: dict[tuple[int, int], Span] = {}
    for ref in refs:
        if ref is not None and ref.span is not None:
            seen.setdefault((ref.span.start, ref.span.end), ref.span)
    return list(seen.values())


def _spans_of(rec: Record, role: str, spans: list[Span]) -> list[Mark]:
    return [Mark(s.start, s.end, s.text, rec.rid, role, i, rec.cat) for i, s in enumerate(spans)]


def _ignored(text: str, rec: Record, warning: str) -> list[Mark]:
    """The ``[start:end]`` passages a warning names, when they lie inside the text."""
    out: list[Mark] = []
    for m in _RANGE.finditer(warning):
        start, end = int(m.group(1)), int(m.group(2))
        if start < end <= len(text):
            out.append(Mark(start, end, text[start:end], rec.rid, "ign", len(out), rec.cat))
    return out


def summary_marks(summary: ArticleSummary, text: str | None, recs: list[Record] | None = None) -> list[Mark]:
    """Every mark of every record; attribution words and ignored passages only when ``text`` is given."""
    marks: list[Mark] = []
    for rec in recs if recs is not None else records(summary):
        item = rec.item
        if isinstance(item, str):
            marks += _ignored(text, rec, item) if text is not None else []
            continue
        marks += _spans_of(rec, "ev", item.evidence)
        spans = _SPANS.get(type(item))
        for role, found in spans(item, text) if spans is not None else [("date", _date_spans(item))]:
            marks += _spans_of(rec, role, found)
    return marks


def check_spans(summary: ArticleSummary, text: str | None) -> None:
    """Every span must hold its own text (and, given the article, the article's words at its offsets).

    Raises :class:`InputError` naming the first span that does not and how many do not.
    """
    bad: list[Mark] = []
    for mark in summary_marks(summary, None):
        length_ok = 0 <= mark.start and mark.end - mark.start == len(mark.text)
        if not length_ok or (text is not None and text[mark.start:mark.end] != mark.text):
            bad.append(mark)
    if bad:
        first = bad[0]
        where = "the article" if text is not None else "its own offsets"
        raise InputError(f"the summary does not match {where}: {len(bad)} span(s) differ, the first at "
                         f"[{first.start}:{first.end}] ({first.text[:40]!r}); was it made from another text?")


def passages(marks: list[Mark], text: str | None) -> list[tuple[int, str]]:
    """``[(0, text)]``, or without the text the unions of the marks, each rebuilt from the marks' text."""
    if text is not None:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    ordered = sorted(marks, key=lambda m: (m.start, -m.end))
    i = 0
    while i < len(ordered):
        start, end = ordered[i].start, ordered[i].end
        j = i
        while j + 1 < len(ordered) and ordered[j + 1].start <= end:
            j += 1
            end = max(end, ordered[j].end)
        chars = [""] * (end - start)
        for mark in ordered[i:j + 1]:
            chars[mark.start - start:mark.end - start] = list(mark.text)
        out.append((start, "".join(chars)))
        i = j + 1
    return out


def _cuts(start: int, end: int, marks: list[Mark]) -> list[int]:
    cuts = {start, end}
    for m in marks:
        cuts.update(p for p in (m.start, m.end) if start < p < end)
    return sorted(cuts)


def segments(start: int, text: str, marks: list[Mark]) -> Iterator[Segment]:
    """Cut the passage ``text`` (at article offset ``start``) at every boundary of the marks inside it.

    A sweep over the boundaries keeps the marks active at each point, so the cost is the number of
    boundaries times the marks active there, not times every mark of the article.
    """
    end = start + len(text)
    inside = sorted((m for m in marks if start <= m.start and m.end <= end and m.start < m.end),
                    key=lambda m: m.start)
    cuts = _cuts(start, end, inside)
    active: list[Mark] = []
    k = 0
    for a, b in pairwise(cuts):
        active = [m for m in active if m.end > a]
        while k < len(inside) and inside[k].start <= a:
            active.append(inside[k])
            k += 1
        yield Segment(a, text[a - start:b - start], tuple(active))
