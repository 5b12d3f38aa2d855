"""A demonstration is no meeting, and a contact verb whose object is a matter is no contact: the meeting gate
reads both from the grammar and the words' classes (text/senses.py)."""

from __future__ import annotations

import pytest

from summarizer.text.events import is_meeting_candidate


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of protesters gathered at a rally outside the parliament in Tallinn.",
        "A student holds a placard during a rally in support of the jailed editor, in Quito, May 3, 2019.",
        "Campaigners have announced a protest march from the market place to the civic centre.",
        "Several hundred people attended the demonstration against the new mining law.",
        "In Leeds, nurses held up signs at one of nine rallies across the country.",
        "Supporters of the opposition leader rallied outside the courthouse for a second day.",
        "The city will allow her supporters to rally in a park across the river.",
        "Dozens were arrested for taking part in protests or spreading rumours.",
        "Organizers of the Farmers' March on Ottawa had planned a short rally at the war memorial.",
    ],
)
def test_a_demonstration_is_no_meeting(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a campaign rally: the candidate meets the crowd
        "Senator Ruth Okafor speaks during a rally at the county fairground in Dayton.",
        "Okafor told a rally in Dayton that she would win the state.",
        # a contact verb in a sentence about a protest still tells of a meeting
        "City officials have met with protest groups and expect the march to be peaceful.",
        # a march in March is no demonstration
        "Prime Minister Ida Lund met President Omar Haddad in March on a visit to Oslo.",
        # the press met in person; a day after the verb is no object
        "Rebel spokesman Ivo Marek meets with journalists in Kharkiv, June 2, 2015.",
        "NATO ambassadors met Sunday in Brussels to discuss the crisis.",
    ],
)
def test_a_meeting_beside_the_words_of_a_demonstration_stays_one(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a matter addressed, spoken to or welcomed, not a person
        "The ministry praised efforts to address grievances of residents of the valley.",
        "Foreign Minister Ana Ruiz also spoke to Moldova's support of the plan.",
        "An opposition alliance, the Civic Front, welcomed the court's decision.",
        # 'host' as a trade or a modifier
        "Brandt, a former radio talk show host, complained about the ad.",
        # a meeting noun as a clause of time, a duration or a means
        "More than 300 people have died since U.N.-brokered peace talks stalled last month.",
        "After months of secret negotiations, the two governments announced the deal.",
        "She praised the plan to settle the dispute through negotiations.",
        "Ships will not dock in the port until after a G20 summit this month in the town.",
    ],
)
def test_a_contact_word_in_another_sense_is_no_meeting(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # how a thing is received, not a meeting
        "The new rules are meeting with the approval of most lawmakers, including Senator Ida Vale.",
        "The plan met with fierce resistance from the unions.",
        # a body named for its gatherings
        "Ohio will join them next year, the National Conference of State Legislatures reports.",
        # 'host' as a noun, or sheltering people
        "He was a generous Sami host - and I was now his guest.",
        "Chad has been hosting refugees from the war for more than a decade.",
        "Most of the refugees Jordan has been hosting live in camps.",
        # a city receiving an event
        "Tartu Welcomes First Presidential Debate",
    ],
)
def test_a_meeting_word_in_a_sense_of_reception_or_shelter_is_no_meeting(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Lund met with Ivan Petrov on Friday.", "Sato hosted Prime Minister Ana Ruiz at the palace.",
     "She will host a summit of Baltic leaders in May.", "The Geneva Conference on Disarmament opened on Monday."],
)
def test_meeting_words_beside_those_senses_stay_candidates(sentence: str) -> None:
    assert is_meeting_candidate(sentence)
