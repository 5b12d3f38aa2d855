"""Name aliasing: does a predicted speaker, traveller or participant name the gold one?

:func:`names_alias` compares two names after normalising them (titles, stopwords, possessives
and appositives dropped, country abbreviations unified); :func:`is_unscorable_source` says when
a gold source gives no name to compare with. The word lists are the scorer's own
(:mod:`summarizer.eval.lexicon`), independent of the runtime's lexicon on purpose.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence

from summarizer.eval.lexicon import (
    COUNTRY_ALIASES,
    DETERMINERS,
    GENERIC_ORG_WORDS,
    PARTY_WORDS,
    PRONOUNS,
    STOP_WORDS,
    TITLES,
)
from summarizer.schemas import Entity, Place

__all__ = ["contains_either", "entity_names", "is_unscorable_source", "names_alias", "place_names"]


def _cut_appositive(name: str) -> str:
    """The part of a name before an appositive (comma, parenthesis, dash or ' who ')."""
    return re.split(r",|\(| who |\s+(?:--|—|–)\s+", name.replace("\u00a0", " "), maxsplit=1)[0].strip()


def _name_tokens(name: str) -> list[str]:
    """Lower-case word tokens of a name, without possessive 's, periods, stopwords or titles.

    An appositive after a comma, a parenthesis or ' who ' is cut off first
    ('John Cornyn, the No. 2 in the GOP leadership' -> 'John Cornyn'). When nothing but titles
    is left, the titles are kept ('King' stays 'king').
    """
    name = _cut_appositive(name).replace("’", "'")
    capital_end = re.search(r"\b[A-Z][a-z]+\W*$", name) is not None  # "Larry King", not "U.S. senator"
    name = name.lower()
    name = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", name)
    name = name.replace(".", "")
    tokens = [t for t in re.split(r"[^0-9a-z\u00c0-\u024f]+", name) if t and t not in STOP_WORDS]
    joined = " ".join(tokens)
    if joined in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[joined].split()
    # a generation's mark is no surname: "Charles Elliott III" is Elliott
    tokens = [t for t in tokens if t not in _GENERATIONS] or tokens
    return [t for i, t in enumerate(tokens) if t not in TITLES or capital_end and _a_surname(tokens, i)] or tokens


_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))
_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr"))


def _a_surname(tokens: list[str], i: int) -> bool:
    """A title's word that is a surname here: after an honorific ('Mr. King', 'Dr. Bishop'), or after a given name
    in a name of two words ('Larry King'), never after another title ('Prime Minister')."""
    if i == 0 or i != len(tokens) - 1:
        return False
    return tokens[i - 1] in _HONORIFICS or len(tokens) == 2 and tokens[0] not in TITLES


def names_alias(a: str, b: str) -> bool:
    """True when two names plausibly denote the same speaker, person or organisation.

    Both names are lower-cased; possessive 's, periods, stopwords ('the', 'of'...) and
    titles/honorifics ('President', 'Sen.', 'Mr', 'Prime Minister'...) are dropped, as is an
    appositive after a comma (when the name opens with a description, 'another friend, Mariam
    Emara', the appositive is tried too). Common country abbreviations are unified (US = United States).
    Then they alias when

    * the token lists are equal; or
    * their last tokens are equal and that token is not a generic organisation word
      (surname match: 'Antony Blinken' / 'Sec. Blinken'); or
    * without generic organisation words (department, ministry, campaign, party...), the
      shorter token list ends the longer one ('State department' / 'US State Department',
      'Trump campaign' / 'Donald Trump'; but not 'State Department' / 'Defense Department'); or
    * the tokens of one contain all tokens of the other, at least two of them and not all
      generic ('Hillary Clinton' / 'Hillary Rodham Clinton').

    Empty names match nothing.
    """
    return any(
        _tokens_alias(_name_tokens(x), _name_tokens(y)) for x in _name_variants(a) for y in _name_variants(b)
    )


def _name_variants(name: str) -> list[str]:
    """The name; plus, when it opens with a description (a determiner or a possessive), the appositive that
    names it.

    'another friend, Mariam Emara' -> ['another friend, Mariam Emara', 'Mariam Emara']; 'Clinton’s Democratic
    opponent, Vermont Sen. Bernie Sanders,' -> [..., 'Vermont Sen. Bernie Sanders,'].
    """
    out = [name]
    head, sep, tail = name.replace("\u00a0", " ").partition(",")
    words = head.split()
    described = words and (words[0].lower() in DETERMINERS or words[0].endswith(("'s", "’s")))
    if sep and described and tail.strip():
        out.append(tail.strip())
    return out


def _tokens_alias(ta: list[str], tb: list[str]) -> bool:
    """The alias rules of :func:`names_alias` on normalised token lists."""
    if not ta or not tb:
        return False
    if ta == tb or (ta[-1] == tb[-1] and ta[-1] not in GENERIC_ORG_WORDS):
        return True
    ga = [t for t in ta if t not in GENERIC_ORG_WORDS]
    gb = [t for t in tb if t not in GENERIC_ORG_WORDS]
    short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    if short and long_[len(long_) - len(short) :] == short:
        return True
    sa, sb = set(ta), set(tb)
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return len(small) >= 2 and small <= big and bool(small - GENERIC_ORG_WORDS)


_CUE_ONLY = frozenset(("said", "says", "say", "told", "added", "wrote", "according to"))


def is_unscorable_source(texts: Sequence[str]) -> bool:
    """True when a gold source gives no name to compare a speaker with.

    That is: no source text at all; every source part a pronoun ('he', 'She', 'they', 'who';
    'US' or 'U.S.' in capitals is not one) or a reporting verb alone, marked where the source
    should be ('said', 'According to'); or every part a bare description, a determiner
    followed by lower-case words, titles or party words only ('the spokesman', 'The
    president', 'The Democratic presidential candidate', 'Her campaign', 'the senator, his
    aides'). A part holding a capitalised name anywhere ('The Post's Ruth Marcus', 'King',
    'a friend, Mariam Emara') is scorable.
    """
    parts = [t.strip() for t in texts if t.strip()]
    if not parts:
        return True
    for part in parts:
        if part.replace(".", "") == "US":
            return False
        word = part.strip(string.punctuation + "“”‘’ ").lower()
        if word in PRONOUNS or word in _CUE_ONLY:
            continue  # a pronoun, or the reporting verb marked where the source should be ("said")
        words = part.replace("\u00a0", " ").split()
        if not words or words[0].lower() not in DETERMINERS:
            return False
        for w in words[1:]:
            lw = w.lower().strip(string.punctuation + "“”‘’")
            if w[:1].isupper() and lw not in TITLES and lw not in PARTY_WORDS and lw not in GENERIC_ORG_WORDS:
                return False
    return True


def contains_either(a: str, b: str) -> bool:
    """Case-insensitive containment either way (empty strings never match)."""
    a, b = a.strip().lower(), b.strip().lower()
    return bool(a and b) and (a in b or b in a)


def entity_names(entities: Iterable[Entity]) -> list[str]:
    """Every name and alias of some entities, empty ones left out."""
    return [n for e in entities for n in [e.name, *e.aliases] if n]


def place_names(places: Iterable[Place]) -> list[str]:
    """Every name and country of some places, empty ones left out."""
    return [n for p in places for n in (p.name, p.country) if n]
