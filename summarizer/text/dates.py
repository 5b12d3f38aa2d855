"""Normalise the date expressions of news articles against a reference date.

:func:`resolve_date` turns the words an article uses for a date ("on March 4",
"last month", "two days from March 17") into a :class:`~summarizer.schemas.DateRef`
with an ISO value, relative to a reference date (normally the publication date).
:func:`find_date_phrases` locates such expressions in a sentence.

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

import calendar
import datetime as _dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.schemas import DateRef, Precision

__all__ = ["find_date_phrases", "resolve_date"]

# ---------------------------------------------------------------------------
# Vocabulary

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTHS = MONTHS

_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip


def _alternation(words: list[str] | dict[str, int]) -> str:
    """A regex alternation of ``words``, longest first so that prefixes never win."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = rf"(?:{_alternation(_MONTHS)})\.?"
_WEEKDAY = rf"(?:{_alternation(_WEEKDAYS)})\.?"
_NUM = rf"(?:\d{{1,3}}|{_alternation(_NUMBER_WORDS)})"
_ORD = r"(?:st|nd|rd|th)?"
_TIME_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Words ignored at the start of an expression (already lower-cased).
_PREPOSITIONS = (
    "on", "in", "from", "since", "by", "until", "till", "til", "for", "during", "over",
    "as of", "at", "around", "about", "circa", "starting", "starting on", "starting from",
    "beginning", "beginning on", "throughout", "through",
)  # fmt: skip
_PREP_RE = re.compile(rf"^(?:{_alternation(list(_PREPOSITIONS))})\s+")

# ---------------------------------------------------------------------------
# Internal result


@dataclass(frozen=True)
class _Res:
    """A resolved expression: ``start``/``end`` are the first and last day it covers."""

    precision: Precision
    start: _dt.date
    end: _dt.date


def _day(d: _dt.date) -> _Res:
    return _Res("day", d, d)


def _month_res(year: int, month: int) -> _Res:
    last = calendar.monthrange(year, month)[1]
    return _Res("month", _dt.date(year, month, 1), _dt.date(year, month, last))


def _year_res(year: int) -> _Res:
    return _Res("year", _dt.date(year, 1, 1), _dt.date(year, 12, 31))


def _range(start: _dt.date, end: _dt.date) -> _Res | None:
    if end < start:
        return None
    if start == end:
        return _day(start)
    return _Res("range", start, end)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_start(d: _dt.date) -> _dt.date:
    return d - _dt.timedelta(days=d.weekday())


def _number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _infer_day(month: int, day: int, ref: _dt.date | None, future: bool) -> _dt.date | None:
    """The year-less ``month``/``day`` nearest ``ref`` (or the next one, when ``future``)."""
    if ref is None:
        return None
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, month, day))]
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


def _iso(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
    if m := _ISO_DAY_RE.match(s):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return _day(d) if d else None
    if (m := _ISO_MONTH_RE.match(s)) and 1 <= int(m[2]) <= 12:
        return _month_res(int(m[1]), int(m[2]))
    if m := _YEAR_RE.match(s):
        year = int(m[1])
        return _year_res(year) if 1000 <= year <= 2999 else None
    if m := _DECADE_RE.match(s):
        year = int(m[1])
        return _Res("range", _dt.date(year, 1, 1), _dt.date(year + 9, 12, 31)) if year >= 1000 else None
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


def _named_day(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
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


def _unit(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
    m = _UNIT_RE.match(s)
    if not m or not (m["q"] or m["the"]) or ref is None:
        return None
    shift = _SHIFTS[m["q"]] if m["q"] else 0
    if m["unit"] == "week":
        monday = _week_start(ref) + _dt.timedelta(weeks=shift)
        return _Res("range", monday, monday + _dt.timedelta(days=6))
    if m["unit"] == "month":
        return _month_res(*_shift_month(ref.year, ref.month, shift))
    return _year_res(ref.year + shift)


_WEEKEND_RE = re.compile(
    r"^(?:the\s+)?(?:(?P<q>this coming|this past|this|last|next|coming|past)\s+)?weekend$"
)


def _weekend(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
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
    saturday = _week_start(ref) + _dt.timedelta(days=5, weeks=shift)
    return _Res("range", saturday, saturday + _dt.timedelta(days=1))


_WEEKDAY_RE = re.compile(
    rf"^(?:(?P<q>this coming|this past|this|last|next|coming|past)\s+)?(?P<wd>{_WEEKDAY}){_TIME_OF_DAY}$"
)


def _weekday(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
    m = _WEEKDAY_RE.match(s)
    if not m or ref is None:
        return None
    target = _WEEKDAYS[m["wd"].rstrip(".")]
    q = m["q"]
    back = (ref.weekday() - target) % 7  # days back to the most recent one, 0 if today
    ahead = (target - ref.weekday()) % 7  # days ahead to the next one, 0 if today
    if q == "this":
        return _day(_week_start(ref) + _dt.timedelta(days=target))
    if q in ("last", "past", "this past"):
        return _day(ref - _dt.timedelta(days=back or 7))
    if q in ("next", "coming", "this coming"):
        return _day(ref + _dt.timedelta(days=ahead or 7))
    return _day(ref + _dt.timedelta(days=ahead) if future else ref - _dt.timedelta(days=back))


_MD_RE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s*(?P<d>\d{{1,2}}){_ORD}(?:(?:,\s*|\s+)(?P<y>\d{{4}}))?$"
)
_DM_RE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})(?:(?:,\s*|\s+)(?P<y>\d{{4}}))?$"
)


def _month_number(word: str) -> int:
    return _MONTHS[word.rstrip(".")]


def _month_day(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
    m = _MD_RE.match(s) or _DM_RE.match(s)
    if not m:
        return None
    month, day = _month_number(m["m"]), int(m["d"])
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
    else:
        d = _infer_day(month, day, ref, future)
    return _day(d) if d else None


_MONTH_RE = re.compile(
    rf"^(?:(?P<q>this coming|this past|this|last|next|coming|past)\s+)?(?P<m>{_MONTH})"
    rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<y>\d{{4}}))?$"
)


def _month(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
    m = _MONTH_RE.match(s)
    if not m:
        return None
    month = _month_number(m["m"])
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
    (re.compile(rf"^in\s+(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?(?:'s?)?(?:\s+time)?$"), 1),
    (re.compile(rf"^(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+(?:from\s+(?:now|today))$"), 1),
    (re.compile(rf"^(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago$"), -1),
)


def _offset(s: str, ref: _dt.date | None, future: bool) -> _Res | None:
    for regex, sign in _OFFSET_RES:
        m = regex.match(s)
        if not m:
            continue
        n = _number(m["n"])
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


_WEEK_OF_RE = re.compile(r"^(?:the\s+)?week\s+of\s+(?P<rest>.+)$")

_SINGLE_FORMS: tuple[Callable[[str, _dt.date | None, bool], _Res | None], ...] = (
    _iso,
    _named_day,
    _unit,
    _weekend,
    _weekday,
    _month_day,
    _month,
)

# ---------------------------------------------------------------------------
# Ranges

_SEP = r"(?:-|to|through|thru|until|till|and)"
_DAY_RANGE_MD_RE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?P<m1>{_MONTH})\s*(?P<d1>\d{{1,2}}){_ORD}(?:(?:,\s*|\s+)(?P<y1>\d{{4}}))?"
    rf"\s*(?P<sep>{_SEP})\s*(?:{_WEEKDAY},?\s+)?(?:(?P<m2>{_MONTH})\s*)?(?P<d2>\d{{1,2}}){_ORD}"
    rf"(?:(?:,\s*|\s+)(?P<y2>\d{{4}}))?$"
)
_DAY_RANGE_DM_RE = re.compile(
    rf"^(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?(?P<m1>{_MONTH})(?:(?:,\s*|\s+)(?P<y1>\d{{4}}))?)?"
    rf"\s*(?P<sep>{_SEP})\s*(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{_MONTH})"
    rf"(?:(?:,\s*|\s+)(?P<y2>\d{{4}}))?$"
)
_SPLIT_RE = re.compile(r"\s+(?:to|through|thru|until|till|and)\s+|\s*-\s*")


def _day_range(s: str, ref: _dt.date | None, future: bool, between: bool) -> _Res | None:
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
    month1 = _month_number(m1 if m1 else m2)
    month2 = _month_number(m2 if m2 else m1)
    d1, d2 = int(m["d1"]), int(m["d2"])
    y1, y2 = m["y1"], m["y2"]
    start: _dt.date | None
    if y1:
        start = _safe_date(int(y1), month1, d1)
    elif y2:
        year = int(y2) - (1 if (month1, d1) > (month2, d2) else 0)
        start = _safe_date(year, month1, d1)
    else:
        start = _infer_day(month1, d1, ref, future)
    if start is None:
        return None
    end_year = int(y2) if y2 else start.year
    end = _safe_date(end_year, month2, d2)
    if end is not None and end < start and not y2:
        end = _safe_date(end_year + 1, month2, d2)
    if end is None or (end - start).days > 366:
        return None
    return _range(start, end)


def _split_range(s: str, ref: _dt.date | None, future: bool, between: bool, depth: int) -> _Res | None:
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
        result = _range(left.start, right.end)
        if result is not None:
            return result
    return None


_DURATION_RE = re.compile(
    rf"^(?:for\s+)?(?:(?:a|an)\s+)?(?P<n>{_NUM})[\s-]+(?P<unit>day|week)s?\s+"
    r"(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|as\s+of)\s+(?P<rest>.+)$"
)
_DURATION_AFTER_RE = re.compile(
    rf"^(?P<rest>.+?)\s+for\s+(?:(?:a|an)\s+)?(?P<n>{_NUM})[\s-]+(?P<unit>day|week)s?$"
)


def _duration(s: str, ref: _dt.date | None, future: bool, depth: int, split: bool) -> _Res | None:
    """'two days from March 17', 'for three days starting Monday', 'March 17 for two days'."""
    m = _DURATION_RE.match(s) or _DURATION_AFTER_RE.match(s)
    if not m:
        return None
    n = _number(m["n"])
    if not n:
        return None
    days = n * (7 if m["unit"] == "week" else 1)
    first = _resolve(m["rest"], ref, future, depth + 1, split)
    if first is None or first.precision != "day":
        return None
    return _range(first.start, first.start + _dt.timedelta(days=days - 1))


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
    if s.endswith(".") and not re.search(rf"\b{_MONTH}$", s):
        s = s.rstrip(". ")
    return s


def _resolve(s: str, ref: _dt.date | None, future: bool, depth: int = 0, split: bool = True) -> _Res | None:
    """Resolve normalised text ``s``; None when nothing matches or it cannot resolve.

    ``split`` allows the generic range split ("from March to May"); its two sides are
    resolved with ``split=False``.
    """
    s = s.strip(" ,")
    if not s or depth > 6 or len(s) > 120:
        return None
    if result := _offset(s, ref, future):  # before "in" is dropped: "in two days"
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
    for form in _SINGLE_FORMS:
        if result := form(s, ref, future):
            return result
    if m := _WEEK_OF_RE.match(s):
        inner = _resolve(m["rest"], ref, future, depth + 1, split)
        if inner is not None and inner.precision == "day":
            monday = _week_start(inner.start)
            return _Res("range", monday, monday + _dt.timedelta(days=6))
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


# ---------------------------------------------------------------------------
# Finding date phrases in a sentence

# Month and weekday names must be capitalised in running text ("may" is a verb);
# everything else is case-insensitive.
_F_MONTH_FULL = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_F_MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
_F_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_F_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_F_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
_F_PREP = r"(?:(?:on|in|from|since|by|until|till|for|during|over|as\s+of|around|starting|beginning)\s+)?"
_F_SEP = r"(?:\s*[-\u2010-\u2015]\s*|\s+(?:to|through|until|till|and)\s+)"
_F_QUAL = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start)(?:\s*-\s*|\s+)(?:of\s+)?"
    r"|(?:earlier|later)\s+(?:in\s+)?)"
)
_F_MD = rf"(?:{_F_WEEKDAY},?\s+)?{_F_MONTH}\s*{_F_DAY}(?:,?\s+{_F_YEAR})?"
_F_DM = rf"(?:{_F_WEEKDAY},?\s+)?(?:the\s+)?{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?"
_F_REL_UNIT = r"(?:this\s+coming|this\s+past|this|last|next|the\s+coming)\s+(?:week|weekend|month|year)\b"
_F_NAMED_DAY = (
    r"(?:today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"|last\s+night\b|this\s+(?:morning|afternoon|evening)\b|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b"
)
_F_WEEKDAY_REL = (
    rf"(?:(?:this\s+coming|this\s+past|this|last|next|coming|past)\s+)?{_F_WEEKDAY}{_TIME_OF_DAY}"
)
_F_SINGLE_DAY = rf"(?:{_F_MD}|{_F_DM}|{_F_WEEKDAY_REL}|today|tomorrow)"
_F_NUM = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|a\s+couple\s+of)"
)
_F_SINGLE = rf"(?:{_F_MD}|{_F_DM}|{_F_MONTH_FULL}(?:,?\s+{_F_YEAR})?|{_F_WEEKDAY}|{_F_YEAR})"

_FINDERS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"(?<![\w-]){pattern}", re.IGNORECASE)
    for pattern in (
        # ranges of days: "March 17-19", "from March 30 to April 2", "between 17 and 19 March"
        (
            rf"{_F_PREP}(?:between\s+)?{_F_MONTH}\s*{_F_DAY}(?:,?\s+{_F_YEAR})?{_F_SEP}(?:{_F_MONTH}\s*)?"
            rf"{_F_DAY}(?:,?\s+{_F_YEAR})?"
        ),
        (
            rf"{_F_PREP}(?:between\s+)?(?:the\s+)?{_F_DAY}(?:\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?)?"
            rf"{_F_SEP}(?:the\s+)?{_F_DAY}\s+(?:of\s+)?{_F_MONTH}(?:,?\s+{_F_YEAR})?"
        ),
        # "from Monday to Wednesday", "from March to May", "between 2019 and 2021"
        rf"(?:from|between)\s+{_F_SINGLE}{_F_SEP}{_F_SINGLE}",
        # durations: "for two days from March 17", "March 17 for two days"
        (
            rf"(?:for\s+)?(?:an?\s+)?{_F_NUM}[\s-]+(?:days?|weeks?)\s+(?:from|starting(?:\s+(?:on|from))?"
            rf"|beginning(?:\s+on)?)\s+{_F_SINGLE_DAY}"
        ),
        rf"{_F_PREP}{_F_SINGLE_DAY}\s+for\s+(?:an?\s+)?{_F_NUM}[\s-]+(?:days?|weeks?)\b",
        # single days
        rf"{_F_PREP}{_F_MD}",
        rf"{_F_PREP}{_F_DM}",
        rf"{_F_PREP}{_F_WEEKDAY_REL}",
        rf"{_F_PREP}(?:{_F_NAMED_DAY})",
        rf"{_F_PREP}(?:the\s+)?week\s+of\s+(?:{_F_MD}|{_F_DM})",
        r"\d{4}-\d{2}-\d{2}\b",
        rf"(?:{_F_NUM}|a)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|from\s+now)\b",
        # months and years
        rf"{_F_PREP}{_F_QUAL}?{_F_MONTH_FULL},?\s+(?:of\s+)?{_F_YEAR}",
        rf"(?:in|since|until|till|by|during|from|through)\s+{_F_QUAL}?{_F_MONTH_FULL}",
        rf"{_F_PREP}{_F_QUAL}{_F_MONTH_FULL}",
        rf"(?:this\s+coming|this\s+past|this|last|next)\s+{_F_MONTH_FULL}",
        rf"(?:in|since|until|till|by|during|from|through)\s+(?:{_F_QUAL})?{_F_YEAR}",
        rf"{_F_QUAL}{_F_YEAR}",
        rf"{_F_PREP}the\s+year\s+{_F_YEAR}",
        rf"{_F_PREP}the\s+(?:1[89]|20)\d0s\b",
        # relative weeks, weekends, months, years
        rf"{_F_PREP}(?:{_F_QUAL})?{_F_REL_UNIT}",
        rf"{_F_PREP}(?:{_F_QUAL})?the\s+(?:week|weekend|month|year)\b(?!\s+(?:of|before|after|in)\b)",
        r"(?:over\s+)?the\s+weekend\b",
        r"in\s+(?:the\s+coming|recent)\s+(?:days|weeks|months)\b",
    )
)

# A relative "the month"/"the week" only counts after a qualifier ("later in the month").
_BARE_THE_UNIT_RE = re.compile(r"^(?:\w+\s+)?the\s+(?:week|month|year)$", re.IGNORECASE)


def find_date_phrases(sentence: str) -> list[tuple[int, int]]:
    """Offsets ``(start, end)`` of the date expressions in ``sentence``, in order.

    ``sentence[start:end]`` is the phrase, including a leading preposition ("on
    March 4", "for two days from March 17", "In 2020"), ready for
    :func:`resolve_date`. Overlapping candidates are settled longest first.
    Month and weekday names must be capitalised; bare years count only after a
    preposition or qualifier ("in 2020", "early 2021") or in "the year 2020";
    "May" without a day or year only after a preposition. Vague adverbs such as
    "soon" or "recently" are not returned, "in the coming days" is.
    """
    candidates: list[tuple[int, int]] = []
    for regex in _FINDERS:
        for m in regex.finditer(sentence):
            start, end = m.span()
            # Drop trailing whitespace or a sentence full stop the pattern may have taken.
            while end > start and sentence[end - 1].isspace():
                end -= 1
            if end > start and not _BARE_THE_UNIT_RE.match(sentence[start:end]):
                candidates.append((start, end))
    candidates.sort(key=lambda span: (span[0] - span[1], span[0]))
    chosen: list[tuple[int, int]] = []
    for start, end in candidates:
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)
