"""Reported and mixed speech: attributions read from the sentence's grammar, sources resolved.

:func:`summarizer.text.attribution.find_attributions` gives each attribution's source as
written and its content's offsets. Here a content with quotation marks inside it and words
around them becomes a *mixed* quote (its quoted stretches kept as ``fragments``; the direct
quotes it holds are superseded by it), one without becomes *indirect*, and one that is only a
quotation is left to the direct-quote path. The source is resolved to the article's entity
where the text allows ('he' to the person last named, 'the secretary' to the person with that
title, a surname to the full name), else kept as written and flagged ``speaker_resolved=False``.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import replace

from summarizer.extract.grounding import span_of
from summarizer.extract.run import ArticleRun
from summarizer.schemas import Entity, Quote, Span
from summarizer.text.attribution import Attribution, find_attributions
from summarizer.text.coref import antecedent, first_person, source_described
from summarizer.text.gender import agrees, genders
from summarizer.text.injection import inside
from summarizer.text.lexicon import weekday_pattern
from summarizer.text.quotes import QuoteCandidate, quoted_stretches
from summarizer.text.sentences import Sentence

__all__ = ["reported_quotes", "source_entity"]

_PRONOUN = re.compile(r"^(?:he|she|his|her)$", re.IGNORECASE)
_UNRESOLVABLE = re.compile(r"^(?:they|it|we|i|you|who|which|that|this|these|those)$", re.IGNORECASE)
_LEAD = re.compile(r"^(?:as|and|but|while|when|because|though|although|if|since)\s+", re.IGNORECASE)
_NAME = re.compile(r"[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-ZÀ-Þ][\w’'.-]*)*")
_WORD = re.compile(r"\w+")
# The capitalised words a phrase ends with: the name in "Charge questioned-George Kanyeihamba".
_NAME_END = re.compile(r"(?:[A-ZÀ-Þ][\w’'.-]*\s+)*[A-ZÀ-Þ][\w’'.-]*$")
_BEFORE_WHO = re.compile(r"([A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*)*),\s*$")


def _kind(text: str, att: Attribution) -> tuple[str, list[tuple[int, int]]]:
    """'direct', 'mixed' or 'indirect' for an attribution's content, with its quoted stretches."""
    stretches = quoted_stretches(text, att.start, att.end)
    if not stretches:
        return "indirect", []
    quoted = sum(len(_WORD.findall(text, s, e)) for s, e in stretches)
    return ("direct" if len(_WORD.findall(text, att.start, att.end)) == quoted else "mixed"), stretches


def source_entity(run: ArticleRun, att: Attribution) -> tuple[Entity, bool]:
    """The source's entity and whether it was resolved to one the article names."""
    written = _LEAD.sub("", att.source.strip(" ,")).strip()
    if _PRONOUN.match(written):
        # "X said ... he knows": a pronoun inside the sentence is its subject's; one that opens it, the last named
        # a pronoun opening its sentence is never a person named later in it ("He confirmed that Tate would ...");
        # one in a clause set before the main one may be ("While he refused ..., Mr. Obama deemed ...")
        sent = _sentence_at(run, att.source_start)
        opens = sent is not None and not run.doc.text[sent.start : att.source_start].strip(" \"“”‘’'")
        clause = run.doc.text[att.start : att.end] if opens else ""
        person = _named_earlier(run, att.source_start, written) or antecedent(
            att.source_start, run.visible, run.index, pronoun=written, clause=clause
        )
        if person is not None:
            return run.index.resolve(person, "person"), True
        return Entity(name=written, kind="person"), False
    if written.casefold() in ("who", "which"):
        # "Amy Deace, who was named ...", "The Gig Workers Alliance, which backed ...": the name the relative
        # clause follows.
        named = _BEFORE_WHO.search(run.doc.text, max(0, att.source_start - 80), att.source_start)
        if named is not None:
            return run.index.resolve(named.group(1), before=att.source_start), True
    if not written or _UNRESOLVABLE.match(written):
        return Entity(name=written or "unknown", kind="unknown"), False
    described = source_described(written, att.source_start, run.visible, run.index)
    if described is not None:  # "The 78-year-old joked that ...": the person named last
        return run.index.resolve(described, "person"), True
    apposed = _named(run, written, att.source_start)
    if apposed is not None:
        return apposed, True
    head = _person_before_of(run, written.split(",")[0].strip() or written)
    if _PEOPLE_OF.search(head):
        return Entity(name=written, kind="person"), False  # "advisers to Mr. Oduya" are not Mr. Oduya
    entity = run.index.resolve(head, before=att.source_start)
    # Resolved: a person the article names, or a name as written ("Reuters", "the Kyodo news agency");
    # a description ("her office", "the ministry", "officials") is kept as written, unresolved.
    if (entity.kind == "person" or _NAME.match(re.sub(r"^the\s+", "", head))) and not _BARE_ROLE.fullmatch(entity.name):
        return entity, True
    # words in lower case name no one: "The Ashby governor said" stays as written, not "governor"
    return Entity(name=written, kind=entity.kind), False


# People in the plural who belong to a named one: "advisers to Mr. Oduya", "lawyers for Ms. Lee", "friends of Ada Moss".
# (capitalised only where the plural opens the source and ends as nouns of people do: "Lawyers for", never "Jones of")
_BARE_ROLE = re.compile(r"[a-z][a-z -]*")
_PEOPLE_OF = re.compile(
    r"(?:\b[a-z]+[^s\W]s|^[A-Z][a-z]*(?:ers|ors|ists|ants|ents|ides|ies|ends))\s+(?:close\s+)?(?:to|of|for|with)\s+"
    r"(?:the\s+)?[A-ZÀ-Þ]"
)
_OF_PLACE = re.compile(r"\s+(?:of|at|from)\s+(?=(?:the\s+)?[A-ZÀ-Þ])")


def _person_before_of(run: ArticleRun, head: str) -> str:
    """A person's name before "of", "at" or "from" and the body they belong to ("Political scientist Inês Duarte
    of Lisbon's Institute for Political Studies"): the person's words; else ``head`` as it is."""
    cut = _OF_PLACE.search(head)
    if cut is None:
        return head
    name = _NAME_END.search(head[: cut.start()])
    if name is None or run.index.person_by_surname(name.group(0).split()[-1]) is None:
        return head  # "Bank of England", "Secretary of State John Kerry"
    return head[: cut.start()]


def _sentence_at(run: ArticleRun, at: int) -> Sentence | None:
    """The sentence that holds the offset ``at`` (the last one starting at or before it)."""
    k = bisect_right([x.start for x in run.sentences], at) - 1
    return run.sentences[k] if k >= 0 else None


def _named_earlier(run: ArticleRun, at: int, pronoun: str) -> str | None:
    """The person named first in the same sentence before ``at`` (the subject a later 'he' refers to), when the
    text does not tell them as the other gender than ``pronoun``."""
    sent = _sentence_at(run, at)
    if sent is None:
        return None
    person = first_person(run.doc.text[sent.start : at], run.index)
    known = genders(run.index.text, run.index.people.values()) if person is not None else {}
    return person if person is not None and agrees(person, pronoun, known) else None


def _named(run: ArticleRun, written: str, at: int) -> Entity | None:
    """The person a source with an apposition names, in either order ("Omar Haddad, the finance minister";
    "the bank's chief, Ada Moss"), with the description as role when the article gives none; None without one."""
    parts = [p.strip() for p in written.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    for k, part in enumerate(parts):
        run_ = _NAME_END.search(part)
        if run_ is None or part[: run_.start()].split()[-1:] in (["of"], ["for"], ["at"], ["with"], ["from"]):
            continue  # "a friend of Ada Moss" is not Ada Moss
        full = run.index.person_by_surname(run_.group(0).split()[-1])
        if full is None:
            continue
        if len(run_.group(0).split()) > 1 and not full.casefold().endswith(run_.group(0).casefold()):
            full = run_.group(0)  # "Ivy Lee, his daughter": another of the surname, named in full
        entity = run.index.resolve(full, "person", before=at)
        others = [p for j, p in enumerate(parts) if j != k and p.split()[0].casefold() in ("the", "a", "an")]
        if entity.role is None and others:
            entity.role = re.sub(r"^(?:the|an?)\s+", "", others[0], flags=re.IGNORECASE)
        return entity
    return _organisation_apposed(run, parts, at)


# A name, "the" allowed before it: "the Atacama Infrared Consortium", "Linden House".
_WHOLE_NAME = re.compile(r"(?:the\s+)?([A-ZÀ-Þ][\w’'.&-]*(?:\s+(?:of|for|and|&)?\s*[A-ZÀ-Þ][\w’'.&-]*)*)")


def _organisation_apposed(run: ArticleRun, parts: list[str], at: int) -> Entity | None:
    """The organisation a description names in apposition ("The telescope's operator, the Atacama Infrared
    Consortium"; "her publisher, Linden House"): the part that is a name, when another part is a description
    (a determiner or a possessive opening it); None otherwise."""
    for k, part in enumerate(parts):
        whole = _WHOLE_NAME.fullmatch(part)
        if whole is not None and any(_described(p) for j, p in enumerate(parts) if j != k):
            return run.index.resolve(whole.group(1), before=at)
    return None


def _described(part: str) -> bool:
    """A description: a determiner or a possessive opens it, and a lower-case word follows."""
    words = part.split()
    opens = words[0].casefold() in ("the", "a", "an", "his", "her", "its", "their") or words[0].endswith(("'s", "’s"))
    return opens and any(w[:1].islower() for w in words[1:])


def _within(candidates: list[QuoteCandidate], firsts: list[int], start: int, end: int) -> set[int]:
    """Indices of the candidates whose every part lies in [start, end), found by bisection: their first
    parts start in it (``firsts`` is sorted) and their last parts end in it."""
    return {
        i
        for i in range(bisect_left(firsts, start), bisect_right(firsts, end))
        if candidates[i].parts[-1].end <= end
    }


def _past_closing(text: str, end: int) -> int:
    """``end`` moved over the stops and closing quotation marks right after it."""
    while end < len(text) and text[end] in ".,;:!?\"”’'":
        end += 1
    return end


def _through_quotation(quoted: list[tuple[int, int]], start: int, end: int) -> int:
    """``end`` moved to the end of a quotation that opens inside [start, end) and closes after it: a mixed
    content is not cut inside its quotation ('... that foreigners "look at these goofballs. We've got to ..."'
    runs to the closing mark, past the stop inside the marks). ``quoted`` is sorted."""
    for s, e in quoted[bisect_left(quoted, (start, start)) :]:
        if s >= end:
            break
        if e > end:
            return e
    return end


# What may follow a mixed quote's last quotation without being reported: an aside in brackets or after a
# dash, or where and when the words were said ('... “the most beautiful soul” in a Facebook post').
# (A time of day, week or year counts only right after its own preposition or "last"/"this": in "... “dozens of
# closures” in rural Kessby this year", the place and the year are the content's.)
_ASIDE_AFTER_MARK = re.compile(
    r"[”\"'’]*(?:\s*(?:\(|--|—|–)|\s+(?:on|in|at|during|via|over|last|this)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:post|posting|interview|statement|speech|tweet|video|letter|e-?mail|op-ed|appearance|address|rally|"
    r"debate|conference|briefing|broadcast|message|blog|column|Twitter|Facebook)\b[^“”\"]*$"
    r"|\s+(?:on|during|over|last|this|late|early)\s+(?:[\w’'-]+\s+){0,2}(?:"
    + weekday_pattern() + r"|morning|afternoon|evening|night|week|month|year)\b[^“”\"]*$)"
)


def _before_aside(text: str, stretches: list[tuple[int, int]], end: int) -> int:
    """``end`` moved back to the closing mark of the content's last quotation when only an aside, or where
    and when it was said, follows it."""
    if not stretches or stretches[-1][1] >= end:
        return end
    last = stretches[-1][1]
    return last + 1 if _ASIDE_AFTER_MARK.match(text, last, end) and text[last] in "”\"'’" else end


def _inside_quotation(text: str, quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one quotation's words: the last sentence of a quotation before its
    '..., the spokesman said' is that quotation, read by the direct-quote path, not a reported clause."""
    k = bisect_right(quoted, (start, sys.maxsize)) - 1
    return k >= 0 and quoted[k][0] <= start and end <= _past_closing(text, quoted[k][1])


def reported_quotes(run: ArticleRun, candidates: list[QuoteCandidate]) -> tuple[list[Quote], set[int]]:
    """Mixed and indirect quotes of the article, and the indices of the direct candidates a mixed one supersedes."""
    text = run.doc.text
    quoted = sorted((p.start, p.end) for c in candidates for p in c.parts)
    # In text order (find_quotes reads the text once, in order), so sorted.
    firsts = [c.parts[0].start for c in candidates]
    quotes: list[Quote] = []
    superseded: set[int] = set()
    for sent in run.sentences:
        if inside(sent.start, sent.end, run.blocked):
            continue
        for att in find_attributions(sent, quoted):
            kind, stretches = _kind(text, att)
            if kind == "direct" or _inside_quotation(text, quoted, att.start, att.end):
                continue  # a quotation: the direct-quote path reads it, with its own speaker question
            entity, resolved = source_entity(run, att)
            if kind == "mixed":
                end = _through_quotation(quoted, att.start, att.end)
                # cutting an aside ends the content at its last quotation's closing mark: the same stretches
                stretches = quoted_stretches(text, att.start, end)
                att = replace(att, end=_before_aside(text, stretches, end))
                # a quotation the content holds, its closing marks and stop included ('... "an offer they
                # cannot refuse."': the content ends before the stop, the quotation after it)
                superseded |= _within(candidates, firsts, att.start, _past_closing(text, att.end))
            quotes.append(
                Quote(
                    text=text[att.start : att.end],
                    speaker=entity.name,
                    speaker_kind=entity.kind if entity.kind != "country" else "organisation",
                    speaker_role=entity.role,
                    cue=att.cue,
                    direct=False,
                    kind=kind,  # type: ignore[arg-type]
                    speaker_resolved=resolved,
                    evidence=[span_of(text, att.start, att.end)],
                    fragments=[Span(start=s, end=e, text=text[s:e]) for s, e in stretches],
                )
            )
    return quotes, superseded
