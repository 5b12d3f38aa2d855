"""Quotations: direct quotes found by their quotation marks, and reported speech.

For a direct quote the model is asked only who said it, and only when the cue does not
already say ('..., he said', '..., Besigye said'). Reported speech ('X said that ...') is
read from the sentence without a model.
"""

from __future__ import annotations

from summarizer.extract.grounding import span_of
from summarizer.extract.run import ArticleRun
from summarizer.llm.answers import QuoteSpeaker
from summarizer.llm.prompts import load_prompt
from summarizer.schemas import Entity, EntityKind, Quote
from summarizer.text.coref import QuotedSpans, antecedent, speaker_of_cue
from summarizer.text.injection import inside
from summarizer.text.quotes import QuoteCandidate
from summarizer.text.reported import find_indirect

__all__ = ["direct_quotes", "reported_speech"]

_QUOTE_TOKENS = 120
_PASSAGE_CHARS = 700


def _passage(run: ArticleRun, cand: QuoteCandidate) -> str:
    # The quote's paragraph and the two sentences before it: a speaker is often named there.
    prev = run.visible.before(cand.context_start, 2)
    end = min(cand.context_end, max(cand.context_start + _PASSAGE_CHARS, cand.parts[-1].end + 120))
    before = " ".join(s.text for s in prev)
    return (before + "\n" if before else "") + run.doc.text[cand.context_start : end]


def _speaker(run: ArticleRun, cand: QuoteCandidate, n: int, quoted: QuotedSpans) -> Entity | None:
    """Who said the quote: from its cue when the text says, else the model's answer."""
    # "..., he said" or "..., Besigye said": the text itself says who; no question needed.
    person = speaker_of_cue(cand.cue, cand.parts[0].start, run.visible, run.index, quoted) if cand.cue else None
    if person is not None:
        return run.index.resolve(person, "person")
    user = load_prompt("quotes").render("user", quote=cand.text, passage=_passage(run, cand))
    reply = run.ask(QuoteSpeaker, user, f"quote {n} speaker", _QUOTE_TOKENS, {"quote": cand.text})
    if not isinstance(reply, QuoteSpeaker):
        run.scope.warnings.append(f"quote {n} left out: no valid speaker ({cand.text[:50]!r})")
        return None
    hint: EntityKind = "organisation" if reply.speaker_kind == "organisation" else "person"
    return run.index.resolve(reply.speaker, hint)


def direct_quotes(run: ArticleRun, candidates: list[QuoteCandidate], quoted: QuotedSpans) -> list[Quote]:
    """The candidates with a speaker; ``quoted`` (all their parts) keeps quoted speech out of 'he'."""
    quotes: list[Quote] = []
    for n, cand in enumerate(candidates, 1):
        entity = _speaker(run, cand, n, quoted)
        if entity is None:
            continue
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


def reported_speech(run: ArticleRun) -> list[Quote]:
    """Reported speech without quotation marks: content and source read from the sentence."""
    quotes: list[Quote] = []
    for sent in run.sentences:
        if inside(sent.start, sent.end, run.blocked):
            continue
        for cand in find_indirect(sent):
            source = cand.source
            if source.casefold() in ("he", "she"):
                person = antecedent(sent.start, run.visible, run.index)
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
                    kind="indirect",
                    evidence=[span_of(run.doc.text, cand.start, cand.end)],
                )
            )
    return quotes
