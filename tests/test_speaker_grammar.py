"""Who spoke, where the words between a speaker and the verb are long: relative clauses with commas and verbs of
their own, quoted titles, appositions that name an organisation, a name before the body a person belongs to; and
quotations that are titles. Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest
from test_attribution import found
from test_speakers import speakers

from summarizer.text.entities import EntityIndex, split_title
from summarizer.text.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the relative clause has its own verb, irregular ("came", "won"): its subject is not the speaker
        (("Green Party leader Ivo Marsh, whose party came fourth with 9.2%, up from 5%, wrote on Sunday that "
          "his voters had spoken."), "Green Party leader Ivo Marsh"),
        ("Dana Kell, who won the seat in 2019, the first woman to do so, said she would stand again.", "Dana Kell"),
        # a quoted title in apposition inside the relative clause
        ("Lund, 41, who ran a bakery before her first book, “Salt and Rye”, in 2017, said she was stunned.", "Lund"),
        # a relative clause after an apposition: the subject is the name the apposition describes, with it
        ("Omar Haddad, an analyst at Brook Capital, which owns 3% of the bank, said the price was too low.",
         "Omar Haddad, an analyst at Brook Capital"),
        # a participle clause holding a quoted title
        ("Coach Tom Reyes, speaking on Radio Elm’s “Full Time” show, predicted that the club would be sold.",
         "Coach Tom Reyes"),
    ],
)  # fmt: skip
def test_the_subject_is_found_across_long_parentheticals(text: str, source: str) -> None:
    assert source in [s for s, _, _ in found(text)]


def test_a_relative_clause_whose_only_verb_reports_keeps_its_own_subject() -> None:
    # "whose lawyer said": the relative clause's verb is the reporting one, so the speaker is inside it
    assert "Ivo Marsh" not in [s for s, _, _ in found("Ivo Marsh, whose lawyer said the charge was false, was freed.")]


def test_a_bare_form_after_a_and_a_noun_is_the_head_of_a_compound() -> None:
    text = "Ana Ruiz told investors on a conference call that sales would double by 2027."
    assert [s for s, _, _ in found(text)] == ["Ana Ruiz"]


def test_an_organisation_named_in_apposition_to_a_description_is_the_speaker() -> None:
    text = (
        "The mine's owner, the Kessel Mining Group, said in a statement that output would resume. "
        "Profits have doubled since June, according to its auditor, Marsh & Lund, which filed the accounts."
    )
    found_ = speakers(text)
    assert found_["that output would resume"][0] == "Kessel Mining Group"
    assert found_["Profits have doubled since June"][0] == "Marsh & Lund"


def test_a_person_before_of_and_their_institute_is_the_speaker() -> None:
    text = "Political scientist Ines Duarte of the Lisbon Institute for Policy Studies predicted that talks would last."
    assert speakers(text)["that talks would last"][0] == "Ines Duarte"


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("Vermont Sen. Bernie Sanders", ("Bernie Sanders", "Vermont Sen.")),
        ("Ohio Gov. Ann Lee", ("Ann Lee", "Ohio Gov.")),
        ("Washington Post", ("Washington Post", None)),
    ],
)
def test_a_state_before_a_title_is_part_of_the_role(name: str, split: tuple[str, str | None]) -> None:
    assert split_title(name) == split


def test_a_short_month_before_a_name_is_a_given_name_and_a_possessor_is_a_person() -> None:
    index = EntityIndex(
        "MANILA, Jun 3 - Jun Abellera, a fisherman, lost his boat. Prime Minister Rui Carvalho's Progress Party lost."
    )
    assert index.person_by_surname("Abellera") == "Jun Abellera"
    assert index.person_by_surname("Carvalho") == "Rui Carvalho"
    assert index.by_title("the prime minister", 200) == "Rui Carvalho"


LEDE = (
    "NAIROBI, March 3 - Kenya's finance minister on Monday defended a fuel levy, saying there was no other option.\n\n"
    "Wanjiru Odhiambo, who took office in January, told the budget committee the levy would raise 48 billion "
    "shillings. Opposition leader Daniel Mutua called it a tax on movement."
)


@pytest.mark.parametrize(
    ("description", "person"),
    [
        ("Kenya's finance minister", "Wanjiru Odhiambo"),  # a lede's description, the person named next
        ("the finance minister", "Wanjiru Odhiambo"),
        ("Kenya's government spokesman", None),  # a description kept unnamed on purpose
        ("The chief executive of Kessler", "Wanjiru Odhiambo"),  # 'executive' heads a title as 'minister' does
    ],
)
def test_a_lede_description_is_the_person_named_next(description: str, person: str | None) -> None:
    assert EntityIndex(LEDE).by_title(description, 30) == person


def test_a_description_after_someone_named_is_not_the_person_named_next() -> None:
    text = "Daniel Mutua spoke first. Kenya's finance minister then defended the levy. Wanjiru Odhiambo agreed."
    assert EntityIndex(text).by_title("Kenya's finance minister", 40) is None


@pytest.mark.parametrize(
    "text",
    [
        "Results were published under the title “A Wet Sky Over Kepler-22b”, on Friday.",
        "She spoke on County Sound’s “Final Whistle” programme on Monday.",
        "The author, whose book “The Lighthouse Cat” sold well, was there.",
        "Cameras filming the club’s fly-on-the-wall series “Salt of the Earth” were in the room.",
        "The guard, known to teammates as \"Drum,\" scored twice.",
        "It was published under the title \"Short sleep in mid-life and later dementia risk\".",
    ],
)
def test_a_quoted_title_is_no_quotation(text: str) -> None:
    assert find_quotes(text) == []


def test_a_short_quotation_in_lower_case_is_still_a_quotation() -> None:
    assert [q.text for q in find_quotes("“Get out of my way,” he shouted at the crowd.")] == ["Get out of my way"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz said the water was unsafe and warned that disease could spread.",
         [("Ana Ruiz", "said", "the water was unsafe"), ("Ana Ruiz", "warned", "that disease could spread")]),
        ("Lund conceded that the party had lost but said he would stay as leader.",
         [("Lund", "conceded", "that the party had lost"), ("Lund", "said", "he would stay as leader")]),
    ],
)  # fmt: skip
def test_a_second_verb_of_saying_after_and_or_but_is_a_second_report(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_verb_coordinated_inside_the_reported_clause_stays_there() -> None:
    assert found("Lee said the police stopped him and charged him with theft.") == [
        ("Lee", "said", "the police stopped him and charged him with theft")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lund, who called a snap election in May after losing a vote, stayed on.",
        "Chile recalled its ambassador from Lima a week later, deepening the rift.",
        "Garrow called a public meeting at the Corn Exchange on 3 February.",
        "The firm did not add a warning to the label of the drug for three years.",
    ],
)
def test_an_object_of_another_sense_makes_no_report(text: str) -> None:
    assert found(text) == []


def test_a_participle_phrase_after_a_closing_attribution_is_the_writers() -> None:
    text = "Dockers will strike on Friday after talks collapsed, their union said, setting the stage for a long dispute."
    assert found(text) == [("their union", "said", "Dockers will strike on Friday after talks collapsed")]


def test_an_attribution_set_inside_its_clause_still_reports_the_whole_clause() -> None:
    assert found("The plan, Lee argued, would cost too much.") == [
        ("Lee", "argued", "The plan, Lee argued, would cost too much")
    ]


def test_which_is_the_organisation_the_relative_clause_follows() -> None:
    text = "The Harbour Trust, which warned last year that the pier was unsafe, closed it on Monday."
    assert speakers(text)["that the pier was unsafe"][0] == "Harbour Trust"


def test_the_group_is_the_body_last_named_after_that_noun() -> None:
    text = (
        "The ceremony was disrupted by members of the campaign group Oil Out Now, who oppose the sponsor. "
        "The group said in a statement that the prize was being used to launder a reputation."
    )
    assert speakers(text)["that the prize was being used to launder a reputation"][0] == "Oil Out Now"
    index = EntityIndex(text)
    assert index.resolve("the firm", before=len(text)).name == "firm"  # no firm was named: kept as written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Osei told reporters outside the courthouse that the firm was pleased with the ruling.",
         ("Osei", "told", "that the firm was pleased with the ruling")),
        ("Rao wrote on her blog: the council had run the branches down for years.",
         ("Rao", "wrote", "the council had run the branches down for years")),
        ("According to the Vaccine Alliance, which manages the stocks, only two million doses are left.",
         ("the Vaccine Alliance", "according to", "only two million doses are left")),
    ],
)  # fmt: skip
def test_where_the_words_were_given_is_not_what_was_said(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_she_after_a_new_unnamed_speaker_is_not_someone_named_earlier() -> None:
    text = (
        "Judge Ruth Okoye struck down the rule on Monday. A Justice Department spokeswoman said the government was "
        "reviewing the decision. She declined to say whether it would appeal."
    )
    assert speakers(text)["whether it would appeal"][0] != "Ruth Okoye"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She declined to say whether the firm would appeal.", [("She", "say", "whether the firm would appeal")]),
        ("She wants to tell voters that the plan works.", [("She", "tell", "that the plan works")]),
    ],
)
def test_a_verb_of_saying_after_another_verb_is_one_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (("Councillor Peter Hale, who represents the ward, has lived here since 1971, and led the campaign, told "
         "the meeting that the vote was a victory."), "Councillor Peter Hale"),
        (("Chief Constable Mary Oduya, who joined the force in 1998, became its chief in 2021, and retires in May, "
         "said patrols would rise."), "Chief Constable Mary Oduya"),
        ("After the vote, which ended in a tie, the senator, a Democrat, said the count was wrong.", "the senator"),
    ],
)  # fmt: skip
def test_a_relative_clause_with_commas_and_verbs_of_its_own_is_passed_over(text: str, source: str) -> None:
    assert [s for s, _, _ in found(text)] == [source]


def test_a_title_of_a_body_is_not_the_role_of_the_body_named_after_it() -> None:
    index = EntityIndex("BILBAO - The new head coach of Rayo Norte, Tomás Echeverri, landed in Bilbao on Thursday.")
    assert "rayo norte" not in index.roles


@pytest.mark.parametrize("title", ["The coach", "the manager", "The captain", "the sheriff"])
def test_every_title_a_description_is_headed_by_is_a_bare_title(title: str) -> None:
    from summarizer.text.participants import is_bare_title

    assert is_bare_title(title)


def test_a_possessive_that_opens_a_sentence_is_no_part_of_a_name() -> None:
    index = EntityIndex("Her Republican opponent, Governor Dale Brinkerhoff, has not campaigned in Lima.")
    assert "republican" not in index.people and index.person_by_surname("Brinkerhoff") == "Dale Brinkerhoff"
