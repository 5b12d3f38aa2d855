"""A content labelled with its source and a colon (a headline, a transcript), a closing source opened by a
quantifier, a quoted title in a phrase set before the subject, a capitalised adjective before a noun-like form.
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest
from test_attribution import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Reyes: Port Will Reopen by Summer, Cranes Back in Use.",
         ("Mayor Reyes", ":", "Port Will Reopen by Summer, Cranes Back in Use")),
        ("HADDAD: We have made our offer and we will not change it.",
         ("HADDAD", ":", "We have made our offer and we will not change it")),
        ("“LEE: Let me start with the budget, then the port.",
         ("LEE", ":", "Let me start with the budget, then the port")),
    ],
)  # fmt: skip
def test_a_label_and_a_colon_credit_the_line_to_the_label(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Update: The port will reopen on Monday after repairs.",  # a section's label, not a speaker
        "The Latest: Cranes are back in use at the port.",  # a determiner opens no speaker's name
        "Editor's note: An earlier version misspelled a name.",
        "Mayor Reyes: Port Reopens.",  # too short to be a content
    ],
)
def test_a_section_label_or_a_short_line_is_no_attribution(text: str) -> None:
    assert [c for _, c, _ in found(text)] == []


def test_a_closing_source_opened_by_a_quantifier_is_read() -> None:
    text = "The talks broke down within the hour, said one union official in the room."
    assert found(text) == [("one union official in the room", "said", "The talks broke down within the hour")]


def test_a_quoted_title_in_a_fronted_phrase_does_not_make_the_verb_a_quotations_closing() -> None:
    text = "In an interview on the radio show “Morning Desk,” the senator said the plan would fail."
    assert found(text) == [("the senator", "said", "the plan would fail")]


@pytest.mark.parametrize("adjective", ["Republican", "French"])
def test_a_noun_like_form_after_an_adjective_of_party_or_nation_is_a_noun(adjective: str) -> None:
    text = f"The survey counted a third of {adjective} claims as false, and the rest as true."
    assert [c for _, c, _ in found(text)] == []
    assert found("Reyes claims the plan will fail badly.") == [("Reyes", "claims", "the plan will fail badly")]


def test_a_plea_of_guilty_is_no_report_but_a_plea_that_is() -> None:
    assert found("Ann Lee, 58, of Dayton, Ohio, pleaded guilty to six counts of fraud at the hearing.") == []
    assert found("The lawyer pleaded that her client had been misled.") == [
        ("The lawyer", "pleaded", "that her client had been misled")
    ]
