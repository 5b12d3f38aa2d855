"""How a meeting was held, by its sentence's words: by video, by phone, in person, or as the text leaves it; each
event's own (a call in one clause does not make the meeting of another a call)."""

from __future__ import annotations

import re

from summarizer.schemas import MeetingFormat
from summarizer.text.events import MEETING_CUE, is_meeting_candidate, refers_back
from summarizer.text.lexicon import word_regex
from summarizer.text.modality import event_modality

__all__ = ["meeting_format"]

# "by video", "a video call"; not a video someone watched.
_VIDEO = word_regex(
    r"(?:by|via|over|on)\s+video|video\s*(?:call|calls|conference|link|chat|teleconference|summit|meeting)|"
    r"teleconference|videoconference|virtual(?:ly)?|online|zoom"
)
# By phone, whether or not the word is written: "a call was made to", "in a call with", "the two spoke by ..."; not
# a press, photo, curtain, casting or roll call, held in person.
_PHONE = word_regex(
    r"phone|telephone|cellphone|smartphone|call(?:ed)?\s+with|spoke\s+by|phoned|(?:a|an|the|his|her|their|its|this|that|one)\s+"
    r"(?:[\w-]+\s+){0,2}?(?<!press\s)(?<!photo\s)(?<!curtain\s)(?<!casting\s)(?<!roll\s)calls?(?!\s+(?:for|on|off)\b)"
)
_IN_PERSON = re.compile(r"\b(?:in[\s-]+person|face[-\s]to[-\s]face|visit(?:ed|ing)?)\b", re.IGNORECASE)
# Where one clause of a sentence ends and the next, with its own event, begins: "held in-person talks with X on
# Monday, and the two firms talked again by telephone on Thursday".
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas|then)\b|\s+and\s+(?=(?:he|she|they|the\s+two)\b)", re.IGNORECASE)


def _met_in_person_elsewhere(sentence: str) -> bool:
    """A clause of the sentence with no word of a call or a screen tells a meeting of its own ("chaired a cabinet
    session on Tuesday, and she phoned the consul that evening"): the sentence's call is not its only event."""
    clauses = _NEXT_CLAUSE.split(sentence)
    return len(clauses) > 1 and any(
        not _PHONE.search(c) and not _VIDEO.search(c) and re.search(r"\bcall", c, re.IGNORECASE) is None
        # (what was discussed goes on about the call: "held a video call; they discussed trade")
        and is_meeting_candidate(_DISCUSSED.sub(" ", c)) and not refers_back(c)
        and event_modality(c, MEETING_CUE) in ("factual", "planned")
        for c in clauses
    )


_DISCUSSED = re.compile(r"\bdiscuss\w*", re.IGNORECASE)


def meeting_format(sentence: str) -> MeetingFormat:
    """'video' or 'phone' when the sentence says so, unless another of its clauses tells a meeting with no word of a
    call or a screen (the format is each event's own: the record is of that meeting, held in person or as the text
    leaves it); otherwise 'unknown' (the text rarely says in person)."""
    remote: MeetingFormat | None = "video" if _VIDEO.search(sentence) else "phone" if _PHONE.search(sentence) else None
    if remote is not None and not _met_in_person_elsewhere(sentence):
        return remote
    return "in_person" if _IN_PERSON.search(sentence) else "unknown"
