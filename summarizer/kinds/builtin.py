"""The built-in kinds, each one module (its registration, its own views, its prompt), registered here in the
summary's order: trips, meetings, quotes. ``order`` gives the order of the questions: quotes first, then
trips, then meetings, each kind's calls back to back."""

from __future__ import annotations

from summarizer.kinds.meetings import MEETING_KIND
from summarizer.kinds.quotes import QUOTE_KIND
from summarizer.kinds.registry import register
from summarizer.kinds.trips import TRIP_KIND

__all__ = ["MEETING_KIND", "QUOTE_KIND", "TRIP_KIND"]

for _kind in (TRIP_KIND, MEETING_KIND, QUOTE_KIND):
    register(_kind)
