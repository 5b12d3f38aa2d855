"""Who moves whom: a movement is a visit, a transfer, a deployment or a migration, by its verb and its movers.

A named person leaving of their own accord (fleeing a scene, escaping) travels as a visitor does; a
migration is a population's movement (refugees, families, thousands fleeing).
"""

from __future__ import annotations

import re

from summarizer.schemas import TripKind
from summarizer.text.events import TRAVEL_CUE, cue_matches
from summarizer.text.modality import words_before
from summarizer.text.movement import names_a_person
from summarizer.text.places import place_for

__all__ = ["is_departure", "movement_kind"]

_TRANSFER_VERB = re.compile(
    r"\b(?:deport\w*|extradit\w*|transferr?\w*|escort\w*|repatriat\w*|expel\w*|handed\s+over|smuggl\w*)\b", re.IGNORECASE
)
_PASSIVE_MOVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:flown|taken|brought|driven|airlifted|moved|evacuated)\b", re.IGNORECASE
)
_CUSTODY = re.compile(
    r"\b(?:arrest\w*|custody|detain\w*|detention|jail\w*|prison\w*|charged|handcuff\w*|court|trial|hearing|"
    r"police|captive|hostage\w*|kidnap\w*|abduct\w*)\b",
    re.IGNORECASE,
)
_DEPLOY_VERB = re.compile(r"\b(?:deploy\w*|dispatch\w*|redeploy\w*|station(?:ed|ing)|reinforcements?)\b", re.IGNORECASE)
_FORCES = re.compile(
    r"\b(?:troops?|soldiers?|servicemen|servicemembers|forces|marines|sailors|airmen|paratroopers|battalions?|"
    r"brigades?|divisions?|units|warships?|jets|fighters|militia\w*|army|navy)\b",
    re.IGNORECASE,
)
# Fleeing and crossing a border: a migration when a population moves ("thousands fled"); one person, named
# or by title ("Ruiz and Cole fled the scene", "the president fled"), leaves of their own accord.
_FLIGHT_VERB = re.compile(r"\b(?:fle(?:e|es|eing|d)|cross(?:es|ed|ing)?\s+(?:into|the\s+border))\b", re.IGNORECASE)
_MIGRANTS = re.compile(
    r"\b(?:refugees?|migrants?|asylum[-\s]seekers?|immigrants?|emigrants?|displaced|evacuees|exiles?|"
    r"families|civilians)\b",
    re.IGNORECASE,
)
# Leaving to settle elsewhere: a migration whoever moves. Then the people others hold and move.
_MIGRATION_VERB = re.compile(r"\b(?:emigrat\w*|immigrat\w*|migrat\w*|asylum|resettl\w*)\b", re.IGNORECASE)
_DETAINEES = re.compile(r"\b(?:prisoners?|detainees?|suspects?|inmates?|captives?|hostages?|deportees?|convicts?)\b", re.IGNORECASE)


def movement_kind(sentence: str, movers: list[str], context: str = "") -> TripKind:
    """Whether a movement is a visit, a transfer, a deployment or a migration, by who moves whom.

    transfer: a verb that moves people by others' doing (deported, extradited, transferred,
    escorted, repatriated, expelled), a detainee or prisoner moving, or a passive of transport
    ('was flown to', 'were taken to') when the sentence or its context speaks of custody;
    deployment: deploy or dispatch, or troops or forces moving; migration: emigrate or seek
    asylum, refugees, migrants or displaced people moving, or a group fleeing or crossing a
    border (one person named or by title who flees leaves of their own accord); a person named with a title of the
    forces ("Army chief Gen. Ana Ruiz flew to Kabul") travels of their own accord. Otherwise a visit
    (people travelling of their own accord). The movers are the traveller phrases; nouns in
    the sentence count only in the clause before the travel word (its subject).
    """
    cues = cue_matches(TRAVEL_CUE, sentence)
    subject = " ".join([words_before(sentence, cues[0].start(), 10)] if cues else [sentence])
    who = " ".join(movers) + " " + subject
    verbs = " ".join(m.group(0) for m in cues)
    if _TRANSFER_VERB.search(verbs) or _DETAINEES.search(who):
        return "transfer"
    if _PASSIVE_MOVE.search(sentence) and _CUSTODY.search(sentence + " " + context):
        return "transfer"
    people = bool(movers) and all(names_a_person(m) for m in movers)
    # forces moving, not a person named with a title of the forces ("Navy Secretary Ray Mabus flew to Bahrain")
    if _DEPLOY_VERB.search(verbs) or (_FORCES.search(who) and not people):
        return "deployment"
    if _MIGRATION_VERB.search(verbs) or _MIGRANTS.search(who) or (_FLIGHT_VERB.search(verbs) and not people):
        return "migration"
    return "visit"


# Leaving: a verb of flight, escape or departure. Where to is often left untold ("fled the scene", "escaped
# from the jail", "departed on Monday"): the movement is told without a destination.
_DEPARTURE = re.compile(r"(?:fle(?:e|es|eing|d)|escap(?:e|es|ed|ing)|depart(?:s|ed|ing)?)\b", re.IGNORECASE)


# "left Paris": leaving a place the gazetteer knows (not "left Microsoft", "left the party").
_LEFT_PLACE = re.compile(r"left\s+(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})")


def is_departure(sentence: str) -> bool:
    """The sentence tells of someone leaving, by a verb of flight, escape or departure (not the noun
    'departure'), or by leaving a known place ('left Paris'): a movement told without a destination."""
    for m in cue_matches(TRAVEL_CUE, sentence):
        if _DEPARTURE.match(m.group(0)):
            return True
        left = _LEFT_PLACE.match(sentence, m.start())
        if left is not None and place_for(left.group("place")).country_code is not None:
            return True
    return False
