"""A trip record from the model's answer about one sentence: who travels, as the grammar and the
sentence's reporting words allow, and where to, as the sentence writes it."""

from __future__ import annotations

import re

from summarizer.extract import event_parts as parts
from summarizer.extract.grounding import span_of
from summarizer.extract.run import ArticleRun, best_when, dates_in, place
from summarizer.extract.trip_subjects import subject_as_written, together
from summarizer.llm.answers import TripFacts
from summarizer.schemas import Place, Trip
from summarizer.text.attribution import Attribution, find_attributions
from summarizer.text.coref import (
    opens_with_he_or_she,
    pronoun_subject,
    source_described,
)
from summarizer.text.cues import (
    in_travel_clause,
    is_reported_only,
    is_travel_subject,
    is_trip_candidate,
    near_travel_word,
    only_as_origin,
    travel_complement,
    travel_subject,
    trip_mode,
)
from summarizer.text.dateline import dateline_place
from summarizer.text.events import TRAVEL_CUE, cue_matches
from summarizer.text.gazetteer import last_country_named
from summarizer.text.mentions import named_in
from summarizer.text.modality import event_modality
from summarizer.text.movement import (
    called_off_journey,
    journey_goes_on,
    names_a_person,
    stated_journey,
    unnamed_journey,
)
from summarizer.text.movement_kind import is_departure, movement_kind
from summarizer.text.movers_written import a_vehicle, carried_people, group_from
from summarizer.text.names import appears_in
from summarizer.text.participants import (
    clean_destination,
    clean_participant,
    is_bare_title,
    is_group,
    is_place_name,
    modifies_a_noun,
    moves_on_its_own,
    pronoun_mover,
)
from summarizer.text.places import country_code, country_code_for_adjective, country_name
from summarizer.text.sentences import Sentence
from summarizer.text.stay_put import a_body_carried, only_hosts, only_met, only_met_as_object, written_word

__all__ = ["stated_trip", "trip_record"]


_OPENS_WITH_PRONOUN = re.compile(r"\W*(?:He|She|They)\b")


_NAMED_SOURCE = re.compile(r"(?:the\s+)?(?!(?:He|She|They|It|We|I)\b)[A-Z]")


def _reports(sent: Sentence) -> list[Attribution]:
    """The sentence's attributions but a headline's label ("Putin: ..."), which credits the whole line: some feeds
    join a headline to its dateline and first sentence."""
    return [a for a in find_attributions(sent) if a.form != "labelled"]


def _reporters(run: ArticleRun, sent: Sentence) -> list[str]:
    """Who the sentence credits with the report of a trip ('Yonhap news agency said the officials would visit')."""
    names: list[str] = []
    for att in _reports(sent):
        content = run.doc.text[att.start : att.end]
        # Credited by name: "Yonhap news agency said", "according to Reuters"; not "he", "officials".
        named = _NAMED_SOURCE.match(att.source)
        if is_trip_candidate(content) and named is not None:
            names.append(run.index.resolve(att.source, before=sent.start).name)
    return list(dict.fromkeys(names))


# "according to" set inside a clause, with a name or a description in apposition: "The plan, according to the envoy,
# Ivan Petrov, was for the fighters to move", "according to the Soufan Group, a New York-based consulting firm,": the
# phrase names who told of it.
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+[^,;:()\u2014\u2013]+(?:,\s+(?:(?-i:[A-Z])[\w'’.-]*\s*){1,4}(?=,)|,\s+(?:a|an|the)\s+[^,;:()]{1,80}(?=,))?",
    re.IGNORECASE,
)


def _content_start(sent: Sentence, at: int) -> int:
    """Where the reported clause that holds offset ``at`` of the sentence begins (0 when none holds it)."""
    starts = [a.start - sent.start for a in _reports(sent) if a.start - sent.start <= at < a.end - sent.start]
    return max(starts, default=0)


def _trip_reporters(sent: Sentence, places: list[str]) -> list[tuple[int, int]]:
    """Where the sentence names who only reports a movement: the source of an attribution whose content
    holds the travel word ("the fighters flew to Tarsk, the agency said"; "Petrov said the fighters flew"),
    or an 'according to' phrase, not a source whose own relative clause travels (a travel word, or one of the
    ``places`` the answer gives, in it). Offsets in the sentence."""
    found = parts.reporting_sources(sent, TRAVEL_CUE, ("trailing", "according", "forward", "medial"))
    # a source whose own relative clause travels moves ("Ansah, who rushed back to Leicester ..., told the panel")
    found = [(s, e) for s, e in found if not _travels_in_relative(sent.text, e, places)]
    return found + [(m.start(), m.end()) for m in _ACCORDING_TO.finditer(sent.text)]


_WHO_CLAUSE = re.compile(r"\s*,\s*who\s+[^,;]+", re.IGNORECASE)


def _travels_in_relative(sentence: str, end: int, places: list[str]) -> bool:
    """The relative clause set after the phrase ending at ``end`` ("X, who rushed back to Y, said") holds a travel
    word or one of the ``places``."""
    m = _WHO_CLAUSE.match(sentence, end)
    if m is None:
        return False
    clause = m.group(0)
    return any(m.start() <= c.start() < m.end() for c in cue_matches(TRAVEL_CUE, sentence)) or any(
        p.strip() and appears_in(p.strip(), clause) for p in places)


# The object of a verb of thanks, praise or blame is the subject of the gerund after 'for': "Cardinal Dolan thanked the
# pope for visiting the city" (the pope visits), "praised Lund for travelling to the flooded region".
_OBJECT_FOR = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|congratulat(?:e|es|ed|ing)|applaud(?:s|ed|ing)?|"
    r"commend(?:s|ed|ing)?|critici[sz](?:e|es|ed|ing)|blam(?:e|es|ed|ing)|fault(?:s|ed|ing)?)\s+"
    r"(?P<who>(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+for\s+$",
    re.IGNORECASE,
)


def _object_for(sentence: str) -> str | None:
    """Who a travel gerund after 'for' means when a verb of thanks, praise or blame has them as its object."""
    cues = cue_matches(TRAVEL_CUE, sentence)
    if not cues or not cues[0].group(0).lower().endswith("ing"):
        return None
    m = _OBJECT_FOR.search(sentence[: cues[0].start()])
    if m is None:
        return None
    who = m.group("who")
    return who if clean_participant(who) or is_bare_title(who) else None


_COUNT_WORDS = frozenset(("approximately", "about", "some", "more", "than", "nearly", "almost", "over", "at", "least",
                          "hundreds", "thousands", "dozens", "of", "many", "few", "several", "the", "most"))


def _a_people(phrase: str) -> bool:
    """A nation's people by their plural name, counted or not ("Americans", "approximately 250 Syrians"): a population
    on the move, no one's trip."""
    words = [w for w in phrase.split() if w.lower() not in _COUNT_WORDS and not w.replace(",", "").isdigit()]
    if len(words) != 1 or not words[0].endswith("s") or country_code(words[0]) is not None:
        return False
    return country_code_for_adjective(words[0]) is not None


def _pronoun_traveller(run: ArticleRun, sent: Sentence, tr: TripFacts) -> str | None:
    """Whom a traveller given as 'he' or 'she' stands for (the subject a stated journey writes)."""
    pronoun = next((t.strip() for t in tr.travellers if t.strip().casefold() in ("he", "she")), None)
    return parts.pronoun_referent(run, sent, pronoun) if pronoun else None


def _answered_travellers(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> list[str]:
    """The travellers the answer gives that the sentence or its context names as people who may move."""
    given, titled = parts.entity_phrases(run, tr.travellers, sent)
    # Who only tells of the movement is not one who moves ("..., the aid group Helping Hands said").
    reporters = _trip_reporters(sent, tr.destinations) if given or titled else []
    given = [g for g in given if not parts.only_in(reporters, sent.text, g)]
    titled = [t for t in titled if not parts.only_in(reporters, sent.text, t)]  # "..., the coach said"
    titled = [name for t in titled for name in together(run, context, t)]
    # An acronym alone names an organisation or an armed group, a place ("Japan" in a headline) where people go; a
    # place after 'from' is where a group comes from: the group travels, as written.
    homes = {t: group_from(sent.text, t) for t in given}
    groups = [g for g in homes.values() if g]
    people = [t for t in given if not (t.isupper() and " " not in t) and not is_place_name(t) and not _a_people(t)
              and not homes[t]]  # fmt: skip
    return list(dict.fromkeys(parts.named_people(people, sent.text, context, TRAVEL_CUE) + titled + groups))


def _travellers(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> list[str] | None:
    """Who travels, as the sentence or its context names them; None when the people named do not move."""
    if (thanked := _object_for(sent.text)) is not None:
        return [thanked]
    travellers = _answered_travellers(run, sent, context, tr)
    found = pronoun_subject(sent, run.visible, run.index)
    subject = clean_participant(found) if found else None
    cues = cue_matches(TRAVEL_CUE, sent.text)
    first_cue = cues[0].start() if cues else len(sent.text)
    if not travellers and subject is None and (person := _pronoun_traveller(run, sent, tr)):
        return [person]  # "Officials said she would fly back to Nairobi": whom the pronoun stands for
    if not travellers and subject is None:
        # "Other senior officials flew to X": the travel word's subject a described group (in the reported clause)
        group = sent.text[_content_start(sent, first_cue) : first_cue].strip(" ,")
        if group and is_group(group) and len(group.split()) <= 8:
            return [group]
        # "After two concerts in Lima, the orchestra travels on Saturday to Arequipa": a company of people
        if company := subject_as_written(run, sent, cues):
            return company
        # "After Gimhae, the mayor will spend a day in Seoul": a title alone, its holder (resolved with the record)
        span = travel_subject(sent.text, cues[0]) if cues else None
        title = sent.text[span[0] : span[1]].strip() if span is not None else ""
        if title[:4].casefold() == "the " and is_bare_title(title):
            return together(run, context, title)
        # "The 48-year-old, a granddaughter of the founder, had flown to Shanghai": the person the description means
        described = source_described(sent.text[span[0] : span[1]], sent.start, run.visible, run.index) if span else None
        return [described] if described else []
    if cues and moves_on_its_own(sent.text[: cues[0].end()].rstrip(), travellers):
        return None  # "a ban on Muslims entering the country": the participle's own subject moves
    if cues and all(modifies_a_noun(sent.text, c.start(), c.end(), travellers) for c in cues):
        return None  # "the president addresses newly arrived ambassadors": the ambassadors arrived
    named = [t for t in travellers if named_in(t, sent.text)]
    people = named + [p for p in run.index.people.values() if named_in(p, sent.text)]
    mover = pronoun_mover(sent.text, [c.start() for c in cues], people)
    if mover is not None:
        return [mover]
    # "He said he planned to travel to Dallas at the invitation of Mayor X": X stands after the
    # travel word, in a phrase of its own; the traveller is the subject, "he".
    if (
        (_OPENS_WITH_PRONOUN.match(sent.text) or opens_with_he_or_she(sent.text))
        and all(sent.text.find(written_word(t, sent.text)) > first_cue for t in named)
        and not _described_mover(sent, first_cue)
    ):
        return [subject] if subject else []
    if named and not any(
        near_travel_word(sent.text, written_word(t, sent.text)) or is_travel_subject(sent.text, t) for t in named
    ):
        # the people named are not the ones who move; the travel word's subject as written may be ("The side flew
        # back to Tessel and was greeted by minister Ivo Lamm", "Lund said Alderman Jo Vessey would make the trip")
        return subject_as_written(run, sent, cues) or None
    return _who_moves(sent.text, travellers)


def _who_moves(sentence: str, travellers: list[str]) -> list[str] | None:
    """One the sentence names only as whom a traveller met is not one who travels ("stopped in Doha, where he met
    Qatar's prime minister"; "X met Modi in New York and said he planned to visit India"); a host who receives
    stays where it is ("Daly received a delegation at City Hall": None); the dead, whose body is carried, travel
    nowhere ("marched with his body to the pagoda": None)."""
    travellers = [t for t in travellers if not a_body_carried(sentence, t)]
    moving = [t for t in travellers if not only_met(sentence, t)]
    if not travellers or all(only_hosts(sentence, t) for t in moving or travellers):
        return None
    return moving or travellers


_PRONOUN_CLAUSE = re.compile(r"\W*" + parts.SUBJECT_PRONOUNS, re.IGNORECASE)


def _described_mover(sent: Sentence, cue: int) -> bool:
    """The reported clause that holds the travel word has a subject of its own, not a pronoun: "She said
    the minister would fly to Darwin" (the minister flies, not the one who said so)."""
    start = _content_start(sent, cue)
    clause = sent.text[start:cue].strip()
    if re.search(r"(?:^|\s)(?i:a|an|the|his|her|their|its|this|another|(?:[a-z]+\s+)?upcoming)$", clause):
        return False  # "He is planning a trip to Delhi": the travel word is a noun, what is planned, no clause
    return start > 0 and bool(clause) and _PRONOUN_CLAUSE.match(clause) is None


# A journey told before, commented on: "It was the first visit to Varda by a navy chief since 2011".
_COMMENTED = re.compile(
    r"\W*(?:It|This|That)\s+(?:was|is|will\s+be|would\s+be|marks|marked)\s+(?:the|his|her|their|its)\s+"
    r"(?:first|second|third|fourth|fifth|last|latest|only|\w+est)\s+(?:[\w-]+\s+)?(?:visit|trip|journey|tour)\b"
)


def trip_record(run: ArticleRun, sent: Sentence, context: str, tr: TripFacts) -> Trip | None:
    if _COMMENTED.match(sent.text):
        return None  # the journey was told before; this sentence says what it was
    mood = event_modality(sent.text, TRAVEL_CUE)  # never negated or hypothetical here: TRIPS.ruled_out
    travellers = _travellers(run, sent, context, tr)
    if travellers and any(a_vehicle(sent.text, t) for t in travellers):
        # a vehicle carries those who travel ("The survey ship Gull Royal left Pennick carrying 40 divers")
        carried = carried_people(sent.text)
        travellers = [t for t in travellers if not a_vehicle(sent.text, t)] or ([carried] if carried else [])
    if not travellers and ((mood == "cancelled" and unnamed_journey(sent.text)) or journey_goes_on(sent.text)):
        # "A stop in Manila ... was scrapped", "The tour ends in Tromsø": a leg of the journey told just before
        travellers = list(run.last_travellers)
    if travellers is None:
        return None
    cleaned = [clean_destination(d) for d in tr.destinations]
    places = [
        d for d in cleaned
        if d and appears_in(d, sent.text) and (near_travel_word(sent.text, d) or in_travel_clause(sent.text, d))
        and not only_as_origin(sent.text, d) and not only_met_as_object(sent.text, d)
    ]  # fmt: skip
    # A trip goes somewhere the sentence writes, unless it tells of a person, by name or title, leaving of
    # their own accord ("Ruiz fled the scene"): a group leaving for nowhere told ("hundreds fled") is no one's
    # trip, and people moved by others (a transfer, a deployment) are moved somewhere.
    if not places and (complement := travel_complement(sent.text)):
        places = [complement]  # "X, who flew into Lisbon on Monday": the model named another place (or none)
    described = _the_place(run, sent) if not places else None
    if not places and described is None and _FROM_ONLY.search(sent.text) and (here := dateline_place(run.doc.text)):
        places = [here]  # "Dr Malm had come across from Stellby that morning": where the story is told from
    kind = movement_kind(sent.text, travellers, context)
    leaving = is_departure(sent.text) and kind == "visit" and all(names_a_person(t) for t in travellers)
    if not (travellers and (places or leaving or described)):
        return None
    status = parts.record_status(sent.text, mood, TRAVEL_CUE)
    dates = dates_in(run, sent, planned_at=parts.planned_start(sent.text, status, TRAVEL_CUE))
    run.last_travellers = travellers
    return Trip(
        travellers=parts.distinct([run.index.resolve(t, "person", before=sent.start) for t in travellers]),
        destinations=[place(d, None, run.doc.text) for d in places] + ([described] if described else []),
        when=best_when(dates),
        dates=dates,
        purpose=tr.purpose if tr.purpose and appears_in(tr.purpose, sent.text) else None,
        mode=trip_mode(sent.text),
        status=status,
        confirmed=False if is_reported_only(sent.text) else (True if status == "completed" else None),
        reported_by=_reporters(run, sent),
        kind=kind,
        evidence=[span_of(run.doc.text, sent.start, sent.end)],
    )


# A place told by a definite description, a country's adjective allowed before its noun: "the capital", "the
# Korean capital", "the island", "the region". The noun ends its phrase ("the island nation" is another noun).
_THE_PLACE = re.compile(
    r"\bthe\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:capital(?:\s+city)?|island|region|city|town|village|province|county\s+town|"
    r"court|tribunal|gorge|valley|camp|station|base|border|coast|frontier|front\s+line|port|harbour|harbor|quay)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|for|to|at|and|where|before|after|with|by|from|aboard|soon|last|this|next|early|late|"
    r"later)\b)",
    re.IGNORECASE,
)


def _the_place(run: ArticleRun, sent: Sentence) -> Place | None:
    """Where a trip goes that the sentence tells only by a definite description near its travel word ("flew back
    to the capital", "arrived on the island", "led a delegation to the Korean capital", "was taken to the tribunal"): as
    written, in the country the article named last by then (the description's own adjective included), if any."""
    for m in _THE_PLACE.finditer(sent.text):
        if near_travel_word(sent.text, m.group(0)) and not only_as_origin(sent.text, m.group(0)):
            # (no country named by then: the place as written, its country unknown)
            code = last_country_named(run.doc.text[: sent.start + m.end()])
            return Place(name=m.group(0), country=country_name(code) if code else None, country_code=code)
    return None


# An arrival told only by where it came from: "had come across from the board's offices", "flew in from Oslo".
_FROM_ONLY = re.compile(
    r"\b(?:came|come|comes|coming|arriv(?:e|es|ed|ing)|fl(?:ew|own|ies|y|ying)\s+in|dr(?:ove|iven)\s+(?:over|in|up|down)|"
    r"travell?ed\s+(?:over|in|up|down))\s+(?:(?:across|over|in|up|down|back)\s+)?from\b(?![^.;]*\b(?:to|into)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_DATELINE_HEAD = re.compile(r"^\W*(?-i:[A-Z])[A-Z.'’-]+(?:\s+(?-i:[A-Z])[A-Z.'’-]+)*,\s+[\w .'’]{1,30}?\s+[—–-]{1,2}\s+")
_JOURNEY_BY = re.compile(r"\b(?:visit|trip|tour|journey|stop|leg)\s+by\s+((?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]+)")


def stated_trip(sentence: str) -> TripFacts | None:
    """The trip the wording states when the model says no: a person's own journey, by a finite verb of travel
    and a known place ("The president ... will return to Washington Sunday night"), told as a fact or a plan,
    or called off by its noun ("postponed a planned trip to Beijing").
    Its traveller is the verb's subject as written ('The president', 'he'), resolved as an answer's would be."""
    # a dateline before the subject is not part of it ("HALDEN, Norway - Olu Brandt has cancelled his visit")
    sentence = _DATELINE_HEAD.sub(lambda m: " " * len(m.group(0)), sentence)
    mood = event_modality(sentence, TRAVEL_CUE)
    found = stated_journey(sentence) if mood in ("factual", "planned") else None
    if mood == "cancelled":
        # "Macron postponed a planned trip to Beijing"; "Lund's visit to Oslo, planned for May, was postponed"
        found = called_off_journey(sentence) or stated_journey(sentence)
        leg = unnamed_journey(sentence) if found is None else None
        if leg is not None:  # "A planned stop in Lisbon ... was called off": whose, the record reads from before
            by = _JOURNEY_BY.search(sentence)  # unless the noun names them: "A planned trip by Mr Oduya to Kestrel"
            return TripFacts.model_construct(is_trip=True, travellers=[by.group(1)] if by else [], destinations=[leg], purpose=None)
    goes_on = journey_goes_on(sentence) if found is None and mood in ("factual", "planned") else None
    if goes_on is not None:  # "The tour ends in Tromsø on Thursday": whose, the record reads from before
        return TripFacts.model_construct(is_trip=True, travellers=[], destinations=[goes_on], purpose=None)
    if found is None:
        return None
    who, where = found
    who = _named_in_apposition(sentence, who) or who  # "Her deputy, former mayor Lia Formo, scrapped a trip to"
    # built, not validated: a title or a pronoun as written is what the record resolves
    return TripFacts.model_construct(is_trip=True, travellers=[who], destinations=[where], purpose=None)


def _named_in_apposition(sentence: str, who: str) -> str | None:
    """The name an apposition gives a subject told by description ("Her deputy, former mayor Lia Formo, scrapped a
    trip to Pesk" -> Lia Formo); None when the subject is a name or has no such apposition."""
    if not who or (who[0].isupper() and not re.match(r"(?:The|Her|His|Their|Its|A|An)\s", who)):
        return None
    m = re.search(re.escape(who) + r",\s+[^,]{0,60}?((?:(?-i:[A-Z])[\w'’.-]+\s+)+(?-i:[A-Z])[\w'’-]+),", sentence)
    return m.group(1) if m else None
