"""The focused strategy: small questions a model can answer well.

Quotations are found in the text by their quotation marks, and the model is asked only
who said each one; sentences with a travel or meeting word are asked about one at a time.
Passages that read as instructions to a model are left out of everything.
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.extract.events import MEETINGS, TRIPS, ask_events, event_records
from summarizer.extract.quotes import ask_speakers, quote_records
from summarizer.extract.reported import reported_quotes
from summarizer.extract.run import ArticleRun, Findings
from summarizer.schemas import Quote
from summarizer.text.coref import QuotedSpans
from summarizer.text.injection import inside, instruction_passages
from summarizer.text.quotes import find_quotes
from summarizer.text.sentences import Sentence

__all__ = ["focused"]


def _event_sentences(run: ArticleRun, quoted: QuotedSpans) -> list[Sentence]:
    return [
        sent
        for sent in run.sentences
        # Headings are too short; a speaker's own words are attributed as quotes.
        if len(sent.text.split()) >= 4 and quoted.share(sent) <= 0.5 and not inside(sent.start, sent.end, run.blocked)
    ]


def focused(run: ArticleRun, kinds: tuple[str, ...]) -> Findings:
    """Quotes, trips and meetings (those of them in ``kinds``), with the prompts used."""
    blocked = instruction_passages(run.doc.text)
    if blocked:
        run.scope.warnings.append(
            f"ignored {len(blocked)} passage(s) that read as instructions to a model, not news: "
            + ", ".join(f"[{s}:{e}]" for s, e in blocked)
        )
    run = replace(run, blocked=blocked)
    candidates = [q for q in find_quotes(run.doc.text) if not inside(q.parts[0].start, q.parts[-1].end, blocked)]
    quoted = QuotedSpans.of_quotes(candidates)
    reported: list[Quote] = []
    speakers = []
    if "quotes" in kinds:
        # A mixed quote (a reported clause with quoted words) supersedes the quotations inside it.
        reported, superseded = reported_quotes(run, candidates)
        direct = [c for i, c in enumerate(candidates) if i not in superseded]
        speakers = ask_speakers(run, direct, quoted)
    sentences = _event_sentences(run, quoted)
    # Every question is asked before any answer is read, so a model that decodes several at once can.
    # Questions of one kind are asked back to back: a local model reuses their shared prompt prefix.
    trips_asked = ask_events(run, sentences, TRIPS) if "trips" in kinds else []
    meetings_asked = ask_events(run, sentences, MEETINGS) if "meetings" in kinds else []
    quotes = quote_records(speakers) + reported if "quotes" in kinds else []
    trips = event_records(run, trips_asked, TRIPS)
    meetings = event_records(run, meetings_asked, MEETINGS)
    used = ("system", *(k for k in ("quotes", "trips", "meetings") if k in kinds))
    return Findings(trips=trips, meetings=meetings, quotes=quotes, prompts=used)
