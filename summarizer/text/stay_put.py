"""Who and what a sentence of travel tells as staying put: the person met ("stopped in Doha, where he met Qatar's
prime minister"), the host who receives ("the mayor received a delegation at City Hall"), a party written where
a place would go ("is scheduled to meet Speaker Ann Holt during the visit"), and the dead whose body is carried
("marched with his body to the pagoda"): none of them is a traveller or a destination."""

from __future__ import annotations

import re

from summarizer.text.cues import occurrences
from summarizer.text.mentions import written_as

__all__ = ["a_body_carried", "only_hosts", "only_met", "only_met_as_object", "written_word"]

_CONTACT = (
    r"(?:met|meet|meets|meeting|met\s+with|sat\s+down\s+with|talks\s+with|hosted|greeted|welcomed|"
    r"received)"
)
_CONTACT_BEFORE = re.compile(r"\b" + _CONTACT + r"\s+(?:[\w'’.-]+\s+){0,5}?$", re.IGNORECASE)
# The object itself, no preposition before it: "meet Assembly Speaker X", "hold talks with England officials"
# (not "met officials in Geneva", where the place is the meeting's).
_PREPOSITION = r"(?:in|at|on|to|into|near|during|outside|inside|from|for|of|by|after|before|across|around|through)"
_CONTACT_OBJECT = re.compile(
    r"\b" + _CONTACT + r"\s+(?:(?!" + _PREPOSITION + r"\b)[\w'’.-]+\s+){0,4}?$", re.IGNORECASE
)
# A host receiving in the active voice: "Daly received a delegation", "the mayor, who greeted the crew" (not one
# an apposition tells back from a journey: "Crow, fresh from a study visit to Ardel, hosted a fair").
_HOSTS = re.compile(
    r"^(?:\s*,(?![^,]{0,60}\b(?:visits?|trips?|tours?|journeys?|from)\b)[^,]{1,60},)?\s+(?:(?:also|then|later|personally|formally|\w+ly)\s+)?"
    r"(?:received|receives|hosted|hosts|welcomed|welcomes|greeted|greets|will\s+(?:receive|host|welcome|greet))\b",
    re.IGNORECASE,
)


def written_word(name: str, sentence: str) -> str:
    """The word by which the sentence writes the name (its surname unless only another word is written)."""
    return written_as(name, sentence) or name.split()[-1]


def _mentions(sentence: str, name: str) -> list[tuple[int, int]]:
    return occurrences(sentence, name) or occurrences(sentence, written_word(name, sentence))


def only_met(sentence: str, name: str) -> bool:
    """Every mention of ``name`` in the sentence is the object of a verb of contact."""
    found = _mentions(sentence, name)
    return bool(found) and all(_CONTACT_BEFORE.search(sentence[max(0, at - 60) : at]) for at, _ in found)


def only_met_as_object(sentence: str, phrase: str) -> bool:
    """Every mention of ``phrase`` is the object of a verb of contact with no preposition before it: whom the
    traveller meets ("is to meet Speaker Ann Holt during the visit"), not where the journey goes."""
    found = occurrences(sentence, phrase)
    return bool(found) and all(_CONTACT_OBJECT.search(sentence[max(0, at - 60) : at]) for at, _ in found)


def only_hosts(sentence: str, name: str) -> bool:
    """Every mention of ``name`` is the subject of a verb of receiving in the active voice: the host, who stays
    ("On Wednesday Daly received a delegation of shop owners at City Hall")."""
    found = _mentions(sentence, name)
    return bool(found) and all(_HOSTS.match(sentence[end : end + 90]) for _, end in found)


# The dead, by what is carried of them: "his body", "her remains", "the coffin of X", "X's ashes" (not "body armour").
_CORPSE = r"(?:body|bodies|remains|coffin|casket|ashes|corpse)(?!\s+(?:armou?r|guards?|doubles?|language|cameras?))\b"
_ITS_CORPSE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+)?" + _CORPSE, re.IGNORECASE)
_CORPSE_OF = re.compile(r"\b" + _CORPSE + r"\s+of\s+(?:the\s+)?(?:late\s+)?(?:[\w.'’-]+\s+){0,4}?$", re.IGNORECASE)
_ONES_CORPSE = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?" + _CORPSE, re.IGNORECASE)


def a_body_carried(sentence: str, name: str) -> bool:
    """The sentence tells of ``name`` only by the body carried ("marched through the streets with his body, heading
    to the pagoda", "the remains of Ali Baraka were flown to Beirut"): the dead travel nowhere. A name the sentence
    does not write is told by its 'his' or 'her' ("his body"); a name it writes, every time as whose body it is."""
    found = _mentions(sentence, name)
    if not found:
        return _ITS_CORPSE.search(sentence) is not None
    return all(_CORPSE_OF.search(sentence[max(0, at - 60) : at]) or _ONES_CORPSE.match(sentence, end) for at, end in found)
