"""Model backends behind a small registry: one method wide, ``complete(request) -> completion dict``.

A backend takes the request instructor prepared (messages, response_format or tools, sampling) and
returns the completion as a plain dict in OpenAI's chat-completion shape, which the cache stores and
instructor parses. Library errors are translated at that boundary into
:class:`~summarizer.errors.BackendError`: a transport failure, an HTTP error status, a reply that is
not a chat completion (:class:`~summarizer.errors.BackendProtocolError`) or no reply in time
(:class:`~summarizer.errors.BackendTimeoutError`). Messages never hold a secret.

``complete(request, timeout=...)`` takes the seconds the whole request may still take;
:class:`~summarizer.llm.client.ModelClient` passes what is left of the call's deadline.

Each module of this package holds one backend and registers it for a model kind
(:attr:`summarizer.config.ModelSpec.kind`) with :func:`register`; :func:`make_backend` imports
them all (once) and builds the one registered for the configured kind:

- ``openai``: :class:`~summarizer.llm.backends.openai.OpenAIBackend`, OpenAI or any
  OpenAI-compatible server (Ollama, vLLM, llama.cpp's server, LM Studio);
- ``local``: :class:`~summarizer.llm.backends.llama.LlamaBackend`, a GGUF model run in-process
  through llama-cpp-python.

A third backend is one more module here::

    @register("mykind")
    class MyBackend:
        endpoint = "my-endpoint"      # part of every cache key
        default_mode = "json_schema"  # the instructor mode unless one is configured

        def __init__(self, settings: Settings) -> None: ...
        def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]: ...
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from summarizer.config import Settings
from summarizer.errors import ConfigError

__all__ = ["BACKENDS", "Backend", "BackendFactory", "backends", "make_backend", "register"]


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


BackendFactory = Callable[[Settings], Backend]
"""What the registry holds: a backend class, or anything else that builds a backend from settings."""

F = TypeVar("F", bound=BackendFactory)

BACKENDS: dict[str, BackendFactory] = {}
"""The registry: model kind -> backend class. Filled by :func:`register` as the modules here load."""


def register(kind: str) -> Callable[[F], F]:
    """A class decorator: the decorated backend serves models of ``kind``.

    A kind has one backend: registering another for it raises ValueError.
    """

    def decorate(factory: F) -> F:
        known = BACKENDS.get(kind)
        if known is not None and known is not factory:
            raise ValueError(f"a backend for model kind {kind!r} is already registered: {known!r}")
        BACKENDS[kind] = factory
        return factory

    return decorate


def backends() -> dict[str, BackendFactory]:
    """Every registered backend by kind, once every module of this package has been imported."""
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    return dict(BACKENDS)


def make_backend(settings: Settings) -> Backend:
    """The backend for the configured model's kind; ConfigError when no backend serves that kind."""
    kind = settings.model.kind
    factory = BACKENDS.get(kind) or backends().get(kind)
    if factory is None:
        raise ConfigError(f"no backend for model kind {kind!r}; known kinds: {', '.join(sorted(backends()))}")
    return factory(settings)
