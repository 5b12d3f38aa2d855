"""Normalise the date expressions of news articles against a reference date.

:func:`resolve_date` turns the words an article uses for a date ("on March 4",
"last month", "two days from March 17") into a :class:`~summarizer.schemas.DateRef`
with an ISO value, relative to a reference date (normally the publication date).
:func:`find_date_phrases` locates such expressions in a sentence. This module reads
ranges and drives the search; the single forms ("March 4", "last Tuesday") and their
day arithmetic are in :mod:`summarizer.text.date_forms`, the finder in
:mod:`summarizer.text.date_phrases`.

Everything is plain regular expressions and :mod:`datetime` arithmetic: no third
party parser, no locale, no clock (the reference date is the only "now").

Choices, in the order a reader is likely to ask about them:

* **Never invent a year.** With ``reference=None`` only words that carry their own
  year resolve ("March 4, 2021", "in 2020", "2021-03-04"); "March 4", "Monday",
  "last month" give ``value=None``, ``precision="unknown"``.
* **A month or month-day without a year** takes the occurrence nearest the
  reference: the reference year, the year before or the year after, whichever is
  closest (about six months either way; a tie keeps the reference year). So with
  reference 2021-03-05 "March 4" is 2021-03-04, with reference 2021-01-10
  "December 28" is 2020-12-28, and with reference 2021-12-20 "January 5" is
  2022-01-05. With ``prefer_future=True`` it is instead the first occurrence on or
  after the reference.
* **Weekdays.** A bare weekday ("on Monday") is the most recent such day on or
  before the reference (news reports mostly tell what happened); with
  ``prefer_future=True`` (a sentence in the future tense) it is the first such day
  on or after it. "last Tuesday" is the most recent Tuesday strictly before the
  reference, "next Friday" the first Friday strictly after it, "this Monday" the
  Monday of the reference's week (weeks run Monday to Sunday).
* **Weeks and weekends** are ranges: "this week" is Monday..Sunday of the
  reference's week, "next week"/"last week" the week after/before. "this weekend"
  is Saturday..Sunday of the reference's week, "last weekend" that of the week
  before, "next weekend" that of the week after. "the weekend"/"over the weekend"
  is the current weekend when the reference is a Saturday or Sunday, otherwise the
  one before (or, with ``prefer_future``, the one after).
* **Qualifiers keep the base precision**: "early March", "mid-March", "the end of
  the month", "earlier this month", "later this week" resolve like "March",
  "this month", "this week".
* **Ranges** have ``value`` = first day and ``end`` = last day, both full ISO days,
  whatever the unit of the words ("from March to May" is 03-01..05-31).
  "N days from DATE" / "for N days from DATE" / "DATE for N days" is the N-day span
  starting on DATE (so "two days from March 17" is 03-17..03-18); "N days from now"
  and "N days ago" are single days. A range of one day collapses to that day.
* **Decades**: "the 1990s" is the range 1990-01-01..1999-12-31; "the '90s" (no
  century) is unknown.
* **Numeric day/month forms** such as "3/4/2021" or "4.3.2021" are ambiguous and
  give unknown; ISO forms ("2021-03-04", "2021-03", "2021/03/04") are accepted.
* **Vague words** ("soon", "recently", "in the coming days", "later") give unknown.
* Leading prepositions ("on", "in", "from", "since", "by", "until", "for", ...),
  surrounding quotes and trailing punctuation are ignored; matching is
  case-insensitive. :func:`resolve_date` never raises on odd input.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from summarizer.schemas import DateRef
from summarizer.text.date_forms import (
    MONTH,
    NUM,
    ORD,
    WEEKDAY,
    Resolved,
    alternation,
    date_range,
    infer_day,
    month_number,
    resolve_offset,
    resolve_single,
    safe_date,
    to_number,
    week_start,
)
from summarizer.text.date_phrases import find_date_phrases

__all__ = ["find_date_phrases", "resolve_date"]

# ---------------------------------------------------------------------------
# Driver pieces

# Words ignored at the start of an expression (already lower-cased).
_PREPOSITIONS = (
    "on", "in", "from", "since", "by", "until", "till", "til", "for", "during", "over",
    "as of", "at", "around", "about", "circa", "starting", "starting on", "starting from",
    "beginning", "beginning on", "throughout", "through",
)  # fmt: skip
_PREP_RE = re.compile(rf"^(?:{alternation(list(_PREPOSITIONS))})\s+")

_WEEK_OF_RE = re.compile(r"^(?:the\s+)?week\s+of\s+(?P<rest>.+)$")

# ---------------------------------------------------------------------------
# Ranges

_SEP = r"(?:-|to|through|thru|until|till|and)"
_DAY_RANGE_MD_RE = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?(?P<m1>{MONTH})\s*(?P<d1>\d{{1,2}}){ORD}(?:(?:,\s*|\s+)(?P<y1>\d{{4}}))?"
    rf"\s*(?P<sep>{_SEP})\s*(?:{WEEKDAY},?\s+)?(?:(?P<m2>{MONTH})\s*)?(?P<d2>\d{{1,2}}){ORD}"
    rf"(?:(?:,\s*|\s+)(?P<y2>\d{{4}}))?$"
)
_DAY_RANGE_DM_RE = re.compile(
    rf"^(?:the\s+)?(?P<d1>\d{{1,2}}){ORD}(?:\s+(?:of\s+)?(?P<m1>{MONTH})(?:(?:,\s*|\s+)(?P<y1>\d{{4}}))?)?"
    rf"\s*(?P<sep>{_SEP})\s*(?:the\s+)?(?P<d2>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<m2>{MONTH})"
    rf"(?:(?:,\s*|\s+)(?P<y2>\d{{4}}))?$"
)


def _day_range(s: str, ref: _dt.date | None, future: bool, between: bool) -> Resolved | None:
    """'March 17-19', 'March 30 to April 2, 2021', '17 to 19 March', 'March 4 and 5'."""
    m = _DAY_RANGE_MD_RE.match(s)
    day_first = False
    if not m:
        m = _DAY_RANGE_DM_RE.match(s)
        day_first = True
    if not m:
        return None
    m1, m2 = m["m1"], m["m2"]
    # "and" joins a range only after "between" or when the second part is a bare day.
    if m["sep"] == "and" and not between and (m1 if day_first else m2):
        return None
    month1 = month_number(m1 if m1 else m2)
    month2 = month_number(m2 if m2 else m1)
    d1, d2 = int(m["d1"]), int(m["d2"])
    y1, y2 = m["y1"], m["y2"]
    start: _dt.date | None
    if y1:
        start = safe_date(int(y1), month1, d1)
    elif y2:
        year = int(y2) - (1 if (month1, d1) > (month2, d2) else 0)
        start = safe_date(year, month1, d1)
    else:
        start = infer_day(month1, d1, ref, future)
    if start is None:
        return None
    end_year = int(y2) if y2 else start.year
    end = safe_date(end_year, month2, d2)
    if end is not None and end < start and not y2:
        end = safe_date(end_year + 1, month2, d2)
    if end is None or (end - start).days > 366:
        return None
    return date_range(start, end)


_SPLIT_RE = re.compile(r"\s+(?:to|through|thru|until|till|and)\s+|\s*-\s*")


def _split_range(s: str, ref: _dt.date | None, future: bool, between: bool, depth: int) -> Resolved | None:
    """'from March to May', 'from Monday to Wednesday', 'between 2019 and 2021'."""
    for m in _SPLIT_RE.finditer(s):
        if m.group().strip() == "and" and not between:
            continue
        left_text, right_text = s[: m.start()], s[m.end() :]
        if not left_text or not right_text:
            continue
        # The two sides are not split again, which keeps the search linear.
        left = _resolve(left_text, ref, future, depth + 1, split=False)
        if left is None:
            continue
        right = _resolve(right_text, ref, future, depth + 1, split=False)
        if right is not None and right.end < left.start:
            # "from Friday to Monday": read the second part forward from the first.
            right = _resolve(right_text, left.start, True, depth + 1, split=False)
        if right is None:
            continue
        result = date_range(left.start, right.end)
        if result is not None:
            return result
    return None


_DURATION_RE = re.compile(
    rf"^(?:for\s+)?(?:(?:a|an)\s+)?(?P<n>{NUM})[\s-]+(?P<unit>day|week)s?\s+"
    r"(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+of)\s+(?P<rest>.+)$"
)
_DURATION_AFTER_RE = re.compile(
    rf"^(?P<rest>.+?)\s+for\s+(?:(?:a|an)\s+)?(?P<n>{NUM})[\s-]+(?P<unit>day|week)s?$"
)


def _duration(s: str, ref: _dt.date | None, future: bool, depth: int, split: bool) -> Resolved | None:
    """'two days from March 17', 'for three days starting Monday', 'March 17 for two days'."""
    m = _DURATION_RE.match(s) or _DURATION_AFTER_RE.match(s)
    if not m:
        return None
    n = to_number(m["n"])
    if not n:
        return None
    days = n * (7 if m["unit"] == "week" else 1)
    first = _resolve(m["rest"], ref, future, depth + 1, split)
    if first is None or first.precision != "day":
        return None
    return date_range(first.start, first.start + _dt.timedelta(days=days - 1))


_QUALIFIER_RE = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle|end|start|beginning|first half|"
    r"second half|rest|remainder)(?:\s*-\s*|\s+)(?:(?:of|in)\s+)?(?P<rest>.+)$"
)

# ---------------------------------------------------------------------------
# Driver


def _normalise(words: str) -> str:
    s = unicodedata.normalize("NFKC", words)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.lower()
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip("\"'\u201c\u201d()[]{} ")
    s = re.sub(r"[\s,;:!?]+$", "", s)
    # A trailing full stop ends a sentence, except after a month abbreviation ("Feb.").
    if s.endswith(".") and not re.search(rf"\b{MONTH}$", s):
        s = s.rstrip(". ")
    return s


def _resolve(s: str, ref: _dt.date | None, future: bool, depth: int = 0, split: bool = True) -> Resolved | None:
    """Resolve normalised text ``s``; None when nothing matches or it cannot resolve.

    ``split`` allows the generic range split ("from March to May"); its two sides are
    resolved with ``split=False``.
    """
    s = s.strip(" ,")
    if not s or depth > 6 or len(s) > 120:
        return None
    if result := resolve_offset(s, ref, future):  # before "in" is dropped: "in two days"
        return result
    if m := _PREP_RE.match(s):
        stripped = _resolve(s[m.end() :], ref, future, depth + 1, split)
        if stripped is not None:
            return stripped
    if s.startswith("between "):
        rest = s[len("between ") :]
        if result := _day_range(rest, ref, future, True):
            return result
        return _split_range(rest, ref, future, True, depth) if split else None
    if result := resolve_single(s, ref, future):
        return result
    if m := _WEEK_OF_RE.match(s):
        inner = _resolve(m["rest"], ref, future, depth + 1, split)
        if inner is not None and inner.precision == "day":
            monday = week_start(inner.start)
            return Resolved("range", monday, monday + _dt.timedelta(days=6))
    if result := _day_range(s, ref, future, False):
        return result
    if result := _duration(s, ref, future, depth, split):
        return result
    qualified = _QUALIFIER_RE.match(s)
    if qualified and (result := _resolve(qualified["rest"], ref, future, depth + 1, split)):
        return result
    return _split_range(s, ref, future, False, depth) if split else None


def _as_date(reference: _dt.date | None) -> _dt.date | None:
    if isinstance(reference, _dt.datetime):
        return reference.date()
    return reference


def resolve_date(words: str, reference: _dt.date | None, *, prefer_future: bool = False) -> DateRef:
    """Normalise the date expression ``words`` against ``reference`` (the publication date).

    Returns a :class:`DateRef` whose ``text`` is ``words`` unchanged, whose ``value``
    is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by ``precision`` (the first day for a
    range, with ``end`` the last day), and ``value=None``/``precision="unknown"`` when
    the words cannot be resolved -- in particular when they lack a year and there is
    no reference. ``prefer_future`` reads year-less months and days and bare weekdays
    forward from the reference (for sentences about plans); see the module docstring
    for every choice. Never raises on odd input.
    """
    ref = _as_date(reference)
    try:
        result = _resolve(_normalise(words), ref, prefer_future)
    except (ValueError, OverflowError, KeyError, IndexError, RecursionError):
        result = None
    if result is None:
        return DateRef(text=words, value=None, end=None, precision="unknown")
    if result.precision == "day":
        return DateRef(text=words, value=result.start.isoformat(), precision="day")
    if result.precision == "month":
        return DateRef(text=words, value=result.start.isoformat()[:7], precision="month")
    if result.precision == "year":
        return DateRef(text=words, value=f"{result.start.year:04d}", precision="year")
    return DateRef(text=words, value=result.start.isoformat(), end=result.end.isoformat(), precision="range")


