"""Who a meeting joins when the model's yes names fewer than two, who travels, and what the gates let through:
the subject of a later meeting word when the first is a word of the subject's own title, the person a possessive
stands for, one named party meeting a side the sentence only describes, a name whose particles ("van der", "de la")
keep it one name, a source whose own relative clause travels; a conversation, an opening, turning up at an
occasion, a match's official met; haste back home, driving down from a place, a team sent, a
journey scheduled in the perfect ('had been due to fly to'); a gathering called off by its noun; people described as
the subject of meeting; an adverb of path, going with someone, leaving one place for another. Every
sentence is made up; each end-to-end case talks to a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import completion
from test_event_senses_more import _answered as _summary

from summarizer.extract.meeting_sides import (
    described_object,
    described_subject,
    gathering_called_off,
)
from summarizer.extract.trip_records import stated_trip
from summarizer.text.entities import EntityIndex
from summarizer.text.events import (
    COLLECTIVE,
    TRAVEL_CUE,
    cue_matches,
    is_meeting_candidate,
    is_trip_candidate,
)
from summarizer.text.movement import names_a_person
from summarizer.text.occasions import CEREMONY
from summarizer.text.surnames import stands_alone


def _meetings(tmp_path: Path, article: str, replies: list[dict[str, object]]) -> list[list[str]]:
    return [[p.name for p in m.participants] for m in _summary(tmp_path, article, replies, ("meetings",)).meetings]


@pytest.mark.parametrize(
    ("name", "person"),
    [("Van der Merwe-Jacobs", True), ("Pieter van der Hoek", True), ("Maria de la Cruz", True),
     ("Al Smith", True), ("Syrians", False), ("Thousands", False)],
)
def test_a_name_with_particles_names_a_person(name: str, person: bool) -> None:
    assert names_a_person(name) is person


def test_the_index_holds_a_name_with_two_particles() -> None:
    index = EntityIndex("Anneke van der Berg flew to Cape Town on Monday. Van der Berg said the talks went well.")
    assert "Anneke van der Berg" in index.people.values()


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("He spoke to the players by video link from Leeds on Sunday.", True),
        ("The envoy, Tomas Berg, was summoned to the foreign ministry on Monday.", True),
        ("Lena Okafor met with the hospital's night staff on Friday.", True),
        ("Lena Okafor met the president on Monday.", False),  # a title: its holder, resolved by name
        ("Lena Okafor met on Monday.", False),  # no object
        ("Lena Okafor met on Monday with union officials.", True),  # a time between the word and its side
        ("Lena Okafor held talks with Chinese trade officials in Beijing.", True),  # a plural, no determiner
        ("Lena Okafor met with the ministers.", True),  # a title's plural is people of a kind, not one to resolve
        ("Lena Okafor held talks on Monday with Ruiz.", False),  # a name: the index's, not a described side
        ("Lena Okafor told reporters on Monday that talks would resume.", False),  # the press is no side
        ("Lena Okafor discusses the meaning of the reform on a radio show.", False),  # a topic, not a side
        ("Crowds in Lagos welcomed his election on Sunday.", False),  # a thing welcomed
        ("Protests greeted a decree signed by Governor Ade Bello.", False),
        # a means or a longer time between, the gathering's noun after the word, a number of them, a relation
        ("Lena Okafor chaired a conference call late that evening with lenders in Leeds.", True),
        ("Admiral Ruth Frisk conferred by radio with his Chilean counterpart.", True),
        ("Lena Okafor met some 30 growers at the depot.", True),
        ("Lena Okafor met her match in the final.", False),
    ],
)
def test_a_side_the_sentence_only_describes(sentence: str, described: bool) -> None:
    assert described_object(sentence) is described


@pytest.mark.parametrize(
    ("article", "person"),
    [
        ("Coach Ines Barros spoke to the players by video link from Porto on Sunday before they flew home.",
         "Ines Barros"),  # a described object
        ("Ahead of the regatta the oarsmen met Governor Pell Amsker in her study on Friday.", "Pell Amsker"),  # subject
    ],
)
def test_one_party_meeting_a_described_side_is_a_meeting(tmp_path: Path, article: str, person: str) -> None:
    replies = [completion(json.dumps({"met": True, "who": [person], "about": []}))]
    assert _meetings(tmp_path, article, replies) == [[person]]


@pytest.mark.parametrize(
    ("article", "subject"),
    [
        # 'negotiator' comes before the name: the conference's subject is the person named before a later word
        (("The union's chief negotiator, Joris Aerts, who had travelled to Lyon last week for a conference of rail "
         "unions, said the offer was too low."), "Joris Aerts"),
        # a possessive opening the meeting phrase stands for the person before
        (("Health minister Carla Nunes toured the burned depot on Tuesday. Her planned briefing with fire "
         "investigators at the site on Wednesday was called off."), "Carla Nunes"),
        # a name with its particles ("Van der") is one name the index holds
        (("Van der Merwe-Jacobs flew home on Wednesday after cutting short a stay in Antwerp, where he had been due "
         "to address a shipping conference on Friday."), "Van der Merwe-Jacobs"),
        # a family name written first
        (("Park Ji-hoon, the battery maker's chairman, toured plants in Spain this week. A planned stop in Lisbon, "
         "where Park had been scheduled to meet economy ministry officials, was called off last week."), "Park Ji-hoon"),
        # a title with its nation
        ("The Laotian leader is expected to go on to Manila on Friday for a state banquet, before heading home.",
         "Laotian leader"),
    ],
)
def test_a_yes_that_names_nobody_joins_the_gatherings_subject(tmp_path: Path, article: str, subject: str) -> None:
    replies = [completion(json.dumps({"met": True, "who": [], "about": []}))]
    assert _meetings(tmp_path, article, replies) == [[subject]]


def test_a_source_whose_relative_clause_travels_is_the_traveller(tmp_path: Path) -> None:
    """'told the council that help had taken hours to arrive': the source of the report is also the one who, in
    her own relative clause, rushed back; she is no mere reporter of the movement."""
    article = ("Mayor Ines Vale, who rushed back to Porto from a summit in Madrid on Saturday night as the floods "
               "rose, told the council that help had taken hours to arrive.")
    replies = [completion(json.dumps({"trip": True, "who": ["Ines Vale"], "to": ["Porto"]}))]
    summary = _summary(tmp_path, article, replies, ("trips",))
    assert [([t.name for t in trip.travellers], [d.name for d in trip.destinations]) for trip in summary.trips] == [
        (["Ines Vale"], ["Porto"])]


@pytest.mark.parametrize(
    ("sentence", "travel"),
    [("Ines Vale rushed back to Porto on Saturday.", True), ("The mayor hurried home from Madrid.", True),
     ("Critics rushed to judgment on Saturday.", False), ("It is a race to the bottom, Vale said.", False)],
)
def test_haste_back_or_home_is_travel(sentence: str, travel: bool) -> None:
    assert bool(cue_matches(TRAVEL_CUE, sentence)) is travel


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("Later the two clubs' delegations met the league's match commissioner, Ole Brandt.", True),
        ("The champions finally met their match in Turin.", False),  # an idiom, no one met
        ("Elders were invited to the station for a frank conversation with senior officers.", True),
        ("The duchess is due to open a new harbour pavilion in Nelson on Friday.", True),
        ("She will open the town's new maritime museum next week.", True),
        ("The governor inaugurated the new river bridge on Monday.", True),
        ("Two rival candidates showed up at the fundraising event on Sunday.", True),
        ("Velt Motors opened a new factory in Graz.", False),  # a business's own site, no occasion
        ("Police opened fire on the crowd.", False),
        ("Prosecutors opened an investigation into the deal.", False),
        ("Mayor Ruiz embraced Ana Lopez at the airport.", True),
        ("The minister held a videoconference with her Greek counterpart.", True),
        ("Ruiz consulted Lopez on the plan before the vote.", True),
        ("Ruiz was interviewed by detectives on Tuesday.", True),
        ("Norway mediated between the two sides.", True),
        ("Ruiz campaigned in Ohio on Monday with Senator Lopez.", True),
        ("Ruiz embraced the idea of a ceasefire.", False),
        ("Ruiz consulted the manual.", False),
    ],
)
def test_contact_and_occasions_the_gate_lets_through(sentence: str, candidate: bool) -> None:
    assert is_meeting_candidate(sentence) is candidate


@pytest.mark.parametrize(
    ("sentence", "travel"),
    [
        ("Lindqvist, 61, drove down from Fresno for the hearing.", True),
        ("Ministers agreed to send a team of water engineers to the dam site next month.", True),
        ("Flight prices rose again in May.", False),
        ("He drove up prices.", False),
        ("They sent a letter to the minister.", False),
        # an adverb of path, going with someone, leaving one place for another, a place by its kind
        ("Deputy Ola Frisk was set to accompany her boss to Quito but stayed home.", True),
        ("He will fly east to Tarawa on Monday.", True),
        ("She was flown directly into Juba.", True),
        ("The envoy leaves Lusaka tomorrow for Harare.", True),
        ("The riders will cross from Calais to Dover by night ferry.", True),
        ("Ines Carrow was in the old mill town of Paisley in spring to open a depot.", True),
        ("The team hopes to reach the Vatnajokull Glacier by June.", True),
        ("He is leading a party of surveyors to Greenland.", True),
        ("He went straight to the point.", False),
        ("She leaves Smith in charge for the week.", False),
    ],
)
def test_ways_of_travelling_the_gate_lets_through(sentence: str, travel: bool) -> None:
    assert is_trip_candidate(sentence) is travel


def test_a_gathering_opened_is_no_ceremony_of_its_own() -> None:
    """'opened the conference': the conference is the gathering, told by its own noun; no opening ceremony besides."""
    assert re.search(CEREMONY, "The secretary-general opened the conference by warning of drought.", re.IGNORECASE) is None
    assert re.search(CEREMONY, "The governor opened the new county hospital on Monday.", re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("sentence", "trip"),
    [
        ("Okonkwo-Bello, who had been due to fly to Nairobi this week, has called off the trip, her office said.",
         (["Okonkwo-Bello"], ["Nairobi"])),
        ("The minister has been expected to visit Lima for weeks.", (["The minister"], ["Lima"])),
    ],
)
def test_a_journey_scheduled_in_the_perfect_is_stated(sentence: str, trip: tuple[list[str], list[str]]) -> None:
    stated = stated_trip(sentence)
    assert stated is not None and (stated.travellers, stated.destinations) == trip


def test_a_word_of_a_title_is_no_family_name() -> None:
    text = "House Democrat Minority Whip Sam Ortiz told reporters"
    assert not stands_alone(text, text.index("Democrat"), text.index("Democrat") + 8)
    text = "A planned stop in Lisbon, where Park had been scheduled to "
    assert stands_alone(text, text.index("Park"), text.index("Park") + 4)
    text = "A planned stop in Lisbon, where Chairman Park had been scheduled to "
    assert stands_alone(text, text.index("Park"), text.index("Park") + 4)  # a title before a name is no part of it


def test_a_traveller_written_as_a_pronoun_is_whom_it_stands_for(tmp_path: Path) -> None:
    """The model says no; the wording states the journey with 'she' as its subject, not opening the sentence."""
    article = ("Wanjiru Kamau, the deputy governor, spent three days at the flooded camps in Garissa. "
               "Officials said she would fly back to Nairobi on Friday.")
    replies = [completion(json.dumps({"trip": False, "who": [], "to": []}))]
    summary = _summary(tmp_path, article, replies, ("trips",))
    assert [([t.name for t in trip.travellers], [d.name for d in trip.destinations]) for trip in summary.trips] == [
        (["Wanjiru Kamau"], ["Nairobi"])]


def test_a_contacts_pronoun_is_the_person_named_before_it(tmp_path: Path) -> None:
    """'she' of the stated contact is the person the sentence names before it, not one of the sentences before."""
    article = ("Mayor Ida Brandt opened the new ferry terminal on Monday. "
               "Council leader Sofia Lindholm said she would sit down with the port's owner, Erik Vang, on Friday.")
    replies = [completion(json.dumps({"met": False, "who": [], "about": []})),
               completion(json.dumps({"met": False, "who": [], "about": []}))]
    assert sorted(_meetings(tmp_path, article, replies)[-1]) == ["Erik Vang", "Sofia Lindholm"]


@pytest.mark.parametrize(
    ("sentence", "called_off"),
    [
        ("A news conference she had been due to give at the museum on Friday was cancelled, the agency said.", True),
        ("A town-hall forum at which Ruiz was to take questions has been called off on police advice.", True),
        ("The second debate between the pair, which had been set for Leeds, was scrapped last week.", True),
        ("A news conference she gave at the museum on Friday ran for an hour.", False),  # held
        ("Ruiz cancelled the news conference on Friday.", False),  # the noun an object, not the subject
        ("The summit, which was postponed twice, opened in Accra on Monday.", False),  # a relative clause's predicate
    ],
)
def test_a_gathering_called_off_by_its_noun(sentence: str, called_off: bool) -> None:
    assert (gathering_called_off(sentence) is not None) is called_off


@pytest.mark.parametrize(
    ("article", "people"),
    [
        (("Dr Nadia Brook returned from the ice shelf on Tuesday. A news conference she had been due to give at the "
         "museum on Friday was cancelled after she fell ill, the agency said."), ["Nadia Brook"]),
        (("A town-hall forum at which Tomas Ruiz was to take questions from residents has been called off on police "
         "advice, district chief Ama Owusu said."), ["Tomas Ruiz"]),  # not the one who reports it
        # an occasion by its noun, with who was to hold, lead or address it
        ("A supper that Mayor Ines Varga was to host on Friday has been cancelled.", ["Ines Varga"]),
        ("A breakfast at which Ines Varga was due to address investors was scrapped.", ["Ines Varga"]),
        ("The memorial service Ivo Pratt was to lead on Sunday has been called off.", ["Ivo Pratt"]),
        ("An investor day that Ines Varga had scheduled for May has been postponed, the company said.", ["Ines Varga"]),
    ],
)
def test_a_gathering_called_off_is_a_cancelled_meeting_of_those_it_names(
    tmp_path: Path, article: str, people: list[str]
) -> None:
    """The model says no; the sentence calls off a gathering by its noun: a cancelled meeting of its people."""
    replies = [completion(json.dumps({"met": False, "who": [], "about": []}))]
    meetings = _summary(tmp_path, article, replies, ("meetings",)).meetings
    assert [([p.name for p in m.participants], m.status) for m in meetings] == [(people, "cancelled")]


@pytest.mark.parametrize(
    ("sentence", "described"),
    [
        ("Ahead of the regatta the oarsmen met Governor Pell Amsker in her study.", True),
        ("Chilean and Peruvian surveyors conferred at Arica.", True),
        ("Economists from the central bank will meet Ruiz on Friday.", True),
        ("At the depot the choir will meet tutors from the conservatory.", True),
        ("The reporters met the minister.", False),  # the press is no side
        ("The company met its targets.", False),  # an organisation by its name for itself, not people
        ("Peters met Ruiz.", False),  # a name, not a plural
    ],
)
def test_people_described_as_the_subject_of_meeting(sentence: str, described: bool) -> None:
    assert described_subject(sentence) is described



@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Anja Petrusk was afterwards received at Varnhold Lodge by Chancellor Otto Ombry.",
        "The choir is to be welcomed at the old customs house on 9 July by its mayor, Ines Carrow.",
        "Admiral Ruth Frisk conferred by radio with his Chilean counterpart.",
        "Brigadier Ola Tarrent will address the garrison during a drill.",  # a company of people addressed
        "The abbess, Mother Ines Carrow, will address the provincial chapter.",
        "A flag-handover ceremony with the premier is set for next month.",  # an occasion by its noun
        # going through work with someone, and going between two sides
        "She will go over the budget with Mr Deng on Friday.",
        "Ruiz reviewed the harbour plans with Varga.",
        "The envoy spent Monday shuttling between the two camps.",
        # presenting to a body
        "Varga will present her budget to the council on Monday.",
        "She is set to present the findings to the Tula Research Council's scientific board next week.",
        # a gathering told with who led it, gathering with people, joining a service, sitting alongside, kin visited
        "They will attend a harvest liturgy in Vell led by Bishop Tarn.",
        "They met up with forty growers in a forum run by Mrs Ode.",
        "The growers gathered with the minister in Rell.",
        "The singers will join a web mass with village churches on the 9th.",
        "The chief prosecutor flew to Ravel, where she sat alongside local counsel.",
        "His niece will visit her uncle in custody on Friday.",
        "Pastor Doyle told churchgoers at a public forum in Ashby that the hall would close.",
    ],
)
def test_received_and_conferring_the_gate_lets_through(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


def test_a_matter_addressed_is_no_audience() -> None:
    assert not is_meeting_candidate("The plan would address the needs of debtors.")
    assert not is_meeting_candidate("She reviewed the figures with care.")  # a manner, not a person
    assert not is_meeting_candidate("Varga presented the award to the winner.")  # to a person, not a body
    assert not is_meeting_candidate("Prices gathered with momentum.")  # with a thing, not people


def test_a_gathering_with_someone_named_after_with_is_theirs(tmp_path: Path) -> None:
    """The model says no; the subject names no one, the gathering's 'with' does."""
    article = ("Dr Lena Marsh joined the research ship in March. On Friday, the project's funders will hold a video "
               "briefing with Marsh from the ship's bridge, the university said.")
    replies = [completion(json.dumps({"met": False, "who": [], "about": []}))]
    assert _meetings(tmp_path, article, replies) == [["Lena Marsh"]]


def test_an_abbreviation_does_not_end_the_phrase_of_a_gathering_called_off() -> None:
    sentence = ("A joint appearance with her opponent, incumbent Sen. Dale Hesketh, at the veterans' hall was scrapped "
                "last week.")
    assert gathering_called_off(sentence) is not None


def test_described_people_received_by_a_named_agent_meet_them(tmp_path: Path) -> None:
    """The model says no; the passive of receiving states the meeting, its agent named after 'by'."""
    article = "On landing, the exchange students will be greeted by the university's provost, Nils Borka."
    replies = [completion(json.dumps({"met": False, "who": [], "about": []}))]
    assert _meetings(tmp_path, article, replies) == [["Nils Borka"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The synod met in the cathedral on Saturday.",  # a body of more kinds
        "Corvan's audit panel will convene by phone on Monday.",  # the base form
        "The trust's council, chaired by Dr Pell Amsker, met at noon.",  # an aside between the body and its verb
        "Regional ministers are due to meet in Accra next week.",  # a schedule before the verb
    ],
)
def test_a_body_meeting_among_itself(sentence: str) -> None:
    assert COLLECTIVE.search(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "meeting", "travel"),
    [
        ("Orla Vennick will lecture at a charity breakfast in Drelby.", True, False),
        ("She flew to Tamsk to iron out the logistics with her counterpart, Otto Brell.", True, True),
        ("Holm heads to Quorra on Friday for one more round with the creditors.", True, True),
        ("The two candidates will confront one another on radio.", True, False),
        ("The barge cast off after a short ceremony at which the consul toasted the skipper.", True, False),
        ("Mira will press onward to Vask.", False, True),
        ("A column of trucks was wending its way to Garvo.", False, True),
        ("The Okoyes are walking from Dover to Wick.", False, True),
        ("Six nurses will follow them to Lund.", False, True),
        ("He walked to the podium.", False, False),  # no place named
    ],
)
def test_more_wordings_the_gates_let_through(sentence: str, meeting: bool, travel: bool) -> None:
    assert (is_meeting_candidate(sentence), is_trip_candidate(sentence)) == (meeting, travel)


@pytest.mark.parametrize(
    ("sentence", "traveller"),
    [
        ("Her deputy, former mayor Lia Formo, scrapped a trip to Pesk.", "Lia Formo"),  # the apposition's name
        ("The minister, Lia Formo, will fly to Pesk on Monday.", "Lia Formo"),
        ("The minister, who had been due in Pesk, cancelled a trip to Pesk.", "The minister"),  # no name in it
    ],
)
def test_a_described_subject_named_in_apposition_travels(sentence: str, traveller: str) -> None:
    trip = stated_trip(sentence)
    assert trip is not None and trip.travellers == [traveller]
