"""De-duplication: the same trip or meeting mentioned twice is one record with both evidence spans.

Two trips are one when they share a traveller, their modes and statuses agree (or one
is unknown), their dates lie within a month of each other, and they share a destination country (and a
town, when both name towns: Tokyo and Osaka are two legs, Japan and Tokyo one journey unless told on two
different days), or
they are told in consecutive sentences and one names no destination (their dates not disagreeing) or
one tells its place by a description ("the city") or both are held by video (two places told side by side are
two legs).
Two meetings are one when one's participants include the other's (at least two in
common, or all of the smaller side) and their dates do not disagree.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from summarizer.schemas import DateRef, Entity, Meeting, Place, Span, Trip
from summarizer.text.occasions import MEAL

__all__ = ["merge_meetings", "merge_trips"]


def _names(entities: list[Entity]) -> set[str]:
    return {e.name.casefold() for e in entities}


def _countries(places: list[Place]) -> set[str]:
    return {p.country_code or p.name.casefold() for p in places}


def _towns(places: list[Place]) -> set[str]:
    """The places that are not a whole country ('Tokyo', 'Lomé'; not 'Japan')."""
    from summarizer.text.places import country_code

    return {p.name.casefold().removeprefix("the ") for p in places if country_code(p.name) is None}


def _by_description(places: list[Place]) -> bool:
    """Every place is told by a description ("the city", "the capital"): maybe one told just before."""
    return bool(places) and all(p.name.removeprefix("the ").islower() for p in places)


def _agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _dates_agree(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None or a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _days(value: str, last: bool) -> _dt.date:
    """The first (or last) day an ISO date, month or year covers."""
    parts = [int(p) for p in value.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    day = parts[2] if len(parts) > 2 else (calendar.monthrange(year, month)[1] if last else 1)
    return _dt.date(year, month, day)


def _on_other_days(a: DateRef | None, b: DateRef | None) -> bool:
    """Both told on one day each, and not the same one ("arrived in Mozambique on Sunday", "flies on Tuesday to
    Pemba": two legs of the journey)."""
    days = [d.value for d in (a, b) if d is not None and d.value is not None and d.end is None and len(d.value) == 10]
    return len(days) == 2 and days[0] != days[1]


def _within_a_month(a: DateRef | None, b: DateRef | None) -> bool:
    """No date, or dates less than a month apart: one journey's days ('flew on Monday', 'arrived back on
    Thursday'), not a visit of 2015 and one of this week."""
    if a is None or b is None or a.value is None or b.value is None:
        return True
    try:
        a0, a1 = _days(a.value, False), _days(a.end or a.value, True)
        b0, b1 = _days(b.value, False), _days(b.end or b.value, True)
    except ValueError:
        return True
    month = _dt.timedelta(days=31)
    return a0 - month <= b1 and b0 - month <= a1


def _union_entities(a: list[Entity], b: list[Entity]) -> list[Entity]:
    out = [e.model_copy(deep=True) for e in a]
    for e in b:
        match = next((x for x in out if x.name.casefold() == e.name.casefold()), None)
        if match is None:
            out.append(e.model_copy(deep=True))
        else:
            match.role = match.role or e.role
            match.aliases = list(dict.fromkeys([*match.aliases, *e.aliases]))
    return out


def _union_spans(a: list[Span], b: list[Span]) -> list[Span]:
    seen = {(s.start, s.end): s for s in [*a, *b]}
    return [seen[k] for k in sorted(seen)]


def _union_dates(a: list[DateRef], b: list[DateRef]) -> list[DateRef]:
    out = list(a)
    for d in b:
        if not any(d.span == x.span and d.text == x.text for x in out):
            out.append(d)
    return out


def _more_precise(a: DateRef | None, b: DateRef | None) -> DateRef | None:
    if a is None or a.value is None:
        return b if b is not None and b.value is not None else a
    return a


def _adjacent(a: list[Span], b: list[Span], text_gap: int = 3) -> bool:
    return any(0 <= y.start - x.end <= text_gap or 0 <= x.start - y.end <= text_gap for x in a for y in b)


def _same_trip(a: Trip, b: Trip) -> bool:
    if not (_names(a.travellers) & _names(b.travellers)):
        return False
    if not (_agree(a.mode, b.mode) and _agree(a.status, b.status)):
        return False
    ca, cb = _countries(a.destinations), _countries(b.destinations)
    if not ca or not cb:
        # one names no destination ("She arrived on Monday.", "They fled the scene."): the same trip when the
        # next sentence goes on with it and the two are not dated apart; a flight told far from a visit is another
        return _adjacent(a.evidence, b.evidence) and _dates_agree(a.when, b.when)
    if not _within_a_month(a.when, b.when):
        return False  # "returned to Caracas on Saturday" and "fled to Colombia in 2015": two journeys
    ta, tb = _towns(a.destinations), _towns(b.destinations)
    if ca & cb and (ta & tb or not (ta and tb)) and not (ta ^ tb and _on_other_days(a.when, b.when)):
        # "a visit to Japan" and "arrived in Tokyo" are one journey; "arrived in Tokyo" and "went on to Osaka" two
        # legs of it, one record each (unless the next sentence goes on with it, below)
        return True
    # Two places told side by side are two legs ("is expected in Shanghai", then "will end the trip in Hong Kong"),
    # unless the next sentence goes on with one tour held by video ("The first stop on his video tour was...") or
    # tells its place by a description ("flew to Tacloban", then "She toured evacuation centres in the city").
    described = _by_description(a.destinations) or _by_description(b.destinations)
    return _adjacent(a.evidence, b.evidence) and (a.mode == b.mode == "virtual" or described)


def merge_trips(trips: list[Trip]) -> list[Trip]:
    """Merge repeated mentions of one trip, keeping every evidence span and date."""
    merged: list[Trip] = []
    for trip in trips:
        target = next((m for m in merged if _same_trip(m, trip)), None)
        if target is None:
            merged.append(trip.model_copy(deep=True))
            continue
        target.travellers = _union_entities(target.travellers, trip.travellers)
        for place in trip.destinations:
            if place.name.casefold() not in {p.name.casefold() for p in target.destinations}:
                target.destinations.append(place)
        target.evidence = _union_spans(target.evidence, trip.evidence)
        target.dates = _union_dates(target.dates, trip.dates)
        target.when = _more_precise(target.when, trip.when)
        target.purpose = target.purpose or trip.purpose
        target.mode = target.mode if target.mode != "unknown" else trip.mode
        target.status = target.status if target.status != "unknown" else trip.status
        if target.confirmed is None or trip.confirmed is False:
            target.confirmed = trip.confirmed if target.confirmed is None else target.confirmed and trip.confirmed
        target.reported_by = list(dict.fromkeys([*target.reported_by, *trip.reported_by]))
    return merged


# A gathering told as the next one: "After two hours of talks, the pair sat down to lunch", "Speaking alongside Alami
# at a joint news conference afterwards", "The two men were then joined by officials for a working lunch".
_NEXT_GATHERING = re.compile(
    r"\b(?:" + MEAL + r"|(?:news|press)\s+conference|ceremony)\b", re.IGNORECASE
)
_IN_SEQUENCE = re.compile(r"\b(?:afterwards|afterward|then|later|subsequently|thereafter)\b|^\W*After\b", re.IGNORECASE)


def _told_as_next(meeting: Meeting) -> bool:
    """The meeting's sentence tells a meal, a reception or a news conference that followed another gathering."""
    text = meeting.evidence[0].text if meeting.evidence else ""
    return bool(_NEXT_GATHERING.search(text) and _IN_SEQUENCE.search(text))


def _same_meeting(a: Meeting, b: Meeting) -> bool:
    if _told_as_next(b):
        return False  # the same people at the lunch after their talks: a second meeting
    na, nb = _names(a.participants), _names(b.participants)
    if len(na) < 2 or len(nb) < 2:
        return False  # one party at a gathering ("X at the summit"): sharing X says nothing of the rest
    common = na & nb
    if not (len(common) >= 2 or (common and common == min(na, nb, key=len))):
        return False
    remote = {"phone", "video"}
    if (a.format in remote) != (b.format in remote) and "unknown" not in (a.format, b.format):
        return False  # a call and a meeting in person are two contacts, whoever took part
    return _dates_agree(a.when, b.when) and _agree(a.status, b.status)


def merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """Merge repeated mentions of one meeting, keeping every evidence span."""
    merged: list[Meeting] = []
    for meeting in meetings:
        target = next((m for m in merged if _same_meeting(m, meeting)), None)
        if target is None:
            merged.append(meeting.model_copy(deep=True))
            continue
        target.participants = _union_entities(target.participants, meeting.participants)
        target.evidence = _union_spans(target.evidence, meeting.evidence)
        target.when = _more_precise(target.when, meeting.when)
        target.format = target.format if target.format != "unknown" else meeting.format
        target.topics = list(dict.fromkeys([*target.topics, *meeting.topics]))[:6]
    return merged
