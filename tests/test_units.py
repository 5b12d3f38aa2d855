"""Rules tested where they live: a reporting verb's subject and the closing attribution shapes, date forms,
redaction, decoding, feeds and what a page is, prices, usage counting."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from summarizer.batch.prices import load_prices
from summarizer.errors import BinaryInputError, InputError
from summarizer.llm.scope import count_call
from summarizer.read.decode import decode
from summarizer.read.feed import parse_feed
from summarizer.read.html import content_type_is_html, looks_like_feed, meta_charset, sniff_html
from summarizer.schemas import Usage
from summarizer.text.attribution_parts import according, trailing
from summarizer.text.attribution_words import VERBS, read_as_noun
from summarizer.text.date_forms import infer_day, resolve_offset, resolve_single, to_number, week_start
from summarizer.text.subject import subject_before
from summarizer.util.redact import redact_text, redact_url, url_secrets

WEDNESDAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The senator, who opposed the bill, said it would pass.", "The senator"),  # across a relative clause
        ("On Friday, the governor said he would sign.", "the governor"),  # a fronted adverbial is no subject
        ("Karimi, the agency's director, has also repeatedly said no.", "Karimi, the agency's director"),
        ("Graham (R-S.C.) said it.", "Graham"),  # the bracket is crossed
        ("He said so.", "He"),
    ],
)
def test_the_subject_of_a_reporting_verb(sentence: str, subject: str) -> None:
    span = subject_before(sentence, sentence.index(" said") + 1)
    assert span is not None and sentence[span[0] : span[1]] == subject


@pytest.mark.parametrize("before", ["is due to", "is scheduled to", "was slated to", "is poised to", "plans to"])
def test_the_subject_of_a_verb_after_an_adjective_or_verb_that_takes_to(before: str) -> None:
    sentence = f"The delegation {before} fly into Venice."
    span = subject_before(sentence, sentence.index(" fly") + 1)
    assert span is not None and sentence[span[0] : span[1]] == "The delegation"


def test_no_subject_before_a_verb_that_opens_the_text() -> None:
    assert subject_before("Said the minister: no.", 0) is None


@pytest.mark.parametrize(
    ("words", "precision", "start", "end"),
    [
        ("in two days", "day", "2024-03-08", "2024-03-08"),
        ("three weeks from now", "day", "2024-03-27", "2024-03-27"),
        ("a year ago", "year", "2023-01-01", "2023-12-31"),
        ("in a couple of months", "month", "2024-05-01", "2024-05-31"),
    ],
)
def test_offsets_count_from_the_reference(words: str, precision: str, start: str, end: str) -> None:
    got = resolve_offset(words, WEDNESDAY, False)
    assert got is not None and (got.precision, got.start.isoformat(), got.end.isoformat()) == (precision, start, end)


def test_an_offset_without_a_reference_or_a_number_is_unresolved() -> None:
    assert resolve_offset("in two days", None, False) is None
    assert resolve_offset("in several days", WEDNESDAY, False) is None


@pytest.mark.parametrize(
    ("words", "past", "future"),
    [
        ("monday", "2024-03-04", "2024-03-11"),  # the last Monday, or for a planned event the coming one
        ("march 4", "2024-03-04", "2025-03-04"),
        ("2021-03-04", "2021-03-04", "2021-03-04"),  # a full date is what it says either way
        ("tomorrow", "2024-03-07", "2024-03-07"),
    ],
)
def test_single_dates_read_back_or_forward(words: str, past: str, future: str) -> None:
    back, forward = resolve_single(words, WEDNESDAY, False), resolve_single(words, WEDNESDAY, True)
    assert back is not None and forward is not None
    assert (back.start.isoformat(), forward.start.isoformat()) == (past, future)


def test_weekends_weeks_and_days_without_a_year() -> None:
    weekend = resolve_single("this weekend", WEDNESDAY, False)
    assert weekend is not None and (weekend.precision, weekend.start, weekend.end) == (
        "range", dt.date(2024, 3, 9), dt.date(2024, 3, 10))  # fmt: skip
    assert week_start(WEDNESDAY) == dt.date(2024, 3, 4)
    assert infer_day(12, 30, WEDNESDAY, False) == dt.date(2023, 12, 30)  # the last December 30
    assert infer_day(12, 30, WEDNESDAY, True) == dt.date(2024, 12, 30)  # the next one
    assert infer_day(2, 30, WEDNESDAY, False) is None  # no such day
    assert (to_number("twenty"), to_number("7"), to_number("lots")) == (20, 7, None)


def test_secrets_never_leave_in_a_url_or_a_message() -> None:
    assert redact_url("https://u:pw@h.example/v1?key=abc#f") == "https://h.example/v1"
    assert url_secrets("https://u:pw@h.example/v1?key=abc&x=1") == ["pw", "abc", "1"]
    said = redact_text("GET http://a:b@h/x?token=zz and key=secret123 and hunter22", ["hunter22"])
    assert said == "GET http://h/x and key=*** and ***"
    assert "secret123" not in said and "hunter22" not in said


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        ("The talks went well and will go on next week, the minister said on Monday.", "the minister", "said",
         "The talks went well and will go on next week"),  # what follows the verb says only when
        ("The plan will fail within a year, said Omar Haddad, the finance minister.", "Omar Haddad", "said",
         "The plan will fail within a year"),  # the inverted order
        ("The plan will fail, the statement read.", "the statement", "read", "The plan will fail"),  # a document reads
    ],
)
def test_an_attribution_that_closes_the_sentence(sentence: str, source: str, cue: str, content: str) -> None:
    found = trailing(sentence, len(sentence))
    assert found is not None and found.form == "trailing"
    assert (found.source, found.cue, sentence[found.start : found.end]) == (source, cue, content)


@pytest.mark.parametrize("sentence", ["The plan will fail, blindsided by the demand.", "He left, the talks over."])
def test_a_closing_phrase_without_a_speech_verb_is_no_attribution(sentence: str) -> None:
    assert trailing(sentence, len(sentence)) is None


@pytest.mark.parametrize(
    "sentence",
    ["According to Reuters, the minister will resign before the summit in May.",
     "The minister will resign before the summit in May, according to Reuters."],
)
def test_according_to_before_or_after_its_content(sentence: str) -> None:
    m = re.search(r"\b[Aa]ccording to\s+", sentence)
    assert m is not None
    found = according(sentence, m)
    assert found is not None and found.source == "Reuters"
    assert sentence[found.start : found.end].casefold() == "the minister will resign before the summit in may"


def test_prices_give_a_cost_only_for_a_model_with_a_price() -> None:
    prices = load_prices()
    assert prices.cost("openai:gpt-4o-mini", Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000)) == 0.75
    assert prices.cost("local:qwen", Usage(prompt_tokens=500)) == 0.0  # the local model is free
    assert prices.cost("openai:unknown-model", Usage(prompt_tokens=5)) is None  # never a guessed price


def test_decoding_by_byte_order_mark_and_declared_charset_and_refusing_binary() -> None:
    assert decode("Kraków".encode("utf-16"), name="n", source="s", declared_charset=None) == "Kraków"
    assert decode("café".encode("cp1252"), name="n", source="s", declared_charset="cp1252") == "café"
    with pytest.raises(BinaryInputError, match="binary data, not text: n"):
        decode(b"\x00\x01abc", name="n", source="s", declared_charset=None)


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>  Minister   visits Paris </title><link>/2021/paris#top</link><pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate></item>
<item><title>Again</title><link>https://news.example.com/2021/paris</link></item>
<item><title>No link</title></item>
</channel></rss>"""


def test_a_feed_is_each_linked_entry_once_with_its_date_and_title() -> None:
    [entry] = parse_feed(RSS, name="f", base="https://news.example.com/world/rss.xml")
    # the relative link resolved against the feed, its fragment dropped, the same link once, no link no entry
    assert (entry.link, entry.published, entry.title) == (
        "https://news.example.com/2021/paris", dt.date(2021, 3, 2), "Minister visits Paris")  # fmt: skip
    with pytest.raises(InputError, match="page.html is not an RSS or Atom feed"):
        parse_feed(b"<html><body>hi</body></html>", name="page.html")


def test_what_a_page_says_it_is() -> None:
    assert sniff_html(b"\xef\xbb\xbf<!DOCTYPE html><html>") and not sniff_html(b"Plain text")
    assert looks_like_feed('<rss version="2.0">') and not looks_like_feed("<html>")
    assert meta_charset(b'<head><meta charset="windows-1252">') == "windows-1252"
    assert (content_type_is_html("text/html"), content_type_is_html("text/plain")) == (True, False)
    assert content_type_is_html("application/octet-stream") is None  # unknown: the body is sniffed


def test_every_completion_counts_with_its_tokens() -> None:
    usage = Usage()
    count_call(usage, {"usage": {"prompt_tokens": 120, "completion_tokens": 30}})
    count_call(usage, {"choices": []})  # a reply without usage still counts as a call
    assert (usage.calls, usage.prompt_tokens, usage.completion_tokens) == (2, 120, 30)


@pytest.mark.parametrize(
    ("before", "form", "noun"),
    [
        (["her"], "remarks", True),  # a determiner or a possessive pronoun
        (["Trump's"], "comments", True),  # a possessive
        (["in"], "charge", True),  # a preposition
        (["a", "Trump-style"], "retort", True),  # a determiner and an adjective
        (["Early"], "estimates", True),  # an adjective opening the sentence
        (["the", "minister"], "said", False),
        (["after"], "saying", False),  # a gerund after a preposition stays a verb
        (["he's"], "said", False),  # "he's" is "he is", not a possessive
        (["An", "official"], "said", False),  # a past form is never a noun: "official" is the subject's head
        (["the", "public"], "warned", False),
        (["A", "senior"], "told", False),  # an irregular past
        (["an", "early"], "warning", True),  # an -ing form may be a noun after an adjective
        (["Official"], "said", False),
    ],
)
def test_the_words_before_a_verb_like_form_that_make_it_a_noun(before: list[str], form: str, noun: bool) -> None:
    assert read_as_noun(before, form) is noun
    assert form in VERBS  # every form here is one the table of reporting verbs knows
