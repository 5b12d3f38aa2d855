"""Word cues read straight from a sentence: which sentences may hold a trip or a meeting,
and the facts that a small model gets wrong but the wording states plainly
(virtual or in person, planned or done, video or phone, confirmed or only reported).
"""

from __future__ import annotations

import re

from summarizer.schemas import MeetingFormat, TripMode, TripStatus

__all__ = [
    "event_status",
    "is_meeting_candidate",
    "is_reported_only",
    "is_trip_candidate",
    "meeting_format",
    "near_travel_word",
    "trip_mode",
]


def _rx(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b", re.IGNORECASE)


_TRIP = _rx(
    r"visit(?:s|ed|ing)?|trip|trips|travel(?:s|led|led|ing|ed)?|tour(?:s|ed|ing)?|arriv(?:e|es|ed|ing|al)|"
    r"fl(?:y|ies|ew|own)\s+(?:to|in|into|from)|journey(?:ed)?|head(?:s|ed|ing)?\s+(?:to|for)|left\s+for|"
    r"depart(?:s|ed|ing)?|return(?:s|ed|ing)?\s+(?:to|from|home)|went\s+to|go(?:es)?\s+to|going\s+to\s+[A-Z]|"
    r"land(?:s|ed)?\s+in|stop(?:s|ped)?\s+in|first\s+stop|leg|delegation"
)
_MEET = _rx(
    r"met|meet(?:s|ing|ings)?|talks|talked|discuss(?:ed|es|ion|ions)?|summit|conference|"
    r"spoke\s+(?:with|to)|speak(?:s)?\s+with|phone\s+call|call(?:ed)?\s+with|telephone|hosted|host(?:s|ing)?|"
    r"held\s+(?:talks|a\s+meeting|discussions|consultations)|consultations|negotiations|negotiated|"
    r"sat\s+down\s+with|received|welcomed|dialogue|rally"
)
_VIRTUAL = _rx(r"virtual(?:ly)?|video|online|teleconference|videoconference|remotely|by\s+phone|zoom")
_VIDEO = _rx(r"video|teleconference|videoconference|virtual(?:ly)?|online|zoom")
_PHONE = _rx(r"phone|telephone|call(?:ed)?\s+with|spoke\s+by|phoned")
_PLANNED = _rx(
    r"plan(?:s|ned)?\s+to|will|would|to\s+visit|is\s+to|are\s+to|(?:was|were)\s+to\s+(?:travel|visit|meet|attend|go|fly|be|hold|arrive|leave|head|make|sign)\b|expected|scheduled|due\s+to|intends?\s+to|"
    r"upcoming|imminent|next\s+(?:week|month|year)|hinted|set\s+to|proposed|preparing\s+to|later\s+this"
)
_CANCELLED = _rx(r"cancel(?:s|led|ed)|called\s+off|postpone(?:s|d)|scrapped|delayed")
_UNDER_WAY = _rx(r"is\s+visiting|are\s+visiting|is\s+in|are\s+in|currently|on\s+a\s+(?:visit|tour|trip)\s+to|arrived\s+in")
_PAST = _rx(
    r"visited|travelled|traveled|flew|went|took|arrived|met|held|toured|returned|left|spoke|talked|"
    r"discussed|hosted|received|welcomed|was|were|had"
)
_REPORTED = _rx(
    r"reports?|reported(?:ly)?|according\s+to|not\s+able\s+to\s+confirm|could\s+not\s+confirm|unconfirmed|"
    r"sources?\s+said|news\s+agency|is\s+said\s+to|hinted"
)


def near_travel_word(sentence: str, phrase: str, reach: int = 80) -> bool:
    """True when ``phrase`` stands within ``reach`` characters of a travel word in the sentence.

    A traveller or destination far from every travel word is a person or place the sentence
    names for another reason ("X called on Greece ... where migrants arrived").
    """
    at = sentence.casefold().find(phrase.casefold())
    if at < 0:
        return False
    end = at + len(phrase)
    return any(m.start() - end <= reach and at - m.end() <= reach for m in _TRIP.finditer(sentence))


def is_trip_candidate(sentence: str) -> bool:
    """The sentence has a travel word."""
    return bool(_TRIP.search(sentence))


def is_meeting_candidate(sentence: str) -> bool:
    """The sentence has a meeting word."""
    return bool(_MEET.search(sentence))


def trip_mode(sentence: str) -> TripMode:
    """'virtual' when the sentence says so; 'in_person' for a plain visit; else 'unknown'."""
    if _VIRTUAL.search(sentence):
        return "virtual"
    if _TRIP.search(sentence):
        return "in_person"
    return "unknown"


def meeting_format(sentence: str) -> MeetingFormat:
    """'video' or 'phone' when the sentence says so; otherwise 'unknown' (the text rarely says in person)."""
    if _VIDEO.search(sentence):
        return "video"
    if _PHONE.search(sentence):
        return "phone"
    if re.search(r"\b(?:in\s+person|face[-\s]to[-\s]face|visit(?:ed|ing)?)\b", sentence, re.IGNORECASE):
        return "in_person"
    return "unknown"


def event_status(sentence: str) -> TripStatus:
    """planned / cancelled / under_way / completed, from modal and tense words; 'unknown' when none."""
    if _CANCELLED.search(sentence):
        return "cancelled"
    if _PLANNED.search(sentence):
        return "planned"
    if _UNDER_WAY.search(sentence):
        return "under_way"
    if _PAST.search(sentence):
        return "completed"
    return "unknown"


def is_reported_only(sentence: str) -> bool:
    """True when the sentence attributes the event to reports rather than stating it."""
    return bool(_REPORTED.search(sentence))
