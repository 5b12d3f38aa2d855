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

__all__ = ["QuoteCandidate", "find_quotes", "SPEECH_VERBS", "MIN_QUOTE_WORDS"]

SPEECH_VERBS = (
    "said|says|say|saying|told|tells|added|adds|noted|notes|asked|asks|stated|states|explained|explains|"
    "warned|warns|wrote|writes|declared|declares|insisted|insists|argued|argues|replied|replies|continued|"
    "announced|announces|tweeted|tweets|posted|remarked|stressed|stresses|claimed|claims|recalled|recalls|"
    "according to|statement|acknowledged|admitted|conceded|countered|responded|urged|vowed|promised|joked|"
    "quipped|suggested|predicted|concluded|observed|commented|cautioned|complained|boasted|emphasized|emphasised"
)
_CUE = re.compile(rf"\b({SPEECH_VERBS})\b", re.IGNORECASE)
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
        if ch in _PAIRS:
            close = text.find(_PAIRS[ch], i + 1, end)
            if close < 0:
                close = end  # runs on past the paragraph, as news quotes spanning paragraphs do
        elif ch == '"':
            close = text.find('"', i + 1, end)
            if close < 0:
                close = end
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
    m = re.match(r"[\s,]*([^.“\"”]{0,60}?\b(?:" + SPEECH_VERBS + r")\b[^.“\"”]{0,40})", after, re.IGNORECASE)
    if m and len(_WORDS.findall(m.group(1))) <= 12:
        return m.group(1).strip(" ,")
    before = text[before_from:open_at]
    m = re.search(r"([^.“\"”]{0,80}\b(?:" + SPEECH_VERBS + r")\b[^.“\"”]{0,30})[:,]?\s*$", before, re.IGNORECASE)
    if m:
        return m.group(1).strip(" ,:")
    return None


def find_quotes(text: str) -> list[QuoteCandidate]:
    """Every quotation in the text, split quotes joined, scare quotes left out."""
    found: list[QuoteCandidate] = []
    for p_start, p_end in paragraph_bounds(text):
        for open_at, close_at in _raw_quotes(text, p_start, p_end):
            span = _inner_span(text, open_at, close_at)
            if span is None:
                continue
            words = len(_WORDS.findall(span.text))
            cue = _cue_near(text, p_start, open_at, min(close_at, p_end - 1), p_end)
            if words < MIN_QUOTE_WORDS and cue is None:
                continue  # a scare quote or a term: “virtual trip”, ‘visited’
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
    gap_inner = gap.strip(" ,;:.\n“”\"'‘’")
    if "\n" in gap and not _CUE.search(gap):
        return False
    if not _CUE.search(gap_inner) or len(_WORDS.findall(gap_inner)) > 8:
        return False
    # A new speaker named in the gap with a full stop before it is a new quote, not a continuation.
    return gap.count("\n") <= 1
