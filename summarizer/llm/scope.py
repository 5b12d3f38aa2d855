"""Per-article bookkeeping of model calls: :class:`CallScope` and the context variable that carries it.

:class:`~summarizer.llm.client.ModelClient` sets :data:`current_scope` for the length of one
question, so that its ``create`` hook, called by instructor for every attempt, can count the
completions (fresh or recorded) into the article's :class:`~summarizer.schemas.Usage`, keep the
call's deadline and note why replies were re-asked.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Any

from summarizer.schemas import Usage

__all__ = ["CallScope", "count_call", "current_scope"]


@dataclass
class CallScope:
    """Per-article bookkeeping, carried in a context variable through instructor's retry loop."""

    article: str
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)
    task: str = ""
    attempts: int = 0
    rejections: list[str] = field(default_factory=list)
    # time.monotonic() by which the current call must be done: settings.timeout after its first request.
    deadline: float | None = None
    # Questions asked for this article, and how many got no valid answer.
    questions: int = 0
    failures: int = 0


current_scope: contextvars.ContextVar[CallScope | None] = contextvars.ContextVar("summarizer_scope", default=None)
"""The scope of the question being asked in this thread (or task); None outside one."""


def count_call(usage: Usage, response: dict[str, Any]) -> None:
    """One completion (fresh or recorded) and its tokens, into the article's usage."""
    tokens = response.get("usage") or {}
    usage.calls += 1
    usage.prompt_tokens += int(tokens.get("prompt_tokens") or 0)
    usage.completion_tokens += int(tokens.get("completion_tokens") or 0)
