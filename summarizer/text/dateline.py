"""The publication date a text states near its top (its dateline): "WASHINGTON, March 5, 2021 --", and the place the
dateline opens with.

Only dates with a four-digit year count; no year is ever guessed. The reference date for
relative dates ("last Tuesday") comes from here when the reader gave none.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.text.lexicon import MONTHS

__all__ = ["dateline_place", "find_dateline"]

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # March 5, 2021 / Mar. 5th 2021
    re.compile(
        rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    # 5 March 2021 / 5th of March, 2021
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<mon>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    # 2021-03-05 / 2021/03/05 / 2021.03.05 (also the date part of an ISO timestamp)
    re.compile(r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"),
)
_DATELINE_WINDOW = 300


def find_dateline(text: str) -> date | None:
    """Return the publication date stated near the top of ``text``, or None.

    Looks for the earliest date with an explicit four-digit year that starts within the
    first ~300 characters: ``"March 5, 2021"``, ``"Mar. 5th 2021"``, ``"5 March 2021"``,
    ``"2021-03-05"``. A date without a year (``"March 5"``) or an ambiguous numeric one
    (``"05/03/2021"``) is never used, and no year is ever guessed.
    """
    head = text[: _DATELINE_WINDOW + 40]
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            if match.start() >= _DATELINE_WINDOW:
                break
            mon = match.group("mon")
            month = int(mon) if mon.isdigit() else MONTHS[mon.lower()]
            try:
                found.append((match.start(), date(int(match.group("year")), month, int(match.group("day")))))
            except ValueError:
                continue
            break
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


# A dateline's place, in capitals, at the top of the text: "KESSBY —", "PELLAN, Norland -", "TARLOW, 3 June —",
# "WASHINGTON (Reuters) —".
_DATELINE_PLACE = re.compile(
    r"\A\W*(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)(?=\s*(?:,[^\n]{1,40}?|\s\([^()\n]{1,30}\))?\s+[—–-]{1,2}\s)"
)


def dateline_place(text: str) -> str | None:
    """The place a dateline opens the text with, as written ("KESSBY" in "KESSBY, Norland — ..."), or None."""
    m = _DATELINE_PLACE.match(text)
    return m.group("place") if m is not None and len(m.group("place")) > 2 else None
