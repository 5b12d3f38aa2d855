"""The dead travel nowhere: one a sentence tells of only by the body carried ("marched with his body to the pagoda",
"the remains of X were flown home") is no traveller, whatever the model answers; the living who carry the body or
go to collect it still travel. Every sentence is made up; the model is scripted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.schemas import Trip
from summarizer.text.stay_put import a_body_carried

BEFORE = "Opposition leader Kem Sokha spoke in Phnom Penh on Sunday. "


def _trips(sentence: str, who: list[str], to: list[str], tmp_path: Path) -> list[Trip]:
    script: dict[str, dict[str, Reply]] = {"trip": {sentence[:60]: {"trip": True, "who": who, "to": to, "why": None}}}
    out, _ = scripted_summary(BEFORE + sentence, script, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    return [t for t in out.trips if t.evidence[0].text.startswith(sentence[:60])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of mourners marched through the streets with his body on Monday, heading to the Wat Chak pagoda.",
        "The remains of Kem Sokha were flown to Siem Reap on Tuesday.",
        "Sokha's coffin was driven to Siem Reap on Tuesday.",
    ],
)
def test_one_told_only_by_the_body_carried_is_no_traveller(sentence: str, tmp_path: Path) -> None:
    assert a_body_carried(sentence, "Kem Sokha")
    assert _trips(sentence, ["Kem Sokha"], ["Siem Reap" if "Siem" in sentence else "Wat Chak pagoda"], tmp_path) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Sokha flew to Siem Reap on Monday with his body armour packed.",  # no corpse
        "Sokha flew to Siem Reap on Monday to collect the body of his brother.",  # the living collect the dead
        "Sokha flew home to Siem Reap with her father's remains on Monday.",  # another's remains
    ],
)
def test_one_who_carries_or_collects_a_body_still_travels(sentence: str, tmp_path: Path) -> None:
    assert not a_body_carried(sentence, "Kem Sokha")
    [trip] = _trips(sentence, ["Kem Sokha"], ["Siem Reap"], tmp_path)
    assert [t.name for t in trip.travellers] == ["Kem Sokha"]
