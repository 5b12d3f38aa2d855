"""A place or a heading glued to a name by a hyphen where a headline runs into its first sentence is no part of the
name; a compound of nationality before a name is a title; a site written after a preposition of place ("at Holm
Park") is no person. Every example is made up."""

from __future__ import annotations

import pytest

from summarizer.text.entities import EntityIndex, split_title
from summarizer.text.nationality import demonym, unglued


@pytest.mark.parametrize(
    ("written", "name", "title"),
    [
        ("Oslo-Secretary of State Ann Lee", "Ann Lee", "Secretary of State"),
        ("Vienna-Bishop Aurel Kamsky", "Aurel Kamsky", "Bishop"),
        ("Norwegian-American Tor Hauge", "Tor Hauge", "Norwegian-American"),
        ("Kenyan-born Ama Odhiambo", "Ama Odhiambo", "Kenyan-born"),
    ],
)
def test_a_glued_place_or_heading_and_a_compound_of_nationality_leave_the_name(
    written: str, name: str, title: str
) -> None:
    assert split_title(written) == (name, title)


@pytest.mark.parametrize("written", ["Jean-Claude Juncker", "Guinea-Bissau", "Ana Ruiz-Vega", "Abdel-Rahman Saleh"])
def test_names_of_two_parts_stay_whole(written: str) -> None:
    assert unglued(written) == written


def test_a_place_glued_before_a_name_goes() -> None:
    assert unglued("Vienna-Aurel Kamsky") == "Aurel Kamsky"


def test_compounds_of_nationality_are_words_of_nationality() -> None:
    assert demonym("Norwegian-American") and demonym("Kenyan-born")
    assert not demonym("Jean-Claude") and not demonym("Kenyan-style")


def test_a_headline_run_into_its_sentence_gives_the_name_alone() -> None:
    index = EntityIndex("Bishop Leads Vespers in Vienna-Bishop Aurel Kamsky led an evening service on Sunday.\n")
    assert index.person_by_surname("Kamsky") == "Aurel Kamsky"


def test_a_site_after_a_preposition_of_place_is_no_person() -> None:
    index = EntityIndex("Crowds gathered in Holm Park on Sunday.\nLater they marched to City Hall.\n")
    assert index.person_by_surname("Park") is None and index.person_by_surname("Hall") is None


def test_a_surname_of_the_same_word_is_still_a_person() -> None:
    index = EntityIndex("Deputy Sarah Park met the mayor at the Holm Park pavilion.\n")
    assert index.person_by_surname("Park") == "Sarah Park"


@pytest.mark.parametrize("opener", ["Although", "Because", "Though", "Unless", "Whereas"])
def test_a_conjunction_opening_a_sentence_is_no_part_of_the_name_after_it(opener: str) -> None:
    index = EntityIndex(f"Rep. Mara Lund spoke first.\n{opener} Lund lacks a signature bill, she works hard.\n")
    assert index.person_by_surname("Lund") == "Mara Lund"
