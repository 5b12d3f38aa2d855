"""One article's summarising: what every strategy reads, how it asks, and what it finds."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from summarizer.errors import ReplyValidationError, TruncatedReplyError
from summarizer.extract.grounding import span_of
from summarizer.llm.client import CallScope, ModelClient
from summarizer.llm.prompts import load_prompt
from summarizer.read.document import Document
from summarizer.schemas import DateRef, Place, Usage
from summarizer.text.coref import QuotedSpans, VisibleSentences
from summarizer.text.entities import EntityIndex
from summarizer.text.lexicon import TELLING_VERBS, finite_forms, word_pattern
from summarizer.text.quotes import QuoteCandidate
from summarizer.text.sentences import Sentence

__all__ = ["Answer", "ArticleRun", "Findings", "Passages", "best_when", "dates_in", "place"]

Answer = Callable[[], object | None]
"""A question asked with :meth:`ArticleRun.ask_later`: call it for the reply (None when there is none)."""


@dataclass
class ArticleRun:
    """The article and the model client a strategy works with.

    ``blocked`` are passages that read as instructions to a model: their sentences are
    never context. ``visible`` (the other sentences) is built once, from ``blocked``; use
    ``dataclasses.replace`` to set passages on a run, which builds it again. With ``pool``, the
    questions asked with :meth:`ask_later` are sent at once (a model that decodes several
    together answers them together); without, each is sent when its answer is read.
    """

    doc: Document
    client: ModelClient
    scope: CallScope
    reference: date | None
    sentences: list[Sentence]
    index: EntityIndex
    blocked: list[tuple[int, int]] = field(default_factory=list)
    pool: Executor | None = None
    visible: VisibleSentences = field(init=False, repr=False)
    # who travelled in the last trip read, in the article's order: the traveller of a leg whose noun names no one
    last_travellers: list[str] = field(init=False, repr=False, default_factory=list)

    def __post_init__(self) -> None:
        self.visible = VisibleSentences(self.sentences, self.blocked)

    def context(self, sent: Sentence) -> str:
        """The sentences just before ``sent``, outside blocked passages."""
        return self.visible.context(sent)

    def ask(
        self, reply_type: type, user: str, task: str, max_tokens: int, extra: dict[str, str] | None = None
    ) -> object | None:
        """One question, with the system prompt; None (and a warning) when it got no usable reply."""
        return self.ask_later(reply_type, user, task, max_tokens, extra)()

    def ask_later(
        self, reply_type: type, user: str, task: str, max_tokens: int, extra: dict[str, str] | None = None
    ) -> Answer:
        """:meth:`ask`, its reply read later: the returned function gives it (None and a warning when none).

        Read the answers in the order the questions were asked: each answer's bookkeeping (usage,
        re-asks, warnings) joins the article's when it is read, so the summary is the same however
        the questions were scheduled.
        """
        messages = [{"role": "system", "content": load_prompt("system").render("system")}, {"role": "user", "content": user}]
        own = CallScope(article=self.scope.article)  # this question's attempts, deadline and notes

        def call() -> tuple[object | None, Exception | None]:
            try:
                reply: object = self.client.ask(
                    reply_type,
                    messages,
                    scope=own,
                    task=task,
                    max_tokens=max_tokens,
                    context={"text": self.doc.text, **(extra or {})},
                )
            except (TruncatedReplyError, ReplyValidationError) as exc:
                return None, exc
            return reply, None

        future = self.pool.submit(call) if self.pool is not None else None
        read: list[object | None] = []

        def answer() -> object | None:
            if read:
                return read[0]
            reply, failure = future.result() if future is not None else call()
            self._join(own, failure)
            read.append(reply)
            return reply

        return answer

    def _join(self, own: CallScope, failure: Exception | None) -> None:
        """One question's bookkeeping into the article's."""
        scope = self.scope
        for name in Usage.model_fields:
            setattr(scope.usage, name, getattr(scope.usage, name) + getattr(own.usage, name))
        scope.rejections += own.rejections
        scope.warnings += own.warnings
        scope.questions += 1
        # A question without a valid reply is the model not knowing: a warning. Any other failure (server,
        # protocol, cache, deadline) ends the article: it is raised where the answer is read.
        if failure is not None:
            scope.failures += 1
            scope.warnings.append(str(failure))


@dataclass(frozen=True)
class Passages:
    """The candidate passages of an article, found once for every kind: its quotations (outside blocked
    passages), where they stand, and the sentences that can report an event."""

    quotes: list[QuoteCandidate]
    quoted: QuotedSpans
    sentences: list[Sentence]


@dataclass
class Findings:
    """What a strategy found (records by kind name), the prompts it used, and notes for the end of the
    summary's warnings."""

    found: dict[str, list[Any]]
    prompts: tuple[str, ...]
    notes: list[str] = field(default_factory=list)


# The verbs that tell news, and "published", "according", "statement".
_REPORTED_AT = re.compile(
    rf"\b(?:{word_pattern(f for v in TELLING_VERBS for f in finite_forms(v))}|published|according|statement)\b",
    re.IGNORECASE,
)


def _forward(sentence: str, start: int, end: int, event_at: int | None) -> bool:
    """A date of the event still to come at ``event_at`` ("will fly to Nairobi on Tuesday": the coming
    Tuesday), not of the report of it: no reporting word stands between the event word and the date, nor
    just before the date ("..., her office said on Tuesday", "reports published on March 4")."""
    if event_at is None:
        return False
    between = sentence[min(start, event_at) : max(start, event_at)]
    return not (_REPORTED_AT.search(between) or _REPORTED_AT.search(sentence[max(0, start - 20) : start]))


def dates_in(run: ArticleRun, sent: Sentence, *, planned_at: int | None = None) -> list[DateRef]:
    """The dates a sentence writes, resolved against the run's reference date; for a planned event (its
    word at ``planned_at`` in the sentence) the event's own dates are read forward from the reference."""
    from summarizer.text.dates import find_date_phrases, resolve_date

    refs: list[DateRef] = []
    for s, e in find_date_phrases(sent.text):
        forward = _forward(sent.text, s, e, planned_at)
        ref = resolve_date(sent.text[s:e], run.reference, prefer_future=forward)
        ref.span = span_of(run.doc.text, sent.start + s, sent.start + e)
        refs.append(ref)
    return refs


def best_when(dates: list[DateRef]) -> DateRef | None:
    """The first date with a resolved value, else the first date."""
    for ref in dates:
        if ref.value is not None:
            return ref
    return dates[0] if dates else None


def place(name: str, country: str | None, text: str = "") -> Place:
    """A place the model named as one, its country from the world's towns where needed ('Lomé' -> Togo); for
    'the port of entry in Ciudad Juárez' the country comes from the name after 'in'. A town several countries
    have is the one in a country the article ``text`` names."""
    from summarizer.text.gazetteer import destination_place

    name = name.strip().strip(".,")
    found = destination_place(name, country, text)
    if found.country_code is None and " in " in name:
        inner = destination_place(name.rsplit(" in ", 1)[1], country, text)
        found.country, found.country_code = inner.country, inner.country_code
    return found
