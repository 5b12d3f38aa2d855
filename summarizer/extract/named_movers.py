"""The second trips question: a sentence whose trips question was answered no is asked again, in wider words, when a
travel word has for its subject a name written in full; that answer's yes is taken only for that name."""

from __future__ import annotations

import re

from summarizer.extract.run import ArticleRun
from summarizer.llm.answers import TripFacts
from summarizer.text.cues import is_travel_subject
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


def _named_movers(run: ArticleRun, sent: Sentence) -> list[str]:
    """The names written in full that a travel word has for its subject; none in a headline in Title Case, whose every
    word is capitalised ("UN Human Rights Chief 'Appalled' by Faltering Aleppo Evacuation Deal")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sent.text)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return []
    names = dict.fromkeys(m.group(0) for m in _FULL_NAME.finditer(sent.text))
    return [n for n in names if names_a_person(n) and not is_place_name(n) and is_travel_subject(sent.text, n)]


def named_movers_travel(run: ArticleRun, sent: Sentence) -> bool:
    """A sentence whose trips question was answered no is asked again when a travel word's subject is a name written
    in full ("Alan McBride, who had been driven overnight from Chiclayo to Trujillo, said ...")."""
    return bool(_named_movers(run, sent))


def takes_named_mover(run: ArticleRun, sent: Sentence, tr: TripFacts) -> bool:
    """The second answer's yes is taken when it names one of those names as a traveller: the wider wording asked of
    every sentence, or taken for anyone, costs precision on real news (docs/quality.md, twenty-eighth and twenty-ninth
    steps)."""
    movers = _named_movers(run, sent)
    return any(t.strip() in movers for t in tr.travellers)
