"""Find quotations in the text itself, without a model.

Quotation marks give exact spans, so every quote's words are verbatim by
construction. A split quote (“A,” he said. “B.”) becomes one quote with two parts.
Short quoted terms with no speech verb beside them (“virtual trip”, ‘visited’) are
scare quotes, not quotations, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .schemas import Span
from .segment import paragraph_bounds

__all__ = ["MIN_QUOTE_WORDS", "SPEECH_VERBS", "QuoteCandidate", "find_quotes"]

SPEECH_VERBS = (
    "said|says|say|saying|told|tells|added|adds|noted|notes|asked|asks|stated|states|explained|explains|"
    "warned|warns|wrote|writes|declared|declares|insisted|insists|argued|argues|replied|replies|continued|"
    "announced|announces|tweeted|tweets|posted|remarked|stressed|stresses|claimed|claims|recalled|recalls|"
    "according to|statement|acknowledged|admitted|conceded|countered|responded|urged|vowed|promised|joked|"
    "quipped|suggested|predicted|concluded|observed|commented|cautioned|complained|boasted|emphasized|emphasised"
)
_CUE = re.compile(rf"\b({SPEECH_VERBS})\b", re.IGNORECASE)
# Words that put someone's own short words on a person: called him a "stiff", accused her of an "artful smear".
_LABEL = re.compile(
    r"\b(?:call(?:s|ed|ing)?|accus(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|dubb(?:ed|ing)|dubs?|label(?:l?ed|s)?|"
    r"brand(?:s|ed)?|term(?:s|ed)|slam(?:s|med)|blast(?:s|ed)|denounc(?:e|es|ed)|dismiss(?:es|ed)|"
    r"prais(?:e|es|ed)|criticiz(?:e|es|ed)|criticis(?:e|es|ed)|insist(?:s|ed)|promis(?:e|es|ed)|vow(?:s|ed))\b"
    r"[^.“\"”]{0,50}$",
    re.IGNORECASE,
)
MIN_QUOTE_WORDS = 4
_PAIRS = {"“": "”", "«": "»", "„": "“"}
_WORDS = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


@dataclass
class QuoteCandidate:
    """Quoted words found in the text; ``parts`` are the spans inside the quotation marks."""

    parts: list[Span]
    cue: str | None = None
    context_start: int = 0
    context_end: int = 0
    words: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The quote's words; parts joined by ' ... '."""
        return " ... ".join(p.text for p in self.parts)


def _raw_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation marks within one paragraph; close == end when unclosed."""
    found: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        close: int = -1
        if ch in _PAIRS or ch == '"':
            # Mixed marks are common in copy (“...," or "...”): either closing mark closes.
            closers = {_PAIRS.get(ch, "”"), '"'}
            hits = [c for c in (text.find(m, i + 1, end) for m in closers) if c >= 0]
            close = min(hits) if hits else end  # unclosed: runs on past the paragraph, as news quotes do
        elif ch in "‘'" and (i == start or not text[i - 1].isalnum()):
            # A single quotation mark opens only after a non-letter and closes before a non-letter;
            # apostrophes (Korea’s, don't) never match.
            j = i + 1
            close = -1
            while j < end:
                c = text[j]
                if c in "’'" and (j + 1 == end or not text[j + 1].isalnum()) and text[j - 1] != " ":
                    close = j
                    break
                j += 1
            if close < 0:
                i += 1
                continue
        if close >= 0:
            found.append((i, close))
            i = close + 1
        else:
            i += 1
    return found


def _inner_span(text: str, open_at: int, close_at: int) -> Span | None:
    s, e = open_at + 1, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    if e <= s:
        return None
    return Span(start=s, end=e, text=text[s:e])


def _cue_near(text: str, before_from: int, open_at: int, close_at: int, after_to: int) -> str | None:
    after = text[close_at + 1 : after_to]
    m = re.match(r"[\s,]*([^.“\"”]{0,60}?\b(?:" + SPEECH_VERBS + r")\b(?:[ \t]+[\w’'-]+){0,3})", after, re.IGNORECASE)
    if m and len(_WORDS.findall(m.group(1))) <= 12:
        return m.group(1).strip(" ,")
    before = text[before_from:open_at]
    m = re.search(r"([^.“\"”]{0,80}\b(?:" + SPEECH_VERBS + r")\b[^.“\"”]{0,30})[:,]?\s*$", before, re.IGNORECASE)
    if m:
        return m.group(1).strip(" ,:")
    return None


def _marks_view(text: str) -> str:
    """The text with each typewriter double quote ('') read as one mark, offsets unchanged."""
    return text.replace("\'\'", ' "')


def _is_title(words: str) -> bool:
    toks = _WORDS.findall(words)
    return bool(toks) and all(t[:1].isupper() for t in toks)


def find_quotes(text: str) -> list[QuoteCandidate]:
    """Every quotation in the text, split quotes joined, scare quotes left out."""
    found: list[QuoteCandidate] = []
    view = _marks_view(text)
    for p_start, p_end in paragraph_bounds(text):
        for open_at, close_at in _raw_quotes(view, p_start, p_end):
            inner = _inner_span(view, open_at, close_at)
            if inner is None:
                continue
            span = Span(start=inner.start, end=inner.end, text=text[inner.start : inner.end])
            words = len(_WORDS.findall(span.text))
            cue = _cue_near(view, p_start, open_at, min(close_at, p_end - 1), p_end)
            if words < MIN_QUOTE_WORDS and cue is None and not _LABEL.search(view[max(p_start, open_at - 60) : open_at]):
                continue  # a scare quote or a term: “virtual trip”, ‘visited’
            if cue is None and words <= 6 and _is_title(span.text):
                continue  # a title or slogan: “Make America Great Again”
            if words < 2 and text[open_at] in "‘'":
                continue
            cand = QuoteCandidate([span], cue, p_start, p_end, words)
            prev = found[-1] if found else None
            if prev is not None and _continues(text, prev, cand):
                prev.parts.append(span)
                prev.words += words
                prev.context_end = p_end
                continue
            found.append(cand)
    return found


def _continues(text: str, prev: QuoteCandidate, cand: QuoteCandidate) -> bool:
    """True when ``cand`` is the second part of ``prev``: only a short attribution stands between them."""
    last = prev.parts[-1]
    gap = text[last.end : cand.parts[0].start]
    if "\n" in gap:
        return False  # a new paragraph opens a new quotation
    gap_inner = gap.strip(" ,;:.“”\"'‘’")
    return bool(_CUE.search(gap_inner)) and len(_WORDS.findall(gap_inner)) <= 8
