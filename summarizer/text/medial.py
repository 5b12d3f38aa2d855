"""The medial shape of an attribution: 'CONTENT, SOURCE said, CONTENT.' and 'CONTENT, said SOURCE, CONTENT.'

English sets an attribution off by commas inside the clause it reports ("The plan, Lee argued, would cost
too much"; "The driver had no record, the company added, and had passed every test"). The parenthetical
holds a noun phrase and a finite verb of saying, in either order, and at most a few words of when or where
("the ministry said in a statement"); the words on both sides of it are the content, so the content is
the sentence's body, the parenthetical inside it.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import (
    INVERTING,
    OPENERS,
    Attribution,
    count_words,
    participle_closes,
    trim,
)
from summarizer.text.attribution_words import ADVERBIAL_AFTER, AUX, BOUNDARY, VERB_RE, VERBS, read_as_noun
from summarizer.text.source_phrase import noun_in_source
from summarizer.text.subject import PREPOSITIONS

__all__ = ["medial"]

# (the closing comma is looked ahead to, not taken: it may open the next segment, as in "The park, which, Lee said, is")
_SEGMENT = re.compile(r",\s+([^,;:“”\"()]{3,90}?)(?=,\s+)")
_MAX_SOURCE_WORDS = 8
_RELATIVE = frozenset(("who", "whom", "whose", "which", "where", "when", "adding", "saying"))
_HOW_OFTEN = re.compile(r"(?:\s+(?:often|also|again|always|repeatedly|has|have|had|[a-z]+ly))+$")
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i"))


def _source_phrase(words: str) -> bool:
    """A short noun phrase: a name, a pronoun, or a phrase with a determiner; no verb, no clause word."""
    toks = words.split()
    if not 1 <= len(toks) <= _MAX_SOURCE_WORDS:
        return False
    first = toks[0].casefold()
    if first in BOUNDARY | PREPOSITIONS | {"which", "who", "whom", "whose", "what", "so", "then", "or"}:
        return False
    if any(t.casefold() in AUX or t.endswith(("n't", "n’t")) for t in toks):
        return False
    # a verb's form is a noun after a determiner ("the report"), or before another noun ("state officials")
    if any(t in VERBS and not read_as_noun(toks[:i], t) and not (i < len(toks) - 1 and toks[i + 1].isalpha())
           for i, t in enumerate(toks)):
        return False
    if toks[0][:1].isupper() or first in _PRONOUNS or first in ("the", "a", "an", "his", "her", "their", "its"):
        return True
    # people in the plural, with the words that describe them: "aides to the governor", "top aides", "many critics"
    head = next((i for i, t in enumerate(toks) if t.casefold() in PREPOSITIONS), len(toks)) - 1
    return head >= 0 and toks[head].islower() and re.fullmatch(r"[a-z]+[^s]s", toks[head]) is not None


def _parenthetical(segment: str) -> tuple[str, re.Match[str]] | None:
    """The source and the verb of a parenthetical 'SOURCE said [when]' or 'said SOURCE', else None."""
    verb = next((v for v in VERB_RE.finditer(segment) if not v.group(1).endswith("ing")
                 and not read_as_noun(segment[: v.start()].split(), v.group(1)) and not noun_in_source(segment, v)), None)
    if verb is None or VERBS[verb.group(1)] not in INVERTING:
        return None
    before, after = segment[: verb.start()].strip(), segment[verb.end() :].strip()
    before = _HOW_OFTEN.sub("", before)  # "The toll road, the mayor often says, is ...": when, not who
    if before and _source_phrase(before):
        if after and (ADVERBIAL_AFTER.match(after) is None or count_words(after) > 6):
            return None  # only when or where may follow the verb: 'said in a statement'
        return before, verb
    if not before and _source_phrase(after):
        return after, verb
    return None


def medial(text: str, body_end: int) -> Attribution | None:
    """The attribution a parenthetical 'SOURCE said' between commas makes of the clause around it, else None."""
    opener = OPENERS.match(text)
    begin = opener.end() if opener else 0
    for m in _SEGMENT.finditer(text, begin, body_end):
        found = _parenthetical(m.group(1))
        if found is None:
            continue
        source, verb = found
        head = text[begin : m.start()]
        rest = text[m.end() : body_end].lstrip(", ")
        # the words around it continue one clause: two words or more before, and after it a predicate,
        # not an adverbial ('..., he said, on condition of anonymity' closes the sentence)
        if count_words(head) < 1 or count_words(rest) < 2 or ADVERBIAL_AFTER.match(rest) is not None:
            continue
        if rest.split()[0].casefold() in _RELATIVE or participle_closes(rest):
            # 'said Lee, who ...', '..., the union said, setting the stage for ...': a relative clause of the
            # source or a participle phrase closes the sentence
            continue
        start, end = trim(text, begin, body_end)
        at = m.start(1) + m.group(1).find(source)
        return Attribution(source, at, verb.group(1), start, end, "medial")
    return None
