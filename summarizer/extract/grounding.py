"""Tie model output to the article's words, and check that every span is exact.

Small models paraphrase when asked to copy. :func:`locate` finds a fragment the model
returned in the article (exactly, then ignoring case, quotation-mark style and spacing,
then as the best-matching sentence); :func:`verify_summary` checks every span of a
finished summary and drops what does not hold, with a warning, so nothing ungrounded
is ever emitted.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING, Any

from summarizer.schemas import ArticleSummary, DateRef, Span
from summarizer.text.sentences import Sentence

if TYPE_CHECKING:
    from summarizer.kinds.registry import RecordKind

__all__ = ["locate", "locate_sentence", "span_of", "spans_hold", "verify_summary"]

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def span_of(text: str, start: int, end: int) -> Span:
    """A span with its text taken from the article."""
    return Span(start=start, end=end, text=text[start:end])


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """Case-folded, quote-folded, space-collapsed text and a map from its indices to the original's."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text):
        c = ch.translate(_FOLD).lower()
        if c.isspace():
            if prev_space:
                continue
            c = " "
            prev_space = True
        else:
            prev_space = False
        if len(c) != 1:  # lower() of a few characters is longer; keep offsets one-to-one
            c = ch
        out.append(c)
        index.append(i)
    return "".join(out), index


def locate(text: str, fragment: str) -> Span | None:
    """The first place the fragment occurs in the text, exactly or after folding; None if absent."""
    frag = fragment.strip()
    if not frag:
        return None
    if frag[0] in '"“' and frag[-1] in '"”' and len(frag) > 2 and text.find(frag) < 0:
        frag = frag[1:-1].strip()  # the model wrapped the words in quotation marks
    at = text.find(frag)
    if at >= 0:
        return span_of(text, at, at + len(frag))
    folded, index = _folded_with_map(text)
    ffrag, _ = _folded_with_map(frag)
    at = folded.find(ffrag.strip())
    if at < 0:
        return None
    start = index[at]
    end = index[at + len(ffrag.strip()) - 1] + 1
    return span_of(text, start, end)


def locate_sentence(text: str, sentences: list[Sentence], fragment: str, *, cutoff: float = 0.75) -> Span | None:
    """The sentence the fragment copies (exactly or nearly); None when no sentence is close enough."""
    exact = locate(text, fragment)
    if exact is not None:
        return exact
    target = re.sub(r"\s+", " ", fragment.translate(_FOLD).lower()).strip()
    best: tuple[float, Sentence | None] = (0.0, None)
    for sent in sentences:
        cand = re.sub(r"\s+", " ", sent.text.translate(_FOLD).lower())
        ratio = difflib.SequenceMatcher(None, target, cand, autojunk=False).ratio()
        if ratio > best[0]:
            best = (ratio, sent)
    if best[1] is None or best[0] < cutoff:
        return None
    return span_of(text, best[1].start, best[1].end)


def spans_hold(text: str, spans: list[Span]) -> bool:
    """Whether there are spans and each holds the article's words at its offsets."""
    return bool(spans) and all(0 <= s.start <= s.end <= len(text) and text[s.start : s.end] == s.text for s in spans)


def _ground(kind: RecordKind, records: list[Any], text: str) -> tuple[list[Any], list[str]]:
    """A kind's records that hold in ``text``, by its own check or by their evidence, and the warnings."""
    if kind.ground is not None:
        return kind.ground(records, text)
    kept = [r for r in records if spans_hold(text, r.evidence)]
    dropped = len(records) - len(kept)
    return kept, [f"dropped {dropped} {kind.singular}(s) whose evidence is not in the article"] if dropped else []


def verify_summary(summary: ArticleSummary, text: str) -> None:
    """Drop every record whose evidence does not match the article exactly, with a warning.

    A kind may check more (a quote must also be the article's words: its text is its parts joined by ' ... ').
    """
    from summarizer.kinds.registry import builtin_names, selected  # the kinds' modules import this one

    own = selected(builtin_names())  # the kinds with a field of the summary of their own, in extraction order
    for kind in own:
        kept, warnings = _ground(kind, kind.records(summary), text)
        summary.warnings += warnings
        kind.set_records(summary, kept)
    kept_r = [r for r in summary.records if spans_hold(text, r.evidence)]
    for name in dict.fromkeys(r.kind for r in summary.records if r not in kept_r):
        summary.warnings.append(f"dropped {name} record(s) whose evidence is not in the article")
    summary.records = kept_r
    dates = [d for kind in own for r in kind.records(summary) for d in _dates(kind, r)]
    dates += [v for r in summary.records for v in r.fields.values() if isinstance(v, DateRef)]
    for date in dates:
        if date.span is not None and not spans_hold(text, [date.span]):
            date.span = None


def _dates(kind: RecordKind, record: Any) -> list[DateRef]:
    values = [getattr(record, name) for name in kind.dates]
    return [d for v in values for d in (v if isinstance(v, list) else [v]) if d is not None]
