"""Tests for summarizer.text.dateline: the publication date a text states near its top."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.text.dateline import dateline_place, find_dateline
from summarizer.text.lexicon import MONTHS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, March 5, 2021 — The minister arrived.", date(2021, 3, 5)),
        ("Published: 5 March 2021\nThe minister arrived.", date(2021, 3, 5)),
        ("2021-03-05T10:00:00Z\nThe minister arrived.", date(2021, 3, 5)),
        ("Posted 2021/3/5 by staff", date(2021, 3, 5)),
        ("Friday, Mar. 5th, 2021. Talks began.", date(2021, 3, 5)),
        ("Updated on the 5th of March, 2021", date(2021, 3, 5)),
        ("SEPT 30 2019 - Berlin", date(2019, 9, 30)),
        ("By staff. 12 December 2020. Earlier on November 3, 2020 they met.", date(2020, 12, 12)),
    ],
)
def test_find_dateline(text: str, expected: date) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On March 5 the minister arrived in Paris.",  # no year: never invent one
        "The meeting is on 05/03/2021 in Rome.",  # ambiguous numeric date
        "February 30, 2021 is not a date.",  # invalid day
        "No dates here at all.",
        "",
        "x" * 400 + " March 5, 2021",  # beyond the first ~300 characters
    ],
)
def test_find_dateline_none(text: str) -> None:
    assert find_dateline(text) is None


def test_find_dateline_skips_invalid_and_takes_next() -> None:
    assert find_dateline("2021-02-30 draft; published 2021-03-01") == date(2021, 3, 1)


def test_find_dateline_takes_the_earliest_whatever_its_form() -> None:
    assert find_dateline("2021-01-02 update of the Dec. 1, 2020 story") == date(2021, 1, 2)
    assert find_dateline("Dec. 1, 2020, updated 2021-01-02") == date(2020, 12, 1)


def test_find_dateline_window_is_about_300_characters() -> None:
    assert find_dateline("x" * 290 + " March 5, 2021") == date(2021, 3, 5)
    assert find_dateline("x" * 310 + " March 5, 2021") is None


@pytest.mark.parametrize("word", sorted(MONTHS))
def test_every_month_word_of_the_lexicon_is_read(word: str) -> None:
    month = MONTHS[word]
    assert find_dateline(f"{word.capitalize()} 5, 2021") == date(2021, month, 5)
    assert find_dateline(f"5 {word.upper()}. 2021") == date(2021, month, 5)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("KESSBY — The mayor said", "KESSBY"),
        ("PELLAN, Norland - A party of biologists", "PELLAN"),
        ("TARLOW, 3 June — Governor Elin Maas", "TARLOW"),
        ("WASHINGTON (Reuters) — The senator", "WASHINGTON"),
        ("The mayor said on Monday - nothing more", None),
        ("(ATF) US Secretary of State Antony Blinken", None),
    ],
)
def test_the_place_a_dateline_opens_with(text: str, place: str | None) -> None:
    assert dateline_place(text) == place
