"""People told by the ending of an agent noun in the plural ("trainees", "attendees", "residents") are one class of
the lexicon, used alike wherever the gates look for people; things of the same endings ("comments", "grants") are
not people. Every example is made up."""

from __future__ import annotations

import re

import pytest

from summarizer.text.events import is_meeting_candidate, is_trip_candidate
from summarizer.text.lexicon import AGENT_ENDINGS, THING_PLURALS, agent_plural


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency sent its trainees to Ostend in March.",
        "The board will dispatch two appointees to Harnby next week.",
    ],
)
def test_people_in_ees_sent_somewhere_are_asked_as_trips(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry sent its comments to Brussels on Friday.",
        "The trust sent grants to Lodz and statements to Riga.",
    ],
)
def test_things_of_an_agent_ending_sent_somewhere_are_not_asked(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Afterwards the rector addressed some 200 attendees in the great hall.",
        "Mayor Ilse Bron then met with the trustees of the Veld foundation.",
    ],
)
def test_people_in_ees_met_or_addressed_are_asked_as_meetings(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize("word", ["analysts", "residents", "attendees", "negotiators", "civilians", "representatives"])
def test_the_class_holds_people(word: str) -> None:
    assert re.fullmatch(agent_plural(), word)


def test_the_things_are_of_the_same_endings_and_no_people() -> None:
    assert all(word.endswith(AGENT_ENDINGS) for word in THING_PLURALS)
    assert not any(re.fullmatch(agent_plural(), word) for word in THING_PLURALS)
