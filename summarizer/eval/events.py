"""Score predicted meetings and trips against M2E2 ``Contact:Meet`` and ``Movement:Transport``.

Meetings are all ``Contact:Meet`` events; trips are the ``Movement:Transport`` events whose
mover is a person or delegation (:func:`is_trip_event`, with the scorer's own word lists from
:mod:`summarizer.eval.lexicon`). Gold events are matched by the sentence holding their trigger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.eval.corpus import GoldDoc
from summarizer.eval.metrics import PRF, Agreement, Interval, greedy, intervals, raw_overlap
from summarizer.eval.movers import by_visitors, described_people, is_people_movement, is_trip_event
from summarizer.eval.names import contains_either, entity_names, place_names
from summarizer.eval.rows import EvalRow, Scored, Scorer, prf_row, rounded
from summarizer.schemas import Meeting, Span, Trip

__all__ = [
    "EVENT_KINDS",
    "SCORER",
    "EventScores",
    "GoldEvent",
    "by_visitors",
    "event_sentence",
    "gold_events",
    "gold_sentences",
    "is_people_movement",
    "is_trip_event",
    "match_by_sentence",
    "score_events",
]

EVENT_KINDS: tuple[str, ...] = ("meetings", "trips")


def gold_sentences(gold_doc: GoldDoc) -> list[Interval]:
    """The (start, end) of each sentence a gold line gives."""
    return [(int(s["start"]), int(s["end"])) for s in gold_doc.gold.get("sentences", [])]


def event_sentence(event: dict[str, Any], sentences: list[Interval]) -> Interval:
    """Where a gold event sits: the sentence holding its trigger, or the trigger span itself when none does."""
    trig = event.get("trigger", {})
    ts, te = int(trig.get("start", 0)), int(trig.get("end", 0))
    return next(((s, e) for s, e in sentences if s <= ts < e), (ts, max(te, ts + 1)))


def _excluded_sentences(gold_doc: GoldDoc) -> list[tuple[Interval, bool]]:
    """Where the gold movements sit that the trips row leaves out for their movers (:func:`is_trip_event`), each with
    whether its movers are persons told by a description (:func:`described_people`)."""
    sentences = gold_sentences(gold_doc)
    return [
        (event_sentence(ev, sentences), described_people(ev)) for ev in gold_doc.gold.get("events", [])
        if ev.get("event_type") == "Movement:Transport" and not is_trip_event(ev)
    ]  # fmt: skip


def _left_out(pred_trips: list[Trip], matches: list[tuple[int, int]], gold_doc: GoldDoc) -> int:
    """How many unmatched predicted visits the row leaves out as it leaves out their gold: told in a sentence whose
    gold movement it leaves out for its movers, by travellers the same test leaves out ("nine surveyors flew to
    Kestrel Bay": neither a false trip nor a missed one), or by anyone where the gold's movers are persons told by a
    description ("The pair were driven to Monaco", the tool naming the two). A visit by a person where the gold moves
    others (troops, refugees) stays a false trip."""
    excluded = _excluded_sentences(gold_doc)
    matched = {p for p, _ in matches}

    def left_out(trip: Trip) -> bool:
        told = intervals(trip.evidence[:1])
        described = [d for span, d in excluded if raw_overlap(told, [span])]
        return bool(described) and (not by_visitors(trip) or any(described))

    return sum(1 for i, t in enumerate(pred_trips) if i not in matched and left_out(t))


@dataclass
class GoldEvent:
    """A gold meeting or trip: one per (kind, sentence), arguments pooled over merged events."""

    kind: str
    sentence: Interval
    triggers: list[str]
    arguments: list[tuple[str, str]]
    statuses: list[str] = field(default_factory=list)  # where the gold says (made-up sets): completed, planned...


def gold_events(
    gold_doc: GoldDoc, *, all_movements: bool = False, with_calls: bool = False
) -> tuple[list[GoldEvent], list[GoldEvent], int]:
    """(trips, meetings, excluded) of an M2E2 document.

    Meetings are all ``Contact:Meet`` events; trips are the ``Movement:Transport`` events that
    :func:`is_trip_event` keeps (``excluded`` counts the others), or with ``all_movements`` those
    :func:`is_people_movement` keeps (troops, refugees, detainees as well); with ``with_calls``
    meetings include ``Contact:Phone-Write`` (calls and letters). Each event is placed in the
    sentence holding its trigger (from the line's ``sentences`` offsets; the trigger span
    itself when no sentence holds it), and events of one kind in the same sentence are merged
    into one gold item.
    """
    sentences = gold_sentences(gold_doc)
    trips: dict[Interval, GoldEvent] = {}
    meetings: dict[Interval, GoldEvent] = {}
    excluded = 0
    for ev in gold_doc.gold.get("events", []):
        etype = ev.get("event_type")
        if etype == "Contact:Meet" or (with_calls and etype == "Contact:Phone-Write"):
            target, kind = meetings, "meeting"
        elif etype == "Movement:Transport":
            if not (is_people_movement(ev) if all_movements else is_trip_event(ev)):
                excluded += 1
                continue
            target, kind = trips, "trip"
        else:
            continue
        trig = ev.get("trigger", {})
        sent = event_sentence(ev, sentences)
        args = [(str(a.get("role", "")), str(a.get("text", ""))) for a in ev.get("arguments", [])]
        status = [str(ev["status"])] if ev.get("status") else []
        if sent in target:
            target[sent].triggers.append(str(trig.get("text", "")))
            target[sent].arguments.extend(args)
            target[sent].statuses.extend(status)
        else:
            target[sent] = GoldEvent(kind, sent, [str(trig.get("text", ""))], args, status)
    return [trips[k] for k in sorted(trips)], [meetings[k] for k in sorted(meetings)], excluded


@dataclass
class EventScores:
    """Meeting and trip scores of one M2E2 document (or summed over many).

    ``*_matches`` are (prediction index, gold index) pairs. Agreement figures are over matched
    pairs whose gold event has the argument in question.
    """

    trips: PRF = field(default_factory=PRF)
    trips_all: PRF = field(default_factory=PRF)
    meetings: PRF = field(default_factory=PRF)
    meetings_all: PRF = field(default_factory=PRF)
    trip_destination: Agreement = field(default_factory=Agreement)
    trip_traveller: Agreement = field(default_factory=Agreement)
    meeting_participant: Agreement = field(default_factory=Agreement)
    trip_status: Agreement = field(default_factory=Agreement)
    meeting_status: Agreement = field(default_factory=Agreement)
    excluded_transport: int = 0
    trip_matches: list[tuple[int, int]] = field(default_factory=list)
    meeting_matches: list[tuple[int, int]] = field(default_factory=list)

    def add(self, other: EventScores) -> None:
        """Add another document's counts (matches are not carried over)."""
        self.trips.add(other.trips)
        self.trips_all.add(other.trips_all)
        self.meetings.add(other.meetings)
        self.meetings_all.add(other.meetings_all)
        self.trip_destination.add(other.trip_destination)
        self.trip_traveller.add(other.trip_traveller)
        self.meeting_participant.add(other.meeting_participant)
        self.trip_status.add(other.trip_status)
        self.meeting_status.add(other.meeting_status)
        self.excluded_transport += other.excluded_transport


def _agreement(gold_texts: list[str], pred_names: list[str]) -> Agreement:
    """One scored pair when there is gold text; agrees when any gold/pred pair contains the other."""
    if not gold_texts:
        return Agreement()
    ok = any(contains_either(g, p) for g in gold_texts for p in pred_names)
    return Agreement(agree=int(ok), scored=1)


def _status(gold: GoldEvent, status: str | None) -> Agreement:
    """One scored pair when the gold gives a status (the made-up sets do, M2E2 does not); agrees when the
    predicted status is one the gold gives its sentence's events of this kind."""
    if not gold.statuses:
        return Agreement()
    return Agreement(agree=int(status in gold.statuses), scored=1)


def match_by_sentence(
    preds: Sequence[Sequence[Span]], golds: Sequence[GoldEvent]
) -> tuple[PRF, list[tuple[int, int]]]:
    scores: dict[tuple[int, int], float] = {}
    for i, evidence in enumerate(preds):
        spans = intervals(evidence)
        for j, g in enumerate(golds):
            n = raw_overlap(spans, [g.sentence])
            if n:
                scores[(i, j)] = float(n)
    pairs = greedy(scores)
    tp = len(pairs)
    return PRF(tp=tp, fp=len(preds) - tp, fn=len(golds) - tp), pairs


def score_events(pred_trips: list[Trip], pred_meetings: list[Meeting], gold_doc: GoldDoc) -> EventScores:
    """Score predicted trips and meetings against an M2E2 document.

    Gold: see :func:`gold_events` (meetings = Contact:Meet; trips = Movement:Transport by a
    person or delegation, :func:`is_trip_event`; one gold item per kind and sentence).

    Meetings are scored two ways too. ``meetings`` (the main figure): the predicted meetings not held by phone
    against ``Contact:Meet`` (ACE's face-to-face meetings, summits and rallies). ``meetings_all``: every predicted
    meeting, calls included, against ``Contact:Meet`` and ``Contact:Phone-Write``.

    Trips are scored two ways. ``trips`` (the main figure): the predicted trips of kind
    'visit' against the trips by a person or delegation; an unmatched visit told where the gold's own movement
    is left out for its movers, by travellers the same test leaves out, is left out too (:func:`_left_out`).
    ``trips_all``: every predicted trip, whatever its kind (visit, transfer, deployment, migration), against every
    movement of people (:func:`is_people_movement`).

    Matching rule: a prediction can match a gold event of its kind when any of its evidence
    spans shares at least one character with the sentence holding the gold trigger. Pairs are
    then taken greedily, largest shared-character count first (ties: earlier prediction, then
    earlier gold), each prediction and each gold event used at most once. Matched pairs are
    true positives; unmatched predictions false positives; unmatched gold events false
    negatives.

    Secondary figures, on matched pairs: a meeting's participants agree when a gold ``Entity``
    argument text contains, or is contained in, a predicted participant name or alias
    (case-insensitive); a trip's destination agrees likewise between a gold ``Destination`` and
    a predicted destination's name or country, and its traveller between a gold
    ``Artifact``/``Agent`` and a traveller name or alias.
    """
    g_trips, g_meetings, excluded = gold_events(gold_doc)
    out = EventScores(excluded_transport=excluded)
    g_moves = gold_events(gold_doc, all_movements=True)[0]
    out.trips_all, _ = match_by_sentence([t.evidence for t in pred_trips], g_moves)
    pred_trips = [t for t in pred_trips if t.kind == "visit"]
    out.trips, out.trip_matches = match_by_sentence([t.evidence for t in pred_trips], g_trips)
    out.trips.fp -= _left_out(pred_trips, out.trip_matches, gold_doc)
    g_contacts = gold_events(gold_doc, with_calls=True)[1]
    out.meetings_all, _ = match_by_sentence([m.evidence for m in pred_meetings], g_contacts)
    pred_meetings = [m for m in pred_meetings if m.format != "phone"]
    out.meetings, out.meeting_matches = match_by_sentence([m.evidence for m in pred_meetings], g_meetings)
    for p, g in out.trip_matches:
        trip, gold = pred_trips[p], g_trips[g]
        out.trip_destination.add(
            _agreement([t for r, t in gold.arguments if r == "Destination"], place_names(trip.destinations))
        )
        out.trip_traveller.add(
            _agreement(
                [t for r, t in gold.arguments if r in ("Artifact", "Agent")], entity_names(trip.travellers)
            )
        )
        out.trip_status.add(_status(gold, trip.status))
    for p, g in out.meeting_matches:
        out.meeting_status.add(_status(g_meetings[g], pred_meetings[p].status))
        out.meeting_participant.add(
            _agreement(
                [t for r, t in g_meetings[g].arguments if r == "Entity"],
                entity_names(pred_meetings[p].participants),
            )
        )
    return out


def _status_extra(status: Agreement) -> dict[str, float]:
    """The status figures where any gold gave one (none for M2E2, whose events have no status)."""
    return {"status_agreement": status.rate, "status_scored": status.scored} if status.scored else {}


def _rows(corpus: str, docs: list[Scored]) -> list[EvalRow]:
    """Meetings and trips, each matched and against every gold event of its type, with the agreement figures."""
    if not docs:
        return []
    e = EventScores()
    for d in docs:
        e.add(d.scores)
    meetings_extra: dict[str, float] = {
        "participant_agreement": e.meeting_participant.rate,
        "participant_scored": e.meeting_participant.scored,
        **_status_extra(e.meeting_status),
    }
    trips_extra: dict[str, float] = {
        "destination_agreement": e.trip_destination.rate,
        "destination_scored": e.trip_destination.scored,
        "traveller_agreement": e.trip_traveller.rate,
        "traveller_scored": e.trip_traveller.scored,
        "excluded_transport": e.excluded_transport,
        **_status_extra(e.trip_status),
    }
    return [
        prf_row(corpus, "meetings", e.meetings, docs, meetings_extra),
        prf_row(corpus, "meetings-all", e.meetings_all, docs, {}),
        prf_row(corpus, "trips", e.trips, docs, trips_extra),
        prf_row(corpus, "trips-all", e.trips_all, docs, {}),
    ]


SCORER = Scorer("events", ("m2e2_voa",), ("trips", "meetings"),
                lambda summary, doc: score_events(summary.trips, summary.meetings, doc), _rows,
                lambda e: {"meetings_f1": rounded(e.meetings.f1), "trips_f1": rounded(e.trips.f1)})
"""Trips and meetings against M2E2's Movement:Transport and Contact:Meet events."""
