"""People told by the noun of their profession or staff ("ACLJ counsel", "the ministry's technical staff") are a
group of people: a side of a contact the verb states, a company who travels. Every sentence is made up; the model
is scripted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.text.contact import stated_contact
from summarizer.text.participants import is_group

INTRO = "U.S. President Ann Lund spoke on Monday. "


@pytest.mark.parametrize(
    "phrase", ["ACLJ counsel", "defense lawyers", "White House staff", "the minister's aides", "staffers of the utility"]
)
def test_the_people_of_a_profession_or_a_staff_are_a_group(phrase: str) -> None:
    assert is_group(phrase)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("ACLJ counsel met with Lund last week on behalf of Brunson.", ("ACLJ counsel", "Lund")),
        ("Union leaders sat down with Mayor Ana Ruiz on Monday.", ("Union leaders", "Mayor Ana Ruiz")),
        ("Defense lawyers met with Judge Amy Berman Jackson on Friday.",
         ("Defense lawyers", "Judge Amy Berman Jackson")),
    ],
)  # fmt: skip
def test_a_group_of_people_meeting_a_person_by_name_is_a_stated_contact(sentence: str, parties: tuple[str, str]) -> None:
    assert stated_contact(sentence) == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "White House staff met with Pelosi aides on Friday.",  # a group again: no one by name
        "Senior officials met with reporters in Geneva.",  # no one by name
        "Opposition lawmakers met on Tuesday.",
    ],
)
def test_a_group_meeting_no_one_by_name_is_no_stated_contact(sentence: str) -> None:
    assert stated_contact(sentence) is None


def test_a_group_met_a_person_when_the_model_names_the_group_only(tmp_path: Path) -> None:
    sentence = "ACLJ counsel met with Lund last week on behalf of Brunson."
    script: dict[str, dict[str, Reply]] = {"meeting": {sentence[:50]: {"met": True, "who": ["ACLJ counsel"], "about": ["Brunson"]}}}
    out, _ = scripted_summary(INTRO + sentence, script, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    [meeting] = [m for m in out.meetings if m.evidence[0].text == sentence]
    assert sorted(p.name for p in meeting.participants) == ["ACLJ counsel", "Ann Lund"]
