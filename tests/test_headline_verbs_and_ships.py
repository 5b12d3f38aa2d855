"""A headline's verb between two names is no part of a name; a ship named before its noun is no traveller; visiting a
place in someone's company is no meeting; the host of someone's visit meets them; summoned to a ministry is a meeting,
not a journey; going to jail is none. Every example is made up."""

from __future__ import annotations

import pytest

from summarizer.text.entities import EntityIndex
from summarizer.text.events import is_meeting_candidate, is_trip_candidate
from summarizer.text.movers_written import a_vehicle


def test_a_headlines_verb_between_two_names_is_no_part_of_a_name() -> None:
    index = EntityIndex("Harrow Meets Keveling in Marlport-Prime Minister Ed Harrow met President Ana Keveling.\n")
    assert index.person_by_surname("Keveling") == "Ana Keveling"


def test_a_ship_named_before_its_noun_is_no_traveller() -> None:
    sentence = "A lorry hauling crates from the Aurel Star freighter rolls onto a Maren ferry at Tolby docks."
    assert a_vehicle(sentence, "Aurel Star") and a_vehicle(sentence, "Maren")
    assert not a_vehicle("Ana Ruiz flew to Oslo on the Borealis jet.", "Ana Ruiz")


def test_visiting_a_place_in_someones_company_is_not_asked_as_a_meeting() -> None:
    assert not is_meeting_candidate("Pia and Arno Lask were visiting the war memorial with their young son Ina.")


def test_visiting_with_someone_is_still_asked() -> None:
    assert is_meeting_candidate("The envoy visited briefly with the widow, Ana Ruiz, on Monday.")


def test_the_host_of_someones_visit_is_asked_as_a_meeting() -> None:
    assert is_meeting_candidate("Elder Ade Kolo embraces a farmer at Okkeri camp during Deputy Orla Venn's stopover.")
    assert not is_meeting_candidate("Prices rose during Venn's tour of duty.")


def test_summoned_to_a_ministry_is_a_meeting_not_a_journey() -> None:
    sentence = "Envoy Ivo Garr was summoned to Ostland's Foreign Office on Monday over the leak."
    assert is_meeting_candidate(sentence) and not is_trip_candidate(sentence)
    assert is_trip_candidate("The ambassador was summoned back to Telsa for consultations.")


@pytest.mark.parametrize("sentence", ["Ana Ruiz was sent to jail for six months.", "He went back to jail on Friday."])
def test_going_to_jail_is_no_journey(sentence: str) -> None:
    assert not is_trip_candidate(sentence)
