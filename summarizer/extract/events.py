"""Trips and meetings: one sentence at a time.

Each candidate sentence (one with a travel or meeting word) becomes one question; a
validated answer is checked against the sentence and its context and becomes a record.
What the wording states plainly (dates, virtual or in person, planned or done) is read
from the sentence, not asked. :func:`find_events` is the loop; :data:`TRIPS` and
:data:`MEETINGS` are the kind-specific parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from summarizer.extract.grounding import span_of
from summarizer.extract.run import ArticleRun, best_when, dates_in, place
from summarizer.llm.answers import MeetingFacts, TripFacts
from summarizer.llm.prompts import load_prompt
from summarizer.schemas import Meeting, Trip
from summarizer.text.coref import mentioned, named_in, pronoun_subject
from summarizer.text.cues import (
    event_status,
    is_meeting_candidate,
    is_reported_only,
    is_trip_candidate,
    meeting_format,
    near_travel_word,
    trip_mode,
)
from summarizer.text.names import appears_in
from summarizer.text.reported import find_indirect
from summarizer.text.sentences import Sentence

__all__ = ["MEETINGS", "TRIPS", "EventKind", "find_events"]

_EVENT_TOKENS = 200

F = TypeVar("F", bound=BaseModel)
R = TypeVar("R")


@dataclass(frozen=True)
class EventKind(Generic[F, R]):
    """What differs between trips and meetings."""

    prompt: str  # the prompt's name; its user message takes ``context`` and ``sentence``
    label: str  # in the task's name: 'sentence 4 trip'
    is_candidate: Callable[[str], bool]  # the sentence's wording can report one
    reply_type: type[F]
    is_event: Callable[[F], bool]  # the answer says the sentence reports one
    record: Callable[[ArticleRun, Sentence, str, F], R | None]  # (run, sentence, context, answer)


def find_events(run: ArticleRun, sentences: list[Sentence], kind: EventKind[F, R]) -> list[R]:
    """Candidate sentence -> question -> validated answer -> record, for each sentence in order."""
    prompt = load_prompt(kind.prompt)
    found: list[R] = []
    for sent in sentences:
        if not kind.is_candidate(sent.text):
            continue
        context = run.context(sent)
        user = prompt.render("user", context=context, sentence=sent.text)
        reply = run.ask(kind.reply_type, user, f"sentence {sent.index} {kind.label}", _EVENT_TOKENS)
        if not (isinstance(reply, kind.reply_type) and kind.is_event(reply)):
            continue
        record = kind.record(run, sent, context, reply)
        if record is not None:
            found.append(record)
    return found


def _reporters(run: ArticleRun, sent: Sentence) -> list[str]:
    """Who the sentence credits with the report of a trip ('Yonhap news agency said the officials would visit')."""
    names: list[str] = []
    for cand in find_indirect(sent):
        content = run.doc.text[cand.start : cand.end]
        if is_trip_candidate(content) and cand.source.casefold() not in ("he", "she", "they"):
            names.append(run.index.resolve(cand.source, before=sent.start).name)
    return list(dict.fromkeys(names))


def _travellers(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> list[str] | None:
    """Who travels, as the sentence or its context names them; None when the people named do not move."""
    travellers = mentioned(tr.travellers, sent.text, context)
    subject = pronoun_subject(sent, run.visible, run.index)
    if subject is not None and not any(named_in(t, sent.text) for t in travellers):
        travellers = [subject]  # "He was then flown to X": the person last named
    named = [t for t in travellers if named_in(t, sent.text)]
    if named and not any(near_travel_word(sent.text, t.split()[-1]) for t in named):
        return None  # the people named are not the ones who move
    return travellers


def _trip(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> Trip | None:
    travellers = _travellers(run, sent, context, tr)
    if travellers is None:
        return None
    places = [d for d in tr.destinations if appears_in(d, sent.text) and near_travel_word(sent.text, d)]
    if not (travellers and places):
        return None
    dates = dates_in(run, sent)
    status = event_status(sent.text)
    return Trip(
        travellers=[run.index.resolve(t, "person", before=sent.start) for t in travellers],
        destinations=[place(d, None) for d in places],
        when=best_when(dates),
        dates=dates,
        purpose=tr.purpose if tr.purpose and appears_in(tr.purpose, sent.text) else None,
        mode=trip_mode(sent.text),
        status=status,
        confirmed=False if is_reported_only(sent.text) else (True if status == "completed" else None),
        reported_by=_reporters(run, sent),
        evidence=[span_of(run.doc.text, sent.start, sent.end)],
    )


def _meeting(run: ArticleRun, sent: Sentence, context: str, mt: MeetingFacts) -> Meeting | None:
    named = mentioned(mt.participants, sent.text, context)
    if named and len(named) < len(mt.participants):
        # One side named in the sentence, the other ("he") resolved from the context.
        named += [p for p in mt.participants if p not in named and named_in(p, context)][:1]
    subject = pronoun_subject(sent, run.visible, run.index)
    if subject is not None and len(named) < 2 and not any(named_in(n, subject) for n in named):
        named.append(subject)  # "He also met with X": the model named only X
    participants = [run.index.resolve(p, before=sent.start) for p in named]
    if len({p.name.casefold() for p in participants}) < 2:
        return None
    dates = dates_in(run, sent)
    return Meeting(
        participants=participants,
        when=best_when(dates),
        format=meeting_format(sent.text),
        topics=[t.strip() for t in mt.topics if t.strip()][:3],
        status=event_status(sent.text),
        evidence=[span_of(run.doc.text, sent.start, sent.end)],
    )


def _is_trip(tr: TripFacts) -> bool:
    return tr.is_trip


def _is_meeting(mt: MeetingFacts) -> bool:
    return mt.is_meeting


TRIPS: EventKind[TripFacts, Trip] = EventKind("trips", "trip", is_trip_candidate, TripFacts, _is_trip, _trip)
MEETINGS: EventKind[MeetingFacts, Meeting] = EventKind(
    "meetings", "meeting", is_meeting_candidate, MeetingFacts, _is_meeting, _meeting
)
