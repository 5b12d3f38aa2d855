"""Who travels when the model's answer names no one who moves: the travel word's subject as written (a company of
people told by its collective noun, a person by name and title) or the people a plural title stands for."""

from __future__ import annotations

import re

from summarizer.extract.run import ArticleRun
from summarizer.text.coref import people_in_order
from summarizer.text.cues import travel_subject
from summarizer.text.participants import clean_participant, is_bare_title, is_company, is_place_name
from summarizer.text.sentences import Sentence

# A company's own journey, told by its noun: "The team's planned trip to the glacier".
_COMPANY_JOURNEY = re.compile(
    r"\b((?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[a-z]+)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trip|visit|tour|journey|flight|stop|stopover|leg)\b",
    re.IGNORECASE,
)


def _company_subject(sentence: str, subjects: list[tuple[int, int] | None]) -> str | None:
    """The subject of a travel word when it is a company of people told by its collective noun ("the orchestra
    travels", "The team, which arrived in Islamabad": the phrase a relative 'which' or 'who' stands for), or the
    company whose journey a noun tells ("The team's planned trip to ..."). ``subjects``: each travel word's subject."""
    owner = _COMPANY_JOURNEY.search(sentence)
    if owner is not None and is_company(owner.group(1)):
        return owner.group(1)
    for span in subjects:
        who = sentence[span[0] : span[1]].strip() if span else ""
        if who.casefold() in ("which", "who") and span:
            who = re.split(r"[,;:(\u2014\u2013]", sentence[: span[0]].rstrip(" ,"))[-1].strip()
        if is_company(who):
            return who
    return None


def _person_subject(run: ArticleRun, sent: Sentence, subjects: list[tuple[int, int] | None]) -> str | None:
    """The subject of a travel word as written when it names a person ("Alderman Jo Vessey will make the trip")."""
    for span in subjects:
        who = sent.text[span[0] : span[1]].strip() if span else ""
        named = who[:1].isupper() and clean_participant(who) == who and not is_place_name(who) and not who.isupper()
        # a person the article names in full ("MSF Says Thousands", a headline's words, is no one)
        if named and run.index.resolve(who, before=sent.start).name in run.index.people.values():
            return who
    return None


def together(run: ArticleRun, context: str, title: str) -> list[str]:
    """The people a plural title stands for ("Yonhap said the officials would visit Seoul"): the two to four the
    sentences before name; else the title."""
    plural = title[:4].casefold() == "the " and title.endswith("s") and not title.endswith("ss")
    named = people_in_order(context, run.index) if plural and is_bare_title(title) else []
    return named if 2 <= len(named) <= 4 else [title]


def subject_as_written(run: ArticleRun, sent: Sentence, cues: list[re.Match[str]]) -> list[str]:
    """The travel word's subject as written, a company of people or a person by name; [] when it is neither."""
    subjects = [travel_subject(sent.text, cue) for cue in cues]  # read once, for both
    found = _company_subject(sent.text, subjects) or _person_subject(run, sent, subjects)
    return [found] if found else []
