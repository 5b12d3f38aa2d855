"""Who a meeting joins when the model's yes names fewer than two (:func:`one_party_meets`, :func:`unnamed_party`):
the subject of the clause that tells of a gathering, found by name, by a possessive, by a title with its nation or as
written (:func:`subject_person`); the people of a gathering called off by its noun (:func:`called_off_people`); a side
the sentence only describes, as a participant the model gave (:func:`described_side`) or as the object of a meeting
word (:func:`described_object`)."""

from __future__ import annotations

import re

from summarizer.extract.run import ArticleRun
from summarizer.text.bodies import ORG_WORDS
from summarizer.text.contact import national_title
from summarizer.text.coref import antecedent, source_described
from summarizer.text.events import (
    COLLECTIVE,
    GATHERING,
    MEETING_CUE,
    PRESS_MET,
    SIDE_NOUN,
    VISITING,
    cue_matches,
)
from summarizer.text.lexicon import (
    COMPANY_NOUNS,
    PERSON_TITLES,
    PRONOUNS,
    agent_plural,
    word_pattern,
)
from summarizer.text.modality import noun_called_off
from summarizer.text.movement import main_subject, names_a_person
from summarizer.text.names import appears_in
from summarizer.text.participants import clean_participant, is_bare_title, is_group, is_place_name
from summarizer.text.sentences import Sentence
from summarizer.text.surnames import named_at, surname_table

__all__ = ["called_off_people", "described_object", "described_party", "described_side", "described_subject", "gathering_called_off", "one_party_meets", "subject_person", "unnamed_party"]


def one_party_meets(sentence: str, participants: list[str]) -> bool:
    """One named party makes a meeting: at a gathering, several of one kind meeting among themselves, one visiting or
    meeting people of a population ("visited the injured officers", "met with the families of the victims") or a
    side the sentence only describes ("briefed the supervisory board", "talks with union officials"), the press aside
    ("told reporters" is no meeting), or a gathering called off by its noun."""
    return bool(
        GATHERING.search(sentence) or COLLECTIVE.search(sentence) or cue_matches(VISITING, sentence)
        or cue_matches(PRESS_MET, sentence) or any(described_side(p, sentence) for p in participants)
        or described_object(sentence) or described_subject(sentence) or gathering_called_off(sentence) is not None
    )


def unnamed_party(run: ArticleRun, sent: Sentence) -> list[str]:
    """Who a meeting that one party makes joins when the model named nobody: the people of a gathering called off by
    its noun ("A forum at which X was to speak was called off"), else the subject of the clause of the gathering."""
    table = surname_table(run.index.people.values())  # by the surname, written last or, as in "Park Ji-hoon", first
    called_off = called_off_people(run, sent, table)
    if called_off is not None:
        return called_off
    return subject_person(run, sent, table) or _named_with(run, sent, table)


def _named_with(run: ArticleRun, sent: Sentence, table: dict[str, set[str]]) -> list[str]:
    """The person a meeting word's 'with' or a passive's 'by' names, when its subject names no one ("the project's
    funders will hold a video briefing with Marsh", "the students will be greeted by the provost, Nils Borka")."""
    for cue in cue_matches(MEETING_CUE, sent.text):
        # or the agent of a passive ("will be greeted by the provost, Nils Borka")
        side = (_AGENT_SIDE if cue.group(0).casefold().endswith(" by") else _WITH_SIDE).match(sent.text, cue.end())
        found = named_at(side.group(0), table) if side else []
        if found:
            return [found[0][1]]
    return []


_AGENT_SIDE = re.compile(r"[^;:()]{1,60}")
# A meeting word's 'with' and the words after it, up to the next punctuation: " with Marsh from the ship's bridge".
_WITH_SIDE = re.compile(r"(?:\s+(?:[\w'’-]+\s+){0,2}?(?:call|calls|meeting|session|briefing|talks))?\s+with\s+[^,;:()]{1,60}")


def subject_person(run: ArticleRun, sent: Sentence, table: dict[str, set[str]]) -> list[str]:
    """The person the sentence names first, before the first meeting word that has one before it: the subject of
    the clause that tells of the gathering ("Richard Holbrooke, the envoy, listens during a news conference"); by
    the surnames of ``table`` (:func:`summarizer.text.surnames.surname_table`)."""
    cues = cue_matches(MEETING_CUE, sent.text)
    starts = [c.start() for c in cues] or [len(sent.text)]
    # the first meeting word with a person named before it: a word of the subject's own title is no event ("The
    # unions' chief negotiator, Dirk Peeters, who had travelled to Hamburg for a conference")
    for first_cue in starts:
        found = named_at(_clause_before(sent.text, first_cue), table)
        if found:
            return [found[0][1]]
    before = _clause_before(sent.text, starts[0])
    owner = _OWNER_BEFORE.search(before)
    if owner:  # "Her planned briefing with fire investigators": whom the possessive stands for
        person = antecedent(sent.start, run.visible, run.index, pronoun=_OWNER_PRONOUN[owner.group(1).casefold()])
        return [person] if person else []
    # one the article's index does not hold as a person ("Francis will address", "Harry is due to attend"), or
    # several of one kind ("Leaders of the Group of Seven are due to hold a summit"): the subject as written
    among = COLLECTIVE.search(sent.text) is not None
    who = main_subject(before) or main_subject(sent.text[: cues[0].end()] if cues else "")  # the cue a verb: "celebrated"
    described = (source_described(who, sent.start, run.visible, run.index) or run.index.by_title(who, sent.start)
                 if who[:4].casefold() == "the " and not among else None)
    if described:
        return [described]  # "The 38-year-old princess is also due to be guest of honour at a reception"
    national = who[:4].casefold() == "the " and national_title("the" + who[3:], 0) is not None  # "The Vietnamese leader"
    if who and (names_a_person(who) or among or is_bare_title(who) or national) and not is_place_name(who):
        return [who]  # a title ("The coach is also due to fly to Madrid for a hearing") is its holder, resolved
    if who.casefold() in ("he", "she"):  # "Speaking at a news conference in X, he pledged": whom 'he' stands for
        person = antecedent(sent.start, run.visible, run.index, pronoun=who)
        return [person] if person else []
    body = before.strip(" ,")  # "The city council held a public hearing": the body, its subject before the verb
    return [body] if among and 0 < len(body.split()) <= 5 and "," not in body else []


def called_off_people(run: ArticleRun, sent: Sentence, table: dict[str, set[str]]) -> list[str] | None:
    """The people of a gathering the sentence calls off by its noun, as its phrase names them ("A community forum at
    which Ruiz was to take questions has been called off") or a pronoun in it stands for ("A news conference she had
    been scheduled to give ... was cancelled"); None when the sentence calls off no gathering by its noun."""
    end = gathering_called_off(sent.text)
    if end is None:
        return None
    phrase = sent.text[:end]  # the noun's phrase and its predicate, not who reports it after
    found = named_at(phrase, table)
    pronoun = _PHRASE_PRONOUN.search(phrase)
    if pronoun and not any(at < pronoun.start() for at, _ in found):
        word = pronoun.group(0).casefold()
        if person := antecedent(sent.start, run.visible, run.index, pronoun=_OWNER_PRONOUN.get(word, word)):
            found.insert(0, (pronoun.start(), person))
    return list(dict.fromkeys(p for _, p in found))


def gathering_called_off(sentence: str) -> int | None:
    """Where the predicate ends that calls off a meeting word, a noun, as its subject ("A second debate between the
    pair ... was called off"); None when none is."""
    return next((end for cue in cue_matches(MEETING_CUE, sentence) if (end := noun_called_off(sentence, cue))), None)


_PHRASE_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)


def _clause_before(sentence: str, cue_at: int) -> str:
    """The words before the meeting word at ``cue_at`` that can name its subject: after the comma of a clause or
    phrase set before the main one whose subject is a pronoun or the cue itself ("As she entered a meeting of
    ministers, Ada Moss said ...", "Facing the press on Tuesday, X fielded ...")."""
    before = sentence[:cue_at]
    opening = sentence[: max(sentence.find(","), 0)]
    fronted = cue_at < len(opening) and _FRONTED_CLAUSE.match(opening) is not None
    if _FRONTED_PRONOUN.match(before) or _FRONTED_CLAUSE.match(before) or fronted:
        comma = sentence.find(",", cue_at)
        return sentence[comma + 1 :] if comma > 0 else ""
    return before


# A possessive opening the sentence's meeting phrase: "Her planned briefing with ...", "His talks with ...".
_OWNER_BEFORE = re.compile(r"^\W*(his|her)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$", re.IGNORECASE)
_OWNER_PRONOUN = {"his": "he", "her": "she"}


# A subordinate clause with a pronoun subject opening the sentence: "As she entered ...", "When he arrived ...".
_FRONTED_PRONOUN = re.compile(r"\W*(?:As|When|While|After|Before|Once|Until)\s+(?:he|she|they)\b[^,]*$")
# A participle clause opening the sentence: "Speaking at a news conference in the compound, he pledged ...", and a
# phrase of place or time: "At a rally outside the courthouse, she told several hundred supporters ...".
_FRONTED_CLAUSE = re.compile(
    r"\W*(?:(?-i:[A-Z])[a-z]+ing\b|(?:At|During|After|Before|Following)\s+(?:a|an|the|his|her|their)\b)[^,]*$"
)


_PRESS = re.compile(r"\b(?:reporters?|journalists?|press|media|correspondents?|newsmen|cameras?)\b", re.IGNORECASE)


def described_side(phrase: str, sentence: str) -> bool:
    """The phrase is a side of a meeting that the sentence writes by description, not by name ('the committee',
    'officials', 'the board', "the hospital's night staff"): no name, no bare title for the index to resolve, no
    pronoun, not the press."""
    phrase = phrase.strip()
    return (
        bool(phrase) and (clean_participant(phrase) is None or is_group(phrase)) and not is_bare_title(phrase)
        and phrase.casefold() not in PRONOUNS and not _PRESS.search(phrase) and appears_in(phrase, sentence)
    )


# People told by their relation to a possessor: "his counterpart", "her client", "their hosts", "his Quendran
# counterpart", "her Norlish opposite number".
_RELATIONAL = (r"counterparts?|opposite\s+numbers?|clients?|lawyers?|attorneys?|boss|employers?|hosts?|deputy|successor|"
               r"predecessor")
_OWNED = r"(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?-i:" + _RELATIONAL + ")"


# The phrase a meeting word takes as its other side, by a determiner and lower-case words, up to the next
# punctuation or preposition: "spoke to the players by video link", "was summoned to the foreign ministry".
_OBJECT_PHRASE = re.compile(
    # a time, a place or a means may stand between the word and its side: "met on Monday with", "spoke in Leeds
    # to", "a call late that evening with", "conferred by radio with"
    r"(?:\s+(?:call|calls|meeting|session|briefing))?(?:\s+(?:(?:on|in|at|late|early|last|this|next|over)\s+(?:the\s+)?[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]*|"
    r"\s+(?:\w+\s+)?(?:morning|afternoon|evening|night|week|day))?|by\s+(?:phone|telephone|radio|video(?:\s+link)?)|"
    r"in\s+person|privately|there|here|again|also)(?=\s+(?:with|to)\b))?"
    r"\s+(?:(?:with|to|by)\s+)?(?P<np>(?:the|a|an|his|her|their|its)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}?"
    r"(?-i:[a-z])[\w'’-]*|"
    # one whom the possessor's relation to them tells: "his Quendran counterpart", "her client"
    + _OWNED + "|"
    # a number of them, maybe about: "will see roughly forty imams", "met some 30 growers"
    r"(?:(?:about|some|roughly|around|nearly|almost|more\s+than|at\s+least|over)\s+)?(?:\d[\d,]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|a\s+dozen|dozens\s+of|scores\s+of|"
    r"hundreds\s+of|several)\s+(?:[\w'’-]+\s+){0,2}?(?-i:[a-z])[\w'’-]*s|"
    # a plural without a determiner after 'with' or 'to': "talks with union officials", "met with Chinese officials"
    r"(?<=\bwith\s)(?:[\w'’-]+\s+){0,2}?(?-i:[a-z])[\w'’-]*s|(?<=\bto\s)(?:[\w'’-]+\s+){0,2}?(?-i:[a-z])[\w'’-]*s)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|in|at|for|from|by|to|about|over|who|that|and|after|before|"
    r"during|via|last|this|next|early|late)\b)",
    re.IGNORECASE,
)


# The head of a described side: people by what they do or hold (a title's plural: "the bishops"), a body they sit
# on, an organisation ("the foreign ministry"), or a noun of people or a company of them.
_PEOPLE_NOUNS = (
    "police", "crew", "crowd", "audience", "community", "clergy", "colleagues", "counterparts", "allies", "aides",
    "victims", "hostages", "detainees", "inmates", "citizens", "locals", "youths", "elders", "veterans", "troops",
    "pilots", "athletes", "teammates", "squad", "nurses", "women", "men", "relatives", "friends", "priests",
    "monks", "nuns", "chiefs", "families", "tribes", "clans", "congregation", "faithful", "public",
)
_SIDE_HEAD = re.compile(
    SIDE_NOUN + "|" + "|".join(sorted({*ORG_WORDS, *_PEOPLE_NOUNS, *(t + "s" for t in PERSON_TITLES)})), re.IGNORECASE
)


def described_object(sentence: str) -> bool:
    """A meeting word's other side is people the sentence only describes ("He spoke to the players by video link",
    "was summoned to the foreign ministry"): one party named meets them, as at a gathering (see
    :func:`described_side`). What is discussed is a topic, not a side ("discussed the matters")."""
    for cue in cue_matches(MEETING_CUE, sentence):
        m = _OBJECT_PHRASE.match(sentence, cue.end())
        if m is None or (_DISCUSS_VERB.fullmatch(cue.group(0)) and not _WITH.search(m.group(0), 0, m.start("np") - cue.end())):
            continue
        phrase = m.group("np")
        head = phrase.split()[-1]
        # people of a kind, by their plural ("union officials", "Chinese officials", "the ministers"), or a side
        # the sentence describes (a body: "the foreign ministry")
        plural = head.casefold().endswith("s") and not _PRESS.search(phrase)
        related = _OWNED_RELATION.fullmatch(phrase) is not None  # "his Quendran counterpart"
        if related or (_SIDE_HEAD.fullmatch(head) and (plural or described_side(phrase, sentence))):
            return True
    return False


_OWNED_RELATION = re.compile(_OWNED, re.IGNORECASE)
# The verb of discussing takes its topic as object ("discussed the matters"), a side after "with" ("discussions with
# civil servants", "discussed it with the ministers").
_DISCUSS_VERB = re.compile(r"discuss(?:es|ed|ing)?", re.IGNORECASE)
_WITH = re.compile(r"\bwith\b", re.IGNORECASE)


def described_subject(sentence: str) -> bool:
    """People the sentence only describes, the subject of a verb of meeting ("the oarsmen met Governor Pell Amsker",
    "Analysts from the two treasuries will convene", "The crew will meet the flight director"): one party named meets
    them, as a described object (see :func:`described_object`)."""
    opening = re.match(r"\W*", sentence)
    first = opening.end() if opening else 0  # where the sentence's first word starts
    at = 0
    while m := _SUBJECT_SIDE.search(sentence, at):
        at, head = m.start() + 1, m.group("head")  # every start: "Ahead of the regatta the oarsmen met"
        if head[0].isupper() and (m.start("head") != first or not m.group("of")):
            continue  # a name ("Peters met"); a capital only opening the sentence, of people from somewhere ("Analysts
            # from the two treasuries will convene")
        people = (_SIDE_HEAD.fullmatch(head) and head.casefold().endswith("s")) or _COMPANY.fullmatch(head)
        if people and not _PRESS.search(head):
            return True
    return False


# A subject of described people before a verb of meeting: a determiner, a number or the sentence's start, up to
# three modifiers, the head, its 'of' or 'from' phrase, then auxiliaries and adverbs.
_SUBJECT_SIDE = re.compile(
    r"(?:^\W*|,\s+|\b(?:the|some|several|two|three|four|five|\d+)\s+)(?:(?-i:[a-z])[\w'’-]*\s+|(?-i:[A-Z])[a-z]+(?:an|ese|ish|i)\s+"
    r"(?:and\s+(?-i:[A-Z])[a-z]+\s+)?){0,3}?(?P<head>[\w'’-]+)(?P<of>\s+(?:of|from)(?:\s+[\w.'’-]+){1,5}?)?"
    r"\s+(?:(?:\w+ly|also|will|would|had|have|has|later|then|are\s+to|were\s+to|are\s+due\s+to|were\s+due\s+to)\s+)*"
    r"(?:met|meet|conferred|convened|convene|huddled|talked\s+with|spoke\s+with|sat\s+down\s+with|"
    # received by someone: "the students will be greeted by the provost"
    r"(?:be|been|being|was|were)\s+(?:(?:\w+ly|then|also|later|first)\s+)?(?:received|welcomed|greeted|hosted))\b",
    re.IGNORECASE,
)
# A company of people by its collective noun: "the crew", "the choir".
_COMPANY = re.compile(word_pattern((*COMPANY_NOUNS, "cast", "jury", "group", "visitors")) + r"|\w*(?:men|women|folk)",
                      re.IGNORECASE)


# The head of a plural of people by what they do or are to others: "porters", "parents", "growers", "residents".
_PEOPLE_PLURAL = re.compile(agent_plural() + r"|parents|people|children|pupils|staff")


def described_party(participants: list[str], sentence: str) -> list[str]:
    """The people the model gave that the sentence only describes, as written, when they are people of a kind ("The
    crew's parents", "some forty porters from the depot"): the party of a gathering with no named one."""
    found = []
    for p in participants:
        head = re.sub(r"\s+(?:of|from|at|in)\s.*$", "", p.strip()).split()[-1:] if p.strip() else []
        people = bool(head) and (bool(_SIDE_HEAD.fullmatch(head[0])) or bool(_PEOPLE_PLURAL.fullmatch(head[0])))
        written = re.search(re.escape(p.strip()), sentence, re.IGNORECASE) if people else None
        if written is not None and described_side(p, sentence):  # (which leaves the press out)
            found.append(written.group(0))  # as the sentence writes it
    return found[:2]
