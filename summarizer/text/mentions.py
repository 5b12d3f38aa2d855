"""Which names a text writes, and by which word: a person's surname, else another word of the name standing alone
("Chaiwat" for Chaiwat Srisombat), the whole name, or a country by its adjective. Coreference and the event records
ask it which of the people the model named a sentence itself writes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.text.lexicon import ROLE_WORDS, TITLE_ABBREVIATIONS
from summarizer.text.names import appears_in, fold
from summarizer.text.places import country_code

__all__ = ["mentioned", "named_in", "written_as"]

# A word of a name standing alone: not followed by another capitalised word ("Chaiwat arrived", not "Donald Tusk"
# for "Donald Trump").
_TITLE_WORDS = ROLE_WORDS | TITLE_ABBREVIATIONS
_ALONE_AFTER = re.compile(r"\s+(?-i:[A-Z])")


def _as_words(name: str, text: str) -> bool:
    """The name is written in the text as words of their own ("Seo" is not written in "Seoul"; "the Clintons" writes
    Clinton), or, for a name of several words, each of its words is (:func:`appears_in`); a country is written by its
    adjective too ("South Korean President ..." writes South Korea)."""
    if re.search(rf"(?<!\w){re.escape(fold(name).strip())}(?:e?s)?(?!\w)", fold(text)):
        return True
    return (" " in name.strip() or country_code(name) is not None) and appears_in(name, text)


def written_as(name: str, text: str) -> str | None:
    """The word by which the text writes a person's name: the surname (the name's last word), else another
    word of it standing alone, as a Thai given name, a family name written first or the first of a double
    surname is written ("Chaiwat" for Chaiwat Srisombat, "Nguyen" for Nguyen Thanh Liem, "Fernández" for María
    José Fernández Ortega); None when none is written."""
    words = name.split()
    if not words:
        return None
    if _as_words(name, text) or _as_words(words[-1], text):
        return words[-1]
    # the first word ("Chaiwat", "Nguyen"), then a middle one: the father's surname of a double one ("Fernández"
    # for María José Fernández Ortega)
    for word in words[:-1]:
        if len(word) < 3 or not word[0].isupper() or word.lower().strip(".") in _TITLE_WORDS:
            continue
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            if not _ALONE_AFTER.match(text, m.end()):
                return word
    return None


def named_in(name: str, text: str) -> bool:
    """The name (its surname, the whole name, or its first word standing alone) occurs in the text."""
    return written_as(name, text) is not None


def mentioned(names: Sequence[str], sentence: str, context: str) -> list[str]:
    """The names the sentence itself writes; else those its context writes (for 'he', 'the officials')."""
    in_sentence = [n for n in names if named_in(n, sentence)]
    if in_sentence:
        return in_sentence
    return [n for n in names if named_in(n, context)]
