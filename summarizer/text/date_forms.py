"""The single date forms that :func:`~summarizer.text.dates.resolve_date` reads, and their day arithmetic.

Each form ("2021-03-04", "yesterday", "next week", "this weekend", "last Tuesday",
"March 4", "March", "two days ago") takes the normalised words, the reference date and
the future flag, and returns a :class:`Resolved` (the first and last day the words
cover), or None when the form does not match or cannot resolve. The choices they make
are listed in :mod:`summarizer.text.dates`.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from summarizer.schemas import Precision
from summarizer.text.lexicon import MONTHS, NUMBER_WORDS, TIMES_OF_DAY, WEEKDAYS

__all__ = [
    "MONTH",
    "NUM",
    "ORD",
    "TIME_OF_DAY",
    "WEEKDAY",
    "Resolved",
    "alternation",
    "date_range",
    "infer_day",
    "month_number",
    "resolve_offset",
    "resolve_single",
    "safe_date",
    "to_number",
    "week_start",
]

# ---------------------------------------------------------------------------
# Regular expression pieces


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that prefixes never win."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONTH = rf"(?:{alternation(MONTHS)})\.?"
WEEKDAY = rf"(?:{alternation(WEEKDAYS)})\.?"
NUM = rf"(?:\d{{1,3}}|{alternation(NUMBER_WORDS)})"
ORD = r"(?:st|nd|rd|th)?"
TIME_OF_DAY = rf"(?:\s+(?:{'|'.join(TIMES_OF_DAY)}))?"

# ---------------------------------------------------------------------------
# The result, and day arithmetic


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: ``start``/``end`` are the first and last day it covers."""

    precision: Precision
    start: _dt.date
    end: _dt.date


def _day(d: _dt.date) -> Resolved:
    return Resolved("day", d, d)


def _month_res(year: int, month: int) -> Resolved:
    last = calendar.monthrange(year, month)[1]
    return Resolved("month", _dt.date(year, month, 1), _dt.date(year, month, last))


def _year_res(year: int) -> Resolved:
    return Resolved("year", _dt.date(year, 1, 1), _dt.date(year, 12, 31))


def date_range(start: _dt.date, end: _dt.date) -> Resolved | None:
    """``start``..``end`` as a range, one day when they are equal, None when ``end`` comes first."""
    if end < start:
        return None
    if start == end:
        return _day(start)
    return Resolved("range", start, end)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_start(d: _dt.date) -> _dt.date:
    """The Monday of ``d``'s week."""
    return d - _dt.timedelta(days=d.weekday())


def to_number(text: str) -> int | None:
    """``text`` as a number: digits or a number word ("two", "a couple of"); None otherwise."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def safe_date(year: int, month: int, day: int) -> _dt.date | None:
    """The date, or None when there is no such day (February 30)."""
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def infer_day(month: int, day: int, ref: _dt.date | None, future: bool) -> _dt.date | None:
    """The year-less ``month``/``day`` nearest ``ref`` (or the next one, when ``future``)."""
    if ref is None:
        return None
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
    if not candidates:
        return None
    if future:
        ahead = [d for d in candidates if d >= ref]
        return min(ahead) if ahead else None
    return min(candidates, key=lambda d: (abs((d - ref).days), d.year != ref.year))


def _infer_month(month: int, ref: _dt.date | None, future: bool) -> int | None:
    """The year of the year-less ``month`` nearest ``ref`` (or the next one, when ``future``)."""
    if ref is None:
        return None
    here = ref.year * 12 + ref.month - 1
    years = (ref.year - 1, ref.year, ref.year + 1)
    if future:
        return min(y for y in years if y * 12 + month - 1 >= here)
    return min(years, key=lambda y: (abs(y * 12 + month - 1 - here), y != ref.year))


# ---------------------------------------------------------------------------
# Single forms. Each takes the normalised text, the reference and the future flag
# and returns a result, or None when the form does not match or cannot resolve.

_ISO_DAY_RE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]\d{1,2}:\d{2}\S*)?$")
_ISO_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_RE = re.compile(r"^(?:the\s+)?(?:year\s+)?(\d{4})$")
_DECADE_RE = re.compile(r"^(?:the\s+)?(\d{3}0)'?s$")


def _iso(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    if m := _ISO_DAY_RE.match(s):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return _day(d) if d else None
    if (m := _ISO_MONTH_RE.match(s)) and 1 <= int(m[2]) <= 12:
        return _month_res(int(m[1]), int(m[2]))
    if m := _YEAR_RE.match(s):
        year = int(m[1])
        return _year_res(year) if 1000 <= year <= 2999 else None
    if m := _DECADE_RE.match(s):
        year = int(m[1])
        return Resolved("range", _dt.date(year, 1, 1), _dt.date(year + 9, 12, 31)) if year >= 1000 else None
    return None


_NAMED_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "today's": 0,
    "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
    "yesterday evening": -1, "overnight": -1,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow afternoon": 1, "tomorrow evening": 1,
    "tomorrow night": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}  # fmt: skip


def _named_day(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    offset = _NAMED_DAYS.get(s)
    if offset is None or ref is None:
        return None
    return _day(ref + _dt.timedelta(days=offset))


_UNIT_RE = re.compile(
    r"^(?:(?P<the>the)\s+)?(?:(?P<q>this coming|this past|this|current|last|next|coming)\s+)?"
    r"(?P<unit>week|month|year)$"
)
_SHIFTS: dict[str, int] = {
    "this": 0, "current": 0, "last": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
}  # fmt: skip


def _unit(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    m = _UNIT_RE.match(s)
    if not m or not (m["q"] or m["the"]) or ref is None:
        return None
    shift = _SHIFTS[m["q"]] if m["q"] else 0
    if m["unit"] == "week":
        monday = week_start(ref) + _dt.timedelta(weeks=shift)
        return Resolved("range", monday, monday + _dt.timedelta(days=6))
    if m["unit"] == "month":
        return _month_res(*_shift_month(ref.year, ref.month, shift))
    return _year_res(ref.year + shift)


_WEEKEND_RE = re.compile(
    r"^(?:the\s+)?(?:(?P<q>this coming|this past|this|last|next|coming|past)\s+)?weekend$"
)


def _weekend(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    m = _WEEKEND_RE.match(s)
    if not m or ref is None:
        return None
    q = m["q"]
    if q == "this":
        shift = 0
    elif q in ("last", "past", "this past"):
        shift = -1
    elif q in ("next", "coming", "this coming"):
        shift = 1
    elif ref.weekday() >= 5:  # "the weekend" said on a Saturday or Sunday
        shift = 0
    else:
        shift = 0 if future else -1
    saturday = week_start(ref) + _dt.timedelta(days=5, weeks=shift)
    return Resolved("range", saturday, saturday + _dt.timedelta(days=1))


_WEEKDAY_RE = re.compile(
    rf"^(?:(?P<q>this coming|this past|this|last|next|coming|past)\s+)?(?P<wd>{WEEKDAY}){TIME_OF_DAY}$"
)


def _weekday(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    m = _WEEKDAY_RE.match(s)
    if not m or ref is None:
        return None
    target = WEEKDAYS[m["wd"].rstrip(".")]
    q = m["q"]
    back = (ref.weekday() - target) % 7  # days back to the most recent one, 0 if today
    ahead = (target - ref.weekday()) % 7  # days ahead to the next one, 0 if today
    if q == "this":
        return _day(week_start(ref) + _dt.timedelta(days=target))
    if q in ("last", "past", "this past"):
        return _day(ref - _dt.timedelta(days=back or 7))
    if q in ("next", "coming", "this coming"):
        return _day(ref + _dt.timedelta(days=ahead or 7))
    return _day(ref + _dt.timedelta(days=ahead) if future else ref - _dt.timedelta(days=back))


_MD_RE = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s*(?P<d>\d{{1,2}}){ORD}(?:(?:,\s*|\s+)(?P<y>\d{{4}}))?$"
)
_DM_RE = re.compile(
    rf"^(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<m>{MONTH})(?:(?:,\s*|\s+)(?P<y>\d{{4}}))?$"
)


def month_number(word: str) -> int:
    """The number (1-12) of a month word, full stop or not ("Sept." -> 9)."""
    return MONTHS[word.rstrip(".")]


def _month_day(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    m = _MD_RE.match(s) or _DM_RE.match(s)
    if not m:
        return None
    month, day = month_number(m["m"]), int(m["d"])
    if m["y"]:
        d = safe_date(int(m["y"]), month, day)
    else:
        d = infer_day(month, day, ref, future)
    return _day(d) if d else None


_MONTH_RE = re.compile(
    rf"^(?:(?P<q>this coming|this past|this|last|next|coming|past)\s+)?(?P<m>{MONTH})"
    rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<y>\d{{4}}))?$"
)


def _month(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    m = _MONTH_RE.match(s)
    if not m:
        return None
    month = month_number(m["m"])
    q = m["q"]
    if m["y"]:
        return None if q else _month_res(int(m["y"]), month)
    if ref is None:
        return None
    if q == "this":
        year: int | None = ref.year
    elif q in ("last", "past", "this past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif q in ("next", "coming", "this coming"):
        year = ref.year if month > ref.month else ref.year + 1
    else:
        year = _infer_month(month, ref, future)
    return _month_res(year, month) if year is not None else None


_OFFSET_RES = (
    (re.compile(rf"^in\s+(?P<n>{NUM})\s+(?P<unit>day|week|month|year)s?(?:'s?)?(?:\s+time)?$"), 1),
    (re.compile(rf"^(?P<n>{NUM})\s+(?P<unit>day|week|month|year)s?\s+(?:from\s+(?:now|today))$"), 1),
    (re.compile(rf"^(?P<n>{NUM})\s+(?P<unit>day|week|month|year)s?\s+ago$"), -1),
)


def resolve_offset(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    """'in two days', 'three weeks from now', 'a year ago': a day, month or year counted from ``ref``."""
    for regex, sign in _OFFSET_RES:
        m = regex.match(s)
        if not m:
            continue
        n = to_number(m["n"])
        if n is None or ref is None:
            return None
        n *= sign
        unit = m["unit"]
        if unit == "day":
            return _day(ref + _dt.timedelta(days=n))
        if unit == "week":
            return _day(ref + _dt.timedelta(weeks=n))
        if unit == "month":
            return _month_res(*_shift_month(ref.year, ref.month, n))
        return _year_res(ref.year + n)
    return None


_SINGLE_FORMS: tuple[Callable[[str, _dt.date | None, bool], Resolved | None], ...] = (
    _iso,
    _named_day,
    _unit,
    _weekend,
    _weekday,
    _month_day,
    _month,
)


def resolve_single(s: str, ref: _dt.date | None, future: bool) -> Resolved | None:
    """The first single form that resolves ``s``; None when none does."""
    for form in _SINGLE_FORMS:
        if result := form(s, ref, future):
            return result
    return None

