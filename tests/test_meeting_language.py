"""Meetings the wording tells in the many ways news writes them: with a right answer from the model, the rules
keep each one, with its parties and status. Every sentence is made up; the model is scripted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.schemas import Meeting

INTRO = "Japanese Prime Minister Kenji Sato spoke on Monday. U.S. Secretary of State Ann Lund spoke too. "

# (sentence, the parties a right answer gives, the parties the record has, its status)
CASES = [
    ("Sato met Lund in Tokyo on Tuesday.", ["Sato", "Lund"], ["Kenji Sato", "Ann Lund"], "completed"),
    ("Lund held talks with Chinese Foreign Minister Wei Tang in Beijing on Friday.", ["Lund", "Wei Tang"],
     ["Ann Lund", "Wei Tang"], "completed"),
    ("NATO defense ministers met in Brussels on Thursday.", ["NATO defense ministers"], ["NATO defense ministers"],
     "completed"),
    ("Lund attended the G20 summit in Rome.", ["Lund"], ["Ann Lund"], "completed"),
    ("Lund is expected to meet Ivan Petrov on the sidelines of the summit.", ["Lund", "Ivan Petrov"],
     ["Ann Lund", "Ivan Petrov"], "planned"),
    ("After meeting Sato, Lund told reporters the talks had been productive.", ["Lund", "Sato"],
     ["Ann Lund", "Kenji Sato"], "completed"),
    # one named party meeting people of a population, as at a gathering
    ("The president met with the families of the victims on Friday.", ["The president", "the families"],
     ["president"], "completed"),
    ("Pope Francis greeted thousands of pilgrims in St. Peter's Square.", ["Pope Francis", "pilgrims"],
     ["Francis"], "completed"),
]  # fmt: skip


def _meetings(sentence: str, who: list[str], tmp_path: Path) -> list[Meeting]:
    script: dict[str, dict[str, Reply]] = {"meeting": {sentence[:50]: {"met": True, "who": who, "about": []}}}
    out, _ = scripted_summary(INTRO + sentence, script, tmp_path, published=date(2024, 3, 6), kinds=("meetings",))
    return [m for m in out.meetings if m.evidence[0].text.startswith(sentence[:50])]


@pytest.mark.parametrize(("sentence", "who", "parties", "status"), CASES)
def test_a_right_answer_is_kept(sentence: str, who: list[str], parties: list[str], status: str, tmp_path: Path) -> None:
    [meeting] = _meetings(sentence, who, tmp_path)
    assert sorted(p.name for p in meeting.participants) == sorted(parties)
    assert meeting.status == status


def test_one_party_and_a_population_they_do_not_meet_is_no_meeting(tmp_path: Path) -> None:
    # a population named, but not the object of the meeting word: one party alone is no meeting
    assert _meetings("Lund met on Friday to discuss aid for the families of the victims.", ["Lund"], tmp_path) == []
    assert len(_meetings("Lund met the families of the victims on Friday.", ["Lund"], tmp_path)) == 1
