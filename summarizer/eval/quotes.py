"""Score predicted quotes against PolNeAR attributions and the seed article's quotes.

Direct quotes are the main figure; indirect attributions are scored separately. Each quote is
the set of its characters (see :func:`score_quotes`); speakers of matched direct pairs are
compared with :func:`summarizer.eval.names.names_alias`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.metrics import PRF, OverlapPRF, div, greedy, intervals, quote_intervals, span_chars
from summarizer.eval.names import is_unscorable_source, names_alias
from summarizer.schemas import Quote

__all__ = ["QUOTE_KINDS", "QuoteMatch", "QuoteScores", "score_quotes"]

QUOTE_KINDS: tuple[str, ...] = ("quotes-direct", "quotes-indirect")


@dataclass
class QuoteMatch:
    """A matched (predicted, gold) quote pair and how its speaker fared.

    ``speaker`` is 'ok', 'wrong' or 'unscorable' (see :func:`is_unscorable_source`).
    """

    pred_index: int
    gold_index: int
    overlap_chars: int
    speaker: str


@dataclass
class QuoteScores:
    """Quote scores of one document (or summed over many).

    ``direct_*`` compare predicted quotes with ``direct=True`` against gold direct quotes;
    ``indirect_*`` compare predicted quotes with ``direct=False`` against gold indirect
    attributions. Speaker counts are over matched direct pairs: ``speaker_scored`` pairs had a
    named gold source, ``speaker_correct`` of them aliased it, ``unscorable_speakers`` pairs had
    a pronoun, bare-description or absent gold source (:func:`is_unscorable_source`).
    ``gold_unscorable`` counts all gold direct quotes with such a
    source, matched or not. ``scare_quote_errors`` counts predicted quotes overlapping a seed
    ``not_quotes`` span; ``ignored_predictions`` counts predicted direct quotes left out of
    precision because they only overlap an optional seed attribution.
    """

    direct_exact: PRF = field(default_factory=PRF)
    direct_overlap: OverlapPRF = field(default_factory=OverlapPRF)
    indirect_exact: PRF = field(default_factory=PRF)
    indirect_overlap: OverlapPRF = field(default_factory=OverlapPRF)
    speaker_correct: int = 0
    speaker_scored: int = 0
    unscorable_speakers: int = 0
    gold_unscorable: int = 0
    scare_quote_errors: int = 0
    ignored_predictions: int = 0
    matches: list[QuoteMatch] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        """speaker_correct / speaker_scored (0 when none scored)."""
        return div(self.speaker_correct, self.speaker_scored)

    def add(self, other: QuoteScores) -> None:
        """Add another document's counts (matches are not carried over)."""
        self.direct_exact.add(other.direct_exact)
        self.direct_overlap.add(other.direct_overlap)
        self.indirect_exact.add(other.indirect_exact)
        self.indirect_overlap.add(other.indirect_overlap)
        self.speaker_correct += other.speaker_correct
        self.speaker_scored += other.speaker_scored
        self.unscorable_speakers += other.unscorable_speakers
        self.gold_unscorable += other.gold_unscorable
        self.scare_quote_errors += other.scare_quote_errors
        self.ignored_predictions += other.ignored_predictions


@dataclass
class _GoldQuote:
    chars: frozenset[int]
    speakers: list[str]


def _gold_quotes(doc: GoldDoc) -> tuple[list[_GoldQuote], list[_GoldQuote], list[frozenset[int]]]:
    """(direct, indirect, optional) gold quotes of a PolNeAR or seed document.

    Seed: ``quotes`` are direct; its ``indirect_attributions_optional`` are optional (neither
    rewarded nor penalised), so the seed has no scored indirect gold.
    """
    direct: list[_GoldQuote] = []
    indirect: list[_GoldQuote] = []
    optional: list[frozenset[int]] = []
    gold = doc.gold
    if doc.corpus == "seed":
        for q in gold.get("quotes", []):
            chars = span_chars(doc.text, intervals(q.get("contents", [])))
            if chars:
                target = direct if q.get("direct", True) else indirect
                target.append(_GoldQuote(chars, [str(q.get("speaker") or "")]))
        for q in gold.get("indirect_attributions_optional", []):
            spans = q.get("contents") or ([q["content"]] if "content" in q else [])
            chars = span_chars(doc.text, intervals(spans))
            if chars:
                optional.append(chars)
    else:
        for att in gold.get("attributions", []):
            chars = span_chars(doc.text, intervals(att.get("contents", [])))
            if not chars:
                continue
            speakers = [str(s.get("text", "")) for s in att.get("sources", [])]
            (direct if att.get("direct") else indirect).append(_GoldQuote(chars, speakers))
    return direct, indirect, optional


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


def _score_speakers(
    scores: QuoteScores,
    preds: list[Quote],
    pred_index: list[int],
    golds: list[_GoldQuote],
    inter: dict[tuple[int, int], float],
) -> None:
    """Pair direct quotes greedily by overlap and count how their speakers fare.

    ``preds[p]`` is the prediction numbered ``pred_index[p]`` in the summary; ``inter`` holds
    the shared characters of each (p, gold) pair.
    """
    for p, g in greedy(inter):
        gq = golds[g]
        quote = preds[p]
        if is_unscorable_source(gq.speakers):
            status = "unscorable"
            scores.unscorable_speakers += 1
        else:
            scores.speaker_scored += 1
            ok = any(names_alias(quote.speaker, s) for s in gq.speakers if s.strip())
            scores.speaker_correct += int(ok)
            status = "ok" if ok else "wrong"
        scores.matches.append(QuoteMatch(pred_index[p], g, int(inter[(p, g)]), status))
    scores.gold_unscorable = sum(1 for g in golds if is_unscorable_source(g.speakers))


def score_quotes(pred: list[Quote], gold_doc: GoldDoc) -> QuoteScores:
    """Score predicted quotes against a PolNeAR or seed document.

    Each quote is the set of its characters (evidence spans, or its text found in the article
    when it has no evidence), each span stripped of surrounding whitespace, quotation marks and
    punctuation; gold contents are stripped the same way, and the parts of a multi-part quote
    are pooled.

    * EXACT: a predicted quote is a true positive when its characters equal a gold quote's
      (one-to-one); the rest are false positives/negatives.
    * OVERLAP (citron): precision = mean over predicted quotes of the best fraction of their
      characters covered by one gold quote; recall = mean over gold quotes of the best fraction
      covered by one predicted quote.
    * Speakers: predicted and gold direct quotes sharing characters are paired greedily by
      largest overlap, one-to-one; a pair's speaker is correct when :func:`names_alias` holds
      between the predicted speaker and any gold source text (PolNeAR source spans, seed
      ``speaker``). Pronoun, bare-description ('the spokesman') or missing gold sources are
      counted as unscorable (:func:`is_unscorable_source`), never silently dropped.

    Predicted ``direct=True`` quotes are compared with gold direct quotes and ``direct=False``
    ones with gold indirect attributions, separately. On the seed, predicted direct quotes that
    overlap only an optional indirect attribution are left out, and predicted quotes overlapping
    a ``not_quotes`` span count as scare-quote errors.
    """
    text = gold_doc.text
    g_direct, g_indirect, optional = _gold_quotes(gold_doc)
    scores = QuoteScores()

    direct_idx = [i for i, q in enumerate(pred) if q.direct]
    indirect_idx = [i for i, q in enumerate(pred) if not q.direct]
    all_chars = [span_chars(text, quote_intervals(q, text)) for q in pred]

    gold_direct_chars = [g.chars for g in g_direct]
    kept_direct: list[int] = []
    for i in direct_idx:
        c = all_chars[i]
        if optional and not any(c & g for g in gold_direct_chars) and any(c & o for o in optional):
            scores.ignored_predictions += 1
        else:
            kept_direct.append(i)

    exact, overlap, inter = _overlap_scores([all_chars[i] for i in kept_direct], gold_direct_chars)
    scores.direct_exact, scores.direct_overlap = exact, overlap
    _score_speakers(scores, [pred[i] for i in kept_direct], kept_direct, g_direct, inter)

    if gold_doc.corpus == "seed":
        # The seed's indirect attributions are optional: nothing to score.
        scores.indirect_exact, scores.indirect_overlap = PRF(), OverlapPRF()
    else:
        scores.indirect_exact, scores.indirect_overlap, _ = _overlap_scores(
            [all_chars[i] for i in indirect_idx], [g.chars for g in g_indirect]
        )

    not_quotes = [span_chars(text, [iv]) for iv in intervals(gold_doc.gold.get("not_quotes", []))]
    scores.scare_quote_errors = sum(1 for c in all_chars if any(c & n for n in not_quotes))
    return scores
