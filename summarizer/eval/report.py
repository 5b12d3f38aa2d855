"""Per-document scores, their aggregation into result rows, and the JSON form of both.

:func:`evaluate_summary` runs the scorers a corpus calls for and returns a :class:`DocEval`;
:func:`aggregate` sums those per corpus and kind into :class:`EvalRow` rows, and
:func:`result_to_json` turns rows (and, optionally, documents) into plain JSON data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.events import EventScores, score_events
from summarizer.eval.kinds import KindScores, kind_row_extra, score_kind
from summarizer.eval.metrics import PRF, div
from summarizer.eval.quotes import KINDS, QuoteScores, score_quotes
from summarizer.eval.seed import SeedReport, score_seed
from summarizer.schemas import ArticleSummary

__all__ = ["DocEval", "EvalRow", "aggregate", "evaluate_summary", "result_to_json"]


@dataclass
class DocEval:
    """The scores of one document, with what producing its summary cost."""

    corpus: str
    doc_id: str
    quotes: QuoteScores | None = None
    events: EventScores | None = None
    seed: SeedReport | None = None
    seconds: float = 0.0
    tokens: int = 0
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
    if gold_doc.corpus in ("polnear", "seed"):
        out.quotes = score_quotes(summary.quotes, gold_doc)
    if gold_doc.corpus == "m2e2_voa":
        out.events = score_events(summary.trips, summary.meetings, gold_doc)
    if gold_doc.corpus == "seed":
        out.seed = score_seed(summary, gold_doc)
    return out


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


# --------------------------------------------------------------------------------------------
# Aggregation
# --------------------------------------------------------------------------------------------


def _prf_row(corpus: str, kind: str, prf: PRF, docs: list[DocEval], extra: dict[str, float]) -> EvalRow:
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


def _speaker_extra(q: QuoteScores, kind: str) -> dict[str, float]:
    """The speaker figures of a quote row (and, on the 'all' row, the seed's checks)."""
    g = q.groups[kind]
    extra: dict[str, float] = {
        "speaker_accuracy": g.speaker_accuracy,
        "speaker_scored": g.speaker_scored,
        "speaker_correct": g.speaker_correct,
        "unscorable_speakers": g.unscorable_speakers,
        "gold_unscorable_speakers": g.gold_unscorable,
    }
    if kind == "all":
        extra["scare_quote_errors"] = q.scare_quote_errors
        extra["ignored_predictions"] = q.ignored_predictions
    return extra


def _quote_rows(corpus: str, docs: list[DocEval]) -> list[EvalRow]:
    qdocs = [d for d in docs if d.quotes is not None]
    if not qdocs:
        return []
    q = QuoteScores()
    for d in qdocs:
        assert d.quotes is not None
        q.add(d.quotes)
    rows: list[EvalRow] = []
    for kind in KINDS:
        ov, ex = q.groups[kind].overlap, q.groups[kind].exact
        if kind != "all" and ov.n_pred == 0 and ov.n_gold == 0:
            continue  # nothing of this kind, predicted or gold (the seed has only direct quotes)
        extra: dict[str, float] = {"exact_precision": ex.precision, "exact_recall": ex.recall, "exact_f1": ex.f1}
        extra.update(_speaker_extra(q, kind))
        rows.append(
            EvalRow(
                corpus=corpus,
                kind=f"quotes-{kind}",
                precision=ov.precision,
                recall=ov.recall,
                f1=ov.f1,
                n_pred=ov.n_pred,
                n_gold=ov.n_gold,
                n_docs=len(qdocs),
                seconds_total=sum(d.seconds for d in qdocs),
                tokens_total=sum(d.tokens for d in qdocs),
                extra=extra,
            )
        )
    return rows


def _event_rows(corpus: str, docs: list[DocEval]) -> list[EvalRow]:
    edocs = [d for d in docs if d.events is not None]
    if not edocs:
        return []
    e = EventScores()
    for d in edocs:
        assert d.events is not None
        e.add(d.events)
    meetings_extra: dict[str, float] = {
        "participant_agreement": e.meeting_participant.rate,
        "participant_scored": e.meeting_participant.scored,
    }
    trips_extra: dict[str, float] = {
        "destination_agreement": e.trip_destination.rate,
        "destination_scored": e.trip_destination.scored,
        "traveller_agreement": e.trip_traveller.rate,
        "traveller_scored": e.trip_traveller.scored,
        "excluded_transport": e.excluded_transport,
    }
    return [
        _prf_row(corpus, "meetings", e.meetings, edocs, meetings_extra),
        _prf_row(corpus, "meetings-all", e.meetings_all, edocs, {}),
        _prf_row(corpus, "trips", e.trips, edocs, trips_extra),
        _prf_row(corpus, "trips-all", e.trips_all, edocs, {}),
    ]


def _seed_rows(corpus: str, docs: list[DocEval]) -> list[EvalRow]:
    sdocs = [d for d in docs if d.seed is not None]
    rows: list[EvalRow] = []
    if not sdocs:
        return rows
    for kind, item_kind in (("meetings", "meeting"), ("trips", "trip")):
        prf = PRF()
        ok = total = 0
        for d in sdocs:
            assert d.seed is not None
            prf.add(d.seed.prf(item_kind))
            passed, checked = d.seed.date_checks(item_kind)
            ok += passed
            total += checked
        rows.append(_prf_row(corpus, kind, prf, sdocs, {"date_checks_ok": ok, "date_checks": total}))
    return rows


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
        rows += _quote_rows(corpus, docs)
        rows += _event_rows(corpus, docs)
        rows += _seed_rows(corpus, docs)
        rows += _kind_rows(corpus, docs)
    return rows


def _kind_rows(corpus: str, docs: list[DocEval]) -> list[EvalRow]:
    """One row per kind-file kind scored."""
    totals: dict[str, KindScores] = {}
    for d in docs:
        for name, scores in d.kinds.items():
            totals.setdefault(name, KindScores()).add(scores)
    kdocs = [d for d in docs if d.kinds]
    return [_prf_row(corpus, name, k.prf, kdocs, kind_row_extra(k)) for name, k in totals.items()]


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------


def _rounded(value: float) -> float:
    return round(float(value), 4)


def _row_json(r: EvalRow) -> dict[str, Any]:
    return {
        "corpus": r.corpus,
        "kind": r.kind,
        "precision": _rounded(r.precision),
        "recall": _rounded(r.recall),
        "f1": _rounded(r.f1),
        "n_pred": r.n_pred,
        "n_gold": r.n_gold,
        "n_docs": r.n_docs,
        "seconds_total": _rounded(r.seconds_total),
        "tokens_total": r.tokens_total,
        "seconds_per_doc": _rounded(r.seconds_per_doc),
        "tokens_per_doc": _rounded(r.tokens_per_doc),
        "extra": {k: _rounded(v) for k, v in r.extra.items()},
    }


def _doc_json(d: DocEval) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "corpus": d.corpus,
        "doc_id": d.doc_id,
        "seconds": _rounded(d.seconds),
        "tokens": d.tokens,
    }
    if d.quotes is not None:
        for kind in KINDS:
            entry[f"quotes_{kind}_f1"] = _rounded(d.quotes.groups[kind].overlap.f1)
        entry["speaker_accuracy"] = _rounded(d.quotes.speaker_accuracy)
    if d.events is not None:
        entry["meetings_f1"] = _rounded(d.events.meetings.f1)
        entry["trips_f1"] = _rounded(d.events.trips.f1)
    if d.seed is not None:
        entry["seed_report"] = d.seed.lines()
    for name, scores in d.kinds.items():
        entry[f"{name}_f1"] = _rounded(scores.prf.f1)
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
