"""Model backends: one method wide, ``complete(request) -> completion dict``.

- :class:`OpenAIBackend` talks to OpenAI or any OpenAI-compatible server (Ollama, vLLM,
  llama.cpp's server, LM Studio) through the ``openai`` client.
- :class:`LlamaBackend` runs a GGUF model in-process through llama-cpp-python.

Both take the request instructor prepared (messages, response_format or tools,
sampling) and return the completion as a plain dict in OpenAI's chat-completion
shape, which the cache stores and instructor parses. Library errors are translated
here, at the boundary, into :class:`~summarizer.errors.BackendError`: a transport failure,
an HTTP error status, a reply that is not a chat completion
(:class:`~summarizer.errors.BackendProtocolError`) or no reply in time
(:class:`~summarizer.errors.BackendTimeoutError`). Messages name the server by its
redacted URL (no user:password, no query string).

``complete(request, timeout=...)`` takes the seconds the whole request may still take;
:class:`~summarizer.llm.client.ModelClient` passes what is left of the call's deadline.
"""

from __future__ import annotations

import json
import math
import random
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from summarizer.config import Settings
from summarizer.errors import (
    BackendError,
    BackendProtocolError,
    BackendTimeoutError,
    ConfigError,
    ModelNotInstalledError,
)
from summarizer.llm.local_model import INSTALL_HINT, ensure_default_model
from summarizer.llm.threads import choose_threads
from summarizer.util.redact import install_log_redaction, redact_text, redact_url, url_secrets

__all__ = ["Backend", "LlamaBackend", "OpenAIBackend", "make_backend"]


class Backend(Protocol):
    """Anything that turns a chat-completion request into a completion dict."""

    endpoint: str
    model_id: str
    default_mode: str

    def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        """Send one request and return the completion as a dict, within ``timeout`` seconds if given.

        A backend may also have ``prepare()``: one-time setup that the caller runs before it starts
        the clock of a call's deadline.
        """
        ...


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
        import openai

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
            error: BackendError
            delay: float | None = None
            try:
                completion = client.chat.completions.create(**body, timeout=remaining)
            except openai.APITimeoutError as exc:
                # Each attempt may take all the time that is left: when it times out, none is.
                raise self._timed_out() from exc
            except openai.APIConnectionError as exc:
                error = BackendError(f"cannot reach model server {self.where}: connection failed", model=self.model_id)
                cause: Exception = exc
            except openai.APIStatusError as exc:
                hint = " (check the API key)" if exc.status_code in (401, 403) else ""
                error = BackendError(
                    f"model server {self.where} answered HTTP {exc.status_code}{hint}",
                    model=self.model_id,
                    status_code=exc.status_code,
                )
                cause = exc
                headers = getattr(exc.response, "headers", None)
                wanted = headers.get("x-should-retry") if headers is not None else None
                if wanted == "false" or (
                    wanted != "true" and exc.status_code not in _RETRY_STATUSES and exc.status_code < 500
                ):
                    raise error from exc
                delay = _retry_after(headers)
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
            else:
                raw = completion.model_dump(mode="json", exclude_none=True) if hasattr(completion, "model_dump") else completion
                try:
                    return as_completion(raw, self.where)
                except BackendProtocolError as exc:
                    exc.model = self.model_id
                    raise
            if retries >= self.settings.http_retries:
                raise error from cause
            if delay is None:
                delay = min(_INITIAL_RETRY_DELAY * 2.0**retries, _MAX_RETRY_DELAY) * (1 - 0.25 * random.random())
            if time.monotonic() + delay >= deadline:
                raise error from cause  # no time left for another try: the failure, not a timeout
            time.sleep(delay)
            retries += 1


class LlamaBackend:
    """A GGUF model run in-process by llama-cpp-python; loaded once, on first use."""

    endpoint = "llama-cpp"
    default_mode = "json_schema"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_id = settings.model.id
        self._llm: Any = None
        self._lock = threading.Lock()
        self.model_path: Path | None = None

    def _resolve_path(self) -> Path:
        if self.settings.model.path is not None:
            path = self.settings.model.path
            if not path.is_file():
                raise ConfigError(f"local model file not found: {path}")
            return path
        return ensure_default_model(self.settings.model_dir)

    def load(self) -> Any:
        """Load the model (once) and return the llama_cpp.Llama object."""
        if self._llm is not None:
            return self._llm
        try:
            import llama_cpp
        except ImportError as exc:
            raise ModelNotInstalledError(f"llama-cpp-python is not installed; {INSTALL_HINT}") from exc
        self.model_path = self._resolve_path()
        threads = choose_threads(self.settings.n_threads)
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(self.model_path),
                n_ctx=self.settings.n_ctx,
                n_threads=threads,
                n_batch=512,
                seed=0,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise BackendError(f"cannot load local model {self.model_path}: {exc}", model=self.model_id) from exc
        return self._llm

    def prepare(self) -> None:
        """Load the model before a call's deadline starts."""
        self.load()

    @staticmethod
    def _response_format(request: dict[str, Any]) -> dict[str, Any] | None:
        fmt = request.get("response_format")
        if not isinstance(fmt, dict):
            return None
        if fmt.get("type") == "json_schema":
            # llama-cpp-python compiles a schema given as json_object + schema into a grammar.
            return {"type": "json_object", "schema": fmt["json_schema"]["schema"]}
        return fmt

    def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        """One completion from the local model; ``timeout`` (default ``settings.timeout``) bounds what it can.

        llama.cpp cannot be interrupted once it generates: a started completion runs to its end
        (``max_tokens`` bounds it) and is returned even when it ends after the deadline. What the
        deadline does bound: the wait for the model (calls are serialised) is at most ``timeout``,
        and no generation starts after it; :class:`~summarizer.llm.client.ModelClient` re-asks no more
        once it has passed. Loading the model, once, is not counted (see :meth:`prepare`).
        """
        llm = self.load()
        budget = self.settings.timeout if timeout is None else timeout
        kwargs: dict[str, Any] = {
            "messages": request["messages"],
            "max_tokens": request.get("max_tokens"),
            "temperature": request.get("temperature", 0.0),
            "seed": request.get("seed", 0),
        }
        fmt = self._response_format(request)
        if fmt is not None:
            kwargs["response_format"] = fmt
        for name in ("tools", "tool_choice", "top_p", "stop"):
            if request.get(name) is not None:
                kwargs[name] = request[name]
        # One llama context: calls are serialised, and waiting for it counts against the deadline.
        if budget <= 0 or not self._lock.acquire(timeout=min(budget, threading.TIMEOUT_MAX)):
            raise BackendTimeoutError(
                f"local model {self.model_id}: no reply within {self.settings.timeout:g} s "
                "(busy with another call; raise --timeout)",
                model=self.model_id,
                timeout=self.settings.timeout,
            )
        try:
            result: dict[str, Any] = llm.create_chat_completion(**kwargs)
        except ValueError as exc:
            raise BackendError(f"local model failed: {exc}", model=self.model_id) from exc
        finally:
            self._lock.release()
        result["model"] = self.model_id
        return result


def make_backend(settings: Settings) -> Backend:
    """The backend for the configured model."""
    if settings.model.kind == "local":
        return LlamaBackend(settings)
    return OpenAIBackend(settings)
