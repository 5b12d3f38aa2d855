"""A claim named by a noun, with whose it is: "Trump's claim that ...", "her promise to ...", and what it is about:
"North Kessby's claims about the test", "her comments on Tuesday's vote". The possessor is the source, the clause (or
the phrase, to the next comma) the content.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import MAX_PER_SENTENCE, Attribution, enough_words, trim
from summarizer.text.content_length import content_end

__all__ = ["nominal"]


# A claim named by a noun, with whose it is: "Trump's claim that ...", "her promise to ...".
_NOMINAL = re.compile(
    r"(?<![\w.’'-])(?P<src>[A-Z][\w.-]*+['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z]++\s+)?"
    r"(?:claim|argument|belief|view|assertion|statement|promise|warning|fear|hope|suggestion|insistence|"
    r"charge|accusation|allegation|contention|announcement|prediction|concern|message|pledge|vow|threat|"
    r"demand|proposal|call|assurance|admission|denial|conviction)s?\s+(?=(?:that|to)\s)"
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
    r"fear|hope|expectation|worry|worrie|doubt|acknowledgment|acknowledgement)s?\s+that\s+"
    r"(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does)\b)"
)


def nominal(text: str, stops: list[int], taken: list[Attribution]) -> list[Attribution]:
    """The attributions claims named by nouns make in the sentence ``text`` (see the module); none inside one taken."""
    found: list[Attribution] = []
    owned = [*_NOMINAL.finditer(text), *_NOMINAL_ON.finditer(text)]
    for m in owned + [u for u in _UNOWNED.finditer(text) if not any(o.start() <= u.start() < o.end() for o in owned)]:
        if len(found) == MAX_PER_SENTENCE:
            break
        if any(a.start <= m.start() < a.end for a in taken):
            continue
        # The possessor's whole name: the capitalised words just before it ("Nancy Patel's").
        name = re.search(r"(?:[A-Z][\w.-]*\s+){0,3}$", text[max(0, m.start() - 60) : m.start()])
        lead = name.group(0) if name is not None and m.group("src")[:1].isupper() else ""
        source = lead + re.sub(r"['’]s?$", "", m.group("src"))
        end = content_end(text, m.end(), stops)
        comma = text.find(",", m.end(), end)
        start, end = trim(text, m.end(), comma if m.re is not _NOMINAL and comma > 0 else end)
        if enough_words(text, start, end):
            found.append(
                Attribution(source, m.start("src"), text[m.start() : m.end()].strip(), start, end, "nominal")
            )
    return found
