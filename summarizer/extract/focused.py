"""The focused strategy: small questions a model can answer well.

Quotations are found in the text by their quotation marks, and the model is asked only
who said each one; sentences with a travel or meeting word are asked about one at a time.
Passages that read as instructions to a model are left out of everything.
"""

from __future__ import annotations

from dataclasses import replace

from summarizer.extract.run import ArticleRun, Findings, Passages
from summarizer.kinds import selected
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
    """The records of each kind in ``kinds``, with the prompts used."""
    blocked = instruction_passages(run.doc.text)
    if blocked:
        run.scope.warnings.append(
            f"ignored {len(blocked)} passage(s) that read as instructions to a model, not news: "
            + ", ".join(f"[{s}:{e}]" for s, e in blocked)
        )
    run = replace(run, blocked=blocked)
    candidates = [q for q in find_quotes(run.doc.text) if not inside(q.parts[0].start, q.parts[-1].end, blocked)]
    quoted = QuotedSpans.of_quotes(candidates)
    passages = Passages(quotes=candidates, quoted=quoted, sentences=_event_sentences(run, quoted))
    chosen = selected(kinds)
    # Every kind's questions are asked before any answer is read, so a model that decodes several at once
    # is never left waiting on one kind's last answer; read in the same order, calls of one kind run back to
    # back when they are sent one at a time, and a local model reuses their shared prompt prefix.
    pending = [(kind.name, kind.find(run, passages)) for kind in chosen]
    found = {name: read() for name, read in pending}
    return Findings(found=found, prompts=("system", *(p for kind in chosen for p in kind.prompts)))
