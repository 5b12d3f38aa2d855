"""Who moves in M2E2's ``Movement:Transport`` gold, by the scorer's own words (:mod:`summarizer.eval.lexicon`): a
person or a delegation on a visit (:func:`is_trip_event`), people of any kind moved (:func:`is_people_movement`), and
people the gold types as persons that the words cannot confirm (:func:`described_people`: "The pair")."""

from __future__ import annotations

import re
from typing import Any

from summarizer.eval.lexicon import (
    ARTICLE_WORDS,
    DEMONYM_SUFFIXES,
    DEMONYMS,
    NAME_PARTICLES,
    NON_TRIP_NOUNS,
    PERSON_NOUNS,
)
from summarizer.eval.names import entity_names
from summarizer.schemas import Trip

__all__ = ["by_visitors", "described_people", "is_people_movement", "is_trip_event"]


def _is_person_mover(text: str) -> bool:
    """True when a Transport Artifact/Agent text is a person or delegation (see is_trip_event)."""
    raw = re.sub(r"['’]s\b", "", text.replace("\u00a0", " ")).strip()
    words = [w for w in re.split(r"[^\w.-]+", raw) if w]
    lower = [w.lower().strip(".") for w in words]
    if not words or any(w in NON_TRIP_NOUNS for w in lower):
        return False
    if any(w in PERSON_NOUNS for w in lower):
        return True
    # a name's own lower-case particles ("bin", "van der", the "al-" of "al-Assad") do not make it a common noun
    content = [re.sub(r"^(?:al|el)-", "", w) for w in words if w.lower() not in ARTICLE_WORDS and w not in NAME_PARTICLES]
    content = [w for w in content if w]
    if content and _ends_in_a_name(content):
        return True  # "club chairman Lev Orrin", "novelist Ada Brenn": words of a role, then the name
    if not content or not all(w[0].isupper() for w in content):
        return False
    if all(w.isupper() and len(w) > 1 for w in content):  # acronym: an organisation or armed group
        return False
    if len(content) == 1:
        w = content[0].lower()
        if w in DEMONYMS or w.endswith(DEMONYM_SUFFIXES):
            return False
    return True


def _ends_in_a_name(content: list[str]) -> bool:
    """The words end in a person's name after lower-case words of a role or description: two capitalised words or
    more, not an acronym, after at least one lower-case word ("chief financial officer Ana Ruiz", "19-year-old Lio
    Tamsen"); not a place or a body after a preposition ("farmers from the Orrin Valley")."""
    run = 0
    while run < len(content) and content[-1 - run][0].isupper():
        run += 1
    before = [w.lower() for w in content[: len(content) - run]]
    name = content[len(content) - run :]
    return (
        run >= 2 and bool(before) and before[-1] not in _PREPOSITIONS and not any(w.isupper() and len(w) > 1 for w in name)
    )


_PREPOSITIONS = frozenset(["of", "from", "in", "at", "for", "to", "with", "by", "on", "near"])


def _words(text: str) -> list[str]:
    """The lower-case words of a mover's text, split at anything but a letter, digit or hyphen."""
    return [w for w in re.split(r"[^\w-]+", text.lower()) if w]


def _mover_args(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Who or what an event moves: its ``Artifact`` arguments, else its ``Agent`` arguments."""
    args = event.get("arguments", [])
    movers = [a for a in args if a.get("role") == "Artifact"]
    return movers or [a for a in args if a.get("role") == "Agent"]


def _movers(event: dict[str, Any]) -> list[str]:
    """The texts of :func:`_mover_args`."""
    return [str(a.get("text", "")) for a in _mover_args(event)]


_DELEGATION_WORDS = frozenset(["delegation", "delegations", "delegates", "team", "mission", "entourage"])


def _is_visiting_mover(arg: dict[str, Any]) -> bool:
    """A mover that visits: a person or delegation by its words (:func:`_is_person_mover`), and where the
    gold gives the argument's ACE entity type, a person (PER) or an organisation (ORG) that is a delegation:
    never a capitalised name of another type ('Pentagon', 'Navy', 'Washington')."""
    text = str(arg.get("text", ""))
    etype = arg.get("entity_type")
    if not _is_person_mover(text):
        return False
    return etype in (None, "PER") or (etype == "ORG" and bool(set(_words(text)) & _DELEGATION_WORDS))


def by_visitors(trip: Trip) -> bool:
    """One of the trip's travellers, by any name or alias the record gives, is a person or a delegation by the
    scorer's words (:func:`_is_person_mover`, the test a gold mover passes)."""
    return any(_is_person_mover(n) for n in entity_names(trip.travellers))


def is_trip_event(event: dict[str, Any]) -> bool:
    """True when an M2E2 ``Movement:Transport`` event is a trip by a person or delegation.

    Rule: take the ``Artifact`` arguments (who or what moves); when there is none, the
    ``Agent`` arguments. The event is a trip when any of them is a person or delegation:

    * not when it contains a goods/forces/displaced-people word (troops, soldiers, refugees,
      migrants, weapons, aid, patients, civilians, forces, police, rebels, trucks...);
    * yes when it contains a person/delegation word (president, minister, secretary,
      delegation, leader, official(s), envoy, pope, king, prime, chancellor, senator, team,
      spokesman, diplomat, ambassador...);
    * yes when it is a capitalised proper name ('Jim Mattis', "Richard Nixon's", 'Malik'), but
      not an all-capitals acronym ('YPG') nor a single plural nationality word ('Iraqis',
      'Russians', 'Chinese').

    Where the gold gives each argument's ACE ``entity_type``, the mover must also be a person (PER)
    or an organisation (ORG) that is a delegation: never a capitalised name of another type
    ('Pentagon', 'Navy', 'Washington').

    Events with neither Artifact nor Agent, and pronoun or common-noun movers ('them', 'man',
    'family'), are not trips. Other event types are never trips.
    """
    if event.get("event_type") != "Movement:Transport":
        return False
    return any(_is_visiting_mover(a) for a in _mover_args(event))


#: People who are moved or move in groups: counted in the all-movements row, never in the visits row.
#: (The scorer's own words, like :mod:`summarizer.eval.lexicon`; goods, weapons and vehicles stay out.)
_PEOPLE_MOVERS = frozenset(
    ["troop", "troops", "soldier", "soldiers", "refugee", "refugees", "migrant", "migrants", "patient", "patients", "civilian", "civilians", "force", "forces", "army", "police", "policemen", "rebel", "rebels", "fighter", "fighters", "militant", "militants", "insurgent", "insurgents", "prisoners", "prisoner", "detainees", "detainee", "evacuees", "residents", "asylum", "seekers", "immigrants", "pilots", "marines", "sailors", "people", "family", "families", "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls", "workers", "citizens"]
)


def is_people_movement(event: dict[str, Any]) -> bool:
    """True when a ``Movement:Transport`` event moves people of any kind: a trip (:func:`is_trip_event`),
    or troops, refugees, migrants, detainees, civilians and the like moving (not goods or vehicles)."""
    if is_trip_event(event):
        return True
    if event.get("event_type") != "Movement:Transport":
        return False
    return any(w in _PEOPLE_MOVERS for m in _movers(event) for w in _words(m))


_PRONOUNS = frozenset(["he", "she", "they", "them", "him", "her", "his", "their", "we", "us", "who", "whom", "it"])


def described_people(event: dict[str, Any]) -> bool:
    """A movement the visits row leaves out whose every mover is a person by the gold's ACE type (PER), told by a
    description the row's words cannot confirm ("The pair", "The couple", "The Perth-based executive"): none is a
    group of people the row leaves out on purpose (troops, refugees, families), a thing, or a bare pronoun."""
    args = _mover_args(event)
    if event.get("event_type") != "Movement:Transport" or not args or is_trip_event(event):
        return False
    if any(a.get("entity_type") != "PER" for a in args):
        return False
    words = [w for a in args for w in _words(str(a.get("text", "")))]
    content = [w for w in words if w not in _PRONOUNS and w not in ARTICLE_WORDS]
    return bool(content) and not (set(words) & (_PEOPLE_MOVERS | NON_TRIP_NOUNS))
