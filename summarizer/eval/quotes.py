"""Score predicted quotes against PolNeAR attributions and the seed article's quotes.

Every attribution has a kind, read from its content the same way for gold and prediction:
**direct** (every word of the content stands inside quotation marks), **mixed** (some words
inside quotation marks, some outside: a reported clause with quoted fragments) or **indirect**
(no quotation marks). A predicted quote's kind is its ``kind`` field. Scores are kept for all
attributions together (``all``: every prediction against every gold attribution, whatever the
kinds) and for each kind (predictions of that kind against gold of that kind). Each quote is the
set of its characters (see :func:`score_quotes`); speakers of matched pairs are compared with
:func:`summarizer.eval.names.names_alias`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.metrics import PRF, OverlapPRF, div, greedy, intervals, quote_intervals, span_chars
from summarizer.eval.names import is_unscorable_source, names_alias
from summarizer.eval.rows import EvalRow, Scored, Scorer, rounded
from summarizer.schemas import Quote, QuoteKind

__all__ = ["KINDS", "QUOTE_KINDS", "SCORER", "KindScores", "QuoteMatch", "QuoteScores", "content_kind", "score_quotes"]

#: The scored groups: all attributions, then each kind.
KINDS: tuple[str, ...] = ("all", "direct", "mixed", "indirect")
QUOTE_KINDS: tuple[str, ...] = tuple(f"quotes-{k}" for k in KINDS)

_WORD = re.compile(r"\w+")


def content_kind(parts: Sequence[str]) -> QuoteKind:
    """'direct', 'mixed' or 'indirect' for a content given as the texts of its parts.

    A double quotation mark (“ ” " « » or two apostrophes '') opens or closes a quoted stretch
    (an opening mark left unclosed runs on into the next part, as a quote continued in the
    next paragraph does). Words inside and outside quoted stretches decide the kind.
    """
    inside_words = outside_words = 0
    inside = False  # a quotation left open at the end of one part goes on in the next
    for part in parts:
        text = part.replace("''", '"')
        if inside and not re.match(r"\s*[“\"«]", text):
            pass
        else:
            inside = False
        pos = 0
        for m in re.finditer(r"[“”\"«»]", text):
            n = len(_WORD.findall(text, pos, m.start()))
            inside_words, outside_words = (
                (inside_words + n, outside_words) if inside else (inside_words, outside_words + n)
            )
            mark = m.group()
            inside = True if mark in "“«" else False if mark in "”»" else not inside
            pos = m.end()
        n = len(_WORD.findall(text, pos))
        inside_words, outside_words = (
            (inside_words + n, outside_words) if inside else (inside_words, outside_words + n)
        )
    if inside_words == 0:
        return "indirect"
    return "direct" if outside_words == 0 else "mixed"


@dataclass
class QuoteMatch:
    """A matched (predicted, gold) pair of the ``all`` group and how its speaker fared.

    ``speaker`` is 'ok', 'wrong' or 'unscorable' (see :func:`is_unscorable_source`).
    """

    pred_index: int
    gold_index: int
    overlap_chars: int
    speaker: str


@dataclass
class KindScores:
    """Exact and overlap counts of one group, and the speakers of its matched pairs.

    ``speaker_scored`` pairs had a named gold source, ``speaker_correct`` of them aliased it,
    ``unscorable_speakers`` pairs had a pronoun, bare-description or absent gold source;
    ``gold_unscorable`` counts the group's gold attributions with such a source, matched or not.
    """

    exact: PRF = field(default_factory=PRF)
    overlap: OverlapPRF = field(default_factory=OverlapPRF)
    speaker_correct: int = 0
    speaker_scored: int = 0
    unscorable_speakers: int = 0
    gold_unscorable: int = 0

    @property
    def speaker_accuracy(self) -> float:
        """speaker_correct / speaker_scored (0 when none scored)."""
        return div(self.speaker_correct, self.speaker_scored)

    def add(self, other: KindScores) -> None:
        """Add another document's counts."""
        self.exact.add(other.exact)
        self.overlap.add(other.overlap)
        self.speaker_correct += other.speaker_correct
        self.speaker_scored += other.speaker_scored
        self.unscorable_speakers += other.unscorable_speakers
        self.gold_unscorable += other.gold_unscorable


@dataclass
class QuoteScores:
    """Quote scores of one document (or summed over many): one :class:`KindScores` per group.

    ``scare_quote_errors`` counts predicted quotes overlapping a seed ``not_quotes`` span;
    ``ignored_predictions`` counts predictions left out because they only overlap an optional
    seed attribution. ``matches`` are the ``all`` group's pairs (not carried over by ``add``).
    The ``direct_*``/``indirect_*`` and speaker properties read the direct and indirect groups.
    """

    groups: dict[str, KindScores] = field(default_factory=lambda: {k: KindScores() for k in KINDS})
    scare_quote_errors: int = 0
    ignored_predictions: int = 0
    matches: list[QuoteMatch] = field(default_factory=list)

    def add(self, other: QuoteScores) -> None:
        """Add another document's counts (matches are not carried over)."""
        for kind in KINDS:
            self.groups[kind].add(other.groups[kind])
        self.scare_quote_errors += other.scare_quote_errors
        self.ignored_predictions += other.ignored_predictions

    @property
    def direct_exact(self) -> PRF:
        return self.groups["direct"].exact

    @property
    def direct_overlap(self) -> OverlapPRF:
        return self.groups["direct"].overlap

    @property
    def indirect_exact(self) -> PRF:
        return self.groups["indirect"].exact

    @property
    def indirect_overlap(self) -> OverlapPRF:
        return self.groups["indirect"].overlap

    @property
    def speaker_accuracy(self) -> float:
        """Speaker accuracy over the matched pairs of all attributions."""
        return self.groups["all"].speaker_accuracy

    @property
    def speaker_correct(self) -> int:
        return self.groups["all"].speaker_correct

    @property
    def speaker_scored(self) -> int:
        return self.groups["all"].speaker_scored

    @property
    def unscorable_speakers(self) -> int:
        return self.groups["all"].unscorable_speakers

    @property
    def gold_unscorable(self) -> int:
        return self.groups["all"].gold_unscorable


@dataclass
class _GoldQuote:
    chars: frozenset[int]
    speakers: list[str]
    kind: str


def _gold_quotes(doc: GoldDoc) -> tuple[list[_GoldQuote], list[frozenset[int]]]:
    """The scored gold attributions of a PolNeAR or seed document, and the optional ones' characters.

    Seed: ``quotes`` are scored; its ``indirect_attributions_optional`` are optional (neither
    rewarded nor penalised).
    """
    scored: list[_GoldQuote] = []
    optional: list[frozenset[int]] = []
    gold = doc.gold
    if doc.corpus == "seed":
        for q in gold.get("quotes", []):
            spans = intervals(q.get("contents", []))
            chars = span_chars(doc.text, spans)
            if chars:
                # The seed's contents are the words inside the marks; its ``direct`` flag gives the kind.
                kind = "direct" if q.get("direct", True) else "indirect"
                scored.append(_GoldQuote(chars, [str(q.get("speaker") or "")], kind))
        for q in gold.get("indirect_attributions_optional", []):
            opt = q.get("contents") or ([q["content"]] if "content" in q else [])
            chars = span_chars(doc.text, intervals(opt))
            if chars:
                optional.append(chars)
    else:
        for att in gold.get("attributions", []):
            spans = intervals(att.get("contents", []))
            chars = span_chars(doc.text, spans)
            if chars:
                speakers = [str(s.get("text", "")) for s in att.get("sources", [])]
                scored.append(_GoldQuote(chars, speakers, content_kind([doc.text[s:e] for s, e in spans])))
    return scored, optional


def _overlap_scores(
    preds: Sequence[frozenset[int]], golds: Sequence[frozenset[int]]
) -> tuple[PRF, OverlapPRF, dict[tuple[int, int], float]]:
    """Exact and overlap scores of predicted against gold character sets, plus pair overlaps."""
    inter: dict[tuple[int, int], float] = {}
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            n = len(p & g)
            if n:
                inter[(i, j)] = float(n)
    overlap = OverlapPRF(n_pred=len(preds), n_gold=len(golds))
    for i, p in enumerate(preds):
        if p:
            overlap.p_sum += max((inter.get((i, j), 0.0) / len(p) for j in range(len(golds))), default=0.0)
    for j, g in enumerate(golds):
        overlap.r_sum += max((inter.get((i, j), 0.0) / len(g) for i in range(len(preds))), default=0.0)
    exact_pairs = {(i, j): 1.0 for i, p in enumerate(preds) for j, g in enumerate(golds) if p and p == g}
    tp = len(greedy(exact_pairs))
    exact = PRF(tp=tp, fp=len(preds) - tp, fn=len(golds) - tp)
    return exact, overlap, inter


def _score_group(
    preds: list[tuple[int, Quote, frozenset[int]]], golds: list[tuple[int, _GoldQuote]]
) -> tuple[KindScores, list[QuoteMatch]]:
    """One group's scores: ``preds`` are (index in the summary, quote, characters), ``golds`` (index, gold)."""
    group = KindScores()
    group.exact, group.overlap, inter = _overlap_scores([c for _, _, c in preds], [g.chars for _, g in golds])
    matches: list[QuoteMatch] = []
    for p, g in greedy(inter):
        gq = golds[g][1]
        if is_unscorable_source(gq.speakers):
            status = "unscorable"
            group.unscorable_speakers += 1
        else:
            group.speaker_scored += 1
            ok = any(names_alias(preds[p][1].speaker, s) for s in gq.speakers if s.strip())
            group.speaker_correct += int(ok)
            status = "ok" if ok else "wrong"
        matches.append(QuoteMatch(preds[p][0], golds[g][0], int(inter[(p, g)]), status))
    group.gold_unscorable = sum(1 for _, g in golds if is_unscorable_source(g.speakers))
    return group, matches


def _pred_kind(quote: Quote) -> str:
    return quote.kind if quote.direct or quote.kind != "direct" else "indirect"


def score_quotes(pred: list[Quote], gold_doc: GoldDoc) -> QuoteScores:
    """Score predicted quotes against a PolNeAR or seed document.

    Each quote is the set of its characters (evidence spans, or its text found in the article
    when it has no evidence), each span stripped of surrounding whitespace, quotation marks and
    punctuation; gold contents are stripped the same way, and the parts of a multi-part content
    are pooled. For each group (all attributions; direct; mixed; indirect):

    * EXACT: a predicted quote is a true positive when its characters equal a gold quote's
      (one-to-one); the rest are false positives/negatives.
    * OVERLAP (citron): precision = mean over predicted quotes of the best fraction of their
      characters covered by one gold quote; recall = mean over gold quotes of the best fraction
      covered by one predicted quote.
    * Speakers: predicted and gold quotes sharing characters are paired greedily by largest
      overlap, one-to-one; a pair's speaker is correct when :func:`names_alias` holds between the
      predicted speaker and any gold source text (PolNeAR source spans, seed ``speaker``).
      Pronoun, bare-description ('the spokesman') or missing gold sources are counted as
      unscorable (:func:`is_unscorable_source`), never silently dropped.

    On the seed, predictions that overlap no scored gold quote but an optional indirect
    attribution are left out, and predictions overlapping a ``not_quotes`` span count as
    scare-quote errors.
    """
    text = gold_doc.text
    golds, optional = _gold_quotes(gold_doc)
    scores = QuoteScores()
    every = [span_chars(text, quote_intervals(q, text)) for q in pred]
    kept: list[tuple[int, Quote, frozenset[int]]] = []
    for i, (q, chars) in enumerate(zip(pred, every, strict=True)):
        if optional and not any(chars & g.chars for g in golds) and any(chars & o for o in optional):
            scores.ignored_predictions += 1
        else:
            kept.append((i, q, chars))
    for kind in KINDS:
        preds = [p for p in kept if kind == "all" or _pred_kind(p[1]) == kind]
        gold = [(j, g) for j, g in enumerate(golds) if kind == "all" or g.kind == kind]
        scores.groups[kind], matches = _score_group(preds, gold)
        if kind == "all":
            scores.matches = matches
    not_quotes = [span_chars(text, [iv]) for iv in intervals(gold_doc.gold.get("not_quotes", []))]
    scores.scare_quote_errors = sum(1 for c in every if any(c & n for n in not_quotes))
    return scores


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


def _rows(corpus: str, docs: list[Scored]) -> list[EvalRow]:
    """A row per group of quotes (all, then each kind), with overlap figures and exact and speaker ones."""
    if not docs:
        return []
    q = QuoteScores()
    for d in docs:
        q.add(d.scores)
    rows: list[EvalRow] = []
    for kind in KINDS:
        ov, ex = q.groups[kind].overlap, q.groups[kind].exact
        if kind != "all" and ov.n_pred == 0 and ov.n_gold == 0:
            continue  # nothing of this kind, predicted or gold (the seed has only direct quotes)
        extra: dict[str, float] = {"exact_precision": ex.precision, "exact_recall": ex.recall, "exact_f1": ex.f1}
        extra.update(_speaker_extra(q, kind))
        rows.append(EvalRow(corpus=corpus, kind=f"quotes-{kind}", precision=ov.precision, recall=ov.recall,
                            f1=ov.f1, n_pred=ov.n_pred, n_gold=ov.n_gold, n_docs=len(docs),
                            seconds_total=sum(d.seconds for d in docs), tokens_total=sum(d.tokens for d in docs),
                            extra=extra))
    return rows


def _doc_json(scores: QuoteScores) -> dict[str, Any]:
    entry = {f"quotes_{kind}_f1": rounded(scores.groups[kind].overlap.f1) for kind in KINDS}
    return entry | {"speaker_accuracy": rounded(scores.speaker_accuracy)}


SCORER = Scorer("quotes", ("polnear", "seed"), ("quotes",), lambda summary, doc: score_quotes(summary.quotes, doc),
                _rows, _doc_json)
"""Quotes against PolNeAR's attributions and the seed's quotes."""
