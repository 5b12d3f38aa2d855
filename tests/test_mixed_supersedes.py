"""A quotation inside a reported clause is one mixed quote: the clause with its quoted words, not also a bare
direct quote of the quoted words, whether the quotation's closing stop falls inside its marks or not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.schemas import Quote


def _quotes(text: str, tmp_path: Path, *asked: str) -> list[Quote]:
    """The quotes of ``text``, the model naming Ann Lee for any quotation that holds one of ``asked``."""
    script: dict[str, dict[str, Reply]] = {"speaker": {q: {"speaker": "Ann Lee", "kind": "person"} for q in asked}}
    out, _ = scripted_summary(text, script, tmp_path, published=date(2024, 3, 6), kinds=("quotes",))
    return out.quotes


@pytest.mark.parametrize(
    "text",
    [
        'As Ann Lee puts it, the mayor is trying to make the council "an offer it cannot refuse."',  # stop inside
        'As Ann Lee puts it, the mayor is trying to make the council "an offer it cannot refuse".',  # stop outside
    ],
)
def test_a_quotation_the_content_of_an_attribution_holds_is_one_mixed_quote(text: str, tmp_path: Path) -> None:
    quotes = _quotes(text, tmp_path, "an offer")
    assert [q.kind for q in quotes] == ["mixed"]
    assert quotes[0].speaker == "Ann Lee" and "an offer it cannot refuse" in quotes[0].text


def test_a_mixed_quote_runs_to_the_closing_mark_of_a_quotation_of_several_sentences(tmp_path: Path) -> None:
    # The quotation opens inside the reported clause and holds two sentences: the mixed quote is not cut at
    # the first stop inside the marks, and no direct quote of the quoted words is left beside it.
    text = (
        'Ann Lee spoke at length on Monday. She said that the council members "keep arguing about the budget. '
        'They have to get their act together." The council meets again next week.'
    )
    quotes = _quotes(text, tmp_path, "keep arguing")
    assert [q.kind for q in quotes] == ["mixed"]
    assert quotes[0].text.rstrip(".").endswith("They have to get their act together")
    assert [f.text for f in quotes[0].fragments][-1].endswith("act together.")
    assert quotes[0].speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Ann Lee wrote to the council on Monday. She thanked the mayor for "keeping the library open all summer."', "mixed"),
        ('Ann Lee wrote to the council on Monday. She urged members to "stop arguing and start building."', "mixed"),
        ('Ann Lee wrote to the council on Monday. The mayor "looked tired and beaten," she wrote.', "mixed"),
        ('Ann Lee wrote to the council on Monday. She invited readers to enter the draw, to "win a signed ball!"', "mixed"),
        ('Ann Lee wrote to the council on Monday. She wondered who, without him, might "speak for the small shops."', "mixed"),
        # after a reporting verb the quotation is the content itself, whatever its case
        ('Ann Lee wrote to the council on Monday. In her letter, Ann Lee wrote "nothing has been done for years."', "direct"),
        ('Ann Lee wrote to the council on Monday. "Nothing has been done for years," she wrote.', "direct"),
    ],
)
def test_a_quotation_that_is_a_fragment_of_the_writers_clause_is_a_mixed_quote(
    text: str, kind: str, tmp_path: Path
) -> None:
    quotes = _quotes(text, tmp_path, "keeping", "stop arguing", "looked", "othing", "win a", "speak for")
    assert [(q.kind, q.direct) for q in quotes] == [(kind, kind == "direct")]
    assert quotes[0].speaker == "Ann Lee"
    if kind == "mixed":  # the quoted words are its fragment, inside its words
        quoted = text.split('"')[1].rstrip(".,!")
        assert [f.text.rstrip(".,!") for f in quotes[0].fragments] == [quoted] and quoted in quotes[0].text


@pytest.mark.parametrize(
    "text",
    [
        # not also 'She disagrees with them' as reported speech
        ('Ann Lee spoke after the vote. "The council has made its views very clear. She disagrees with them," '
        "the spokesman said."),
        # nor 'in 2050 the town will have ...' as the survey's, with the closing mark after the stop
        ('Ann Lee spoke after the vote. "The council has work to do. According to the survey, in 2050 the town '
        'will have twice the people."'),
    ],
)
def test_an_attribution_inside_a_quotations_words_is_part_of_the_quotation(text: str, tmp_path: Path) -> None:
    quotes = _quotes(text, tmp_path, "council has")
    assert [q.kind for q in quotes] == ["direct"]


@pytest.mark.parametrize(
    "tail",
    [" in a radio interview.", " on Monday.", " (although she praised the staff).", " -- all without naming him."],
)
def test_an_aside_or_the_occasion_after_a_mixed_quotes_last_quotation_is_not_reported(
    tail: str, tmp_path: Path
) -> None:
    text = 'Ann Lee spoke after the vote. She said the new library was "a gift to the whole town"' + tail
    quotes = _quotes(text, tmp_path, "a gift")
    assert [q.kind for q in quotes] == ["mixed"]
    assert quotes[0].text == 'the new library was "a gift to the whole town"'
