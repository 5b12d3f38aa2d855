"""A site ("City Hall", "Holm Park") is no party of a gathering, as a place is not: the record of a meeting whose
only party is a site (given by the answer, or read as the clause's subject where the answer names no one) is none.
The article is made up; the answer is built, no model is asked."""

from __future__ import annotations

import pytest
from offline_run import offline_run

from summarizer.extract.events import MEETINGS
from summarizer.llm.answers import MeetingFacts


def _record(text: str, who: list[str]) -> object:
    run = offline_run(text)
    sent = run.sentences[-1]
    return MEETINGS.record(run, sent, "", MeetingFacts(met=True, who=who))


@pytest.mark.parametrize("site", ["City Hall", "Holm Park"])  # the site itself, or "the city"
def test_a_site_alone_is_no_party(site: str) -> None:
    text = f"Marchers filled the road by {site} on Monday. The city will limit rallies to an hour before delegates convene."
    assert _record(text, []) is None  # the clause's subject, "The city", stood for the site


def test_a_person_alone_at_a_gathering_is_one() -> None:
    text = "Marchers filled the road by City Hall on Monday. Mayor Ana Bell will address a rally there on Friday."
    assert _record(text, ["Ana Bell"]) is not None
