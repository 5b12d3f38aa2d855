"""The ``openai`` backend: OpenAI or any OpenAI-compatible server, through the ``openai`` client.

Messages name the server by its redacted URL (no user:password, no query string); the API key
never appears in one.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import dataclass
from typing import Any

from summarizer.config import Settings
from summarizer.errors import BackendError, BackendProtocolError, BackendTimeoutError
from summarizer.llm.backends import register
from summarizer.util.redact import install_log_redaction, redact_text, redact_url, url_secrets

__all__ = ["OpenAIBackend", "as_completion"]

# Statuses worth sending again (as the openai client does): request timeout, lock timeout, rate limit, 5xx.
_RETRY_STATUSES = frozenset({408, 409, 429})
_INITIAL_RETRY_DELAY = 0.5
_MAX_RETRY_DELAY = 8.0


def _retry_after(headers: Any) -> float | None:
    """Seconds from a Retry-After(-ms) header, when it holds a plain number."""
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name) if headers is not None else None
        if value is None:
            continue
        try:
            delay = float(value) / divisor
        except ValueError:
            continue
        if math.isfinite(delay) and delay >= 0:
            return delay
    return None


def as_completion(data: Any, where: str) -> dict[str, Any]:
    """``data`` as a chat-completion dict, or BackendProtocolError saying what the server sent instead."""
    from openai.types.chat import ChatCompletion
    from pydantic import ValidationError

    if not isinstance(data, dict):
        kind = "a body that is not JSON" if isinstance(data, str | bytes) else f"JSON {type(data).__name__}"
        raise BackendProtocolError(f"model server {where} answered with {kind}, not a chat completion")
    try:
        ChatCompletion.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise BackendProtocolError(
            f"model server {where} answered JSON that is not a chat completion ({field}: {first.get('msg')})"
        ) from None
    if not data.get("choices"):
        raise BackendProtocolError(f"model server {where} answered a chat completion without choices")
    return data


@dataclass
class _Failure:
    """An attempt that failed in a way worth sending again: the error to raise if it is not."""

    error: BackendError
    cause: Exception
    delay: float | None = None  # what the server asked to wait (Retry-After), if it did


@register("openai")
class OpenAIBackend:
    """OpenAI or any OpenAI-compatible server."""

    endpoint = "openai-chat"
    default_mode = "tools"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_id = settings.model.id
        self._client: Any = None
        # How the server is named in messages: never its user:password or query string.
        self.where = redact_url(settings.base_url) if settings.base_url else "api.openai.com"
        self._secrets = [settings.api_key, *url_secrets(settings.base_url)]

    def _get_client(self) -> Any:
        if self._client is None:
            import openai

            install_log_redaction(self._secrets)  # httpx logs every request URL at INFO
            self._client = openai.OpenAI(
                api_key=self.settings.api_key or "not-needed",
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=0,  # retried here, within the call's deadline
            )
        return self._client

    def prepare(self) -> None:
        """Import openai and build the client (over a second, once): not counted against a call's timeout."""
        self._get_client().chat.completions  # noqa: B018 - the resource is imported on first access

    def _timed_out(self) -> BackendTimeoutError:
        bound = self.settings.timeout
        return BackendTimeoutError(
            f"model {self.model_id} at {self.where}: no reply within {bound:g} s (raise --timeout)",
            model=self.model_id,
            timeout=bound,
        )

    def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        """One completion within ``timeout`` seconds (default ``settings.timeout``), HTTP retries included.

        Connection failures, 408, 409, 429 and 5xx are sent again up to ``settings.http_retries``
        times, with backoff, while time is left; each attempt gets only the time that is left.
        (httpx applies that bound to each connect, read and write, so a server that trickles
        bytes can overrun it by the length of one read.) A reply that is not a chat completion
        is a :class:`BackendProtocolError` at once: the same question would get the same answer.
        """
        body = dict(request)
        body["model"] = self.settings.model.name
        client = self._get_client()
        budget = self.settings.timeout if timeout is None else timeout
        deadline = time.monotonic() + budget
        retries = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise self._timed_out()
            outcome = self._attempt(client, body, remaining)
            if not isinstance(outcome, _Failure):
                return outcome
            if retries >= self.settings.http_retries:
                raise outcome.error from outcome.cause
            delay = outcome.delay
            if delay is None:
                backoff = min(_INITIAL_RETRY_DELAY * 2.0**retries, _MAX_RETRY_DELAY)
                delay = backoff * (1 - 0.25 * random.random())
            if time.monotonic() + delay >= deadline:
                # No time left for another try: the failure, not a timeout.
                raise outcome.error from outcome.cause
            time.sleep(delay)
            retries += 1

    def _attempt(self, client: Any, body: dict[str, Any], remaining: float) -> dict[str, Any] | _Failure:
        """Send the request once: the completion, a failure worth sending again, or an error raised."""
        import openai

        try:
            completion = client.chat.completions.create(**body, timeout=remaining)
        except openai.APITimeoutError as exc:
            # Each attempt may take all the time that is left: when it times out, none is.
            raise self._timed_out() from exc
        except openai.APIConnectionError as exc:
            error = BackendError(f"cannot reach model server {self.where}: connection failed", model=self.model_id)
            return _Failure(error, exc)
        except openai.APIStatusError as exc:
            return self._status_failure(exc)
        except json.JSONDecodeError as exc:
            raise BackendProtocolError(
                f"model server {self.where} answered with a body that is not JSON, not a chat completion",
                model=self.model_id,
            ) from exc
        except openai.OpenAIError as exc:
            raise BackendError(
                f"model {self.model_id} at {self.where} failed: {type(exc).__name__}: "
                f"{redact_text(str(exc), self._secrets).splitlines()[0] if str(exc) else ''}",
                model=self.model_id,
            ) from exc
        raw = completion.model_dump(mode="json", exclude_none=True) if hasattr(completion, "model_dump") else completion
        try:
            return as_completion(raw, self.where)
        except BackendProtocolError as exc:
            exc.model = self.model_id
            raise

    def _status_failure(self, exc: Any) -> _Failure:
        """An HTTP error status: a failure to send again (408, 409, 429, 5xx, or as the server says) or raised."""
        hint = " (check the API key)" if exc.status_code in (401, 403) else ""
        error = BackendError(
            f"model server {self.where} answered HTTP {exc.status_code}{hint}",
            model=self.model_id,
            status_code=exc.status_code,
        )
        headers = getattr(exc.response, "headers", None)
        wanted = headers.get("x-should-retry") if headers is not None else None
        retryable = exc.status_code in _RETRY_STATUSES or exc.status_code >= 500
        if wanted == "false" or (wanted != "true" and not retryable):
            raise error from exc
        return _Failure(error, exc, _retry_after(headers))
