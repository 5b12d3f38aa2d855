"""Who reported speech is credited to: the source phrase read from the grammar, then resolved to the
article's people by name, surname, apposition or title. Every article here is made up for the test.
"""

from __future__ import annotations

import pytest
from offline_run import offline_run

from summarizer.extract.reported import reported_quotes
from summarizer.text.entities import EntityIndex, split_title, title_head
from summarizer.text.quotes import find_quotes
from summarizer.text.sentences import split_sentences


def speakers(text: str) -> dict[str, tuple[str, str | None]]:
    """Each reported content of the article -> (speaker, role), read without a model."""
    run = offline_run(text)
    quotes, _ = reported_quotes(run, find_quotes(text))
    return {q.text: (q.speaker, q.speaker_role) for q in quotes}


ARTICLE = (
    "Foreign Secretary Ana Ruiz flew to Oslo on Monday. She met Norwegian Trade minister Erik Dahl there. "
    "Meeting with Dahl, the secretary stressed that fishing rights would be protected. "
    "Former governor Tom Reyes also spoke. On Friday, the former governor said the port would reopen."
)


def test_a_description_is_the_person_whose_title_it_names_not_the_nearest_name() -> None:
    found = speakers(ARTICLE)
    assert found["that fishing rights would be protected"][0] == "Ana Ruiz"
    assert found["the port would reopen"][0] == "Tom Reyes"


def test_a_name_in_apposition_is_the_speaker_with_its_description_as_role() -> None:
    text = (
        "Omar Haddad, the country's finance minister, said taxes would rise next year. "
        "The bank's chief economist, Lea Moss, said rates would stay where they are."
    )
    found = speakers(text)
    assert found["taxes would rise next year"] == ("Omar Haddad", "country's finance minister")
    assert found["rates would stay where they are"][0] == "Lea Moss"


def test_a_relative_clause_between_subject_and_verb_is_passed_over() -> None:
    text = "Senator Ivo Marsh, who has long opposed the Clean Harbor Act, said the vote would fail."
    assert speakers(text)["the vote would fail"][0] == "Ivo Marsh"


@pytest.mark.parametrize(
    ("description", "head"),
    [
        ("the secretary", "secretary"),
        ("the former governor", "governor"),
        ("the country's finance minister", "minister"),
        ("the secretary of state", "secretary"),
        ("the bridge", None),
        ("a spokesman", None),  # an indefinite description names nobody in particular
    ],
)
def test_title_head(description: str, head: str | None) -> None:
    assert title_head(description) == head


def test_an_abbreviated_title_holds_its_word() -> None:
    text = "Sen. Ada Lund spoke first. Later the senator said the budget was too small."
    index = EntityIndex(text)
    assert index.resolve("the senator", before=text.index("Later")).name == "Ada Lund"


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Retired Lt. Gen. Ada Lund", "Retired Lt. Gen."),  # ranks shortened with a stop, one after another
        ("Army Col. Ada Lund", "Army Col."),  # a service before the rank
        ("Former Lt. Gov. Ada Lund", "Former Lt. Gov."),
        ("Prof. Ada Lund", "Prof."),
    ],
)
def test_a_rank_shortened_with_a_stop_is_a_title_and_the_name_after_it_a_person(opening: str, role: str) -> None:
    text = f"{opening} spoke on Monday. Lund said the depot would close in May."
    index = EntityIndex(text)
    assert index.person_by_surname("Lund") == "Ada Lund"
    assert index.roles["ada lund"] == role
    assert speakers(text)["the depot would close in May"][0] == "Ada Lund"


def test_a_bare_capitalised_title_word_is_a_surname_not_a_description() -> None:
    text = (
        "Ali prayed at King Street Baptist Church in Louisville. Billie Jean King won twelve titles. "
        "King says the champion never forgot his city."
    )
    assert speakers(text)["the champion never forgot his city"][0] in ("King", "Billie Jean King")


def test_a_participle_after_a_comma_is_never_an_inverted_said() -> None:
    from summarizer.text.attribution import find_attributions

    text = "The roads will be fixed, the mayor said, recalling a visit to the town by Ana Ruiz."
    [sent] = split_sentences(text)
    assert all(a.source != "a visit to the town by Ana Ruiz" for a in find_attributions(sent))


def test_a_pronoun_inside_a_sentence_is_its_subjects_and_a_regional_adjective_names_nobody() -> None:
    text = (
        "Police blocked the office of opposition leader Ada Lund. "
        "Tom Reyes, a former judge, said given the evidence, he knows of no crime that Lund has committed. "
        "Middle Eastern leaders met in Cairo."
    )
    found = speakers(text)
    assert found["of no crime that Lund has committed"][0] == "Tom Reyes"
    assert "eastern" not in EntityIndex(text).people


def test_as_she_put_it_is_a_quotations_cue() -> None:
    [quote] = find_quotes("As Ada Lund put it: “This plan will not pass the council this year.”")
    assert quote.cue is not None and "put it" in quote.cue


def test_a_possessive_pronoun_names_the_source_of_a_claim_as_he_would() -> None:
    text = "Senator Ivo Marsh spoke at the harbour on Monday. His promise to reopen the port by May was welcomed."
    assert speakers(text)["to reopen the port by May was welcomed"][0] == "Ivo Marsh"


def test_a_descriptions_other_title_words_pick_the_holder_whose_role_has_them() -> None:
    text = (
        "Health Minister Lea Moss met Finance Minister Omar Haddad on Monday. Haddad said the budget was tight. "
        "The health minister said hospitals needed more money."
    )
    found = speakers(text)
    assert found["hospitals needed more money"][0] == "Lea Moss"  # not the minister named last
    assert found["the budget was tight"][0] == "Omar Haddad"


def test_a_description_in_apposition_gives_the_role_a_later_title_resolves_to() -> None:
    text = (
        "Ivo Marsh, a spokesman for the union, said the strike would go on. Tom Reyes, a lawyer, disagreed. "
        "The spokesman added that talks had failed."
    )
    assert speakers(text)["that talks had failed"][0] == "Ivo Marsh"
    assert EntityIndex(text).roles == {"ivo marsh": "spokesman for the union"}  # 'a lawyer' is no title


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("Police Chief Tom Reyes", ("Tom Reyes", "Police Chief")),  # a title headed by a person's title
        ("Bank of England Governor Mark Lane", ("Mark Lane", "Bank of England Governor")),
        ("Martin Luther King", ("Martin Luther King", None)),  # a title word that ends the name is the name's
    ],
)
def test_a_compound_title_before_a_name_is_the_role(name: str, split: tuple[str, str | None]) -> None:
    assert split_title(name) == split
    text = f"{name} spoke to reporters. The chief said a man had been arrested."
    if "Chief" in name:
        assert speakers(text)["a man had been arrested"] == ("Tom Reyes", "Police Chief")


def test_a_sentences_opening_word_or_a_date_is_never_part_of_a_name() -> None:
    text = "On Friday, the mayor spoke. In March Tom Reyes left. On Monday Health Minister Lea Moss said it was over."
    index = EntityIndex(text)
    assert index.people == {"reyes": "Tom Reyes", "moss": "Lea Moss"}  # no 'On Friday', no 'In March Tom Reyes'
    assert index.roles == {"lea moss": "Health Minister"}


LANHAM = (
    "Geoffrey Lanham, a former investment banker, spoke first. Fiona Gallagher spoke next. "
    "The banker said the offer was too low."
)
WHITAKER = (
    "Diane Whitaker, a Democrat, met Carla Benning on Monday. Benning spoke first. "
    "The 63-year-old Democrat said she would debate anyone."
)
HARLOW = "A former bank manager told jurors on Monday that customers had insisted. Denise Harlow, 52, spoke for an hour."
PRYCE = (
    "A senior opposition politician warned on Monday that the routes would close. Gwenllian Pryce, who leads "
    "the group, spoke in Cardiff."
)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a description by what a person does, an age, a nation or a party: the one the text last described so,
        # else the person named last
        (LANHAM, "the offer was too low", "Geoffrey Lanham"),
        (WHITAKER, "she would debate anyone", "Diane Whitaker"),
        ("Euan McPhail scored twice. The 29-year-old flanker told reporters that the players had asked to kick.",
         "that the players had asked to kick", "Euan McPhail"),
        # an indefinite description in a lede, before anyone is named: the person named next
        (PRYCE, "that the routes would close", "Gwenllian Pryce"),
        (HARLOW, "that customers had insisted", "Denise Harlow"),
        # a description that keeps its person unnamed on purpose is not the person named next
        ("An economist warned on Monday that prices would rise. Ana Ruiz spoke later in Oslo.",
         "that prices would rise", "An economist"),
        # a firm's or a paper's agent noun is no person
        ("David Cameron spoke on Monday. The Times newspaper reported that Cameron had ordered a review.",
         "that Cameron had ordered a review", "Times newspaper"),
    ],
)  # fmt: skip
def test_a_description_stands_for_the_person_it_describes(text: str, content: str, speaker: str) -> None:
    assert speakers(text)[content][0] == speaker


def test_a_description_by_home_state_and_party_is_the_person_the_text_ties_to_that_state() -> None:
    text = (
        "Senator Ruth Abernathy of Maine said the bill fell short. "
        "The majority leader, Senator Douglas Kincaid of Kentucky, was more upbeat. "
        "The Kentucky Republican added that he expected to release a revised draft next week."
    )
    found = speakers(text)
    assert found["that he expected to release a revised draft next week"][0] == "Douglas Kincaid"
    assert "Kentucky Republican" not in EntityIndex(text).people.values()  # a state and a party name no one


def test_description_ties_read_the_age_and_the_state() -> None:
    from summarizer.text.description_ties import aged_otherwise, tied_by_state

    text = "Benning, 51, spoke first. Kentucky Sen. Ann Cole spoke next, then Rep. Tom Reyes of New York."
    people = ["Carla Benning", "Ann Cole", "Tom Reyes", "Diane Whitaker"]
    assert aged_otherwise("the 63-year-old Democrat", text, people) == {"Carla Benning"}
    assert aged_otherwise("the Democrat", text, people) == frozenset()
    assert tied_by_state("the Kentucky Republican", text, people) == "Ann Cole"
    assert tied_by_state("the New York Democrat", text, people) == "Tom Reyes"
    assert tied_by_state("the veteran Democrat", text, people) is None


def test_people_who_belong_to_a_named_person_are_not_that_person() -> None:
    text = (
        "Hana Oduya spoke in Ohio. President Amos Oduya met donors. Sen. Ted Jones spoke too. "
        "Lately, advisers to Mr. Oduya say, the president has tired of the campaign. "
        "Aides to Mr. Oduya said the trip was off. Jones of Texas said the bill would fail in May."
    )
    found = speakers(text)
    assert found["the trip was off"][0] == "Aides to Mr. Oduya"
    assert next(s for c, s in found.items() if c.startswith("Lately"))[0] == "advisers to Mr. Oduya"
    assert found["the bill would fail in May"][0] == "Ted Jones"  # a surname ending in "s" is no plural
