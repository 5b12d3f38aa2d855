"""Travellers as the sentence writes them, where the model's answer names the wrong thing: a vehicle is no traveller
("The survey ship Gull Royal sailed ...": the people aboard travel), a place after 'from' is where a group comes from
("Scores of millers from the Tarn Vale were heading to Holt": the millers travel), and a place in a '-based'
compound is where a body is based, no destination ("met by staff of the Vell-based Salt Board")."""

from __future__ import annotations

import re

from summarizer.text.cues import occurrences

__all__ = ["a_base_only", "a_vehicle", "group_from"]

# A vehicle's noun or a ship's prefix before its name: "the survey ship Gull Royal", "the MV Orla", "USS Kell".
_VEHICLE_BEFORE = re.compile(
    r"(?:\b(?:ship|vessel|icebreaker|ferry|tanker|freighter|trawler|yacht|liner|cutter|frigate|destroyer|submarine|"
    r"carrier|plane|aircraft|jet|airliner|helicopter|bus|coach|train|convoy|boat|barge)|\b(?-i:MV|MS|HMS|USS|RV|SS|HMAS|"
    r"HMCS|INS))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# The group a 'from' phrase belongs to: a plural noun, maybe counted ("Scores of millers", "40 young pilgrims").
_GROUP_BEFORE = re.compile(
    r"(?:\b(?:some|about|around|nearly|over|dozens|scores|hundreds|thousands|\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|a\s+group|a\s+party|a\s+team)\s+(?:of\s+)?)?(?:[a-z-]+\s+){0,2}?"
    r"(?-i:[a-z])[a-z-]+s\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _every(sentence: str, phrase: str, before: re.Pattern[str]) -> bool:
    found = occurrences(sentence, phrase)
    return bool(found) and all(before.search(sentence[max(0, at - 60) : at]) for at, _ in found)


def a_vehicle(sentence: str, name: str) -> bool:
    """Every mention of ``name`` is the name of a vehicle ("the survey ship Gull Royal", "the MV Orla")."""
    return _every(sentence, name, _VEHICLE_BEFORE)


def group_from(sentence: str, place: str) -> str | None:
    """The group a place given as a traveller belongs to, when every mention of the place follows 'from' after a
    plural noun: "Scores of millers from the Tarn Vale" for "Tarn Vale"; None else."""
    found = occurrences(sentence, place)
    if not found or not _every(sentence, place, _FROM_BEFORE):
        return None
    at, end = found[0]
    group = _GROUP_BEFORE.search(sentence[max(0, at - 80) : at])
    return sentence[max(0, at - 80) + group.start() : end] if group else None


def a_base_only(sentence: str, place: str) -> bool:
    """Every mention of ``place`` is the first part of a '-based' compound ("the Vell-based Salt Board")."""
    found = occurrences(sentence, place)
    return bool(found) and all(re.match(r"-(?:based|headquartered)\b", sentence[end:]) for _, end in found)
