"""Per-document scores, their aggregation into result rows, and the JSON form of both.

:func:`evaluate_summary` runs the scorers a corpus calls for and returns a :class:`DocEval`;
:func:`aggregate` sums those per corpus and kind into :class:`EvalRow` rows, and
:func:`result_to_json` turns rows (and, optionally, documents) into plain JSON data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.eval import events, quotes, seed
from summarizer.eval.corpus import GoldDoc
from summarizer.eval.kinds import KindScores, kind_row_extra, score_kind
from summarizer.eval.rows import EvalRow, Scored, Scorer, prf_row, rounded
from summarizer.schemas import ArticleSummary

__all__ = ["SCORERS", "DocEval", "EvalRow", "aggregate", "evaluate_summary", "result_to_json"]

SCORERS: tuple[Scorer, ...] = (quotes.SCORER, events.SCORER, seed.SCORER)
"""Every scorer, in the order of its rows within a corpus."""


@dataclass
class DocEval:
    """The scores of one document, with what producing its summary cost."""

    corpus: str
    doc_id: str
    seconds: float = 0.0
    tokens: int = 0
    scores: dict[str, Any] = field(default_factory=dict)  # what each scorer of its corpus found, by scorer name
    kinds: dict[str, KindScores] = field(default_factory=dict)  # kind-file kinds scored, by name


def evaluate_summary(summary: ArticleSummary, gold_doc: GoldDoc, event_types: dict[str, str] | None = None) -> DocEval:
    """Run the scorers a document's corpus calls for.

    PolNeAR: quotes. M2E2: trips and meetings. Seed: quotes and the item-by-item report
    (whose trip and meeting counts :func:`aggregate` uses). Seconds and tokens (prompt +
    completion) come from the summary. With ``event_types`` (a kind file's kind -> the gold event type
    it names), those kinds only, on a corpus with event gold.
    """
    if event_types:
        out = DocEval(corpus=gold_doc.corpus, doc_id=gold_doc.doc_id, seconds=summary.seconds,
                      tokens=summary.usage.prompt_tokens + summary.usage.completion_tokens)
        for name, event_type in event_types.items():
            out.kinds[name] = score_kind([r for r in summary.records if r.kind == name], gold_doc, event_type)
        return out
    out = DocEval(
        corpus=gold_doc.corpus,
        doc_id=gold_doc.doc_id,
        seconds=summary.seconds,
        tokens=summary.usage.prompt_tokens + summary.usage.completion_tokens,
    )
    for scorer in SCORERS:
        if gold_doc.corpus in scorer.corpora:
            out.scores[scorer.name] = scorer.score(summary, gold_doc)
    return out


# --------------------------------------------------------------------------------------------
# Aggregation
# --------------------------------------------------------------------------------------------


def aggregate(doc_evals: Iterable[DocEval]) -> list[EvalRow]:
    """Micro-sum document scores into one row per corpus and kind.

    Rows come sorted by corpus, then in the order quotes-all, quotes-direct, quotes-mixed, quotes-indirect, meetings,
    trips; a kind appears for a corpus only when some document was scored for it (quotes for
    PolNeAR and seed, events for M2E2, seed trips/meetings from its item report); a
    quote row of one kind with neither gold nor predicted items (the seed's mixed and indirect) is left out.
    """
    by_corpus: dict[str, list[DocEval]] = {}
    for d in doc_evals:
        by_corpus.setdefault(d.corpus, []).append(d)
    rows: list[EvalRow] = []
    for corpus in sorted(by_corpus):
        docs = by_corpus[corpus]
        for scorer in SCORERS:
            rows += scorer.rows(corpus, [Scored(d.scores[scorer.name], d.seconds, d.tokens)
                                         for d in docs if scorer.name in d.scores])
        rows += _kind_rows(corpus, docs)
    return rows


def _kind_rows(corpus: str, docs: list[DocEval]) -> list[EvalRow]:
    """One row per kind-file kind scored."""
    totals: dict[str, KindScores] = {}
    for d in docs:
        for name, scores in d.kinds.items():
            totals.setdefault(name, KindScores()).add(scores)
    kdocs = [Scored(d.kinds, d.seconds, d.tokens) for d in docs if d.kinds]
    return [prf_row(corpus, name, k.prf, kdocs, kind_row_extra(k)) for name, k in totals.items()]


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------


def _row_json(r: EvalRow) -> dict[str, Any]:
    return {
        "corpus": r.corpus,
        "kind": r.kind,
        "precision": rounded(r.precision),
        "recall": rounded(r.recall),
        "f1": rounded(r.f1),
        "n_pred": r.n_pred,
        "n_gold": r.n_gold,
        "n_docs": r.n_docs,
        "seconds_total": rounded(r.seconds_total),
        "tokens_total": r.tokens_total,
        "seconds_per_doc": rounded(r.seconds_per_doc),
        "tokens_per_doc": rounded(r.tokens_per_doc),
        "extra": {k: rounded(v) for k, v in r.extra.items()},
    }


def _doc_json(d: DocEval) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "corpus": d.corpus,
        "doc_id": d.doc_id,
        "seconds": rounded(d.seconds),
        "tokens": d.tokens,
    }
    for scorer in SCORERS:
        if scorer.name in d.scores:
            entry.update(scorer.doc_json(d.scores[scorer.name]))
    for name, scores in d.kinds.items():
        entry[f"{name}_f1"] = rounded(scores.prf.f1)
    return entry


def result_to_json(rows: Sequence[EvalRow], doc_evals: Sequence[DocEval] | None = None) -> dict[str, Any]:
    """Plain JSON data for ``--json`` output: ``{"rows": [...]}``, plus ``"docs"`` when given.

    Ratios are rounded to 4 decimals. A document entry holds its corpus, doc id, seconds,
    tokens and its main figures; a seed document also its report lines.
    """
    out: dict[str, Any] = {"rows": [_row_json(r) for r in rows]}
    if doc_evals is not None:
        out["docs"] = [_doc_json(d) for d in doc_evals]
    return out
