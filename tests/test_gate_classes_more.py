"""More classes of the gates, of the format and of the place come back from: working sessions held with someone,
hearing people out, presiding and co-chairing, two named talking together, reporting to a body; leading a company
on the move, sending people by what they do, a journey noun with its agent, travelling there, linking up somewhere;
a call in one clause and a meeting in another; a place returned from; a journey withdrawn from or that had to be
called off; the guest of a fixed event. Every example is made up."""

from __future__ import annotations

import pytest

from summarizer.extract.events import _stated_meeting
from summarizer.extract.trip_records import stated_trip
from summarizer.text.contact import stated_contact
from summarizer.text.cues import only_as_origin
from summarizer.text.events import MEETING_CUE, TRAVEL_CUE, is_meeting_candidate, is_trip_candidate
from summarizer.text.meeting_formats import meeting_format
from summarizer.text.modality import event_modality


@pytest.mark.parametrize(
    "sentence",
    [
        "The port chief will go on to Lunsby next week for a safety review with crane drivers from the Amel dock.",
        "The dean travels on to Harrow for a three-day exchange of ideas with ward managers from two hospitals.",
        "Councillor Bea Onu held an evening surgery with tenants of the Kestle estate.",
        "Inspector Ruan Tell will motor to Danby on Monday to hear the grievances of bus drivers.",
        "The bishop presided at a harvest service for 80 growers in Welby on Sunday.",
        "He is to co-chair the joint rivers commission with his Orlish counterpart, Ana Vey, in June.",
        "Teller and Omondi instead conferred over a video line for an hour.",
        "Dr Hale and Prof Lund privately talked for two hours at the institute.",
        "The prioress is to report on her journey to the general chapter at Holm Abbey on 3 May.",
    ],
)
def test_sessions_hearing_out_presiding_pairs_and_reports_to_a_body_are_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The patrol came under an exchange of fire with gunmen near the pass.",  # fire, not ideas
        "She reported to the police that her car had gone.",  # the police is no assembly
        "A review of the budget found waste.",  # a review with no partner
        "He presided over a fall in the currency.",  # an era, not a gathering
        "The exchange with reporters turned testy.",  # the press is no partner
    ],
)
def test_fire_a_crime_report_a_review_of_papers_and_an_era_are_not_asked(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Organiser Ines Roe, who was to lead a convoy from Marl to Ostend, turned back at the border.",
        "The Lark Trust has sent three nurses, Ama Boll and two colleagues, to Tarsk to run a clinic.",
        "The charity dispatched its flood engineers to Arvik on Friday.",
        # a company of people by its noun, a person by a title and a name
        "The club will send its under-21 squad to Lisbon next week.",
        "The government sent Foreign Minister Ana Ruiz to Oslo on Monday.",
        "Kenya will send its ambassador, Ali Omar, back to Juba.",
        "The scheme began with a fact-finding mission by Mayor Tom Reece to Groningen in May.",
        "She wrote about a synod in Pella in June; she is due to fly there in late May.",
        "The trainer, who lives in Cork, will link up with the squad in Galway for the final.",
    ],
)
def test_a_company_led_people_sent_an_agents_journey_there_and_linking_up_somewhere_are_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm sent its annual report to the Treasury.",  # a thing sent
        "We sent letters to every household.",  # things sent
        "The firm sent letters to Paris and documents to Rome.",
        "They met up with old friends over coffee.",  # no place
    ],
)
def test_a_motion_letters_and_coffee_with_friends_are_not_asked_as_trips(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


def test_a_call_in_one_clause_does_not_make_the_meeting_of_another_a_call() -> None:
    both = "Ada Lund held in-person talks with Kel chairman Bo Reine on Monday, and the two firms talked again by phone on Friday."
    assert meeting_format(both) == "in_person"
    chaired = "Mayor Ivo Marr chaired a council session on Tuesday, and she phoned the Orlish consul that evening."
    assert meeting_format(chaired) == "unknown"
    # the call and what was said on it, a meeting only hoped for, one told again: still a call
    assert meeting_format("The two leaders held a video call on Friday; they discussed trade.") == "video"
    assert meeting_format("Ruiz phoned Ambo on Monday, and said a meeting might follow in May.") == "phone"
    assert meeting_format("Ruiz phoned Ambo on Monday, and the meeting ended with a pledge.") == "phone"
    assert meeting_format("The two leaders spoke by phone.") == "phone"


def test_a_place_come_back_from_is_where_the_journey_went() -> None:
    assert not only_as_origin("Her deputy, Ola Brann, came back on Friday from Tessel, where she sat in.", "Tessel")
    assert not only_as_origin("He returned on Monday from Vessary, where he sold bonds.", "Vessary")
    assert only_as_origin("He flew from Oslo to Rome.", "Oslo")
    assert only_as_origin("She left Oslo on Monday.", "Oslo")


def test_an_adverb_of_place_between_talks_and_their_partner() -> None:
    assert stated_contact("Minister Ola Brask is due to have talks there with President Ivo Lamm on fares.") == (
        "Minister Ola Brask",
        "President Ivo Lamm",
    )


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("Mayor Ada Voss pulled out of the trip to Lund on Friday.", "cancelled"),  # planned, then withdrawn from
        ("Elder Tom Brye withdrew from the retreat to Kessany after a fall.", "cancelled"),
        ("A planned voyage to Kessany had to be called off because of the storm.", "cancelled"),
        ("Troops withdrew from Lund to the coast.", "factual"),  # a movement from a place, no event withdrawn from
        ("Mayor Ada Voss withdrew from the race and flew to Lund.", "factual"),  # another clause's withdrawal
    ],
)
def test_a_journey_withdrawn_from_or_that_had_to_be_called_off_is_cancelled(sentence: str, mood: str) -> None:
    assert event_modality(sentence, TRAVEL_CUE) == mood


def test_a_journey_withdrawn_from_is_stated_with_its_traveller_and_a_days_journey_has_none() -> None:
    found = stated_trip("Mayor Ada Voss pulled out of the trip to Lund on Friday.")
    assert found is not None and found.travellers == ["Mayor Ada Voss"] and found.destinations == ["Lund"]
    assert stated_trip("Mayor Ada Voss withdrew from Friday's trip to Lund.") is None  # 'Friday' is no traveller


def test_the_guest_of_a_fixed_event_is_not_a_hypothesis_but_an_invitation_to_do_something_is() -> None:
    assert event_modality("Ruiz was invited to the summit in Lund on Friday.", MEETING_CUE) == "factual"
    assert event_modality("Residents are invited to an open briefing at the hall on 2 May.", MEETING_CUE) == "factual"
    assert event_modality("Ruiz may be invited to the summit in Lund.", MEETING_CUE) == "hypothetical"
    assert event_modality("Lund invited Ruiz to hold talks in Oslo.", MEETING_CUE) == "hypothetical"
    assert event_modality("Lund invited Ruiz to visit Oslo next year.", TRAVEL_CUE) == "hypothetical"
    assert event_modality("Ruiz pulled out of the summit in Lund.", MEETING_CUE) == "negated"  # it goes on without him
    assert event_modality("Ruiz boycotted the summit in Lund.", MEETING_CUE) == "negated"


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill said it had given an online briefing to harbour board officials in June.",  # 'given', the participle
        "Dr Pesk presented his survey to the parish council in a closed sitting on Monday.",  # one before a body
    ],
)
def test_a_briefing_given_and_findings_presented_to_a_body_are_stated_when_the_model_says_no(sentence: str) -> None:
    assert _stated_meeting(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz rang Prime Minister Ana Vell on Monday.",  # Contacting
        "Ruiz got on the phone with Ana Vell on Monday.",
        "Ruiz had a quick word with Ana Vell before the vote.",
        "Ruiz entertained Ana Vell at his residence.",  # Social_event, hosting
        "Ruiz threw a dinner for the visiting crew.",
        "Ruiz was the guest of Mayor Ana Vell on Monday.",
        "Ruiz caught up with Ana Vell in the lobby.",
        "Ruiz deliberated with the panel for hours.",  # Discussion, Questioning
        "The committee quizzed Ana Vell on the budget.",
        "Ruiz faced questions from MPs on Monday.",
        "Ruiz summoned the Orlish ambassador on Monday.",  # diplomatic contact
        "Ruiz paid his respects to the king.",
        "Ruiz joined Ana Vell for a walk along the river.",  # going along with someone
        "Ruiz toured the plant with Ana Vell.",
        "The judge swore in the new cabinet.",  # ceremonies of office
        "Ruiz presented medals to the veterans.",
        "Ruiz addressed a packed hall in Lund.",
    ],
)
def test_frames_of_contacting_hosting_discussion_and_ceremony_are_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bell rang at noon.",
        "She questioned the wisdom of the plan.",
        "They got together the money for a new roof.",
        "He took the stand that the war was wrong.",
        "The show entertained millions.",
        "Rattled Europe Debates How Best to Approach the Deal",  # a Title Case headline's verb
        "He stirred the race by questioning Mr. Cruz's eligibility.",  # a thing of someone's questioned
    ],
)
def test_a_bell_a_doubt_money_raised_a_position_and_a_show_are_not_meetings(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz breezed into Lund on Monday.",  # Arriving
        "Ruiz showed up in Lund on Monday.",
        "Ruiz set foot in Mali for the first time.",
        "The ferry called at Holmspar on its way north.",  # by vessel
        "The crew came ashore at Dover.",
        "Ruiz was in transit to Doha.",  # on the way, through, a while
        "Ruiz stopped off in Rome.",
        "Ruiz stayed in Bergen for two nights.",
        "Ruiz swung through Ohio on Monday.",
        "Ruiz is off to Lund on Monday.",  # leaving, taking a company along
        "The coach took the squad to Lund.",
    ],
)
def test_frames_of_arriving_passing_through_staying_and_leaving_are_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He took his case to Strasbourg.",  # a case, not a company
        "She got to know the city well.",
        "Investors are off to a good start.",
        "Ruiz stayed in Bergen.",  # staying put, no stay of some nights
    ],
)
def test_a_case_taken_a_city_known_a_start_and_staying_put_are_not_trips(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmer Ivo Lamm is in Tessby to take part in a ten-day convocation of hill growers.",  # any assembly noun
        "At a public assembly in the old market, the councillors faced some two hundred stallholders.",
        "Staff fly to Orvik in May for the network's first steering panel, co-chaired by both academies.",
        "Captain Ada Kern told a farewell supper for the crew that morale was high.",  # an occasion told something
        "In Marl he addressed a village indaba under the trees.",
        "Students presented their work to curators at a round-table in the library.",  # compounds, any spelling
        "The museum held a videoconference linking its restorers to curators in Orvik.",
        "The cadets attended a regimental Mass said by Canon Piers Allam.",  # one service, not churchgoing
        "Ulla Brisk, 91, was visited at her home by a veterans' party.",  # Visiting, passive
        "The archivist hoped to go to Orvik to take depositions from former mill hands.",  # Questioning
        "Members then put questions to the head groom.",
        "Monday's session between the developers and the allotment holders was postponed.",
        "After the tour, the choir reports back to supporters at a garden fete.",
        "Over lunch at the harbour office, the two boards signed a dredging contract.",
    ],
)
def test_assemblies_occasions_compounds_visits_questions_and_meals_together_are_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She attends church every Sunday.",  # a habit
        "He addressed the issue in Parliament.",
        "The firm faced three lawsuits.",
        "He put questions to reporters.",  # the press
        "Prices rose over the summer.",
    ],
)
def test_churchgoing_an_issue_lawsuits_the_press_and_a_season_are_not_asked(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["On 9 May the mayor met Ruiz in Lund.", "In May the mayor met Ruiz in Lund.", "On 3rd May he flew to Lund."],
)
def test_the_month_may_is_no_modal(sentence: str) -> None:
    cue = TRAVEL_CUE if "flew" in sentence else MEETING_CUE
    assert event_modality(sentence, cue) == "factual"
    assert event_modality("In May, the mayor could meet Ruiz.", MEETING_CUE) == "hypothetical"  # the modal still is
    assert event_modality("The mayor may meet Ruiz.", MEETING_CUE) == "hypothetical"


def test_one_who_was_somewhere_for_an_event_travelled_there_when_the_model_says_no() -> None:
    found = stated_trip("Ilse Rand, who was in Oslo on Monday for a culture forum, said in a note that grants were safe.")
    assert found is not None and found.travellers == ["Ilse Rand"] and found.destinations == ["Oslo"]
    assert stated_trip("Ilse Rand, who was in Oslo, said grants were safe.") is None  # no event she was there for


@pytest.mark.parametrize(
    "sentence",
    [
        "They were back in Morrow by Thursday night.",
        "Some 80 choristers streamed into Oddby at the weekend for a festival.",
        "A third stop, in Kelloway, was struck off in May after the venue closed, the manager said.",
    ],
)
def test_being_back_somewhere_a_crowd_streaming_in_and_a_numbered_stop_are_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence", ["Prices were back in line by May.", "The bill is back in committee.", "Water poured into the basement."]
)
def test_things_back_in_place_and_water_pouring_in_are_not_asked(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Quell was accompanied on the walk-round by the harbour board's chief pilot, Edvin Sarr.",
        "Provost Dagny Holm goes soon with two aldermen to lobby the water commissioner face to face.",
        "Brask was shown the new sluice gates by the lock keeper, Captain Tove Lunne.",
        "Tomorrow she is to drop in on the prefect and walk the flood plain with him.",
        "The allotment holders walked to the council offices, where they gave a letter of protest to the town clerk.",
        "Afterwards she addressed roughly 150 nurses and porters at a ward opening.",
        "Bishop Arno Veld and Mayor Sigrun Pell then held a short audience in the chapter house.",
        "A trade delegation led by Vice-Minister Oskar Brimm is in Velden this week for the third review round.",
    ],
)
def test_accompanied_shown_lobbied_dropped_in_on_handed_a_letter_addressed_counted_and_sittings_are_asked(
    sentence: str,
) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The lobby of the hotel was shown on television by the broadcaster.",
        "She gave the report a second reading.",
        "The survey team was accompanied by bad weather.",
    ],
)
def test_things_shown_given_and_accompanied_without_a_person_are_not_asked(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey party of nine has been in Kelmar since Monday mapping the dunes.",
        "Thirty botany students are away on a field week in the Skarn Hills.",
        "A recital in Lindholm, first planned as the third stop, was scrapped in March.",
        "Club president Aksel Sande will follow on Monday with two trustees.",
    ],
)
def test_a_stay_since_being_away_a_numbered_stop_and_following_on_are_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)
