"""Sentences and paragraphs with exact character offsets into the original text.

Offsets are Python string indices on the decoded text, so they stay right with curly
quotes, accents, dashes, CJK and emoji (all single code points here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.lexicon import FUNCTION_WORDS, MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS

__all__ = ["Sentence", "abbreviation_stops", "paragraph_bounds", "split_sentences"]

# Titles never end a sentence; other abbreviations (these, the month abbreviations and dotted
# initialisms such as "U.S.") end one only before a word that opens sentences: a closed-class word
# (determiner, pronoun, preposition, conjunction, sentence adverb) or a quotation. A capitalised
# content word after one continues the noun phrase: "the U.S. Ambassador", "the U.N. Security
# Council", "Apple Inc. Chief Executive", "at 5 p.m. Friday".
_TITLES = TITLE_ABBREVIATIONS
_ABBREV = frozenset(
    ["no", "vs", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"]
).union(MONTH_ABBREVIATIONS)
# A sentence ends at . ! ? (or the CJK ones), optionally followed by closing quotes or brackets.
# A run of marks is tried from its first mark only: from a later one it would end in the same
# place and fail in the same way, and trying each (".... x") takes time with the square of the run.
# A dash with a space before it and a capital right after it ("... Evacuation Deal -U.N. Human Rights Chief
# says ...") joins a headline to the text: an end too (the dash belongs to neither sentence).
_END = re.compile(r"(?<![.!?。！？])[.!?。！？]+[\"'”’)\]]*(?=\s|$)|[。！？]|(?<=\w)\s+-(?=[A-Z])")
_NEXT_WORD = re.compile(r"\s*([\"“‘'(\[]?)([A-Za-z]*)")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == source[start:end]``."""

    index: int
    start: int
    end: int
    text: str


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, stripped of surrounding whitespace."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            bounds.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return bounds


def _no_break(text: str, dot: int, after: int) -> bool:
    """True when the full stop at ``dot`` belongs to an abbreviation, not a sentence end."""
    if text[dot] != ".":
        return False
    nxt = _NEXT_WORD.match(text, after)
    if nxt is not None and not nxt.group(1) and nxt.group(2)[:1].islower():
        return True  # a sentence opens with a capital: "Sen. Ann Lund (D-Ore.) said ..." goes on
    # The letters and dots just before the full stop, found backwards (a search from the
    # paragraph's start would take time with the square of its full stops).
    start = dot
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    if start == dot:
        return False
    word = text[start:dot].lower().rstrip(".")
    if word in _TITLES or len(word) == 1:  # "Mr. Smith", "J. Smith"
        return True
    if word in _ABBREV or "." in word:  # "U.S. officials", "the U.S. Ambassador", but "in the U.S. The next..."
        if nxt is None or not (nxt.group(1) or nxt.group(2)[:1].isupper()):
            return True  # a number goes on with the sentence
        return not (nxt.group(1) or nxt.group(2).lower() in FUNCTION_WORDS)
    return False


def abbreviation_stops(text: str) -> list[int]:
    """Offsets of the full stops inside a word ("U.S", "p.m") or ending an abbreviation ("Mr. Brown", "the No.
    2"): stops that end no sentence."""
    return [
        m.start()
        for m in re.finditer(r"(?<=\w)\.(?:(?=\w)|(?=[ \t]+\S))", text)
        if text[m.end() : m.end() + 1].isalnum() or _no_break(text, m.start(), m.end())
    ]


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences within paragraphs; every sentence is stripped and non-empty."""
    sentences: list[Sentence] = []
    for p_start, p_end in paragraph_bounds(text):
        para = text[p_start:p_end]
        start = 0
        for m in _END.finditer(para):
            if m.end() < len(para) and _no_break(para, m.start(), m.end()):
                continue
            joined = m.group().endswith("-")  # a headline's join: the dash is dropped
            end = m.start() if joined else m.end()
            chunk = para[start:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                s = p_start + start + lead
                e = p_start + end
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
            start = m.end()
        rest = para[start:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            s = p_start + start + lead
            e = p_start + len(para.rstrip())
            sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences
