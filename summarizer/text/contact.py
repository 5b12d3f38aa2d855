"""Contact between two people the wording states by its verb, its subject and its object: "Sato hosted South
Korean President Min Park", "Lund will meet Ivan Petrov in Geneva", "Ruiz held talks with Erik Dahl"."""

from __future__ import annotations

import re

from summarizer.text.movement import ON_SCHEDULE, named_subject, names_a_person
from summarizer.text.participants import is_bare_title, is_place_name
from summarizer.text.subject import subject_before

__all__ = ["stated_contact"]

_VERB = re.compile(
    r"\b(?:(?:will|would|(?:is|are)\s+" + ON_SCHEDULE + r")\s+(?:meet|host|welcome|greet)|met|"
    r"meets|hosted|hosts|welcomed|welcomes|"
    r"greeted|greets|(?:held|holds|hold)\s+talks|sat\s+down|spoke|talked|conferred|received|receives|briefed|"
    r"paid\s+a\s+(?:courtesy|farewell)\s+call\s+on)\s+(?:with\s+)?",
    re.IGNORECASE,
)
# The object: titles and adjectives of nationality, then a name ("South Korean President Min Park", "the Iraqi
# foreign minister, Ali Hamid" is left to the model), a run of capitalised words.
_OBJECT = re.compile(
    r"(?:the\s+)?(?P<obj>(?:(?-i:[a-z])+\s+){0,2}?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)"
)


def _person(phrase: str) -> str | None:
    """The phrase when it names a person: a name of two words or more after its titles ("South Korean President
    Min Park", "Erik Dahl"), not a place or a body named after one ("Tokyo", "the Japan Society")."""
    words = phrase.rstrip(".,;:").split()
    titles = [i for i, w in enumerate(words) if is_bare_title(w)]
    name = words[titles[-1] + 1 :] if titles else words
    if len(name) < 2 or not names_a_person(" ".join(name)) or is_place_name(" ".join(name)):
        return None
    if not titles and (is_place_name(name[0]) or _demonym(name[0])):
        return None
    return " ".join(words)


def _demonym(word: str) -> bool:
    from summarizer.text.places import country_code_for_adjective

    return country_code_for_adjective(word) is not None


def stated_contact(sentence: str) -> tuple[str, str] | None:
    """(the subject, the object) when a finite verb of contact joins two people by name or title; None else."""
    for verb in _VERB.finditer(sentence):
        obj = _OBJECT.match(sentence, verb.end())
        span = subject_before(sentence, verb.start())
        if obj is None or span is None:
            continue
        who = named_subject(sentence, span)
        other = _person(obj.group("obj"))
        if other is not None and who and (names_a_person(who) or who.casefold() in ("he", "she")):
            return who, other
    return None
