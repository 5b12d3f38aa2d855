"""The passive shape of an attribution: 'NEWS was first reported by the Daily Ledger' - the agent after
'by' is the source, the passive's subject the content.

The agent is a noun phrase: a name ("the Daily Ledger", "Ann Lee of the Herald"), or a determiner, a
number or a quantifier and up to three words ("two officials", "the company's chief executive",
"several outlets"), or a bare plural ("lawmakers"). It ends before a preposition or a clause ("by the
council on Monday" is the council's), and 'by' with a time or a manner ("by Friday", "by a wide
margin", "by phone") names no agent.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import Attribution
from summarizer.text.attribution_words import BE, BOUNDARY, FUNCTION, VERBS
from summarizer.text.lexicon import JUDGMENT_VERBS, LIKING_VERBS, MONTHS, NUMBER_WORDS, SPEECH_VERBS, WEEKDAYS
from summarizer.text.subject import PREPOSITIONS, subject_before

__all__ = ["passive", "passive_agent", "quoted_as"]

# "was quoted as saying", "has been widely quoted as warning": a passive of quoting before a participle.
_QUOTED_AS = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:[a-z]+ly\s+|also\s+)*quoted\s+as\s+$")
_BE_BEFORE = re.compile(r"\b(?:is|was|were|are|been|be|being)\s+(?:[a-z]+ly\s+|first\s+|also\s+)*$")
_NAME = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5})")
_PHRASE = re.compile(r"\s+by\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)")
# Words that open a noun phrase that is an agent: determiners, possessives, numbers and quantifiers.
_OPENERS = frozenset((
    "the", "a", "an", "his", "her", "their", "its", "our", "several", "some", "many", "most", "both", "other",
    "few", "dozens", "hundreds", "thousands", "senior", "top", "local", "state", "federal",
)) | frozenset(w for w in NUMBER_WORDS if " " not in w)  # fmt: skip
# Heads that make 'by' a time or a manner, not an agent.
_NO_AGENT = frozenset((
    "vote", "votes", "margin", "majority", "phone", "telephone", "email", "mail", "video", "end", "time",
    "way", "hand", "show", "far", "law", "name", "mistake", "accident", "chance", "default", "midnight",
    "noon", "then", "now", "year", "month", "week", "day", "morning", "evening", "night", "afternoon",
))  # fmt: skip


def passive(prev: list[str]) -> bool:
    """The words before a participle end with a form of 'be', adverbs aside ('was first reported')."""
    words = [w.casefold() for w in prev[-3:]]
    while words and (words[-1].endswith("ly") or words[-1] in ("first", "also", "not", "never", "since", "long")):
        words.pop()
    return bool(words) and words[-1] in BE


# Nouns of number and of groups, whose members an "of" phrase names.
_GROUPS = frozenset((
    "dozens", "scores", "hundreds", "thousands", "millions", "number", "group", "coalition", "handful", "host",
    "majority", "minority", "chorus", "panel", "team", "couple", "some", "many", "most", "several", "few",
))  # fmt: skip


def _ends_phrase(low: str) -> bool:
    """A word that ends a noun phrase read after "by": a preposition, a function word, a verb or "be"."""
    return (low in PREPOSITIONS or low in FUNCTION or low in BOUNDARY or low in VERBS or low in BE
            or low in ("i", "we", "you", "he", "she", "they") or low.endswith("ing") and len(low) > 5)


def _agent(text: str, at: int) -> tuple[int, int] | None:
    """The span of the noun phrase after 'by' at ``at``, or None where 'by' names no agent."""
    name = _NAME.match(text, at)
    if name is not None and name.group(1).split()[-1].casefold().rstrip(".") not in {*WEEKDAYS, *MONTHS}:
        return name.start(1), name.end(1)
    phrase = _PHRASE.match(text, at)
    if phrase is None:
        return None
    words = list(re.finditer(r"[\w’'-]+", text[phrase.start(1) : phrase.end(1)]))
    kept = 0
    for k, w in enumerate(words):
        low = w.group().casefold()
        if k > 0 and _ends_phrase(low):
            break
        kept = k + 1
    head = words[kept - 1].group().casefold()
    bare_plural = kept == 1 and head.endswith("s") and not head.endswith("ss")  # "by officials"
    if head in _GROUPS and kept + 1 < len(words) and words[kept].group().casefold() == "of":
        k = kept + 1  # "by dozens of papers", "by a number of pilots": the group is of its members
        while k < len(words) and (k == kept + 1 or not _ends_phrase(words[k].group().casefold())):
            k += 1
        kept = k
    first = words[0].group().casefold()
    head = words[kept - 1].group().casefold()
    if head in _NO_AGENT or first in FUNCTION - _OPENERS or first in PREPOSITIONS or head in FUNCTION:
        return None
    if not (first in _OPENERS or first.endswith(("'s", "’s")) or bare_plural) or head.isdigit():
        return None
    start = phrase.start(1)
    return start, start + words[kept - 1].end()


# Verbs whose passive with an agent tells what the agent said or judged: "was reported by", "is backed by the unions".
_JUDGING = frozenset((*JUDGMENT_VERBS, *LIKING_VERBS))
_SAID_OF = frozenset(SPEECH_VERBS) | _JUDGING


def passive_agent(text: str, m: re.Match[str]) -> Attribution | None:
    """'NEWS was first reported by the Miami Herald': the agent after 'by' is the source, the subject the content."""
    agent = _agent(text, m.end())
    be = _BE_BEFORE.search(text, 0, m.start())
    lemma = VERBS[m.group(1)]
    if agent is None or be is None or lemma not in _SAID_OF:
        return None
    subject = subject_before(text, be.start())
    # a name alone is what a judgment is of ("Ames is backed by the unions"); else two words at least
    words = re.findall(r"\w+", text[subject[0] : subject[1]]) if subject is not None else []
    if subject is None or len(words) < 2 and not (lemma in _JUDGING and words and words[0][:1].isupper()):
        return None
    src = text[agent[0] : agent[1]].rstrip(".")
    return Attribution(src, agent[0], text[m.start() : m.end()], subject[0], subject[1], "passive")


def quoted_as(text: str, at: int, form: str) -> tuple[int, int] | None:
    """'The envoy was quoted as saying that ...': the subject of the passive of 'quote' is the source of
    the -ing form ``form`` at ``at``; None where no such passive stands right before it."""
    if not form.endswith("ing"):
        return None
    m = _QUOTED_AS.search(text, max(0, at - 60), at)
    return subject_before(text, m.start()) if m is not None else None
