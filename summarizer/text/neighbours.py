"""Where the words right before a verb-like form make it no finite verb, by the grammar of English: a bare form after
"he", "she" or "it" (a verb of theirs takes "-s": "bring it back"), a particle after a verb of moving or giving
("to bring back their cash"), the object of a participle ("..., stoking worries that", "scaling back plans") or of a
light verb ("they made plans to"), the noun after a superlative ("the deepest fear that") or after "other", and a
participle an adverb ties to a determiner ("a highly anticipated treaty"). And where they make a form English also
uses as a noun a verb: an adverb ("also mentions") or a plural subject before its bare form ("voters point to").
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import agent_plural

__all__ = ["LY_NOUNS", "MODALS", "PREPOSITIONS", "before_a_verb", "not_finite"]

PREPOSITIONS = frozenset((
    "about", "against", "amid", "among", "at", "by", "despite", "during", "for", "from", "in", "into", "of",
    "on", "over", "under", "upon", "with", "without", "within",
))  # fmt: skip
# Nouns that end as adverbs do ("the family said", "the weekly reported").
LY_NOUNS = frozenset(("family", "ally", "assembly", "rally", "supply", "reply", "monopoly", "bully", "elderly", "weekly",
                      "daily", "monthly", "quarterly"))  # fmt: skip
# The modals and "do", after which a bare form is the verb ("will call for", "Nor did he say"); with a negation, what
# may stand between "he" and his verb.
MODALS = frozenset(("will", "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did"))
_AUXILIARIES = MODALS | {"not", "n't", "never"}
# Pasts that are bare forms ("he read"); superlatives, not "interest"; what makes "other" a pronoun ("the other says").
_PAST_AS_BARE = frozenset(("read", "put", "set", "cut", "let", "hit", "cast", "broadcast", "forecast", "bid", "quit"))
_SUPERLATIVE = re.compile(
    r"best|worst|most|least|(?!(?:inter|prot|requ|cont|arr|inv|sugg|att|for|dig|manif|harv|hon|mod|conqu|inqu|behe|"
    r"beque|unr|pri|gu|ch|cr)est)[a-z]{2,}est"
)
_OTHER_ALONE = frozenset(("the", "each", "one", "every", "no"))
# Light verbs whose object a noun of saying or intent is ("made plans to", "had concerns that").
_LIGHT = frozenset(("made", "make", "makes", "had", "took", "take", "takes", "gave", "give", "gives", "got", "get"))
# Verbs of moving or giving whose "back" is a particle ("bring back", "paid back", "fought back").
_BACK_AFTER = re.compile(
    r"(?:bring|brought|come|came|go|went|get|got|pay|paid|give|gave|send|sent|take|took|fight|fought|turn|roll|"
    r"scale|step|push|pull|walk|win|won|hold|held|look|draw|drew|call|play|cut|put|set)(?:s|ed|ing)?"
)
_PARTICLES = frozenset(("back", "up", "down", "out", "off"))


def not_finite(prev: list[str], form: str, bare: bool, nounish: bool) -> bool:
    """True where the words ``prev`` before ``form`` (a verb-like word; ``bare``: its bare form, ``nounish``: a form
    English also uses as a noun) make it no finite verb: see the module."""
    last = prev[-1].casefold().replace("’", "'")
    before = prev[-2].casefold() if len(prev) > 1 else ""
    if last in ("he", "she", "it") and bare and form not in _PAST_AS_BARE and before not in _AUXILIARIES:
        return True
    if form == "back" and _BACK_AFTER.fullmatch(last):
        return True
    if before in ("a", "an", "the") and last.endswith("ly") and len(last) > 4 and last not in LY_NOUNS:
        return True  # "a highly anticipated", "the newly elected"
    if not nounish:
        return False
    ing = last.endswith("ing") and prev[-1].islower()
    return (ing and (before.endswith(",") or before in PREPOSITIONS) or last in _PARTICLES and before.endswith("ing")
            or last in _LIGHT or _SUPERLATIVE.fullmatch(last) is not None
            or last == "other" and before not in _OTHER_ALONE)


# Adverbs that stand before a verb, never before a noun ("also mentions", "repeatedly calls"); adjectives in -ly.
_VERB_ADVERBS = frozenset(("also", "often", "again", "never", "always", "still", "even", "repeatedly", "previously",
                           "recently", "publicly", "privately", "openly", "already", "later", "once", "further",
                           "separately", "reportedly", "regularly", "frequently", "routinely", "rarely", "seldom",
                           "usually"))  # fmt: skip
_LY_ADJECTIVES = frozenset(("early", "likely", "unlikely", "only", "costly", "timely", "deadly", "friendly", "lonely",
                            "lovely", "holy", "ugly", "silly", "orderly", "lively", "yearly", "nightly", "hourly"))
_NOT_ADVERBS = _LY_ADJECTIVES | LY_NOUNS
_PLURAL_SUBJECT = re.compile(agent_plural() + r"|officials|critics|experts|groups|unions|people|others")


def before_a_verb(prev: list[str], bare: bool) -> bool:
    """The word before a form English also uses as a noun makes it a verb: an adverb ("also mentions", "specifically
    point to"), or a plural agent noun before its bare form, its subject ("voters point to", "moderators demand")."""
    last, low = prev[-1], prev[-1].casefold()
    if low in _VERB_ADVERBS or last.islower() and low.endswith("ly") and len(low) > 4 and low not in _NOT_ADVERBS:
        return True
    return bare and last.islower() and _PLURAL_SUBJECT.fullmatch(low) is not None
