"""Where a text names a person the article's index holds, by a word of the name that may stand for it alone: its
last word, or its first where a family name comes first ("where Park had been scheduled to meet", for Park Ji-hoon),
and that word ending a name, no capitalised word after it ("Chairman Park said"; not "House Democrat Minority Whip")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.cues import occurrences
from summarizer.text.participants import is_place_name
from summarizer.text.places import is_known_place

__all__ = ["named_at", "stands_alone", "surname_table"]


def surname_table(people: Iterable[str]) -> dict[str, set[str]]:
    """Each person's words that may stand for the name alone: its last, and its first where a family name comes
    first, not a place ("Asia" of a misread "Asia Business Wire")."""
    return {p: _surnames(p) for p in people}


def named_at(text: str, table: dict[str, set[str]]) -> list[tuple[int, str]]:
    """Where ``text`` names each person of ``table`` (see :func:`surname_table`), in the text's order."""
    return sorted((at, p) for p, parts in table.items() for part in parts
                  for at, end in occurrences(text, part) if part == p.split()[-1] or stands_alone(text, at, end))


def _surnames(name: str) -> set[str]:
    words = name.split()
    first = words[0] if len(words) > 1 and len(words[0]) > 2 and not (is_place_name(words[0]) or is_known_place(words[0])) else words[-1]
    return {first, words[-1]}


def stands_alone(text: str, at: int, end: int) -> bool:
    """The word at ``at`` ends a name, no capitalised word after it ("where Park had been", "Chairman Park said"; not
    "House Democrat Minority Whip")."""
    return _CAPITALISED_AFTER.match(text, end) is None


_CAPITALISED_AFTER = re.compile(r"\s+(?-i:[A-Z])")
