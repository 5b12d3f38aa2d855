"""Score summaries against the human-annotated evaluation corpus.

Everything here is pure: no model calls, no global state. The corpus lives beside the
checkout (``../shared/corpus``); :func:`load_corpus` reads its gold files and texts into
:class:`GoldDoc` objects, and the scorers compare predicted records with them:

* :func:`score_quotes` -- quotes against PolNeAR attributions and the seed article's quotes.
  Direct quotes are the main figure, indirect attributions are scored separately.
* :func:`score_events` -- meetings and trips against M2E2 ``Contact:Meet`` and
  ``Movement:Transport`` events.
* :func:`score_seed` -- the seed article, item by item, with date and scare-quote checks.

:func:`evaluate_summary` runs the scorers a corpus calls for and returns a :class:`DocEval`;
:func:`aggregate` sums those per corpus and kind into :class:`EvalRow` rows, and
:func:`result_to_json` turns rows (and, optionally, documents) into plain JSON data.

All offsets are Python string indices into the article text, as in the gold files.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.schemas import ArticleSummary, DateRef, Entity, Meeting, Place, Quote, Span, Trip

__all__ = [
    "CORPORA",
    "EVENT_KINDS",
    "PRF",
    "QUOTE_KINDS",
    "Agreement",
    "DocEval",
    "EvalResult",
    "EvalRow",
    "EventScores",
    "GoldDoc",
    "GoldEvent",
    "OverlapPRF",
    "QuoteMatch",
    "QuoteScores",
    "SeedItem",
    "SeedReport",
    "aggregate",
    "evaluate_summary",
    "gold_events",
    "is_trip_event",
    "is_unscorable_source",
    "load_corpus",
    "names_alias",
    "result_to_json",
    "score_events",
    "score_quotes",
    "score_seed",
    "strip_span",
]

#: Corpus names, as :attr:`GoldDoc.corpus` gives them (also the folder names under the root).
CORPORA: tuple[str, ...] = ("m2e2_voa", "polnear", "seed")
QUOTE_KINDS: tuple[str, ...] = ("quotes-direct", "quotes-indirect")
EVENT_KINDS: tuple[str, ...] = ("meetings", "trips")

_POLNEAR_GOLD = "quotes_gold.jsonl"
_M2E2_GOLD = "events_gold.jsonl"
_SEED_GOLD_SUFFIX = ".gold.json"
_M2E2_DATE = re.compile(r"(\d{4})\.(\d{2})\.(\d{2})")

Interval = tuple[int, int]


# --------------------------------------------------------------------------------------------
# Corpus loading
# --------------------------------------------------------------------------------------------


@dataclass
class GoldDoc:
    """One annotated article: its text, reference date and the raw gold record.

    ``gold`` is the JSON object of the gold file as written (a PolNeAR or M2E2 line, or the
    seed ``*.gold.json``). ``split`` is PolNeAR's train/dev/test split, None elsewhere.
    """

    corpus: str
    doc_id: str
    text: str
    published: date | None
    gold: dict[str, Any]
    split: str | None = None


def _read_text(path: Path) -> str:
    """Read a text exactly (no newline translation), so gold offsets stay valid."""
    return path.read_bytes().decode("utf-8")


def _parse_date(value: object) -> date | None:
    """Parse an ISO date string; None when absent or malformed."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _m2e2_date(doc_id: str) -> date | None:
    """Publication date from an M2E2 doc id: ``VOA_EN_NW_2014.01.31.1841956`` -> 2014-01-31."""
    m = _M2E2_DATE.search(doc_id)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _find_text(folder: Path, doc_id: str) -> Path:
    """The text of ``doc_id``: ``texts/<id>.txt`` or ``<id>.txt`` beside the gold."""
    for candidate in (folder / "texts" / f"{doc_id}.txt", folder / f"{doc_id}.txt"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no text for {doc_id!r} in {folder}")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file (blank lines skipped)."""
    out: list[dict[str, Any]] = []
    for line in _read_text(path).splitlines():
        if line.strip():
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise TypeError(f"{path}: a line is not a JSON object")
            out.append(obj)
    return out


def _load_polnear(folder: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for rec in _read_jsonl(folder / _POLNEAR_GOLD):
        doc_id = str(rec["doc_id"])
        split = rec.get("split")
        docs.append(
            GoldDoc(
                corpus="polnear",
                doc_id=doc_id,
                text=_read_text(_find_text(folder, doc_id)),
                published=_parse_date(rec.get("date")),
                gold=rec,
                split=str(split) if split is not None else None,
            )
        )
    return docs


def _load_m2e2(folder: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for rec in _read_jsonl(folder / _M2E2_GOLD):
        doc_id = str(rec["doc_id"])
        docs.append(
            GoldDoc(
                corpus="m2e2_voa",
                doc_id=doc_id,
                text=_read_text(_find_text(folder, doc_id)),
                published=_m2e2_date(doc_id),
                gold=rec,
            )
        )
    return docs


def _load_seed(folder: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for gold_path in sorted(folder.glob(f"*{_SEED_GOLD_SUFFIX}")):
        rec = json.loads(_read_text(gold_path))
        if not isinstance(rec, dict):
            raise TypeError(f"{gold_path}: not a JSON object")
        doc_id = str(rec.get("doc_id") or gold_path.name[: -len(_SEED_GOLD_SUFFIX)])
        docs.append(
            GoldDoc(
                corpus="seed",
                doc_id=doc_id,
                text=_read_text(_find_text(folder, doc_id)),
                published=_parse_date(rec.get("reference_date_hint")),
                gold=rec,
            )
        )
    return docs


def _corpus_kind(folder: Path) -> str | None:
    """Which gold a folder holds: 'polnear', 'm2e2_voa', 'seed' or None (no gold)."""
    if (folder / _POLNEAR_GOLD).is_file():
        return "polnear"
    if (folder / _M2E2_GOLD).is_file():
        return "m2e2_voa"
    if any(folder.glob(f"*{_SEED_GOLD_SUFFIX}")):
        return "seed"
    return None


def load_corpus(corpus_dir: Path, *, split: str | None = None) -> list[GoldDoc]:
    """Load the gold documents under ``corpus_dir``.

    ``corpus_dir`` is either the corpus root (holding ``seed/``, ``polnear/``, ``m2e2_voa/``;
    folders without gold, such as ``bbc_politics/``, are skipped) or one of those folders.
    The corpus is recognised by its gold file, not by the folder name.

    ``split`` keeps only PolNeAR documents of that split (its values are 'train', 'dev' and
    'test'). Seed and M2E2 documents have no split and are always kept: all of them are used
    whatever ``split`` asks for.

    Documents come sorted by corpus name, then doc id.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"no corpus folder at {corpus_dir}")
    folders = (
        [corpus_dir] if _corpus_kind(corpus_dir) else sorted(p for p in corpus_dir.iterdir() if p.is_dir())
    )
    loaders = {"polnear": _load_polnear, "m2e2_voa": _load_m2e2, "seed": _load_seed}
    docs: list[GoldDoc] = []
    for folder in folders:
        kind = _corpus_kind(folder)
        if kind is not None:
            docs.extend(loaders[kind](folder))
    if split is not None:
        docs = [d for d in docs if d.split is None or d.split == split]
    docs.sort(key=lambda d: (d.corpus, d.doc_id))
    return docs


# --------------------------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------------------------


def _div(num: float, den: float) -> float:
    """``num / den``, 0.0 when ``den`` is 0."""
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return _div(2 * p * r, p + r)


@dataclass
class PRF:
    """Counts of true positives, false positives and false negatives; P/R/F1 are 0 on empty."""

    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return _div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return _div(self.tp, self.tp + self.fn)

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
        return _div(self.p_sum, self.n_pred)

    @property
    def recall(self) -> float:
        """Mean best overlap proportion of the gold items."""
        return _div(self.r_sum, self.n_gold)

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
        return _div(self.agree, self.scored)

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


def _chars(text: str, spans: Iterable[Interval]) -> frozenset[int]:
    """The character offsets covered by ``spans``, each stripped first."""
    out: set[int] = set()
    for s, e in spans:
        a, b = strip_span(text, s, e)
        out.update(range(a, b))
    return frozenset(out)


def _intervals(spans: Iterable[Any]) -> list[Interval]:
    """(start, end) pairs from gold span dicts or :class:`Span` objects."""
    out: list[Interval] = []
    for sp in spans:
        if isinstance(sp, Span):
            out.append((sp.start, sp.end))
        elif isinstance(sp, dict) and "start" in sp and "end" in sp:
            out.append((int(sp["start"]), int(sp["end"])))
    return out


def _quote_intervals(quote: Quote, text: str) -> list[Interval]:
    """A predicted quote's spans: its evidence, else its parts found verbatim in the text."""
    if quote.evidence:
        return _intervals(quote.evidence)
    out: list[Interval] = []
    for part in quote.text.split(" ... "):
        part = part.strip()
        pos = text.find(part) if part else -1
        if pos >= 0:
            out.append((pos, pos + len(part)))
    return out


def _raw_overlap(a: Sequence[Interval], b: Sequence[Interval]) -> int:
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


def _greedy(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
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


def _words(words: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(words.split())


# --------------------------------------------------------------------------------------------
# Name aliasing
# --------------------------------------------------------------------------------------------

_PRONOUNS = _words(
    "i me my mine myself you your yours yourself yourselves he him his himself she her hers "
    "herself it its itself we us our ours ourselves they them their theirs themselves who whom "
    "whose which that this these those one"
)
_TITLES = _words(
    "mr mrs ms miss mx dr prof professor sir dame lord lady president vice secretary minister "
    "prime chancellor senator sen rep congressman congresswoman gov governor mayor pope king "
    "queen prince princess sheikh gen general col lt adm admiral ambassador envoy spokesman "
    "spokeswoman spokesperson chairman chairwoman chair ceo former deputy acting then rev "
    "reverend rabbi father judge candidate nominee presidential leader majority minority whip "
    "speaker premier foreign"
)
_STOP = _words("the a an of and for to in at on by")
#: Organisation words too generic to carry a match by themselves.
_GENERIC = _words(
    "department ministry office campaign party government committee house council agency "
    "administration team spokesman spokeswoman spokesperson statement news service group "
    "officials official authorities"
)
_COUNTRY_ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
}


def _cut_appositive(name: str) -> str:
    """The part of a name before an appositive (comma, parenthesis or ' who ')."""
    return re.split(r",|\(| who ", name.replace("\u00a0", " "), maxsplit=1)[0].strip()


def _name_tokens(name: str) -> list[str]:
    """Lower-case word tokens of a name, without possessive 's, periods, stopwords or titles.

    An appositive after a comma, a parenthesis or ' who ' is cut off first
    ('John Cornyn, the No. 2 in the GOP leadership' -> 'John Cornyn'). When nothing but titles
    is left, the titles are kept ('King' stays 'king').
    """
    name = _cut_appositive(name).replace("’", "'").lower()
    name = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", name)
    name = name.replace(".", "")
    tokens = [t for t in re.split(r"[^0-9a-z\u00c0-\u024f]+", name) if t and t not in _STOP]
    joined = " ".join(tokens)
    if joined in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[joined].split()
    return [t for t in tokens if t not in _TITLES] or tokens


def names_alias(a: str, b: str) -> bool:
    """True when two names plausibly denote the same speaker, person or organisation.

    Both names are lower-cased; possessive 's, periods, stopwords ('the', 'of'...) and
    titles/honorifics ('President', 'Sen.', 'Mr', 'Prime Minister'...) are dropped, as is an
    appositive after a comma (when the name opens with a description, 'another friend, Mariam
    Emara', the appositive is tried too). Common country abbreviations are unified (US = United States).
    Then they alias when

    * the token lists are equal; or
    * their last tokens are equal and that token is not a generic organisation word
      (surname match: 'Antony Blinken' / 'Sec. Blinken'); or
    * without generic organisation words (department, ministry, campaign, party...), the
      shorter token list ends the longer one ('State department' / 'US State Department',
      'Trump campaign' / 'Donald Trump'; but not 'State Department' / 'Defense Department'); or
    * the tokens of one contain all tokens of the other, at least two of them and not all
      generic ('Hillary Clinton' / 'Hillary Rodham Clinton').

    Empty names match nothing.
    """
    return any(
        _tokens_alias(_name_tokens(x), _name_tokens(y)) for x in _name_variants(a) for y in _name_variants(b)
    )


def _name_variants(name: str) -> list[str]:
    """The name; plus, when it opens with a description, the appositive that names it.

    'another friend, Mariam Emara' -> ['another friend, Mariam Emara', 'Mariam Emara'].
    """
    out = [name]
    head, sep, tail = name.replace("\u00a0", " ").partition(",")
    words = head.split()
    if sep and words and words[0].lower() in _DETERMINERS and tail.strip():
        out.append(tail.strip())
    return out


def _tokens_alias(ta: list[str], tb: list[str]) -> bool:
    """The alias rules of :func:`names_alias` on normalised token lists."""
    if not ta or not tb:
        return False
    if ta == tb or (ta[-1] == tb[-1] and ta[-1] not in _GENERIC):
        return True
    ga = [t for t in ta if t not in _GENERIC]
    gb = [t for t in tb if t not in _GENERIC]
    short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    if short and long_[len(long_) - len(short) :] == short:
        return True
    sa, sb = set(ta), set(tb)
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return len(small) >= 2 and small <= big and bool(small - _GENERIC)


_DETERMINERS = _words("the a an this that another one his her their its our my your some")
_PARTY_WORDS = frozenset({"democratic", "republican", "gop", "democrat", "conservative", "labour", "liberal"})


def is_unscorable_source(texts: Sequence[str]) -> bool:
    """True when a gold source gives no name to compare a speaker with.

    That is: no source text at all; every source part a pronoun ('he', 'She', 'they', 'who';
    'US' or 'U.S.' in capitals is not one); or every part a bare description, a determiner
    followed by lower-case words, titles or party words only ('the spokesman', 'The
    president', 'The Democratic presidential candidate', 'Her campaign', 'the senator, his
    aides'). A part holding a capitalised name anywhere ('The Post's Ruth Marcus', 'King',
    'a friend, Mariam Emara') is scorable.
    """
    parts = [t.strip() for t in texts if t.strip()]
    if not parts:
        return True
    for part in parts:
        if part.replace(".", "") == "US":
            return False
        word = part.strip(string.punctuation + "“”‘’ ").lower()
        if word in _PRONOUNS:
            continue
        words = part.replace("\u00a0", " ").split()
        if not words or words[0].lower() not in _DETERMINERS:
            return False
        for w in words[1:]:
            lw = w.lower().strip(string.punctuation + "“”‘’")
            if w[:1].isupper() and lw not in _TITLES and lw not in _PARTY_WORDS and lw not in _GENERIC:
                return False
    return True


# --------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------


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
        return _div(self.speaker_correct, self.speaker_scored)

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
            chars = _chars(doc.text, _intervals(q.get("contents", [])))
            if chars:
                target = direct if q.get("direct", True) else indirect
                target.append(_GoldQuote(chars, [str(q.get("speaker") or "")]))
        for q in gold.get("indirect_attributions_optional", []):
            spans = q.get("contents") or ([q["content"]] if "content" in q else [])
            chars = _chars(doc.text, _intervals(spans))
            if chars:
                optional.append(chars)
    else:
        for att in gold.get("attributions", []):
            chars = _chars(doc.text, _intervals(att.get("contents", [])))
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
    tp = len(_greedy(exact_pairs))
    exact = PRF(tp=tp, fp=len(preds) - tp, fn=len(golds) - tp)
    return exact, overlap, inter


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
    all_chars = [_chars(text, _quote_intervals(q, text)) for q in pred]

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
    for p, g in _greedy(inter):
        gq = g_direct[g]
        quote = pred[kept_direct[p]]
        if is_unscorable_source(gq.speakers):
            status = "unscorable"
            scores.unscorable_speakers += 1
        else:
            scores.speaker_scored += 1
            ok = any(names_alias(quote.speaker, s) for s in gq.speakers if s.strip())
            scores.speaker_correct += int(ok)
            status = "ok" if ok else "wrong"
        scores.matches.append(QuoteMatch(kept_direct[p], g, int(inter[(p, g)]), status))
    scores.gold_unscorable = sum(1 for g in g_direct if is_unscorable_source(g.speakers))

    if gold_doc.corpus == "seed":
        # The seed's indirect attributions are optional: nothing to score.
        scores.indirect_exact, scores.indirect_overlap = PRF(), OverlapPRF()
    else:
        scores.indirect_exact, scores.indirect_overlap, _ = _overlap_scores(
            [all_chars[i] for i in indirect_idx], [g.chars for g in g_indirect]
        )

    not_quotes = [_chars(text, [iv]) for iv in _intervals(gold_doc.gold.get("not_quotes", []))]
    scores.scare_quote_errors = sum(1 for c in all_chars if any(c & n for n in not_quotes))
    return scores


# --------------------------------------------------------------------------------------------
# Events (M2E2)
# --------------------------------------------------------------------------------------------

#: Words that make a Transport Artifact/Agent a person or delegation.
_PERSON_NOUNS = _words(
    "president presidents minister ministers secretary secretaries delegation delegations leader "
    "leaders official officials envoy envoys pope king queen prince princess prime chancellor "
    "senator senators team spokesman spokeswoman diplomat diplomats ambassador ambassadors "
    "premier governor mayor candidate nominee lawmaker lawmakers delegate delegates "
    "representative representatives congressman congresswoman monarch emperor sheikh emir general "
    "commander negotiator negotiators dignitaries dignitary foreign first lady"
)
#: Words that make it goods, forces or displaced people: not a trip.
_NON_TRIP_NOUNS = _words(
    "goods troop troops soldier soldiers refugee refugees migrant migrants weapon weapons arms "
    "aid patient patients civilian civilians force forces army armies military police policemen "
    "rebel rebels fighter fighters militant militants insurgent insurgents trucks truck cargo "
    "supplies supply food ammunition tanks tank vehicles prisoners prisoner detainees evacuees "
    "residents asylum seekers immigrants pilots marines sailors units battalion battalions "
    "brigade"
)
#: Capitalised plural nationality words (groups of people, not a named traveller).
_DEMONYMS = _words(
    "iraqis pakistanis israelis saudis somalis yemenis kuwaitis qataris emiratis bangladeshis "
    "afghanis afghans omanis nepalis azeris kurds turks arabs britons french dutch swiss thais "
    "filipinos greeks poles czechs danes swedes finns"
)
_DEMONYM_SUFFIXES = ("ians", "eans", "ans", "ese")
_ARTICLE_WORDS = _words("the a an his her their its our of and")


def _is_person_mover(text: str) -> bool:
    """True when a Transport Artifact/Agent text is a person or delegation (see is_trip_event)."""
    raw = re.sub(r"['’]s\b", "", text.replace("\u00a0", " ")).strip()
    words = [w for w in re.split(r"[^\w.-]+", raw) if w]
    lower = [w.lower().strip(".") for w in words]
    if not words or any(w in _NON_TRIP_NOUNS for w in lower):
        return False
    if any(w in _PERSON_NOUNS for w in lower):
        return True
    content = [w for w in words if w.lower() not in _ARTICLE_WORDS]
    if not content or not all(w[0].isupper() for w in content):
        return False
    if all(w.isupper() and len(w) > 1 for w in content):  # acronym: an organisation or armed group
        return False
    if len(content) == 1:
        w = content[0].lower()
        if w in _DEMONYMS or w.endswith(_DEMONYM_SUFFIXES):
            return False
    return True


def is_trip_event(event: dict[str, Any]) -> bool:
    """True when an M2E2 ``Movement:Transport`` event is a trip by a person or delegation.

    Rule: take the ``Artifact`` arguments (who or what moves); when there is none, the
    ``Agent`` arguments. The event is a trip when any of them is a person or delegation:

    * not when it contains a goods/forces/displaced-people word (troops, soldiers, refugees,
      migrants, weapons, aid, patients, civilians, forces, police, rebels, trucks...);
    * yes when it contains a person/delegation word (president, minister, secretary,
      delegation, leader, official(s), envoy, pope, king, prime, chancellor, senator, team,
      spokesman, diplomat, ambassador...);
    * yes when it is a capitalised proper name ('Jim Mattis', "Richard Nixon's", 'Malik'), but
      not an all-capitals acronym ('YPG') nor a single plural nationality word ('Iraqis',
      'Russians', 'Chinese').

    Events with neither Artifact nor Agent, and pronoun or common-noun movers ('them', 'man',
    'family'), are not trips. Other event types are never trips.
    """
    if event.get("event_type") != "Movement:Transport":
        return False
    args = event.get("arguments", [])
    movers = [str(a.get("text", "")) for a in args if a.get("role") == "Artifact"]
    if not movers:
        movers = [str(a.get("text", "")) for a in args if a.get("role") == "Agent"]
    return any(_is_person_mover(m) for m in movers)


@dataclass
class GoldEvent:
    """A gold meeting or trip: one per (kind, sentence), arguments pooled over merged events."""

    kind: str
    sentence: Interval
    triggers: list[str]
    arguments: list[tuple[str, str]]


def gold_events(gold_doc: GoldDoc) -> tuple[list[GoldEvent], list[GoldEvent], int]:
    """(trips, meetings, excluded) of an M2E2 document.

    Meetings are all ``Contact:Meet`` events; trips are the ``Movement:Transport`` events that
    :func:`is_trip_event` keeps (``excluded`` counts the others). Each event is placed in the
    sentence holding its trigger (from the line's ``sentences`` offsets; the trigger span
    itself when no sentence holds it), and events of one kind in the same sentence are merged
    into one gold item.
    """
    sentences = [(int(s["start"]), int(s["end"])) for s in gold_doc.gold.get("sentences", [])]
    trips: dict[Interval, GoldEvent] = {}
    meetings: dict[Interval, GoldEvent] = {}
    excluded = 0
    for ev in gold_doc.gold.get("events", []):
        etype = ev.get("event_type")
        if etype == "Contact:Meet":
            target, kind = meetings, "meeting"
        elif etype == "Movement:Transport":
            if not is_trip_event(ev):
                excluded += 1
                continue
            target, kind = trips, "trip"
        else:
            continue
        trig = ev.get("trigger", {})
        ts, te = int(trig.get("start", 0)), int(trig.get("end", 0))
        sent = next(((s, e) for s, e in sentences if s <= ts < e), (ts, max(te, ts + 1)))
        args = [(str(a.get("role", "")), str(a.get("text", ""))) for a in ev.get("arguments", [])]
        if sent in target:
            target[sent].triggers.append(str(trig.get("text", "")))
            target[sent].arguments.extend(args)
        else:
            target[sent] = GoldEvent(kind, sent, [str(trig.get("text", ""))], args)
    return [trips[k] for k in sorted(trips)], [meetings[k] for k in sorted(meetings)], excluded


@dataclass
class EventScores:
    """Meeting and trip scores of one M2E2 document (or summed over many).

    ``*_matches`` are (prediction index, gold index) pairs. Agreement figures are over matched
    pairs whose gold event has the argument in question.
    """

    trips: PRF = field(default_factory=PRF)
    meetings: PRF = field(default_factory=PRF)
    trip_destination: Agreement = field(default_factory=Agreement)
    trip_traveller: Agreement = field(default_factory=Agreement)
    meeting_participant: Agreement = field(default_factory=Agreement)
    excluded_transport: int = 0
    trip_matches: list[tuple[int, int]] = field(default_factory=list)
    meeting_matches: list[tuple[int, int]] = field(default_factory=list)

    def add(self, other: EventScores) -> None:
        """Add another document's counts (matches are not carried over)."""
        self.trips.add(other.trips)
        self.meetings.add(other.meetings)
        self.trip_destination.add(other.trip_destination)
        self.trip_traveller.add(other.trip_traveller)
        self.meeting_participant.add(other.meeting_participant)
        self.excluded_transport += other.excluded_transport


def _contains_either(a: str, b: str) -> bool:
    """Case-insensitive containment either way (empty strings never match)."""
    a, b = a.strip().lower(), b.strip().lower()
    return bool(a and b) and (a in b or b in a)


def _entity_names(entities: Iterable[Entity]) -> list[str]:
    return [n for e in entities for n in [e.name, *e.aliases] if n]


def _place_names(places: Iterable[Place]) -> list[str]:
    return [n for p in places for n in (p.name, p.country) if n]


def _agreement(gold_texts: list[str], pred_names: list[str]) -> Agreement:
    """One scored pair when there is gold text; agrees when any gold/pred pair contains the other."""
    if not gold_texts:
        return Agreement()
    ok = any(_contains_either(g, p) for g in gold_texts for p in pred_names)
    return Agreement(agree=int(ok), scored=1)


def _match_by_sentence(
    preds: Sequence[Sequence[Span]], golds: Sequence[GoldEvent]
) -> tuple[PRF, list[tuple[int, int]]]:
    scores: dict[tuple[int, int], float] = {}
    for i, evidence in enumerate(preds):
        spans = _intervals(evidence)
        for j, g in enumerate(golds):
            n = _raw_overlap(spans, [g.sentence])
            if n:
                scores[(i, j)] = float(n)
    pairs = _greedy(scores)
    tp = len(pairs)
    return PRF(tp=tp, fp=len(preds) - tp, fn=len(golds) - tp), pairs


def score_events(pred_trips: list[Trip], pred_meetings: list[Meeting], gold_doc: GoldDoc) -> EventScores:
    """Score predicted trips and meetings against an M2E2 document.

    Gold: see :func:`gold_events` (meetings = Contact:Meet; trips = Movement:Transport by a
    person or delegation, :func:`is_trip_event`; one gold item per kind and sentence).

    Matching rule: a prediction can match a gold event of its kind when any of its evidence
    spans shares at least one character with the sentence holding the gold trigger. Pairs are
    then taken greedily, largest shared-character count first (ties: earlier prediction, then
    earlier gold), each prediction and each gold event used at most once. Matched pairs are
    true positives; unmatched predictions false positives; unmatched gold events false
    negatives.

    Secondary figures, on matched pairs: a meeting's participants agree when a gold ``Entity``
    argument text contains, or is contained in, a predicted participant name or alias
    (case-insensitive); a trip's destination agrees likewise between a gold ``Destination`` and
    a predicted destination's name or country, and its traveller between a gold
    ``Artifact``/``Agent`` and a traveller name or alias.
    """
    g_trips, g_meetings, excluded = gold_events(gold_doc)
    out = EventScores(excluded_transport=excluded)
    out.trips, out.trip_matches = _match_by_sentence([t.evidence for t in pred_trips], g_trips)
    out.meetings, out.meeting_matches = _match_by_sentence([m.evidence for m in pred_meetings], g_meetings)
    for p, g in out.trip_matches:
        trip, gold = pred_trips[p], g_trips[g]
        out.trip_destination.add(
            _agreement([t for r, t in gold.arguments if r == "Destination"], _place_names(trip.destinations))
        )
        out.trip_traveller.add(
            _agreement(
                [t for r, t in gold.arguments if r in ("Artifact", "Agent")], _entity_names(trip.travellers)
            )
        )
    for p, g in out.meeting_matches:
        out.meeting_participant.add(
            _agreement(
                [t for r, t in g_meetings[g].arguments if r == "Entity"],
                _entity_names(pred_meetings[p].participants),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Seed, item by item
# --------------------------------------------------------------------------------------------


@dataclass
class SeedItem:
    """One gold item of the seed article and what became of it.

    ``checks`` are (name, passed) pairs such as ('speaker', True) or ('when 2021-03', False);
    ``notes`` hold free text printed after them (e.g. the value a wrong date had).
    """

    kind: str
    index: int
    label: str
    found: bool
    checks: list[tuple[str, bool]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        """'quote 1 (US State Department): found, speaker ok'."""
        parts = ["found" if self.found else "missed"]
        parts += [f"{name} {'ok' if passed else 'wrong'}" for name, passed in self.checks]
        parts += self.notes
        return f"{self.kind} {self.index} ({self.label}): " + ", ".join(parts)


@dataclass
class SeedReport:
    """The seed article scored item by item.

    ``extra`` counts predictions matched to no gold item, per kind ('quote', 'trip',
    'meeting'); ``scare_quotes`` lists the predicted quote texts overlapping a ``not_quotes``
    span.
    """

    items: list[SeedItem] = field(default_factory=list)
    extra: dict[str, int] = field(default_factory=dict)
    scare_quotes: list[str] = field(default_factory=list)

    @property
    def scare_quote_errors(self) -> int:
        """How many predicted quotes are scare quotes."""
        return len(self.scare_quotes)

    def prf(self, kind: str) -> PRF:
        """Item counts of one kind: found = tp, missed = fn, extra predictions = fp."""
        items = [i for i in self.items if i.kind == kind]
        found = sum(1 for i in items if i.found)
        return PRF(tp=found, fp=self.extra.get(kind, 0), fn=len(items) - found)

    def date_checks(self) -> tuple[int, int]:
        """(passed, total) over the date checks of all items."""
        checks = [
            passed for i in self.items for name, passed in i.checks if name.startswith(("when", "seoul"))
        ]
        return sum(checks), len(checks)

    def lines(self) -> list[str]:
        """The report as printable lines."""
        out = [item.line() for item in self.items]
        for kind in ("quote", "trip", "meeting"):
            if self.extra.get(kind):
                out.append(f"extra {kind} predictions: {self.extra[kind]}")
        out.append(f"scare quotes: {self.scare_quote_errors}")
        out += [f"  scare quote: {t!r}" for t in self.scare_quotes]
        return out


def _date_values(refs: Iterable[DateRef | None]) -> list[str]:
    return [r.value for r in refs if r is not None and r.value]


def _when_check(gold_item: dict[str, Any], when: DateRef | None, item: SeedItem) -> None:
    gold_when = gold_item.get("when")
    if not isinstance(gold_when, dict) or not gold_when.get("value"):
        return
    want = str(gold_when["value"])
    got = when.value if when is not None else None
    item.checks.append((f"when {want}", got == want))
    if got != want:
        item.notes.append(f"when was {got or 'missing'}")


def _agree_names(gold_names: Sequence[str], pred_names: Sequence[str], need: int) -> bool:
    """At least ``need`` gold names (all of them when fewer) alias some predicted name."""
    hits = sum(1 for g in gold_names if any(names_alias(g, p) or _contains_either(g, p) for p in pred_names))
    return bool(gold_names) and hits >= min(need, len(gold_names))


def _match_items(
    pred_evidence: Sequence[Sequence[Span]],
    gold_evidence: Sequence[list[Interval]],
    agree: dict[tuple[int, int], bool],
) -> list[tuple[int, int]]:
    """Greedy one-to-one: evidence overlap first (by shared characters), then name agreement."""
    scores: dict[tuple[int, int], float] = {}
    for i, ev in enumerate(pred_evidence):
        spans = _intervals(ev)
        for j, gold in enumerate(gold_evidence):
            n = _raw_overlap(spans, gold)
            if n:
                scores[(i, j)] = 1_000_000.0 + n
            elif agree.get((i, j)):
                scores[(i, j)] = 1.0
    return _greedy(scores)


def score_seed(summary: ArticleSummary, gold_doc: GoldDoc) -> SeedReport:
    """Score a summary of the seed article item by item.

    * Quotes: the pairs of :func:`score_quotes` (content overlap, one-to-one); a found quote
      also says whether its speaker aliases the gold speaker.
    * Trips: a prediction matches a gold trip when its evidence overlaps the gold evidence, or
      when a traveller aliases a gold traveller and a destination matches a gold destination;
      evidence matches are preferred, one-to-one. Date checks: ``when.value`` equals the gold
      ``when.value``; for the gold ``seoul_leg``, some date of the trip (``dates`` or ``when``)
      has its start value.
    * Meetings: evidence overlap, or at least two gold participants (all, when fewer) aliasing
      predicted participants; ``when.value`` checked like trips.
    * Scare quotes: predicted quotes overlapping a ``not_quotes`` span.

    Optional gold items are not listed; predictions matching nothing (an optional meeting
    included) count as ``extra``.
    """
    gold = gold_doc.gold
    report = SeedReport()

    qs = score_quotes(summary.quotes, gold_doc)
    by_gold = {m.gold_index: m for m in qs.matches}
    gold_quotes = [q for q in gold.get("quotes", []) if q.get("direct", True)]
    for j, q in enumerate(gold_quotes):
        item = SeedItem("quote", j + 1, str(q.get("speaker", "?")), j in by_gold)
        if j in by_gold:
            item.checks.append(("speaker", by_gold[j].speaker == "ok"))
            if by_gold[j].speaker != "ok":
                item.notes.append(f"speaker was {summary.quotes[by_gold[j].pred_index].speaker!r}")
        report.items.append(item)
    report.extra["quote"] = (
        sum(1 for q in summary.quotes if q.direct) - qs.ignored_predictions - len(qs.matches)
    )

    gold_trips = list(gold.get("trips", []))
    agree_t = {
        (i, j): _agree_names(g.get("travellers", []), _entity_names(t.travellers), 1)
        and _agree_names(g.get("destinations", []), _place_names(t.destinations), 1)
        for i, t in enumerate(summary.trips)
        for j, g in enumerate(gold_trips)
    }
    pairs = {
        g: p
        for p, g in _match_items(
            [t.evidence for t in summary.trips],
            [_intervals(g.get("evidence", [])) for g in gold_trips],
            agree_t,
        )
    }
    for j, g in enumerate(gold_trips):
        label = ", ".join(g.get("travellers", [])) + " -> " + ", ".join(g.get("destinations", []))
        item = SeedItem("trip", j + 1, label, j in pairs)
        if j in pairs:
            trip = summary.trips[pairs[j]]
            _when_check(g, trip.when, item)
            leg = g.get("seoul_leg")
            if isinstance(leg, dict) and leg.get("start"):
                item.checks.append(
                    (
                        f"seoul leg start {leg['start']}",
                        str(leg["start"]) in _date_values([*trip.dates, trip.when]),
                    )
                )
        report.items.append(item)
    report.extra["trip"] = len(summary.trips) - len(pairs)

    gold_meetings = list(gold.get("meetings", []))
    agree_m = {
        (i, j): _agree_names(g.get("participants", []), _entity_names(m.participants), 2)
        for i, m in enumerate(summary.meetings)
        for j, g in enumerate(gold_meetings)
    }
    mpairs = {
        g: p
        for p, g in _match_items(
            [m.evidence for m in summary.meetings],
            [_intervals(g.get("evidence", [])) for g in gold_meetings],
            agree_m,
        )
    }
    for j, g in enumerate(gold_meetings):
        item = SeedItem("meeting", j + 1, ", ".join(g.get("participants", [])), j in mpairs)
        if j in mpairs:
            _when_check(g, summary.meetings[mpairs[j]].when, item)
        report.items.append(item)
    # An unmatched prediction that matches an optional gold meeting (by participants) is no error.
    optional = list(gold.get("meetings_optional", []))
    matched = set(mpairs.values())
    optional_hits = sum(
        1
        for i, m in enumerate(summary.meetings)
        if i not in matched
        and any(_agree_names(g.get("participants", []), _entity_names(m.participants), 2) for g in optional)
    )
    report.extra["meeting"] = len(summary.meetings) - len(mpairs) - optional_hits

    not_quotes = [_chars(gold_doc.text, [iv]) for iv in _intervals(gold.get("not_quotes", []))]
    for q in summary.quotes:
        c = _chars(gold_doc.text, _quote_intervals(q, gold_doc.text))
        if any(c & n for n in not_quotes):
            report.scare_quotes.append(q.text)
    return report


# --------------------------------------------------------------------------------------------
# Per document and aggregation
# --------------------------------------------------------------------------------------------


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


def evaluate_summary(summary: ArticleSummary, gold_doc: GoldDoc) -> DocEval:
    """Run the scorers a document's corpus calls for.

    PolNeAR: quotes. M2E2: trips and meetings. Seed: quotes and the item-by-item report
    (whose trip and meeting counts :func:`aggregate` uses). Seconds and tokens (prompt +
    completion) come from the summary.
    """
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

    ``kind`` is 'quotes-direct', 'quotes-indirect', 'meetings' or 'trips'. For quotes,
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
        return _div(self.seconds_total, self.n_docs)

    @property
    def tokens_per_doc(self) -> float:
        """Mean tokens per document."""
        return _div(self.tokens_total, self.n_docs)


#: The per corpus and kind result; the same thing as :class:`EvalRow`.
EvalResult = EvalRow


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


def aggregate(doc_evals: Iterable[DocEval]) -> list[EvalRow]:
    """Micro-sum document scores into one row per corpus and kind.

    Rows come sorted by corpus, then in the order quotes-direct, quotes-indirect, meetings,
    trips; a kind appears for a corpus only when some document was scored for it (quotes for
    PolNeAR and seed, events for M2E2, seed trips/meetings from its item report); a
    'quotes-indirect' row with neither gold nor predicted items (the seed) is left out.
    """
    by_corpus: dict[str, list[DocEval]] = {}
    for d in doc_evals:
        by_corpus.setdefault(d.corpus, []).append(d)
    rows: list[EvalRow] = []
    for corpus in sorted(by_corpus):
        docs = by_corpus[corpus]
        qdocs = [d for d in docs if d.quotes is not None]
        if qdocs:
            q = QuoteScores()
            for d in qdocs:
                assert d.quotes is not None
                q.add(d.quotes)
            for kind, ov, ex in (
                ("quotes-direct", q.direct_overlap, q.direct_exact),
                ("quotes-indirect", q.indirect_overlap, q.indirect_exact),
            ):
                if kind == "quotes-indirect" and ov.n_pred == 0 and ov.n_gold == 0:
                    continue  # nothing scored (the seed's indirect attributions are optional)
                extra: dict[str, float] = {
                    "exact_precision": ex.precision,
                    "exact_recall": ex.recall,
                    "exact_f1": ex.f1,
                }
                if kind == "quotes-direct":
                    extra.update(
                        speaker_accuracy=q.speaker_accuracy,
                        speaker_scored=q.speaker_scored,
                        speaker_correct=q.speaker_correct,
                        unscorable_speakers=q.unscorable_speakers,
                        gold_unscorable_speakers=q.gold_unscorable,
                        scare_quote_errors=q.scare_quote_errors,
                        ignored_predictions=q.ignored_predictions,
                    )
                rows.append(
                    EvalRow(
                        corpus=corpus,
                        kind=kind,
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
        edocs = [d for d in docs if d.events is not None]
        if edocs:
            e = EventScores()
            for d in edocs:
                assert d.events is not None
                e.add(d.events)
            rows.append(
                _prf_row(
                    corpus,
                    "meetings",
                    e.meetings,
                    edocs,
                    {
                        "participant_agreement": e.meeting_participant.rate,
                        "participant_scored": e.meeting_participant.scored,
                    },
                )
            )
            rows.append(
                _prf_row(
                    corpus,
                    "trips",
                    e.trips,
                    edocs,
                    {
                        "destination_agreement": e.trip_destination.rate,
                        "destination_scored": e.trip_destination.scored,
                        "traveller_agreement": e.trip_traveller.rate,
                        "traveller_scored": e.trip_traveller.scored,
                        "excluded_transport": e.excluded_transport,
                    },
                )
            )
        sdocs = [d for d in docs if d.seed is not None]
        if sdocs:
            for kind, item_kind in (("meetings", "meeting"), ("trips", "trip")):
                prf = PRF()
                ok = total = 0
                for d in sdocs:
                    assert d.seed is not None
                    prf.add(d.seed.prf(item_kind))
                    for item in d.seed.items:
                        if item.kind == item_kind:
                            for name, passed in item.checks:
                                ok += int(passed)
                                total += 1
                rows.append(_prf_row(corpus, kind, prf, sdocs, {"date_checks_ok": ok, "date_checks": total}))
    return rows


def _rounded(value: float) -> float:
    return round(float(value), 4)


def result_to_json(rows: Sequence[EvalRow], doc_evals: Sequence[DocEval] | None = None) -> dict[str, Any]:
    """Plain JSON data for ``--json`` output: ``{"rows": [...]}``, plus ``"docs"`` when given.

    Ratios are rounded to 4 decimals. A document entry holds its corpus, doc id, seconds,
    tokens and its main figures; a seed document also its report lines.
    """
    out: dict[str, Any] = {
        "rows": [
            {
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
            for r in rows
        ]
    }
    if doc_evals is not None:
        docs: list[dict[str, Any]] = []
        for d in doc_evals:
            entry: dict[str, Any] = {
                "corpus": d.corpus,
                "doc_id": d.doc_id,
                "seconds": _rounded(d.seconds),
                "tokens": d.tokens,
            }
            if d.quotes is not None:
                entry["quotes_direct_f1"] = _rounded(d.quotes.direct_overlap.f1)
                entry["quotes_indirect_f1"] = _rounded(d.quotes.indirect_overlap.f1)
                entry["speaker_accuracy"] = _rounded(d.quotes.speaker_accuracy)
            if d.events is not None:
                entry["meetings_f1"] = _rounded(d.events.meetings.f1)
                entry["trips_f1"] = _rounded(d.events.trips.f1)
            if d.seed is not None:
                entry["seed_report"] = d.seed.lines()
            docs.append(entry)
        out["docs"] = docs
    return out
