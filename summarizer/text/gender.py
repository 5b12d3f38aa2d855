"""Whether the article tells a person as 'he' or 'she', read from its own words (no list of first names).

The evidence, for a person the article names in full: an honorific before the surname ("Mr Garrow", "Ms.
Ruiz", "Dame Ann Lee"); a gendered noun in apposition after the name ("Ann Lee, a mother of three",
"Tom Reyes, her husband"); and the first personal pronoun after the name in a sentence the name opens, before
any other name ("Jun Abellera, a fisherman, said he had lost his boat"). A person with evidence both ways, or
none, has no gender here, and a pronoun may then stand for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from summarizer.text.attribution_words import VERB_RE
from summarizer.text.sentences import split_sentences

__all__ = ["agrees", "genders", "noun_gender", "pronoun_gender"]

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?((?:[ \t]+[A-Z][\w’'-]*){1,3})")
_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_NOUNS = {
    "m": ("father", "husband", "son", "grandfather", "man", "brother", "widower", "boy", "chairman", "spokesman",
          "businessman", "congressman", "policeman", "king", "prince", "uncle", "nephew", "actor", "grandson"),
    "f": ("mother", "wife", "daughter", "grandmother", "woman", "sister", "widow", "girl", "chairwoman", "spokeswoman",
          "businesswoman", "congresswoman", "policewoman", "queen", "princess", "aunt", "niece", "actress",
          "granddaughter"),
}  # fmt: skip
_NOUN_GENDER = {noun: g for g, nouns in _NOUNS.items() for noun in nouns}
_APPOSED_NOUN = re.compile(r",\s+(?:an?|the|his|her|their)?\s*(?:[\w’'-]+\s+){0,3}?(" + "|".join(_NOUN_GENDER) + r")\b")
_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_THAT_PRONOUN = re.compile(r"\s+that\s+(he|his|she|her)\b", re.IGNORECASE)


def noun_gender(word: str) -> str | None:
    """'m' for a man's noun ('father', 'spokesman'), 'f' for a woman's, None for another word."""
    return _NOUN_GENDER.get(word.casefold())


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her, None for another word."""
    low = word.casefold()
    if low in ("he", "him", "his", "himself"):
        return "m"
    if low in ("she", "her", "hers", "herself"):
        return "f"
    return None


def genders(text: str, people: Iterable[str]) -> dict[str, str]:
    """Each named person ('Ann Lee') whose gender the text tells -> 'm' or 'f'."""
    return dict(_genders(text, tuple(sorted(set(people)))))


@lru_cache(maxsize=64)
def _genders(text: str, people: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    by_surname = {p.split()[-1]: p for p in people}
    seen: dict[str, set[str]] = {p: set() for p in people}
    for m in _HONORIFIC.finditer(text):
        person = by_surname.get(m.group(2).split()[-1])
        if person is not None:
            seen[person].add(_HONORIFIC_GENDER[m.group(1).casefold()])
    surname = re.compile(r"\b(" + "|".join(re.escape(s) for s in by_surname) + r")\b") if by_surname else None
    if surname is None:
        return ()
    for sent in split_sentences(text):
        words = sent.text
        names = list(surname.finditer(words))
        if not names:
            continue
        for name in names:
            person = by_surname[name.group(1)]
            apposed = _APPOSED_NOUN.match(words, name.end())
            if apposed is not None and not re.search(r"\b(?:his|her|their)\s*$", words[name.end() : apposed.start(1)]):
                seen[person].add(_NOUN_GENDER[apposed.group(1).casefold()])
        first = names[0]
        if not _opens_with_name(words, first.start()):
            continue  # the name does not open the sentence (after a fronted phrase): it may not be the subject
        until = names[1].start() if len(names) > 1 else len(words)
        verb = next((v for v in VERB_RE.finditer(words, first.end(), until) if not _inside_quotation(words, v.start())), None)
        if verb is None:
            continue
        # a pronoun in the subject's own words before its verb ("who ... her debut"), or opening what it reports
        # ("said he had lost", "insisted his departure"); not one deeper in the clause ("said officers believed he")
        pronoun = _PRONOUN.search(words, first.end(), verb.start()) or _PRONOUN.match(words, verb.end() + 1)
        pronoun = pronoun or _THAT_PRONOUN.match(words, verb.end())
        if pronoun is not None and not _inside_quotation(words, pronoun.start()):
            gender = pronoun_gender(pronoun.group(1))
            if gender is not None:
                seen[by_surname[first.group(1)]].add(gender)
    return tuple((p, next(iter(g))) for p, g in seen.items() if len(g) == 1)


def _opens_with_name(sentence: str, at: int) -> bool:
    """Only capitalised words (a title, a first name) stand before the surname at ``at``, after any phrase set
    before them by a comma ("On a call with analysts, Lockhart insisted")."""
    head = sentence[:at]
    comma = head.rfind(",")
    return all(w[:1].isupper() for w in head[comma + 1 :].split())


def _inside_quotation(sentence: str, at: int) -> bool:
    """An odd number of quotation marks before ``at``: the pronoun is someone's quoted words."""
    return (sentence.count("“", 0, at) - sentence.count("”", 0, at)) > 0 or sentence.count('"', 0, at) % 2 == 1


def agrees(person: str, pronoun: str | None, known: dict[str, str]) -> bool:
    """True unless the text tells ``person`` as the other gender than ``pronoun``."""
    want = pronoun_gender(pronoun) if pronoun else None
    have = known.get(person)
    return want is None or have is None or want == have
