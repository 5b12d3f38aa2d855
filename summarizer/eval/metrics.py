"""The counts the scorers keep, and the span arithmetic they share.

:class:`PRF` (exact matching counts), :class:`OverlapPRF` (citron-style overlap sums) and
:class:`Agreement` (argument agreement on matched pairs) all micro-sum over documents with
``add``. The span helpers turn gold span dicts and predicted :class:`Span` objects into
``(start, end)`` intervals and character sets, and :func:`greedy` pairs items one-to-one.

All offsets are Python string indices into the article text, as in the gold files.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.schemas import Quote, Span

__all__ = [
    "PRF",
    "Agreement",
    "Interval",
    "OverlapPRF",
    "div",
    "greedy",
    "intervals",
    "quote_intervals",
    "raw_overlap",
    "span_chars",
    "strip_span",
]

Interval = tuple[int, int]


# --------------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------------


def div(num: float, den: float) -> float:
    """``num / den``, 0.0 when ``den`` is 0."""
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return div(2 * p * r, p + r)


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives; P/R/F1 are 0 on empty."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return div(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    def add(self, other: PRF) -> None:
        """Add another count into this one (micro-summing)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class OverlapPRF:
    """Citron-style overlap scores, kept as sums so that they micro-sum over documents.

    ``p_sum`` sums, over predicted items, the largest fraction of the item's characters that
    one gold item covers; ``r_sum`` sums, over gold items, the largest fraction of its
    characters that one predicted item covers. precision = p_sum / n_pred,
    recall = r_sum / n_gold.
    """

    p_sum: float = 0.0
    n_pred: int = 0
    r_sum: float = 0.0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        """Mean best overlap proportion of the predicted items."""
        return div(self.p_sum, self.n_pred)

    @property
    def recall(self) -> float:
        """Mean best overlap proportion of the gold items."""
        return div(self.r_sum, self.n_gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    def add(self, other: OverlapPRF) -> None:
        """Add another document's sums into this one."""
        self.p_sum += other.p_sum
        self.n_pred += other.n_pred
        self.r_sum += other.r_sum
        self.n_gold += other.n_gold


@dataclass
class Agreement:
    """How many scored pairs agree on an argument (participants, destination...)."""

    agree: int = 0
    scored: int = 0

    @property
    def rate(self) -> float:
        """agree / scored, 0 when nothing was scored."""
        return div(self.agree, self.scored)

    def add(self, other: Agreement) -> None:
        """Add another count into this one."""
        self.agree += other.agree
        self.scored += other.scored


# --------------------------------------------------------------------------------------------
# Spans and character sets
# --------------------------------------------------------------------------------------------

_STRIP_CHARS = frozenset(string.whitespace + string.punctuation + "\u00a0“”‘’«»„‚‹›…—–‐‑")


def strip_span(text: str, start: int, end: int) -> Interval:
    """Shrink ``[start, end)`` past surrounding whitespace, quotation marks and punctuation.

    Offsets are clipped to the text; an all-punctuation span comes back empty (start == end).
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start] in _STRIP_CHARS:
        start += 1
    while end > start and text[end - 1] in _STRIP_CHARS:
        end -= 1
    return start, end


def span_chars(text: str, spans: Iterable[Interval]) -> frozenset[int]:
    """The character offsets covered by ``spans``, each stripped first."""
    out: set[int] = set()
    for s, e in spans:
        a, b = strip_span(text, s, e)
        out.update(range(a, b))
    return frozenset(out)


def intervals(spans: Iterable[Any]) -> list[Interval]:
    """(start, end) pairs from gold span dicts or :class:`Span` objects."""
    out: list[Interval] = []
    for sp in spans:
        if isinstance(sp, Span):
            out.append((sp.start, sp.end))
        elif isinstance(sp, dict) and "start" in sp and "end" in sp:
            out.append((int(sp["start"]), int(sp["end"])))
    return out


def quote_intervals(quote: Quote, text: str) -> list[Interval]:
    """A predicted quote's spans: its evidence, else its parts found verbatim in the text."""
    if quote.evidence:
        return intervals(quote.evidence)
    out: list[Interval] = []
    for part in quote.text.split(" ... "):
        part = part.strip()
        pos = text.find(part) if part else -1
        if pos >= 0:
            out.append((pos, pos + len(part)))
    return out


def raw_overlap(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    """Characters shared by two unstripped span lists."""
    sa: set[int] = set()
    for s, e in a:
        sa.update(range(s, e))
    n = 0
    seen: set[int] = set()
    for s, e in b:
        for i in range(s, e):
            if i in sa and i not in seen:
                seen.add(i)
                n += 1
    return n


def greedy(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """One-to-one matching: take pairs by falling score (ties: lower pred, then gold index)."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for (p, g), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            out.append((p, g))
    return sorted(out)
