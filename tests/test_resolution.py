"""Entities, cues and merging: one entity however it is named; one trip however often mentioned."""

from __future__ import annotations

import pytest

from summarizer.extract.merge import merge_meetings, merge_trips
from summarizer.schemas import DateRef, Entity, Meeting, Place, Span, Trip
from summarizer.text.cues import (
    event_status,
    is_meeting_candidate,
    is_trip_candidate,
    trip_mode,
)
from summarizer.text.entities import EntityIndex
from summarizer.text.meeting_formats import meeting_format


@pytest.mark.parametrize(
    "name, full, kind",
    [
        ("Blinken", "Antony Blinken", "person"),
        ("Antony Blinken", "Antony Blinken", "person"),
        ("US Secretary of State Antony Blinken", "Antony Blinken", "person"),
        ("Lloyd Austin", "Lloyd Austin", "person"),
        ("State department", "State department", "organisation"),
        ("the US", "United States", "country"),
        ("Japan", "Japan", "country"),
    ],
)
def test_one_entity_however_named(seed_text: str, name: str, full: str, kind: str) -> None:
    entity = EntityIndex(seed_text).resolve(name)
    assert (entity.name, entity.kind) == (full, kind)


def test_roles_come_from_the_text(seed_text: str) -> None:
    index = EntityIndex(seed_text)
    assert index.resolve("Blinken").role == "US Secretary of State"
    assert index.resolve("Lloyd Austin").role == "Defence secretary"
    assert index.resolve("United States").country_code == "US"


def test_a_bare_title_is_the_person_last_named_with_it(seed_text: str) -> None:
    index = EntityIndex(seed_text)
    at = seed_text.index("Meeting with Canadian Foreign minister")
    assert index.resolve("the secretary", before=at).name == "Antony Blinken"


def test_headings_do_not_join_names(seed_text: str) -> None:
    assert "NEIGHBOURS" not in " ".join(EntityIndex(seed_text).people.values())


@pytest.mark.parametrize(
    "sentence, mode, status",
    [
        ("Blinken and Austin plan to visit Japan this month.", "in_person", "planned"),
        ("On February 26, Blinken took his first virtual trip.", "virtual", "completed"),
        ("The president cancelled his trip to Paris.", "in_person", "cancelled"),
        ("The minister is visiting Rome this week.", "in_person", "under_way"),
    ],
)
def test_trip_cues(sentence: str, mode: str, status: str) -> None:
    assert is_trip_candidate(sentence)
    assert trip_mode(sentence) == mode
    assert event_status(sentence) == status


def test_meeting_cues() -> None:
    assert is_meeting_candidate("He also met with Canadian Prime Minister Justin Trudeau.")
    assert meeting_format("They held talks by video teleconference on March 4.") == "video"
    assert meeting_format("The two leaders spoke by phone.") == "phone"
    assert not is_meeting_candidate("Prices rose by three percent.")
    assert not is_trip_candidate("Prices rose by three percent.")


def _span(start: int) -> Span:
    return Span(start=start, end=start + 5, text="xxxxx")


def _trip(names: list[str], codes: list[str], start: int, mode: str = "in_person", status: str = "planned") -> Trip:
    return Trip(
        travellers=[Entity(name=n, kind="person") for n in names],
        destinations=[Place(name=c, country_code=c) for c in codes],
        mode=mode,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        evidence=[_span(start)],
    )


def test_same_trip_twice_is_one_with_both_spans() -> None:
    merged = merge_trips([_trip(["A B", "C D"], ["JP", "KR"], 0), _trip(["A B"], ["JP"], 100)])
    assert len(merged) == 1
    assert [s.start for s in merged[0].evidence] == [0, 100]
    assert {e.name for e in merged[0].travellers} == {"A B", "C D"}


def test_different_trips_stay_apart() -> None:
    merged = merge_trips([
        _trip(["A B"], ["JP"], 0),
        _trip(["A B"], ["MX"], 100, mode="virtual", status="completed"),
        _trip(["X Y"], ["JP"], 200),
    ])
    assert len(merged) == 3


def test_two_towns_of_one_country_are_two_legs_and_the_country_and_a_town_one_trip() -> None:
    def trip(place: str, start: int) -> Trip:
        return Trip(travellers=[Entity(name="A B", kind="person")], destinations=[Place(name=place, country_code="JP")],
                    status="completed", evidence=[_span(start)])

    # "arrived in Tokyo" ... "went on to Osaka": one record per town the journey reaches
    assert len(merge_trips([trip("Tokyo", 0), trip("Osaka", 100)])) == 2
    # "a visit to Japan" ... "arrived in Tokyo", "Tokyo" ... "Tokyo": one journey told twice
    assert len(merge_trips([trip("Japan", 0), trip("Tokyo", 100)])) == 1
    assert len(merge_trips([trip("The Hague", 0), trip("the Hague", 100)])) == 1


def test_legs_to_two_named_towns_told_side_by_side_stay_two_and_a_described_place_goes_on_with_the_last() -> None:
    def trip(place: str, start: int, code: str = "JP") -> Trip:
        return Trip(travellers=[Entity(name="A B", kind="person")], destinations=[Place(name=place, country_code=code)],
                    mode="in_person", status="planned", evidence=[_span(start)])

    # "head to Kyoto for talks", then "The final leg takes the delegation to Tokyo": two legs, in the same way
    assert len(merge_trips([trip("Kyoto", 0), trip("Tokyo", 6)])) == 2
    assert len(merge_trips([trip("Paris", 0, "FR"), trip("Berlin", 6, "DE")])) == 2
    assert len(merge_trips([trip("Shanghai", 0, "CN"), trip("Hong Kong", 6, "HK")])) == 2
    # "flew to Tacloban", then "She toured evacuation centres in the city": the city is Tacloban
    assert len(merge_trips([trip("Tacloban", 0, "PH"), trip("the city", 6, "PH")])) == 1


def test_consecutive_sentences_of_one_virtual_tour_merge() -> None:
    a = _trip(["A B"], ["MX"], 0, mode="virtual", status="completed")
    b = _trip(["A B"], ["US"], 6, mode="virtual", status="completed")
    assert len(merge_trips([a, b])) == 1


def test_meetings_merge_on_participants_and_dates() -> None:
    def meeting(names: list[str], start: int, value: str | None = None) -> Meeting:
        when = DateRef(text="x", value=value, precision="day") if value else None
        return Meeting(participants=[Entity(name=n) for n in names], when=when, evidence=[_span(start)])

    same = merge_meetings([meeting(["US", "Japan"], 0, "2021-03-04"), meeting(["Japan", "US"], 50)])
    assert len(same) == 1 and len(same[0].evidence) == 2
    apart = merge_meetings([meeting(["US", "Japan"], 0, "2021-03-04"), meeting(["US", "Japan"], 50, "2021-05-01")])
    assert len(apart) == 2


def test_a_meal_or_a_news_conference_after_talks_is_a_meeting_of_its_own() -> None:
    def meeting(text: str, start: int) -> Meeting:
        return Meeting(participants=[Entity(name="Ana Ruiz"), Entity(name="Omar Haddad")],
                       evidence=[Span(start=start, end=start + len(text), text=text)])

    talks = meeting("Ruiz and Haddad held two hours of talks at the palace.", 0)
    lunch = meeting("After the talks, the pair sat down to lunch with business leaders.", 60)
    press = meeting("Speaking alongside Haddad at a joint news conference afterwards, Ruiz said the deal was close.", 140)
    again = meeting("The talks between Ruiz and Haddad covered trade.", 60)
    assert len(merge_meetings([talks, lunch, press])) == 3
    assert len(merge_meetings([talks, again])) == 1  # the same talks told again


def test_travellers_and_places_must_stand_near_a_travel_word() -> None:
    from summarizer.text.cues import near_travel_word

    s = "Blinken and Austin plan to visit Japan this month."
    assert near_travel_word(s, "Austin") and near_travel_word(s, "Japan")
    far = ("Vincent Cochetel, UNHCR director for Europe, also called on Greece earlier this month to take charge "
           "of the total chaos on the islands, where thousands of migrants arrived by sea.")
    assert not near_travel_word(far, "Cochetel")
    assert not near_travel_word(s, "Paris")


def test_indirect_speech_is_read_from_the_sentence(seed_text: str) -> None:
    from summarizer.text.attribution import find_attributions
    from summarizer.text.quotes import find_quotes
    from summarizer.text.sentences import split_sentences

    quoted = sorted((p.start, p.end) for q in find_quotes(seed_text) for p in q.parts)
    found = [
        (a.source, seed_text[a.start : a.end]) for s in split_sentences(seed_text) for a in find_attributions(s, quoted)
    ]
    assert ("State department spokesman Ned Price", "he was not able to confirm the trip reports") in found
    assert ("South Korea’s Yonhap news agency", "the officials would visit Seoul for two days from March 17") in found
    assert ("the Kyodo news agency", "Last month, Blinken hinted at an imminent Japan trip") in found
    # A content that is only a quotation is a direct quote: its words are the quotation's, marks included.
    assert not any(text.startswith("These discussions") for _, text in found)
