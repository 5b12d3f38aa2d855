"""The name a chain of asides describes: the subject of "Scott Pruitt, the attorney general of Oklahoma, one of
the states suing the agency, said" is Scott Pruitt.

English sets asides after a name between commas (or dashes): a description opened by a determiner ("the
attorney general"), by "one of", by a possessive ("Obama's former strategist") or by a common noun ("president
of the teachers' union", "co-editor of a book"); an age ("59"); where the person is from ("of Ashton", "Md.");
a party and state ("R-Ky."); a relative clause ("who watched the ceremony"). Any number of them may follow one
another. Reading back over them from the verb, the first chunk that is none of these and is a name is the
subject. Anything else (an adverbial, a clause) ends the reading: no name is claimed.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_words import FUNCTION
from summarizer.text.places import is_known_place

__all__ = ["is_aside", "name_before_asides", "title_opening"]

# Words that open a description in apposition.
_OPENERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "our", "another", "former", "both"))
_RELATIVE = frozenset(("who", "whose", "whom", "which"))
# Lower-case words that open an adverbial aside, never a description ("Trump, meanwhile, said").
_ADVERBIAL = frozenset((
    "however", "meanwhile", "though", "too", "also", "instead", "still", "then", "now", "later", "earlier",
    "indeed", "moreover", "nevertheless", "nonetheless", "otherwise", "therefore", "thus", "yet", "again",
    "once", "often", "sometimes", "in", "on", "at", "for", "with", "by", "after", "before", "during", "like",
    "unlike", "as", "not", "and", "but", "or", "so", "if", "when", "while", "because", "although", "speaking",
    "asked", "according", "citing", "noting", "adding", "referring", "responding", "writing", "reached",
))  # fmt: skip
_AGE = re.compile(r"\d{1,3}")
# "of Ashton", "from Lisbon": where the person is from.
_FROM = re.compile(r"(?:of|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")
# A party and state ("R-Ky.", "D-N.J."), a state or province written short ("Md.", "N.C.", "Calif.").
_TAG = re.compile(r"[RDI]-[A-Z][\w.]*|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")
# A name: capitalised words, short titles among them ("Sen. Claire McCaskill", "Douglas Holtz-Eakin").
_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,6}[A-Z][\w’'-]*\.?")
_CHUNK_MAX = 160


def is_aside(chunk: str) -> bool:
    """A chunk that may stand in apposition after a name: a description, an age, an origin, a tag, a relative
    clause (see the module's docstring)."""
    chunk = chunk.strip()
    words = chunk.split()
    if not words:
        return False
    first = words[0].casefold()
    if _AGE.fullmatch(chunk) or _FROM.fullmatch(chunk) or _TAG.fullmatch(chunk):
        return True
    if first in _OPENERS or first in _RELATIVE or (first == "one" and words[1:2] == ["of"]):
        return len(words) >= 2
    if words[0].endswith(("'s", "’s")) and len(words) >= 2:
        return any(w[:1].islower() for w in words[1:])  # "Obama's former campaign strategist"
    # a common noun opening a description: "president of the union", "co-editor of Debating The Donald"
    lower = words[0][:1].islower() and first not in _ADVERBIAL and first not in FUNCTION and not first.endswith("ly")
    return lower and len(words) >= 2 and not first.endswith(("ing", "ed"))


def _chunk_start(text: str, end: int) -> int:
    """Where the chunk that ends at ``end`` opens: after the nearest comma, dash or closing quotation mark before
    it, else at the sentence start; -1 when an opening quotation mark, a bracket, a colon or a semicolon comes
    first, or none of them within reach (no simple chunk)."""
    k = end - 1
    while k >= max(0, end - _CHUNK_MAX):
        ch = text[k]
        if ch in ",—–" or text.startswith("--", k):
            return k + 1
        if ch in ';:()' or (ch in "“”\"" and k > 0):
            # a closing quotation mark before a name: '“...,” Douglas Holtz-Eakin, an economist, told me'
            return k + 1 if ch in "”\"" else -1
        if ch == "'" and text[k - 1 : k] == "'":
            return k + 1  # "''" closing a quotation, as some archives write it
        k -= 1
    return 0 if end <= _CHUNK_MAX else -1


def name_before_asides(text: str, close: int, most: int = 4) -> tuple[int, int] | None:
    """The span of the name that the asides before ``close`` (the comma or dash that closes the last of them)
    describe, when one to ``most`` asides stand between; None when a chunk is neither an aside nor, first
    after them, a name."""
    end = close
    crossed = 0
    described, described_end = "", close
    while crossed <= most:
        start = _chunk_start(text, end)
        if start < 0:
            return None
        chunk = text[start:end].strip(" -—–")
        lead = start + (len(text[start:end]) - len(text[start:end].lstrip(" -—–")))
        name = _NAME.fullmatch(chunk) and not _TAG.fullmatch(chunk) and chunk.split()[0].casefold() not in FUNCTION
        # "of Dayton, Ohio": the state of an origin, an aside with it
        state = bool(name) and start > 0 and bool(_FROM.fullmatch(text[_chunk_start(text, start - 1) : start - 1].strip()))
        if crossed and name and not state and is_known_place(chunk):
            return None  # "signed in Lagos, Nigeria, the company said": a place is no one described
        if crossed and name and not state:
            if described.split()[0].casefold() in _OPENERS:
                return lead, described_end  # "Lina Berg, a spokeswoman for the port": the description is her role
            return lead, lead + len(chunk.rstrip("."))
        described, described_end = chunk, end
        if not (state or is_aside(chunk)) or start == 0:
            return None
        crossed += 1
        end = start - 1
        while end > 0 and text[end - 1] == "-":
            end -= 1  # "--" closes a chunk as one dash does
    return None


def title_opening(text: str, closing: int) -> int:
    """Where the quoted title closed at ``closing`` opens: a short quotation of capitalised words; else -1."""
    opening = max(text.rfind("“", max(0, closing - 60), closing), text.rfind('"', max(0, closing - 60), closing))
    words = text[opening + 1 : closing].split()
    if opening < 0 or not 0 < len(words) <= 6 or not all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words):
        return -1
    return opening
