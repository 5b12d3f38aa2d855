"""Classes read blind off the errors of the made-up sets ZJ and ZK (docs/blind-classes.md): contact by calling on,
questioning and reporting to someone, a conversation between two, a town-hall session, a talk delivered; a journey's
means between its verb and its path; a person with a title of the forces who travels of their own accord; a vehicle
and a group's home, neither of them a traveller (the people aboard and the group travel). Every sentence is made up; the model is
scripted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.schemas import Trip
from summarizer.text.events import is_meeting_candidate, is_trip_candidate
from summarizer.text.movement_kind import movement_kind
from summarizer.text.movers_written import a_vehicle, carried_people, group_from


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday the banker called on Harbour Commissioner Ivo Mallen, who promised quicker permits.",
        "Ruiz called on Mr. Dahl.",
        "A county audit panel is set to quiz the minister over the overspend.",
        "The envoy should report on the survey to the Chancellor in Vammel next week.",
        "A conversation between Morrow and poet Ilse Tarn at the Vell library was scrapped.",
        "A town-hall session for flood victims will take place at the Brisk chapel on Monday.",
        "Ossery will deliver a talk on glacier maps at the Fenn hall on 3 May.",
    ],
)
def test_calling_on_questioning_reporting_to_a_conversation_a_town_hall_and_a_talk_are_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz called on Greece to take charge.",  # calling on someone to act
        "She made a call on May 3.",  # a day, not a person called on
        "Critics questioned the minister's decision.",  # a thing of the minister's
        "The firm delivered a talk-show hit.",
        "The town hall was closed.",  # the building
    ],
)
def test_an_appeal_a_dated_call_a_questioned_decision_and_a_building_are_not_asked(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence", ["Ruiz was heading by coach to Holt on Tuesday.", "Ruiz will head by road to Gaza on Monday."]
)
def test_the_means_between_a_verb_of_motion_and_its_path_is_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)


def test_a_person_with_a_title_of_the_forces_visits() -> None:
    assert movement_kind("Navy Secretary Ray Mabus flew to Bahrain on Monday.", ["Navy Secretary Ray Mabus"]) == "visit"
    assert movement_kind("U.S. troops flew to Kabul on Monday.", ["U.S. troops"]) == "deployment"


def test_a_vehicle_the_people_it_carries_and_a_groups_home_as_the_sentence_writes_them() -> None:
    ship = "The survey ship Gull Reay left Pennick on Friday carrying 40 divers bound for Sorrel Reef."
    assert a_vehicle(ship, "Gull Reay") and not a_vehicle("Captain Gull Reay left Pennick.", "Gull Reay")
    millers = "Scores of millers from the Tarn Vale were heading by coach to Holt on Tuesday."
    assert group_from(millers, "Tarn Vale") == "Scores of millers from the Tarn Vale"
    assert group_from("Ruiz flew from Vessa to Orrin.", "Vessa") is None  # no group: where the journey starts
    assert carried_people(ship) == "40 divers"


def _trips(sentence: str, who: list[str], to: list[str], tmp_path: Path) -> list[Trip]:
    script: dict[str, dict[str, Reply]] = {"trip": {sentence[:60]: {"trip": True, "who": who, "to": to, "why": None}}}
    text = "Minister Ana Ruiz spoke on Monday. " + sentence
    out, _ = scripted_summary(text, script, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    return [t for t in out.trips if t.evidence[0].text.startswith(sentence[:60])]


def test_a_ship_is_no_traveller_the_people_it_carries_are(tmp_path: Path) -> None:
    ship = "The survey ship Gull Reay left Pennick on Friday carrying 40 divers bound for Sorrel Reef."
    [trip] = _trips(ship, ["Gull Reay"], ["Sorrel Reef"], tmp_path / "a")
    assert [t.name for t in trip.travellers] == ["40 divers"]
    assert _trips("The ferry Orla sailed to Sorrel Reef on Friday.", ["Orla"], ["Sorrel Reef"], tmp_path / "b") == []


def test_a_place_a_group_comes_from_stands_for_the_group(tmp_path: Path) -> None:
    millers = "Scores of millers from the Tarn Vale were heading by coach to Holt on Tuesday."
    [trip] = _trips(millers, ["Tarn Vale"], ["Holt"], tmp_path)
    assert [t.name for t in trip.travellers] == ["Scores of millers from the Tarn Vale"]
    assert [d.name for d in trip.destinations] == ["Holt"]


def _meetings(sentence: str, who: list[str], tmp_path: Path) -> list[list[str]]:
    script: dict[str, dict[str, Reply]] = {"meeting": {sentence[:50]: {"met": True, "who": who, "about": []}}}
    text = "Finance chief Rolf Anders of Vessa Mining spoke on Monday. Painter Ona Brek, 58, opened a show. " + sentence
    out, _ = scripted_summary(text, script, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    return [[p.name for p in m.participants] for m in out.meetings if m.evidence[0].text == sentence]


@pytest.mark.parametrize(
    "sentence", ["Anders had a video conference with analysts late on Monday.", "Anders ran a video link-up with fund analysts."]
)
def test_a_call_with_people_described_by_what_they_do_is_kept(sentence: str, tmp_path: Path) -> None:
    assert _meetings(sentence, ["Anders"], tmp_path) == [["Rolf Anders"]]


def test_a_subject_told_by_an_age_and_a_noun_is_the_person_it_stands_for(tmp_path: Path) -> None:
    sentence = "The 58-year-old painter sat down with Arts Secretary Tam Oke on Friday to discuss grants."
    [parties] = _meetings(sentence, ["Tam Oke"], tmp_path)
    assert "Tam Oke" in parties and any("Ona Brek" in p for p in parties)


@pytest.mark.parametrize(
    "sentence", ["Pram pulled out of the Kyiv trip on Sunday to handle a flood.", "Pram withdrew from her Kyiv visit."]
)
def test_a_journey_called_off_by_the_place_before_its_noun_is_stated(sentence: str, tmp_path: Path) -> None:
    script: dict[str, dict[str, Reply]] = {"trip": {sentence[:60]: {"trip": False, "who": [], "to": [], "why": None}}}
    text = "Mayor Tilda Pram spoke on Monday. " + sentence
    out, _ = scripted_summary(text, script, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    [trip] = [t for t in out.trips if t.evidence[0].text == sentence]
    assert ([t.name for t in trip.travellers], [d.name for d in trip.destinations], trip.status) == (
        ["Tilda Pram"], ["Kyiv"], "cancelled")


def test_one_an_apposition_tells_back_from_a_journey_is_no_host_who_stays(tmp_path: Path) -> None:
    sentence = "Back home, Provost Lina Crow, fresh from a study visit to Ardel, hosted a fair at the guildhall."
    [trip] = _trips(sentence, ["Lina Crow"], ["Ardel"], tmp_path)
    assert [d.name for d in trip.destinations] == ["Ardel"] and trip.status == "completed"


# From the classes read blind off the errors of ZL and ZM.
@pytest.mark.parametrize(
    "sentence",
    [
        "Castov was due to lunch on Friday with the consul, Edda Runge, aides said.",  # a time between meal and partner
        "Varga instead held a satellite link with the crew on Sunday.",
    ],
)
def test_a_meal_with_a_time_before_its_partner_and_a_satellite_link_are_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


def test_they_going_on_with_the_meeting_just_told_is_no_new_meeting() -> None:
    from summarizer.text.events import refers_back

    assert refers_back("They spent an hour together discussing the harvest.")
    assert not refers_back("They talked again by phone on Friday.")  # a new occasion


def test_a_journey_escorting_others_planned_and_withdrawn_from_is_called_off() -> None:
    from summarizer.text.movement import called_off_journey

    sentence = "Presk had planned to accompany the minister to Berlin, but withdrew on Friday."
    assert called_off_journey(sentence) == ("Presk", "Berlin")


def test_a_company_of_people_as_the_travel_words_subject_is_asked_again(tmp_path: Path) -> None:
    sentence = "A team of Orvish mine rescuers arrived in Kallan on Sunday at the province's invitation, officials said."
    no: dict[str, object] = {"trip": False, "who": [], "to": [], "why": None}
    yes = {"trip": True, "who": ["team of Orvish mine rescuers"], "to": ["Kallan"], "why": None}
    out, backend = scripted_summary(sentence, {"trip": {sentence[:60]: [no, yes]}}, tmp_path, kinds=("trips",))
    assert len(backend.subjects("trip")) == 2  # the trips question, then the wider one
    assert [[d.name for d in trip.destinations] for trip in out.trips] == [["Kallan"]]
    # someone else in the second answer is not taken
    other = {"trip": True, "who": ["the province"], "to": ["Kallan"], "why": None}
    out, _ = scripted_summary(sentence, {"trip": {sentence[:60]: [no, other]}}, tmp_path / "o", kinds=("trips",))
    assert out.trips == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Aldo Presk was meant to escort the curators to Berlin but stepped aside last month on doctors' orders.",
        "Harrow had hoped to fly to Berlin with the mayor, but backed out on Friday.",
    ],
)
def test_a_journey_one_was_meant_to_make_and_backed_out_of_is_cancelled(sentence: str) -> None:
    from summarizer.text.events import TRAVEL_CUE
    from summarizer.text.modality import event_modality

    assert event_modality(sentence, TRAVEL_CUE) == "cancelled"
