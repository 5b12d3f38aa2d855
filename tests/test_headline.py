"""A headline in Title Case is read as a sentence is written: its verb of saying is a verb, its pronoun a pronoun.

Every headline here is written for the test; none comes from the evaluation corpus.
"""

from __future__ import annotations

import pytest
from test_attribution import found

from summarizer.text.attribution_words import VERBS
from summarizer.text.headline import sentence_case


def test_a_title_case_headline_has_its_attribution_in_the_articles_own_letters() -> None:
    text = "Mayor Says She Will Not Run Again For The Council Seat.\n\nThe mayor spoke on Monday."
    assert found(text) == [("Mayor", "Says", "She Will Not Run Again For The Council Seat")]


def test_the_same_headline_in_sentence_case_and_in_title_case_give_one_attribution_each() -> None:
    title = "Governor Warns That The Budget Gap Will Grow Next Year."
    plain = "Governor warns that the budget gap will grow next year."
    assert [(s, c.lower(), t.lower()) for s, c, t in found(title)] == found(plain)
    assert found(plain)  # the sentence-case line has one, so the comparison above is not of two empty lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Says He’s Ready To Lead The Party.", "Senator says he’s Ready to Lead the Party."),
        # capitals stay capitals: "US", "I"; a month that is also a verb of mood is no grammatical word here
        ("Obama Says US Must Act In May, I Am Told.", "Obama says US must Act in May, I Am told."),
    ],
)  # fmt: skip
def test_grammatical_words_and_verbs_of_saying_are_lowered_in_place(text: str, expected: str) -> None:
    lowered = sentence_case(text, VERBS)
    assert lowered == expected
    assert len(lowered) == len(text)  # offsets into the article stay right


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Ana Ruiz met Foreign Minister Li Wen in Geneva.",  # names, and grammar in lower case
        "The Latest: Mourners say the loss is hard to bear.",
        "Officials In The Capital said the vote would be held.",  # a word of four letters in lower case
    ],
)
def test_a_sentence_not_in_title_case_is_left_as_it_is(text: str) -> None:
    assert sentence_case(text, VERBS) == text
