"""Which of the forms an article writes a person's name in its index keeps: without a party or a standing before it
("Republican Ann Lee"), the longest unless an epithet written once ("Crooked Ann Lee"), and the words written after an
honorific, which are surnames though they be titles' too ("Mr. King").
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer.text.lexicon import NAME_PARTICLES

__all__ = ["fullest", "honoured_words", "without_affiliation"]

# A party or a standing written before a person's name of two words or more: "Democrat Ann Lee", "Rival Ivo Marsh".
_AFFILIATION = re.compile(r"^(?:(?:Democrat|Republican|Democratic|GOP|Conservative|Labour|Liberal|Socialist|Rival|"
                          r"Candidate|Nominee|Challenger|Incumbent|Opponent)\s+)+(?=[A-Z][\w’'.-]*\s+[A-Z])")
_HONOURED = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+([A-Z][a-z]+)\b")


def without_affiliation(name: str) -> str:
    """The name without a party or a standing written before it ("Republican Ann Lee" -> "Ann Lee")."""
    return _AFFILIATION.sub("", name)


def honoured_words(text: str) -> set[str]:
    """The words the text writes right after an honorific ("Mr. King", "Dr. Judge")."""
    return {m.group(1) for m in _HONOURED.finditer(text)}


def fullest(forms: Counter[str]) -> str:
    """The longest form of a person's name the text writes, unless written once and ending with a form of two words
    or more written more often ("Crooked Ann Lee" once, "Ann Lee" often: "Ann Lee"; "De Blasio": a surname)."""
    best = max(forms, key=len)
    shorter = [f for f in forms if forms[f] > forms[best] == 1 and best.casefold().endswith(" " + f.casefold())
               and len(f.split()) > 1 and f.split()[0].casefold() not in NAME_PARTICLES]
    return max(shorter, key=lambda f: (forms[f], len(f))) if shorter else best
