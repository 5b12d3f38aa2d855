"""He or she, from the article's own words: honorifics, gendered nouns in apposition, and a pronoun in the
subject's own clause; and a pronoun passes over a person the text tells as the other gender. Every article
here is made up for the test."""

from __future__ import annotations

from test_speakers import speakers

from summarizer.text.entities import EntityIndex
from summarizer.text.gender import agrees, genders


def _genders(text: str) -> dict[str, str]:
    return genders(text, EntityIndex(text).people.values())


def test_honorifics_nouns_and_the_subjects_own_pronoun_tell_gender() -> None:
    text = (
        "Helen Achebe, the medical director, said the unit would close. Mr Garrow disagreed. "
        "Simon Garrow, a father of two, said his son had needed the unit. "
        "Jun Abellera said he had lost his boat. Ann Cole, who published her first novel in 2019, said nothing."
    )
    assert _genders(text) == {"Simon Garrow": "m", "Jun Abellera": "m", "Ann Cole": "f"}


def test_a_pronoun_deeper_in_the_reported_clause_tells_nothing_of_the_speaker() -> None:
    text = "Inspector Rachel Fenn said officers believed he had been struck by a van."
    assert _genders(text) == {}


def test_agrees_passes_over_only_a_person_told_as_the_other_gender() -> None:
    known = {"Simon Garrow": "m"}
    assert not agrees("Simon Garrow", "She", known)
    assert agrees("Simon Garrow", "he", known)
    assert agrees("Helen Achebe", "She", known)  # nothing known: she may be meant


def test_she_skips_a_man_named_since() -> None:
    text = (
        "Chief Constable Mary Oduya said patrols would rise. "
        "“He rides that road every week,” Mr Daniel Shaw told the paper. "
        "She confirmed that two officers would be based at Kelby from July."
    )
    assert speakers(text)["that two officers would be based at Kelby from July"][0] == "Mary Oduya"


def test_an_honorific_after_another_title_leaves_the_name() -> None:
    index = EntityIndex("Superintendent Dr. Carla Mendes told the board. Cllr Janet Whitlow agreed.")
    assert index.person_by_surname("Mendes") == "Carla Mendes"
    assert index.person_by_surname("Whitlow") == "Janet Whitlow"
    assert index.person_by_surname("District") is None


def test_a_description_that_is_no_title_is_the_person_named_last() -> None:
    from summarizer.text.coref import VisibleSentences, speaker_of_cue
    from summarizer.text.sentences import split_sentences

    text = (
        "Harbourne manager Alan Frame praised his side. Then Jonah Mbeki, on loan since January, scored late. "
        "“I just closed my eyes,” the 22-year-old said. “I had the best view,” the Harbourne manager said. "
        "Kelsall coach Rob Haskins said his side deserved a draw. Asked about Mbeki's goal, he answered: “Offside.”"
    )
    index, visible = EntityIndex(text), VisibleSentences(split_sentences(text))
    assert speaker_of_cue("the 22-year-old said", text.index("I just"), visible, index) == "Jonah Mbeki"
    assert speaker_of_cue("the Harbourne manager said", text.index("I had"), visible, index) == "Alan Frame"
    # a pronoun after a phrase set before it is the subject, not a name inside the phrase
    assert speaker_of_cue("Asked about Mbeki's goal, he answered", text.index("Offside"), visible, index) == "Rob Haskins"


def test_a_club_is_no_ones_surname() -> None:
    assert EntityIndex("Hartwell Rovers manager Callum Reid spoke.").person_by_surname("Rovers") is None


def test_a_body_told_by_its_first_word_is_the_name_it_was_written_in() -> None:
    text = (
        "Ridgeline Pharmaceuticals lost the case. Ridgeline said it would appeal. Billie Jean King spoke. "
        "King Solomon Baptist Church held a vigil. King said Ali was the greatest. EgyptAir Plane Crash: EgyptAir said."
    )
    index = EntityIndex(text)
    assert index.resolve("Ridgeline").name == "Ridgeline Pharmaceuticals"
    assert index.resolve("King").name != "King Solomon Baptist Church"  # a church's name is no company's
    assert index.resolve("EgyptAir").name == "EgyptAir"


def test_a_reported_clause_told_by_a_description_is_the_person_named_last() -> None:
    text = (
        "One of the volunteers, Keith Arnott, a retired postman, said he slept five hours a night. "
        "The 78-year-old joked that his wife had told him to sleep more since about 1985."
    )
    assert speakers(text)["that his wife had told him to sleep more since about 1985"][0] == "Keith Arnott"


def test_an_age_description_is_never_one_the_text_gives_another_age() -> None:
    text = (
        "Diane Whitaker has agreed to two debates with her rival, Carla Benning. "
        "Benning, 51, has said that Whitaker mishandled the crisis. "
        "The 63-year-old said that she would debate anyone, anywhere."
    )
    assert speakers(text)["that she would debate anyone, anywhere"][0] == "Diane Whitaker"


def test_a_description_opening_another_sentence_is_no_cue_of_the_quotation_before() -> None:
    from summarizer.text.coref import VisibleSentences, described_person
    from summarizer.text.sentences import split_sentences

    text = "Ann Lee spoke. “I saw it,” Tom Reyes said. The Harbourne boss joked that he would retire."
    index, visible = EntityIndex(text), VisibleSentences(split_sentences(text))
    assert described_person("The Harbourne boss joked that he would", text.index("I saw"), visible, index) is None


def test_a_pronoun_opening_its_sentence_is_never_a_person_named_later_in_it() -> None:
    text = (
        "Kelsall manager Steve Carrick said the goal was offside. Owen Tate, who scored twice, was calmer. "
        "He confirmed that Tate would have a scan on Monday. "
        "While he refused to comment at first, Carrick later said that the club would appeal."
    )
    found_ = speakers(text)
    assert found_["that Tate would have a scan on Monday"][0] == "Steve Carrick"


def test_a_sentence_opening_she_passes_over_a_man() -> None:
    from summarizer.text.coref import VisibleSentences, pronoun_subject
    from summarizer.text.sentences import split_sentences

    text = "Mayor Ann Lee, who won in May, said her plan would pass. Mr Tom Reyes opposed it. She flew to Oslo on Monday."
    sents = split_sentences(text)
    assert pronoun_subject(sents[-1], VisibleSentences(sents), EntityIndex(text)) == "Ann Lee"
