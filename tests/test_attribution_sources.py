"""Sources told by the grammar of the phrase that holds them: nouns that look like verbs ("state media said",
"news reports said"), a clause after an inverted verb, a parenthetical with a plural or a document as subject,
things that hold evidence ("a survey shows"), and a transcript's turn set in quotation marks. Every sentence here
is made up for the test.
"""

from __future__ import annotations

import pytest
from offline_run import offline_run
from test_attribution import found

from summarizer.extract.quotes import ask_speakers, quote_records
from summarizer.extract.reported import reported_quotes
from summarizer.text.coref import QuotedSpans
from summarizer.text.quotes import find_quotes

CONTENT = "The toll road will open in the spring"


@pytest.mark.parametrize(
    "source",
    ["state media", "news reports", "local media reports", "vote counters", "state lawmakers", "court records"],
)
def test_a_closing_source_may_open_or_end_with_a_noun_that_looks_like_a_verb(source: str) -> None:
    # "state" and "vote" have no subject before them, "reports" stands right before the phrase's verb: nouns
    assert found(f"{CONTENT}, {source} said.") == [(source, "said", CONTENT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an inverted "said", a determiner after a verb opens its object: the words are a clause
        ("Ann Lee, an economist, said the letter failed to fix the problem.",
         [("Ann Lee, an economist", "said", "the letter failed to fix the problem")]),
        ("Ann Lee, an economist, said the letter didn't fix the problem.",
         [("Ann Lee, an economist", "said", "the letter didn't fix the problem")]),
        # a determiner after a preposition or "and" stays inside the source
        ('"The road will open in spring," said the head of the agency.',
         [("the head of the agency", "said", '"The road will open in spring')]),
        ('"The road will open in spring," said the mayor and the governor.',
         [("the mayor and the governor", "said", '"The road will open in spring')]),
    ],
)  # fmt: skip
def test_an_inverted_source_is_a_noun_phrase_never_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The toll road, the report says, will open in the spring.", "the report"),
        ("The toll road, it says, will open in the spring.", "it"),
        ("In recent weeks, aides to the governor say, the toll road has fallen behind.", "aides to the governor"),
        ("The toll road, top aides say, will open in the spring.", "top aides"),
        ("The toll road, state officials say, will open in the spring.", "state officials"),
    ],
)
def test_a_parenthetical_source_may_be_a_plural_a_document_or_it(text: str, source: str) -> None:
    [(got, _, content)] = found(text)
    assert got == source
    assert content == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An analysis shows rural voters drifting away.", [("An analysis", "shows", "rural voters drifting away")]),
        # an adverb that opens the sentence is no part of its subject
        ("However polls show rural voters drifting away.", [("polls", "show", "rural voters drifting away")]),
        ("Footage of the stop shows him with both arms raised.",
         [("Footage of the stop", "shows", "him with both arms raised")]),
        ("Turnout rose by a fifth in the east, a survey of 900 voters shows.",
         [("a survey of 900 voters", "shows", "Turnout rose by a fifth in the east")]),
        ("Turnout rose by a fifth in the east, court records show.",
         [("court records", "show", "Turnout rose by a fifth in the east")]),
        # the noun of a relative clause is no holder of evidence: "a slide that aides carry shows"
        ("A slide that aides carry shows what the toll would cost.", []),
        # "shows" after a noun that holds nothing is a plural noun: "TV shows"
        ("The TV shows viewers watch are different.", []),
    ],
)  # fmt: skip
def test_a_thing_that_holds_evidence_shows_what_it_reports(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_transcripts_turn_in_quotation_marks_names_its_speaker_without_a_question() -> None:
    text = (
        "Governor Ivo Marsh spoke to the host on Sunday. Partial transcript as follows:\n\n"
        '"HOST: Will the toll road open in the spring as the ministry promised?\n\n'
        '"MARSH: It will open in April, and the tolls will be lower than anyone feared.'
    )
    run = offline_run(text)
    candidates = find_quotes(text)
    quotes = quote_records(ask_speakers(run, candidates, QuotedSpans.of_quotes(candidates)), text)
    assert [(q.speaker, q.text.split(":")[0]) for q in quotes] == [("HOST", "HOST"), ("Ivo Marsh", "MARSH")]


def test_a_closing_verb_of_evidence_leaves_a_content_that_reports_itself() -> None:
    text = "Ruiz also said the clips never make clear whether the driver was armed, the footage showed."
    [(source, cue, content)] = found(text)
    assert (source, cue) == ("Ruiz", "said")
    assert content.startswith("the clips never make clear whether the driver was armed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court's ruling reports its finding, as "said that" does; the noun "rules" before "that" is no verb
        ("The high court ruled that the toll was lawful.",
         [("The high court", "ruled", "that the toll was lawful")]),
        ("The ministry issued new rules that the court upheld in May.", []),
        # an auxiliary of the perfect before a closing verb is no part of the source
        ("Turnout rose by a fifth in the east, other studies have shown.",
         [("other studies", "shown", "Turnout rose by a fifth in the east")]),
        ("The talks broke down, the union has said.", [("the union", "said", "The talks broke down")]),
        # a stance on someone may take a name alone as its object
        ("Senator Ada Moss endorses Reyes.", [("Senator Ada Moss", "endorses", "Reyes")]),
        ("The union has backed Reyes.", [("The union", "backed", "Reyes")]),
    ],
)  # fmt: skip
def test_rulings_perfects_and_stances(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_parenthetical_after_a_relative_pronoun_set_off_by_commas_is_read() -> None:
    # the comma that closes ", which," also opens ", Lee said,"
    text = "The square, which, Lee said, fills with stalls on market days, was empty."
    assert [(s, c) for s, c, _ in found(text)] == [("Lee", "said")]


def test_a_subject_may_hold_two_phrases_of_place_coordinated() -> None:
    text = "Observers in the county and around the region say Reyes deserves the first refusal."
    assert found(text) == [("Observers in the county and around the region", "say", "Reyes deserves the first refusal")]


def test_a_parenthetical_source_may_say_how_often() -> None:
    text = "The toll road, the mayor often says, is the city's best hope."
    assert found(text) == [("the mayor", "says", "The toll road, the mayor often says, is the city's best hope")]


def _direct_speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each direct quote, read without a model: asking one would fail the test."""
    run = offline_run(text)
    candidates = find_quotes(text)
    quotes = quote_records(ask_speakers(run, candidates, QuotedSpans.of_quotes(candidates)), text)
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in quotes]


# sentences that name nobody, so that the name told first lies beyond how far back a pronoun is looked for
_FILLER = "The hall was full. The rain held off. The doors opened late. The chairs ran out. "


def test_a_she_after_a_role_set_before_a_name_is_that_name() -> None:
    text = (
        "Ada Moss took her oath in May. " + _FILLER + "Now the longest-serving judge of the county court, Moss rose "
        "despite every obstacle. She holds one of the highest posts in the county. Her record sends a strong signal.\n\n"
        '"The courts exist to treat every person alike, rich or poor," she said.'
    )
    assert _direct_speakers(text) == [("Ada Moss", "The courts exist")]


def test_a_she_after_a_quotation_closed_by_a_name_is_that_name() -> None:
    text = (
        "Judge Ada Moss spoke at the college on Monday. " + _FILLER + "\n\n"
        '"Make yourself heard, and own your idea, whatever the room says," Moss said.\n\n'
        "She has weathered several disputes since she took the post. She has called the protests a turning point.\n\n"
        "She said she had noticed no sharper criticism of her.\n\n"
        '"Few people speak that way to a judge, and wisely so," she said.'
    )
    assert _direct_speakers(text) == [("Ada Moss", "Make yourself heard,"), ("Ada Moss", "Few people speak")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "speak" reports with its particle, as "talk about" does; spoken at a place it reports nothing
        ("The chief judge spoke of the harm the old laws had done.",
         [("The chief judge", "spoke", "the harm the old laws had done")]),
        ("She spoke about her ties to the churches of the city.",
         [("She", "spoke", "her ties to the churches of the city")]),
        ("He spoke at the rally on Monday in the rain.", []),
        # nor its participle: "speaking on condition that he not be named" only says how the source spoke
        ("The talks will fail, one adviser said, speaking on condition that he not be named.",
         [("one adviser", "said", "The talks will fail")]),
        # likening one thing to another is a judgment, as calling it one is
        ("The senator likened the toll to a tax on the poor.",
         [("The senator", "likened", "the toll to a tax on the poor")]),
    ],
)  # fmt: skip
def test_speaking_of_and_likening(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story's dateline opens the sentence without being its content
        ("KESSBY, May 3 (Wire) - The ruling party won the most seats in the vote, early results showed.",
         [("early results", "showed", "The ruling party won the most seats in the vote")]),
        ("KESSBY ― The toll is a tax on every farmer, top state lawmakers said.",
         [("top state lawmakers", "said", "The toll is a tax on every farmer")]),
        # a name in capitals before a dash and a lower-case word is no dateline
        ("NATO - the alliance - will meet in May, officials said.",
         [("officials", "said", "NATO - the alliance - will meet in May")]),
    ],
)  # fmt: skip
def test_a_dateline_is_no_part_of_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # where and when the words were said, after the last quotation, are no part of the content
        ("Lund said the depot was “a lost cause” in a radio interview.", "the depot was “a lost cause”"),
        ("Lund said the depot was “a lost cause” on Monday.", "the depot was “a lost cause”"),
        # a place and a year of what is reported are
        ("Lund said there had been “dozens of closures” in rural Kessby this year alone.",
         "there had been “dozens of closures” in rural Kessby this year alone"),
    ],
)  # fmt: skip
def test_a_mixed_content_ends_before_where_and_when_it_was_said(text: str, content: str) -> None:
    run = offline_run(text)
    quotes, _ = reported_quotes(run, find_quotes(text))
    assert [q.text for q in quotes] == [content]


def test_a_noun_of_evidence_with_a_participle_of_its_own_shows_what_it_reports() -> None:
    # "..., a study released on Tuesday by ... shows": a reduced relative between the noun and its verb
    assert found("The ferry loses money, a study released on Tuesday by two universities shows.") == [
        ("a study released on Tuesday by two universities", "shows", "The ferry loses money")
    ]
