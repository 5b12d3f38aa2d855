"""Words of nationality and of place in front of a name: "Indian", "Kenya's", "South Korean", "Ukrainian-American",
and a place or a heading glued to a name by a hyphen where a headline runs into its first sentence
("Kyiv-Secretary of State Ann Lee", "Vespers in Dunmore-Bishop Aurel Kamsky")."""

from __future__ import annotations

import re

from summarizer.text.lexicon import PERSON_TITLES, TITLE_ABBREVIATIONS

__all__ = ["COMPASS", "demonym", "is_place", "nation_of", "nations", "region_of", "unglued"]

COMPASS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"))
# The second part of a compound of nationality: "Ukrainian-American", "Indian-born", "Paris-based".
_COMPOUND_ENDS = frozenset(("born", "based", "bred", "raised"))
# Words that open a title after a glued heading: "Crimea-Secretary of State", "Kyiv-Prime Minister".
_TITLE_OPENERS = PERSON_TITLES | TITLE_ABBREVIATIONS | frozenset(("prime", "vice", "deputy", "former", "acting", "foreign"))


def nation_of(word: str) -> str | None:
    """The country a word of nationality names: an adjective ('Indian') or a country's possessive ('Kenya's')."""
    from summarizer.text.places import country_code_for_adjective

    word = word.strip(".,")
    owner = re.sub(r"['’]s$", "", word)
    return country_code_for_adjective(word if owner == word else owner)


def demonym(word: str) -> bool:
    """A word of nationality, or a compound of them ("Ukrainian-American", "Indian-born")."""
    first, _, second = word.strip(".,").partition("-")
    if second and nation_of(first) is not None:
        return nation_of(second) is not None or second.casefold() in _COMPOUND_ENDS
    return nation_of(word) is not None


def nations(words: str) -> set[str]:
    """The countries a description's words of nationality name ('the Indian prime minister', 'Kenya's finance
    minister')."""
    return {c for t in words.split() if (c := nation_of(t)) is not None}


def is_place(name: str) -> bool:
    """A country or a known place, or its possessive ("South Carolina’s display")."""
    from summarizer.text.places import country_code, is_known_place

    name = re.sub(r"['’]s$", "", name)
    return country_code(name) is not None or is_known_place(name)


def region_of(toks: list[str], i: int) -> bool:
    """``toks[i]`` opens a two-word adjective of nationality: "South Korean", "North Korean", "East Timorese"."""
    return toks[i].casefold() in COMPASS and i + 1 < len(toks) and demonym(toks[i + 1])


def unglued(name: str) -> str:
    """The name without a word glued to its front by a hyphen where a headline runs into the sentence: the part
    before the hyphen goes when the part after it opens a title ("Kyiv-Secretary of State Ann Lee") or when it is
    a place and a name follows ("Dunmore-Aurel Kamsky"); a name of two parts stays ("Jean-Claude Juncker",
    "Guinea-Bissau")."""
    m = re.match(r"(?P<glued>[A-Z][\w.’']*)-(?P<rest>[A-Z][\w.’']*)(?P<tail>(?:\s+\S+)*)$", name.strip())
    if m is None:
        return name
    rest = m.group("rest") + m.group("tail")
    opens_title = m.group("rest").casefold().rstrip(".") in _TITLE_OPENERS
    place_before_name = bool(m.group("tail").strip()) and is_place(m.group("glued")) and not is_place(
        m.group("glued") + "-" + m.group("rest"))
    return rest if opens_title or place_before_name else name
