"""The titles people hold, as news writes them before a name or as the head of a description ("the former
governor", "the Kelsall manager"): the words, their abbreviations, and a description's head title."""

from __future__ import annotations

import re

__all__ = ["ABBREVIATED", "HONORIFICS", "NOT_NARROWING", "PERSON_TITLES", "SAME_TITLE", "title_head"]

# Titles a person holds: the head noun of a description that stands for one ("the former governor").
PERSON_TITLES = frozenset((
    "secretary", "minister", "president", "senator", "governor", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "chancellor", "king", "queen", "pope", "pontiff", "representative", "general",
    "director", "chairman", "chairwoman", "mayor", "premier", "commander", "admiral", "adviser", "advisor",
    "commissioner", "congressman", "congresswoman", "judge", "lawmaker", "leader", "ceo", "founder", "prince",
    "princess", "emir", "sultan", "sheikh", "speaker", "attorney", "chief", "candidate", "nominee",
    "constable", "superintendent", "inspector", "sergeant", "detective", "sheriff", "prosecutor", "coach", "manager",
    "captain", "headteacher", "principal", "professor", "dean", "bishop", "archbishop", "pastor", "rabbi", "imam",
    "councillor", "councilman", "councilwoman", "alderman",
))  # fmt: skip
# Honorifics and short titles written before a name.
HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "prof", "rev", "sir", "dame", "cllr"))
# Title words that do not tell one holder of a title from another: the article's own time, not the office.
NOT_NARROWING = frozenset(("the", "of", "former", "new", "acting", "newly", "appointed", "top"))
# Abbreviated titles and the word each stands for.
ABBREVIATED = {
    "sen": "senator", "sen.": "senator", "gov": "governor", "gov.": "governor", "rep": "representative",
    "rep.": "representative", "gen": "general", "gen.": "general", "pres.": "president",
}  # fmt: skip

# A title told again by another word for it: "Pope Innocent XIV ... the pontiff".
SAME_TITLE = {"pontiff": "pope"}


def title_head(description: str) -> str | None:
    """The title a definite description is headed by: 'the former governor' -> 'governor', 'the
    country's finance minister' -> 'minister', 'the secretary of state' -> 'secretary'; else None."""
    toks = [t.casefold() for t in re.split(r"\s+", description.strip())]
    if not 2 <= len(toks) <= 6 or toks[0] != "the":
        return None
    head = toks[toks.index("of") - 1] if "of" in toks[1:] else toks[-1]
    return head if head in PERSON_TITLES else None
