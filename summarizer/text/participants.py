"""Who takes part in a meeting or a trip must be an entity, read from the phrase's own grammar.

A small model answers "who met?" or "who travelled?" with phrases that are not entities:
a place with its preposition ("In Paris"), a list remainder ("and Norway"), a bare title
("Secretary", "the prime minister"), a generic or relational noun ("counterpart",
"officials", "relations", "supporters"), or a place where a destination was asked ("a
European country"). :func:`clean_participant` turns such a phrase into the entity it
names or into None; :func:`is_group` says whether a lower-case phrase is a described group
of people ("EU foreign ministers" is, "officials" is not); :func:`same_entity` tells two
names of one person apart from two people ("Park Geun-hye" and "President Park Geun-hye"
are one; "Bill Clinton" and "Hillary Clinton" two).
"""

from __future__ import annotations

import re

from summarizer.text.bodies import ORG_WORDS, PLACE_ENDS
from summarizer.text.lexicon import (
    COMPANY_NOUNS,
    GERUND_OPENERS,
    PRONOUNS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    WEEKDAY_NAMES,
)

__all__ = [
    "AGE", "FRONTED_PHRASE", "clean_destination", "clean_participant", "has_anaphor", "is_bare_title", "is_company", "is_group",
    "is_place_name", "modifies_a_noun", "moves_on_its_own", "pronoun_mover", "role_opening", "same_entity",
]  # fmt: skip

_CONJUNCTION = re.compile(r"^(?:and|or|but|nor|&|plus|as\s+well\s+as|along\s+with|together\s+with)\s+", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"^(?:in|at|on|from|to|into|with|for|by|of|near|inside|outside|toward|towards|via|across)\s+", re.IGNORECASE
)
_DETERMINER = frozenset(
    ["one", "other", "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "both", "all", "each", "every", "two", "three", "four", "several", "many", "other", "another"]
)
# Nouns that name a relation or a side, never who: "his counterpart", "relations", "the two sides".
_RELATIONAL = frozenset(
    ["counterpart", "counterparts", "relations", "relation", "ties", "side", "sides", "partner", "partners", "host", "hosts", "guest", "guests", "parties", "party", "talks", "meeting", "meetings", "summit", "conference"]
)
# Heads that are vehicles or events, not who: "a transport helicopter", "the NATO summit".
_NOT_WHO = frozenset(
    ["helicopter", "helicopters", "plane", "planes", "aircraft", "jet", "jets", "ship", "ships", "boat", "boats", "truck", "trucks", "convoy", "convoys", "vehicle", "vehicles", "train", "trains", "bus", "buses", "car", "cars", "van", "vans", "ambulance", "ambulances", "motorcade", "flight", "flights", "visit", "trip", "tour"]
)
# Nouns too general to name anyone when they stand alone ("officials", "people", "the authorities").
_GENERIC = frozenset(
    ["official", "officials", "authorities", "authority", "government", "governments", "people", "person", "persons", "citizens", "residents", "members", "member", "leaders", "leader", "everyone", "others", "someone", "supporters", "reporters", "journalists", "media", "man", "men", "woman", "women", "group", "groups", "community", "country", "countries", "nation", "nations", "side", "sides"]
)
# Nouns of a population rather than a side: with only a nationality they still name no one.
_POPULATION = frozenset([
    "people", "citizens", "residents", "civilians", "nationals", "men", "women", "children", "families",
    "community", "communities", "population", "populations", "voters", "crowds", "everyone", "others",
])  # fmt: skip
# Person nouns that make a described group ("opposition leaders", "defence ministers").
_PERSON_PLURAL = re.compile(
    r"(?:ministers|leaders|officials|lawmakers|legislators|delegates|representatives|diplomats|envoys|"
    r"negotiators|commanders|generals|prosecutors|presidents|premiers|governors|mayors|senators|ambassadors|"
    r"chiefs|heads|executives|editors|activists|members|experts|advisers|advisors|mediators|donors|"
    # the people of a profession or a staff, plural or told by a noun of their body ("ACLJ counsel", "White House staff")
    r"lawyers|attorneys|counsel|aides|staff|staffers|officers|negotiating\s+team)$"
)
# A destination that is only a kind of place: "a European country", "the capital", "home".
_GENERIC_PLACE = frozenset(
    ["country", "countries", "city", "cities", "region", "regions", "area", "areas", "state", "states", "nation", "capital", "town", "village", "place", "places", "border", "borders", "abroad", "home", "overseas", "continent", "island", "islands", "site", "location", "destination"]
)
_TITLES = ROLE_WORDS | TITLE_ABBREVIATIONS | {"president-elect", "vice-president", "first", "lady", "mr.", "mrs.", "ms.", "dr."}


# A verb or auxiliary run into the word before it: "I've", "we're", "they'll".
_CONTRACTION = re.compile(r"['’](?:ve|m|ll|d|re)$")


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", phrase.strip()) if w]


def _is_adjective(word: str) -> bool:
    """A capitalised adjective of nationality or region ('Russian', 'European', 'Japanese')."""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic)", word))


def _strip_front(phrase: str) -> tuple[str, str | None]:
    """(the phrase without a leading conjunction or preposition, the preposition if one was cut)."""
    text = phrase.strip().strip(".,;:\"'“”‘’()").strip()
    text = _CONJUNCTION.sub("", text)
    m = _PREPOSITION.match(text)
    if m:
        return text[m.end() :].strip(), m.group(0).strip().lower()
    return text, None


def _is_known_place(phrase: str) -> bool:
    from summarizer.text.places import place_for

    return place_for(phrase).country_code is not None


def is_place_name(phrase: str) -> bool:
    """The phrase is the name of a known place and nothing more ('Japan', 'the United States'), not
    people ('Japanese officials') or an organisation ('US Navy')."""
    from summarizer.text.places import country_code

    text = _strip_front(phrase)[0]
    if country_code(text) is not None:
        return True
    # a dateline's place and its country: "LAMPEDUSA, Italy"
    place, _, country = text.rpartition(",")
    return bool(place.strip()) and " " not in place.strip() and country_code(country.strip()) is not None


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in _DETERMINER and not w.isdigit()]


def _head(lower: list[str]) -> str:
    """The head noun: the last word before a preposition ('team of lawyers' -> 'team'), else the last."""
    for i, w in enumerate(lower):
        if i and w in ("of", "from", "for", "in", "at", "on", "with"):
            return lower[i - 1]
    return lower[-1]


def is_group(phrase: str) -> bool:
    """A lower-case phrase that describes a group of people: a plural person noun with a modifier
    ('opposition leaders', 'other senior military officials', 'a team of lawyers')."""
    words = [w.lower() for w in _content(_words(phrase))]
    if len(words) < 2:
        return False
    head = _head(words)
    return bool(_PERSON_PLURAL.search(head)) or head in ("team", "delegation", "group", "panel", "mission")


# Nouns of a company of people who move together: "the orchestra", "The squad", "The 14-strong troupe".
_COMPANY = frozenset((*COMPANY_NOUNS, "entourage", "side"))
_COMPANY_PHRASE = re.compile(
    r"(?:the|a|an|its|his|her|their|our|this|that|(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w.-]*['’]s?)"
    r"\s+(?:[\w'’-]+\s+){0,4}?([a-z]+)",
    re.IGNORECASE,
)


def is_company(phrase: str) -> bool:
    """A phrase that is a company of people told by its collective noun, with a determiner or an owner: "the
    orchestra", "The 14-strong troupe", "New Zealand's cricket team" (not a bare "team", not "the team's bus")."""
    m = _COMPANY_PHRASE.fullmatch(phrase.strip())
    return m is not None and m.group(1).lower() in _COMPANY


def _has_proper_word(words: list[str]) -> bool:
    """A capitalised word that is not a title (an adjective of nationality counts: 'Japanese officials')."""
    return any(w[0].isupper() and w.lower().strip(".") not in _TITLES for w in words)


def clean_participant(phrase: str) -> str | None:
    """The entity a participant or traveller phrase names, or None when it names none.

    A leading conjunction is cut ('and Norway' -> 'Norway'); a preposition before a place
    means the phrase is the place ('In Paris' -> None), before anything else it is cut
    ('with Merkel' -> 'Merkel'). Pronouns, bare titles, relational nouns ('counterpart') and
    generic nouns standing alone ('officials', 'people') are None; so is a lower-case phrase
    that is not a described group of people ('law enforcement', 'her brothers').
    """
    text, prep = _strip_front(phrase)
    if not text:
        return None
    if prep is not None and _is_known_place(text):
        return None
    words = _content(_words(re.split(r"\s(?:who|which|that|whose)\s", text)[0]))
    if words and words[0].lower() in ("of", "from"):
        words = words[1:]  # "One of the pilots": the pilots
    if not words:
        return None
    lower = [_CONTRACTION.sub("", w.lower().strip(".")) for w in words]
    head = _head(lower)
    if len(lower) == 1 and not (words[0].isupper() and len(head) > 1) and (head in PRONOUNS or head in _GENERIC):
        return None  # "they", "I've", "officials" (but "US" is a country, not "us")
    if all(w in _TITLES for w in lower):
        return None  # a bare title: "Secretary", "the prime minister"
    if head in _RELATIONAL or head in _NOT_WHO or any(w in WEEKDAY_NAMES for w in lower):
        return None  # "counterpart", "a transport helicopter", "Washington Sunday" (a date, not a name)
    if not _has_proper_word(words):
        return text if is_group(text) else None
    if head in _POPULATION and all(_is_adjective(w) or w.lower() in _POPULATION for w in words):
        return None  # "Azerbaijani citizens", "Syrian civilians": a population, not a party or a traveller
    return text


def is_bare_title(phrase: str) -> bool:
    """A title with no name: 'Secretary', 'the prime minister' (for the article's index to resolve)."""
    words = [w.lower().strip(".") for w in _content(_words(_strip_front(phrase)[0]))]
    return bool(words) and all(w in _TITLES for w in words)


def clean_destination(phrase: str) -> str | None:
    """The place a destination phrase names, or None for a kind of place ('a European country')."""
    text, _ = _strip_front(phrase)
    words = _content(_words(text))
    if not words:
        return None
    proper = [w for w in words if w[0].isupper() and not _is_adjective(w)]
    if not proper and words[-1].lower() in _GENERIC_PLACE:
        return None
    if not any(w[0].isupper() for w in words) or _a_titled_person(words):
        return None
    return text


_FACILITY = frozenset(("palace", "residence", "hall", "building", "centre", "center", "base", "square", "park",
                       "bridge", "mansion", "camp", "terminal", "port", "station"))
# Offices a person holds whose word is never the first part of a place's name (unlike "General Santos",
# "Prince George", "King's Lynn").
_OFFICES = frozenset(("minister", "president", "secretary", "senator", "governor", "mayor", "ambassador", "premier",
                      "chancellor", "commissioner", "envoy", "spokesman", "spokeswoman", "director", "chairman"))


def _a_titled_person(words: list[str]) -> bool:
    """The phrase ends in a name after an office ('Northern Territory Chief Minister Lena Duarte-Kemp'): the
    person one travels to see, not where one goes."""
    lower = [w.lower() for w in words]
    at = max((i for i, w in enumerate(lower) if w in _OFFICES), default=-1)
    rest = words[at + 1 :]
    return at >= 0 and bool(rest) and all(w[0].isupper() and not w.endswith(("'s", "’s")) for w in rest) and (
        rest[-1].lower() not in _GENERIC_PLACE | ORG_WORDS | PLACE_ENDS | _FACILITY
    )


def _name_tokens(name: str) -> list[str]:
    return [w.lower().strip(".,") for w in _words(name) if w.lower().strip(".,") not in _TITLES]


def same_entity(a: str, b: str) -> bool:
    """True when two names are one entity: equal, or one's name words are all in the other's and
    they end in the same word ('Park Geun-hye' / 'President Park Geun-hye'; not 'Bill Clinton' /
    'Hillary Clinton')."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return a.casefold() == b.casefold()
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return short[-1] == long_[-1] and set(short) <= set(long_)


_ANAPHOR = re.compile(
    r"\b(?:he|she|they|him|her|them|his|their|its)\b|\bthe\s+(?:two\s+|three\s+|both\s+)?(?:[a-z-]+\s+)?"
    r"(?:leaders?|ministers?|presidents?|officials|delegation|delegates|envoys?|secretary|chancellor|premier|"
    r"king|queen|pope|minister|sides|men|women|pair|couple|lawmakers|team|group)\b",
    re.IGNORECASE,
)
# The words of a role that name its holder alone ("the bishop", "the mayor"), not those that only qualify one.
_ROLE_NOUNS = sorted(
    ROLE_WORDS - {"vice", "prime", "foreign", "defence", "defense", "state", "of", "the", "under", "security",
                  "national", "newly", "appointed", "former", "acting", "new", "top", "interior", "finance", "trade",
                  "economy", "justice", "health", "education", "home", "affairs", "opposition", "party", "crown",
                  "house", "majority", "minority", "federal", "supreme", "court", "executive", "deputy", "assistant",
                  "head", "chief", "general", "official", "officials", "speaker"}
)  # fmt: skip
# A person told again by the role alone: "the bishop", "the regional mayor".
_BY_ROLE = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?(?:" + "|".join(_ROLE_NOUNS) + r")\b", re.IGNORECASE)


def has_anaphor(sentence: str) -> bool:
    """The sentence refers back to someone named before it ('he', 'the two leaders', 'the delegation')."""
    return bool(_ANAPHOR.search(sentence))


def refers_by_role(sentence: str) -> bool:
    """The sentence tells of someone by a role alone ('the bishop', 'the mayor'): one named before it."""
    return bool(_BY_ROLE.search(sentence))


# A subject told by a role alone, opening the sentence: "The 38-year-old princess is also due ...".
# (not one whose holder the text names right after it: "The majority leader, Senator Douglas Kincaid, was upbeat")
_OPENS_BY_ROLE = re.compile(r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(_ROLE_NOUNS) + r")\b(?!,?\s+(?-i:[A-Z]))",
                            re.IGNORECASE)


# A subject new to the article told by a role, opening the sentence: "A Justice Department spokeswoman said ...".
_OPENS_BY_NEW_ROLE = re.compile(
    r"^\W*(?:an?|one|another)\s+(?:[\w.’'-]+\s+){0,3}?(?:" + "|".join((*_ROLE_NOUNS, "official", "spokesperson"))
    + r")\b(?!\s*,?\s*(?-i:[A-Z]))",
    re.IGNORECASE,
)


def opens_by_new_role(sentence: str) -> bool:
    """The sentence's subject is someone new, told by a role and no name ('A ministry spokeswoman said ...'): a 'she'
    after it is that person, not one named earlier."""
    return bool(_OPENS_BY_NEW_ROLE.match(sentence))


def opens_by_role(sentence: str) -> bool:
    """The sentence's subject is someone told by a role alone ('The 38-year-old princess is due ...'), not named."""
    return bool(_OPENS_BY_ROLE.match(sentence))


# An age told as a description: "the 22-year-old", "The 81-year-old pontiff".
AGE = r"\d+-year-old"
# An adverb or a short phrase of time or place set before a subject, with or without its comma: "Later, the minister
# ...", "On Monday morning the pope ...", "That evening she ...", "After Osaka, he heads to Kyoto", "While there she";
# a longer one closed by its comma: "At a rally outside the Montgomery County courthouse, she told".
FRONTED_PHRASE = (
    r"(?:(?:Instead|Later|Then|Afterwards|Afterward|Meanwhile|Earlier|Now|There|Next|Finally|"
    r"(?:While|Once|Back)\s+(?:there|here|home))\b,?|"
    r"(?:On|In|At|After|Before|From|During|By|Later|Earlier|Afterwards|Then|That|This|Last|Next|Early|Late)"
    r"(?:(?:\s+[\w'’-]+){1,4}?,?|(?:\s+[\w.'’-]+){5,10}?,))\s+"
)
_FRONTED_TIME = re.compile(r"^\W*(?:" + FRONTED_PHRASE + r")?(?=the\s)")


def role_opening(sentence: str) -> str | None:
    """The role that opens the sentence as its subject, after any short phrase of time ('On Monday morning the
    pope celebrated mass' -> 'the pope'); None when the sentence opens otherwise."""
    front = _FRONTED_TIME.match(sentence)
    rest = sentence[front.end() :] if front else sentence
    role = _OPENS_BY_ROLE.match(rest)
    return role.group().strip(" \"'“”‘’") if role else None


_FUNCTION_WORDS = frozenset(
    ["is", "was", "has", "does", "goes", "this", "thus", "its", "his", "hers", "ours", "theirs", "yours", "always", "perhaps", "across", "whereas", "unless", "less", "plus", "as", "us"]
) | GERUND_OPENERS


def moves_on_its_own(upto_cue: str, travellers: list[str]) -> bool:
    """The travel word is a participle with a subject of its own that is none of the travellers
    ('Muslims entering the country'): a plural noun or a name right before it."""
    m = re.search(r"(\S+)\s+\S+ing$", upto_cue)
    if m is None:
        return False
    word = m.group(1)
    if word.endswith(","):
        return False  # "Rosa Alvez, visiting Ghana,": a participle set off by a comma tells of the clause's subject
    plural = len(word) >= 4 and word.endswith("s") and not word.endswith("ss")
    if word.casefold() in _FUNCTION_WORDS or not (plural or word[:1].isupper()):
        return False
    return not any(word in t for t in travellers)


_PREMODIFIER = re.compile(r"\b(?:newly|recently|just|freshly|the|a|an|his|her|their|its)\s+$", re.IGNORECASE)


def modifies_a_noun(sentence: str, cue_start: int, cue_end: int, travellers: list[str]) -> bool:
    """The travel word is a participle before a noun ('addresses newly arrived ambassadors', 'the departing
    envoy'): who moves is that noun phrase, so a traveller named elsewhere in the sentence does not."""
    if not _PREMODIFIER.search(sentence[max(0, cue_start - 12) : cue_start]):
        return False
    if not re.match(r"(?:arrived|departed|returned|returning|departing|arriving|visiting|travell?ing)\s+[a-z]",
                    sentence[cue_start : cue_end + 2], re.IGNORECASE):
        return False
    phrase = sentence[cue_end : cue_end + 80]
    return not any(t.split()[-1] in phrase for t in travellers)


def pronoun_mover(sentence: str, cue_starts: list[int], named: list[str]) -> str | None:
    """'Hollande welcomes Macron as he arrives': a 'he'/'she' standing right before the travel word
    is its subject, and means the person named last before it in the sentence."""
    for start in cue_starts:
        pronoun = re.search(r"\b(?:he|she)\s+(?:\w+ly\s+)?$", sentence[:start], re.IGNORECASE)
        if pronoun is None or pronoun.start() == 0:
            continue
        before = [(sentence.rfind(n.split()[-1], 0, pronoun.start()), n) for n in named]
        best = max(((at, n) for at, n in before if at >= 0), default=None)
        if best is not None:
            return best[1]
    return None
