"""What trips and meetings share in reading an answer: the names a sentence writes, who only reports the
event, one entity per person, and the status and dates the wording states."""

from __future__ import annotations

import re

from summarizer.extract.run import ArticleRun
from summarizer.schemas import Entity, TripStatus
from summarizer.text.attribution import find_attributions
from summarizer.text.coref import antecedent
from summarizer.text.cues import event_status, occurrences
from summarizer.text.events import MEETING_CUE, cue_matches
from summarizer.text.lexicon import EVENT_PAST_IRREGULAR, IRREGULAR_PAST, not_a_function_word
from summarizer.text.mentions import mentioned, named_in
from summarizer.text.modality import words_before
from summarizer.text.names import appears_in
from summarizer.text.participants import (
    clean_participant,
    has_anaphor,
    is_bare_title,
    is_group,
    refers_by_role,
    same_entity,
)
from summarizer.text.sentences import Sentence
from summarizer.text.surnames import named_at, surname_table

__all__ = [
    "distinct",
    "entity_phrases",
    "named_people",
    "only_in",
    "planned_start",
    "pronoun_referent",
    "record_status",
    "refers_back_to_someone",
    "reporting_sources",
]


def entity_phrases(run: ArticleRun, names: list[str], sent: Sentence) -> tuple[list[str], list[str]]:
    """(the phrases that name an entity, cleaned: 'and Norway' -> 'Norway', places and generic nouns out;
    the people that bare titles the sentence writes stand for: 'the secretary' -> the person the
    article last named with that title)."""
    out: list[str] = []
    titled: list[str] = []
    for name in names:
        cleaned = clean_participant(name)
        if cleaned is None and is_bare_title(name) and appears_in(name, sent.text):
            # kept as written: resolving it later gives the person, with the title as an alias
            titled.append(name.strip())  # a title no one named before holds is the person as written
        elif cleaned:
            # a group of people as the sentence writes it ("Staff officers from both armies", not the reply's case)
            written = re.search(re.escape(cleaned), sent.text, re.IGNORECASE) if is_group(cleaned) else None
            out.append(written.group(0) if written else cleaned)
    return list(dict.fromkeys(out)), titled


# A full name the sentence writes: two capitalised words in a row, the first no function word ("Sergei Lavrov", not
# "Since Putin").
_FULL_NAME = re.compile(r"\b" + not_a_function_word() + r"(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+")
_HE_SHE_HIS = re.compile(r"\b(?:he|she|his)\b", re.IGNORECASE)
# A population the sentence tells of, which a later 'they', 'their' or 'them' stands for ("people flee their homes").
_POPULATION = re.compile(
    r"\b(?:people|civilians|residents|families|children|men|women|refugees|migrants|villagers|protesters|"
    r"students|workers|fighters|soldiers|troops|crowds|passengers|survivors)\b",
    re.IGNORECASE,
)
_THEY_THEIR = re.compile(r"\b(?:they|their|them)\b", re.IGNORECASE)
# A reported clause with a subject of its own before its first word of contact ("that several parties are holding
# talks", "officials have met"): two words or more, not counting "that" and an article.
_OWN_SUBJECT = re.compile(r"\W*(?:that\s+)?(?:(?:the|a|an)\s+)?[\w'’.-]+\s+[\w'’.-]+\s+(?:[\w'’.-]+\s+)*?" + MEETING_CUE.pattern,
                          re.IGNORECASE)


def refers_back_to_someone(sentence: str, cue: re.Pattern[str]) -> bool:
    """The sentence refers back to someone named before it ('he', 'the two leaders') by the end of its
    last event word: a 'he' after every event word belongs to another clause ('shot at a rally by a
    gunman who said he ...'), and a 'he', 'she' or 'his' after a full name the sentence writes stands for
    that name ('Sergei Lavrov said ..., which he said ...'), as a 'they', 'their' or 'them' after a population
    stands for it ('people flee their homes')."""
    cues = cue_matches(cue, sentence)
    upto = sentence[: cues[-1].end()] if cues else sentence
    name = _FULL_NAME.search(upto)
    if name is not None:
        rest = _HE_SHE_HIS.sub(lambda m: " " * len(m.group(0)), upto[name.end() :])
        upto = upto[: name.end()] + rest
    crowd = _POPULATION.search(upto)
    if crowd is not None:
        upto = upto[: crowd.end()] + _THEY_THEIR.sub(lambda m: " " * len(m.group(0)), upto[crowd.end() :])
    return has_anaphor(upto) or refers_by_role(upto)


def named_people(names: list[str], sentence: str, context: str, cue: re.Pattern[str]) -> list[str]:
    """The names the sentence writes; those only its context writes count when the sentence refers
    back to someone before its event word, never for a sentence that names nobody it could mean."""
    in_sentence = [n for n in names if named_in(n, sentence)]
    if in_sentence or not refers_back_to_someone(sentence, cue):
        return in_sentence
    return mentioned(names, sentence, context)


# The pronouns a clause's subject may be (read as written in event_parts, at a clause's start in trip_records).
SUBJECT_PRONOUNS = r"(?:he|she|they|we|I)\b"
_SUBJECT_PRONOUN = re.compile(r"\b" + SUBJECT_PRONOUNS)
_INFINITIVE = re.compile(r"\s*to\s+(?!(?-i:[A-Z])|the\b|an?\b|his\b|her\b|their\b)[a-z]", re.IGNORECASE)
# A reported clause whose pronoun only confirms, denies, knows of or comments on the event, named by a noun with a
# determiner ("he was not able to confirm the trip reports", "she declined to comment on any talks"): the pronoun is
# the source, who tells of the event without taking part in it.
_ONLY_OF_EVENT = re.compile(
    r"\W*(?:that\s+)?" + SUBJECT_PRONOUNS + r"(?:\s+[\w'’]+){0,5}?\s+(?:confirm|den(?:y|ied|ies)|verify|verified|"
    r"comment|know|knew|aware|unaware|heard|hear)\w*(?:\s+(?:or|nor)\s+\w+)?(?:\s+(?:on|of|about))?\s+"
    r"(?:the|any|such|a|an|this|that|these|those|no)\s+(?:[\w'’-]+\s+){0,2}?$",
    re.IGNORECASE,
)


# The event word owned by a pronoun ("his trip to Oslo", "their talks"): the source's own event.
_OWNED = re.compile(r"\b(?:his|her|their|my|our)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def _refers_back(content: str, cue: re.Pattern[str]) -> bool:
    """The reported content tells of the source's own event: its pronoun is the event's subject (not one who only
    confirms or comments on it: "he could not confirm the trip"), or owns the event word ("said his trip")."""
    first = next(iter(cue_matches(cue, content)), None)
    before = content[: first.start()] if first is not None else content
    told_of = first is not None and _ONLY_OF_EVENT.match(before) is not None
    return bool(_SUBJECT_PRONOUN.search(content) and not told_of) or (first is not None and _OWNED.search(before) is not None)


def reporting_sources(
    sent: Sentence, cue: re.Pattern[str] = MEETING_CUE, forms: tuple[str, ...] = ("trailing", "according", "medial"),
    acts_outside: bool = False,
) -> list[tuple[int, int]]:
    """Where the sentence names the source that only reports an event ("Russia and Ukraine held talks, a
    Kremlin spokesman said"): the source of an attribution of one of ``forms`` (by default a closing, a medial or
    'according to' one) whose content holds the event word of ``cue`` and does not refer back to the
    source ("he met"). With ``acts_outside``, a source the sentence also gives an event word outside the content
    takes part ("After meeting Sato, Lund said the talks ..."). Offsets in the sentence."""
    sources = []
    for att in find_attributions(sent):
        if att.form not in forms or att.source_start < 0:
            continue  # "X told a meeting of ministers that ...": X, who addresses the meeting, takes part
        a, b = att.start - sent.start, att.end - sent.start
        content = sent.text[a:b]
        if acts_outside and any(m.start() < a or m.end() > b for m in cue_matches(cue, sent.text)):
            continue  # "After meeting Sato, Lund told reporters the talks ...": Lund met Sato before telling of it
        if acts_outside and not _OWN_SUBJECT.match(content):
            continue  # "Lund said talks with Park were useful": the event is the content's topic, maybe Lund's own
        # "Sato plans to travel to Moscow": an infinitive's subject is the source itself, who moves or meets
        if cue_matches(cue, content) and not _refers_back(content, cue) and not _INFINITIVE.match(content):
            src = att.source_start - sent.start
            sources.append((src, src + len(att.source)))
    return sources


def only_in(spans: list[tuple[int, int]], sentence: str, name: str) -> bool:
    """Every mention of ``name`` in the sentence lies inside one of ``spans`` (and there is one)."""
    found = occurrences(sentence, name)
    return bool(found) and all(any(s <= at and end <= e for s, e in spans) for at, end in found)


def distinct(entities: list[Entity]) -> list[Entity]:
    """One entity per person: 'Park Geun-hye' and 'President Park Geun-hye' are kept once (the fuller name)."""
    out: list[Entity] = []
    for e in entities:
        twin = next((o for o in out if same_entity(o.name, e.name)), None)
        if twin is None:
            out.append(e)
        elif len(e.name) > len(twin.name):
            out[out.index(twin)] = e
    return out


# The irregular pasts: of the event verbs, of the speech verbs, and a few more (not one that is also a present:
# 'put', 'set', 'read').
_IRREGULAR = "|".join(sorted(
    {*EVENT_PAST_IRREGULAR, *(f for forms in IRREGULAR_PAST.values() for f in forms)} - {"read"}
    | {"sat", "gave", "led", "brought", "began", "stood", "sent", "won", "lost", "kept", "heard", "ate", "wore"}
))
# An event word in the past form ("visited", "met", "sat down with").
_PAST_FORM = re.compile(rf"^(?:\w+ed|{_IRREGULAR})\b", re.IGNORECASE)
# Any verb in the past among other words: a regular '-ed' form in lower case, or an irregular past.
_ANY_PAST = re.compile(rf"\b(?-i:[a-z]{{2,}}ed)\b|\b(?:{_IRREGULAR})\b", re.IGNORECASE)


def record_status(sentence: str, mood: str, cue: re.Pattern[str]) -> TripStatus:
    """planned or cancelled as the clause says; for a fact, completed when its first event word is in the
    past ('visited Iraq and vowed the US would help'), else read from the whole sentence."""
    if mood in ("planned", "cancelled"):
        return mood  # type: ignore[return-value]
    cues = cue_matches(cue, sentence)
    if cues and _PAST_FORM.match(cues[0].group(0)):
        return "completed"
    status = event_status(sentence)
    if status == "unknown" and cues and _ANY_PAST.search(words_before(sentence, cues[0].start())):
        # a fact told in the past by the verb before its event word: "sat down with", "told a news conference"
        return "completed"
    return "completed" if status == "cancelled" else status


def planned_start(sentence: str, status: TripStatus, cue: re.Pattern[str]) -> int | None:
    """Where a planned event's first word stands in the sentence (its dates are read forward); None else."""
    cues = cue_matches(cue, sentence)
    return cues[0].start() if status == "planned" and cues else None


def pronoun_referent(run: ArticleRun, sent: Sentence, pronoun: str) -> str | None:
    """Whom 'he' or 'she', written in the sentence but not opening it, stands for: the person the sentence names last
    before it ("Ruiz said he would travel to Lima"), else the nearest fitting one before the sentence ("Officials
    said she would fly back to Nairobi"). None when the sentence does not write it."""
    written = re.search(rf"\b{re.escape(pronoun)}\b", sent.text, re.IGNORECASE)
    if written is None:
        return None
    before = sent.text[: written.start()]
    named = named_at(before, surname_table(run.index.people.values()))
    return max(named)[1] if named else antecedent(sent.start, run.visible, run.index, pronoun=pronoun.casefold())
