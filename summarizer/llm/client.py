"""The one code path to a model: instructor over the record/replay cache over a backend.

:meth:`ModelClient.ask` sends one focused request, lets instructor validate the model's reply
into an answer (one of the pydantic models of :mod:`summarizer.llm.answers`; re-asking with the
validation error up to ``max_retries``), and counts every completion, re-asks included, into the
article's :class:`~summarizer.schemas.Usage` (see :mod:`summarizer.llm.scope`).
A reply cut at ``max_tokens`` raises :class:`TruncatedReplyError` at once: it is
not re-asked, because a longer answer to the same question would be cut again.

Only a reply that parses but does not validate is re-asked. Everything else fails the
call at once with its own error: the server cannot be reached or answers an error
(:class:`BackendError`), answers something that is not a chat completion
(:class:`BackendProtocolError`), the reply cannot be recorded (:class:`CacheWriteError`).

``settings.timeout`` bounds the whole call from its first request, HTTP retries and re-asks
included (one-time setup, such as importing the HTTP client or loading the local model, is
not counted): each attempt gets only the time left, and no attempt starts once it has passed
(:class:`BackendTimeoutError`, or :class:`ReplyValidationError` when replies came but none
validated). The local backend cannot stop llama.cpp mid-generation; see
:meth:`~summarizer.llm.backends.llama.LlamaBackend.complete`.
"""

from __future__ import annotations

import logging
import time
from typing import Any, NoReturn, TypeVar

from pydantic import BaseModel

from summarizer.config import MODES, Settings
from summarizer.errors import (
    BackendError,
    BackendProtocolError,
    BackendTimeoutError,
    CacheMissError,
    CacheWriteError,
    ConfigError,
    CorruptCacheFileError,
    ReplyValidationError,
    SummarizerError,
    TruncatedReplyError,
)
from summarizer.llm.backends import Backend, make_backend
from summarizer.llm.cache import ReplyCache, cache_key
from summarizer.llm.scope import CallScope, count_call, current_scope
from summarizer.util.redact import redact_text, url_secrets

__all__ = ["CallScope", "ModelClient"]

# instructor logs every failed attempt at ERROR; our errors say it once, in one line.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

T = TypeVar("T", bound=BaseModel)


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
    def parallel(self) -> int:
        """How many questions the backend answers at once (1 unless it decodes several together)."""
        return max(1, int(getattr(self.backend, "parallel", 1)))

    @property
    def mode(self) -> str:
        """The instructor mode in use."""
        return self.settings.mode or self.backend.default_mode

    def _instructor_create(self) -> Any:
        if self._patched is None:
            import instructor

            if self.mode not in MODES:  # resolve_settings refuses these; a hand-built Settings may not
                raise ConfigError(f"unknown mode {self.mode!r}; use one of {', '.join(MODES)}")
            self._patched = instructor.patch(create=self._create, mode=getattr(instructor.Mode, self.mode.upper()))
        return self._patched

    def _create(self, **request: Any) -> Any:
        """Called by instructor for every attempt: cache lookup, else the backend."""
        scope = current_scope.get()
        request = {k: v for k, v in request.items() if v is not None}
        request["model"] = self.backend.model_id
        key = cache_key(self.backend.endpoint, request)
        response = self._lookup(key, scope)
        if response is None:
            response = self._fresh(key, request, scope)
        if scope is not None:
            scope.attempts += 1
            count_call(scope.usage, response)
        return self._completion(key, request, response, scope)

    def _lookup(self, key: str, scope: CallScope | None) -> dict[str, Any] | None:
        """The recorded completion for ``key`` when the cache mode replays; None when there is none.

        A corrupt record is an error in replay mode; in auto mode it becomes a warning and the
        model is asked again.
        """
        if self.cache is None or self.settings.cache_mode not in ("auto", "replay"):
            return None
        try:
            entry = self.cache.get(key)
        except CorruptCacheFileError as exc:
            if self.settings.cache_mode == "replay":
                raise
            if scope is not None:
                scope.warnings.append(f"{exc}; the model was asked again")
            return None
        if entry is None:
            return None
        if scope is not None:
            scope.usage.cached_calls += 1
        return entry.response

    def _fresh(self, key: str, request: dict[str, Any], scope: CallScope | None) -> dict[str, Any]:
        """A completion from the backend, within the call's deadline, recorded when the cache mode records."""
        if self.settings.cache_mode == "replay":
            article = scope.article if scope else None
            raise CacheMissError(
                f"no recorded reply for {scope.task if scope else 'a request'} of article {article} "
                f"(key {key[:16]}) in {self.settings.cache_dir}; record it with: summarizer summarize ARTICLE "
                f"--model {self.settings.model.spec} --cache-mode record --cache-dir {self.settings.cache_dir}",
                key=key,
                article=article,
            )
        prepare = getattr(self.backend, "prepare", None)
        if callable(prepare):
            prepare()  # one-time setup (imports, HTTP client, loading a local model): not timed
        if scope is not None and scope.deadline is None:
            scope.deadline = time.monotonic() + self.settings.timeout  # the call's clock starts now
        started = time.perf_counter()
        try:
            response = self.backend.complete(request, timeout=self._time_left(scope))
        except BackendTimeoutError as exc:
            if scope is not None and scope.attempts:
                raise self._no_valid_reply(scope) from exc
            raise
        if self.cache is not None and self.settings.cache_mode in ("auto", "record"):
            self._record(key, request, response, scope, seconds=time.perf_counter() - started)
        return response

    def _record(
        self,
        key: str,
        request: dict[str, Any],
        response: dict[str, Any],
        scope: CallScope | None,
        *,
        seconds: float,
    ) -> None:
        """Write the exchange into the cache; CacheWriteError when the folder cannot take it."""
        assert self.cache is not None
        try:
            self.cache.put(
                key,
                endpoint=self.backend.endpoint,
                request=request,
                response=response,
                model=self.backend.model_id,
                article=scope.article if scope else None,
                task=scope.task if scope else None,
                seconds=seconds,
            )
        except OSError as exc:
            raise CacheWriteError(
                f"cannot record replies in cache folder {self.cache.directory}: {exc.strerror or exc} "
                "(choose another --cache-dir or use --cache-mode off)",
                path=str(exc.filename or self.cache.directory),
            ) from exc

    def _completion(
        self, key: str, request: dict[str, Any], response: dict[str, Any], scope: CallScope | None
    ) -> Any:
        """``response`` as the ChatCompletion instructor parses; TruncatedReplyError if cut at max_tokens."""
        from openai.types.chat import ChatCompletion

        choices = response.get("choices") or [{}]
        if choices[0].get("finish_reason") == "length":
            raise TruncatedReplyError(
                f"{scope.task if scope else 'reply'}: reply cut at max_tokens={request.get('max_tokens')}",
                model=self.backend.model_id,
                max_tokens=request.get("max_tokens"),
                task=scope.task if scope else None,
            )
        try:
            return ChatCompletion.model_validate(response)
        except ValueError as exc:  # pydantic's ValidationError: a recorded reply of the wrong shape
            raise BackendProtocolError(
                f"recorded reply {key[:16]} in {self.settings.cache_dir} is not a chat completion "
                "(delete it or re-record)",
                model=self.backend.model_id,
            ) from exc

    def _time_left(self, scope: CallScope | None) -> float | None:
        """Seconds left before the call's deadline (None outside ``ask``); raises once none are left."""
        if scope is None or scope.deadline is None:
            return None
        left = scope.deadline - time.monotonic()
        if left > 0:
            return left
        if scope.attempts:
            raise self._no_valid_reply(scope)
        bound = self.settings.timeout
        raise BackendTimeoutError(
            f"{scope.task}: model {self.model_id}: no reply within {bound:g} s (raise --timeout)",
            model=self.model_id,
            timeout=bound,
        )

    def _no_valid_reply(self, scope: CallScope) -> ReplyValidationError:
        """The deadline passed during re-asks: replies came, none validated (a failed question, not a failed run)."""
        last = scope.rejections[-1].split(": re-asked: ", 1)[-1] if scope.rejections else "invalid reply"
        return ReplyValidationError(
            f"{scope.task}: no valid reply within {self.settings.timeout:g} s ({scope.attempts} attempt(s)): {last}",
            model=self.model_id,
            attempts=scope.attempts,
            task=scope.task,
        )

    def _clean(self, text: str) -> str:
        """One line of ``text`` with the server's credentials and any URL's userinfo and query removed."""
        return _first_line(redact_text(text, [self.settings.api_key, *url_secrets(self.settings.base_url)]))

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
        """One validated answer within ``settings.timeout`` seconds, re-asks included.

        Raises TruncatedReplyError or ReplyValidationError (this question got no usable answer),
        or another BackendError / CacheError (the model or the cache cannot be used at all).
        """
        max_tokens = max_tokens or self.settings.max_tokens
        fast = self._replayed(response_model, messages, scope=scope, max_tokens=max_tokens, context=context)
        if fast is not None:
            return fast
        from instructor.core.exceptions import InstructorRetryException

        create = self._instructor_create()
        scope.task = task
        scope.attempts = 0
        scope.deadline = None  # set when the first request goes out (see _create)
        token = current_scope.set(scope)
        try:
            result: T = create(
                response_model=response_model,
                messages=messages,
                max_retries=self.settings.max_retries,
                context=context,
                max_tokens=max_tokens,
                temperature=self.settings.temperature,
                hooks=self._hooks(scope, task),
            )
            return result
        except InstructorRetryException as exc:
            self._raise_failure(exc, scope, task)
        finally:
            scope.usage.retries += max(0, scope.attempts - 1)
            scope.deadline = None
            current_scope.reset(token)

    def _hooks(self, scope: CallScope, task: str) -> Any:
        """instructor hooks that note, in ``scope.rejections``, why each reply went back to the model."""
        from instructor.core.hooks import Hooks

        hooks = Hooks()

        def rejected(error: Exception) -> None:
            # Why a reply went back to the model: reported in the summary's warnings.
            errors = getattr(error, "errors", None)
            reason = errors()[0]["msg"] if callable(errors) and errors() else f"{type(error).__name__}"
            scope.rejections.append(f"{task}: re-asked: {self._clean(str(reason))}")

        hooks.on("parse:error", rejected)
        return hooks

    def _raise_failure(self, exc: Exception, scope: CallScope, task: str) -> NoReturn:
        """Raise what instructor's give-up means: our own error inside it, a broken call, or no valid reply."""
        cause = exc.__cause__
        while cause is not None and not isinstance(cause, SummarizerError) and cause.__cause__ is not None:
            cause = cause.__cause__
        if isinstance(cause, SummarizerError):
            raise cause from None
        if not scope.attempts or not _is_parse_error(exc.__cause__):
            # Not a reply that failed validation: something broke on the way (a bug, a library error).
            # It is the run's failure, not a warning about one reply.
            what = type(exc.__cause__ or exc).__name__
            raise BackendError(
                f"{task}: model call failed: {what}: {self._clean(str(exc.__cause__ or exc))}",
                model=self.model_id,
            ) from exc
        last = scope.rejections[-1].split(": re-asked: ", 1)[-1] if scope.rejections else self._clean(str(exc))
        raise ReplyValidationError(
            f"{task}: reply still invalid after {scope.attempts} attempt(s): {last}",
            model=self.model_id,
            attempts=scope.attempts,
            task=task,
        ) from exc

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
        count_call(scope.usage, entry.response)
        return parsed

    @staticmethod
    def json_schema_format(response_model: type[BaseModel]) -> dict[str, Any]:
        """The response_format instructor sends in json_schema mode (a test keeps the two equal)."""
        schema = response_model.model_json_schema()
        return {"type": "json_schema", "json_schema": {"name": response_model.__name__, "schema": schema}}


def _is_parse_error(exc: BaseException | None) -> bool:
    """A reply that came back but did not parse or validate: the only failure worth a re-ask."""
    import json

    from pydantic import ValidationError

    if isinstance(exc, ValidationError | json.JSONDecodeError):
        return True
    return type(exc).__name__ in ("ResponseParsingError", "AsyncValidationError", "IncompleteOutputException")


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:300]
