"""Quotations: direct quotes found by their quotation marks, and reported speech.

For a direct quote the model is asked only who said it, and only when the cue does not
already say ('..., he said', '..., Besigye said', '..., a State department statement said').
Reported speech ('X said that ...') is read from the sentence without a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.extract.reported import source_entity
from summarizer.extract.run import ArticleRun
from summarizer.llm.answers import QuoteSpeaker
from summarizer.llm.prompts import load_prompt
from summarizer.schemas import Entity, EntityKind, Quote
from summarizer.text.attribution import Attribution
from summarizer.text.attribution_parts import AS_PUT_IT
from summarizer.text.attribution_words import NEVER, VERB_RE, VERBS
from summarizer.text.coref import QuotedSpans, organisation_in_cue, speaker_of_cue
from summarizer.text.labelled import labelled
from summarizer.text.quotes import QuoteCandidate
from summarizer.text.subject import subject_before

__all__ = ["ask_speakers", "quote_records"]

_QUOTE_TOKENS = 120
# A quotation inside a passage: its words are never who said another quotation.
_QUOTED_STRETCH = re.compile(r"[“\"«][^“”\"«»]*[”\"»]")
_PASSAGE_CHARS = 700
# The word right before an opening mark, nothing between but spaces: 'thanked Obama for “taking ...'.
_WORD_BEFORE_MARK = re.compile(r"(\w+)\s*(?:[“\"«]|'')$")
# A cue whose subject is a plural of people, no name: "Protesters marching through the square chanted".
_PLURAL_CUE = re.compile(r"(?:(?i:the|many|some|several|hundreds\s+of|dozens\s+of)\s+)?(?:[A-Z][a-z]+|[a-z]+)(?:ers|ors|ists|ants|"
                         r"ents|ians)\b(?![^.,;:]*\b[A-Z][a-z]+\s+[A-Z])")
# A speaker: the entity, and whether it was resolved to one the article names (else kept as the text writes it).
Speaker = tuple[Entity, bool]


def _passage(run: ArticleRun, cand: QuoteCandidate) -> str:
    # The quote's paragraph and the two sentences before it: a speaker is often named there.
    prev = run.visible.before(cand.context_start, 2)
    end = min(cand.context_end, max(cand.context_start + _PASSAGE_CHARS, cand.parts[-1].end + 120))
    before = " ".join(s.text for s in prev)
    return (before + "\n" if before else "") + run.doc.text[cand.context_start : end]


def _opens_sentence(text: str, start: int) -> bool:
    """The quotation whose words begin at ``start`` opens its paragraph or follows a sentence's end: a turn of a
    transcript, not words quoted in the writer's clause ('a sign that read, "Young Voters: ..."')."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip(" \t\"“«'‘")
    return before == "" or before.endswith((".", "!", "?", "]", ")"))


def _written_source(run: ArticleRun, cand: QuoteCandidate) -> Speaker | None:
    """The subject the cue writes before its verb ('she said' -> she, 'Pfizer said' -> Pfizer), read as reported
    speech's source is read: resolved to a person the article names where the text settles it, else kept as written.
    None when the cue has no reporting verb with a subject before it."""
    cue, text = cand.cue, run.doc.text
    if not cue:
        return None
    at = text.find(cue, cand.parts[0].end) if cand.cue_follows else text.rfind(cue, 0, cand.parts[0].start)
    verb = next((v for v in VERB_RE.finditer(cue) if v.group(1).casefold() not in NEVER), None)
    subject = subject_before(cue, verb.start()) if verb is not None and at >= 0 else None
    if subject is None:
        return None
    source = cue[subject[0] : subject[1]]
    att = Attribution(source, at + subject[0], cue, cand.parts[0].start, cand.parts[-1].end, "direct")
    return source_entity(run, att)


def _speaker(run: ArticleRun, cand: QuoteCandidate, n: int, quoted: QuotedSpans) -> Callable[[], Speaker | None]:
    """Who said the quote, to be read once every quote's question is asked: from its cue when the text
    says, else the model's answer."""
    put = AS_PUT_IT.search(cand.cue) if cand.cue else None
    if put is not None:  # '..., as The Ledger put it, "the operator."': the one who put it so
        known = run.index.person_by_surname(put.group("src").split()[-1]) is not None
        return lambda: (run.index.resolve(put.group("src"), "person" if known else "organisation"), True)
    # "..., he said" or "..., Besigye said": the text itself says who; no question needed.
    person = (
        speaker_of_cue(cand.cue, cand.parts[0].start, run.visible, run.index, quoted) if cand.cue else None
    )
    if person is None and not cand.cue and _opens_sentence(run.doc.text, cand.parts[0].start):
        # a transcript's turn set in quotation marks: '"WALLACE: Let's start with the news.' names its speaker first
        person = next((a.source for a in labelled(cand.text)), None)
    if person is not None:
        return lambda: (run.index.resolve(person, "person"), True)
    # "..., a State department statement said": the organisation whose statement it is.
    source = organisation_in_cue(cand.cue) if cand.cue else None
    if source is not None:

        def organisation() -> Speaker:
            known = run.index.person_by_surname(source.split()[-1]) is not None  # "Trump said in a statement"
            return run.index.resolve(source, "person" if known else "organisation"), True

        return organisation
    plural = _PLURAL_CUE.match(cand.cue) if cand.cue else None
    if plural is not None and _written_source(run, cand) is not None:
        # "Protesters marching through the square chanted": many, as the cue writes them (their participle aside)
        return lambda: (Entity(name=plural.group(0), kind="unknown"), False)
    passage = _passage(run, cand)
    user = load_prompt("quotes").render("user", quote=cand.text, passage=passage)
    extra = {"quote": cand.text, "passage": passage, "unquoted": _QUOTED_STRETCH.sub(" ", passage)}
    answer = run.ask_later(QuoteSpeaker, user, f"quote {n} speaker", _QUOTE_TOKENS, extra)

    def asked() -> Speaker | None:
        reply = answer()
        if not isinstance(reply, QuoteSpeaker):
            # the model never named one validly: the words the cue writes ("she said") are still who said it
            written = _written_source(run, cand)
            if written is None:
                run.scope.warnings.append(f"quote {n} left out: no valid speaker ({cand.text[:50]!r})")
            else:
                run.scope.warnings.append(f"quote {n}: no valid speaker from the model; kept as the cue writes it "
                                          f"({written[0].name!r})")
            return written
        hint: EntityKind = "organisation" if reply.speaker_kind == "organisation" else "person"
        # "the secretary": the person last named before the quote whose role holds the title
        return run.index.resolve(reply.speaker, hint, before=cand.parts[0].start), True

    return asked


def ask_speakers(
    run: ArticleRun, candidates: list[QuoteCandidate], quoted: QuotedSpans
) -> list[tuple[QuoteCandidate, Callable[[], Speaker | None]]]:
    """Each candidate with its speaker to come (the questions the cues leave open are asked now)."""
    return [(cand, _speaker(run, cand, n, quoted)) for n, cand in enumerate(candidates, 1)]


def is_fragment(text: str, cand: QuoteCandidate) -> bool:
    """True when a quotation is a fragment of the writer's own clause: one part, opening in lower case right
    after a word that is not a reporting verb ('thanked Obama for “taking these steps”', 'urged them to “give
    him time”', 'the minister “looked ashen”'), so the sentence is the writer's with quoted words in it: a
    mixed quote. After a reporting verb ('said “there is no ...”') the quotation is the content: direct."""
    if len(cand.parts) != 1 or not cand.parts[0].text[:1].islower():
        return False
    start = cand.parts[0].start
    before = _WORD_BEFORE_MARK.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() not in VERBS


def quote_records(asked: list[tuple[QuoteCandidate, Callable[[], Speaker | None]]], text: str) -> list[Quote]:
    """The quotes of :func:`ask_speakers` whose speaker is known, in the article's order (one the text writes but
    does not settle, "she", kept as written and flagged); a quotation that is a fragment of the writer's clause
    (:func:`is_fragment`) is a mixed quote of its quoted words."""
    quotes: list[Quote] = []
    for cand, speaker in asked:
        found = speaker()
        if found is None:
            continue
        entity, resolved = found
        fragment = is_fragment(text, cand)
        quotes.append(
            Quote(
                text=cand.text,
                speaker=entity.name,
                speaker_kind=entity.kind if entity.kind != "country" else "organisation",
                speaker_role=entity.role,
                speaker_resolved=resolved,
                cue=cand.cue,
                direct=not fragment,
                kind="mixed" if fragment else "direct",
                evidence=list(cand.parts),
                fragments=list(cand.parts) if fragment else [],
            )
        )
    return quotes
