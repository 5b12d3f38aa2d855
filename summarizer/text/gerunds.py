"""A gerund of speech after a preposition of time or means tells what its clause's subject said ("began by saying
that", "ended the talk before adding that"), where that clause is the sentence's own.

It is no report of the sentence's subject inside a clause an earlier verb reports ("told reporters that the fleet
had left after rejecting the offer": the fleet's rejecting, within what was told), nor in a relative clause ("Lund,
who hit back by calling ..."), whose subject is the relative's. An earlier verb of saying with only a few words
after it, none a clause's ("responded to a letter on Friday by saying"), leaves the gerund its own.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_words import AUX, BE, NEVER, VERB_RE

__all__ = ["main_clause_gerund"]

_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b", re.IGNORECASE)
# Words between an earlier verb of saying and the preposition past which they are a content of its own.
_MAX_BETWEEN = 6
_CLAUSE_WORDS = AUX | BE | {"that"}


def main_clause_gerund(text: str, at: int) -> bool:
    """The gerund after the preposition at ``at`` stands in the sentence's own clause (see the module)."""
    before = text[:at]
    if _RELATIVE.search(before):
        return False
    verbs = [v for v in VERB_RE.finditer(before) if v.group(1) not in NEVER]
    if not verbs:
        return True
    between = [w.casefold() for w in re.findall(r"[\w’'-]+", before[verbs[-1].end() :])]
    return len(between) <= _MAX_BETWEEN and not any(w in _CLAUSE_WORDS for w in between)
