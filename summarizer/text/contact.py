"""Contact between two people the wording states by its verb, its subject and its object: "Sato hosted South
Korean President Min Park", "Lund will meet Ivan Petrov in Geneva", "Ruiz held talks with Erik Dahl"."""

from __future__ import annotations

import re

from summarizer.text.events import AGREEMENT_WITH
from summarizer.text.lexicon import MONTHS, WEEKDAYS
from summarizer.text.movement import ON_SCHEDULE, first_conjunct, main_subject, named_subject, names_a_person
from summarizer.text.nationality import demonym
from summarizer.text.occasions import MEAL
from summarizer.text.participants import AGE, is_bare_title, is_group, is_place_name
from summarizer.text.subject import first_clause_subject, subject_before

__all__ = ["national_title", "stated_contact"]

_VERB = re.compile(
    r"\b(?:(?:will|would|(?:is|are|was|were)\s+" + ON_SCHEDULE + r")\s+(?:meet|host|welcome|greet|hold\s+talks|"
    r"play\s+host\s+to|sit\s+down|confer|talk|speak|dine|pay\s+a\s+(?:[\w-]+\s+)?call\s+on)|met|play(?:ed|s)\s+host\s+to|"
    r"meets|hosted|hosts|welcomed|welcomes|"
    r"greeted|greets|(?:held|holds|hold|have|has|had|having)\s+(?:talks|a\s+bilateral(?:\s+meeting)?)|sat\s+down|(?:spoke|talked)(?:\s+by\s+(?:tele)?phone)?|conferred|"
    r"received|receives|briefed|pa(?:id|ys)\s+a\s+(?:[\w-]+\s+)?call\s+on|din(?:ed|es)|lunched|"
    r"(?:had|has)\s+(?:a\s+)?(?:[\w-]+\s+)?" + MEAL + r"|granted\s+an\s+audience\s+to|"
    # on a call with someone: "the minister had been on a video call with Samuel Otieno"
    r"(?:was|were|is|are|(?:had|has|have)\s+been|will\s+be)\s+on\s+(?:a|an)\s+(?:[\w-]+\s+)?call\s+with|"
    # an audience given to the subject: "he was granted a private audience with the Pope"
    r"(?:was|were)\s+granted\s+(?:a|an)\s+(?:[\w-]+\s+)?audience\s+with|"
    # signing an agreement with someone (stated only when the object is named with a title, see stated_contact)
    r"(?P<signed>sign(?:ed|s)\s+" + AGREEMENT_WITH + r")|"
    # a meeting called off, by its noun: "called off talks with Omar Haddad", "postponed a summit with"
    r"(?:called\s+off|calls\s+off|cancel(?:l?ed|s)|postponed|postpones|scrapped|put\s+off)\s+(?:(?:a|an|the|his|her|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:talks|meeting|summit)\s+with|"
    # joining someone at a gathering: "will join Clinton for a final rally"
    r"join(?:s|ed)?(?=\s+(?:[\w.'’-]+\s+){1,3}?(?:for|at)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:rally|" + MEAL + r"|"
    r"meeting|summit|ceremony|news\s+conference)))"
    # a day or an adverb of place or time between the verb and its partner: "sat down on Monday afternoon with", "met
    # Tuesday with", "is due to have talks there with"
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:" + "|".join(WEEKDAYS) + r"|today|yesterday)(?:\s+(?:morning|afternoon|evening|"
    r"night))?)?(?:\s+(?:there|here|again|also|then|later|privately|jointly))?\s+(?:with\s+)?",
    re.IGNORECASE,
)
# The passive, the other party its agent: "she was briefed by regional health director Samuel Okemaw", "was
# received at the ministry by junior minister Philip Carrow-Best".
_PASSIVE = re.compile(
    r"\b(?:was|were|(?:is|are|was|were)\s+" + ON_SCHEDULE + r"\s+be|will\s+be)\s+(?:\w+ly\s+|later\s+|also\s+|then\s+|first\s+)?"
    r"(?:briefed|received|hosted|welcomed|greeted)\s+"
    r"(?:(?!by\b)[\w'’.-]+\s+){0,6}?by\s+",
    re.IGNORECASE,
)
# A gathering shared with someone: "flew to Philadelphia for a rally with pop star Katy Perry". The subject of
# the main clause attends it with them.
_SHARED_GATHERING = re.compile(
    r"\b(?:for|at|during|after)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:rally|meeting|" + MEAL + r"|"
    r"summit|news\s+conference)\s+with\s+",
    re.IGNORECASE,
)
# The object: titles and adjectives of nationality, then a name ("South Korean President Min Park", "the Iraqi
# foreign minister, Ali Hamid" is left to the model), a run of capitalised words; or a title alone ("the
# pontiff"), or 'him' or 'her' in a clause that 'where' adds to a journey ("flew to Washington, where Biden
# hosted him").
_OBJECT = re.compile(
    r"(?P<title>the(?:\s+(?!(?:at|in|on|of|for|from|to|with|near|outside|during|after)\b)(?-i:[a-z])+){1,3}+)\b"
    r"(?!\s+(?-i:[A-Z]))|"
    r"(?:the\s+)?(?P<obj>(?:(?-i:[a-z])+\s+){0,3}?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*)|"
    r"(?P<pronoun>him|her)\b"
)
# A contact as the purpose of a journey or a plan, its subject the clause's: "she would drive to Nsuta on Thursday to
# sit down with Nana Kwaku Ampofo III", "the minister would fly to Darwin to hold talks with Chief Minister X".
_PURPOSE = re.compile(
    r"\bto\s+(?:meet(?:\s+with)?|sit\s+down\s+with|hold\s+talks\s+with|confer\s+with|talk\s+with|dine\s+with)\s+",
    re.IGNORECASE,
)
_WHERE = re.compile(r",\s+where\s+[^,;]*$")
_AND_BEFORE = re.compile(r"\band\s*$")
# A description, then the name in apposition: "his Australian counterpart, Kate Moss", "the mayor of Galway, Declan
# Moran".
_DESCRIBED_NAME = re.compile(
    r"(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?-i:[a-z])+(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+)?,\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]*)+)"
)
# A title with the nation it serves, no name after it: "the Norwegian ambassador", "the German foreign minister".
_NATIONAL = re.compile(r"the\s+(?P<nation>(?-i:[A-Z])[\w-]+)\s+(?P<words>(?-i:[a-z])+(?:\s+(?-i:[a-z])+){0,2})")
# A delegation by whom it is led: "received a delegation led by Senator Ann Cole".
_LED_BY = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission|team)\s+(?:led|headed)\s+by\s+(?:(?-i:[A-Z])[\w.]*\s+){0,2}?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’.-]*)+)"
)
# Two named people as the parties of a reciprocal verb or a meeting noun: "Duarte and Mendes shook hands", "Talks
# between Lars Holm and Amos Kiprono ended".
_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*"
_RECIPROCAL = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bbetween\s))(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}?(?P<a>" + _NAME + r")\s+and\s+(?P<b>" + _NAME
    + r")\s+(?:(?:have|had|will|would|are\s+to)\s+)?(?:met|meet|shook\s+hands|shake\s+hands|held\s+talks|hold\s+talks|"
    r"conferred|spoke|talked|exchanged\s+views|ended|began|resumed)\b"
)
_GOVERNED = re.compile(r"\b(?:of|for|on|about|over)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_ENDS_A_NOUN = re.compile(r"\b(?:ended|began|resumed)$")
# Two names joined by a hyphen before a meeting noun: "The Holm-Kiprono summit".
_HYPHENED = re.compile(
    r"\b(?P<a>(?-i:[A-Z])[a-z][\w'’]*)-(?P<b>(?-i:[A-Z])[a-z][\w'’]*)\s+(?:summit|talks|meeting|meetings|call)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:talks|meeting|meetings|summit|negotiations|discussions|call)\s+between\s+(?P<a>" + _NAME + r")\s+and\s+(?P<b>"
    + _NAME + r")",
    re.IGNORECASE,
)
# A meeting by its noun, with both parties: "Brandt's meeting with Kiprono on Tuesday lasted three hours".
_NOMINAL_CONTACT = re.compile(
    r"(?P<who>(?:\b(?-i:[A-Z])[\w'.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*)['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|call|conversation|" + MEAL + r"|session|briefing|summit)\s+with\s+"
)


_TIME_WORDS = frozenset(w.casefold() for w in (*WEEKDAYS, *MONTHS))
_PREPOSITIONS = frozenset(("in", "at", "on", "with", "from", "to", "of", "for", "near", "outside", "during", "after"))


def _person(phrase: str) -> str | None:
    """The phrase when it names a person: a name after its titles ("South Korean President Min Park", "Erik Dahl",
    "Clinton"), not a place, a body named after one, a nationality or a day ("Tokyo", "the Japan Society",
    "Monday")."""
    words = phrase.rstrip(".,;:").split()
    titles = [i for i, w in enumerate(words) if is_bare_title(w)]
    # after its titles, or after the words that describe it ("pop star Katy Perry")
    described = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    name = words[titles[-1] + 1 :] if titles else words[described:]
    if any(w.casefold() in _PREPOSITIONS for w in words[:described]):
        return None  # "met reporters in Tokyo": the capitalised words are where, not whom
    if not name or not names_a_person(" ".join(name)) or is_place_name(" ".join(name)):
        return None
    if len(name) == 1 and (name[0].strip(".,;:'’").casefold() in _TIME_WORDS or _a_place(name[0])):
        return None  # "met Tuesday with", "will meet in May", "met Tokyo officials"
    if not titles and (is_place_name(name[0]) or demonym(name[0])):
        return None
    return " ".join(words)


def _party(phrase: str) -> str | None:
    """A person as one side of a pair: as :func:`_person`, and a surname in -es ('Mendes', 'Jones'), which is
    no plural when coordinated with a name."""
    found = _person(phrase)
    if found is None and re.fullmatch(r"(?-i:[A-Z])[a-z]+es", phrase) and not _a_place(phrase) and not demonym(phrase):
        return phrase
    return found


def national_title(sentence: str, at: int) -> str | None:
    """'the Norwegian ambassador' at ``at``: a nation's adjective and the longest title for one person after it
    ('foreign minister', not the plural 'officials'), with no name following it ('the German chancellor Angela
    Merkel' is a name with its titles)."""
    found = _NATIONAL.match(sentence, at)
    if found is None or not demonym(found.group("nation")):
        return None
    words = found.group("words").split()
    for n in range(len(words), 0, -1):
        title = " ".join(words[:n])
        end = found.start("words") + len(title)
        if is_bare_title(title) and not title.endswith("s") and not re.match(r"\s+(?-i:[A-Z])", sentence[end:]):
            return sentence[found.start() : end]
    return None


def _a_place(word: str) -> bool:
    from summarizer.text.places import is_known_place

    return is_known_place(word.strip(".,;:'’"))


def _other(sentence: str, verb: re.Match[str]) -> str | None:
    """The person the verb of contact takes as its object, by name, by title, or by the pronoun of a 'where'
    clause that stands for the main clause's subject."""
    described = _DESCRIBED_NAME.match(sentence, verb.end()) or _LED_BY.match(sentence, verb.end())
    if described is not None:
        return described.group("name")  # "sat down with his Australian counterpart, Kate Moss"
    national = national_title(sentence, verb.end())
    if national is not None:
        return national  # "a courtesy call on the Norwegian ambassador": a title with its nation
    obj = _OBJECT.match(sentence, verb.end())
    if obj is None:
        return None
    if obj.group("title"):
        return obj.group("title") if is_bare_title(obj.group("title")) else None
    if obj.group("pronoun"):
        main = main_subject(sentence) if _WHERE.search(sentence, 0, verb.start()) else ""
        return main if main and names_a_person(main) else None
    if is_bare_title(obj.group(0).strip()):
        return obj.group(0).strip()  # a title written with its capital: "the Pope", "the President"
    return _person(obj.group("obj"))


def _named_object(sentence: str, at: int) -> str | None:
    """The person named (not by title or pronoun) in the noun phrase at ``at``."""
    obj = _OBJECT.match(sentence, at)
    return _person(obj.group("obj")) if obj is not None and obj.group("obj") else None


def _joined(sentence: str, verb: re.Match[str]) -> tuple[str, str] | None:
    """(the verb's subject, the other party after it) when the subject is a person by name, title, 'he' or 'she' and
    the other one is named or titled (:func:`_other`), or the subject a group of people described ("ACLJ counsel met
    with Trump", "Union leaders sat down with Mayor Ruiz") and the other one a person by name; None else."""
    span = subject_before(sentence, verb.start())
    if span is None:
        return None
    other = _other(sentence, verb)
    who = first_conjunct(named_subject(sentence, span))
    # an age is no name: "The 81-year-old pontiff was received by" is a title told again
    ageless = _AGE.sub("", who)
    described = ageless != who and ageless.casefold().startswith("the ") and ageless[4:].islower()  # "The 58-year-old painter"
    if other is not None and who and (names_a_person(ageless) or who.casefold() in ("he", "she") or is_bare_title(who)
                                      or described):
        return who, other
    if other is not None and is_group(who) and not is_bare_title(other) and names_a_person(other.split()[-1]):
        after = sentence[sentence.find(other, verb.end()) + len(other) :].split()[:1]
        if not is_group(" ".join([other, *after])):  # "met with Pelosi aides": a group again, no one by name
            return who, other
    return None


_AGE = re.compile(r"\b" + AGE + r"\s+")


def stated_contact(sentence: str) -> tuple[str, str] | None:
    """(the subject, the object) when a finite verb of contact joins two people by name or title, or a
    gathering is shared with someone named ("for a rally with Katy Perry"); None else."""
    for verb in _VERB.finditer(sentence):
        if sentence.startswith("by ", verb.end()):
            continue  # "is due to be received by": the passive, read below
        joined = _joined(sentence, verb)
        if joined is not None and verb.group("signed") and not any(is_bare_title(w) for w in joined[1].split()):
            continue  # "signed a deal with Microsoft": only one named with a title is surely a person
        if joined is not None:
            return joined
    for purpose in _PURPOSE.finditer(sentence):
        span = first_clause_subject(sentence, purpose.start())
        who = first_conjunct(named_subject(sentence, span)) if span else ""
        other = _other(sentence, purpose)
        if other is not None and who and (names_a_person(who) or who.casefold() in ("he", "she") or is_bare_title(who)):
            return who, other
    for passive in _PASSIVE.finditer(sentence):  # "she was briefed by ...": the agent is the other party
        if (joined := _joined(sentence, passive)) is not None:
            return joined
        if _AND_BEFORE.search(sentence, 0, passive.start()):
            # the second of two verbs of one subject: "Kriz flew to Berlin and was to be received by the chancellor"
            who, other = main_subject(sentence[: passive.start()]), _other(sentence, passive)
            if other is not None and who and names_a_person(who):
                return who, other
    for pair in (*_BETWEEN.finditer(sentence), *_RECIPROCAL.finditer(sentence), *_HYPHENED.finditer(sentence)):
        a, b = _party(pair.group("a")), _party(pair.group("b"))
        if pair.re is _BETWEEN and _GOVERNED.search(sentence, 0, pair.start()):
            continue  # "Talk of an early summit between Trump and Putin": what is spoken of, not held
        if a is not None and b is not None and not (pair.re is _RECIPROCAL and _ENDS_A_NOUN.search(pair.group(0))):
            return a, b
    for nominal in _NOMINAL_CONTACT.finditer(sentence):
        other = _named_object(sentence, nominal.end())
        if other is not None and names_a_person(nominal.group("who")) and not _a_place(nominal.group("who")):
            return nominal.group("who"), other
    for shared in _SHARED_GATHERING.finditer(sentence):
        other = _named_object(sentence, shared.end())
        who = main_subject(sentence[: shared.start()])
        if other is not None and who and names_a_person(who):
            return who, other
    return None
