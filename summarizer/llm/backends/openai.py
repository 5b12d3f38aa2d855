"""The ``openai`` backend: OpenAI or any OpenAI-compatible server, through the ``openai`` client.

Messages name the server by its redacted URL (no user:password, no query string); the API key
never appears in one.

The default instructor mode is ``json_schema``: the reply schema travels as the response format,
not as a tool definition inside every prompt. Servers take it in one of two dialects, and the
backend finds out which on the first such request of a run:

- ``json_schema``: ``{"type": "json_schema", "json_schema": {"name": N, "schema": S}}``, what
  instructor builds (OpenAI, vLLM, Ollama, llama.cpp's ``llama-server``); sent first;
- ``json_object+schema``: ``{"type": "json_object", "schema": S}``, llama-cpp-python's server
  (``python -m llama_cpp.server``), which refuses the first with HTTP 500 (its request model allows
  only ``text`` and ``json_object``) and compiles ``S`` into a grammar.

A refusal is an HTTP 400, 422 or 500 whose body names the response format; it is not sent again
as it is. After one, the same request goes again in the other dialect, which is then kept for the
rest of the run; a ``json_schema`` reply keeps ``json_schema``. While the dialect is unknown, one
request finds out and the others (the batch engine's threads) wait for it, but only
:attr:`OpenAIBackend.probe_grace` seconds: a refusal comes back before any generation, so a run
meets one refusal, not one per call, and a slow or stuck first request holds no one up for long.
A server that refuses both, or OpenAI itself refusing the first (it has no second dialect), is a
:class:`FormatRefusedError` that says to use the ``tools`` mode (``SUMMARIZER_MODE=tools``), and
so is every later request of the run, without asking the server again.

The rewrite happens here, after the reply cache computed its key from instructor's request: the
key and the recorded request are the ``json_schema`` ones whichever dialect the server took, so a
recorded reply answers the same question from either kind of server, and the replay fast path of
:class:`~summarizer.llm.client.ModelClient` (which rebuilds instructor's request) finds it.
"""

from __future__ import annotations

import json
import math
import random
import threading
import time
from dataclasses import dataclass
from typing import Any

from summarizer.config import Settings
from summarizer.errors import BackendError, BackendProtocolError, BackendTimeoutError
from summarizer.llm.backends import register
from summarizer.util.redact import install_log_redaction, redact_text, redact_url, url_secrets

__all__ = ["LLAMA_CPP_PYTHON", "STANDARD", "FormatRefusedError", "OpenAIBackend", "as_completion", "in_dialect"]

# Statuses worth sending again (as the openai client does): request timeout, lock timeout, rate limit, 5xx.
_RETRY_STATUSES = frozenset({408, 409, 429})
_INITIAL_RETRY_DELAY = 0.5
_MAX_RETRY_DELAY = 8.0
# How servers take a JSON schema as the response format (see the module docstring).
STANDARD = "json_schema"
LLAMA_CPP_PYTHON = "json_object+schema"
# Statuses a server refuses a response format with: 400, 422 (validation), 500 (llama-cpp-python's server).
_REFUSAL_STATUSES = frozenset({400, 422, 500})
_REFUSAL_WORDS = ("response_format", "response format", "json_schema")


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


def _schema_of(request: dict[str, Any]) -> Any:
    """The JSON schema of a ``json_schema`` response format in ``request``; None when it has none."""
    fmt = request.get("response_format")
    if not isinstance(fmt, dict) or fmt.get("type") != "json_schema":
        return None
    spec = fmt.get("json_schema")
    return spec.get("schema") if isinstance(spec, dict) else None


def _carries_schema(request: dict[str, Any]) -> bool:
    """True when ``request`` sends a JSON schema as response format, in either dialect."""
    fmt = request.get("response_format")
    return isinstance(fmt, dict) and ("json_schema" in fmt or "schema" in fmt)


def in_dialect(request: dict[str, Any], dialect: str) -> dict[str, Any]:
    """``request`` with its ``json_schema`` response format written the way ``dialect`` takes it."""
    if dialect == STANDARD:
        return request
    return {**request, "response_format": {"type": "json_object", "schema": _schema_of(request)}}


def _refuses_format(exc: Any) -> bool:
    """True when an HTTP error says the server does not take the request's response format.

    llama-cpp-python's server answers a ``json_schema`` format with HTTP 500 and the validation
    error of its request model (``'loc': ('body', 'response_format', 'type')``, "Input should be
    'text' or 'json_object'"); others answer 400 or 422 naming ``response_format``.
    """
    if exc.status_code not in _REFUSAL_STATUSES:
        return False
    try:
        text = str(exc.response.text)
    except Exception:  # noqa: BLE001 - an unreadable body is not a refusal we can recognise
        return False
    return any(word in text.lower() for word in _REFUSAL_WORDS)


class FormatRefusedError(BackendError):
    """The server refused the response format the request carries (HTTP 400, 422 or 500 saying so)."""


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
    default_mode = "json_schema"
    # Seconds a request waits for another one that is finding out the server's dialect (see complete).
    probe_grace = 1.0

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_id = settings.model.id
        self._client: Any = None
        # How this server takes a JSON schema as response format (None until a request found out),
        # or _refused once it took neither; _known is set once either is.
        self.dialect: str | None = None
        self._refused: FormatRefusedError | None = None
        self._known = threading.Event()
        self._finding_out = threading.Lock()
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
        A ``json_schema`` response format goes in the server's dialect (see the module docstring).
        """
        budget = self.settings.timeout if timeout is None else timeout
        deadline = time.monotonic() + budget
        if _schema_of(request) is None:
            return self._send(request, deadline)
        if not self._known.is_set():
            if self._finding_out.acquire(blocking=False):
                try:
                    if not self._known.is_set():
                        return self._find_dialect(request, deadline)
                finally:
                    self._finding_out.release()
            else:
                # Another request is finding out. A refusal comes back before any generation, so
                # not hearing one soon means json_schema is taken (or that request is stuck):
                # wait a little only, then find out alongside it.
                self._known.wait(min(self.probe_grace, max(deadline - time.monotonic(), 0.0)))
                if not self._known.is_set():
                    return self._find_dialect(request, deadline)
        if self._refused is not None:  # the server took no dialect: not asked again in this run
            raise FormatRefusedError(str(self._refused), model=self.model_id, status_code=self._refused.status_code)
        return self._send(in_dialect(request, self.dialect or STANDARD), deadline)

    def _find_dialect(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """Send ``request`` as ``json_schema``, else (refused) as ``json_object+schema``; keep what worked.

        A refusal settles the question at once (the other dialect it is, or none), so that requests
        waiting for the answer go; an accepted ``json_schema`` settles it when its reply comes.
        """
        try:
            reply = self._send(request, deadline)
        except FormatRefusedError as exc:
            if self.settings.base_url is None:  # OpenAI itself: json_object with a schema is no dialect of its
                self._settle(refused=exc)
                raise
        else:
            self._settle(STANDARD)
            return reply
        self._settle(LLAMA_CPP_PYTHON)
        try:
            return self._send(in_dialect(request, LLAMA_CPP_PYTHON), deadline)
        except FormatRefusedError as exc:
            refused = FormatRefusedError(
                f"model server {self.where} refuses the reply schema as response format, both as json_schema "
                f"and as json_object with a schema (HTTP {exc.status_code}); "
                "use the tools mode (SUMMARIZER_MODE=tools)",
                model=self.model_id,
                status_code=exc.status_code,
            )
            self._settle(refused=refused)
            raise refused from exc

    def _settle(self, dialect: str | None = None, *, refused: FormatRefusedError | None = None) -> None:
        """Keep, for the rest of the run, the dialect this server takes, or that it takes none."""
        if refused is not None:
            self._refused = refused
        else:
            self.dialect = dialect
        self._known.set()

    def _send(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """Send ``request`` as it is, retrying what is worth it, until ``deadline`` (see :meth:`complete`)."""
        body = dict(request)
        body["model"] = self.settings.model.name
        client = self._get_client()
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
            if _carries_schema(body) and _refuses_format(exc):
                raise FormatRefusedError(
                    f"model server {self.where} refuses the response format (HTTP {exc.status_code}); "
                    "use the tools mode (SUMMARIZER_MODE=tools)",
                    model=self.model_id,
                    status_code=exc.status_code,
                ) from exc
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
