"""A headline written in Title Case, read as a sentence is written.

Title Case capitalises every word of a headline ("Trump Says He's Unlikely To Have A Good Relationship With
David Cameron"), so a verb of saying looks like a name and a pronoun like the start of one. A line is in Title
Case when several of its grammatical words are capitalised after its first word ("He's", "To", "With") and no
word of four letters or more is written in lower case; in such a line the grammatical words and the verbs of
attribution are put in lower case, each in place, so the offsets of every word stay those of the article. Any
other sentence is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from summarizer.text.attribution_parts import Attribution
from summarizer.text.attribution_words import FUNCTION, VERBS
from summarizer.text.inflect import regular_forms
from summarizer.text.lexicon import PRONOUNS

__all__ = ["HEADLINE_VERBS", "as_written", "lines_in_sentence_case", "sentence_case"]

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Grammatical words: the function words, pronouns, auxiliaries; a contraction counts by its first part ("He's").
_GRAMMATICAL = FUNCTION | PRONOUNS | frozenset((
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "might", "must", "do", "does", "did", "about", "after", "before", "into", "over", "up", "out",
))  # fmt: skip
# The verbs a headline capitalises between two names ("Harrow Meets Keveling in Marlport", "Envoy Heading to Kyiv"),
# which no name holds: their -s forms, and the -ing forms of going.
HEADLINE_VERBS = frozenset((
    *(regular_forms(v)[0] for v in (
        "say", "tell", "meet", "visit", "host", "hold", "head", "lead", "travel", "arrive", "leave", "return",
        "welcome", "greet", "sign", "reach", "fly", "attend", "join", "urge", "warn", "vow", "seek", "call", "slam",
        "hail", "praise", "reject", "deny", "accuse", "condemn", "open", "begin", "end", "win", "face", "plan",
        "pledge", "promise", "agree", "discuss", "talk",
    )),
    *(regular_forms(v)[2] for v in ("head", "visit", "travel", "arrive", "return", "meet")),
    "travelling",
))  # fmt: skip
_MIN_CAPITALISED = 2  # a sentence capitalises one grammatical word after its first now and then ("... In-N-Out")


def _in_capitals(word: str) -> bool:
    """A word written in capitals ("I", "US"), which stays as it is."""
    return word == "I" or (len(word) > 1 and not any(c.islower() for c in word[1:3]))


def _grammatical(word: str) -> bool:
    """A grammatical word not in capitals; a contraction counts by its first part ("He's")."""
    return not _in_capitals(word) and re.split(r"[’']", word.lower(), maxsplit=1)[0] in _GRAMMATICAL


def sentence_case(text: str, verbs: Mapping[str, str]) -> str:
    """``text`` with its grammatical words and the forms in ``verbs`` lowered when it is a Title Case headline."""
    words = list(_WORD.finditer(text))
    if any(w.group()[0].islower() and len(w.group()) >= 4 for w in words):
        return text
    capitalised = [w for w in words[1:] if w.group()[0].isupper()]
    grammatical = sum(1 for w in capitalised if _grammatical(w.group()))
    # one grammatical word capitalised with a verb of saying is Title Case too: "Obama Says Museum Will Tell of ..."
    if grammatical < _MIN_CAPITALISED - any(w.group().lower() in verbs for w in capitalised):
        return text
    chars = list(text)
    for w in capitalised:
        if _grammatical(w.group()) or not _in_capitals(w.group()) and w.group().lower() in verbs:
            chars[w.start()] = chars[w.start()].lower()
    return "".join(chars)


def as_written(original: str, lowered: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions read from ``lowered`` (:func:`sentence_case` of ``original``) with their source and cue
    in the article's own letters ("Says", not "says")."""
    if lowered == original:
        return list(found)
    out = []
    for a in found:
        cue_at = lowered.find(a.cue)
        cue = original[cue_at : cue_at + len(a.cue)] if cue_at >= 0 else a.cue
        source = original[a.source_start : a.source_start + len(a.source)] if a.source_start >= 0 else a.source
        out.append(replace(a, source=source, cue=cue))
    return out


def lines_in_sentence_case(text: str) -> str:
    """``text`` with each line that is a Title Case headline written as a sentence (offsets unchanged), so that
    "Obama Says African-American Museum" is not read as one name."""
    return "".join(sentence_case(line, VERBS) for line in text.splitlines(keepends=True))
