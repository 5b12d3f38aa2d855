"""Trips and meetings: one sentence at a time.

Each candidate sentence (one with a travel or meeting word) becomes one question; a
validated answer is checked against the sentence and its context and becomes a record.
What the wording states plainly (dates, virtual or in person, planned or done) is read
from the sentence, not asked. :func:`find_events` asks (:func:`ask_events`) and reads
(:func:`event_records`); :data:`TRIPS` and :data:`MEETINGS` are the kind-specific parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from pydantic import BaseModel

from summarizer.extract.grounding import span_of
from summarizer.extract.run import Answer, ArticleRun, best_when, dates_in, place
from summarizer.llm.answers import MeetingFacts, TripFacts
from summarizer.llm.prompts import load_prompt
from summarizer.schemas import Entity, Meeting, Span, Trip, TripStatus
from summarizer.text.attribution import find_attributions
from summarizer.text.coref import mentioned, named_in, pronoun_subject
from summarizer.text.cues import (
    attends_a_gathering,
    event_status,
    is_meeting_candidate,
    is_reported_only,
    is_travel_subject,
    is_trip_candidate,
    meeting_format,
    near_travel_word,
    occurrences,
    only_as_location,
    only_as_origin,
    trip_mode,
)
from summarizer.text.events import (
    COLLECTIVE,
    GATHERING,
    MEETING_CUE,
    TRAVEL_CUE,
    cue_matches,
    event_modality,
    movement_kind,
    refers_back,
)
from summarizer.text.lexicon import EVENT_PAST_IRREGULAR
from summarizer.text.names import appears_in
from summarizer.text.participants import (
    clean_destination,
    clean_participant,
    has_anaphor,
    is_bare_title,
    is_group,
    is_place_name,
    modifies_a_noun,
    moves_on_its_own,
    pronoun_mover,
    same_entity,
)
from summarizer.text.sentences import Sentence

__all__ = ["MEETINGS", "TRIPS", "EventKind", "ask_events", "event_records", "find_events"]

_EVENT_TOKENS = 200
_OPENS_WITH_PRONOUN = re.compile(r"\W*(?:He|She|They)\b")
_NAMED_SOURCE = re.compile(r"(?:the\s+)?(?!(?:He|She|They|It|We|I)\b)[A-Z]")

class _Told(Protocol):
    evidence: list[Span]


F = TypeVar("F", bound=BaseModel)
R = TypeVar("R", bound=_Told)


@dataclass(frozen=True)
class EventKind(Generic[F, R]):
    """What differs between trips and meetings."""

    prompt: str  # the prompt's name; its user message takes ``context`` and ``sentence``
    label: str  # in the task's name: 'sentence 4 trip'
    is_candidate: Callable[[str], bool]  # the sentence's wording can report one
    reply_type: type[F]
    is_event: Callable[[F], bool]  # the answer says the sentence reports one
    record: Callable[[ArticleRun, Sentence, str, F], R | None]  # (run, sentence, context, answer)
    # the sentence only goes on about the event told just before ("The meeting produced a list")
    refers_back: Callable[[str], bool] = lambda _sentence: False
    # the wording alone rules the event out ("did not travel", "could meet"): no question is asked
    ruled_out: Callable[[str], bool] = lambda _sentence: False
    # the answer the wording itself gives when the model says no ("X told a meeting of ministers"), or None
    stated: Callable[[str], F | None] = lambda _sentence: None


def find_events(run: ArticleRun, sentences: list[Sentence], kind: EventKind[F, R]) -> Callable[[], list[R]]:
    """The kind's questions about ``sentences``, asked now; the returned function reads them into records."""
    asked = ask_events(run, sentences, kind)
    return lambda: event_records(run, asked, kind)


def ask_events(run: ArticleRun, sentences: list[Sentence], kind: EventKind[F, R]) -> list[tuple[Sentence, str, Answer]]:
    """The question about each candidate sentence, asked: (sentence, its context, the answer to read)."""
    prompt = load_prompt(kind.prompt)
    asked: list[tuple[Sentence, str, Answer]] = []
    for sent in sentences:
        if not kind.is_candidate(sent.text) or kind.ruled_out(sent.text):
            continue
        context = run.context(sent)
        # The sentences before it only for a sentence that refers back to someone ('he', 'the officials'):
        # of any other, only the names it writes itself count (see _named), and every token costs time.
        shown = f"Context: {context}\n\n" if context and has_anaphor(sent.text) else ""
        user = prompt.render("user", context=shown, sentence=sent.text)
        asked.append((sent, context, run.ask_later(kind.reply_type, user, f"sentence {sent.index} {kind.label}", _EVENT_TOKENS)))
    return asked


def event_records(run: ArticleRun, asked: list[tuple[Sentence, str, Answer]], kind: EventKind[F, R]) -> list[R]:
    """The records the answers of :func:`ask_events` give, in the article's order."""
    found: list[R] = []
    for sent, context, answer in asked:
        reply = answer()
        if not (isinstance(reply, kind.reply_type) and kind.is_event(reply)):
            reply = kind.stated(sent.text)
            if reply is None:
                continue
        if found and kind.refers_back(sent.text):
            # "The meeting produced a list": the event just told, in a second sentence
            found[-1].evidence.append(span_of(run.doc.text, sent.start, sent.end))
            continue
        record = kind.record(run, sent, context, reply)
        if record is not None:
            found.append(record)
    return found


def _reporters(run: ArticleRun, sent: Sentence) -> list[str]:
    """Who the sentence credits with the report of a trip ('Yonhap news agency said the officials would visit')."""
    names: list[str] = []
    for att in find_attributions(sent):
        content = run.doc.text[att.start : att.end]
        # Credited by name: "Yonhap news agency said", "according to Reuters"; not "he", "officials".
        named = _NAMED_SOURCE.match(att.source)
        if is_trip_candidate(content) and named is not None:
            names.append(run.index.resolve(att.source, before=sent.start).name)
    return list(dict.fromkeys(names))


def _entities(run: ArticleRun, names: list[str], sent: Sentence) -> tuple[list[str], list[str]]:
    """(the phrases that name an entity, cleaned: 'and Norway' -> 'Norway', places and generic nouns out;
    the people that bare titles the sentence writes stand for: 'the secretary' -> the person the
    article last named with that title)."""
    out: list[str] = []
    titled: list[str] = []
    for name in names:
        cleaned = clean_participant(name)
        if cleaned is None and is_bare_title(name) and appears_in(name, sent.text):
            # kept as written: resolving it later gives the person, with the title as an alias
            titled += [name.strip()] if run.index.by_title(name, sent.start) else []
        elif cleaned:
            out.append(cleaned)
    return list(dict.fromkeys(out)), titled


def _refers_back(sentence: str, cue: re.Pattern[str]) -> bool:
    """The sentence refers back to someone named before it ('he', 'the two leaders') by the end of its
    last event word: a 'he' after every event word belongs to another clause ('shot at a rally by a
    gunman who said he ...')."""
    cues = cue_matches(cue, sentence)
    return has_anaphor(sentence[: cues[-1].end()] if cues else sentence)


def _named(names: list[str], sentence: str, context: str, cue: re.Pattern[str]) -> list[str]:
    """The names the sentence writes; those only its context writes count when the sentence refers
    back to someone before its event word, never for a sentence that names nobody it could mean."""
    in_sentence = [n for n in names if named_in(n, sentence)]
    if in_sentence or not _refers_back(sentence, cue):
        return in_sentence
    return mentioned(names, sentence, context)


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)\b")


def _reporting_sources(sent: Sentence) -> list[tuple[int, int]]:
    """Where the sentence names the source that only reports a meeting ("Russia and Ukraine held talks, a
    Kremlin spokesman said"): the source of a closing or 'according to' attribution whose content holds
    the meeting word and does not refer back to the source ("he met"). Offsets in the sentence."""
    sources = []
    for att in find_attributions(sent):
        if att.form not in ("trailing", "according") or att.source_start < 0:
            continue  # "X told a meeting of ministers that ...": X, who addresses the meeting, takes part
        content = sent.text[att.start - sent.start : att.end - sent.start]
        if cue_matches(MEETING_CUE, content) and not _SUBJECT_PRONOUN.search(content):
            src = att.source_start - sent.start
            sources.append((src, src + len(att.source)))
    return sources


def _only_in(spans: list[tuple[int, int]], sentence: str, name: str) -> bool:
    """Every mention of ``name`` in the sentence lies inside one of ``spans`` (and there is one)."""
    found = occurrences(sentence, name)
    return bool(found) and all(any(s <= at and end <= e for s, e in spans) for at, end in found)


def _subject_person(run: ArticleRun, sent: Sentence) -> list[str]:
    """The person the sentence names first, before its first meeting word: the subject of the clause
    that tells of the gathering ("Richard Holbrooke, the envoy, listens during a news conference")."""
    cues = cue_matches(MEETING_CUE, sent.text)
    first_cue = cues[0].start() if cues else len(sent.text)
    before = sent.text[:first_cue]
    if _FRONTED_PRONOUN.match(before):
        # "As she entered a meeting of ministers, Ada Moss said ...": the pronoun of a clause set before
        # the main one stands for the main clause's subject, named after the clause's comma.
        comma = sent.text.find(",", first_cue)
        before = sent.text[comma + 1 :] if comma > 0 else ""
    found = [(at, p) for p in run.index.people.values() for at, _ in occurrences(before, p.split()[-1])]
    return [min(found)[1]] if found else []


# A subordinate clause with a pronoun subject opening the sentence: "As she entered ...", "When he arrived ...".
_FRONTED_PRONOUN = re.compile(r"\W*(?:As|When|While|After|Before|Once|Until)\s+(?:he|she|they)\b[^,]*$")


def _distinct(entities: list[Entity]) -> list[Entity]:
    """One entity per person: 'Park Geun-hye' and 'President Park Geun-hye' are kept once (the fuller name)."""
    out: list[Entity] = []
    for e in entities:
        twin = next((o for o in out if same_entity(o.name, e.name)), None)
        if twin is None:
            out.append(e)
        elif len(e.name) > len(twin.name):
            out[out.index(twin)] = e
    return out


_PAST_FORM = re.compile(rf"^(?:\w+ed|{'|'.join(EVENT_PAST_IRREGULAR)})\b", re.IGNORECASE)


def _status(sentence: str, mood: str, cue: re.Pattern[str]) -> TripStatus:
    """planned or cancelled as the clause says; for a fact, completed when its first event word is in the
    past ('visited Iraq and vowed the US would help'), else read from the whole sentence."""
    if mood in ("planned", "cancelled"):
        return mood  # type: ignore[return-value]
    cues = cue_matches(cue, sentence)
    if cues and _PAST_FORM.match(cues[0].group(0)):
        return "completed"
    status = event_status(sentence)
    return "completed" if status == "cancelled" else status


def _planned_at(sentence: str, status: TripStatus, cue: re.Pattern[str]) -> int | None:
    """Where a planned event's first word stands in the sentence (its dates are read forward); None else."""
    cues = cue_matches(cue, sentence)
    return cues[0].start() if status == "planned" and cues else None


def _travellers(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> list[str] | None:
    """Who travels, as the sentence or its context names them; None when the people named do not move."""
    given, titled = _entities(run, tr.travellers, sent)
    # An acronym alone names an organisation or an armed group, and a place ("Japan" in a headline) is
    # where people go: neither is people who travel.
    people = [t for t in given if not (t.isupper() and " " not in t) and not is_place_name(t)]
    travellers = list(dict.fromkeys(_named(people, sent.text, context, TRAVEL_CUE) + titled))
    found = pronoun_subject(sent, run.visible, run.index)
    subject = clean_participant(found) if found else None
    cues = cue_matches(TRAVEL_CUE, sent.text)
    first_cue = cues[0].start() if cues else len(sent.text)
    if not travellers and subject is None:
        # "Other senior officials flew to X": the subject of the travel word is a described group.
        group = sent.text[:first_cue].strip(" ,")
        return [group] if group and is_group(group) and len(group.split()) <= 8 else []
    if cues and moves_on_its_own(sent.text[: cues[0].end()].rstrip(), travellers):
        return None  # "a ban on Muslims entering the country": the participle's own subject moves
    if cues and all(modifies_a_noun(sent.text, c.start(), c.end(), travellers) for c in cues):
        return None  # "the president addresses newly arrived ambassadors": the ambassadors arrived
    named = [t for t in travellers if named_in(t, sent.text)]
    people = named + [p for p in run.index.people.values() if named_in(p, sent.text)]
    mover = pronoun_mover(sent.text, [c.start() for c in cues], people)
    if mover is not None:
        return [mover]
    # "He said he planned to travel to Dallas at the invitation of Mayor X": X stands after the
    # travel word, in a phrase of its own; the traveller is the subject, "he".
    if _OPENS_WITH_PRONOUN.match(sent.text) and all(sent.text.find(t.split()[-1]) > first_cue for t in named):
        return [subject] if subject else []
    if named and not any(
        near_travel_word(sent.text, t.split()[-1]) or is_travel_subject(sent.text, t) for t in named
    ):
        return None  # the people named are not the ones who move
    return travellers


def _trip(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> Trip | None:
    mood = event_modality(sent.text, TRAVEL_CUE)  # never negated or hypothetical here: TRIPS.ruled_out
    travellers = _travellers(run, sent, context, tr)
    if travellers is None:
        return None
    cleaned = [clean_destination(d) for d in tr.destinations]
    places = [
        d for d in cleaned
        if d and appears_in(d, sent.text) and near_travel_word(sent.text, d) and not only_as_origin(sent.text, d)
    ]  # fmt: skip
    if not (travellers and places):
        return None
    status = _status(sent.text, mood, TRAVEL_CUE)
    dates = dates_in(run, sent, planned_at=_planned_at(sent.text, status, TRAVEL_CUE))
    return Trip(
        travellers=_distinct([run.index.resolve(t, "person", before=sent.start) for t in travellers]),
        destinations=[place(d, None) for d in places],
        when=best_when(dates),
        dates=dates,
        purpose=tr.purpose if tr.purpose and appears_in(tr.purpose, sent.text) else None,
        mode=trip_mode(sent.text),
        status=status,
        confirmed=False if is_reported_only(sent.text) else (True if status == "completed" else None),
        reported_by=_reporters(run, sent),
        kind=movement_kind(sent.text, travellers, context),
        evidence=[span_of(run.doc.text, sent.start, sent.end)],
    )


def _meeting(run: ArticleRun, sent: Sentence, context: str, mt: MeetingFacts) -> Meeting | None:
    mood = event_modality(sent.text, MEETING_CUE)  # never negated or hypothetical here: MEETINGS.ruled_out
    given, titled = _entities(run, mt.participants, sent)
    # "talks in Geneva": a name the sentence writes only after a preposition of place is where they met;
    # one it writes only as the source of the report is who told of it.
    reporters = _reporting_sources(sent) if given else []
    given = [g for g in given if not (only_as_location(sent.text, g) or _only_in(reporters, sent.text, g))]
    named = list(dict.fromkeys(_named(given, sent.text, context, MEETING_CUE) + titled))
    if named and len(named) < len(given) and _refers_back(sent.text, MEETING_CUE):
        # One side named in the sentence, the other ("he") resolved from the context.
        named += [p for p in given if p not in named and named_in(p, context)][:1]
    subject = pronoun_subject(sent, run.visible, run.index)
    if subject is not None and len(named) < 2 and not any(named_in(n, subject) for n in named):
        named.append(subject)  # "He also met with X": the model named only X
    alone = GATHERING.search(sent.text) or COLLECTIVE.search(sent.text)
    if not mt.participants and alone:
        named += _subject_person(run, sent)  # "X listens during a news conference": a yes that named nobody
    participants = _distinct([run.index.resolve(p, before=sent.start) for p in named])
    # A gathering ("a summit", "the ministers' session", "attended the hearing") needs no named counterpart,
    # nor do several of one kind meeting among themselves ("NATO ambassadors met").
    if len(participants) < (1 if alone else 2):
        return None
    status = _status(sent.text, mood, MEETING_CUE)
    dates = dates_in(run, sent, planned_at=_planned_at(sent.text, status, MEETING_CUE))
    return Meeting(
        participants=participants,
        when=best_when(dates),
        format=meeting_format(sent.text),
        # what they discussed, from the event's own sentence, never a neighbour's
        topics=[t.strip() for t in mt.topics if t.strip() and appears_in(t.strip(), sent.text)][:3],
        status=status,
        evidence=[span_of(run.doc.text, sent.start, sent.end)],
    )


def _is_trip(tr: TripFacts) -> bool:
    return tr.is_trip


def _is_meeting(mt: MeetingFacts) -> bool:
    return mt.is_meeting


def _unreal(cue: re.Pattern[str]) -> Callable[[str], bool]:
    """The sentence tells the event as negated or hypothetical ("did not travel", "could meet", "after every
    meeting"): no record, whatever the model would say, so no question."""
    return lambda sentence: event_modality(sentence, cue) in ("negated", "hypothetical")


TRIPS: EventKind[TripFacts, Trip] = EventKind(
    "trips", "trip", is_trip_candidate, TripFacts, _is_trip, _trip, ruled_out=_unreal(TRAVEL_CUE)
)
def _stated_meeting(sentence: str) -> MeetingFacts | None:
    """A gathering the subject took part in, stated by the verb and its object: the record names the
    subject (see ``_meeting``), never anyone the model would have guessed."""
    if attends_a_gathering(sentence) and event_modality(sentence, MEETING_CUE) == "factual":
        return MeetingFacts(met=True)
    return None


MEETINGS: EventKind[MeetingFacts, Meeting] = EventKind(
    "meetings", "meeting", is_meeting_candidate, MeetingFacts, _is_meeting, _meeting, refers_back, _unreal(MEETING_CUE),
    _stated_meeting,
)
