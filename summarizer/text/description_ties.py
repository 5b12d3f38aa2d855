"""What ties a description to one person the text names: an age ("the 63-year-old" is never "Benning, 51,") and a
home state ("the Kentucky Republican" is "Senator Douglas Kincaid of Kentucky")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.places import is_us_state

__all__ = ["aged_otherwise", "tied_by_state"]

# The words that tie a person to a state before their name: "Kentucky Sen. Ann Cole", "Ohio Gov. Tom Reyes".
_TITLES_BEFORE = r"(?:Sen|Rep|Gov|Senator|Representative|Governor|Congressman|Congresswoman|Democrat|Republican)\.?"


def aged_otherwise(description: str, text: str, people: Iterable[str]) -> frozenset[str]:
    """The people the text gives another age than the description's ("Benning, 51," for "the 63-year-old")."""
    age = re.search(r"(\d+)-year-old", description)
    if age is None:
        return frozenset()
    return frozenset(
        full for full in people
        if re.search(r"\b" + re.escape(full.split()[-1]) + r",\s+(?!" + age.group(1) + r",)\d+,", text)
    )  # fmt: skip


def _state_in(description: str) -> str | None:
    """The US state a description's capitalised words name ('the Kentucky Republican' -> 'Kentucky', 'the New
    York Democrat' -> 'New York')."""
    words = description.split()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i : i + n])
            if name[:1].isupper() and all(w[:1].isupper() for w in words[i : i + n]) and is_us_state(name):
                return name
    return None


def tied_by_state(description: str, text: str, people: Iterable[str]) -> str | None:
    """The person ``text`` last ties to the US state the description names, after their name ("Senator Douglas
    Kincaid of Kentucky") or before it ("Kentucky Sen. Ann Cole"); None when the description names no state or
    the text ties no one to it."""
    state = _state_in(description)
    if state is None:
        return None
    st = re.escape(state)
    best: tuple[int, str | None] = (-1, None)
    for full in people:
        surname = re.escape(full.split()[-1])
        tie = re.compile(
            rf"\b{surname}\s+of\s+{st}\b|\b{st}\s+{_TITLES_BEFORE}\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,3}}{surname}\b"
        )
        for m in tie.finditer(text):
            best = max(best, (m.start(), full))
    return best[1]
