"""A result row of the evaluation, and the scorers that give rows: each scores the summaries of the corpora it
has gold for and lays out its own rows and per-document figures (:mod:`summarizer.eval.report` runs them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.metrics import PRF, div
from summarizer.schemas import ArticleSummary

__all__ = ["EvalRow", "Scored", "Scorer", "prf_row", "rounded"]


@dataclass
class EvalRow:
    """One line of results: a corpus and a kind, micro-summed over its documents.

    ``kind`` is 'quotes-all', 'quotes-direct', 'quotes-mixed', 'quotes-indirect', 'meetings' or 'trips'. For quotes,
    precision/recall/f1 are the overlap figures and ``extra`` holds the exact ones and the
    speaker figures; for events, the matching counts, and ``extra`` the agreement figures.
    ``n_pred`` and ``n_gold`` are item counts. ``seconds_*``/``tokens_*`` are over the
    corpus's documents scored for this kind.
    """

    corpus: str
    kind: str
    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int
    n_docs: int
    seconds_total: float
    tokens_total: int
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def seconds_per_doc(self) -> float:
        """Mean seconds per document."""
        return div(self.seconds_total, self.n_docs)

    @property
    def tokens_per_doc(self) -> float:
        """Mean tokens per document."""
        return div(self.tokens_total, self.n_docs)


@dataclass(frozen=True)
class Scored:
    """One document's scores by one scorer, with what producing its summary cost."""

    scores: Any
    seconds: float
    tokens: int


@dataclass(frozen=True)
class Scorer:
    """A scorer: the corpora it has gold for, the kinds it reads there, how it scores one summary, its rows over
    a corpus's scored documents and a document's figures in the JSON details."""

    name: str  # its key in DocEval.scores
    corpora: tuple[str, ...]
    kinds: tuple[str, ...]
    score: Callable[[ArticleSummary, GoldDoc], Any]
    rows: Callable[[str, list[Scored]], list[EvalRow]]
    doc_json: Callable[[Any], dict[str, Any]]


def prf_row(corpus: str, kind: str, prf: PRF, docs: list[Scored], extra: dict[str, float]) -> EvalRow:
    """A row of one kind's counts over ``docs``."""
    return EvalRow(
        corpus=corpus,
        kind=kind,
        precision=prf.precision,
        recall=prf.recall,
        f1=prf.f1,
        n_pred=int(prf.tp + prf.fp),
        n_gold=int(prf.tp + prf.fn),
        n_docs=len(docs),
        seconds_total=sum(d.seconds for d in docs),
        tokens_total=sum(d.tokens for d in docs),
        extra=extra,
    )


def rounded(value: float) -> float:
    """A figure as the JSON gives it: 4 decimals."""
    return round(float(value), 4)
