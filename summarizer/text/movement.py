"""Journeys the wording states by a verb or a noun of travel, and the travellers and places they name.

What kind of movement a journey is (a visit, a transfer, a deployment, a migration) is
:mod:`summarizer.text.movement_kind`'s.
"""

from __future__ import annotations

import re

from summarizer.text.gazetteer import is_known_destination
from summarizer.text.lexicon import MONTH_NAMES, NAME_PARTICLES, WEEKDAY_NAMES
from summarizer.text.modality import PAST_PLAN
from summarizer.text.participants import is_bare_title, is_company, is_group
from summarizer.text.places import country_code, country_code_for_adjective, is_known_place
from summarizer.text.subject import MAIN_VERB, coordinated, subject_before

__all__ = [
    "ON_SCHEDULE",
    "called_off_journey",
    "first_conjunct",
    "journey_goes_on",
    "main_subject",
    "named_subject",
    "names_a_person",
    "stated_journey",
]

# The small words inside a person's name, and between two names: "Ana de la Cruz and Tom Cole".
_NAME_LINKS = NAME_PARTICLES | {"and", "of"}


def names_a_person(mover: str) -> bool:
    """A person by name or by title: capitalised words ('Ana Ruiz', 'Malik'), not an acronym, a nationality
    or a plural alone ('MSF', 'Syrians', 'Thousands'), or a bare title ('the president')."""
    words = [w for w in mover.split() if w not in _NAME_LINKS]  # a particle inside the name: "Van der Merwe"
    if not words or not all(w[:1].isupper() for w in words):
        return is_bare_title(mover)
    if len(words) > 1:
        return True
    word = words[0]
    # one word in capitals: an acronym, a nationality, a country, or a plural opening a sentence ("Thousands")
    # (an English plural ends in a consonant or 'e' before its 's': 'Francis', 'Lucas', 'Carlos' are names)
    plural = word.endswith("s") and not word.endswith("ss") and word[-2:-1].lower() not in ("a", "i", "o", "u")
    return not (word.isupper() or plural or country_code_for_adjective(word) or country_code(word))


# A person's own journey stated by a finite verb of travel and a place after it: "will return to Washington",
# "flew to Oslo", "arrived in Lima", "is to travel to Rome", "visited Peru". A bare form needs the future's
# auxiliary before it ("will return"); "to return" alone completes another verb or a noun ("the decision to").
_PLACE = r"(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})"
# A day or a time between the verb and its place: "arrived Sunday in Berlin", "flew overnight to Manila".
_WHEN_BETWEEN = (r"(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|overnight|"
                 r"(?:late|early)\s+(?:on\s+)?\w+day|(?:this|next|last)\s+week)")
# the place left, between the verb and the goal it leads to: "travelled overnight from Rome to Paris"
_FROM_THEN_TO = r"\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:,?\s+(?-i:[A-Z])[\w'’.-]*){0,3},?\s+to"
# "to" after "is" or after a word of schedule: "is to meet", "is due to return", "is scheduled to travel".
ON_SCHEDULE = r"(?:(?:due|expected|scheduled|set|slated)\s+)?to"
_JOURNEY = re.compile(
    r"\b(?:(?P<aux>will|shall|would|(?:is|are|was|were|(?:had|has|have)\s+been)\s+" + ON_SCHEDULE + r")\s+(?:\w+ly\s+)?"
    r"(?:return|travel|fly|go|head|visit|arrive|flee|continue(?:\s+on)?"
    r"|land|touch\s+down|reach|come(?=\s+(?:back|home)))|(?:has|have|had)\s+(?:gone|flown)|(?:came|comes)(?=\s+(?:back|home))|returned|returns|travel(?:l?ed|s)|flew|flies|went|goes|head(?:ed|s)|visit(?:ed|s)|arriv(?:ed|es)"
    # awaited somewhere: "is due in Michigan on Monday", "was expected back in Paris", "is himself due back in Lusaka"
    r"|(?<=\bis\s)due|(?<=\bare\s)due|(?<=\bis\s)expected|(?<=\bare\s)expected|(?<=self\s)(?:due|expected)|reached"
    r"|fled|flees|landed|lands|touch(?:ed|es)\s+down|jet(?:ted|s)(?:\s+off)?|criss-?cross(?:ed|es)"
    r"|(?:is|are|was|were)\s+(?:visiting|touring)|(?:led|leads|heads|headed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mission|delegation)|went\s+on|travell?ed\s+on|moved\s+on|cross(?:ed|es)\s+into"
    # leaving for a place (never the place left: "left Warsaw" is where the journey starts), touring it, stopping
    # there, going on to it, and moving there in a manner: "departed for Lima", "toured Peru", "stopped over in
    # Doha", "continued on to Rome", "drove to Ohio"
    r"|(?:left|leaves|departed|departs|set(?:s)?\s+(?:off|out)|took\s+off)\s+for|toured|tours"
    # the place left, then the goal: "left Warsaw after the news conference for Spain", "departed Lima on Friday for"
    r"|(?:left|leaves|departed|departs)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
    r"(?:,?\s+(?:on|after|before|late|early|at|in|this|last|overnight|shortly|soon)\b(?:\s+(?!for\b)[\w'’-]+){0,4})?,?\s+for"
    r"|stop(?:ped|s)(?:\s+over)?\s+in|(?:made|makes)\s+a\s+(?:brief\s+|short\s+)?stop(?:over)?\s+in"
    r"|continu(?:ed|es)(?:\s+on)?\s+to|(?:drove|sailed|rode|cruised|rushed|hurried|raced|dashed|pushed|pressed)\s+"
    r"(?:back\s+|on\s+)?(?:to|into))"
    # a manner between the verb and its place: "flew by military helicopter to Tacloban", "gone ahead to Vienna"
    r"(?:\s+(?:back|home|on|onwards?|ahead))?(?:\s+(?:by|aboard)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+to\b))?"
    r"(?:\s+" + _WHEN_BETWEEN + r")?(?:" + _FROM_THEN_TO + r"|(?:\s+(?:to|for|in|at))?)\s+(?:the\s+)?" + _PLACE
)
# A person's journey told by its noun: "Lund's visit to Cairo", "the president's two-day trip to Asia".
_TIMES = frozenset(name.casefold() for name in (*WEEKDAY_NAMES, *MONTH_NAMES))
_NOMINAL_JOURNEY = re.compile(
    r"(?P<who>(?:\b(?-i:[A-Z])[\w'.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*|\b[Tt]he\s+[a-z]+)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|trip|tour|journey|stay)\s+(?:to|in)\s+(?:the\s+)?" + _PLACE
)
# Calling off a journey, or pulling out of it: "postponed", "scrapped", "pulled out of", "withdrew from".
_CALL_OFF = (
    r"(?:cancel(?:l?ed|s)|postponed|postpones|called\s+off|calls\s+off|scrapped|scraps|shelved|abandon(?:ed|s)|"
    r"put\s+off|(?:pull(?:s|ed)?|drop(?:s|ped)?|bow(?:s|ed)?)\s+out\s+of|withdr(?:ew|aws)\s+from)"
)
# A journey called off, told by its noun, or withdrawn from: "Macron postponed a planned trip to Beijing", "canceled a
# trip to a mayors' conference in Denver", "pulled out of the trip to Lund".
_CALLED_OFF = re.compile(
    r"\b" + _CALL_OFF + r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trip|visit|tour|journey|voyage|mission|pilgrimage|retreat)\s+"
    r"(?:to|of)\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}?in\s+)?(?:the\s+)?" + _PLACE
)
# ... or by the place before the noun: "withdrew from the Pelling visit", "pulled out of his Kyiv trip".
_CALLED_OFF_BY_PLACE = re.compile(
    r"\b" + _CALL_OFF + r"\s+(?:the|his|her|their|its)\s+" + _PLACE + r"\s+(?:trip|visit|tour|leg|stop|stopover)\b"
)
# A journey planned, then called off in a 'but' clause (the mood says so, text/modality.py): "had intended to fly
# to Leyte on Saturday, but the trip was called off".
_UNDONE_PLAN = re.compile(
    r"\b(?:" + PAST_PLAN + r"|(?:was|were)(?=\s+to\s+have\b))\s+to(?:\s+have)?\s+(?:travel|fly|go|head|return|visit|continue(?:\s+on)?|stop(?:\s+over)?|join(?:ed)?|accompany|escort)\s+"
    r"(?:(?!from\b)[\w'’-]+\s+){0,3}?(?:(?:to|in|at)\s+)?(?:the\s+)?" + _PLACE
)
# A journey in apposition to its traveller: "Lars Holm, on a visit to Kenya, said", "Rosa Alvez, visiting Ghana,", "Nina
# Park, in Seoul for talks with her counterpart, said", "Ilse Rand, who was in Oslo on Monday for a forum, said".
_APPOSED_JOURNEY = re.compile(
    r"(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}),\s+(?:on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|trip|tour)\s+(?:to|of)|visiting|touring|(?:who\s+(?:is|was|are|were)\s+)?"  # "X, who was in Oslo for"
    r"in(?=\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:for|on)\s))"
    r"\s+(?:the\s+)?" + _PLACE + r"(?:,|\s+(?:for|on)\s)"
)
# A journey whose noun names no traveller, opening the sentence: "A stop in Manila that diplomats had pencilled in
# ... was scrapped", "A proposed side trip to Ljubljana ...", "A visit to the coastal town of Pemba ...".
_UNNAMED_JOURNEY = re.compile(
    r"^\W*(?:A|An|The|His|Her|Their)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip|stop(?:over)?|leg|tour|excursion)\s+"
    r"(?:by\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}?)?(?:to|in|at)\s+(?:the\s+)?"
    r"(?:(?:(?-i:[a-z])[\w-]*\s+){1,3}?of\s+)?" + _PLACE
)
# A journey going on, its noun the subject, naming no one: "The tour ends in Tromsø", "The trip then moves on to Lima".
_JOURNEY_GOES_ON = re.compile(
    r"^\W*(?:The|Their|His|Her|Its)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|visit|journey|voyage)\s+(?:then\s+|will\s+)?"
    r"(?:ends?|ended|finish(?:es|ed)?|conclud(?:es|ed|e)|continu(?:es|ed|e)|mov(?:es|ed|e)\s+on|wraps?\s+up|wrapped\s+up|"
    r"began|begins?|opens?|opened|starts?|started)\s+(?:on\s+)?(?:in|at|to)\s+(?:the\s+)?" + _PLACE
)
# A journey begun or ended by its noun: "Alvez wrapped up her Asia tour in Jakarta", "began a visit to Peru".
_JOURNEY_ENDS = re.compile(
    r"\b(?:wrapped\s+up|wraps\s+up|ended|ends|concluded|began|begins|started|completed|cut\s+short)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|visit|trip|journey)\s+(?:in|to|of)\s+(?:the\s+)?" + _PLACE
)


def called_off_journey(sentence: str) -> tuple[str, str] | None:
    """(the traveller, the place) when the sentence states that a person (by name or title, the subject of
    the verb) or a group described by its people called off a journey to a place the gazetteer knows, or that a
    person had planned one ("had intended to fly to Leyte", called off in a 'but' clause); None else."""
    return (
        _subject_journey(sentence, _CALLED_OFF, groups=True, companies=True)
        or _subject_journey(sentence, _CALLED_OFF_BY_PLACE, groups=True, companies=True)
        or _subject_journey(sentence, _UNDONE_PLAN, groups=False, companies=True)
    )


def unnamed_journey(sentence: str) -> str | None:
    """The place of a journey the sentence opens with by its noun alone, naming no one ("A planned stop in Lisbon
    ... was called off"), when the gazetteer knows it; None else."""
    m = _UNNAMED_JOURNEY.match(sentence)
    return _known_place(m) if m is not None else None


def journey_goes_on(sentence: str) -> str | None:
    """The place where a journey the sentence names by its noun alone goes on, begins or ends ("The tour ends in
    Tromsø on Thursday"), when the gazetteer knows it; None else."""
    m = _JOURNEY_GOES_ON.match(sentence)
    return _known_place(m) if m is not None else None


def _subject_journey(
    sentence: str, pattern: re.Pattern[str], *, groups: bool, companies: bool = False
) -> tuple[str, str] | None:
    """(the traveller, the place) of the first match of ``pattern`` whose place the gazetteer knows and whose
    verb's subject is a traveller (:func:`_travels`)."""
    for m in pattern.finditer(sentence):
        place = _known_place(m)
        span = subject_before(sentence, m.start()) if place else None
        who = named_subject(sentence, span) if span else ""
        owned = " " not in who and re.search(r"\b(?:his|her)\b", m.group(0)) is not None  # "Reyes scrapped his trip"
        if place and (_travels(who, groups=groups, companies=companies) or (owned and who[:1].isupper())):
            return who, place
    return None


def _travels(who: str, *, groups: bool, companies: bool = False) -> bool:
    """'he', 'she', a person by name or title, with ``groups`` a group described by its people, and with
    ``companies`` a company of people by its collective noun ('the orchestra')."""
    return who.casefold() in ("he", "she") or (
        bool(who) and (names_a_person(who) or (groups and is_group(who)) or (companies and is_company(who)))
        or re.fullmatch(r"(?:the|a|an)\s+\d+-year-old", who, re.IGNORECASE) is not None  # "The 61-year-old"
    )


def stated_journey(sentence: str) -> tuple[str, str] | None:
    """(the traveller, the place) when the sentence states, by a finite verb of travel and a place the
    gazetteer knows after it, that a person (by name or by title, the verb's subject) goes there; None else.

    A verb joined by 'and' to an earlier one takes that verb's subject ("The president is cutting his trip
    short and will return to Washington"). What the sentence does not state (a group, an unknown place, a
    verb in another clause's infinitive) gives None.
    """
    nominal = _NOMINAL_JOURNEY.search(sentence)  # "Lund's visit to Cairo", "the president's trip to Asia"
    who = nominal.group("who") if nominal is not None else ""  # (a day has no journey of its own: "Friday's trip")
    if nominal is not None and who.casefold() not in _TIMES and names_a_person(who) and (place := _known_place(nominal)):
        return who, place
    for m in _APPOSED_JOURNEY.finditer(sentence):
        place = _known_place(m)
        who = named_subject(m.group("who"), (0, len(m.group("who"))))
        if place and names_a_person(who):
            return who, place
    ended = _subject_journey(sentence, _JOURNEY_ENDS, groups=False)  # "wrapped up her Asia tour in Jakarta"
    if ended is not None:
        return ended
    main = _main_clause_journey(sentence)
    if main is not None:
        return main
    for m in _JOURNEY.finditer(sentence):
        place = _known_place(m)
        if place is None:
            continue
        span = subject_before(sentence, m.start())
        if span is None and coordinated(sentence, m.start()):
            first = MAIN_VERB.search(sentence, 0, m.start())
            span = subject_before(sentence, first.start()) if first else None
        who = named_subject(sentence, span) if span else ""
        # a person, or a group described by its people ("A team of nine Chinese doctors landed in Rome")
        if _travels(who, groups=True):
            return who, place
    return None


# The main clause's subject travels: "On arrival in Lagos, Lund was greeted", "Lund stopped in Shannon on her way
# to Baghdad".
_ARRIVAL_FIRST = re.compile(r"^\W*(?:On|Upon|After)\s+(?:(?:his|her|their)\s+)?arrival\s+(?:in|at)\s+(?:the\s+)?" + _PLACE + ",")
_ON_THE_WAY = re.compile(r"\bon\s+(?:his|her|their)\s+way\s+(?:back\s+)?to\s+(?:the\s+)?" + _PLACE)
# a gerund of travel after before/after shares the main clause's subject: "will inspect the mill before flying home to Arlen"
_BEFORE_GOING = re.compile(r"\b(?:before|after)\s+(?:(?:flying|travell?ing|returning|heading|going|driving|sailing)\s+(?:on\s+|back\s+|"
                           r"home\s+|onward\s+)?(?:to|into)|leaving\s+for)\s+(?:the\s+)?" + _PLACE)


def _main_clause_journey(sentence: str) -> tuple[str, str] | None:
    for rx in (_ARRIVAL_FIRST, _ON_THE_WAY, _BEFORE_GOING):
        m = rx.search(sentence)
        place = _known_place(m) if m is not None else None
        if m is None or place is None:
            continue
        start = m.end() if rx is _ARRIVAL_FIRST else 0
        first = MAIN_VERB.search(sentence, start, len(sentence) if rx is _ARRIVAL_FIRST else m.start())
        span = subject_before(sentence, first.start()) if first else None
        who = named_subject(sentence, span) if span else ""
        if who and span is not None and span[0] >= start and names_a_person(who):
            return who, place
    return None


# A name at the end of a phrase: "Opposition leader Maria Costa", and before the comma of a relative clause.
_NAME_AT_END = re.compile(r"(?:^|\s)((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3})$")
_NAME_BEFORE_WHO = re.compile(r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}),\s*$")


# A person's vehicle carries them: "Chancellor Eva Brandt's plane", "Ali Reza's motorcade".
_CARRIED_BY = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:plane|jet|aircraft|helicopter|motorcade|convoy|car|ship|yacht|train|flight)$",
    re.IGNORECASE,
)


def named_subject(sentence: str, span: tuple[int, int]) -> str:
    """The subject at ``span`` as the person it names: the head before an apposition ("Ruiz, the new envoy, returned"), the
    name a described title ends with ("Opposition leader Maria Costa"), the name a relative 'who' stands
    for ("Levin, who arrived in Paris"), the owner of the vehicle that carries them ("Brandt's plane")."""
    phrase = _CARRIED_BY.sub("", sentence[span[0] : span[1]].strip())  # "Brandt's plane landed": Brandt travels
    parts = [p.strip() for p in phrase.split(",")]
    who = parts[0]
    # (one word after a relation owned: "Pell's wife, Anne, had been due to travel")
    owned = re.search(r"['’]s\s+[a-z]+$|^(?:his|her|their)\s+[a-z]+$", who) is not None
    if len(parts) > 1 and not names_a_person(who) and names_a_person(parts[1]) and (" " in parts[1] or owned):
        return parts[1]  # "Spain's prime minister, Pedro Sanchez, canceled": the name in apposition to a description
    if who.casefold() == "who":
        named = _NAME_BEFORE_WHO.search(sentence, 0, span[0])
        return named.group(1) if named else ""
    named = _NAME_AT_END.search(who)
    prefix = who[: named.start(1)].split() if named is not None else []
    if named is not None and prefix and not names_a_person(who) and is_bare_title(prefix[-1]):
        return named.group(1)
    return who


def main_subject(sentence: str) -> str:
    """The subject of the sentence's first verb, as the person it names ("" when none): the first of
    coordinated people ("President Barack Obama and his wife, Michelle" -> "President Barack Obama")."""
    first = MAIN_VERB.search(sentence)
    span = subject_before(sentence, first.start()) if first else None
    return first_conjunct(named_subject(sentence, span)) if span else ""


def first_conjunct(who: str) -> str:
    """The first of people coordinated by 'and', when it names one ("Sato and his wife" -> "Sato")."""
    head = who.split(" and ")[0].strip()
    return head if head != who and names_a_person(head) else who


# A verb of flying or travelling and 'to' just before the place.
_FLOWN_TO = re.compile(
    r"\b(?:fl(?:y|ies|ew|own|ying)|travel(?:s|led|ed|ling|ing)?)\b[^,;]{0,40}?\bto\s+(?:the\s+)?$|"
    # and after the noun of a journey or a leg: "a trip to the Canary Islands", "A leg to the islet of Hikdop", "A
    # stop in Narvik"
    r"\b(?:trip|journey|visit|leg|excursion)\s+to\s+(?:the\s+)?(?:(?:(?-i:[a-z])[\w-]*\s+){1,2}?of\s+)?$|"
    r"\b(?:stop|stopover|leg)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
# Capitalised words after 'to' that are no place: a day, a month, an institution, the start of a name of office.
_NOT_A_PLACE = re.compile(
    r"(?:" + "|".join(name.capitalize() for name in (*WEEKDAY_NAMES, *MONTH_NAMES))
    + r"|Congress|Parliament|Court|President|Prime|Minister|King|Queen|Pope|The|A|An)\b"
)
# A preposition just before a place: "flew to Lomé", "arrived in Zwickau", "a trip to Moroto".
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|in|at|into|for|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _known_place(m: re.Match[str]) -> str | None:
    """The longest run of the capitalised words of the match's place, from the first, that the gazetteer knows as
    a place or a US state ("Washington" of "Washington Sunday", "Michigan"). After a preposition any town of the
    world's gazetteer counts too ("flew to Lomé"); an object without one may be a person ("visited Martin",
    "reached Wilson"), so there only the built-in table's places do."""
    wide = _PREPOSITION_BEFORE.search(m.string, 0, m.start("place")) is not None
    parts = m.group("place").rstrip(".,;:'’").split()
    if _FLOWN_TO.search(m.string, m.start(), m.start("place")) and parts and not _NOT_A_PLACE.match(parts[0]):
        # after 'fly to', 'travel to' or 'a trip to' a capitalised word is where one goes, known or not ("to fly to Leyte")
        return " ".join(parts).rstrip(".,;:'’")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n]).rstrip(".,;:'’")
        # "Japan's capital" is where one goes; "Wilson's ranch" names a person
        if is_known_place(name) or (wide and not name.endswith(("'s", "’s")) and is_known_destination(name)):
            return name
    return None
