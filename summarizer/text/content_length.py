"""How long a reported content must be: three words, or fewer where the grammar makes a short one whole.

Two words do for a clause with a pronoun subject ("he would") and for the object of a verb of judgment ("blasts
the plan"); one for an abstract noun judged ("denied wrongdoing") or a name a stance is taken on ("Moss endorses
Reyes").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer.text.attribution_parts import enough_words
from summarizer.text.lexicon import JUDGMENT_VERBS, LIKING_VERBS, SPEECH_ACTS

__all__ = ["CLAUSE_START", "content_end", "long_enough", "object_end", "takes_object"]

# Verbs whose content may be a bare object: judgment, and speech acts about a thing ("criticized the trade").
_OBJECT_VERBS = frozenset(JUDGMENT_VERBS) | {
    "criticize", "criticise", "praise", "deny", "question", "challenge", "cite", "describe", "dispute", "rebut",
    "order", "discuss", "voice", "express", "announce", "confirm", "rule", *LIKING_VERBS,
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
    if len(words) == 2 and words[0] == "to" and lemma in _REFUSING:
        return True  # an infinitive of one verb after refusing or agreeing: "declined to comment", "refused to testify"
    return len(words) == 2 and (judging or words[0].casefold() in ("he", "she", "they", "it", "we", "i"))


# Verbs of refusing, agreeing and promising, whose infinitive of one verb is a whole content.
_REFUSING = frozenset(("decline", "refuse", "agree", "hesitate", "promise", "vow", "pledge", "threaten"))


# Verbs of a stance on someone, whose object may be a name alone.
_STANCE = frozenset(("endorse", "support", "back", "oppose", "attack", "praise", "criticize", "criticise", "blame"))
# Endings of abstract nouns: what a judgment may be about in one word ("wrongdoing", "responsibility").
_ABSTRACT = ("ing", "ity", "ion", "ism", "ness", "ment", "ance", "ence", "ure")


def content_end(text: str, start: int, stops: list[int]) -> int:
    """Where the content from ``start`` ends: the first of the sorted ``stops`` after it, else the sentence end."""
    k = bisect_right(stops, start)
    return stops[k] if k < len(stops) else len(text)


# A comma and a participle or a conjunction of contrast ends a noun phrase: what follows is the clause's, not the
# object's ("called for more details, marching past the hall", "would back Lee, while five percent prefer Ames").
_OBJECT_ENDS = re.compile(
    r",\s+(?:(?:while|whereas|although|though|but)\b|(?!(?:including|excluding|regarding|concerning|involving|"
    r"following|according|notwithstanding)\b)[a-z]+ing\b)"
)
# Verbs whose content is their object, a noun phrase, unless a clause or an infinitive opens it (the verbs of liking
# are among the verbs of judgment).
_TAKING_OBJECT = _OBJECT_VERBS | frozenset(SPEECH_ACTS)
# What opens a clause: a complementiser, a question word or a subject pronoun; with "to", "whom" and "you", what
# opens any content that is no noun phrase.
_CLAUSE_WORDS = ("that", "whether", "how", "why", "what", "who", "when", "where", "if", "he", "she", "they", "it", "we", "i")
CLAUSE_START = re.compile(r"(?:" + "|".join(_CLAUSE_WORDS) + r")\b", re.IGNORECASE)
_CLAUSE = re.compile(r"\s*(?:" + "|".join((*_CLAUSE_WORDS, "whom", "to", "you")) + r")\b", re.IGNORECASE)


def object_end(text: str, start: int, end: int, lemma: str) -> int:
    """Where the object of a verb that takes one (judging, a speech act about a thing) ends, from ``start`` to
    ``end``: at a comma before a participle or a conjunction of contrast. A clause or an infinitive keeps its length
    ("said the plan would pass, but ..." reports the whole)."""
    if not takes_object(lemma, text, start, end):
        return end
    m = _OBJECT_ENDS.search(text, start, end)
    return m.start() if m is not None else end


def takes_object(lemma: str, text: str, start: int, end: int) -> bool:
    """The content from ``start`` to ``end`` is the object of ``lemma``, a noun phrase: the verb takes one and no
    clause or infinitive opens it."""
    return lemma in _TAKING_OBJECT and not _CLAUSE.match(text, start)
