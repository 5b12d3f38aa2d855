"""A participle clause fronted before its subject: 'After talking about security, Mr. Netanyahu left' -
the participle's source is the subject of the main clause, named right after the clause's comma.

English lets a participial clause (bare, or after 'after', 'before', 'while', 'when', 'since') open a
sentence; its understood subject is the main clause's. Its content runs from the verb (a particle
passed over: 'talking about') to the comma that closes the clause.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import OPENERS, Attribution, enough_words, trim
from summarizer.text.attribution_words import PARTICLE, VERBS, particle_after

__all__ = ["fronted_participle"]

_FRONTED = re.compile(r"(?:(?:After|Before|While|When|Since)\s+)?(?P<verb>[A-Za-z][a-z]+ing)\s+(?P<rest>[^,;:“”\"]{3,160}),\s+")
# The main clause's subject after the comma: a name, a pronoun or a short definite description.
_SUBJECT = re.compile(
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5}(?=\s+[a-z])|(?:he|she|they|we|I)\b"
    r"|(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?(?=\s+(?:said|told|has|had|was|is|will|would|\w+ed)\b)"
)
_PRONOUN_CAPS = re.compile(r"(?:He|She|They|We)\b")


def fronted_participle(text: str) -> list[Attribution]:
    """The attribution a fronted participle of a verb of attribution makes, with the main subject as source."""
    opener = OPENERS.match(text)
    m = _FRONTED.match(text, opener.end() if opener else 0)
    verb = m.group("verb").casefold() if m is not None else ""
    if m is None or verb not in VERBS:
        return []
    subject = _SUBJECT.match(text, m.end()) or _PRONOUN_CAPS.match(text, m.end())
    if subject is None:
        return []
    start = m.start("rest")
    if VERBS[verb] in PARTICLE:
        after = particle_after(VERBS[verb], text, start)
        if after is None:
            return []  # "talking" alone reports nothing; "talking about X" does
        start = after + 1
    start, end = trim(text, start, m.end("rest"))
    if not enough_words(text, start, end) and VERBS[verb] not in PARTICLE:
        return []
    return [Attribution(subject.group(0), subject.start(), m.group("verb"), start, end, "participle")]
