"""Find the date expressions in a sentence, ready for :func:`~summarizer.text.dates.resolve_date`.

Only the finding is here; what the words mean is :mod:`summarizer.text.dates`' business.
"""

from __future__ import annotations

import re

from summarizer.text.date_forms import TIME_OF_DAY
from summarizer.text.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

__all__ = ["find_date_phrases"]

# Month and weekday names must be capitalised in running text ("may" is a verb);
# everything else is case-insensitive.
_F_MONTH_NAMES = "|".join(name.capitalize() for name in MONTH_NAMES)
_F_MONTH_FULL = rf"(?-i:{_F_MONTH_NAMES})\b"
_F_MONTH = (
    rf"(?-i:(?:{_F_MONTH_NAMES})\b"
    rf"|(?:{'|'.join(short.capitalize() for short in MONTH_ABBREVIATIONS)})(?:\.|\b))"
)
_F_WEEKDAY = rf"(?-i:{'|'.join(name.capitalize() for name in WEEKDAY_NAMES)})\b"
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
    rf"(?:today|tonight|yesterday|tomorrow){TIME_OF_DAY}\b"
    r"|last\s+night\b|this\s+(?:morning|afternoon|evening)\b|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)\b"
)
_F_WEEKDAY_REL = (
    rf"(?:(?:this\s+coming|this\s+past|this|last|next|coming|past)\s+)?{_F_WEEKDAY}{TIME_OF_DAY}"
)
_F_SINGLE_DAY = rf"(?:{_F_MD}|{_F_DM}|{_F_WEEKDAY_REL}|today|tomorrow)"
# The number words the finder counts with: fewer than NUMBER_WORDS, which resolve_date reads
# (not "thirteen", "fifteen" to "twenty" or "thirty"), kept as they were.
_F_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fourteen",
)  # fmt: skip
_F_NUM = rf"(?:\d{{1,3}}|{'|'.join(_F_NUMBER_WORDS)}|a\s+couple\s+of)"
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
