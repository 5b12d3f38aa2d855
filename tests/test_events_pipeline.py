"""Trips and meetings end to end against a real HTTP server on 127.0.0.1 that answers as a model would.

The article is made up for the test. The server says yes to every question; what comes out shows the
rules applied before and after the answer: a hypothetical or negated trip is not asked about, a prisoner escorted to a
hearing is a transfer, a place with its preposition is no participant, a sentence that only goes on
about the meeting just told joins that meeting, and a name from the context is no participant of a
sentence that does not refer back to anyone.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from conftest import FakeServer, completion

from summarizer.api import Summarizer
from summarizer.config import resolve_settings
from summarizer.schemas import ArticleSummary
from summarizer.text.events import is_meeting_candidate, is_trip_candidate
from summarizer.text.sentences import split_sentences

ARTICLE = (
    "Foreign Minister Ana Ruiz flew to Oslo on Monday for talks with Norwegian officials. "
    "Her deputy, Tomas Varga, may visit Helsinki next month. "
    "Opposition leader Lena Park was escorted to a court hearing in Bergen. "
    "Ruiz did not travel to Stockholm on that trip. "
    "The utility struggled to meet the demand for power all winter. "
    "Ruiz and Norwegian Foreign Minister Erik Dahl met in Oslo on Tuesday. "
    "The meeting produced a joint statement on fishing rights. "
    "Two reporters were hurt at a rally in Bergen, and police said they were looking for a man."
)

TRIP_REPLIES = [
    {"trip": True, "who": ["Ana Ruiz"], "to": ["Oslo"], "why": "talks with Norwegian officials"},
    {"trip": True, "who": ["Lena Park"], "to": ["Bergen"]},
]
RULED_OUT = ("may visit Helsinki", "did not travel to Stockholm")  # the wording decides: no question
MEETING_REPLIES = [
    {"met": True, "who": ["Ana Ruiz", "Norwegian officials"], "about": []},
    {"met": True, "who": ["Ruiz", "Erik Dahl", "in Oslo"], "about": ["fishing"]},
    {"met": True, "who": ["Ruiz", "Erik Dahl"], "about": ["fishing rights"]},
    {"met": True, "who": ["Erik Dahl"], "about": []},
]


def _answered(tmp_path: Path, article: str, answers: list[dict[str, object]], published: date | None = None
              ) -> tuple[ArticleSummary, list[dict[str, Any]]]:
    """The article's trips and meetings, each question answered in turn from ``answers``; and the requests."""
    replies = [completion(json.dumps(r)) for r in answers]
    with FakeServer(replies) as server:
        settings = resolve_settings(
            model="openai:test-model", base_url=server.url, api_key="sk-test", mode="json_schema",
            cache_mode="off", cache_dir=tmp_path / "cache", env={}, http_retries=0,
        )
        summary = Summarizer(settings).summarize(article, kinds=("trips", "meetings"), published=published)
    assert len(server.requests) == len(replies)  # one question per candidate sentence, no re-ask
    return summary, server.requests


def _summarize(tmp_path: Path) -> ArticleSummary:
    summary, requests = _answered(tmp_path, ARTICLE, [*TRIP_REPLIES, *MEETING_REPLIES])
    asked = [r["messages"][-1]["content"].rpartition("Sentence:")[2] for r in requests]
    assert not any(words in sentence for words in RULED_OUT for sentence in asked)
    return summary


def test_the_article_asks_what_the_replies_answer() -> None:
    sentences = [s.text for s in split_sentences(ARTICLE)]
    assert sum(is_trip_candidate(s) for s in sentences) == len(TRIP_REPLIES) + len(RULED_OUT)
    assert sum(is_meeting_candidate(s) for s in sentences) == len(MEETING_REPLIES)
    assert not is_meeting_candidate(sentences[4])  # "meet the demand"


def test_rules_after_the_answer(tmp_path: Path) -> None:
    out = _summarize(tmp_path)
    trips = {t.travellers[0].name: t for t in out.trips}
    assert set(trips) == {"Ana Ruiz", "Lena Park"}  # "may visit" and "did not travel" are not trips
    assert trips["Ana Ruiz"].kind == "visit" and trips["Ana Ruiz"].status == "completed"
    assert trips["Lena Park"].kind == "transfer"
    names = [[p.name for p in m.participants] for m in out.meetings]
    assert ["Ana Ruiz", "Erik Dahl"] in names and not any("Oslo" in n for ns in names for n in ns)
    dahl = next(m for m in out.meetings if "Erik Dahl" in [p.name for p in m.participants])
    # "The meeting produced a joint statement" goes on about the meeting of the sentence before it.
    assert [e.text[:20] for e in dahl.evidence] == ["Ruiz and Norwegian F", "The meeting produced"]
    # The rally sentence names no one who met, and its "they" stands after the rally, in another
    # clause: Dahl, from the context, is no participant of it.
    assert not any("rally" in e.text for m in out.meetings for e in m.evidence)


SECOND_ARTICLE = (
    "NORWAY: Foreign Minister Erik Dahl will fly from Oslo to Nairobi on Tuesday, his office said on Wednesday. "
    "Dahl and Kenyan President Ruth Wanjiru met in Nairobi on Friday to discuss trade. "
    "Fishing quotas were the main subject. "
    "Dahl and Wanjiru held talks in Mombasa on Saturday on fishing quotas. "
    "NATO ambassadors met in Brussels on Monday."
)
SECOND_TRIPS = [{"trip": True, "who": ["Erik Dahl", "Norway"], "to": ["Oslo", "Nairobi"], "why": None}]
SECOND_MEETINGS = [
    {"met": True, "who": ["Erik Dahl", "Ruth Wanjiru"], "about": ["trade", "fishing quotas"]},
    {"met": True, "who": ["Dahl", "Wanjiru", "Mombasa"], "about": ["fishing quotas"]},
    {"met": True, "who": ["NATO ambassadors"], "about": []},
]


def test_rules_read_from_the_events_own_sentence(tmp_path: Path) -> None:
    out, _ = _answered(tmp_path, SECOND_ARTICLE, [*SECOND_TRIPS, *SECOND_MEETINGS], date(2016, 5, 12))  # a Thursday
    (trip,) = out.trips
    assert [t.name for t in trip.travellers] == ["Erik Dahl"]  # a country is no traveller
    assert [d.name for d in trip.destinations] == ["Nairobi"]  # "from Oslo" is where the journey starts
    assert trip.status == "planned" and trip.when is not None and trip.when.value == "2016-05-17"  # forward
    assert [d.value for d in trip.dates] == ["2016-05-17", "2016-05-11"]  # the report's day stays in the past
    talks = [m for m in out.meetings if "Dahl" in " ".join(p.name for p in m.participants)]
    assert [m.topics for m in talks] == [["trade"], ["fishing quotas"]]  # each from its own sentence
    assert not any(p.name == "Mombasa" for m in talks for p in m.participants)  # where, not who
    assert any([p.name for p in m.participants] == ["NATO ambassadors"] for m in out.meetings)
