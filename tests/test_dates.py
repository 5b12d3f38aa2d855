"""Tests for summarizer.text.dates: resolving date expressions and finding them in sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from summarizer.text.dates import find_date_phrases, resolve_date

SEED = dt.date(2021, 3, 5)  # Friday; the seed article's publication date
JAN = dt.date(2021, 1, 10)  # Sunday, just after a year boundary
DEC = dt.date(2021, 12, 20)  # Monday, just before a year boundary
MON = dt.date(2021, 3, 8)  # Monday

CASES: list[tuple[str, dt.date | None, str | None, str | None, str]] = [
    # --- the seed article (reference 2021-03-05)
    ("on March 4", SEED, "2021-03-04", None, "day"),
    ("On February 26", SEED, "2021-02-26", None, "day"),
    ("this month", SEED, "2021-03", None, "month"),
    ("Last month", SEED, "2021-02", None, "month"),
    ("two days from March 17", SEED, "2021-03-17", "2021-03-18", "range"),
    ("for two days from March 17", SEED, "2021-03-17", "2021-03-18", "range"),
    ("in 2020", SEED, "2020", None, "year"),
    # --- month and day
    ("March 4", SEED, "2021-03-04", None, "day"),
    ("4 March", SEED, "2021-03-04", None, "day"),
    ("the 4th of March", SEED, "2021-03-04", None, "day"),
    ("March 4th", SEED, "2021-03-04", None, "day"),
    ("March 4, 2021", SEED, "2021-03-04", None, "day"),
    ("4 March 2019", SEED, "2019-03-04", None, "day"),
    ("Feb. 26", SEED, "2021-02-26", None, "day"),
    ("February 26", SEED, "2021-02-26", None, "day"),
    ("Sept. 11, 2001", SEED, "2001-09-11", None, "day"),
    ("Monday, March 8", SEED, "2021-03-08", None, "day"),
    ("on March 4.", SEED, "2021-03-04", None, "day"),
    ("\u201cMarch 4\u201d", SEED, "2021-03-04", None, "day"),
    ("since March 1", SEED, "2021-03-01", None, "day"),
    ("until April 2", SEED, "2021-04-02", None, "day"),
    ("by June 30", SEED, "2021-06-30", None, "day"),
    ("February 30", SEED, None, None, "unknown"),
    # nearest occurrence across a year boundary
    ("December 28", JAN, "2020-12-28", None, "day"),
    ("January 5", DEC, "2022-01-05", None, "day"),
    ("September 4", SEED, "2020-09-04", None, "day"),
    # --- ISO and numeric forms
    ("2021-03-04", SEED, "2021-03-04", None, "day"),
    ("2021-03", None, "2021-03", None, "month"),
    ("2021/03/04", None, "2021-03-04", None, "day"),
    ("3/4/2021", SEED, None, None, "unknown"),
    ("4.3.2021", SEED, None, None, "unknown"),
    # --- days relative to the reference
    ("today", SEED, "2021-03-05", None, "day"),
    ("yesterday", SEED, "2021-03-04", None, "day"),
    ("tomorrow", SEED, "2021-03-06", None, "day"),
    ("last night", SEED, "2021-03-04", None, "day"),
    ("two days ago", SEED, "2021-03-03", None, "day"),
    ("three days from now", SEED, "2021-03-08", None, "day"),
    ("in two days", SEED, "2021-03-07", None, "day"),
    # --- weekdays (reference is a Friday)
    ("on Monday", SEED, "2021-03-01", None, "day"),
    ("Friday", SEED, "2021-03-05", None, "day"),
    ("last Tuesday", SEED, "2021-03-02", None, "day"),
    ("last Friday", SEED, "2021-02-26", None, "day"),
    ("next Friday", SEED, "2021-03-12", None, "day"),
    ("next Monday", SEED, "2021-03-08", None, "day"),
    ("this Monday", SEED, "2021-03-01", None, "day"),
    ("Tuesday morning", SEED, "2021-03-02", None, "day"),
    # --- weeks and weekends
    ("this week", SEED, "2021-03-01", "2021-03-07", "range"),
    ("next week", SEED, "2021-03-08", "2021-03-14", "range"),
    ("last week", SEED, "2021-02-22", "2021-02-28", "range"),
    ("later this week", SEED, "2021-03-01", "2021-03-07", "range"),
    ("last weekend", SEED, "2021-02-27", "2021-02-28", "range"),
    ("this weekend", SEED, "2021-03-06", "2021-03-07", "range"),
    ("over the weekend", SEED, "2021-02-27", "2021-02-28", "range"),
    ("over the weekend", MON, "2021-03-06", "2021-03-07", "range"),
    ("the week of March 10", SEED, "2021-03-08", "2021-03-14", "range"),
    # --- months
    ("next month", SEED, "2021-04", None, "month"),
    ("last month", JAN, "2020-12", None, "month"),
    ("next month", DEC, "2022-01", None, "month"),
    ("earlier this month", SEED, "2021-03", None, "month"),
    ("later this month", SEED, "2021-03", None, "month"),
    ("the end of the month", SEED, "2021-03", None, "month"),
    ("in March", SEED, "2021-03", None, "month"),
    ("in September", SEED, "2021-09", None, "month"),
    ("in October", SEED, "2020-10", None, "month"),
    ("in December", JAN, "2020-12", None, "month"),
    ("early March", SEED, "2021-03", None, "month"),
    ("mid-March", SEED, "2021-03", None, "month"),
    ("late March 2020", SEED, "2020-03", None, "month"),
    ("March 2021", SEED, "2021-03", None, "month"),
    ("March of 2019", None, "2019-03", None, "month"),
    ("last March", SEED, "2020-03", None, "month"),
    ("next March", SEED, "2022-03", None, "month"),
    # --- years
    ("2020", SEED, "2020", None, "year"),
    ("last year", SEED, "2020", None, "year"),
    ("next year", SEED, "2022", None, "year"),
    ("this year", SEED, "2021", None, "year"),
    ("earlier this year", SEED, "2021", None, "year"),
    ("early 2021", SEED, "2021", None, "year"),
    ("the 1990s", SEED, "1990-01-01", "1999-12-31", "range"),
    ("the '90s", SEED, None, None, "unknown"),
    # --- ranges
    ("from March 17 to 19", SEED, "2021-03-17", "2021-03-19", "range"),
    ("March 17-19", SEED, "2021-03-17", "2021-03-19", "range"),
    ("March 17 \u2013 19", SEED, "2021-03-17", "2021-03-19", "range"),
    ("between March 17 and March 19", SEED, "2021-03-17", "2021-03-19", "range"),
    ("between 17 and 19 March", SEED, "2021-03-17", "2021-03-19", "range"),
    ("17-19 March", SEED, "2021-03-17", "2021-03-19", "range"),
    ("March 4 and 5", SEED, "2021-03-04", "2021-03-05", "range"),
    ("March 30 to April 2", SEED, "2021-03-30", "2021-04-02", "range"),
    ("Dec 30 - Jan 2", JAN, "2020-12-30", "2021-01-02", "range"),
    ("Dec. 30, 2020 to Jan. 2, 2021", None, "2020-12-30", "2021-01-02", "range"),
    ("March 17-19, 2021", None, "2021-03-17", "2021-03-19", "range"),
    ("March 17 for two days", SEED, "2021-03-17", "2021-03-18", "range"),
    ("for three days starting Monday", MON, "2021-03-08", "2021-03-10", "range"),
    ("for one day from March 17", SEED, "2021-03-17", None, "day"),
    ("from Monday to Wednesday", SEED, "2021-03-01", "2021-03-03", "range"),
    ("from Friday to Monday", SEED, "2021-03-05", "2021-03-08", "range"),
    ("from March to May", SEED, "2021-03-01", "2021-05-31", "range"),
    ("between 2019 and 2021", None, "2019-01-01", "2021-12-31", "range"),
    # --- vague or unknown words
    ("in the coming days", SEED, None, None, "unknown"),
    ("soon", SEED, None, None, "unknown"),
    ("recently", SEED, None, None, "unknown"),
    ("later", SEED, None, None, "unknown"),
    ("", SEED, None, None, "unknown"),
    ("the Biden administration", SEED, None, None, "unknown"),
    # --- no reference: never invent a year
    ("March 4", None, None, None, "unknown"),
    ("on March 4", None, None, None, "unknown"),
    ("this month", None, None, None, "unknown"),
    ("last month", None, None, None, "unknown"),
    ("yesterday", None, None, None, "unknown"),
    ("on Monday", None, None, None, "unknown"),
    ("in March", None, None, None, "unknown"),
    ("two days from March 17", None, None, None, "unknown"),
    ("March 17-19", None, None, None, "unknown"),
    ("in 2020", None, "2020", None, "year"),
    ("March 4, 2021", None, "2021-03-04", None, "day"),
    ("2021-03-04", None, "2021-03-04", None, "day"),
]


@pytest.mark.parametrize(("words", "reference", "value", "end", "precision"), CASES)
def test_resolve_date(
    words: str, reference: dt.date | None, value: str | None, end: str | None, precision: str
) -> None:
    ref = resolve_date(words, reference)
    assert ref.text == words
    assert (ref.value, ref.end, ref.precision) == (value, end, precision)


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


def test_prefer_future_reads_forward() -> None:
    assert resolve_date("on Monday", SEED, prefer_future=True).value == "2021-03-08"
    assert resolve_date("in October", SEED, prefer_future=True).value == "2021-10"
    assert resolve_date("March 4", SEED, prefer_future=True).value == "2022-03-04"
    assert resolve_date("the weekend", SEED, prefer_future=True).value == "2021-03-06"


def test_datetime_reference_is_accepted() -> None:
    ref = resolve_date("yesterday", dt.datetime(2021, 3, 5, 23, 59))
    assert ref.value == "2021-03-04"


@pytest.mark.parametrize(
    "junk",
    [
        "-" * 300,
        "march " * 100,
        " to ".join(["x"] * 50),
        "between and",
        "from to",
        "\x00\ufeff",
        "31/31/31",
        "99999",
    ],
)
def test_junk_never_raises(junk: str) -> None:
    ref = resolve_date(junk, SEED)
    assert ref.precision == "unknown" and ref.value is None


def test_value_formats_match_precision() -> None:
    for words, reference, *_ in CASES:
        ref = resolve_date(words, reference)
        if ref.precision == "day":
            dt.date.fromisoformat(ref.value or "")
        elif ref.precision == "range":
            assert ref.value and ref.end and ref.value < ref.end
            dt.date.fromisoformat(ref.value)
            dt.date.fromisoformat(ref.end)
        elif ref.precision == "month":
            assert ref.value and len(ref.value) == 7
        elif ref.precision == "year":
            assert ref.value and len(ref.value) == 4
        else:
            assert ref.value is None and ref.end is None


# --------------------------------------------------------------------------- find_date_phrases

FIND_CASES: list[tuple[str, list[str]]] = [
    (
        (
            "US Secretary of State Antony Blinken and newly appointed Defence secretary Lloyd Austin plan to "
            "visit Japan and South Korea this month for foreign policy and security talks, according to "
            "reports published on March 4."
        ),
        ["this month", "on March 4"],
    ),
    (
        "South Korea\u2019s Yonhap news agency said the officials would visit Seoul for two days from March 17.",
        ["for two days from March 17"],
    ),
    ("Last month, Blinken hinted at an imminent Japan trip, the Kyodo news agency noted.", ["Last month"]),
    (
        "On February 26, Blinken took his first \u201cvirtual trip\u201d as Secretary of State.",
        ["On February 26"],
    ),
    ("The talks will take place March 17-19 in Seoul.", ["March 17-19"]),
    (
        "He met Suga last Tuesday and will see Moon next Friday morning.",
        ["last Tuesday", "next Friday morning"],
    ),
    (
        "Talks ran from Monday to Wednesday, officials said yesterday.",
        ["from Monday to Wednesday", "yesterday"],
    ),
    (
        "In 2020, the two sides met in early March, in May and again on 4 March 2021.",
        ["In 2020", "in early March", "in May", "on 4 March 2021"],
    ),
    (
        "Earlier this month the minister said she may travel later in the month.",
        ["Earlier this month", "later in the month"],
    ),
    ("The summit, set for between 17 and 19 March, was postponed.", ["for between 17 and 19 March"]),
    ("He will visit in the coming days, an aide said two days ago.", ["in the coming days", "two days ago"]),
    ("On Monday, March 8, 2021, Blinken flew to Tokyo.", ["On Monday, March 8, 2021"]),
    ("The 2020 election was held in November 2020.", ["in November 2020"]),
    ("Prices rose 20% in 2019 and 1,000 troops left.", ["in 2019"]),
    (
        "They met the week of March 8 and again this past weekend.",
        ["the week of March 8", "this past weekend"],
    ),
    ("See the report dated 2021-03-04 for details.", ["2021-03-04"]),
    ("May I ask whether the Covid-19 talks may resume?", []),
    ("No date here, soon or recently.", []),
]


@pytest.mark.parametrize(("sentence", "phrases"), FIND_CASES)
def test_find_date_phrases(sentence: str, phrases: list[str]) -> None:
    spans = find_date_phrases(sentence)
    assert [sentence[s:e] for s, e in spans] == phrases
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(sentence) for s, e in spans)


def test_found_phrases_resolve() -> None:
    for sentence, _ in FIND_CASES:
        for s, e in find_date_phrases(sentence):
            words = sentence[s:e]
            if words != "in the coming days":
                assert resolve_date(words, SEED).value is not None, words


def test_find_offsets_index_the_given_string() -> None:
    sentence = "\u201cWe\u2019ll meet on March 4,\u201d she said \u2014 then again next week."
    spans = find_date_phrases(sentence)
    assert [sentence[s:e] for s, e in spans] == ["on March 4", "next week"]


def test_dates_is_the_public_entry_to_the_date_modules() -> None:
    from summarizer.text import date_phrases, dates

    assert dates.find_date_phrases is date_phrases.find_date_phrases
    assert {"find_date_phrases", "resolve_date"} <= set(dates.__all__)


def test_the_finder_counts_with_fewer_number_words_than_the_resolver() -> None:
    # Kept as it was: "fifteen days ago" resolves, but the finder only knows "one" to "twelve" and "fourteen".
    assert resolve_date("fifteen days ago", SEED).value == "2021-02-18"
    assert find_date_phrases("It began fifteen days ago.") == []
    assert find_date_phrases("It began fourteen days ago.") == [(9, 26)]
