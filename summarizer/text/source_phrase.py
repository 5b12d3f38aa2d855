"""What a source phrase is: a noun phrase with no verb of its own, before a closing 'said' ("..., state media said")
or after an inverted one ("..., said the head of the agency").

A form of a verb inside such a phrase is one of its nouns where nothing stands before it to be its subject
("state media", "vote counters") or where the phrase's verb follows it at once ("news reports said": two finite
verbs never stand side by side). After an inverted verb, a second determiner opens only the object of a
preposition or a coordinated noun: after a verb it opens that verb's object, so the words are a clause.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_words import AUX, NEVER, VERB_RE, VERBS, can_be_noun
from summarizer.text.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from summarizer.text.subject import PREPOSITIONS

__all__ = ["INVERTING", "looks_like_source", "noun_in_source"]

# Verbs of saying that may come before their source at a sentence's end ("..., said the mayor"); a verb of
# judgment never does ("..., criticized the trade" has its object there, not its source), nor one that names whom
# it addresses ("..., told CNN": CNN is the listener).
INVERTING = frozenset((
    "say", "add", "write", "ask", "reply", "note", "explain", "recall", "insist", "declare",
    "announce", "respond", "answer", "state", "observe", "remark", "comment", "joke", "counter", "retort",
    "argue", "acknowledge", "admit", "concede", "suggest", "report", "claim", "conclude", "confirm", "tweet",
))  # fmt: skip


def looks_like_source(words: str) -> bool:
    """A short name or noun phrase after an inverted 'said': 'Jeremy Bash', 'a spokesman', 'the agency'."""
    toks = words.split()
    if not 1 <= len(toks) <= 8 or not (words[:1].isupper() or toks[0] in _SOURCE_OPENERS):
        return False
    if toks[0].casefold() in _WHEN_WORDS:
        return False  # "..., Mitch McConnell, R-Ky., said Tuesday": when, not who
    if any(t.casefold() in AUX or t in VERBS or t.endswith(("n't", "n’t")) for t in toks):
        return False
    # a second determiner opens only a preposition's object or a coordinated noun ("the head of the agency",
    # "the mayor and the governor"); after a verb it opens that verb's object: "said the letter failed to fix the
    # problem" is a clause, the letter its subject
    return not any(t.casefold() in _DETERMINERS_OF_OBJECT and toks[i - 1].casefold() not in _BEFORE_OBJECT
                   for i, t in enumerate(toks) if i > 0)


_DETERMINERS_OF_OBJECT = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "this", "these"))
_BEFORE_OBJECT = PREPOSITIONS | {"and", "or", "of", "to", "for", "from", "with", "at", "in", "on", "by"}


def noun_in_source(phrase: str, v: re.Match[str]) -> bool:
    """True where a verb-like form in a closing source is a noun of its phrase: the first word, before another
    ("state media said", "vote counters warned": no subject before it, so no verb), or a noun's form right before
    the source's verb ("news reports said": two finite verbs never stand side by side)."""
    rest = phrase[v.end() :]
    if not re.match(r"\s+[a-z]", rest):
        return False
    form = v.group(1)
    if not phrase[: v.start()].strip():
        # "state officials", "counter intelligence officers"; never an inverted verb: "said one official", "say officials"
        return form in NEVER or form == VERBS[form] and form not in INVERTING
    return can_be_noun(form) and VERB_RE.match(rest.lstrip()) is not None


# Determiners and quantifiers that open a source: "said a spokesman", "said one source in the room".
_SOURCE_OPENERS = frozenset(("the", "a", "an", "one", "another", "two", "three", "several", "some", "many", "both"))
_WHEN_WORDS = frozenset(w.casefold() for w in (*WEEKDAY_NAMES, *MONTH_NAMES, "today", "yesterday", "tonight"))
