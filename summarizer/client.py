"""The one code path to a model: instructor over the record/replay cache over a backend.

:meth:`ModelClient.ask` sends one focused request, lets instructor validate the reply
into a pydantic model (re-asking with the validation error up to ``max_retries``),
and counts every completion, re-asks included, into the article's :class:`Usage`.
A reply cut at ``max_tokens`` raises :class:`TruncatedReplyError` at once: it is
not re-asked, because a longer answer to the same question would be cut again.
"""

from __future__ import annotations

import contextvars
import logging
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from .backends import Backend, make_backend
from .cache import ReplyCache, cache_key
from .config import Settings
from .errors import (
    CacheMissError,
    CorruptCacheFileError,
    ReplyValidationError,
    SummarizerError,
    TruncatedReplyError,
)
from .schemas import Usage

__all__ = ["CallScope", "ModelClient"]

# instructor logs every failed attempt at ERROR; our errors say it once, in one line.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

T = TypeVar("T", bound=BaseModel)

_MODES = {
    "tools": "TOOLS",
    "json": "JSON",
    "json_schema": "JSON_SCHEMA",
    "md_json": "MD_JSON",
}


@dataclass
class CallScope:
    """Per-article bookkeeping, carried in a context variable through instructor's retry loop."""

    article: str
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)
    task: str = ""
    attempts: int = 0
    rejections: list[str] = field(default_factory=list)


_scope: contextvars.ContextVar[CallScope | None] = contextvars.ContextVar("summarizer_scope", default=None)


class ModelClient:
    """Keeps the backend (and a loaded local model) for repeated calls."""

    def __init__(self, settings: Settings, backend: Backend | None = None) -> None:
        self.settings = settings
        self.backend = backend or make_backend(settings)
        self.cache = ReplyCache(settings.cache_dir) if settings.cache_mode != "off" else None
        self._patched: Any = None

    @property
    def model_id(self) -> str:
        """The model id recorded in outputs."""
        return self.backend.model_id

    @property
    def mode(self) -> str:
        """The instructor mode in use."""
        return self.settings.mode or self.backend.default_mode

    def _instructor_create(self) -> Any:
        if self._patched is None:
            import instructor

            mode_name = _MODES.get(self.mode)
            if mode_name is None:
                raise SummarizerError(f"unknown mode {self.mode!r}; use one of {', '.join(_MODES)}")
            self._patched = instructor.patch(create=self._create, mode=getattr(instructor.Mode, mode_name))
        return self._patched

    def _create(self, **request: Any) -> Any:
        """Called by instructor for every attempt: cache lookup, else the backend."""
        from openai.types.chat import ChatCompletion

        scope = _scope.get()
        request = {k: v for k, v in request.items() if v is not None}
        request["model"] = self.backend.model_id
        key = cache_key(self.backend.endpoint, request)
        mode = self.settings.cache_mode
        response: dict[str, Any] | None = None
        if self.cache is not None and mode in ("auto", "replay"):
            try:
                entry = self.cache.get(key)
            except CorruptCacheFileError as exc:
                if mode == "replay":
                    raise
                entry = None
                if scope is not None:
                    scope.warnings.append(f"{exc}; the model was asked again")
            if entry is not None:
                response = entry.response
                if scope is not None:
                    scope.usage.cached_calls += 1
        if response is None:
            if mode == "replay":
                article = scope.article if scope else None
                raise CacheMissError(
                    f"no recorded reply for {scope.task if scope else 'a request'} of article {article} "
                    f"(key {key[:16]}) in {self.settings.cache_dir}; record it with: summarizer summarize ARTICLE "
                    f"--model {self.settings.model.spec} --cache-mode record --cache-dir {self.settings.cache_dir}",
                    key=key,
                    article=article,
                )
            started = time.perf_counter()
            response = self.backend.complete(request)
            if self.cache is not None and mode in ("auto", "record"):
                self.cache.put(
                    key,
                    endpoint=self.backend.endpoint,
                    request=request,
                    response=response,
                    model=self.backend.model_id,
                    article=scope.article if scope else None,
                    task=scope.task if scope else None,
                    seconds=time.perf_counter() - started,
                )
        if scope is not None:
            scope.attempts += 1
            _count_call(scope.usage, response)
        choices = response.get("choices") or [{}]
        if choices[0].get("finish_reason") == "length":
            raise TruncatedReplyError(
                f"{scope.task if scope else 'reply'}: reply cut at max_tokens={request.get('max_tokens')}",
                model=self.backend.model_id,
                max_tokens=request.get("max_tokens"),
                task=scope.task if scope else None,
            )
        return ChatCompletion.model_validate(response)

    def ask(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        scope: CallScope,
        task: str,
        max_tokens: int | None = None,
        context: dict[str, Any] | None = None,
    ) -> T:
        """One validated answer. Raises TruncatedReplyError, ReplyValidationError or a backend error."""
        max_tokens = max_tokens or self.settings.max_tokens
        fast = self._replayed(response_model, messages, scope=scope, max_tokens=max_tokens, context=context)
        if fast is not None:
            return fast
        from instructor.core.exceptions import InstructorRetryException
        from instructor.core.hooks import Hooks

        create = self._instructor_create()
        scope.task = task
        scope.attempts = 0
        hooks = Hooks()

        def rejected(error: Exception) -> None:
            # Why a reply went back to the model: reported in the summary's warnings.
            errors = getattr(error, "errors", None)
            reason = errors()[0]["msg"] if callable(errors) and errors() else f"{type(error).__name__}"
            scope.rejections.append(f"{task}: re-asked: {_first_line(str(reason))}")

        hooks.on("parse:error", rejected)
        token = _scope.set(scope)
        try:
            result: T = create(
                response_model=response_model,
                messages=messages,
                max_retries=self.settings.max_retries,
                context=context,
                max_tokens=max_tokens,
                temperature=self.settings.temperature,
                hooks=hooks,
            )
            return result
        except InstructorRetryException as exc:
            cause = exc.__cause__
            while cause is not None and not isinstance(cause, SummarizerError) and cause.__cause__ is not None:
                cause = cause.__cause__
            if isinstance(cause, SummarizerError):
                raise cause from None
            last = scope.rejections[-1].split(": re-asked: ", 1)[-1] if scope.rejections else _first_line(str(exc))
            raise ReplyValidationError(
                f"{task}: reply still invalid after {scope.attempts} attempt(s): {last}",
                model=self.model_id,
                attempts=scope.attempts,
                task=task,
            ) from exc
        finally:
            scope.usage.retries += max(0, scope.attempts - 1)
            _scope.reset(token)

    def _replayed(
        self,
        response_model: type[T],
        messages: list[dict[str, str]],
        *,
        scope: CallScope,
        max_tokens: int,
        context: dict[str, Any] | None,
    ) -> T | None:
        """A recorded first reply that validates, read without importing instructor or openai.

        Replaying a summary is then a fraction of a second. The request is the one instructor
        builds in json_schema mode (a test keeps the two equal); anything else (no record, a cut
        reply, a reply that needs a re-ask, another mode) returns None and takes instructor's path.
        """
        if self.cache is None or self.settings.cache_mode not in ("auto", "replay") or self.mode != "json_schema":
            return None
        request = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": self.settings.temperature,
            "response_format": self.json_schema_format(response_model),
            "model": self.backend.model_id,
        }
        try:
            entry = self.cache.get(cache_key(self.backend.endpoint, request))
        except CorruptCacheFileError:
            return None
        if entry is None:
            return None
        try:
            choice = entry.response["choices"][0]
            if choice.get("finish_reason") == "length":
                return None
            parsed = response_model.model_validate_json(choice["message"]["content"], context=context)
        except (ValueError, KeyError, IndexError, TypeError):
            return None
        scope.usage.cached_calls += 1
        _count_call(scope.usage, entry.response)
        return parsed

    @staticmethod
    def json_schema_format(response_model: type[BaseModel]) -> dict[str, Any]:
        """The response_format instructor sends in json_schema mode (a test keeps the two equal)."""
        schema = response_model.model_json_schema()
        return {"type": "json_schema", "json_schema": {"name": response_model.__name__, "schema": schema}}


def _count_call(usage: Usage, response: dict[str, Any]) -> None:
    """One completion (fresh or recorded) and its tokens, into the article's usage."""
    tokens = response.get("usage") or {}
    usage.calls += 1
    usage.prompt_tokens += int(tokens.get("prompt_tokens") or 0)
    usage.completion_tokens += int(tokens.get("completion_tokens") or 0)


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:300]
