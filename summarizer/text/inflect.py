"""English word forms for cue words a user writes once: a verb's -s, -ed and -ing forms, a noun's plural.

Regular rules only, with the usual spelling changes (``detain`` -> detains, detained, detaining;
``imprison`` -> imprisoned; ``stop`` -> stopped; ``carry`` -> carried; ``free`` -> freed, freeing).
Irregular forms (``hold``, ``held``) are written out by the user as plain words. :func:`cue_pattern`
turns verbs, nouns, words and phrases into one case-insensitive pattern of whole words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["cue_pattern", "noun_forms", "regular_forms", "verb_forms"]

_VOWELS = "aeiou"


def _doubles(verb: str) -> bool:
    """A short verb ending consonant-vowel-consonant doubles its last letter: stop -> stopped, ban -> banned.
    Only for one-syllable verbs (two-syllable ones like 'imprison', 'visit' stress the first syllable)."""
    if len(verb) < 3 or verb[-1] in _VOWELS + "wxy" or verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
        return False
    return sum(1 for i, c in enumerate(verb) if c in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS)) == 1


# Verbs of two syllables stressed on the last, whose final consonant doubles: "admitted", "referred".
_FINAL_STRESS = frozenset(("admit", "regret", "commit", "refer", "rebut", "quip"))


def regular_forms(verb: str) -> tuple[str, str, str]:
    """The third-person, past and present-participle forms of a regular verb."""
    v = verb.lower().strip()
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        s = v + "es"
    elif v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        s = v[:-1] + "ies"
    else:
        s = v + "s"
    if v.endswith("ee"):
        return s, v + "d", v + "ing"
    if v.endswith("ie"):
        return s, v + "d", v[:-2] + "ying"
    if v.endswith("e"):
        return s, v + "d", v[:-1] + "ing"
    if v.endswith("y") and len(v) > 1 and v[-2] not in _VOWELS:
        return s, v[:-1] + "ied", v + "ing"
    if v in _FINAL_STRESS or _doubles(v):
        return s, v + v[-1] + "ed", v + v[-1] + "ing"
    return s, v + "ed", v + "ing"


def verb_forms(verb: str) -> set[str]:
    """The base, third-person, past and present-participle forms of a regular verb."""
    return {verb.lower().strip(), *regular_forms(verb)}


def noun_forms(noun: str) -> set[str]:
    """A noun and its regular plural (of the last word of a compound: 'sit-in' -> 'sit-ins')."""
    n = noun.lower().strip()
    if n.endswith(("s", "sh", "ch", "x", "z")):
        plural = n + "es"
    elif n.endswith("y") and len(n) > 1 and n[-2] not in _VOWELS:
        plural = n[:-1] + "ies"
    else:
        plural = n + "s"
    return {n, plural}


def _phrase(words: str) -> str:
    """A phrase as a pattern: its words in order, any run of spaces between them."""
    return r"\s+".join(re.escape(w) for w in words.lower().split())


def cue_pattern(verbs: Iterable[str] = (), nouns: Iterable[str] = (), words: Iterable[str] = (),
                phrases: Iterable[str] = ()) -> re.Pattern[str] | None:
    """One pattern matching any form of the verbs and nouns, the words as written, and the phrases
    (their words in order); None when all are empty."""
    forms: set[str] = set()
    for verb in verbs:
        forms |= verb_forms(verb)
    for noun in nouns:
        forms |= noun_forms(noun)
    forms |= {w.lower().strip() for w in words if w.strip()}
    parts = sorted({_phrase(f) for f in forms | {p for p in phrases if p.strip()} if f.strip()}, key=len, reverse=True)
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
