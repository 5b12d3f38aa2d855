"""Planning passes for the provider's Batch API: every model call of every article, found by running it.

The focused strategy decides its questions from the text analysis, and a re-ask depends on the reply
before it, so the calls of an article cannot be listed without running the article. A pass runs each
article's pipeline through the ordinary :class:`~summarizer.llm.client.ModelClient` (same prompts,
same instructor validation, same reply cache) over a :class:`PlanningBackend`: a request the reply
cache answers is answered; any other is noted as pending and gets no answer, so that question is
dropped in this pass. The pending requests go out as one Batch API job
(:mod:`summarizer.batch.openai_batch`), their replies land in the reply cache under the same keys, and
the next pass answers them from there: validated exactly as a live reply is, re-asked when invalid (the
re-ask is a new request, pending in its turn). An article whose pass asked for nothing new is finished:
that pass's summary is the one a replay (``--cache-mode replay``) of the same article reproduces.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, ReplyValidationError, SummarizerError
from summarizer.extract.pipeline import KINDS, summarize_document
from summarizer.llm.backends.openai import OpenAIBackend
from summarizer.llm.cache import cache_key
from summarizer.llm.client import ModelClient
from summarizer.llm.scope import current_scope
from summarizer.read.document import Document
from summarizer.schemas import ArticleSummary

__all__ = ["Outcome", "PendingRequest", "Planner", "PlanningBackend", "check_batch_settings"]


def check_batch_settings(settings: Settings) -> Settings:
    """``settings`` if a Batch API run can use them; else :class:`ConfigError` saying what to change.

    The Batch API is OpenAI's (or a server that offers the same endpoints): the model must be
    ``openai:NAME``. Replies travel through the reply cache, so the cache must be read and written:
    cache mode ``auto`` (``replay`` runs from the cache alone and sends nothing).
    """
    if settings.model.kind != "openai":
        raise ConfigError(f"--via openai-batch needs an openai:NAME model, not {settings.model.spec!r}")
    if settings.cache_mode not in ("auto", "replay"):
        raise ConfigError(
            f"--via openai-batch keeps every reply in the reply cache: use --cache-mode auto, "
            f"not {settings.cache_mode!r}"
        )
    return settings


@dataclass(frozen=True)
class PendingRequest:
    """A request the reply cache cannot answer yet: what a Batch API line sends."""

    key: str
    request: dict[str, Any]
    article: str
    task: str


@dataclass
class Outcome:
    """An article that is done: its summary, or the error that ended it."""

    doc: Document
    summary: ArticleSummary | None = None
    error: SummarizerError | None = None


@dataclass
class PlanningBackend:
    """A backend that never calls a model: it notes each request it is given as pending.

    It has the endpoint and model id of :class:`~summarizer.llm.backends.openai.OpenAIBackend`, so
    its requests have the cache keys a live run of the same model would use: a reply the Batch API
    returns is found by a later pass, by ``summarizer summarize --cache-mode replay``, or by a live
    run. A request whose batch line failed for good (``failed``: cache key -> reason) ends its article
    with a :class:`BackendError`, as the same failure from a live server would.
    """

    settings: Settings
    failed: dict[str, str] = field(default_factory=dict)
    pending: dict[str, PendingRequest] = field(default_factory=dict)
    article_pending: set[str] = field(default_factory=set)
    failure_hit: bool = False
    endpoint: str = OpenAIBackend.endpoint
    default_mode: str = OpenAIBackend.default_mode
    model_id: str = field(init=False)

    def __post_init__(self) -> None:
        # The model id in cache keys and summaries: the configured model's, as a live run has it.
        self.model_id = self.settings.model.id

    def begin(self, article: str) -> None:
        """Start an article: forget what the previous one asked for."""
        self.article_pending = set()
        self.failure_hit = False

    def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        """Note ``request`` as pending and give no answer (the question is dropped in this pass)."""
        key = cache_key(self.endpoint, request)
        scope = current_scope.get()
        task = scope.task if scope is not None else "request"
        if key in self.failed:
            self.failure_hit = True
            raise BackendError(f"{task}: batch request failed: {self.failed[key]}", model=self.model_id)
        if key not in self.pending:
            article = scope.article if scope is not None else ""
            self.pending[key] = PendingRequest(key, dict(request), article, task)
        self.article_pending.add(key)
        raise ReplyValidationError(f"{task}: reply pending in a batch", model=self.model_id, task=task)


class Planner:
    """Runs planning passes over articles until each is finished (see the module's docstring)."""

    def __init__(
        self, settings: Settings, *, kinds: tuple[str, ...] = KINDS, failed: dict[str, str] | None = None
    ) -> None:
        check_batch_settings(settings)
        # Pending requests are what the pass is for: never record, never call a model.
        self.backend = PlanningBackend(settings, failed=failed if failed is not None else {})
        self.client = ModelClient(settings, backend=self.backend)
        self.kinds = kinds
        self.passes = 0

    @property
    def pending(self) -> dict[str, PendingRequest]:
        """Every request noted since :meth:`clear`, by cache key."""
        return self.backend.pending

    def clear(self) -> None:
        """Forget the pending requests (they have been sent)."""
        self.backend.pending = {}

    def run_pass(self, docs: Iterable[Document]) -> tuple[list[Outcome], list[Document]]:
        """One pass: ``(finished, waiting)``; ``waiting`` are the articles with a pending request."""
        self.passes += 1
        finished: list[Outcome] = []
        waiting: list[Document] = []
        for doc in docs:
            self.backend.begin(doc.doc_id)
            outcome = Outcome(doc)
            try:
                outcome.summary = summarize_document(doc, self.client, self.kinds)
            except SummarizerError as exc:
                outcome.error = exc
            if self.backend.article_pending and not self.backend.failure_hit:
                waiting.append(doc)
            else:
                finished.append(outcome)
        return finished, waiting

