"""Indirect (reported) speech, read from the sentence's own grammar, without a model.

"Ned Price told Reuters he was not able to confirm the trip reports" and "Blinken hinted at
an imminent Japan trip, the Kyodo news agency noted" report what someone said without
quotation marks. The content is the clause the speech verb introduces, so its words are the
article's words with exact offsets; the source is the phrase before the verb (or after it,
in the trailing form), resolved to a full name where the article gives one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.lexicon import SPEECH_VERBS, SUBJECT_PRONOUNS
from summarizer.text.sentences import Sentence

__all__ = ["IndirectCandidate", "find_indirect"]

# "told" and "tells" report speech only with whom they were said to: "told Reuters", "told reporters".
_WITH_LISTENER = {
    "told": r"told\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|reporters|journalists|the\s+\w+)",
    "tells": r"tells\s+\w+",
}
# The verbs of reported speech: the shared speech verbs, and verbs that report what someone said
# without being quote cues ("confirmed", "denied", "hinted").
_VERBS = "|".join(
    [_WITH_LISTENER.get(verb, re.escape(verb)) for verb in SPEECH_VERBS]
    + ["reported", "confirmed", "denied", "hinted", "maintained", "contended", "asserted"]
)
_SUBJECTS = "|".join(SUBJECT_PRONOUNS)  # "he", "she", "they"
_SRC_WORD = r"(?:[A-Z][\w.’'-]*|of|the|news|agency|department|spokes(?:man|woman|person)|minister|secretary|officials?)"
_REPORT = re.compile(
    rf"(?P<src>\b(?:(?:the|a)[ \t]+)?(?:[A-Z][\w.’'-]*)(?:[ \t]+{_SRC_WORD}){{0,8}}|"
    rf"\b(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in SUBJECT_PRONOUNS)}))"
    rf"[ \t]+(?P<verb>{_VERBS})\b[ \t]+(?:that[ \t]+)?"
)
# The trailing form ("..., the Kyodo news agency noted") takes a few common verbs only.
_TRAILING = re.compile(
    rf",[ \t]+(?P<src>(?:the[ \t]+)?[A-Z][^,“”\"]{{1,60}}?|{_SUBJECTS})[ \t]+"
    r"(?P<verb>said|says|noted|added|reported|told[ \t]+\w+|stated|claimed|warned)(?:[ \t]+on[ \t]+\w+)?\.?$"
)
# A run of characters that the first word of a source may hold; a source's first word always ends
# where the run ends ("[ \t]" must follow it).
_TOKEN = re.compile(r"[\w.’'-]+")
_CAPITAL_START = re.compile(r"\b[A-Z]")
_LEAD_WORDS = re.compile(r"^(?:While|But|And|However|Meanwhile|Still|Yet|Instead|Separately)\b,?[ \t]+")
_MIN_WORDS = 4


@dataclass(frozen=True)
class IndirectCandidate:
    """Reported speech: the source as written, the content's offsets, the verb."""

    source: str
    start: int
    end: int
    verb: str


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _candidate(sent: Sentence, src: str, verb: str, start: int, end: int) -> IndirectCandidate | None:
    text = sent.text
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    if _words(text[start:end]) < _MIN_WORDS:
        return None
    source = _LEAD_WORDS.sub("", src.strip())
    return IndirectCandidate(source=source, start=sent.start + start, end=sent.start + end, verb=verb.split()[0])


def find_indirect(sent: Sentence) -> list[IndirectCandidate]:
    """Reported speech in one sentence without quotation marks (several reports are split)."""
    text = sent.text
    if any(mark in text for mark in "“”\"«»"):
        return []
    trailing = _TRAILING.search(text)
    if trailing is not None:
        # "CONTENT, the Kyodo news agency noted": everything before the attribution is the report,
        # less a short opening phrase ("Last month, ").
        opening = re.match(r"^(?:[\w’'-]+[ \t]+){0,3}[\w’'-]+,[ \t]+", text)
        start = opening.end() if opening and opening.end() < trailing.start() else 0
        cand = _candidate(sent, trailing.group("src"), trailing.group("verb"), start, trailing.start())
        return [cand] if cand is not None else []
    found: list[IndirectCandidate] = []
    reports = _reports(text)
    for i, m in enumerate(reports):
        end = reports[i + 1].start("src") if i + 1 < len(reports) else len(text)
        cand = _candidate(sent, m.group("src"), m.group("verb"), m.end(), end)
        if cand is not None:
            found.append(cand)
    return found


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _reports(text: str) -> list[re.Match[str]]:
    """The matches of ``_REPORT.finditer(text)``, trying at most two starts in each run of word characters.

    A source's first word runs to the end of its run (A-B-C-D...), so every capital start in one
    run succeeds or fails alike: only the first is tried. The/a/he/she/they need blank space
    after them, so only the run's last word can be one. Trying every start would take time with
    the square of the run's length.
    """
    found: list[re.Match[str]] = []
    pos = 0
    while (tok := _TOKEN.search(text, pos)) is not None:
        start, end = tok.span()
        starts: list[int] = []
        capital = _CAPITAL_START.search(text, start, end)
        if capital is not None:
            starts.append(capital.start())
        if _is_word(text[end - 1]):
            last = end - 1
            while last > start and _is_word(text[last - 1]):
                last -= 1
            if not starts or (last > starts[0] and not "A" <= text[last] <= "Z"):
                starts.append(last)
        match = None
        for at in starts:
            match = _REPORT.match(text, at)
            if match is not None:
                break
        if match is not None:
            found.append(match)
            pos = match.end()
        else:
            pos = end
    return found
