"""A subject described by asides: the name before a chain of descriptions, ages, origins, party tags and relative
clauses, read the same way before a verb and in a closing attribution. Every sentence here is made up for the test.
"""

from __future__ import annotations

import pytest
from test_attribution import found
from test_speakers import speakers

from summarizer.text.apposition import is_aside, name_before_asides


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a description without a determiner, then a relative clause
        ("Ada Moss, head of the Harbour Workers Union, which speaks for the dockers, said the strike would end.",
         "Ada Moss"),
        # an age, an origin, a state, a relative clause
        ("Lena Ortiz, 61, of Dayton, Ohio, who came to hear the speech, said the plant must stay open.", "Lena Ortiz"),
        # two descriptions, the second opened by "one of"
        # (a description opened by a determiner right after the name stays with it, as the person's role)
        ("Omar Haddad, the finance minister of Jordan, one of the lenders to the fund, said the loan was safe.",
         "Omar Haddad, the finance minister of Jordan"),
        # an aside between dashes
        ("Ruiz -- author of a study of port labour, a book that sold well -- said the union had lost ground.",
         "Ruiz"),
    ],
)  # fmt: skip
def test_the_subject_is_the_name_the_asides_describe(text: str, source: str) -> None:
    assert [s for s, _, _ in found(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We will not sign,” Senator Ann Cole, R-Maine, said Thursday.", "Senator Ann Cole"),
        ("“The plan is dead,” Tom Reyes, a tax lawyer and former adviser, told reporters.", "Tom Reyes"),
        ("“It cannot last,” Li Wen, the envoy to Geneva, one of three sent, said on Monday.", "Li Wen"),
    ],
)
def test_a_closing_attribution_names_the_person_not_the_last_aside_or_a_day(text: str, source: str) -> None:
    sources = [s for s, _, _ in found(text)]
    assert sources == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Trump, meanwhile, said the wall would be built.",  # an adverbial aside: its own rule reads it
        "In Lisbon, the minister, who arrived late, said talks would go on.",  # no name before the asides
        "After meeting Ann Lee, the minister said talks would go on.",  # the name is an object in a fronted phrase
    ],
)
def test_no_name_is_claimed_where_the_chunks_are_not_asides_of_one(text: str) -> None:
    said = text.index(" said")
    assert name_before_asides(text, said - 1 if text[said - 1] == "," else said) is None


@pytest.mark.parametrize(
    ("chunk", "aside"),
    [
        ("the finance minister", True), ("one of the lenders", True), ("59", True), ("of Dayton", True),
        ("R-Maine", True), ("Md.", True), ("who came late", True), ("president of the union", True),
        ("Obama's former campaign manager", True), ("meanwhile", False), ("in Lisbon", False),
        ("Ann Lee", False), ("speaking on Monday", False),
    ],
)  # fmt: skip
def test_what_counts_as_an_aside(chunk: str, aside: bool) -> None:
    assert is_aside(chunk) is aside


def test_the_speaker_of_a_content_after_asides_is_the_person() -> None:
    text = "Ada Moss, head of the Harbour Workers Union, which speaks for the dockers, said the strike would end soon."
    assert speakers(text)["the strike would end soon"][0] == "Ada Moss"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("On Thursday, however, Mayor Tom Reyes spoke to the builders, promising to cut the permit fees.",
         "Mayor Tom Reyes"),
        ("Stung by the vote, as well as by the polls, the governor revised her plan, promising to lower the fares.",
         "the governor"),
        ("Republican presidential hopeful Ann Cole weighed in on Twitter, saying that the port should stay open.",
         "Republican presidential hopeful Ann Cole"),
    ],
)  # fmt: skip
def test_a_participles_source_is_the_main_clauses_subject_past_a_fronted_phrase(text: str, source: str) -> None:
    assert [s for s, c, _ in found(text) if c.endswith("ing")] == [source]


def test_a_name_ending_in_a_word_that_is_also_an_auxiliary_is_one_name() -> None:
    text = "Prime Minister Theresa May said the country would leave the union by March."
    assert [s for s, _, _ in found(text)] == ["Prime Minister Theresa May"]
