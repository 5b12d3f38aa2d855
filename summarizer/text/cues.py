"""Word cues read straight from a sentence: which sentences may hold a trip or a meeting,
and the facts that a small model gets wrong but the wording states plainly
(virtual or in person, planned or done, video or phone, confirmed or only reported).
"""

from __future__ import annotations

import re

from summarizer.schemas import TripMode, TripStatus
from summarizer.text.events import (
    ADDRESSED_BODY,
    PRESENTED_TO,
    TRAVEL_CUE,
    cue_matches,
    is_meeting_candidate,
    is_trip_candidate,
)
from summarizer.text.gazetteer import is_known_destination
from summarizer.text.lexicon import (
    CANCEL_WORDS,
    EVENT_PAST_IRREGULAR,
    GERUND_OPENERS,
    PLANNED_WORDS,
    inflections,
    word_pattern,
    word_regex,
)
from summarizer.text.occasions import CEREMONY, INTERVIEW_GIVEN, MEAL, ONE_BEFORE_MANY, PRESS
from summarizer.text.places import is_known_place
from summarizer.text.subject import MAIN_VERB, first_clause_subject, subject_before

__all__ = [
    "attends_a_gathering",
    "event_status",
    "in_travel_clause",
    "is_meeting_candidate",
    "is_reported_only",
    "is_travel_subject",
    "is_trip_candidate",
    "near_travel_word",
    "occurrences",
    "only_as_location",
    "only_as_origin",
    "travel_subject",
    "trip_mode",
]

_VIRTUAL = word_regex(r"virtual(?:ly)?|video|online|teleconference|videoconference|remotely|by\s+phone|zoom")
# The future words, and in a whole sentence: "would", "to visit", "is to", "was to travel" (not "was to
# blame"), a bare "expected", "imminent", "next week", "later this", "hinted".
_PLANNED = word_regex(
    word_pattern(PLANNED_WORDS) + r"|would|to\s+visit|is\s+to|are\s+to|(?:was|were)\s+to\s+(?:travel|visit|meet|attend|go|fly|be|hold|"
    r"arrive|leave|head|make|sign)\b|expected|imminent|next\s+(?:week|month|year)|hinted|later\s+this"
)
_CANCELLED = word_regex(word_pattern(CANCEL_WORDS))
_UNDER_WAY = word_regex(r"is\s+visiting|are\s+visiting|is\s+in|are\s+in|currently|on\s+a\s+(?:visit|tour|trip)\s+to|arrived\s+in")
_PAST = word_regex(
    r"visited|travelled|traveled|arrived|toured|returned|talked|discussed|hosted|received|welcomed|was|were|had|"
    # the light verbs that tell a trip or a talk by its noun: "made a surprise visit", "paid a call on"
    r"made|paid|undertook|began|ended|concluded|wrapped\s+up|completed|embarked|"
    + "|".join(EVENT_PAST_IRREGULAR)
)
_REPORTED = word_regex(
    word_pattern(inflections("report")) + r"|reportedly|according\s+to|not\s+able\s+to\s+confirm|could\s+not\s+confirm|"
    r"unconfirmed|sources?\s+said|news\s+agency|is\s+said\s+to|hinted"
)


def near_travel_word(sentence: str, phrase: str, reach: int = 80) -> bool:
    """True when ``phrase`` stands within ``reach`` characters of a travel word in the sentence.

    A traveller or destination far from every travel word is a person or place the sentence
    names for another reason ("X called on Greece ... where migrants arrived").
    """
    cues = cue_matches(TRAVEL_CUE, sentence)
    return any(
        m.start() - end <= reach and at - m.end() <= reach for at, end in occurrences(sentence, phrase) for m in cues
    )


# A place in a chain of prepositional phrases after the travel word, within its clause: "arrives for a news conference
# on the peace talks outside the Wilson hotel in Geneva" (no comma, colon, dash or bracket, no clause word between).
_CHAINED_PLACE = re.compile(
    r"(?:[^,;:()\u2014\u2013]{0,160}?)\b(?:in|at|to|into|for|outside|inside|near)\s+(?:the\s+)?$", re.IGNORECASE
)
_CLAUSE_WORD = re.compile(r"\b(?:who|which|where|whom|whose|that|while|but|and|or|said|says|after|before|when)\b",
                          re.IGNORECASE)


def in_travel_clause(sentence: str, place: str) -> bool:
    """``place`` stands after a travel word in the same clause, at the end of a chain of prepositional phrases that
    begins with it, however long (:func:`near_travel_word` reads a fixed reach)."""
    for m in cue_matches(TRAVEL_CUE, sentence):
        for at, _ in occurrences(sentence, place):
            between = sentence[m.end() : at]
            if at > m.end() and _CHAINED_PLACE.fullmatch(between) and not _CLAUSE_WORD.search(between):
                return True
    return False


# The nouns of a gathering one takes part in (a meal given for guests among them), and, after one, no noun of the
# place it is held in ("the conference centre", "a meeting room").
_A_GATHERING = (r"meeting|conference|summit|session|hearing|rally|forum|assembly|gathering|convention|ceremony|briefing|"
                r"round\s*table|roundtable|" + MEAL)
_NOT_ITS_VENUE = r"s?\b(?!\s+(?:centres?|centers?|halls?|rooms?|facilit\w+|buildings?|venues?|grounds?|site))"
# Taking part in a gathering, stated by the verb and its object: "X told a meeting of ministers", "X attended
# the vigil", "X speaks during a news conference", "X entered the summit". The subject was there, whatever a
# model makes of a sentence that names one party only.
_ATTENDS = word_regex(
    # the one a gathering honours: "is due to be guest of honour at a reception hosted by the mayor"
    r"guests?\s+of\s+honou?r\s+(?:[\w'’-]+\s+){0,4}?at\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:reception|dinner|"
    r"banquet|luncheon|lunch|gala|ceremony|celebration|ball|party)|"
    r"(?:attend(?:s|ed|ing)?|address(?:es|ed|ing)?|told|tells|telling|enter(?:s|ed|ing)?|chair(?:s|ed|ing)?|"
    r"join(?:s|ed|ing)?|hold(?:s|ing)?|held|front(?:s|ed|ing)?|open(?:s|ed|ing)?|host(?:s|ed|ing)?|conven(?:e|es|ed|ing)|"
    r"presid(?:e|es|ed|ing)\s+over|(?:spoke|speaks?|speaking|appear(?:s|ed|ing)?|testif(?:y|ies|ied|ying))\s+"
    r"(?:to|at|before|during))\s+(?:a|an|the|this|that|his|her|their|its|[A-Z][\w.]*['’]s?)\s+"
    r"(?:[\w.'’-]+\s+){0,5}?(?:vigil|" + _A_GATHERING + r")" + _NOT_ITS_VENUE + r"|"
    # travelling for a gathering: "is expected to arrive in New York on Thursday for a Security Council meeting"
    # or there for one: "he was in Seoul for a session of the company's board"
    # (every verb of going, and every noun of a gathering one takes part in: "is due to drive to Velbrook for the
    # wardens' forum", "sailed to Lerwick for a roundtable of harbour masters")
    r"(?:arriv(?:e|es|ed|ing)|fl(?:y|ies|ew|ying)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)?|return(?:s|ed|ing)?|"
    r"dr(?:ive|ives|ove|iving)|sail(?:s|ed|ing)?|go(?:es|ing)?|went|c(?:ome|omes|ame|oming)|"
    r"(?:is|are|was|were|will\s+be)\s+in(?=\s+(?-i:[A-Z])))\s+"
    r"(?:[\w.'’-]+\s+){0,6}?for\s+(?:a|an|the|his|her|their|its|[A-Z][\w.]*['’]s?)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:congress|synod|symposium|" + _A_GATHERING + r")" + _NOT_ITS_VENUE + r"|"
    # an audience addressed: "addressed lawmakers in the parliament", "addresses graduates"
    r"address(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:lawmakers|legislators|parliament|congress|graduates|students|"
    r"supporters|delegates|troops|diplomats|ambassadors|crowds?|audiences?|assembly|convention|staff|employees|"
    r"workforce|workers|pupils|players|squad|congregation|faithful|residents|villagers|farmers|voters)\b|"
    # a gathering told as the time of another event, when it is new (indefinite): "will fly back to Washington on
    # Thursday after a news conference in Tel Aviv" ("after the meeting" goes back to one told before)
    r"(?:after|before|following)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|news\s+conference|press\s+conference|"
    r"summit|session|rally|ceremony|banquet)\s+(?:in|at|with|on)\b|"
    # a body addressed by its name: "will address the Bundestag on Thursday"
    + ADDRESSED_BODY + "|"
    # a hearing, told by the body heard: "testified before the Senate Foreign Relations Committee"
    r"testif(?:y|ies|ied|ying)\s+(?:before|to)\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,5}?(?:committee|subcommittee|"
    r"congress|senate|house|parliament|panel|commission|lawmakers|inquiry)\b|"
    # one person before many (testimony in other words, a service led, a ceremony presided over), an interview
    # given: "appeared before U.S. District Judge X", "celebrated Mass for 60,000 people", "gave an interview to ORF"
    + ONE_BEFORE_MANY + "|"
    # a ceremony by its deed: "is due to lay a wreath at a memorial", "is scheduled to read alongside X"; findings
    # presented to a body: "presented his survey to the parish council"
    + CEREMONY + "|" + PRESENTED_TO + "|"
    + INTERVIEW_GIVEN + r"\s+(?:to|with)|"
    # a news conference in other words, questions put in person: "Facing the press on Tuesday, X fielded ..."
    + PRESS + "|"
    # what is told or shown at a gathering it names as new: "confirmed the figure at a Senate estimates hearing",
    # "will present the first data to colleagues at a workshop in Sendai"
    r"(?:at|during)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:news\s+conference|press\s+conference|hearing|briefing|ceremony|gala|"
    r"rally|summit|workshop|seminar|symposium)\b|"
    # a host and the guests at a meal or a reception, and a journey on for one: "will host them at a reception",
    # "is expected to go on to Jakarta on Friday for a state dinner with X"
    r"host(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){1,4}?(?:at|for)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?" + MEAL + r"\b|"
    r"(?:go|goes|going|went|continu(?:e|es|ed|ing))\s+on\s+to\s+(?:[\w.'’-]+\s+){1,6}?for\s+(?:a|an|the)\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:meeting|summit|conference|session|ceremony|banquet|dinner|reception|talks)\b"
)


def attends_a_gathering(sentence: str) -> bool:
    """The sentence states, by its verb and the verb's object, that its subject took part in a gathering."""
    return bool(_ATTENDS.search(sentence))


# "X ... is a former Marine who visited ...": a relative clause on the complement of "to be" tells of the subject.
_COPULA_COMPLEMENT = re.compile(
    r"\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|now\s+|once\s+)?(?:a|an|the|one)\b[^,;:()]{0,60}$",
    re.IGNORECASE,
)
_RELATIVE = frozenset({"who", "that", "which"})
# A subject told by a description, which an apposition may name: "the chief executive, Andrew Lyle"; or by a part of
# a group: "One of them, Li Wen".
_DESCRIBED = re.compile(
    r"\s*(?:the|a|an)\s+[a-z]|\s*(?:(?-i:[A-Z])[\w.-]*\s+){0,3}(?-i:[A-Z])[\w.-]*['’]s\s+[a-z]|"
    r"\s*(?:one|two|three|some|several|many|most|each|either|neither|another)\s+of\s+(?:them|us|those|these|the)\b",
    re.IGNORECASE,
)
_GERUND_AFTER = re.compile(r"\b(?:" + word_pattern(GERUND_OPENERS) + r")\s+$", re.IGNORECASE)
# Nothing, or a dateline only, before a word: "BELGRADE — Arriving in ...".
_DATELINE_ONLY = re.compile(r"\s*(?:(?-i:[A-Z])[A-Z .'’-]+\s*[—–-]+\s*)?$")
# A verb joined by "and" to the verb of a relative "who" in the same clause: "who left the ice early and flew".
_JOINED_TO_WHO = re.compile(r",\s*(who)\s+[^,;:()]{1,80}\band\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# The name a relative "who" stands for, after an apposition that describes it: "Takeda Haruka, a geochemist at the
# institute, who ..."; "Ann Lund, who ...".
_NAMED_ANTECEDENT = re.compile(
    r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)\s*,\s*(?:(?:a|an|the)\s+[^,;:()]{1,80},\s*)?$"
)


# A journey's noun as the complement of "be on": "X is currently on a week-long swing through West Africa".
_ON_A_JOURNEY = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?on\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The subject after its verb, when the journey opens the sentence: "Bound for Austria on July 15 is the full
# first-team squad, which ...", "Bound for Riga on Wednesday is the Chief of the Defence Staff, General X, who".
_INVERTED = re.compile(r"\s(?:is|are|was|were|will\s+be)\s+(?P<who>[^;:()]+?)(?=,?\s+(?:which|who)\b|[;:.]|$)")


def travel_subject(sentence: str, cue: re.Match[str]) -> tuple[int, int] | None:
    """The span of the subject of a travel word: read by the grammar, or the subject of "be" when the journey is
    its complement ("X is on a tour of"), or the subject after "be" when the journey opens the sentence ("Bound
    for Austria is the squad")."""
    span = subject_before(sentence, cue.start())
    if span is None and (on := _ON_A_JOURNEY.search(sentence, 0, cue.start())) is not None:
        span = subject_before(sentence, on.start())
    if span is None and cue.group().casefold().startswith("bound") and not sentence[: cue.start()].strip(" \"“‘'"):
        inverted = _INVERTED.search(sentence, cue.end())
        span = inverted.span("who") if inverted is not None else None
    if span is None and cue.group().split()[0].casefold().endswith("ing") and _DATELINE_ONLY.match(sentence[: cue.start()]):
        # "Arriving in Belgrade on Tuesday night, the squad went straight to ...": a participle opening the sentence
        # tells of the main clause's subject
        comma = sentence.find(",", cue.end())
        verb = MAIN_VERB.search(sentence, comma + 1) if comma > 0 else None
        span = subject_before(sentence, verb.start()) if verb is not None else None
        if span is not None and sentence[comma + 1 : span[0]].strip():
            span = None  # the subject right after the participle's clause, not one of a later clause
    if span is None and _GERUND_AFTER.search(sentence, 0, cue.start()) and cue.group().split()[0].endswith("ing"):
        # "X was received by Y within hours of landing", "The squad will spend four days in Pilar before making
        # the trip to Tucumán": a gerund after a preposition has no subject of its own; it tells of the clause's
        span = first_clause_subject(sentence, cue.start())
    return span


def is_travel_subject(sentence: str, name: str) -> bool:
    """True when ``name`` stands in the subject of a travel word, however far from it.

    The subject is read by the grammar (:func:`~summarizer.text.subject.subject_before`), across
    appositions and relative clauses ("Hunter, a Republican from California who ..., flew to"); a
    relative "who" after the complement of "to be" takes that verb's subject ("Hunter ... is a former
    Marine who visited the front lines": Hunter visited).
    """
    for cue in cue_matches(TRAVEL_CUE, sentence):
        span = travel_subject(sentence, cue)
        joined = _JOINED_TO_WHO.search(sentence, 0, cue.start()) if span is None else None
        if joined is not None:  # "..., who left the ice early and flew back": the verb's subject is that "who"
            span = joined.span(1)
        if span is not None and sentence[span[0] : span[1]].lower() in _RELATIVE:
            named = _NAMED_ANTECEDENT.search(sentence, 0, span[0])
            copula = _COPULA_COMPLEMENT.search(sentence, 0, span[0])
            # "led by Takeda Haruka, a geochemist at X, who flew back": the name the apposition describes
            span = named.span(1) if named else (subject_before(sentence, copula.start()) if copula else None)
        # The head of the subject, before any apposition: "Hunter, a Republican who backed Trump" is Hunter; a
        # description's name is its apposition: "the Chief of the Defence Staff, General Elaine Fortier".
        parts = sentence[span[0] : span[1]].split(",") if span is not None else []
        heads = parts[:2] if parts and _DESCRIBED.match(parts[0]) else parts[:1]
        if span is not None and sentence[span[0]].islower() and (named := _NAMED_ANTECEDENT.search(sentence, 0, span[0])):
            # an apposition without its article, after the name: "Harriet Quill, polar programme director at X, ..."
            heads.append(named.group(1))
        if any(occurrences(part, name.split()[-1]) for part in heads):
            return True
    return False


def occurrences(sentence: str, phrase: str) -> list[tuple[int, int]]:
    """(start, end) of every place the sentence writes ``phrase`` (case-insensitive), as whole words."""
    if not phrase.strip():
        return []
    rx = re.compile(r"(?<!\w)" + re.escape(phrase.strip()) + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in rx.finditer(sentence)]


# "from Paris", and the object of a verb of leaving: "left Paris", "fled Aleppo", "departed Tokyo for Seoul".
_ORIGIN = re.compile(
    r"\b(?:from|left|leave|leaves|leaving|fled|flee|flees|fleeing|departed|departs|departing|quit|quits|"
    r"escaped|evacuated|exited)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The place come back from, where the journey went: "returned on Monday from Vessary, where she sat in on", "got back
# from Oslo" (a trip there, done).
_CAME_BACK_FROM = re.compile(
    r"\b(?:return(?:s|ed|ing)?|back)\s+(?:(?:on|last|this|early|late|earlier)\s+\w+\s+|\w+day\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# What a verb of travel goes to, right after it: "flew into Lisbon", "flying back to Shanghai", "headed home to Lagos".
_COMPLEMENT = re.compile(
    r"(?P<to>\s+(?:back\s+|home\s+|on\s+|out\s+|onward\s+|straight\s+)?(?:to|into|for))?\s+"
    r"(?P<place>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})",
    re.IGNORECASE,
)


def travel_complement(sentence: str) -> str | None:
    """The place a verb of travel goes to, as the words right after it write it ("who flew into Lisbon late on
    Monday" -> "Lisbon", "before flying back to Shanghai" -> "Shanghai"): the longest run of its capitalised words,
    from the first, that the gazetteer knows (after a preposition any town of the world's, else the built-in
    table's places); None when no verb of travel has one."""
    for cue in cue_matches(TRAVEL_CUE, sentence):
        m = _COMPLEMENT.match(sentence, cue.end())
        if m is None:
            continue
        words = m.group("place").rstrip(".,;:'’").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(".,;:'’")
            # an object without a preposition may be a person ("visited Martin"): only the built-in table's places
            known = is_known_destination(name) if m.group("to") or cue.group(0).rstrip().endswith(("to", "into", "for")) \
                else is_known_place(name)
            if known and not only_as_origin(sentence, name):
                return name
    return None


def only_as_origin(sentence: str, place: str) -> bool:
    """Every mention of ``place`` in the sentence follows 'from' or a verb of leaving ('left Paris'): where a
    journey starts, not where it goes (a place come back from is where it went: 'returned on Monday from Oslo')."""
    found = occurrences(sentence, place)
    return bool(found) and all(
        _ORIGIN.search(sentence[max(0, s - 16) : s]) and not _CAME_BACK_FROM.search(sentence[max(0, s - 40) : s])
        for s, _ in found
    )


# "in Geneva", "at the Kremlin": a preposition of place, then the place; "in Kyiv, Ukraine": a city, then its
# country (only a country: "In Washington, Obama said" names a person after the comma).
# (people from a place are of it, a party: "a delegation from Djibouti", "officials from Kenya")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|(?<!delegation\s)(?<!delegations\s)(?<!officials\s)(?<!envoys\s)(?<!envoy\s)"
    r"(?<!team\s)(?<!ministers\s)(?<!representatives\s)from)\s+(?:the\s+)?$|"
    # a place told as one by its noun: "in the city of Ascoli Piceno", "the province of Hebei"
    r"\b(?:city|town|village|province|region|district|port|island|county|municipality|state)\s+of\s+$",
    re.IGNORECASE,
)
_CITY_COMMA = re.compile(
    r"\b(?:in|at|near|outside|inside|from)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}?(?-i:[A-Z])[\w'’.-]*,\s+$",
    re.IGNORECASE,
)


def only_as_location(sentence: str, name: str) -> bool:
    """Every mention of ``name`` in the sentence follows a preposition of place ('talks in Geneva'):
    the place of the event, not a party to it."""
    from summarizer.text.places import country_code

    found = occurrences(sentence, name)
    country = country_code(name) is not None
    return bool(found) and all(
        _LOCATIVE.search(sentence[max(0, s - 28) : s]) or (country and _CITY_COMMA.search(sentence[max(0, s - 40) : s]))
        for s, _ in found
    )


def trip_mode(sentence: str) -> TripMode:
    """'virtual' when the sentence says so; 'in_person' for a plain visit; else 'unknown'."""
    if _VIRTUAL.search(sentence):
        return "virtual"
    if is_trip_candidate(sentence):
        return "in_person"
    return "unknown"


def event_status(sentence: str) -> TripStatus:
    """planned / cancelled / under_way / completed, from modal and tense words; 'unknown' when none."""
    if _CANCELLED.search(sentence):
        return "cancelled"
    if _PLANNED.search(sentence):
        return "planned"
    if _UNDER_WAY.search(sentence):
        return "under_way"
    if _PAST.search(sentence):
        return "completed"
    return "unknown"


def is_reported_only(sentence: str) -> bool:
    """True when the sentence attributes the event to reports rather than stating it."""
    return bool(_REPORTED.search(sentence))
