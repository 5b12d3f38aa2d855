"""Meetings the wording tells in the many ways news writes them: with a right answer from the model, the rules
keep each one, with its parties and status. Every sentence is made up; the model is scripted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.schemas import Meeting

INTRO = "Japanese Prime Minister Kenji Sato spoke on Monday. U.S. Secretary of State Ann Lund spoke too. "

# (sentence, the parties a right answer gives, the parties the record has, its status)
CASES = [
    ("Sato met Lund in Tokyo on Tuesday.", ["Sato", "Lund"], ["Kenji Sato", "Ann Lund"], "completed"),
    ("Lund held talks with Chinese Foreign Minister Wei Tang in Beijing on Friday.", ["Lund", "Wei Tang"],
     ["Ann Lund", "Wei Tang"], "completed"),
    ("NATO defense ministers met in Brussels on Thursday.", ["NATO defense ministers"], ["NATO defense ministers"],
     "completed"),
    ("Lund attended the G20 summit in Rome.", ["Lund"], ["Ann Lund"], "completed"),
    ("Lund is expected to meet Ivan Petrov on the sidelines of the summit.", ["Lund", "Ivan Petrov"],
     ["Ann Lund", "Ivan Petrov"], "planned"),
    ("After meeting Sato, Lund told reporters the talks had been productive.", ["Lund", "Sato"],
     ["Ann Lund", "Kenji Sato"], "completed"),
    # one named party meeting people of a population, as at a gathering
    ("The president met with the families of the victims on Friday.", ["The president", "the families"],
     ["president"], "completed"),
    ("Pope Francis greeted thousands of pilgrims in St. Peter's Square.", ["Pope Francis", "pilgrims"],
     ["Francis"], "completed"),
    # people named by what they do (agent nouns) are a population too
    ("Lund is expected to fly to Denver in May to meet small business owners.", ["Lund", "small business owners"],
     ["Ann Lund"], "planned"),
    ("Lund took part in talks with union leaders on Friday.", ["Lund", "union leaders"], ["Ann Lund", "union leaders"],
     "completed"),
    # a group of such people, lobbied: the group is a population, not a named side
    ("Lund lobbied a cross-party group of MPs at Westminster on Friday.", ["Lund"], ["Ann Lund"], "completed"),
    # a delegation of such people, received
    ("Lund received a delegation of shop owners at City Hall on Wednesday.", ["Lund", "City Hall"], ["Ann Lund"],
     "completed"),
    # several of one kind gathering, or holding a gathering, among themselves
    ("Staff officers from both armies held a video conference on Friday.", ["staff officers from both armies"],
     ["Staff officers from both armies"], "completed"),
    ("Delegates from 40 countries gathered in Bonn on Monday for climate talks.", ["delegates from 40 countries"],
     ["Delegates from 40 countries"], "completed"),  # a group as the sentence writes it
    ("Leaders of the Group of Seven are due to hold a virtual summit on Tuesday.", ["Leaders of the Group of Seven"],
     ["Leaders of the Group of Seven"], "planned"),
    # a country as the subject of contact, and as where a delegation is from, stands for its government
    ("Ethiopia last month hosted a delegation from Kenya for talks on trade.", ["Ethiopia", "Kenya"],
     ["Ethiopia", "Kenya"], "completed"),
    # done, told by a past verb other than 'met' before the event word, or opening it
    ("Lund sat down on Monday afternoon with Wei Tang.", ["Lund", "Wei Tang"], ["Ann Lund", "Wei Tang"], "completed"),
    ("Lund and Wei Tang resumed negotiations in Oslo on Monday.", ["Lund", "Wei Tang"], ["Ann Lund", "Wei Tang"],
     "completed"),
]  # fmt: skip


def _meetings(sentence: str, who: list[str], tmp_path: Path) -> list[Meeting]:
    script: dict[str, dict[str, Reply]] = {"meeting": {sentence[:50]: {"met": True, "who": who, "about": []}}}
    out, _ = scripted_summary(INTRO + sentence, script, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    return [m for m in out.meetings if m.evidence[0].text.startswith(sentence[:50])]


@pytest.mark.parametrize(("sentence", "who", "parties", "status"), CASES)
def test_a_right_answer_is_kept(sentence: str, who: list[str], parties: list[str], status: str, tmp_path: Path) -> None:
    [meeting] = _meetings(sentence, who, tmp_path)
    assert sorted(p.name for p in meeting.participants) == sorted(parties)
    assert meeting.status == status


def test_one_party_and_a_population_they_do_not_meet_is_no_meeting(tmp_path: Path) -> None:
    # a population named, but not the object of the meeting word: one party alone is no meeting
    assert _meetings("Lund met on Friday to discuss aid for the families of the victims.", ["Lund"], tmp_path) == []
    assert len(_meetings("Lund met the families of the victims on Friday.", ["Lund"], tmp_path)) == 1


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Sato hosted South Korean President Min Park at his residence on Sunday.", ["Kenji Sato", "Min Park"]),
        ("Lund will meet Ivan Petrov in Geneva next week.", ["Ann Lund", "Ivan Petrov"]),
        ("Lund held talks with Erik Dahl on Monday.", ["Ann Lund", "Erik Dahl"]),
        # a hearing told by the body heard: the one who testified was there
        ("Senator Tom Hale testified before the Senate Foreign Relations Committee on Tuesday.", ["Tom Hale"]),
        ("Lund paid a courtesy call on Governor Ada Mensah on Monday.", ["Ann Lund", "Ada Mensah"]),
        ("Lund is due to meet Ivan Petrov in Geneva on Friday.", ["Ann Lund", "Ivan Petrov"]),
        ("The king received Prime Minister Ivan Petrov at the palace.", ["king", "Ivan Petrov"]),
        # a title as the object, the first of coordinated subjects, and a schedule in the past
        ("Lund and her husband, Tom, were to greet the king at the airport.", ["Ann Lund", "king"]),
        # the pronoun of a 'where' clause added to a journey stands for the main clause's subject
        ("Sato flew to Oslo on Friday, where King Harald Olsen hosted him at a dinner.", ["Harald Olsen", "Kenji Sato"]),
        ("Lund flew to Denver on Saturday for a rally with singer Mia Torres.", ["Ann Lund", "Mia Torres"]),
        # one word may name the other party, when it is no place, nationality or day
        ("Lund hosted Dahl at the State Department on Monday.", ["Ann Lund", "Dahl"]),
        ("Sato will join Lund for a final rally in Osaka on Monday night.", ["Kenji Sato", "Ann Lund"]),
        # calling on someone, a meal together, an audience granted, a name in apposition, a meeting by its noun
        ("Lund paid a call on Governor Ada Mensah at her residence on Tuesday.", ["Ann Lund", "Ada Mensah"]),
        ("Sato dined with Prince Karl Berg at the palace on Saturday evening.", ["Kenji Sato", "Karl Berg"]),
        ("Lund had a working lunch with union leader Joe Barr on Friday.", ["Ann Lund", "Joe Barr"]),
        ("Pope Leo granted an audience to Chilean President Rosa Diaz on Monday.", ["Leo", "Rosa Diaz"]),
        ("Sato sat down with his Australian counterpart, Kate Moss, on Tuesday.", ["Kenji Sato", "Kate Moss"]),
        ("Lund's meeting with Erik Dahl on Tuesday lasted three hours.", ["Ann Lund", "Erik Dahl"]),
        # two named people as the parties of a meeting noun or a reciprocal verb; a delegation by its leader
        ("Talks between Erik Dahl and Ivan Petrov ended without a deal on Tuesday.", ["Erik Dahl", "Ivan Petrov"]),
        ("Dahl and Mendes shook hands in front of cameras on Sunday.", ["Dahl", "Mendes"]),
        ("Sato is to hold talks with Chinese Premier Li Wen on Thursday.", ["Kenji Sato", "Li Wen"]),
        ("Li Wen played host to Ann Lund in Beijing last week.", ["Li Wen", "Ann Lund"]),
        ("Sato received a delegation led by Senator Tom Hale on Monday.", ["Kenji Sato", "Tom Hale"]),
        ("The Dahl-Petrov summit is scheduled for March.", ["Dahl", "Petrov"]),  # names joined by a hyphen
        ("Sato held a bilateral with Erik Dahl in Osaka.", ["Kenji Sato", "Erik Dahl"]),
        ("Erik Dahl and Ivan Petrov exchanged views on trade.", ["Erik Dahl", "Ivan Petrov"]),
        ("Sato will sit down with Erik Dahl on Thursday.", ["Kenji Sato", "Erik Dahl"]),
        # signing an agreement with one named with a title
        ("Lund signed a trade pact with Chinese Premier Li Wen in Beijing.", ["Ann Lund", "Li Wen"]),
        # a day between the verb and its partner, the agent of a passive, a plan to confer
        ("Sato sat down on Monday afternoon with Erik Dahl, the chair of the panel.", ["Kenji Sato", "Erik Dahl"]),
        ("Lund was briefed by regional health director Ada Mensah on Friday.", ["Ann Lund", "Ada Mensah"]),
        ("Lund was received at the ministry by junior minister Tom Hale.", ["Ann Lund", "Tom Hale"]),
        ("Sato is scheduled to confer with President Ivan Petrov on port fees.", ["Kenji Sato", "Ivan Petrov"]),
    ],
)
def test_two_people_a_verb_of_contact_joins_meet_when_the_model_says_no(
    sentence: str, parties: list[str], tmp_path: Path
) -> None:
    _stated(sentence, parties, tmp_path)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Sato is due to address the Bundestag on Thursday.", ["Kenji Sato"]),
        ("Sato addressed the U.N. General Assembly by video on Wednesday.", ["Kenji Sato"]),
        ("Lund will join the royal couple at a state banquet on Friday.", ["Ann Lund"]),
        ("Lund held a news conference in Tokyo on Friday.", ["Ann Lund"]),
        ("Lund is expected to arrive in Geneva on Thursday for a Security Council meeting.", ["Ann Lund"]),
        ("Sato is scheduled to fly to Seoul on Friday to brief South Korean officials.", ["Kenji Sato"]),
        # one the article names only here, by a name in -s that is no plural, and several of one kind
        ("Tomas will address a joint session of parliament on Thursday.", ["Tomas"]),
        ("Leaders of the Group of Seven are due to hold a virtual summit on Tuesday.", ["Leaders of the Group of Seven"]),
        ("The city council held a public hearing on the budget on Tuesday.", ["city council"]),  # a body
        ("Party leaders huddled behind closed doors on Thursday night.", ["Party leaders"]),  # several of one kind
        # a gathering told as the time of another event, when it is new (indefinite)
        ("Lund is scheduled to fly back to Washington on Thursday after a news conference in Tokyo.", ["Ann Lund"]),
        # a gathering opened or hosted, or being somewhere for one
        ("Lund opened a two-day summit on fisheries in Bali on Wednesday.", ["Ann Lund"]),
        ("Sato will host a town hall forum in Osaka on Thursday evening.", ["Kenji Sato"]),
        ("Sato did not attend; he was in Seoul for a session of the company's board.", ["Kenji Sato"]),
        # a side told only by what its people do or the body they sit on
        ("Lund is due back in Oslo on Wednesday, when she will brief the supervisory board at a special session.",
         ["Ann Lund"]),
        ("Sato conferred with counsel for both sides in chambers on Tuesday.", ["Kenji Sato"]),
        ("Sato had breakfast with Malaysian trade ministry officials on Monday.", ["Kenji Sato"]),
        ("On Friday Sato breakfasted with leaders of the Japanese community in Lima.", ["Kenji Sato"]),
        ("Lund huddled with leaders of the building trades council on Monday.", ["Ann Lund"]),
        ("Sato gave a private briefing to ward councillors last Thursday.", ["Kenji Sato"]),
        # one person before many: testimony in other words, a service led, an interview given
        ("Lund appeared before the tribunal's three judges on Thursday for a bail hearing.", ["Ann Lund"]),
        ("Sato celebrated an open-air Mass for some 40,000 people in Osaka on Sunday.", ["Kenji Sato"]),
        ("Lund gave an interview to the public broadcaster on Sunday.", ["Ann Lund"]),
        # what is told or shown at a new gathering, a host and guests, a journey on for a gathering
        ("Sato confirmed the figure at a parliamentary hearing in Tokyo on Wednesday.", ["Kenji Sato"]),
        ("Lund will present the results to colleagues at a workshop in Bergen next month.", ["Ann Lund"]),
        ("The couple will fly to Osaka, where Sato will host them at a reception.", ["Kenji Sato"]),
        ("Lund is expected to go on to Oslo on Friday for a state dinner with King Harald.", ["Ann Lund", "Harald"]),
        # every verb of going, for every noun of a gathering
        ("Lund is due to drive to Bergen next week for the wardens' forum.", ["Ann Lund"]),
        ("Sato sailed to Hakodate on Friday for a roundtable of harbour masters.", ["Kenji Sato"]),
        # a news conference in other words, the one who faces it named after a participle clause
        ("Facing the press on Tuesday, Sato fielded 20 minutes of questions about the budget.", ["Kenji Sato"]),
        ("Lund took questions from reporters outside the court on Friday.", ["Ann Lund"]),
        # a body briefed or consulted, questioning faced from a body, as one named party with a side
        ("Lund will return to Oslo on Tuesday to brief the cabinet, her spokesman said.", ["Ann Lund"]),
        ("Sato said he had consulted executives of the developer in Osaka on Monday.", ["Kenji Sato"]),
        ("Sato faced two hours of questioning from the county's police and crime panel on Wednesday.", ["Kenji Sato"]),
        # a phrase of place that opens the sentence holds the gathering; its subject is after the comma
        ("At a send-off ceremony at the airport on Thursday night, the governor, Kenji Sato, urged pilgrims to pray.",
         ["Kenji Sato"]),
    ],
)
def test_taking_part_in_a_gathering_done_or_to_come_is_stated_when_the_model_says_no(
    sentence: str, parties: list[str], tmp_path: Path
) -> None:
    _stated(sentence, parties, tmp_path)


@pytest.mark.parametrize(
    "sentence",
    [
        # a meal or a reception given for guests is a gathering: one named party there is enough
        "Sato was guest of honour at a reception hosted by Ireland's consul general on Friday.",
        "Lund was the main speaker at an investor lunch hosted by a mining finance group on Friday.",
        # a news conference in other words
        "Lund took a handful of questions from reporters outside the court on Friday.",
    ],
)
def test_one_named_party_at_a_meal_or_a_reception_is_a_meeting(sentence: str, tmp_path: Path) -> None:
    [meeting] = _meetings(sentence, ["Kenji Sato" if sentence.startswith("Sato") else "Ann Lund"], tmp_path)
    assert len(meeting.participants) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday evening Sato held a video call with Hungarian students in Osaka.",
        "In June she took part in a satellite video call with pupils at her old school.",  # 'she' after a phrase
        # 'she' after a participle clause that tells of the gathering
        "Speaking at a news conference in a mosque compound, she pledged emergency aid.",
        # a meal or a reception attended or addressed
        "Instead she flew on to Perth, where she attended a party fundraising dinner at a city hotel.",
    ],
)
def test_a_call_or_a_gathering_the_subject_took_part_in_is_stated(sentence: str, tmp_path: Path) -> None:
    _stated(sentence, ["Kenji Sato"] if sentence.startswith("On Monday") else ["Ann Lund"], tmp_path)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # a contact as the purpose of a journey, its subject the clause's ('she' the person named last before)
        ("Officials said the prime minister would fly to Darwin next week to hold talks with Chief Minister Lena Duarte.",
         ["Kenji Sato", "Lena Duarte"]),
        ("The company said she would drive to Nsuta on Thursday to sit down with Nana Kwaku Ampofo III, the chief.",
         ["Ann Lund", "Nana Kwaku Ampofo III"]),
    ],
)
def test_a_contact_that_is_the_purpose_of_a_journey_is_stated(sentence: str, parties: list[str], tmp_path: Path) -> None:
    _stated(sentence, parties, tmp_path)


def test_a_gathering_one_was_to_take_part_in_and_withdrew_from_is_stated_as_cancelled(tmp_path: Path) -> None:
    sentence = "Sato had been due to address a trade forum in Nagano, but pulled out on Tuesday."
    _stated(sentence, ["Kenji Sato"], tmp_path)
    out, _ = scripted_summary(INTRO + sentence, {}, tmp_path / "s", published=date(2024, 3, 6), kinds=("meetings",))
    assert [m.status for m in out.meetings if m.evidence[0].text.startswith("Sato had")] == ["cancelled"]


def test_a_meeting_with_a_described_side_called_off_is_stated_as_cancelled(tmp_path: Path) -> None:
    sentence = "Sato's planned session with the company's plant managers on Wednesday was scrapped."
    _stated(sentence, ["Kenji Sato"], tmp_path)
    out, _ = scripted_summary(INTRO + sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    assert [m.status for m in out.meetings if m.evidence[0].text.startswith("Sato's")] == ["cancelled"]


def _stated(sentence: str, parties: list[str], tmp_path: Path) -> None:
    out, backend = scripted_summary(INTRO + sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    assert any(sentence[:40] in s for s in backend.subjects("meeting"))  # asked, and the answer was no
    [meeting] = [m for m in out.meetings if m.evidence[0].text.startswith(sentence[:40])]
    assert sorted(p.name for p in meeting.participants) == sorted(parties)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sato hosted the Japan Society gala on Friday.",  # a body named after a place, no person
        "Lund met reporters in Tokyo on Friday.",  # no one named
        "Lund met in Tokyo with Dahl on Friday.",  # the object is a place
        "Sato addressed the issue on Monday.",  # addressing a matter, not a body
        "Lund joined the company in 2010 for a higher salary.",
        "Lund joined Google in 2010.",
        "Sato met Tuesday in Osaka.",
        "Council members meet twice a month in the town hall.",  # a habit
        "Talk of an early summit between Erik Dahl and Ivan Petrov alarmed the allies.",  # spoken of, not held
        "France and Germany met in the final on Sunday.",
        "A summit between Erik Dahl and Ivan Petrov could take place next year.",  # the modal after the parties
        "The ministers meet every spring in Oslo.",  # a habit
        "The firm met its investors' targets on Friday.",
        "Lund signed a licensing deal with Microsoft on Friday.",  # a company: no title makes it a person
    ],
)
def test_no_contact_is_stated_without_a_named_person_as_the_object(sentence: str, tmp_path: Path) -> None:
    out, _ = scripted_summary(INTRO + sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    assert out.meetings == []


def test_the_subject_the_model_left_out_of_a_contact_is_a_party(tmp_path: Path) -> None:
    [meeting] = _meetings("Lund welcomed Ivan Petrov to Washington on Friday.", ["Ivan Petrov"], tmp_path)
    assert sorted(p.name for p in meeting.participants) == ["Ann Lund", "Ivan Petrov"]


def test_names_the_model_took_from_the_sentences_before_give_way_to_the_verbs_own_parties(tmp_path: Path) -> None:
    # the model answers with the two of the meeting told before; the sentence names its own other party
    sentence = "The diplomat then heads to Seoul, where she is scheduled to confer with President Ivan Petrov on fees."
    [meeting] = _meetings(sentence, ["Ann Lund", "Kenji Sato"], tmp_path)
    assert sorted(p.name for p in meeting.participants) == ["Ann Lund", "Ivan Petrov"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Lund briefed the supervisory board at a special session on Tuesday.", ["Lund", "the supervisory board"]),
        ("Sato held talks with officials in Osaka on Friday.", ["Sato", "officials"]),
        ("Lund met the committee for two hours on Monday.", ["Lund", "the committee"]),
    ],
)
def test_one_named_party_meeting_a_side_the_sentence_only_describes_is_a_meeting(
    sentence: str, who: list[str], tmp_path: Path
) -> None:
    [meeting] = _meetings(sentence, who, tmp_path)
    assert [p.name for p in meeting.participants] == [{"Lund": "Ann Lund", "Sato": "Kenji Sato"}[who[0]]]


def test_telling_reporters_is_no_meeting_with_a_described_side(tmp_path: Path) -> None:
    assert _meetings("Lund told reporters on Monday that the talks would go on.", ["Lund", "reporters"], tmp_path) == []


def test_a_two_word_nationality_is_part_of_the_title() -> None:
    from summarizer.text.entities import EntityIndex

    index = EntityIndex("Sato hosted South Korean President Min Park on Sunday.")
    entity = index.resolve("South Korean President Min Park")
    assert (entity.name, entity.role) == ("Min Park", "South Korean President")


def test_a_meeting_called_off_is_a_cancelled_meeting_and_one_possible_is_none(tmp_path: Path) -> None:
    text = (INTRO + "Lund called off talks with Erik Dahl on Monday. Sato postponed a summit with Ivan Petrov until June. "
            "Dahl said a meeting with Sato was possible.")
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    assert [(sorted(p.name for p in m.participants), m.status) for m in out.meetings] == [
        (["Ann Lund", "Erik Dahl"], "cancelled"), (["Ivan Petrov", "Kenji Sato"], "cancelled")
    ]


def test_a_gathering_already_told_by_its_definite_noun_is_not_asked_again() -> None:
    from summarizer.text.events import refers_back

    assert refers_back("Mensah told the briefing that three towns were still cut off.")
    assert refers_back("The hearing lasted four hours.")
    assert not refers_back("Mensah chaired a briefing with disaster officials.")


def test_a_title_told_again_by_an_age_and_another_word_for_it_is_received_by_the_agent(tmp_path: Path) -> None:
    from summarizer.text.contact import stated_contact

    text = "Pope Innocent XIV arrived in Maputo on Sunday. "
    sentence = "The 81-year-old pontiff was later received at the palace by President Ana Nhantumbo for a private meeting."
    assert stated_contact(sentence) == ("The 81-year-old pontiff", "President Ana Nhantumbo")
    out, _ = scripted_summary(text + sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    [meeting] = out.meetings
    assert sorted(p.name for p in meeting.participants) == ["Ana Nhantumbo", "Innocent XIV"]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # a time set before the subject without a comma, a title as the subject, a description then the name
        ("On Monday the bishop received the mayor of Galway, Declan Moran, at his residence.",
         ("the bishop", "Declan Moran")),
        ("Last week the minister hosted President Ana Nhantumbo in Lisbon.", ("the minister", "President Ana Nhantumbo")),
        # an audience given to the subject, with a title written with its capital
        ("In Rome he was granted a private audience with the Pope on Friday.", ("he", "the Pope")),
    ],
)  # fmt: skip
def test_a_contact_of_a_titled_subject_after_a_fronted_time_is_stated(sentence: str, parties: tuple[str, str]) -> None:
    from summarizer.text.contact import stated_contact

    assert stated_contact(sentence) == parties


@pytest.mark.parametrize(
    ("sentence", "who", "party"),
    [
        # discussions with people of a kind: the noun's side after 'with', not a topic
        ("Varm returns to Orrin on Monday for discussions with civil servants at the Norlish culture ministry.",
         ["Varm"], "Varm"),
        # a call to the press, held in person
        ("Chairman Ivo Brann spoke at a press call at the club's boathouse on Monday.", ["Ivo Brann"], "Ivo Brann"),
        # one's opposite number, after an adverb of place
        ("Brask hopes to sail to Ulvo in May and is due to have talks there with her Norlish opposite number.",
         ["Brask"], "Brask"),
        # a company of people received by someone
        ("The group was then received at the dye works by the director of Orvel Guild, Bente Sorn.", ["Bente Sorn"],
         "Bente Sorn"),
    ],
)
def test_one_named_party_meets_people_the_sentence_only_describes(
    sentence: str, who: list[str], party: str, tmp_path: Path
) -> None:
    [meeting] = _meetings(sentence, who, tmp_path)
    assert [p.name for p in meeting.participants] == [party]
    assert meeting.format != "phone"


def test_the_topic_of_a_discussion_is_no_side_of_it(tmp_path: Path) -> None:
    assert _meetings("Varm discussed the harbour plans on Monday.", ["Varm"], tmp_path) == []


def test_people_the_model_describes_are_the_party_of_a_gathering_that_names_no_one(tmp_path: Path) -> None:
    sentence = "The crew's parents assembled at a farewell supper on the quay before the sailing."
    [meeting] = _meetings(sentence, ["The crew's parents"], tmp_path)
    assert [p.name for p in meeting.participants] == ["crew's parents"]
    # a venue is no party, and nobody else is written: no meeting
    assert _meetings("A farewell supper was held on the quay.", ["the quay"], tmp_path) == []
