"""Trips and meetings: one sentence at a time.

Each candidate sentence (one with a travel or meeting word) becomes one question; a
validated answer is checked against the sentence and its context and becomes a record.
What the wording states plainly (dates, virtual or in person, planned or done) is read
from the sentence, not asked. :func:`find_events` asks (:func:`ask_events`) and reads
(:func:`event_records`); :data:`TRIPS` and :data:`MEETINGS` are the kind-specific parts (a trip's
record is read in :mod:`summarizer.extract.trip_records`, who a meeting joins when the answer names fewer than two
in :mod:`summarizer.extract.meeting_sides`, what both kinds share in :mod:`summarizer.extract.event_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeGuard, TypeVar

from pydantic import BaseModel

from summarizer.extract.event_parts import (
    distinct,
    entity_phrases,
    named_people,
    only_in,
    planned_start,
    pronoun_referent,
    record_status,
    refers_back_to_someone,
    reporting_sources,
)
from summarizer.extract.grounding import span_of
from summarizer.extract.meeting_sides import (
    described_party,
    gathering_called_off,
    one_party_meets,
    unnamed_party,
)
from summarizer.extract.named_movers import named_movers_travel, takes_named_mover
from summarizer.extract.run import Answer, ArticleRun, best_when, dates_in
from summarizer.extract.trip_records import stated_trip, trip_record
from summarizer.llm.answers import MeetingFacts, TripFacts
from summarizer.llm.prompts import PromptTemplate, load_prompt
from summarizer.schemas import Meeting, Span, Trip
from summarizer.text.bodies import SITE_ENDS
from summarizer.text.contact import stated_contact
from summarizer.text.coref import pronoun_subject, source_described, the_two
from summarizer.text.cues import (
    attends_a_gathering,
    is_meeting_candidate,
    is_trip_candidate,
    only_as_location,
)
from summarizer.text.events import (
    COLLECTIVE,
    MEETING_CUE,
    RECEIVED,
    TRAVEL_CUE,
    VISITING,
    cue_matches,
    refers_back,
)
from summarizer.text.meeting_formats import meeting_format
from summarizer.text.mentions import named_in
from summarizer.text.modality import event_modality
from summarizer.text.names import appears_in
from summarizer.text.participants import AGE, has_anaphor, is_place_name
from summarizer.text.sentences import Sentence

__all__ = ["MEETINGS", "TRIPS", "EventKind", "ask_events", "event_records", "find_events"]

_EVENT_TOKENS = 200

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
    # a second question (a prompt's name) for a sentence answered no that ``asks_again`` picks, and whether its yes
    # is taken: a wider wording, asked only where the grammar already shows someone it would be about
    again: str | None = None
    asks_again: Callable[[ArticleRun, Sentence], bool] = lambda _run, _sentence: False
    takes_again: Callable[[ArticleRun, Sentence, F], bool] = lambda _run, _sentence, _reply: False


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
        asked.append((sent, context, _ask(run, prompt, sent, context, kind.reply_type, f"sentence {sent.index} {kind.label}")))
    return asked


def _ask(run: ArticleRun, prompt: PromptTemplate, sent: Sentence, context: str, reply_type: type, task: str) -> Answer:
    """``prompt``'s question about one sentence, asked now, its answer read later. The sentences before it go with it
    only for a sentence that refers back to someone ('he', 'the officials'): of any other, only the names it writes
    itself count (see named_people), and every token costs time."""
    shown = f"Context: {context}\n\n" if context and has_anaphor(sent.text) else ""
    return run.ask_later(reply_type, prompt.render("user", context=shown, sentence=sent.text), task, _EVENT_TOKENS)


def _says_yes(reply: object, kind: EventKind[F, R]) -> TypeGuard[F]:
    """A validated answer that the sentence reports the kind's event."""
    return isinstance(reply, kind.reply_type) and kind.is_event(reply)


def _answered(run: ArticleRun, asked: list[tuple[Sentence, str, Answer]], kind: EventKind[F, R]) -> list[object]:
    """Each question's reply; where it is no and the kind asks again, the second question's yes if it is taken
    (every second question asked before any is read, as the first ones were)."""
    replies = [answer() for _, _, answer in asked]
    again: dict[int, Answer] = {}
    if kind.again is not None:
        prompt = load_prompt(kind.again)
        for i, ((sent, context, _), reply) in enumerate(zip(asked, replies, strict=True)):
            # a no, not a question left unanswered (a failure, a reply still pending in a batch)
            if isinstance(reply, kind.reply_type) and not kind.is_event(reply) and kind.asks_again(run, sent):
                again[i] = _ask(run, prompt, sent, context, kind.reply_type, f"sentence {sent.index} {kind.label} again")
    for i, answer in again.items():
        second = answer()
        if _says_yes(second, kind) and kind.takes_again(run, asked[i][0], second):
            replies[i] = second
    return replies


def event_records(run: ArticleRun, asked: list[tuple[Sentence, str, Answer]], kind: EventKind[F, R]) -> list[R]:
    """The records the answers of :func:`ask_events` give, in the article's order."""
    found: list[R] = []
    for (sent, context, _), answered in zip(asked, _answered(run, asked, kind), strict=True):
        reply = answered
        if not _says_yes(reply, kind):
            reply = kind.stated(sent.text)
            if reply is None:
                continue
        if found and kind.refers_back(sent.text):
            # "The meeting produced a list": the event just told, in a second sentence
            found[-1].evidence.append(span_of(run.doc.text, sent.start, sent.end))
            continue
        record = kind.record(run, sent, context, reply)
        if record is None and reply is answered:
            # a yes whose words the text does not bear out: the event the sentence states itself, if any
            stated = kind.stated(sent.text)
            record = kind.record(run, sent, context, stated) if stated is not None else None
        if record is not None:
            found.append(record)
    return found


# The attributions whose source only tells of a meeting, the opening one included ("X said A and B held talks").
_REPORTING_FORMS = ("trailing", "according", "medial", "forward")


def _meeting(run: ArticleRun, sent: Sentence, context: str, mt: MeetingFacts) -> Meeting | None:
    mood = event_modality(sent.text, MEETING_CUE)  # never negated or hypothetical here: MEETINGS.ruled_out
    given, titled = entity_phrases(run, mt.participants, sent)
    # "talks in Geneva": a name the sentence writes only after a preposition of place is where they met;
    # one it writes only as the source of the report is who told of it.
    reporters = reporting_sources(sent, forms=_REPORTING_FORMS, acts_outside=True) if given else []
    given = [g for g in given if not (only_as_location(sent.text, g) or only_in(reporters, sent.text, g))]
    named = list(dict.fromkeys(named_people(given, sent.text, context, MEETING_CUE) + titled))
    if named and len(named) < len(given) and refers_back_to_someone(sent.text, MEETING_CUE):
        # One side named in the sentence, the other ("he") resolved from the context.
        named += [p for p in given if p not in named and named_in(p, context)][:1]
    contact = stated_contact(sent.text)
    if contact is not None and named and not any(named_in(n, sent.text) for n in named):
        # every name the model gave comes from the sentences before ("she is to confer with President Farah" ->
        # the two of the last meeting told): the verb's own parties stand instead, its 'he' or 'she' the one the
        # model named first (the question asks it to take a pronoun's name from the context)
        named = named[:1] if contact[0].casefold() in ("he", "she") else []
    if len(named) <= 1 and contact is not None:
        # "Lund received the envoy, Ali Hamid": the model named the object only (or no one the sentence names);
        # the verb joins its subject and its object
        named += [p for p in contact if p.casefold() not in ("he", "she")
                  and not any(named_in(n, p) or named_in(p, n) for n in named)][: 2 - len(named)]
    subject = pronoun_subject(sent, run.visible, run.index)
    if subject is None and contact is not None and contact[0].casefold() in ("he", "she"):
        # "The company said she would ... sit down with X", "Ruiz said he would meet X"
        subject = pronoun_referent(run, sent, contact[0])
    if subject is not None and len(named) < 2 and not any(named_in(n, subject) for n in named):
        named.append(subject)  # "He also met with X": the model named only X
    alone = one_party_meets(sent.text, mt.participants)
    if not named and alone:
        # a yes that named only people it describes: as written ("The crew's parents assembled at a farewell supper");
        # one that named nobody: the clause's subject ("X listens during a news conference")
        named += described_party(mt.participants, sent.text) or ([] if mt.participants else unnamed_party(run, sent))
    # a person told by a description with an age ("The 58-year-old painter sat down with"): the one it stands for
    named = [(source_described(n, sent.start, run.visible, run.index) or n) if _AGED.search(n) else n for n in named]
    participants = distinct([run.index.resolve(p, before=sent.start) for p in named])
    # A gathering ("a summit", "the ministers' session", "attended the hearing") needs no named counterpart,
    # nor do several of one kind meeting among themselves ("NATO ambassadors met").
    if len(participants) < 2 and (two := the_two(sent.text, sent.start, run.index)):
        participants = distinct([run.index.resolve(p, before=sent.start) for p in two])  # "The two mayors went over"
    if len(participants) < (1 if alone else 2):
        return None
    if len(participants) == 1 and (is_place_name(participants[0].name) or _a_site(participants[0].name)):
        # one party at a gathering is someone there: a place ("a rally in support of Azerbaijan") or a site ("City
        # Hall", "Holm Park") is not
        return None
    status = record_status(sent.text, mood, MEETING_CUE)
    gathered = COLLECTIVE.search(sent.text)
    if status == "unknown" and gathered is not None and _GATHERED_PAST.search(gathered.group(0)):
        status = "completed"  # "Delegates from 40 countries gathered in Bonn for climate talks"
    dates = dates_in(run, sent, planned_at=planned_start(sent.text, status, MEETING_CUE))
    return Meeting(
        participants=participants,
        when=best_when(dates),
        format=meeting_format(sent.text),
        # what they discussed, from the event's own sentence, never a neighbour's
        topics=[t.strip() for t in mt.topics if t.strip() and appears_in(t.strip(), sent.text)][:3],
        status=status,
        evidence=[span_of(run.doc.text, sent.start, sent.end)],
    )


def _a_site(name: str) -> bool:
    """A site by its name ("City Hall") or a kind of place by its noun ("The city will limit rallies")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in SITE_ENDS or name.casefold() in _PLACE_NOUNS


_PLACE_NOUNS = frozenset(("city", "town", "village", "country", "capital", "region", "state", "province", "county"))


_AGED = re.compile(r"^the\s+" + AGE + r"\b", re.IGNORECASE)
_GATHERED_PAST = re.compile(r"\b(?:met|convened|conferred|huddled|gathered|assembled|held)\b", re.IGNORECASE)


def _is_trip(tr: TripFacts) -> bool:
    return tr.is_trip


def _is_meeting(mt: MeetingFacts) -> bool:
    return mt.is_meeting


def _unreal(cue: re.Pattern[str]) -> Callable[[str], bool]:
    """The sentence tells the event as negated or hypothetical ("did not travel", "could meet", "after every
    meeting"): no record, whatever the model would say, so no question."""
    return lambda sentence: event_modality(sentence, cue) in ("negated", "hypothetical")


TRIPS: EventKind[TripFacts, Trip] = EventKind(
    "trips", "trip", is_trip_candidate, TripFacts, _is_trip, trip_record, ruled_out=_unreal(TRAVEL_CUE),
    stated=stated_trip, again="trips_again", asks_again=named_movers_travel, takes_again=takes_named_mover,
)
def _stated_meeting(sentence: str) -> MeetingFacts | None:
    """Two people a verb of contact joins ("Sato hosted South Korean President Min Park"); else a gathering the
    subject took part in or is to, stated by the verb and its object, or people of a population met: the record
    names the subject (see ``_meeting``), never anyone the model would have guessed. Told as a fact or a plan (a
contact also as called off)."""
    mood = event_modality(sentence, MEETING_CUE)
    if mood not in ("factual", "planned", "cancelled"):
        return None
    contact = stated_contact(sentence)  # a contact called off is stated too ("called off talks with Omar Haddad")
    if contact is not None:
        # built, not validated: a title or a pronoun as written is what the record resolves
        return MeetingFacts.model_construct(is_meeting=True, participants=list(contact), topics=[])
    if mood == "cancelled" and gathering_called_off(sentence) is not None:
        return MeetingFacts(met=True)  # "A news conference she had been scheduled to give ... was cancelled"
    if mood in ("factual", "planned") and cue_matches(RECEIVED, sentence):
        return MeetingFacts(met=True)  # "On landing, the students will be greeted by the provost, Nils Borka"
    among = COLLECTIVE.search(sentence) is not None and event_modality(sentence, COLLECTIVE) in ("factual", "planned")
    # a meeting with people of a population or a described side is one called off too ("Her planned briefing with
    # fire investigators ... was called off")
    if cue_matches(VISITING, sentence) or attends_a_gathering(sentence) or (mood != "cancelled" and among):
        # a gathering, people of a population met ("to brief Somali officials"), several of one kind meeting; a
        # gathering one was to take part in and withdrew from ("had been due to address a forum in Lomacre, but
        # pulled out")
        return MeetingFacts(met=True)
    return None


MEETINGS: EventKind[MeetingFacts, Meeting] = EventKind(
    "meetings", "meeting", is_meeting_candidate, MeetingFacts, _is_meeting, _meeting, refers_back, _unreal(MEETING_CUE),
    _stated_meeting,
)
