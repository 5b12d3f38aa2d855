"""What a poll, a study or a document shows, told by a participle after its noun: 'a new poll showing the
mayor ahead', 'documents indicating that the plan was dropped'.

An -ing form of a verb of evidence right after a noun is a reduced relative clause ('a poll [that is]
showing'): the noun phrase before it is the source of what it shows. The noun phrase runs back from the
participle to its determiner, never across a preposition, a function word or a punctuation mark; a
form of 'be' before the participle is a progressive ('is showing'), read elsewhere. A stance is told
the same way ('pastors supporting Mr. Cruz', 'groups opposing the Clean Harbor Act'): its content is the
name it takes as object, and without a name it reports nothing. A gerund of speech or judgment with a
name as its own subject after 'of' or 'with' ('the spectacle of Ann Lee denouncing the plan') has that
name as source.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_words import AUX, BE, FUNCTION, VERBS
from summarizer.text.lexicon import (
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    JUDGMENT_VERBS,
    SPEECH_VERBS,
    weekday_pattern,
)
from summarizer.text.subject import PREPOSITIONS

__all__ = ["evidence_holder", "holds_evidence", "phrase_comma"]

_WORDS = re.compile(r"([\w’'-]+)\s+$")
_DETERMINERS = frozenset(("the", "a", "an", "new", "recent", "latest", "several", "two", "three", "many", "some"))
_MAX_WORDS = 5
# Verbs whose -ing form after a noun reports what the noun holds: evidence, and a stance on someone
# ("pastors supporting Mr. Cruz", "groups opposing the bill").
# The object of a stance: a name ("Mr. Cruz", "the Clean Harbor Act").
_OBJECT = re.compile(r"\s*(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
_SPEAKING = frozenset((*SPEECH_VERBS, *JUDGMENT_VERBS))
_REDUCING = frozenset((*EVIDENCE_VERBS, "support", "oppose", "back", "endorse"))
# A time between the noun and its participle ("a spot this month showing"); words that open a clause, never in a
# noun phrase ("after footage emerged showing", "especially").
_TIME_BEFORE = re.compile(r"\b(?:(?:this|last|that|on)\s+)?(?:week|month|year|weekend|morning|afternoon|evening|"
                          + weekday_pattern() + r")\s+$")
_CLAUSE_WORDS = frozenset(("after", "before", "when", "while", "since", "until", "because", "although", "though", "if",
                           "particularly", "especially", "even", "only", "just"))
_POSSESSIVES = frozenset(("his", "her", "its", "their", "our", "my", "your"))


def evidence_holder(text: str, at: int, form: str) -> tuple[int, int] | None:
    """The span of the noun phrase whose evidence the participle ``form`` at ``at`` reports, or None.
    What it shows is a phrase inside a noun phrase: it ends at the next comma (see :func:`phrase_comma`)."""
    if not form.endswith("ing"):
        return None
    if VERBS.get(form) not in _REDUCING:
        return _gerund_subject(text, at, form)
    when = _TIME_BEFORE.search(text, max(0, at - 30), at)  # "a spot this month showing": the spot's
    end = start = when.start() if when is not None else at
    for _ in range(_MAX_WORDS):
        word = _WORDS.search(text, max(0, start - 40), start)
        if word is None:
            break
        low = word.group(1).casefold()
        if low in _POSSESSIVES:
            return None  # 'his 22 percent showing': after a possessive the -ing form is a noun
        prior = _WORDS.search(text, max(0, word.start(1) - 40), word.start(1))
        if prior is not None and prior.group(1).casefold() == "to":
            break  # "to recruit pastors supporting": the word after "to" is a verb
        if low in BE or low in PREPOSITIONS or low in FUNCTION - _DETERMINERS or low in VERBS or low in _CLAUSE_WORDS:
            break
        if start == end and len(low) > 4 and low.endswith("ed"):
            start = end = word.start(1)  # "after footage emerged showing": the subject of the verb before it
            continue
        start = word.start(1)
        if low in _DETERMINERS - {"new", "recent", "latest"}:
            break
    if start == end:
        return None
    while text[end - 1].isspace():
        end -= 1
    head = text[start:end].split()[-1]
    if head[:1].isupper() and start > 0 or head.casefold() in _DETERMINERS:
        return None  # a name before the participle is its subject in a clause of its own ('Lee showing')
    return start, end


def phrase_comma(text: str, start: int, end: int, lemma: str = "") -> int:
    """Where the content of a reduced relative from ``start`` ends: at its first comma before ``end``; for
    a stance (``lemma`` 'support', ...) at the end of its object, a name ('pastors supporting Mr. Cruz in
    every county': 'Mr. Cruz'), or at ``start`` (no content) without one."""
    comma = text.find(",", start, end)
    end = comma if comma > 0 else end
    if lemma in _REDUCING and lemma not in EVIDENCE_VERBS:
        obj = _OBJECT.match(text, start, end)
        return obj.end() if obj is not None else start
    return end


# A name as the subject of a gerund after "of" or "with": "the spectacle of Ann Lee denouncing the plan".
_NAME_BEFORE = re.compile(r"\b(?:of|with)\s+((?:[A-Z][\w’'.-]*\s+){1,4})$")


def _gerund_subject(text: str, at: int, form: str) -> tuple[int, int] | None:
    """The span of the name that is the subject of a gerund of speech or judgment ``form`` at ``at`` ('a
    video of Ann Lee criticizing the plan': Ann Lee), else None."""
    if VERBS.get(form) not in _SPEAKING:
        return None
    m = _NAME_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip())


_WORD = re.compile(r"[\w’'.-]+")
_RELATIVES = frozenset(("that", "which", "who", "whom", "whose", "where", "when"))


def holds_evidence(text: str, at: int) -> bool:
    """The words before a verb of evidence at ``at`` end in a noun phrase whose head holds evidence: the noun right
    before it ("a survey shows"), or before a phrase of "of", "by" or "from" that runs to the verb with no verb or
    relative clause in it ("an analysis of last year's filings shows"; not "a chart that aides hand out shows")."""
    before = re.split(r"[,;:“”\"()]", text[max(0, at - 100) : at])[-1]
    words = [w.casefold() for w in _WORD.findall(before)]
    while words and words[-1] in AUX:
        words.pop()  # "other studies have shown"
    if not words or words[-1] in EVIDENCE_NOUNS:
        return bool(words)
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _RELATIVES:
            return False
        # the noun, then a phrase of "of", "by" or "from", or a participle of its own ("a study released on Tuesday by
        # two universities shows", "the tally of ballots taken over two days shows"), with no verb or clause after
        after = words[i + 1 :]
        reduced = words[i] == "being" or words[i].endswith("ed") or words[i] in _PARTICIPLES_EN
        if (words[i] in ("of", "by", "from") or reduced) and words[i - 1] in EVIDENCE_NOUNS and not any(
            w in AUX and w != "being" or w in _RELATIVES for w in after
        ):
            return True
    return False


# Past participles not in -ed that a reduced relative after a noun of evidence opens ("a poll taken in May").
_PARTICIPLES_EN = frozenset(("taken", "done", "drawn", "written", "given", "seen", "run", "made", "carried", "put"))
