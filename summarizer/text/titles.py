"""The titles people hold, as news writes them before a name or as the head of a description ("the former
governor", "the Kelsall manager"): the words, their abbreviations, and a description's head title."""

from __future__ import annotations

import re

from summarizer.text.lexicon import PERSON_TITLES

__all__ = [
    "ABBREVIATED", "ANONYMOUS", "HONORIFICS", "NOT_NARROWING", "PERSON_TITLES", "SAME_TITLE", "first_named_after", "named_next",
    "title_head",
]  # fmt: skip

# Honorifics and short titles written before a name.
HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "prof", "rev", "sir", "dame", "cllr"))
# Title words that do not tell one holder of a title from another: the article's own time, not the office.
NOT_NARROWING = frozenset(("the", "of", "former", "retired", "new", "acting", "newly", "appointed", "top"))
# Abbreviated titles and the word each stands for.
ABBREVIATED = {
    "sen": "senator", "sen.": "senator", "gov": "governor", "gov.": "governor", "rep": "representative",
    "rep.": "representative", "gen": "general", "gen.": "general", "pres.": "president",
    # ranks and offices shortened with a full stop: "Lt. Gen. Ann Reyes", "Army Col. Ivo Marsh", "Rev. Al Moss"
    "lt.": "lieutenant", "col.": "colonel", "maj.": "major", "capt.": "captain", "sgt.": "sergeant",
    "cpl.": "corporal", "adm.": "admiral", "prof.": "professor", "rev.": "reverend",
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


# The heads of descriptions that keep a person unnamed on purpose ("a senior official", "the spokesman"): never
# the person named next.
ANONYMOUS = frozenset({
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "aide", "aides",
    "diplomat", "diplomats", "analyst", "analysts", "lawmaker", "expert", "economist", "resident", "witness",
    "adviser", "advisor",
})  # fmt: skip
# How far after a lede's description the person it stands for is named, at most (about two sentences).
_NEXT_NAMED_WITHIN = 400


def named_next(description: str, text: str, people: list[str], roles: dict[str, str], before: int) -> str | None:
    """The person a definite description stands for when it is told before anyone is named, as a lede does
    ("Kenya's finance minister on Monday defended ...", then "Wanjiru Odhiambo, who took office in January,
    told ..."): the person named next, within the next sentences, whom the text gives no role (``roles``: full
    name casefolded -> role); None for a description kept unnamed on purpose or when someone is named before."""
    owned = re.match(r"\S+['’]s\s+(.+)", description.strip())  # "Kenya's finance minister": as after 'the'
    head = title_head(description) or (title_head("the " + owned.group(1)) if owned else None)
    if head is None or head in ANONYMOUS:
        return None
    return first_named_after(text, people, roles, before)


def first_named_after(text: str, people: list[str], roles: dict[str, str], before: int) -> str | None:
    """The person named first in ``text``, when that is after ``before`` and within the next sentences, and the
    text gives them no role; None when someone is named before."""
    firsts = sorted(
        (m.start(), full) for full in people if (m := re.search(r"\b" + re.escape(full.split()[-1]) + r"\b", text))
    )
    if not firsts or firsts[0][0] < before or firsts[0][0] - before > _NEXT_NAMED_WITHIN:
        return None
    full = firsts[0][1]
    return None if roles.get(full.casefold()) else full
