"""The three built-in kinds: trips, meetings and quotes, over the extraction code each already has."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarizer.extract.events import MEETINGS, TRIPS, EventKind, ask_events, event_records
from summarizer.extract.merge import merge_meetings, merge_trips
from summarizer.extract.quotes import ask_speakers, quote_records
from summarizer.extract.reported import reported_quotes
from summarizer.extract.run import ArticleRun, Passages
from summarizer.kinds.registry import RecordKind, register
from summarizer.schemas import Meeting, Quote, Trip

__all__ = ["MEETING_KIND", "QUOTE_KIND", "TRIP_KIND"]


def _quotes(run: ArticleRun, passages: Passages) -> Callable[[], list[Any]]:
    # A mixed quote (a reported clause with quoted words) supersedes the quotations inside it.
    reported, superseded = reported_quotes(run, passages.quotes)
    direct = [c for i, c in enumerate(passages.quotes) if i not in superseded]
    asked = ask_speakers(run, direct, passages.quoted)
    return lambda: [*quote_records(asked), *reported]


def _events(kind: EventKind[Any, Any]) -> Callable[[ArticleRun, Passages], Callable[[], list[Any]]]:
    def find(run: ArticleRun, passages: Passages) -> Callable[[], list[Any]]:
        asked = ask_events(run, passages.sentences, kind)
        return lambda: list(event_records(run, asked, kind))

    return find


_trips, _meetings = _events(TRIPS), _events(MEETINGS)


def _merge_trips(records: list[Any]) -> list[Any]:
    return list(merge_trips(records))


def _merge_meetings(records: list[Any]) -> list[Any]:
    return list(merge_meetings(records))


# Registration order is the summary's order (trips, meetings, quotes); ``order`` the order of the
# questions: quotes first, then trips, then meetings, each kind's calls back to back.
TRIP_KIND = register(RecordKind(
    name="trips", singular="trip", letter="T", colour="#2563eb", order=1, find=_trips, prompts=("trips",),
    record_type=Trip, merge=_merge_trips, entities=("travellers",), places=("destinations",),
    dates=("when", "dates"), event_type="Movement:Transport",
))
MEETING_KIND = register(RecordKind(
    name="meetings", singular="meeting", letter="M", colour="#16a34a", order=2, find=_meetings,
    prompts=("meetings",), record_type=Meeting, merge=_merge_meetings, entities=("participants",),
    dates=("when",), event_type="Contact:Meet",
))
QUOTE_KIND = register(RecordKind(
    name="quotes", singular="quote", letter="Q", colour="#d97706", order=0, find=_quotes, prompts=("quotes",),
    record_type=Quote, entities=("speaker",),
))
