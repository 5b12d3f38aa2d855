"""The naive strategy, the baseline that ``summarizer eval --strategy naive`` measures:
one question for the whole article (in overlapping chunks when it is long) and the whole schema.

What comes back is kept only where the article bears it out: a quote must be verbatim in
the text, a trip or meeting must cite a sentence of the article.
"""

from __future__ import annotations

from typing import Any

from summarizer.extract.grounding import locate, locate_sentence
from summarizer.extract.run import ArticleRun, Findings, place
from summarizer.llm.answers import NaiveSummary
from summarizer.llm.prompts import load_prompt
from summarizer.schemas import Meeting, Quote, Trip
from summarizer.text.sentences import Sentence

__all__ = ["chunks", "naive"]

_NAIVE_TOKENS = 1500


def chunks(text: str, sentences: list[Sentence], budget: int) -> list[tuple[int, int]]:
    """Windows of whole sentences of at most ``budget`` characters, overlapping by two sentences."""
    if len(text) <= budget or not sentences:
        return [(0, len(text))]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].end - sentences[i].start <= budget:
            j += 1
        found.append((sentences[i].start, sentences[j].end))
        if j + 1 >= len(sentences):
            break
        i = max(i + 1, j - 1)
    return found


def _ask(run: ArticleRun, windows: list[tuple[int, int]]) -> NaiveSummary:
    """One question per window; the answers' items together."""
    reply = NaiveSummary()
    prompt = load_prompt("naive")
    answers = [
        run.ask_later(NaiveSummary, prompt.render("user", article=run.doc.text[start:end]), f"whole article (chunk {n})",
                      _NAIVE_TOKENS)
        for n, (start, end) in enumerate(windows, 1)
    ]
    for answer in answers:
        part = answer()
        if isinstance(part, NaiveSummary):
            reply.trips += part.trips
            reply.meetings += part.meetings
            reply.quotes += part.quotes
    return reply


def _quotes(run: ArticleRun, reply: NaiveSummary) -> list[Quote]:
    quotes: list[Quote] = []
    for q in reply.quotes:
        span = locate(run.doc.text, q.text)
        if span is None:
            run.scope.warnings.append(f"dropped a quote not found verbatim in the article: {q.text[:60]!r}")
            continue
        ent = run.index.resolve(q.speaker)
        quotes.append(Quote(text=span.text, speaker=ent.name, speaker_kind=ent.kind, evidence=[span]))
    return quotes


def _trips(run: ArticleRun, reply: NaiveSummary) -> list[Trip]:
    from summarizer.text.dates import resolve_date

    trips: list[Trip] = []
    for t in reply.trips:
        span = locate_sentence(run.doc.text, run.sentences, t.sentence)
        if span is None or not t.travellers:
            continue
        when = resolve_date(t.when, run.reference) if t.when else None
        trips.append(
            Trip(
                travellers=[run.index.resolve(x) for x in t.travellers if x.strip()],
                destinations=[place(d, None, run.doc.text) for d in t.destinations if d.strip()],
                when=when,
                dates=[when] if when else [],
                evidence=[span],
            )
        )
    return trips


def _meetings(run: ArticleRun, reply: NaiveSummary) -> list[Meeting]:
    from summarizer.text.dates import resolve_date

    meetings: list[Meeting] = []
    for m in reply.meetings:
        span = locate_sentence(run.doc.text, run.sentences, m.sentence)
        if span is None or len(m.participants) < 2:
            continue
        when = resolve_date(m.when, run.reference) if m.when else None
        meetings.append(
            Meeting(participants=[run.index.resolve(x) for x in m.participants if x.strip()], when=when, evidence=[span])
        )
    return meetings


def naive(run: ArticleRun, kinds: tuple[str, ...]) -> Findings:
    """Everything from one question per chunk; the baseline asks for the three built-in kinds whatever
    ``kinds`` says, and notes the kind-file kinds it does not read."""
    budget = max(2000, (run.client.settings.n_ctx - 900) * 3)
    windows = chunks(run.doc.text, run.sentences, budget)
    reply = _ask(run, windows)
    quotes = _quotes(run, reply)
    trips = _trips(run, reply)
    meetings = _meetings(run, reply)
    notes = [f"long article: read in {len(windows)} overlapping chunks"] if len(windows) > 1 else []
    unread = [k for k in kinds if k not in ("trips", "meetings", "quotes")]
    if unread:
        notes.append(f"the naive strategy reads trips, meetings and quotes only: {', '.join(unread)} not read")
    found: dict[str, list[Any]] = {"trips": trips, "meetings": meetings, "quotes": quotes}
    return Findings(found=found, prompts=("system", "naive"), notes=notes)
