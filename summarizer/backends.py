"""Model backends: one method wide, ``complete(request) -> completion dict``.

- :class:`OpenAIBackend` talks to OpenAI or any OpenAI-compatible server (Ollama, vLLM,
  llama.cpp's server, LM Studio) through the ``openai`` client.
- :class:`LlamaBackend` runs a GGUF model in-process through llama-cpp-python.

Both take the request instructor prepared (messages, response_format or tools,
sampling) and return the completion as a plain dict in OpenAI's chat-completion
shape, which the cache stores and instructor parses. Library errors are translated
here, at the boundary, into :class:`~summarizer.errors.BackendError`.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Protocol

from .config import Settings
from .errors import BackendError, ConfigError, ModelNotInstalledError
from .local_model import INSTALL_HINT, ensure_default_model

__all__ = ["Backend", "LlamaBackend", "OpenAIBackend", "make_backend"]


class Backend(Protocol):
    """Anything that turns a chat-completion request into a completion dict."""

    endpoint: str
    model_id: str
    default_mode: str

    def complete(self, request: dict[str, Any]) -> dict[str, Any]:
        """Send one request and return the completion as a dict."""
        ...


class OpenAIBackend:
    """OpenAI or any OpenAI-compatible server."""

    endpoint = "openai-chat"
    default_mode = "tools"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_id = settings.model.id
        self._client: Any = None

    def _get_client(self) -> Any:
        if self._client is None:
            import openai

            self._client = openai.OpenAI(
                api_key=self.settings.api_key or "not-needed",
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=self.settings.http_retries,  # connection errors, 429 and 5xx only
            )
        return self._client

    def complete(self, request: dict[str, Any]) -> dict[str, Any]:
        import openai

        body = dict(request)
        body["model"] = self.settings.model.name
        where = self.settings.base_url or "api.openai.com"
        try:
            completion = self._get_client().chat.completions.create(**body)
        except openai.APITimeoutError as exc:
            raise BackendError(
                f"model {self.model_id} at {where} timed out after {self.settings.timeout:g} s (raise --timeout)",
                model=self.model_id,
            ) from exc
        except openai.APIConnectionError as exc:
            raise BackendError(f"cannot reach model server {where}: connection failed", model=self.model_id) from exc
        except openai.APIStatusError as exc:
            hint = " (check the API key)" if exc.status_code in (401, 403) else ""
            raise BackendError(
                f"model server {where} answered HTTP {exc.status_code}{hint}",
                model=self.model_id,
                status_code=exc.status_code,
            ) from exc
        except openai.OpenAIError as exc:
            raise BackendError(f"model {self.model_id} failed: {type(exc).__name__}", model=self.model_id) from exc
        data: dict[str, Any] = completion.model_dump(mode="json", exclude_none=True)
        return data


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
        threads = self.settings.n_threads or max(1, min(os.cpu_count() or 1, 8))
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

    @staticmethod
    def _response_format(request: dict[str, Any]) -> dict[str, Any] | None:
        fmt = request.get("response_format")
        if not isinstance(fmt, dict):
            return None
        if fmt.get("type") == "json_schema":
            # llama-cpp-python compiles a schema given as json_object + schema into a grammar.
            return {"type": "json_object", "schema": fmt["json_schema"]["schema"]}
        return fmt

    def complete(self, request: dict[str, Any]) -> dict[str, Any]:
        llm = self.load()
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
        with self._lock:  # one llama context: calls are serialised
            try:
                result: dict[str, Any] = llm.create_chat_completion(**kwargs)
            except ValueError as exc:
                raise BackendError(f"local model failed: {exc}", model=self.model_id) from exc
        result["model"] = self.model_id
        return result


def make_backend(settings: Settings) -> Backend:
    """The backend for the configured model."""
    if settings.model.kind == "local":
        return LlamaBackend(settings)
    return OpenAIBackend(settings)
