"""A quotation inside a reported clause is one mixed quote: the clause with its quoted words, not also a bare
direct quote of the quoted words, whether the quotation's closing stop falls inside its marks or not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary


@pytest.mark.parametrize(
    "text",
    [
        'As Ann Lee puts it, the mayor is trying to make the council "an offer it cannot refuse."',  # stop inside
        'As Ann Lee puts it, the mayor is trying to make the council "an offer it cannot refuse".',  # stop outside
    ],
)
def test_a_quotation_the_content_of_an_attribution_holds_is_one_mixed_quote(text: str, tmp_path: Path) -> None:
    script: dict[str, dict[str, Reply]] = {"speaker": {"an offer": {"speaker": "Ann Lee", "kind": "person"}}}
    out, _ = scripted_summary(text, script, tmp_path, published=date(2024, 3, 6), kinds=("quotes",))
    assert [q.kind for q in out.quotes] == ["mixed"]
    assert out.quotes[0].speaker == "Ann Lee" and "an offer it cannot refuse" in out.quotes[0].text


def test_a_mixed_quote_runs_to_the_closing_mark_of_a_quotation_of_several_sentences(tmp_path: Path) -> None:
    # The quotation opens inside the reported clause and holds two sentences: the mixed quote is not cut at
    # the first stop inside the marks, and no direct quote of the quoted words is left beside it.
    text = (
        'Ann Lee spoke at length on Monday. She said that the council members "keep arguing about the budget. '
        'They have to get their act together." The council meets again next week.'
    )
    script: dict[str, dict[str, Reply]] = {"speaker": {"keep arguing": {"speaker": "Ann Lee", "kind": "person"}}}
    out, _ = scripted_summary(text, script, tmp_path, published=date(2024, 3, 6), kinds=("quotes",))
    assert [q.kind for q in out.quotes] == ["mixed"]
    assert out.quotes[0].text.rstrip(".").endswith("They have to get their act together")
    assert [f.text for f in out.quotes[0].fragments][-1].endswith("act together.")
    assert out.quotes[0].speaker == "Ann Lee"
