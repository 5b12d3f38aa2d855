"""Travellers as the sentence writes them, where the model's answer names the wrong thing: a vehicle is no traveller
("The survey ship Gull Royal sailed ...": the people aboard travel), a place after 'from' is where a group comes from
("Scores of millers from the Tarn Vale were heading to Holt": the millers travel)."""

from __future__ import annotations

import re

from summarizer.text.cues import occurrences

__all__ = ["a_vehicle", "carried_people", "group_from"]

# Vessels and aircraft, whose names stand either side of their noun.
_CRAFT = (
    "ship", "vessel", "icebreaker", "ferry", "tanker", "freighter", "trawler", "yacht", "liner", "cutter", "frigate",
    "destroyer", "submarine", "carrier", "airliner", "helicopter", "barge",
)  # fmt: skip
# A vehicle's noun or a ship's prefix before its name: "the survey ship Gull Royal", "the MV Orla", "USS Kell".
_VEHICLE_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join((*_CRAFT, "plane", "aircraft", "jet", "bus", "coach", "train", "convoy", "boat"))
    + r")|\b(?-i:MV|MS|HMS|USS|RV|SS|HMAS|HMCS|INS))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... or after it: "the Aurel Star freighter", "a Borealis ferry".
_VEHICLES_AFTER = re.compile(
    r"\s+(?:" + "|".join(_CRAFT) + r"|cargo\s+ship|container\s+ship)s?\b",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# The group a 'from' phrase belongs to: a plural noun, maybe counted ("Scores of millers", "40 young pilgrims").
_GROUP_BEFORE = re.compile(
    r"(?:\b(?:some|about|around|nearly|over|dozens|scores|hundreds|thousands|\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|a\s+group|a\s+party|a\s+team)\s+(?:of\s+)?)?(?:[a-z-]+\s+){0,2}?"
    r"\b(?P<noun>[a-z][a-z-]+s)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _every(sentence: str, phrase: str, before: re.Pattern[str]) -> bool:
    found = occurrences(sentence, phrase)
    return bool(found) and all(before.search(sentence[max(0, at - 60) : at]) for at, _ in found)


def a_vehicle(sentence: str, name: str) -> bool:
    """Every mention of ``name`` is the name of a vehicle ("the survey ship Gull Royal", "the MV Orla", "the Aurel
    Star freighter")."""
    found = occurrences(sentence, name)
    return bool(found) and all(
        _VEHICLE_BEFORE.search(sentence[max(0, at - 60) : at]) or _VEHICLES_AFTER.match(sentence, end) for at, end in found
    )


def group_from(sentence: str, place: str) -> str | None:
    """The group a place given as a traveller belongs to, when every mention of the place follows 'from' after a
    plural noun: "Scores of millers from the Tarn Vale" for "Tarn Vale"; None else."""
    found = occurrences(sentence, place)
    if not found or not _every(sentence, place, _FROM_BEFORE):
        return None
    at, end = found[0]
    group = _GROUP_BEFORE.search(sentence[max(0, at - 80) : at])
    if group is None:
        return None
    start = max(0, at - 80) + group.start()
    # a capitalised noun is a name ("Ana Jones from Leeds"), unless it opens the sentence ("Patients from Leeds")
    noun_at = max(0, at - 80) + group.start("noun")
    return sentence[start:end] if group.group("noun").islower() or not sentence[:noun_at].strip(" \"“'‘") else None


# The people a vehicle carries: "carrying 40 divers bound for", "with 12 scientists aboard".
_CARRIED = re.compile(
    r"\b(?:carrying|ferrying|transporting)\s+(?P<a>(?:[\w'’-]+\s+){0,4}?[a-z][a-z-]+s)\b(?=\s+(?:and|to|from|bound|on|in|for|"
    r"aboard|as|towards?)\b|\s*[,.;])|\bwith\s+(?P<b>(?:[\w'’-]+\s+){0,4}?[a-z][a-z-]+s)\s+(?:aboard|on\s+board)\b"
)


def carried_people(sentence: str) -> str | None:
    """The people a vehicle carries, as written ("carrying 40 divers", "with 12 scientists aboard"); None if none."""
    found = _CARRIED.search(sentence)
    return (found.group("a") or found.group("b")) if found else None
