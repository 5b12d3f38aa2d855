"""Sentences, quotation finding and grounding: exact offsets on tricky text."""

from __future__ import annotations

import pytest

from summarizer.extract.grounding import locate, locate_sentence
from summarizer.text.attribution import find_attributions
from summarizer.text.quotes import find_quotes
from summarizer.text.sentences import abbreviation_stops, split_sentences


def test_seed_quotes_found_with_gold_offsets(seed_text: str) -> None:
    quotes = find_quotes(seed_text)
    spans = [[(p.start, p.end) for p in q.parts] for q in quotes]
    # The gold content spans of the seed's three direct quotes (../shared/corpus/seed).
    assert spans == [[(621, 764)], [(942, 1171)], [(1724, 1772), (1785, 1858)]]
    assert quotes[2].cue == "he said"
    assert all(seed_text[p.start : p.end] == p.text for q in quotes for p in q.parts)


def test_scare_quotes_are_not_quotes(seed_text: str) -> None:
    texts = [q.text for q in find_quotes(seed_text)]
    assert not any("virtual trip" == t or t == "visited" for t in texts)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a dit « Nous irons à Paris demain matin » hier.", ["Nous irons à Paris demain matin"]),
        ('He said "we will go to Paris next week," and left.', ["we will go to Paris next week"]),
        ("“東京に行きます 明日 朝 早く” と彼は言った。", ["東京に行きます 明日 朝 早く"]),
        ("She said: ‘We will never give up on this’ and 🎉 smiled.", ["We will never give up on this"]),
        ("Korea’s leader didn’t go. “Short one,” he said.", ["Short one"]),
    ],
)
def test_quote_offsets_with_unicode(text: str, expected: list[str]) -> None:
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == expected
    for q in quotes:
        for p in q.parts:
            assert text[p.start : p.end] == p.text


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "“This is a long quote that goes on past the paragraph\nAnd a new paragraph."
    [q] = find_quotes(text)
    assert q.text == "This is a long quote that goes on past the paragraph"


def test_sentences_have_exact_offsets_and_respect_abbreviations() -> None:
    text = "Mr. Smith met U.S. officials on Monday. They talked — at length — about café prices!\n\nNew para 😀 here."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Mr. Smith met U.S. officials on Monday.",
        "They talked — at length — about café prices!",
        "New para 😀 here.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_locate_folds_quotes_case_and_spacing() -> None:
    text = "Blinken took his first “virtual trip” as Secretary of State."
    span = locate(text, 'his first "Virtual  trip"')
    assert span is not None and text[span.start : span.end] == span.text == "his first “virtual trip”"
    assert locate(text, "not there") is None


def test_locate_sentence_accepts_near_copies_only(seed_text: str) -> None:
    sents = split_sentences(seed_text)
    near = "He also met with the Canadian Prime Minister Justin Trudeau."
    span = locate_sentence(seed_text, sents, near)
    assert span is not None and span.text == "He also met with Canadian Prime Minister Justin Trudeau."
    assert locate_sentence(seed_text, sents, "Nobody went anywhere on Tuesday at all.") is None


def test_cue_before_a_quotation_reaches_back_to_the_last_stop() -> None:
    text = (
        "Speaking to reporters in Geneva after a long day of talks with his counterpart, "
        'the foreign minister said: "We will return next week."'
    )
    [q] = find_quotes(text)
    assert q.cue == "in Geneva after a long day of talks with his counterpart, the foreign minister said"
    assert q.text == "We will return next week."


@pytest.mark.parametrize(
    "text, expected",
    [
        # The writer's clause runs into the next quotation: its object or complement, a new attribution.
        (
            "“We will win this state,” the senator said his campaign was “closing really strong in the polls.”",
            ["We will win this state", "closing really strong in the polls."],
        ),
        (
            "“Give him the time he needs,” said the mayor, urging his critics to “give him some more time now.”",
            ["Give him the time he needs", "give him some more time now."],
        ),
        ("“We are ready to go,” Lee said, adding: “We will win it all this year.”",
         ["We are ready to go", "We will win it all this year."]),
        # A quotation with its own attribution after it is not the one before it going on.
        ("“We are ready to go,” Lee said. “We will win it all this year,” the candidate said.",
         ["We are ready to go", "We will win it all this year"]),
        # A cue set off by punctuation, or a conjunction, keeps one quotation in two parts.
        ("“We are ready to go,” Lee said. “We will win it all this year.”",
         ["We are ready to go ... We will win it all this year."]),
        ("“We are ready to go,” Lee said, “and we will win it all this year.”",
         ["We are ready to go ... and we will win it all this year."]),
        ("“We are ready to go,” Lee said, and “we will win it all this year.”",
         ["We are ready to go ... we will win it all this year."]),
        # a short sentence quoted whole goes on with the attributed quotation before it; alone it is a term
        ("“There she is,” Lee said. “At last, Mara.”", ["There she is ... At last, Mara."]),
        ("The plan failed. “At last, Mara.” Lee left the hall.", []),
    ],
)
def test_a_quotation_goes_on_only_past_a_cue_set_off_from_it(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == expected


def test_the_full_stop_of_an_abbreviation_does_not_end_a_cue() -> None:
    text = (
        "''We will not let this go by,'' Mr. Brown said. "
        "''This person will not be confirmed,'' as Ann Cole, the No. 2 in the party, put it. "
        "“We are ready to go now,” said Sen. Ann Lund of the U.S. Senate."
    )
    assert [q.cue for q in find_quotes(text)] == [
        "Mr. Brown said", "as Ann Cole, the No. 2 in the party, put it", "said Sen. Ann Lund",
    ]
    assert [text[i - 2 : i + 1] for i in abbreviation_stops(text)] == ["Mr.", "No.", "en.", " U.", ".S."]


@pytest.mark.parametrize(
    "text",
    [
        # a title names a thing after a determiner or in apposition to a noun, whatever cue stands near
        "In his new book, “Doomed to Succeed,” and in an interview, Mr. Ross said the plan was dead.",
        "She waved the “Make America Great Again” hat as she said it.",
        # a title keeps its short words in lower case
        "The crowd read from “The Art of the Deal” all night long.",
    ],
)
def test_a_quoted_title_is_a_name_not_a_quotation(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "so-called" marks a term, whatever cue stands near
        ("It is hard to win so-called “closed” primaries, she said.", []),
        ("The so- called ‘special relationship’ is old, he said.", []),
        # a short quotation after a determiner is a noun, not words someone said
        ("The party backed the reform, as the “autopsy” recommended.", []),
        # a labelling verb still quotes a short word, with or without a determiner
        ("He called the plan a “disgrace”.", ["disgrace"]),
        ("She said the plan was “dead on arrival”.", ["dead on arrival"]),
    ],
)
def test_a_short_quoted_term_is_not_a_quotation(text: str, expected: list[str]) -> None:
    assert [q.text for q in find_quotes(text)] == expected


def test_a_right_single_mark_after_a_sentence_closes_a_double_quotation() -> None:
    text = "Ann Lee tweeted: “Let’s go. We can win this now.’ Lee was in the East Room on Tuesday. She saw “Trainwreck.”"
    assert [q.text for q in find_quotes(text)] == ["Let’s go. We can win this now."]
    # inside a double quotation, a single one opened before it closes itself
    text = "“He told me ‘go home.’ Then he left the room,” she said."
    assert [q.text for q in find_quotes(text)] == ["He told me ‘go home.’ Then he left the room"]


def test_as_she_puts_it_is_a_cue_in_the_present_too() -> None:
    [q] = find_quotes("As the columnist Dana Milford puts it, “The council is unmoved and the voters are tired.”")
    assert q.cue == "As the columnist Dana Milford puts it"


def test_single_quotes_and_apostrophes() -> None:
    [q] = find_quotes("It's 'fine,' said O'Brien, 'really fine'.")
    assert (q.text, q.cue) == ("really fine", "It's 'fine,' said O'Brien")


def test_sentence_ends_in_runs_of_marks_and_abbreviations() -> None:
    text = (
        "Wait.... What?! He left!!! Then the U.S. team arrived.. Mr. Smith met J. Doe at 5 p.m. Friday. "
        'The U.S. The end..."x" ok. 東京。大阪！'
    )
    assert [s.text for s in split_sentences(text)] == [
        "Wait....", "What?!", "He left!!!", "Then the U.S. team arrived..", "Mr. Smith met J. Doe at 5 p.m. Friday.",
        "The U.S.", 'The end..."x" ok.', "東京。", "大阪！",
    ]


def test_an_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one() -> None:
    text = (
        "The U.S. Ambassador met the U.N. Security Council. Apple Inc. Chief Executive Tim Cook flew in. "
        "They flew to the U.S. The next day they met. It rained in the U.K. “We stayed,” she said. "
        "He lives in the U.S. now."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. Ambassador met the U.N. Security Council.", "Apple Inc. Chief Executive Tim Cook flew in.",
        "They flew to the U.S.", "The next day they met.", "It rained in the U.K.", "“We stayed,” she said.",
        "He lives in the U.S. now.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("x-he said that the minister would come soon.", [("x-he", 10, 43, "said")]),
        (
            (
                "The U.S.-Japan team told reporters the visit was off, "
                "and the Kyodo news agency reported the trip was on."
            ),
            [("The U.S.-Japan team", 35, 52, "told"), ("the Kyodo news agency", 89, 104, "reported")],
        ),
        ("Anti-Smith campaigners said that the plan would fail.", [("Anti-Smith campaigners", 28, 52, "said")]),
    ],
)
def test_reported_speech_sources_in_hyphenated_words(
    text: str, expected: list[tuple[str, int, int, str]],
) -> None:
    [sentence] = split_sentences(text)
    assert [(a.source, a.start, a.end, a.cue) for a in find_attributions(sentence)] == expected


def test_a_full_stop_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Sen. Ann Lund (D-Ore.) said the bill would pass. It did."
    assert [s.text for s in split_sentences(text)] == ["Sen. Ann Lund (D-Ore.) said the bill would pass.", "It did."]


def test_a_dash_that_joins_a_headline_to_the_text_ends_a_sentence() -> None:
    text = "Envoy Appalled by Failed Deal -U.N. envoy Ann Lee says talks collapsed. Low-cost flights - and more - rose."
    assert [s.text for s in split_sentences(text)] == [
        "Envoy Appalled by Failed Deal", "U.N. envoy Ann Lee says talks collapsed.", "Low-cost flights - and more - rose.",
    ]
