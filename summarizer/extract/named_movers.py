"""The second trips question: a sentence whose trips question was answered no is asked again, in wider words, when a
travel word has for its subject a name written in full or a company of people by its collective noun ("A team of
mine rescuers arrived in Kallan"); that answer's yes is taken only for that name or company."""

from __future__ import annotations

import re

from summarizer.extract.run import ArticleRun
from summarizer.llm.answers import TripFacts
from summarizer.text.cues import is_travel_subject, travel_subject
from summarizer.text.events import TRAVEL_CUE, cue_matches
from summarizer.text.lexicon import NAME_PARTICLES, not_a_function_word
from summarizer.text.movement import names_a_person
from summarizer.text.participants import is_place_name
from summarizer.text.sentences import Sentence

__all__ = ["named_movers_travel", "takes_named_mover"]


# A name written in full: two to four capitalised words, the first no function word ("Alan McBride", "Maria de la
# Cruz"; not "Since Putin").
_FULL_NAME = re.compile(
    r"\b" + not_a_function_word() + r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)*(?-i:[A-Z])[\w'’-]+){1,3}"
)


def _movers(sent: Sentence) -> tuple[list[str], list[str]]:
    """(the names written in full, the companies of people by their collective noun) that a travel word has for its
    subject ("A team of mine rescuers arrived in Kallan", "The crew, headed by Capt. Orla Fenwick, had reached
    Brindmoor"); none in a headline in Title Case, whose every word is capitalised ("UN Human Rights Chief
    'Appalled' by Faltering Aleppo Evacuation Deal")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sent.text)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return [], []
    names = dict.fromkeys(m.group(0) for m in _FULL_NAME.finditer(sent.text))
    named = [n for n in names if names_a_person(n) and not is_place_name(n) and is_travel_subject(sent.text, n)]
    spans = [travel_subject(sent.text, cue) for cue in cue_matches(TRAVEL_CUE, sent.text)]
    phrases = [sent.text[span[0] : span[1]].strip() for span in spans if span is not None]
    return named, [p for p in dict.fromkeys(phrases) if _COMPANY.match(p)]


# A company of people by its collective noun, with a determiner: "A team of ...", "The crew", "a party of 12".
_COMPANY = re.compile(
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:team|group|crew|party|squad|delegation|mission|contingent|troupe|"
    r"choir|orchestra|band)\b(?!['’])",
    re.IGNORECASE,
)


def named_movers_travel(run: ArticleRun, sent: Sentence) -> bool:
    """A sentence whose trips question was answered no is asked again when a travel word's subject is a name written
    in full ("Alan McBride, who had been driven overnight from Chiclayo to Trujillo, said ...") or a company."""
    named, companies = _movers(sent)
    return bool(named or companies)


def takes_named_mover(run: ArticleRun, sent: Sentence, tr: TripFacts) -> bool:
    """The second answer's yes is taken when it names one of those names as a traveller: the wider wording asked of
    every sentence, or taken for anyone, costs precision on real news (docs/quality.md, twenty-eighth and twenty-ninth
    steps)."""
    named, companies = _movers(sent)
    folded = [c.casefold() for c in companies]
    return any(t.strip() in named or (t.strip() and any(t.strip().casefold() in c for c in folded))
               for t in tr.travellers)  # a company by any part of its phrase: "team of mine rescuers"
