"""Sentences and paragraphs with exact character offsets into the original text.

Offsets are Python string indices on the decoded text, so they stay right with curly
quotes, accents, dashes, CJK and emoji (all single code points here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences", "paragraph_bounds"]

_ABBREV = frozenset(
    "mr mrs ms dr st jr sr gen col lt sgt capt rep sen gov prof rev no vs etc inc corp co ltd "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)
# A sentence ends at . ! ? (or the CJK ones), optionally followed by closing quotes or brackets.
_END = re.compile(r"[.!?。！？]+[\"'”’)\]]*(?=\s+|$)|[。！？]")


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


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREV:
        return True
    # Initials such as "J." or "U.S." followed by a capitalised name.
    return len(word.replace(".", "")) == 1


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences within paragraphs; every sentence is stripped and non-empty."""
    sentences: list[Sentence] = []
    for p_start, p_end in paragraph_bounds(text):
        para = text[p_start:p_end]
        start = 0
        for m in _END.finditer(para):
            if _is_abbreviation(para, m.start()) and m.end() < len(para):
                nxt = para[m.end():].lstrip()[:1]
                if not nxt or not nxt.isupper():
                    continue
                if para[m.start() - 1 : m.start()].isupper() and len(m.group(0)) == 1:
                    continue
            end = m.end()
            chunk = para[start:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                s = p_start + start + lead
                e = p_start + end
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
            start = end
        rest = para[start:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            s = p_start + start + lead
            e = p_start + len(para.rstrip())
            sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences
