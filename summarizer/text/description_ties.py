"""What ties a description to one person the text names: its noun told of them before ("the banker" is "Lanham, a
former investment banker"), an age ("the 63-year-old" is never "Benning, 51,") and a home state ("the Kentucky
Republican" is "Senator Douglas Kincaid of Kentucky")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from summarizer.text.places import is_us_state

__all__ = ["aged_otherwise", "described_as", "tied_by_state"]

# The words that tie a person to a state before their name: "Kentucky Sen. Ann Cole", "Ohio Gov. Tom Reyes".
_TITLES_BEFORE = r"(?:Sen|Rep|Gov|Senator|Representative|Governor|Congressman|Congresswoman|Democrat|Republican)\.?"


def _last_tied(text: str, people: Iterable[str], tie: Callable[[str], str], flags: int = 0) -> str | None:
    """The person whose tie (``tie`` of their escaped surname, a pattern) ``text`` writes last; None when it writes
    none."""
    best: tuple[int, str | None] = (-1, None)
    for full in people:
        for m in re.finditer(tie(re.escape(full.split()[-1])), text, flags):
            best = max(best, (m.start(), full))
    return best[1]


def described_as(noun: str, text: str, people: Iterable[str]) -> str | None:
    """The person ``text`` last described by ``noun``, in apposition or before the name ("Lanham, a former investment
    banker", "Democrat Diane Whitaker"): whom "the banker", "the Democrat" stands for."""
    if not noun:
        return None
    return _last_tied(
        text, people,
        lambda surname: r"\b" + surname + r"\b,\s+(?:\d+,\s+)?(?:a|an|the)\s+[^,.;]{0,60}?\b" + noun + r"\b|\b" + noun
        + r"\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}" + surname + r"\b",
        re.IGNORECASE,
    )


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
    return _last_tied(
        text, people,
        lambda surname: rf"\b{surname}\s+of\s+{st}\b|\b{st}\s+{_TITLES_BEFORE}\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,3}}{surname}\b",
    )
