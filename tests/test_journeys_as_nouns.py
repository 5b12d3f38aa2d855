"""A journey told by its noun: one who is "planning a trip to Dover" travels (the noun is what is planned, no clause
with a subject of its own).

Every sentence is made up; the model is scripted (:mod:`scripted_model`) so that only the rules are tested.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from scripted_model import Reply, scripted_summary


def test_a_trip_planned_as_a_noun_is_the_subjects(tmp_path: Path) -> None:
    before = "Lena Ortiz and her aides met party officials this week. "
    sentence = "She is also planning a trip to Dover on Thursday to meet party leaders, including Tom Hale."
    script: dict[str, dict[str, Reply]] = {"trip": {sentence[:60]: {"trip": True, "who": [], "to": ["Dover"], "why": None}}}
    out, _ = scripted_summary(before + sentence, script, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    trips = [t for t in out.trips if t.evidence[0].text.startswith(sentence[:40])]
    assert [[p.name for p in t.travellers] for t in trips] == [["Lena Ortiz"]]
    assert [[d.name for d in t.destinations] for t in trips] == [["Dover"]]

