"""Tests for summarizer.text.lexicon: the shared word lists are well formed and reach their users."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

import pytest

from summarizer.llm import answers
from summarizer.text import lexicon
from summarizer.text.attribution import find_attributions
from summarizer.text.dates import find_date_phrases, resolve_date
from summarizer.text.entities import TITLE_WORDS
from summarizer.text.places import country_code
from summarizer.text.quotes import find_quotes
from summarizer.text.sentences import split_sentences

LISTS: dict[str, Collection[str]] = {name: getattr(lexicon, name) for name in lexicon.__all__ if name.isupper()}
MONDAY = dt.date(2021, 3, 8)


def test_every_public_name_is_a_word_list() -> None:
    assert set(LISTS) == {n for n in vars(lexicon) if n.isupper() and not n.startswith("_")}
    for name, words in LISTS.items():
        assert isinstance(words, (frozenset, tuple, dict)), name


@pytest.mark.parametrize("name", sorted(LISTS))
def test_lists_are_non_empty_lower_case_and_stripped(name: str) -> None:
    words = LISTS[name]
    assert words
    for word in words:
        assert word == word.strip().lower(), (name, word)
        assert "  " not in word and not word.endswith("."), (name, word)


@pytest.mark.parametrize("name", sorted(n for n, words in LISTS.items() if isinstance(words, tuple)))
def test_tuples_have_no_duplicates(name: str) -> None:
    words = LISTS[name]
    assert isinstance(words, tuple)
    assert len(set(words)) == len(words)


def test_months_and_weekdays_are_numbered_by_the_calendar() -> None:
    assert len(lexicon.MONTH_NAMES) == 12 and len(lexicon.WEEKDAY_NAMES) == 7
    for number, name in enumerate(lexicon.MONTH_NAMES, 1):
        assert dt.date(2021, number, 1).strftime("%B").lower() == name
        assert lexicon.MONTHS[name] == number
    for number, name in enumerate(lexicon.WEEKDAY_NAMES):
        assert (MONDAY + dt.timedelta(days=number)).strftime("%A").lower() == name
        assert lexicon.WEEKDAYS[name] == number
    for short, number in lexicon.MONTH_ABBREVIATIONS.items():
        assert lexicon.MONTH_NAMES[number - 1].startswith(short)
    for short, number in lexicon.WEEKDAY_ABBREVIATIONS.items():
        assert lexicon.WEEKDAY_NAMES[number].startswith(short)
    assert lexicon.MONTHS == {**dict(zip(lexicon.MONTH_NAMES, range(1, 13))), **lexicon.MONTH_ABBREVIATIONS}
    assert lexicon.WEEKDAYS == {**dict(zip(lexicon.WEEKDAY_NAMES, range(7))), **lexicon.WEEKDAY_ABBREVIATIONS}


def test_pronoun_and_title_lists_fit_together() -> None:
    assert set(lexicon.SUBJECT_PRONOUNS) <= lexicon.PRONOUNS
    assert not lexicon.PRONOUNS & lexicon.ROLE_WORDS
    # The model layer's list: the shared pronouns plus bare titles that name nobody.
    assert lexicon.PRONOUNS < answers.PRONOUNS
    # Entities read the role words and some abbreviated titles, with or without the full stop.
    assert lexicon.ROLE_WORDS < TITLE_WORDS
    assert {word.rstrip(".") for word in TITLE_WORDS - lexicon.ROLE_WORDS} < lexicon.TITLE_ABBREVIATIONS


def test_country_aliases_are_what_country_code_answers() -> None:
    for alias, code in lexicon.COUNTRY_ALIASES.items():
        assert len(code) == 2 and code.isupper(), alias
        assert country_code(alias) == code, alias


@pytest.mark.parametrize("verb", [v for v in lexicon.quote_cue_verbs() if v not in ("say", "saying")])
def test_every_speech_verb_is_a_quote_cue_and_reports_speech(verb: str) -> None:
    [quote] = find_quotes(f"“The talks went well,” the minister {verb}.")
    assert quote.cue == f"the minister {verb}"
    if any(verb in lexicon.finite_forms(v) for v in lexicon.QUOTING_ONLY_VERBS if v not in lexicon.COGNITION_VERBS):
        return  # "continued", "quipped": a quotation's cue, never a reported clause's
    said = {"told": "told reporters", "tells": "tells reporters"}.get(verb, verb)
    # "that": a form that is also a noun ("claims", "notes") reports after a common noun only before it.
    [sentence] = split_sentences(f"The minister {said} that the talks had gone well.")
    reports = find_attributions(sentence)
    if verb == "states":  # "states" is never read as a verb ("Most southern states that ..."); "stated" is
        assert reports == []
        return
    [report] = reports
    assert (report.source, report.cue) == ("The minister", verb)


@pytest.mark.parametrize("subject", lexicon.SUBJECT_PRONOUNS)
def test_subject_pronouns_are_sources_of_reported_speech(subject: str) -> None:
    for source, text in (
        (subject.capitalize(), f"{subject.capitalize()} said the talks had gone well."),
        (subject, f"Asked about Rome, {subject} said the talks had gone well."),
    ):
        [report] = find_attributions(split_sentences(text)[0])
        assert report.source == source


@pytest.mark.parametrize("abbreviation", sorted(lexicon.TITLE_ABBREVIATIONS))
def test_a_title_abbreviation_never_ends_a_sentence(abbreviation: str) -> None:
    assert len(split_sentences(f"We met {abbreviation.capitalize()}. Smith today.")) == 1


@pytest.mark.parametrize("short", sorted(lexicon.MONTH_ABBREVIATIONS))
def test_a_month_abbreviation_ends_a_sentence_only_before_a_capital(short: str) -> None:
    assert len(split_sentences(f"They met on {short.capitalize()}. 5 in Rome.")) == 1
    assert len(split_sentences(f"It was {short.capitalize()}. Then they met.")) == 2


@pytest.mark.parametrize("word", sorted(lexicon.MONTHS))
def test_every_month_word_is_resolved_and_found(word: str) -> None:
    month = lexicon.MONTHS[word]
    assert resolve_date(f"{word} 4, 2021", None).value == f"2021-{month:02d}-04"
    sentence = f"They met on {word.capitalize()} 4 in Rome."
    assert [sentence[a:b] for a, b in find_date_phrases(sentence)] == [f"on {word.capitalize()} 4"]


@pytest.mark.parametrize("word", sorted(lexicon.WEEKDAYS))
def test_every_weekday_word_is_resolved(word: str) -> None:
    # On Monday 2021-03-08, "last <weekday>" is the one of the week before.
    expected = MONDAY - dt.timedelta(days=7 - lexicon.WEEKDAYS[word])
    assert resolve_date(f"last {word}", MONDAY).value == expected.isoformat()


@pytest.mark.parametrize("word", lexicon.TIMES_OF_DAY)
def test_times_of_day_follow_a_weekday(word: str) -> None:
    assert resolve_date(f"Friday {word}", MONDAY).value == "2021-03-05"
    sentence = f"They met on Friday {word} in Rome."
    assert [sentence[a:b] for a, b in find_date_phrases(sentence)] == [f"on Friday {word}"]


@pytest.mark.parametrize(("word", "count"), sorted(lexicon.NUMBER_WORDS.items()))
def test_number_words_count(word: str, count: int) -> None:
    assert resolve_date(f"{word} days ago", MONDAY).value == (MONDAY - dt.timedelta(days=count)).isoformat()


def test_verb_forms_are_computed_from_the_lemmas() -> None:
    assert lexicon.finite_forms("say") == ("said", "says")  # no "sayed"
    assert lexicon.finite_forms("show") == ("showed", "shown", "shows")
    assert lexicon.finite_forms("tweet", third_person=False) == ("tweeted",)
    assert "labelled" in lexicon.inflections("label") and "quipped" in lexicon.inflections("quip")
    cues = set(lexicon.quote_cue_verbs())
    assert {"said", "says", "retorted", "quipped", "continued"} <= cues
    assert "claimed" in cues and "claims" not in cues  # the -s form of a verb that is also a noun reads as the noun
    assert not cues & {f for v in lexicon.LABELLING_VERBS for f in lexicon.inflections(v)}
    # every selection is drawn from the classes of verbs, never a list of its own
    classes = {*lexicon.SPEECH_VERBS, *lexicon.COGNITION_VERBS, *lexicon.JUDGMENT_VERBS}
    assert {*lexicon.LABELLING_VERBS, *lexicon.TELLING_VERBS, *lexicon.SPEECH_ACTS} <= classes


@pytest.mark.parametrize("word", lexicon.CANCEL_WORDS)
def test_the_sentence_and_its_event_word_read_the_same_cancel_words(word: str) -> None:
    from summarizer.text.cues import event_status
    from summarizer.text.events import MEETING_CUE
    from summarizer.text.modality import event_modality

    sentence = f"The summit in Oslo was {word} on Monday."
    assert (event_status(sentence), event_modality(sentence, MEETING_CUE)) == ("cancelled", "cancelled")


def test_the_lexicon_and_kind_files_inflect_by_one_rule() -> None:
    from summarizer.text.inflect import verb_forms
    from summarizer.text.lexicon import inflections

    assert {"agrees", "agreed", "agreeing"} <= set(inflections("agree"))  # a verb ending in -ee keeps it
    assert {"admitted", "admitting"} <= verb_forms("admit")  # final stress doubles the consonant
    for verb in ("say", "warn", "deny", "refer", "arrest", "protest"):
        assert set(inflections(verb)) >= verb_forms(verb)
