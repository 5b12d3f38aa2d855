"""Whether a name occurs in a text: the one test that grounds a name the model gives.

Used by the model layer's reply validators (a name must occur in the article) and by
coreference (which names a sentence writes), so it lives here, below both.
"""

from __future__ import annotations

import re

__all__ = ["appears_in", "fold"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_STOP = frozenset(["the", "of", "and", "a", "an", "for", "in", "on", "to", "de", "la", "del", "von", "van", "al", "el"])


def fold(text: str) -> str:
    """The text with curly apostrophes made straight, casefolded: the form names are compared in."""
    return text.replace("’", "'").replace("‘", "'").casefold()


def appears_in(name: str, text: str) -> bool:
    """True when the name, or every significant word of it, occurs in the text."""
    n, t = fold(name).strip(), fold(text)
    if not n:
        return False
    if n in t:
        return True
    words = [w for w in _WORD.findall(n) if w not in _STOP and len(w) > 1]
    if not words:
        return False
    text_words = set(_WORD.findall(t))
    # "Antony Blinken's" in the text still grounds "Blinken".
    text_words |= {w[:-2] for w in text_words if w.endswith("'s")}
    return all(w in text_words for w in words)
