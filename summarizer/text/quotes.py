"""Find quotations in the text itself, without a model.

Quotation marks give exact spans, so every quote's words are verbatim by
construction. A split quote (“A,” he said. “B.”) becomes one quote with two parts.
Short quoted terms with no speech verb beside them (“virtual trip”, ‘visited’) are
scare quotes, not quotations, and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from summarizer.schemas import Span
from summarizer.text.lexicon import LABELLING_VERBS, inflections, quote_cue_verbs, word_pattern
from summarizer.text.sentences import abbreviation_stops, paragraph_bounds

__all__ = ["MIN_QUOTE_WORDS", "QuoteCandidate", "find_quotes", "quoted_stretches"]

# The words that attribute a quotation: the verb forms the lexicon gives for it, and the phrases
# "according to", "statement" ("..., the ministry's statement read") and "put it" ("as he put it", "as she puts it").
_CUE_WORDS: tuple[str, ...] = (*quote_cue_verbs(), "according to", "statement", "put it", "puts it")


def _by_first_letter(words: tuple[str, ...]) -> str:
    """The alternation of ``words`` grouped by first letter: the same matches (a word boundary follows
    each use, so only the one whole word can match), with one test per letter instead of per word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


_VERBS = _by_first_letter(_CUE_WORDS)
_CUE = re.compile(rf"\b({_VERBS})\b", re.IGNORECASE)
# Words that put someone's own short words on a person: called him a "stiff", accused her of an "artful smear".
# "so-called" marks a term as other people's word; no one is quoted saying it.
_LABEL = re.compile(
    r"(?<!\bso-)(?<!\bso- )(?<!\bso )"
    rf"\b(?:{word_pattern(f for v in LABELLING_VERBS for f in inflections(v))})\b" r"[^.“\"”]{0,50}$",
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
    cue_follows: bool = False  # the cue stands after the closing mark ('“...,” she said')

    @property
    def text(self) -> str:
        """The quote's words; parts joined by ' ... '."""
        return " ... ".join(p.text for p in self.parts)


_OPENERS = re.compile("[\"“«„‘']")
_DOUBLE_MARK = re.compile("[\"“”«»„]")
_SINGLE_CLOSERS = re.compile("[’']")
_STOP_CHARS = re.compile("[.“\"”]")
# After a closing mark, blanks and commas are taken whole (*+): giving some back could only move
# the cue's start into them, where no speech verb stands, so the match is the same, in fewer steps.
_CUE_AFTER = re.compile(rf"[\s,]*+([^.“\"”]{{0,60}}?\b{_VERBS}\b(?:[ \t]+[\w’'\u2024-]+){{0,3}})", re.IGNORECASE)
_CUE_BEFORE = re.compile(rf"([^.“\"”]{{0,80}}\b{_VERBS}\b[^.“\"”]{{0,30}})[:,]?\s*$", re.IGNORECASE)
_LONGEST_VERB = max(len(v) for v in _CUE_WORDS)


# Mixed marks are common in copy (“...," or "...”): either closing mark closes.
_CLOSERS = {mark: re.compile(f'["{_PAIRS.get(mark, "”")}]') for mark in '"“«„'}


# A right single mark after a sentence's end, before the next sentence: no apostrophe stands there, so in
# copy that mixes marks it closes a double quotation ('“We can win.’ She left.').
_STRAY_CLOSE = re.compile(r"[.!?]’(?=\s+[A-Z“\"])")


def _raw_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of quotation marks within one paragraph; close == end when unclosed.

    Linear in the paragraph: the scan for a closing mark resumes after it, and the single
    closing marks are listed once.
    """
    found: list[tuple[int, int]] = []
    # A single closing mark closes only before a non-letter and never right after a space;
    # apostrophes (Korea’s, don't) never match. Whether a mark closes depends on it alone.
    single = [
        j
        for m in _SINGLE_CLOSERS.finditer(text, start + 1, end)
        if ((j := m.start()) + 1 == end or not text[j + 1].isalnum()) and text[j - 1] != " "
    ]
    k = 0
    i = start
    while (m := _OPENERS.search(text, i, end)) is not None:
        i = m.start()
        closer = _CLOSERS.get(text[i])
        close = -1
        if closer is not None:
            c = closer.search(text, i + 1, end)
            close = c.start() if c else end  # unclosed: runs on past the paragraph, as news quotes do
            stray = _STRAY_CLOSE.search(text, i + 1, close)
            if stray is not None and "‘" not in text[i + 1 : stray.start()]:
                close = stray.end() - 1  # '“Let’s go.’ Schumer was ...': a single mark closes a sentence
        elif i == start or not text[i - 1].isalnum():
            # A single quotation mark opens only after a non-letter.
            k = bisect_right(single, i, k)
            if k < len(single):
                close = single[k]
        if close >= 0:
            found.append((i, close))
            i = close + 1
        else:
            i += 1
    return found


def _inner_span(text: str, open_at: int, close_at: int) -> tuple[int, int] | None:
    s, e = open_at + 1, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    if e <= s:
        return None
    return s, e


@dataclass
class _Paragraph:
    """What the cue search needs of one paragraph: where its stop characters and speech verbs stand.

    Speech verbs are found only where a cue may stand, in windows that move forward with the
    quotation marks, so each character is scanned once.
    """

    start: int
    end: int
    stops: list[int]
    verb_starts: list[int] = field(default_factory=list)
    verb_ends: list[int] = field(default_factory=list)
    scanned: int = 0

    @classmethod
    def of(cls, view: str, start: int, end: int) -> _Paragraph:
        return cls(start, end, [m.start() for m in _STOP_CHARS.finditer(view, start, end)], scanned=start)

    def after_stop(self, at: int) -> int:
        """Where the words before ``at`` begin: after the last stop character, else at the paragraph start."""
        k = bisect_left(self.stops, at)
        return self.stops[k - 1] + 1 if k else self.start

    def verbs_from(self, view: str, lo: int, hi: int) -> int:
        """Index in ``verb_starts`` of the first speech verb from ``lo``, every verb up to ``hi`` being found.

        ``lo`` and ``hi`` never move back, and no verb runs across ``hi`` (blank space or a mark follows it).
        """
        if hi > self.scanned:
            for m in _CUE.finditer(view, max(lo, self.scanned), hi):
                self.verb_starts.append(m.start())
                self.verb_ends.append(m.end())
            self.scanned = hi
        return bisect_left(self.verb_starts, lo)


def _stripped(m: re.Match[str], chars: str) -> tuple[int, int]:
    """(start, end) of the match's first group less ``chars`` at either end."""
    group = m.group(1)
    start = m.start(1) + len(group) - len(group.lstrip(chars))
    return start, start + len(group.strip(chars))


def _cue_after(view: str, para: _Paragraph, close_at: int) -> tuple[int, int] | None:
    """Where the attribution right after a quotation's closing mark stands ('“...,” the candidate said'), if any."""
    m = _CUE_AFTER.match(view, close_at + 1, para.end)
    return _stripped(m, " ,") if m and len(_WORDS.findall(m.group(1))) <= 12 else None


def _cue_near(view: str, para: _Paragraph, open_at: int, close_at: int) -> tuple[int, int] | None:
    """Where the attribution beside a quotation stands: after its closing mark, else before its opening mark.

    The same matches as searching the paragraph's text before the mark with ``_CUE_BEFORE``,
    without rescanning the paragraph for each mark: a match holds no stop character, ends
    in at most 31 characters and blank space after its speech verb, and starts at most 80
    characters before that verb, so the leftmost match starts at the first such verb less 80
    (or at the last stop). Only that start is tried.
    """
    after = _cue_after(view, para, close_at)
    if after is not None:
        return after
    first = para.after_stop(open_at)  # the match holds no stop character
    last = open_at  # the end of the words before the mark, less blank space
    while last > first and view[last - 1].isspace():
        last -= 1
    i = para.verbs_from(view, max(first, last - 31 - _LONGEST_VERB), last)
    while i < len(para.verb_starts) and para.verb_starts[i] < last:
        gap = last - para.verb_ends[i]
        if 0 <= gap <= 30 or (gap == 31 and view[last - 1] in ":,"):
            m = _CUE_BEFORE.match(view, max(first, para.verb_starts[i] - 80), open_at)
            return _stripped(m, " ,:") if m else None
        i += 1
    return None


def _labelled(view: str, para: _Paragraph, open_at: int) -> bool:
    """True when a labelling word ('called him a') stands in the 60 characters before the mark.

    A match holds no stop character, so the window starts no earlier than the last stop:
    the same answer as searching all 60 characters, in fewer steps when marks crowd together.
    """
    return bool(_LABEL.search(view[max(open_at - 60, para.after_stop(open_at)) : open_at]))


def _marks_view(text: str) -> str:
    """The text with each typewriter double quote ('') read as one mark, and the full stop of each
    abbreviation ("Mr. Brown said", "the No. 2 in the party") read as no stop, offsets unchanged."""
    view = list(text.replace("\'\'", ' "'))
    for dot in abbreviation_stops(text):
        view[dot] = _NO_STOP
    return "".join(view)


_NO_STOP = "\u2024"  # a one-dot leader: neither a stop nor a word character


# The words before a quotation that make it the name of a thing: a determiner ('the “Make America Great
# Again” hat') or a noun and a comma ('his new book, “Doomed to Succeed,”').
# Before a title: a determiner, with the nouns it opens ("the pop song", "whose book", "under the title"), a
# possessive ("County Sound’s"), or a noun and a comma ("his book,").
_NAMING_BEFORE = re.compile(
    r"(?:\b(?i:the|a|an|his|her|their|its|our|whose)(?:\s+[a-z][\w’'-]*){0,3}|[a-zA-Z]{3,},|\w['’]s)\s*$"
)
# What names the words after it, whatever their case: "under the title", "the slogan", "known to fans as".
_NAMED_AS = re.compile(
    r"\b(?:(?i:the)\s+(?:title|headline|slogan|motto|caption|hashtag|banner)|entitled|titled|headlined|nicknamed|"
    r"known(?:\s+to\s+[\w’'-]+)?\s+as)\s*,?\s*$"
)


_TERM_BEFORE = re.compile(r"\b(?:so-?\s?called|(?P<det>the|a|an|this|that|these|those))\s*$", re.IGNORECASE)


def _a_term(view: str, para: _Paragraph, open_at: int, cue: str | None) -> bool:
    """True when a short quotation is a term, not someone's words: 'so-called' before it, or a determiner
    with no labelling verb ('as the “autopsy” recommended'; but 'called the plan a “disgrace”'), or no
    cue and no labelling verb near it."""
    before = _TERM_BEFORE.search(view, max(0, open_at - 14), open_at)
    if before is not None and before.group("det") is None:
        return True
    return (cue is None or before is not None) and not _labelled(view, para, open_at)


def _names_a_thing(view: str, open_at: int) -> bool:
    """True when the quotation opening at ``open_at`` stands where a noun phrase names something: after a
    determiner, or in apposition to a noun; a cue near it attributes the sentence, not the title."""
    return bool(_NAMING_BEFORE.search(view, max(0, open_at - 40), open_at))


# Short words a title leaves in lower case: "Doomed to Succeed", "The Art of the Deal".
_TITLE_SMALL = frozenset(("a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as"))


def _is_title(words: str) -> bool:
    """Every word capitalised or a number ("A Humid Sky Over Lorne-7b"), but for the short words a title leaves in
    lower case after its first word ("Doomed to Succeed")."""
    toks = _WORDS.findall(words)
    return bool(toks) and toks[0][:1].isupper() and all(
        t[:1].isupper() or t[:1].isdigit() or t in _TITLE_SMALL for t in toks[1:])


def find_quotes(text: str) -> list[QuoteCandidate]:
    """Every quotation in the text, split quotes joined, scare quotes left out."""
    found: list[QuoteCandidate] = []
    view = _marks_view(text)
    for p_start, p_end in paragraph_bounds(text):
        para: _Paragraph | None = None
        for open_at, close_at in _raw_quotes(view, p_start, p_end):
            inner = _inner_span(view, open_at, close_at)
            if inner is None:
                continue
            words = len(_WORDS.findall(text, *inner))
            para = para or _Paragraph.of(view, p_start, p_end)
            close = min(close_at, p_end - 1)
            near = _cue_near(view, para, open_at, close)
            cue = text[near[0] : near[1]] if near else None
            # a short sentence quoted whole after an attributed quotation goes on with it: '“Here she is,” he said. “At last.”'
            going_on = words < MIN_QUOTE_WORDS and bool(found) and found[-1].cue is not None and (
                found[-1].context_start == p_start and _whole_sentence(text, inner, open_at))
            if words < MIN_QUOTE_WORDS and not going_on and _a_term(view, para, open_at, cue):
                continue  # a scare quote or a term: “virtual trip”, ‘visited’, 'as the “autopsy” recommended
            if words <= 6 and _is_title(text[inner[0] : inner[1]]) and (cue is None or _names_a_thing(view, open_at)):
                continue  # a title or slogan: “Make America Great Again”, 'his book, “Doomed to Succeed,”
            if words <= 12 and _NAMED_AS.search(view, max(0, open_at - 40), open_at):
                continue  # 'under the title "Short sleep in mid-life"', 'known to teammates as "Drum"
            if words < 2 and text[open_at] in "‘'":
                continue
            span = Span(start=inner[0], end=inner[1], text=text[inner[0] : inner[1]])
            cand = QuoteCandidate([span], cue, p_start, p_end, words)
            cand.cue_follows = near is not None and _cue_after(view, para, close) == near
            prev = found[-1] if found else None
            if prev is not None and _continues(text, prev, cand):
                prev.parts.append(span)
                prev.words += words
                prev.context_end = p_end
                continue
            if going_on:
                continue  # kept only to go on with the quotation before it
            found.append(cand)
    return found


def _whole_sentence(text: str, inner: tuple[int, int], open_at: int) -> bool:
    """The quoted words from ``inner`` are a whole sentence set after another one: a capital first, a stop last, and
    the end of a sentence before the opening mark at ``open_at``."""
    words = text[inner[0] : inner[1]].rstrip()
    at = open_at
    while at > 0 and text[at - 1].isspace():
        at -= 1  # the last character before the mark, with no copy of the text before it
    return words[:1].isupper() and words.endswith((".", "!", "?")) and at > 0 and text[at - 1] in ".!?"


def _runs_on(text: str, prev: QuoteCandidate, cand: QuoteCandidate, gap: str) -> bool:
    """True when ``cand`` opens the next paragraph and goes on with ``prev``'s speaker: news
    convention runs one speaker's quotation over paragraphs, each opening with a quotation mark
    and none naming a new speaker. Only the previous paragraph's end (its attribution, at most
    eight words) may stand between them."""
    lines = gap.split("\n")
    if cand.cue is not None or prev.cue is None or len(lines) > 3 or any(ln.strip() for ln in lines[1:-1]):
        return False  # a new speaker, or paragraphs between them
    if lines[-1].strip(" \t\"“«„'‘"):
        return False  # the paragraph does not open with the quotation
    return not _DOUBLE_MARK.search(lines[0].strip(" ,;:.“”\"'‘’"))


# A conjunction joins two quotations ('“A,” she said, and “B”'): the second goes on with the first.
_JOINS = re.compile(r"\b(?:and|but|or|nor)$", re.IGNORECASE)


def _governs(gap: str) -> bool:
    """True when the words after a quotation run into the next one without a break: the writer's own
    clause takes the next quotation as its part ('“A,” he said his campaign was “B”', '..., urging them
    to “B”', '..., adding: “B”').

    A cue set off by punctuation on both sides ('“A,” he said, “B”', '“A,” he said. “B”') is a
    parenthesis inside one quotation; a word, or a colon after a verb, right before the next mark
    makes that quotation the object or complement of the clause, a new attribution. A conjunction
    right before it ('..., and “B”') joins the two quotations.
    """
    if gap.endswith(":"):
        return True
    return bool(gap) and gap[-1].isalnum() and not _JOINS.search(gap)


def _continues(text: str, prev: QuoteCandidate, cand: QuoteCandidate) -> bool:
    """True when ``cand`` is the second part of ``prev``: only a short attribution stands between them."""
    last = prev.parts[-1]
    gap = text[last.end : cand.parts[0].start]
    if "\n" in gap:
        return _runs_on(text, prev, cand, gap)
    gap_inner = gap.strip(" ,;:.“”\"'‘’")
    if _CUE.search(gap_inner) and _governs(gap.rstrip(" “”\"'‘’«„")):
        return False
    if cand.cue_follows:
        return False  # '“A,” she said. “B,” said Lee': B has its own attribution
    if bool(_CUE.search(gap_inner)) and len(_WORDS.findall(gap_inner)) <= 8:
        return True
    # '“A,” Lee said, as the crowd left. “B.”': a quotation with no attribution of its own, later in
    # the paragraph of an attributed one, is the same speaker's - unless another quotation stands between.
    return cand.cue is None and prev.cue is not None and not _DOUBLE_MARK.search(gap_inner)


# Marks that open or close a quoted stretch: double quotation marks and guillemets, and the typewriter ''.
_STRETCH_MARKS = re.compile(r"[“”\"«»]|''")


def quoted_stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each quoted stretch inside [start, end), the marks excluded."""
    stretches: list[tuple[int, int]] = []
    opened = -1
    for m in _STRETCH_MARKS.finditer(text, start, end):
        mark = m.group()
        closes = mark in "”»" or (mark in ('"', "''") and opened >= 0)
        if closes and opened >= 0:
            stretches.append((opened, m.start()))
            opened = -1
        elif not closes:
            opened = m.end()
    if opened >= 0:
        stretches.append((opened, end))
    return [(s, e) for s, e in stretches if text[s:e].strip()]
