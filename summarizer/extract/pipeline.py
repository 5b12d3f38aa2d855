"""Document -> ArticleSummary.

The focused strategy asks a model small questions it can answer well:
quotations are found in the text by their quotation marks, and the model is asked
only who said each one; sentences with a travel or meeting word are asked about one
at a time. What the wording states plainly (dates, virtual or in person, planned or
done) is read from the sentence, not asked. Every answer is validated (re-asked on
failure), resolved to the article's entities, merged, and checked against the text.

The naive strategy, the baseline that ``summarizer eval --strategy naive`` measures,
asks once for the whole article and the whole schema.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from summarizer.errors import ReplyValidationError, TruncatedReplyError
from summarizer.extract.grounding import locate, locate_sentence, span_of, verify_summary
from summarizer.extract.merge import merge_meetings, merge_trips
from summarizer.llm.answers import MeetingFacts, NaiveSummary, QuoteSpeaker, TripFacts, appears_in
from summarizer.llm.client import CallScope, ModelClient
from summarizer.llm.prompts import load_prompt
from summarizer.read.document import Document, find_dateline
from summarizer.schemas import ArticleSummary, DateRef, EntityKind, Meeting, Place, Quote, Trip
from summarizer.text.cues import (
    event_status,
    is_meeting_candidate,
    is_reported_only,
    is_trip_candidate,
    meeting_format,
    near_travel_word,
    trip_mode,
)
from summarizer.text.entities import EntityIndex
from summarizer.text.injection import inside, instruction_passages
from summarizer.text.quotes import QuoteCandidate, find_quotes
from summarizer.text.reported import find_indirect
from summarizer.text.sentences import Sentence, split_sentences

__all__ = ["KINDS", "PROMPTS", "summarize_document"]

PROMPTS = ("system", "quotes", "trips", "meetings", "naive")
_QUOTE_TOKENS = 120
_EVENT_TOKENS = 200
_NAIVE_TOKENS = 1500
_PASSAGE_CHARS = 700


@dataclass
class _Run:
    doc: Document
    client: ModelClient
    scope: CallScope
    reference: date | None
    sentences: list[Sentence]
    index: EntityIndex
    chunks: list[tuple[int, int]] = field(default_factory=list)
    blocked: list[tuple[int, int]] = field(default_factory=list)
    quoted: _Quoted | None = None
    _visible: list[Sentence] | None = None
    _visible_ends: list[int] = field(default_factory=list)
    _surnames: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def before(self, offset: int, n: int) -> list[Sentence]:
        """The last ``n`` sentences that end by ``offset``, outside blocked passages: one look-up, not a scan."""
        if self._visible is None:  # once, after ``blocked`` is set
            self._visible = [s for s in self.sentences if not inside(s.start, s.end, self.blocked)]
            self._visible_ends = [s.end for s in self._visible]
        k = bisect_right(self._visible_ends, offset)
        return self._visible[max(0, k - n) : k]

    def surname(self, name: str) -> re.Pattern[str]:
        """The compiled pattern of a surname, kept: an article can name more people than re's cache holds."""
        rx = self._surnames.get(name)
        if rx is None:
            rx = self._surnames[name] = re.compile(rf"\b{re.escape(name)}\b")
        return rx

    def context(self, sent: Sentence, before: int = 2) -> str:
        """The sentences just before ``sent``: enough to resolve 'he' or 'the officials'."""
        prev = self.before(sent.start, before)
        return " ".join(p.text for p in prev) or "(start of the article)"

    def ask(
        self, reply_type: type, user: str, task: str, max_tokens: int, extra: dict[str, str] | None = None
    ) -> object | None:
        messages = [{"role": "system", "content": load_prompt("system").render("system")}, {"role": "user", "content": user}]
        # A question without a usable reply is a warning; any other failure (server, protocol,
        # cache, deadline) ends the article. summarize_document fails when no question got a reply.
        self.scope.questions += 1
        try:
            return self.client.ask(
                reply_type,
                messages,
                scope=self.scope,
                task=task,
                max_tokens=max_tokens,
                context={"text": self.doc.text, **(extra or {})},
            )
        except (TruncatedReplyError, ReplyValidationError) as exc:
            self.scope.failures += 1
            if self.scope.first_failure is None:
                self.scope.first_failure = str(exc)
            self.scope.warnings.append(str(exc))
            return None


def _chunks(text: str, sentences: list[Sentence], budget: int) -> list[tuple[int, int]]:
    """Windows of whole sentences of at most ``budget`` characters, overlapping by two sentences."""
    if len(text) <= budget or not sentences:
        return [(0, len(text))]
    chunks: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].end - sentences[i].start <= budget:
            j += 1
        chunks.append((sentences[i].start, sentences[j].end))
        if j + 1 >= len(sentences):
            break
        i = max(i + 1, j - 1)
    return chunks


def _dates(run: _Run, sent: Sentence) -> list[DateRef]:
    from summarizer.text.dates import find_date_phrases, resolve_date

    refs: list[DateRef] = []
    for s, e in find_date_phrases(sent.text):
        ref = resolve_date(sent.text[s:e], run.reference)
        ref.span = span_of(run.doc.text, sent.start + s, sent.start + e)
        refs.append(ref)
    return refs


def _best_when(dates: list[DateRef]) -> DateRef | None:
    for ref in dates:
        if ref.value is not None:
            return ref
    return dates[0] if dates else None


def _person_in_cue(run: _Run, cue: str) -> str | None:
    """A person the article names elsewhere in full, named in the attribution ('said Peter Wehner')."""
    if re.search(r"\b(?:statement|spokes\w+|officials?)\b", cue, re.IGNORECASE):
        return None  # someone speaking for an organisation: ask
    found = None
    for m in re.finditer(r"[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+)*", cue):
        person = run.index.person_by_surname(m.group(0).split()[-1])
        if person is not None:
            if found is not None:
                return None  # two people in one cue: ask
            found = person
    return found


def _passage(run: _Run, cand: QuoteCandidate) -> str:
    # The quote's paragraph and the two sentences before it: a speaker is often named there.
    prev = run.before(cand.context_start, 2)
    end = min(cand.context_end, max(cand.context_start + _PASSAGE_CHARS, cand.parts[-1].end + 120))
    before = " ".join(s.text for s in prev)
    return (before + "\n" if before else "") + run.doc.text[cand.context_start : end]


def _quotes(run: _Run, candidates: list[QuoteCandidate]) -> list[Quote]:
    prompt = load_prompt("quotes")
    quotes: list[Quote] = []
    for n, cand in enumerate(candidates, 1):
        person = None
        if cand.cue:
            # "..., he said" or "..., Besigye said": the text itself says who; no question needed.
            pronoun = re.match(r"(?:he|she)\s", cand.cue, re.IGNORECASE)
            person = _antecedent(run, cand.parts[0].start, run.quoted) if pronoun else _person_in_cue(run, cand.cue)
        if person is not None:
            entity = run.index.resolve(person, "person")
        else:
            user = prompt.render("user", quote=cand.text, passage=_passage(run, cand))
            reply = run.ask(QuoteSpeaker, user, f"quote {n} speaker", _QUOTE_TOKENS, {"quote": cand.text})
            if not isinstance(reply, QuoteSpeaker):
                run.scope.warnings.append(f"quote {n} left out: no valid speaker ({cand.text[:50]!r})")
                continue
            hint: EntityKind = "organisation" if reply.speaker_kind == "organisation" else "person"
            entity = run.index.resolve(reply.speaker, hint)
        quotes.append(
            Quote(
                text=cand.text,
                speaker=entity.name,
                speaker_kind=entity.kind if entity.kind != "country" else "organisation",
                speaker_role=entity.role,
                cue=cand.cue,
                direct=True,
                evidence=list(cand.parts),
            )
        )
    return quotes


def _indirect(run: _Run) -> list[Quote]:
    """Reported speech without quotation marks: content and source read from the sentence."""
    quotes: list[Quote] = []
    for sent in run.sentences:
        if inside(sent.start, sent.end, run.blocked):
            continue
        for cand in find_indirect(sent):
            source = cand.source
            if source.casefold() in ("he", "she"):
                person = _antecedent(run, sent.start)
                if person is None:
                    continue
                source = person
            elif source.casefold() == "they":
                continue
            entity = run.index.resolve(source, before=sent.start)
            cue_start = run.doc.text.find(cand.source, sent.start, sent.end)
            quotes.append(
                Quote(
                    text=run.doc.text[cand.start : cand.end],
                    speaker=entity.name,
                    speaker_kind=entity.kind if entity.kind != "country" else "organisation",
                    speaker_role=entity.role,
                    cue=f"{cand.source} {cand.verb}" if cue_start >= 0 else cand.verb,
                    direct=False,
                    evidence=[span_of(run.doc.text, cand.start, cand.end)],
                )
            )
    return quotes


def _place(name: str, country: str | None) -> Place:
    """A place; for 'the port of entry in Ciudad Juárez' the country comes from the name after 'in'."""
    from summarizer.text.places import place_for

    name = name.strip().strip(".,")
    place = place_for(name, country)
    if place.country_code is None and " in " in name:
        inner = place_for(name.rsplit(" in ", 1)[1], country)
        place.country, place.country_code = inner.country, inner.country_code
    return place


_HE_SHE = re.compile(r"^[\W_]*(?:He|She)\b")


def _first_person(run: _Run, sent: Sentence) -> str | None:
    """The person named first in a sentence (usually its subject)."""
    best: tuple[int, str | None] = (len(sent.text) + 1, None)
    for full in run.index.people.values():
        m = run.surname(full.split()[-1]).search(sent.text)
        if m and m.start() < best[0]:
            best = (m.start(), full)
    return best[1]


def _antecedent(run: _Run, before: int, quoted: _Quoted | None = None) -> str | None:
    """Who 'he' or 'she' at offset ``before`` refers to: the subject of the nearest sentence before it
    that names a person, passing over quoted speech and sentences that themselves open with he/she."""
    for sent in reversed(run.before(before, 6)):
        if quoted and quoted.share(sent) > 0.5:
            continue
        if _HE_SHE.match(sent.text):
            continue
        person = _first_person(run, sent)
        if person is not None:
            return person
    return None


def _pronoun_subject(run: _Run, sent: Sentence) -> str | None:
    """The person a sentence-initial 'He'/'She' refers to."""
    return _antecedent(run, sent.start) if _HE_SHE.match(sent.text) else None


def _named_in(name: str, text: str) -> bool:
    """The entity's surname (or whole name) occurs in the text."""
    last = name.split()[-1] if name.split() else name
    return appears_in(name, text) or appears_in(last, text)


def _mentioned(run: _Run, names: list[str], sent: Sentence) -> list[str]:
    """Names the sentence itself writes; else those its context writes (for 'he', 'the officials')."""
    in_sentence = [n for n in names if _named_in(n, sent.text)]
    if in_sentence:
        return in_sentence
    window = run.context(sent)
    return [n for n in names if _named_in(n, window)]


class _Quoted:
    """The quotations' parts in order (they never overlap), to measure a sentence's quoted share in one look-up."""

    def __init__(self, quotes: list[QuoteCandidate]) -> None:
        self.spans = sorted((p.start, p.end) for q in quotes for p in q.parts)
        self.ends = [e for _, e in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def share(self, sent: Sentence) -> float:
        inside = 0
        k = bisect_right(self.ends, sent.start)  # the first part that ends after the sentence starts
        while k < len(self.spans) and self.spans[k][0] < sent.end:
            start, end = self.spans[k]
            inside += min(end, sent.end) - max(start, sent.start)
            k += 1
        return inside / max(1, sent.end - sent.start)


def _event_sentences(run: _Run, quoted: _Quoted) -> list[Sentence]:
    return [
        sent
        for sent in run.sentences
        # Headings are too short; a speaker's own words are attributed as quotes.
        if len(sent.text.split()) >= 4 and quoted.share(sent) <= 0.5
    ]


def _trips(run: _Run, sentences: list[Sentence]) -> list[Trip]:
    prompt = load_prompt("trips")
    trips: list[Trip] = []
    for sent in sentences:
        if not is_trip_candidate(sent.text):
            continue
        user = prompt.render("user", context=run.context(sent), sentence=sent.text)
        tr = run.ask(TripFacts, user, f"sentence {sent.index} trip", _EVENT_TOKENS)
        if not (isinstance(tr, TripFacts) and tr.is_trip):
            continue
        travellers = _mentioned(run, tr.travellers, sent)
        subject = _pronoun_subject(run, sent)
        if subject is not None and not any(_named_in(t, sent.text) for t in travellers):
            travellers = [subject]  # "He was then flown to X": the person last named
        named = [t for t in travellers if _named_in(t, sent.text)]
        if named and not any(near_travel_word(sent.text, t.split()[-1]) for t in named):
            continue  # the people named are not the ones who move
        places = [d for d in tr.destinations if appears_in(d, sent.text) and near_travel_word(sent.text, d)]
        if not (travellers and places):
            continue
        dates = _dates(run, sent)
        status = event_status(sent.text)
        trips.append(
            Trip(
                travellers=[run.index.resolve(t, "person", before=sent.start) for t in travellers],
                destinations=[_place(d, None) for d in places],
                when=_best_when(dates),
                dates=dates,
                purpose=tr.purpose if tr.purpose and appears_in(tr.purpose, sent.text) else None,
                mode=trip_mode(sent.text),
                status=status,
                confirmed=False if is_reported_only(sent.text) else (True if status == "completed" else None),
                reported_by=_reporters(run, sent),
                evidence=[span_of(run.doc.text, sent.start, sent.end)],
            )
        )
    return trips


def _reporters(run: _Run, sent: Sentence) -> list[str]:
    """Who the sentence credits with the report of a trip ('Yonhap news agency said the officials would visit')."""
    names: list[str] = []
    for cand in find_indirect(sent):
        content = run.doc.text[cand.start : cand.end]
        if is_trip_candidate(content) and cand.source.casefold() not in ("he", "she", "they"):
            names.append(run.index.resolve(cand.source, before=sent.start).name)
    return list(dict.fromkeys(names))


def _meetings(run: _Run, sentences: list[Sentence]) -> list[Meeting]:
    prompt = load_prompt("meetings")
    meetings: list[Meeting] = []
    for sent in sentences:
        if not is_meeting_candidate(sent.text):
            continue
        context = run.context(sent)
        user = prompt.render("user", context=context, sentence=sent.text)
        mt = run.ask(MeetingFacts, user, f"sentence {sent.index} meeting", _EVENT_TOKENS)
        if not (isinstance(mt, MeetingFacts) and mt.is_meeting):
            continue
        named = _mentioned(run, mt.participants, sent)
        if named and len(named) < len(mt.participants):
            # One side named in the sentence, the other ("he") resolved from the context.
            named += [p for p in mt.participants if p not in named and _named_in(p, context)][:1]
        subject = _pronoun_subject(run, sent)
        if subject is not None and len(named) < 2 and not any(_named_in(n, subject) for n in named):
            named.append(subject)  # "He also met with X": the model named only X
        participants = [run.index.resolve(p, before=sent.start) for p in named]
        if len({p.name.casefold() for p in participants}) < 2:
            continue
        dates = _dates(run, sent)
        meetings.append(
            Meeting(
                participants=participants,
                when=_best_when(dates),
                format=meeting_format(sent.text),
                topics=[t.strip() for t in mt.topics if t.strip()][:3],
                status=event_status(sent.text),
                evidence=[span_of(run.doc.text, sent.start, sent.end)],
            )
        )
    return meetings


def _naive(run: _Run) -> tuple[list[Trip], list[Meeting], list[Quote]]:
    from summarizer.text.dates import resolve_date

    text = run.doc.text
    reply = NaiveSummary()
    for n, (start, end) in enumerate(run.chunks, 1):
        user = load_prompt("naive").render("user", article=text[start:end])
        part = run.ask(NaiveSummary, user, f"whole article (chunk {n})", _NAIVE_TOKENS)
        if isinstance(part, NaiveSummary):
            reply.trips += part.trips
            reply.meetings += part.meetings
            reply.quotes += part.quotes
    quotes: list[Quote] = []
    for q in reply.quotes:
        span = locate(text, q.text)
        if span is None:
            run.scope.warnings.append(f"dropped a quote not found verbatim in the article: {q.text[:60]!r}")
            continue
        ent = run.index.resolve(q.speaker)
        quotes.append(Quote(text=span.text, speaker=ent.name, speaker_kind=ent.kind, evidence=[span]))
    trips: list[Trip] = []
    for t in reply.trips:
        span = locate_sentence(text, run.sentences, t.sentence)
        if span is None or not t.travellers:
            continue
        when = resolve_date(t.when, run.reference) if t.when else None
        trips.append(
            Trip(
                travellers=[run.index.resolve(x) for x in t.travellers if x.strip()],
                destinations=[_place(d, None) for d in t.destinations if d.strip()],
                when=when,
                dates=[when] if when else [],
                evidence=[span],
            )
        )
    meetings: list[Meeting] = []
    for m in reply.meetings:
        span = locate_sentence(text, run.sentences, m.sentence)
        if span is None or len(m.participants) < 2:
            continue
        when = resolve_date(m.when, run.reference) if m.when else None
        meetings.append(
            Meeting(participants=[run.index.resolve(x) for x in m.participants if x.strip()], when=when, evidence=[span])
        )
    return trips, meetings, quotes


KINDS = ("trips", "meetings", "quotes")


def summarize_document(doc: Document, client: ModelClient, kinds: tuple[str, ...] = KINDS) -> ArticleSummary:
    """Summarise one document with the client's model and the configured strategy.

    ``kinds`` limits the focused strategy to some of trips, meetings and quotes.
    """
    started = time.perf_counter()
    settings = client.settings
    sentences = split_sentences(doc.text)
    reference = doc.published or find_dateline(doc.text)
    budget = max(2000, (settings.n_ctx - 900) * 3)
    run = _Run(
        doc=doc,
        client=client,
        scope=CallScope(article=doc.doc_id),
        reference=reference,
        sentences=sentences,
        index=EntityIndex(doc.text),
        chunks=_chunks(doc.text, sentences, budget),
    )
    if settings.strategy == "naive":
        trips, meetings, quotes = _naive(run)
        used: tuple[str, ...] = ("system", "naive")
    else:
        blocked = run.blocked = instruction_passages(doc.text)
        if blocked:
            run.scope.warnings.append(
                f"ignored {len(blocked)} passage(s) that read as instructions to a model, not news: "
                + ", ".join(f"[{s}:{e}]" for s, e in blocked)
            )
        candidates = [q for q in find_quotes(doc.text) if not inside(q.parts[0].start, q.parts[-1].end, blocked)]
        run.quoted = _Quoted(candidates)
        quotes = _quotes(run, candidates) + _indirect(run) if "quotes" in kinds else []
        sentences = [s for s in _event_sentences(run, run.quoted) if not inside(s.start, s.end, blocked)]
        # Calls of one kind run back to back so a local model reuses their shared prompt prefix.
        trips = _trips(run, sentences) if "trips" in kinds else []
        meetings = _meetings(run, sentences) if "meetings" in kinds else []
        used = ("system", *(k for k in ("quotes", "trips", "meetings") if k in kinds))
    scope = run.scope
    if scope.questions and scope.failures == scope.questions:
        from summarizer.errors import AllCallsFailedError

        raise AllCallsFailedError(
            f"article {doc.doc_id}: all {scope.questions} model call(s) failed; the first: {scope.first_failure}",
            model=client.model_id,
            calls=scope.questions,
            article=doc.doc_id,
        )
    summary = ArticleSummary(
        doc_id=doc.doc_id,
        published=reference.isoformat() if reference else None,
        model=client.model_id,
        strategy=settings.strategy,
        prompt_versions={name: load_prompt(name).version for name in used},
        trips=merge_trips(trips),
        meetings=merge_meetings(meetings),
        quotes=quotes,
        usage=run.scope.usage,
        warnings=run.scope.rejections + run.scope.warnings,
    )
    if settings.strategy == "naive" and len(run.chunks) > 1:
        summary.warnings.append(f"long article: read in {len(run.chunks)} overlapping chunks")
    if reference is None:
        summary.warnings.append("no reference date (--published or a dateline): dates without a year are left unresolved")
    verify_summary(summary, doc.text)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary
