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

import time
from dataclasses import dataclass, field
from datetime import date

from .client import CallScope, ModelClient
from .cues import (
    event_status,
    is_meeting_candidate,
    is_reported_only,
    is_trip_candidate,
    meeting_format,
    trip_mode,
)
from .documents import Document, find_dateline
from .entities import EntityIndex
from .errors import ReplyValidationError, TruncatedReplyError
from .grounding import locate, locate_sentence, span_of, verify_summary
from .merge import merge_meetings, merge_trips
from .prompts import load_prompt
from .quotefind import QuoteCandidate, find_quotes
from .replies import MeetingFacts, NaiveSummary, QuoteSpeaker, TripFacts, appears_in
from .schemas import ArticleSummary, DateRef, Meeting, Place, Quote, Trip
from .segment import Sentence, split_sentences

__all__ = ["summarize_document", "PROMPTS"]

PROMPTS = ("article", "quotes", "trips", "meetings", "naive")
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

    def system_for(self, offset: int) -> str:
        """The shared system message for the chunk that holds ``offset`` (the whole article when it fits)."""
        start, end = next(((s, e) for s, e in self.chunks if s <= offset < e), self.chunks[-1])
        return load_prompt("article").render("system", article=self.doc.text[start:end])

    def ask(self, reply_type: type, offset: int, user: str, task: str, max_tokens: int) -> object | None:
        messages = [{"role": "system", "content": self.system_for(offset)}, {"role": "user", "content": user}]
        try:
            return self.client.ask(
                reply_type,
                messages,
                scope=self.scope,
                task=task,
                max_tokens=max_tokens,
                context={"text": self.doc.text},
            )
        except (TruncatedReplyError, ReplyValidationError) as exc:
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
    from .dates import find_date_phrases, resolve_date

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


def _passage(run: _Run, cand: QuoteCandidate) -> str:
    start = cand.context_start
    # Include the paragraph before: a quote's speaker is often named there.
    prev = [s for s in run.sentences if s.end <= start]
    if prev:
        start = prev[-1].start
    end = min(cand.context_end, start + _PASSAGE_CHARS + (cand.context_end - cand.context_start))
    return run.doc.text[start:end]


def _quotes(run: _Run) -> list[Quote]:
    prompt = load_prompt("quotes")
    quotes: list[Quote] = []
    for n, cand in enumerate(find_quotes(run.doc.text), 1):
        user = prompt.render("user", quote=cand.text, passage=_passage(run, cand))
        reply = run.ask(QuoteSpeaker, cand.parts[0].start, user, f"quote {n} speaker", _QUOTE_TOKENS)
        if not isinstance(reply, QuoteSpeaker):
            run.scope.warnings.append(f"quote {n} left out: no valid speaker ({cand.text[:50]!r})")
            continue
        hint = "organisation" if reply.speaker_kind == "organisation" else "person"
        entity = run.index.resolve(reply.speaker, hint)
        role = entity.role
        if role is None and reply.speaker_role and appears_in(reply.speaker_role, run.doc.text) and entity.kind == "person":
            role = reply.speaker_role
        cue = cand.cue
        if cue is None and reply.cue and locate(run.doc.text, reply.cue) is not None:
            cue = reply.cue
        quotes.append(
            Quote(
                text=cand.text,
                speaker=entity.name,
                speaker_kind=entity.kind if entity.kind != "country" else "organisation",
                speaker_role=role,
                cue=cue,
                direct=True,
                evidence=list(cand.parts),
            )
        )
    return quotes


def _place(name: str, country: str | None) -> Place:
    from .places import place_for

    return place_for(name.strip(), country)


def _events(run: _Run) -> tuple[list[Trip], list[Meeting]]:
    trip_prompt, meet_prompt = load_prompt("trips"), load_prompt("meetings")
    trips: list[Trip] = []
    meetings: list[Meeting] = []
    for sent in run.sentences:
        if len(sent.text.split()) < 4:
            continue  # headings
        evidence = [span_of(run.doc.text, sent.start, sent.end)]
        if is_trip_candidate(sent.text):
            user = trip_prompt.render("user", sentence=sent.text)
            tr = run.ask(TripFacts, sent.start, user, f"sentence {sent.index} trip", _EVENT_TOKENS)
            if isinstance(tr, TripFacts) and tr.is_trip and tr.travellers:
                dates = _dates(run, sent)
                status = event_status(sent.text)
                trips.append(
                    Trip(
                        travellers=[run.index.resolve(t) for t in tr.travellers],
                        destinations=[_place(p.name, p.country) for p in tr.destinations],
                        when=_best_when(dates),
                        dates=dates,
                        purpose=tr.purpose if tr.purpose and appears_in(tr.purpose, run.doc.text) else None,
                        mode=trip_mode(sent.text),
                        status=status,
                        confirmed=False if is_reported_only(sent.text) else (True if status == "completed" else None),
                        evidence=evidence,
                    )
                )
        if is_meeting_candidate(sent.text):
            user = meet_prompt.render("user", sentence=sent.text)
            mt = run.ask(MeetingFacts, sent.start, user, f"sentence {sent.index} meeting", _EVENT_TOKENS)
            if isinstance(mt, MeetingFacts) and mt.is_meeting and len(mt.participants) >= 2:
                dates = _dates(run, sent)
                participants = [run.index.resolve(p) for p in mt.participants]
                if len({p.name.casefold() for p in participants}) < 2:
                    continue
                meetings.append(
                    Meeting(
                        participants=participants,
                        place=_place(mt.place, None) if mt.place and appears_in(mt.place, sent.text) else None,
                        when=_best_when(dates),
                        format=meeting_format(sent.text),
                        topics=[t for t in mt.topics if t.strip()][:4],
                        status=event_status(sent.text),
                        evidence=evidence,
                    )
                )
    return trips, meetings


def _naive(run: _Run) -> tuple[list[Trip], list[Meeting], list[Quote]]:
    from .dates import resolve_date

    text = run.doc.text
    user = load_prompt("naive").render("user")
    reply = run.ask(NaiveSummary, 0, user, "whole article", _NAIVE_TOKENS)
    if not isinstance(reply, NaiveSummary):
        return [], [], []
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


def summarize_document(doc: Document, client: ModelClient) -> ArticleSummary:
    """Summarise one document with the client's model and the configured strategy."""
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
        used = ("article", "naive")
    else:
        quotes = _quotes(run)
        trips, meetings = _events(run)
        used = ("article", "quotes", "trips", "meetings")
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
        warnings=run.scope.warnings,
    )
    if len(run.chunks) > 1:
        summary.warnings.append(f"long article: read in {len(run.chunks)} overlapping chunks")
    if reference is None:
        summary.warnings.append("no reference date (--published or a dateline): dates without a year are left unresolved")
    verify_summary(summary, doc.text)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary
