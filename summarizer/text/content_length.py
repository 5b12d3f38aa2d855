"""How long a reported content must be: three words, or fewer where the grammar makes a short one whole.

Two words do for a clause with a pronoun subject ("he would") and for the object of a verb of judgment ("blasts
the plan"); one for an abstract noun judged ("denied wrongdoing") or a name a stance is taken on ("Moss endorses
Reyes").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer.text.attribution_parts import enough_words
from summarizer.text.lexicon import JUDGMENT_VERBS

__all__ = ["content_end", "long_enough"]

# Verbs whose content may be a bare object: judgment, and speech acts about a thing ("criticized the trade").
_OBJECT_VERBS = frozenset(JUDGMENT_VERBS) | {
    "criticize", "criticise", "praise", "deny", "question", "challenge", "cite", "describe", "dispute", "rebut",
    "order", "discuss", "voice", "express", "announce", "confirm", "rule",
}  # fmt: skip


def long_enough(text: str, start: int, end: int, lemma: str) -> bool:
    """Three words make a content; two do for a clause with a pronoun subject ("he would") and for the
    object of a verb of judgment ("blasts the plan")."""
    if enough_words(text, start, end):
        return True
    words = re.findall(r"\w+", text[start:end])
    judging = lemma in _OBJECT_VERBS and lemma not in ("call", "name")  # "called Ruiz" may be a phone call
    if len(words) == 1:
        # a bare abstract noun, lower case, as the whole object of a verb of judgment: "denied wrongdoing"
        # or a name, a stance on someone: "Moss endorses Reyes", "the union backed Reyes"
        return judging and (words[0].islower() and words[0].endswith(_ABSTRACT) or lemma in _STANCE and words[0].istitle())
    return len(words) == 2 and (judging or words[0].casefold() in ("he", "she", "they", "it", "we", "i"))


# Verbs of a stance on someone, whose object may be a name alone.
_STANCE = frozenset(("endorse", "support", "back", "oppose", "attack", "praise", "criticize", "criticise", "blame"))
# Endings of abstract nouns: what a judgment may be about in one word ("wrongdoing", "responsibility").
_ABSTRACT = ("ing", "ity", "ion", "ism", "ness", "ment", "ance", "ence", "ure")


def content_end(text: str, start: int, stops: list[int]) -> int:
    """Where the content from ``start`` ends: the first of the sorted ``stops`` after it, else the sentence end."""
    k = bisect_right(stops, start)
    return stops[k] if k < len(stops) else len(text)
