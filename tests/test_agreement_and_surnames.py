"""Who is speaking, read from the grammar of a few more shapes: a surname that is also a title ("Mr. King"), the
names of places that look like people's ("Fort Pierce"), a bare form after "he", "she" or "it" (no verb of theirs),
a participle's object, a superlative's noun, a time or a verb between a noun and the participle that tells what it
shows, a document its author's name follows, "she said" after a quotation its sentence opens with a name, "as X put
it", a family.

Every sentence here is written for the test; none comes from the evaluation corpus.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import scripted_summary
from test_attribution import found
from test_speakers import speakers

from summarizer.text.entities import EntityIndex


def test_a_title_word_the_text_writes_after_an_honorific_is_a_surname() -> None:
    text = "Last week I watched Lionel King on his talk show. Mr. King said the network never edited him."
    assert EntityIndex(text).people.get("king") == "Lionel King"
    # with no honorific before it, the word stays a title: no person "King" is made of a title
    assert "king" not in EntityIndex("Lionel King Now is a talk show. The king said he would visit.").people


def test_places_and_days_are_not_people() -> None:
    people = EntityIndex("At a rally at Fort Ashby, Delaware Friday, Lena Ortiz set out her plans.").people
    assert "ashby" not in people and "friday" not in people and people.get("ortiz") == "Lena Ortiz"
    assert "kenna" not in EntityIndex("Climbers set off from Mount Kenna at dawn.").people


def test_her_is_the_person_not_the_place_before_it() -> None:
    text = ("Lena Ortiz is touring the state this week.\n\nAt a rally at Fort Ashby, Delaware Friday, "
            "Ortiz set out her proposals to double the number of youth corps places.")
    assert speakers(text)["to double the number of youth corps places"][0] == "Lena Ortiz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare form after "he", "she" or "it" is no verb of theirs ("it backs"): here "back" is a particle, and the
        # participle after it reports for the clause's subject
        ("In an op-ed on Sunday, two former staffers urged her to put it back, saying that it rattled Ames badly.",
         [("two former staffers", "urged", "to put it back"),
          ("two former staffers", "saying", "that it rattled Ames badly")]),
        # ... but after an auxiliary the bare form is the verb
        ("Nor did he say whether the depot would close before the winter.",
         [("he", "say", "whether the depot would close before the winter")]),
        # the object of a participle that opens a clause, or follows a preposition, is a noun
        ("The storm cut power to thousands in March, stoking worries from Dover to Leeds that the grid was weak.",
         []),
        # a superlative's noun, and the noun after "other", are never verbs
        ("To me, this stirs the deepest fear that we have witnessed in years.", []),
        # the object of a participle and its particle or of a light verb, and a participle an adverb ties to a
        # determiner, are no verbs; "family" is no adverb
        (("Lund backed off some of her first proposals, scaling back plans to trim the top rate, for example, and "
          "proposing new caps on perks."), [("Lund", "proposing", "new caps on perks")]),
        ("In the months that followed, they made plans to dig shelters in the hills.", []),
        ("Talks to seal a highly anticipated fishing pact in Oslo broke down in 2009.", []),
        ("The family said the inquiry was far too slow.", [("The family", "said", "the inquiry was far too slow")]),
        ("Officials cited housing, transport and other challenges that the council must meet.",
         [("Officials", "cited", "housing, transport and other challenges that the council must meet")]),
    ],
)  # fmt: skip
def test_a_verb_agrees_with_its_subject_and_a_noun_stays_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_back_after_a_verb_of_moving_is_a_particle() -> None:
    text = "Let us see how firms hold cash abroad and find a simple way to bring back their cash to spur hiring."
    assert "back" not in [cue for _, cue, _ in found(text)]


@pytest.mark.parametrize("text", ["Please ask yourselves that hard question before the vote in May.",
                                  "Perhaps ask them if they could ever back a woman for the post."])
def test_an_imperative_has_no_one_reporting(text: str) -> None:
    assert [source for source, cue, _ in found(text) if cue == "ask"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time between the noun and the participle is no part of the noun phrase
        ("The Lund team aired a spot this month showing Ames mocking the harbour plan.",
         [("a spot", "showing", "Ames mocking the harbour plan")]),
        # a verb right before the participle: its subject holds the evidence; a word that opens a clause ends it
        ("Both mayors face doubts, especially after footage emerged showing a tired Lund tripping on stage.",
         [("footage", "showing", "a tired Lund tripping on stage")]),
        # a document its author's name and verb follow, a relative clause with no "that"
        ("The goal is to curb activist investors, according to a speech Ms. Lund delivered at the college in July.",
         [("Ms. Lund", "according to", "The goal is to curb activist investors")]),
        ("According to a letter the mayor sent to staff, the depot will shut before the winter comes.",
         [("the mayor", "according to", "the depot will shut before the winter comes")]),
    ],
)  # fmt: skip
def test_who_holds_what_a_participle_or_a_document_tells(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def _quotes(text: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    """(kind, speaker, words) of the article's quotes; no speaker question is scripted, so one asked fails."""
    out, backend = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("quotes",))
    assert not [a for a in backend.asked if a.kind == "speaker"]
    return [(q.kind, q.speaker, q.text) for q in out.quotes]


def test_she_said_after_a_quotation_its_own_sentence_opens_with_a_name(tmp_path: Path) -> None:
    text = ("Critics said the show promoted diet pills. Dr. Paul Graves has written about it for years.\n\n"
            "Senator Ann Moss rebuked him: “Every expert I have heard is against you on these pills,” "
            "she said.")
    quotes = _quotes(text, tmp_path)
    # the quotation is Moss's, and the words before the colon are the writer's, no part of what she said
    assert ("direct", "Ann Moss", "Every expert I have heard is against you on these pills") in quotes
    assert not [q for q in quotes if "rebuked" in q[2]]


def test_as_one_put_it_names_who_said_the_quotation(tmp_path: Path) -> None:
    text = ("Dr. Paul Graves runs a clinic in Dover. His degrees and his post as director of the Dover Wellness Center "
            "have not stopped him being described, as The Harbour Ledger put it in a long profile, “the operator of a "
            "very "
            "profitable show.”")
    assert ("direct", "Harbour Ledger", "the operator of a very profitable show.") in _quotes(text, tmp_path)


def test_a_family_is_no_adverb_and_is_not_the_person_it_belongs_to() -> None:
    text = ("Keith Lund was hurt in a crash on Tuesday. Lund's family called on neighbours to stay calm and to wait "
            "for the inquiry.")
    assert speakers(text)["on neighbours to stay calm and to wait for the inquiry"][0] == "Lund's family"


def test_a_party_or_an_epithet_before_a_name_is_no_part_of_it() -> None:
    text = ("Republican Tom Hale said the plan would fail. Rival Ana Lund said it would not. Lund spoke first. "
            "He called her \u201cCrooked Ana Lund\u201d on Tuesday, and Ana Lund answered him. Ana Lund won.")
    people = EntityIndex(text).people
    assert people["hale"] == "Tom Hale" and people["lund"] == "Ana Lund"
    # a longer form written once stays where no shorter form of two words is written more often
    assert EntityIndex("Ana Maria Lund spoke. Lund left.").people["lund"] == "Ana Maria Lund"


def test_another_of_the_same_surname_named_in_full_is_not_the_first() -> None:
    text = ("Tom Hale, the candidate, spoke on Monday. Tom Hale said the plan was fair. "
            "Ivy Hale, the candidate's youngest daughter, mentioned the rule on a podcast in May.")
    assert speakers(text)["the rule on a podcast in May"][0] == "Ivy Hale"


def test_new_opening_a_name_is_no_title() -> None:
    from summarizer.text.entities import split_title

    assert split_title("The New Yorker") == ("New Yorker", None)
    assert split_title("New Zealand Prime Minister Ana Lund") == ("Ana Lund", "New Zealand Prime Minister")
    assert split_title("the new president Ana Lund") == ("Ana Lund", "new president")
    assert EntityIndex("He is a showman, The New Yorker wrote.").resolve("The New Yorker").name == "New Yorker"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb that stands only before verbs, and a plural subject before a bare form, make a verb of a form
        # English also uses as a noun
        ("The ad also mentions Ivo Marsh, the inmate whose sentence Lund commuted as governor.",
         [("The ad", "mentions", "Ivo Marsh, the inmate whose sentence Lund commuted as governor")]),
        ("Many residents demand more buses for the northern suburbs.",
         [("Many residents", "demand", "more buses for the northern suburbs")]),
        ("The sales call lasted an hour.", []),
    ],
)  # fmt: skip
def test_an_adverb_or_a_plural_subject_makes_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_many_written_as_the_cues_subject_are_who_said_it(tmp_path: Path) -> None:
    text = ("The council lifted the curfew in Dover on Friday.\n\nProtesters marching through the square chanted "
            "“Whose streets are these? They are ours!” until dawn.")
    assert ("direct", "Protesters", "Whose streets are these? They are ours!") in _quotes(text, tmp_path)
