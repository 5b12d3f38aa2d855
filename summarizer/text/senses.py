"""The words of travel and contact in a sense that tells of no event: "meet the demand", "a travel ban", "the
Friends Meeting Hall", "since the talks stalled", "attend school", "talked tough". :func:`mask_senses` blanks them
out, offsets kept, before the cue patterns of :mod:`summarizer.text.events` are read."""

from __future__ import annotations

import re

from summarizer.text.lexicon import word_regex

__all__ = ["mask_senses"]


# The travel words used as a modifier or a generic noun: not anyone's trip.
_TRAVEL_GENERIC = word_regex(
    r"(?:visa|passport|border|duty|toll)[-\s]free\s+travel|travel\s+(?:ban|bans|advisory|advisories|agency|"
    r"agencies|agent|industry|insurance|document|documents|restrictions?|warnings?|costs?|time|expenses|"
    r"sector|guide|writer)|departures?\s+from\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+)?(?:policy|policies|tradition|norms?|practice|position|stance|script|line|rules?|past)|freedom\s+(?:of|to)\s+travel|visitors?\s+(?:centre|center|"
    r"visas?|numbers)|tour\s+(?:operator|operators|guide|guides)"
)
# "meet" with the object of a need or a test ("meet the demand", "met all conditions").
_MEET_OBJECT = word_regex(
    r"(?:meet|meets|met|meeting)\s+(?:(?:the|their|of|its|his|her|our|your|all|any|these|those|such|some|"
    r"most|every|basic|growing|rising|minimum|new|that|this)\s+){0,3}(?:[\w-]+\s+){0,2}(?:needs?|demands?|targets?|"
    r"requirements?|goals?|obligations?|commitments?|standards?|criteria|conditions?|deadlines?|"
    r"expectations?|costs?|quotas?|challenges?|thresholds?|tests?|payroll|budgets?|burdens?|shortfalls?|"
    r"payments?|debts?|terms|qualifications?|benchmarks?|objectives?|specifications?|levels?|limits?|"
    r"death|fate|end|match|definition)"
)
_MEET_IDIOM = word_regex(r"meet\s+(?:\w+\s+){0,4}?(?:halfway|half-way|in\s+the\s+middle)")
# "Meeting" inside a capitalised name: "the Friends Meeting Hall", "Meeting House".
_MEETING_NAME = re.compile(
    r"\b[A-Z][\w'’-]*\s+Meeting\b|\bMeeting\s+(?:Hall|House|Room|Place|Point|Center|Centre|Street|Road|Ground)\b"
)
# A meeting noun that dates another clause ("since the talks stalled", "after the meeting, he said"):
# the meeting it names is one already told. Taking part in something that is not a gathering is no
# contact either ("attend school", "a hearing aid", "a court hearing").
_MEETING_AS_TIME = word_regex(
    r"(?:since|after|before|until|following|ahead\s+of|prior\s+to)\s+(?:the|this|that|these|those)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit|conference|session|negotiations|discussions|call|hearing)"
)
# The class a told meeting belongs to, not another meeting: "(the meeting was) the latest in a series of
# talks", "the third in a round of visits".
_MEETING_CLASS = word_regex(
    r"(?:latest|first|second|third|fourth|fifth|last|next|newest|final)\s+(?:\w+\s+)?(?:in|of)\s+(?:a|the)\s+"
    r"(?:\w+\s+)?(?:series|string|round|cycle|wave)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings|summits|conferences|sessions|negotiations|discussions|calls|visits|trips)"
)
_CONTACT_SENSE = word_regex(
    r"attend(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:school|schools|university|college|classes|church|mosque|"
    r"services|mass|prayers|funerals?)|hearing\s+(?:aid|aids|loss|impaired)|"
    r"(?:court|trial|bail|sentencing|extradition|custody)\s+hearings?|hearings?\s+(?:in|at|of)\s+(?:the\s+)?"
    r"(?:case|trial|court)"
)
_TALK_SENSE = word_regex(
    r"talk(?:s|ed|ing)?\s+(?:tough|big|up|down)|(?:his|her|their|its|our|the|a)\s+hosts?|"
    r"(?:speak|speaks|spoke|speaking|talk|talks|talked|talking)\s+to\s+(?:the\s+)?(?:media|reporters|press|journalists)|"
    r"negotiating\s+(?:partners?|"
    # (back "to the negotiating table", "at the negotiating table": talks, not a modifier)
    r"(?<!to\sthe\snegotiating\s)(?<!at\sthe\snegotiating\s)table|positions?|teams?|power|skills|stance|strategy|tactics)"
)


def mask_senses(sentence: str) -> str:
    """The sentence with the words that have a non-event sense blanked out (offsets kept)."""
    out = sentence
    for rx in (
        _MEET_OBJECT, _MEET_IDIOM, _MEETING_NAME, _TALK_SENSE, _TRAVEL_GENERIC, _MEETING_AS_TIME, _CONTACT_SENSE, _MEETING_CLASS
    ):
        out = rx.sub(lambda m: " " * len(m.group(0)), out)
    return out
