"""A claim named by a noun, with whose it is: "Trump's claim that ...", "her promise to ...", and what it is about:
"North Kessby's claims about the test", "her comments on Tuesday's vote". The possessor is the source, the clause (or
the phrase, to the next comma) the content. With no possessor ("amid speculation that ...", "questions about the
fares") the source is the clause's subject where a name or a personal pronoun stands there and does not face or
reject the claim, else none is written.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import MAX_PER_SENTENCE, Attribution, enough_words, main_subject, trim
from summarizer.text.content_length import content_end
from summarizer.text.lexicon import FUNCTION_WORDS

__all__ = ["nominal"]


# A claim named by a noun, with whose it is: "Trump's claim that ...", "her promise to ...".
_NOMINAL = re.compile(
    r"(?<![\w.’'-])(?P<src>[A-Z][\w.-]*+['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
    r"|(?:the\s+)?(?!(?:it|that|there|he|she|what|who|here|where|let)['’])[a-z]+['’]s)\s+(?:[a-z]++\s+)?"
    r"(?:claim|argument|belief|view|assertion|statement|promise|warning|fear|hope|suggestion|insistence|"
    r"charge|accusation|allegation|contention|announcement|prediction|concern|message|pledge|vow|threat|"
    r"demand|proposal|call|assurance|admission|denial|conviction|acknowledge?ment|recognition|suspicion|expectation|"
    r"doubt)s?\s+(?=(?:that|to)\s)"
)
# ... and what it is about, a phrase to the next comma: "North Kessby's claims about the test", "her comments Tuesday on".
_NOMINAL_ON = re.compile(_NOMINAL.pattern.split("(?:claim")[0] + r"(?:claim|comment|remark|criticism|complaint|warning|"
                         r"concern|question|statement|view)s?(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:about|on|over|of)\s+")


# A claim or a belief named by a noun with no possessor, and the clause it holds: "amid fears that the levy would
# pass", "media assertions that the debate was won". Whose it is the sentence does not say: no source is written.
# (A "that" right before a verb opens a relative clause, no content: "a warning that was issued".)
_UNOWNED = re.compile(
    r"\b(?P<src>)(?:claim|belief|assertion|suggestion|insistence|contention|prediction|assurance|admission|denial|"
    r"conviction|recognition|pronouncement|speculation|suspicion|notion|perception|consensus|allegation|accusation|"
    r"fear|hope|expectation|worry|worries|doubt|acknowledgment|acknowledgement)s?\s+that\s+"
    r"(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does)\b)"
)

# ... and what such a noun is about, a phrase to the next comma: "questions about the foundation", "allegations of
# fraud", "the debate over tolls".
_UNOWNED_ON = re.compile(
    r"\b(?P<src>)(?:questions|concerns|doubts|skepticism|scepticism|speculation|allegations|claims|accusations|"
    r"criticism|complaints|fears|worries|debate|discussion|rhetoric|reports|rumou?rs)\s+(?:about|over|of|as\s+to)\s+"
)

# A comma or a dash ends what such a noun holds, and so does the sentence's verb where the noun opens the sentence
# ("The debate over tolls is ..."); a superlative or "only", "same", "first", "last" before the noun makes its "that"
# a relative pronoun.
_PHRASE_END = re.compile(r",|\s[-—–]+\s|[—–]")
_OPENING = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}")
_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b")
_RELATIVE_HEAD = re.compile(r"\b(?:[a-z]+est|best|worst|most|least|only|same|first|last|kind|sort)\s+(?:[a-z]+\s+)?$")


def nominal(text: str, stops: list[int], taken: list[Attribution]) -> list[Attribution]:
    """The attributions claims named by nouns make in the sentence ``text`` (see the module); none inside one taken."""
    found: list[Attribution] = []
    owned = [*_NOMINAL.finditer(text), *_NOMINAL_ON.finditer(text)]
    unowned = [*_UNOWNED.finditer(text), *_UNOWNED_ON.finditer(text)]
    for m in owned + [u for u in unowned if not any(o.start() <= u.start() < o.end() for o in owned)]:
        if len(found) == MAX_PER_SENTENCE:
            break
        if any(a.start <= m.start() < a.end for a in taken):
            continue
        if m in unowned and (any(a.source_start <= m.start() < a.start for a in taken) or _RELATIVE_HEAD.search(text, 0, m.start())):
            continue  # a verb ("critics worry that") or a noun a relative clause follows ("the worst fear that we knew")
        # The possessor's whole name: the capitalised words just before it ("Nancy Patel's").
        name = re.search(r"(?:[A-Z][\w.-]*\s+){0,3}$", text[max(0, m.start() - 60) : m.start()])
        lead = name.group(0) if name is not None and m.group("src")[:1].isupper() else ""
        source = lead + re.sub(r"['’]s?$", "", m.group("src"))
        source = _clause_subject(text, m.start()) if m in unowned else source
        end = content_end(text, m.end(), stops)
        comma = _PHRASE_END.search(text, m.end(), end) if m.re is not _NOMINAL else None
        end = comma.start() if comma is not None else end
        if m.re is _UNOWNED_ON and _OPENING.fullmatch(text, 0, m.start()):
            verb = _VERB.search(text, m.end(), end)  # the noun opens the sentence: "The debate over tolls is ..."
            end = verb.start() if verb is not None else end
        start, end = trim(text, m.end(), end)
        if enough_words(text, start, end):
            found.append(
                Attribution(source, m.start("src"), text[m.start() : m.end()].strip(), start, end, "nominal")
            )
    return found


def _clause_subject(text: str, at: int) -> str:
    """Whose a claim named by a noun in a predicate is: the clause's subject when a name or a personal pronoun stands
    there ("Lee answered questions about ...", "she faced claims that ..."); else none is written ("")."""
    subject = main_subject(text, at)
    if subject is None or subject.source_start + len(subject.source) >= at:
        return ""  # no subject before the noun: the noun is in it ("Allegations of fraud dogged Lee")
    if _RECEIVING.search(text, subject.source_start + len(subject.source), at):
        return ""  # claims one faces or denies are others': "Lee faced questions about the fares"
    first = subject.source.split()[0]
    if first.casefold() in FUNCTION_WORDS - {"he", "she", "they"} or re.fullmatch(r"[A-Z][a-z]+(?:ed|ing|en)", first):
        return ""  # "Beyond Lee's", "Chastened by ...": no name
    return subject.source if _PERSON_LIKE.fullmatch(subject.source) else ""


# Verbs whose subject meets, draws, rejects or takes offense at a claim rather than makes it.
_RECEIVING = re.compile(
    r"\b(?:fac|draw|drew|attract|prompt|spark|trigger|fuel|receiv|get|got|weather|dismiss|den(?:y|ie)|reject|rebut|"
    r"ignor|brush|shrug|counter|address|answer|respond|react|came\s+under|come\s+under|offen[cs]e|object|bristl|balk|"
    r"scoff|mock|ridicul|critici[sz]|attack|slam|blast|denounc|condemn|disput|challeng|question|refut|debunk)[a-z]*\b"
)
_PERSON_LIKE = re.compile(r"[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?<![’']s)")
