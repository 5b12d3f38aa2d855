"""The ``local`` backend: a GGUF model run in-process by llama-cpp-python."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.errors import BackendError, BackendTimeoutError, ConfigError, ModelNotInstalledError
from summarizer.llm.backends import register
from summarizer.llm.backends.greedy_grammar import GreedyGrammar
from summarizer.llm.backends.prefix_states import PrefixStates
from summarizer.llm.local_model import INSTALL_HINT, ensure_default_model
from summarizer.llm.threads import choose_threads

__all__ = ["LlamaBackend", "ends_at_no"]


def ends_at_no(schema: dict[str, Any]) -> dict[str, Any]:
    """The reply schema, made to end at "no" when its first property is a required yes/no.

    A reply like ``{"trip": false, "who": [...], "to": [...]}`` is read no further than its
    ``false``; with every other property optional, the grammar may as well allow only
    ``{"trip": false}``, so the model stops there instead of generating names for an event it
    says is not there (on a CPU each generated token costs about four prompt tokens). A "yes"
    keeps every property. Any other schema is returned as it is.
    """
    props = schema.get("properties")
    if not isinstance(props, dict) or not props:
        return schema
    first = next(iter(props))
    if schema.get("required") != [first] or props[first].get("type") != "boolean":
        return schema
    no = {"type": "object", "properties": {first: {"const": False}}, "required": [first]}
    yes = {"type": "object", "properties": {**props, first: {"const": True}}, "required": [first]}
    defs = {k: v for k, v in schema.items() if k in ("$defs", "definitions")}
    return {**defs, "anyOf": [no, yes]}


@register("local")
class LlamaBackend:
    """A GGUF model run in-process by llama-cpp-python; loaded once, on first use."""

    endpoint = "llama-cpp"
    default_mode = "json_schema"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model_id = settings.model.id
        self._llm: Any = None
        self._lock = threading.Lock()
        self._grammars: dict[str, Any] = {}  # reply schema (JSON) -> compiled llama.cpp grammar
        self._prefixes: PrefixStates | None = None  # made with the model, in load()
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
        self._prefixes = PrefixStates(self._llm)
        inner, prefixes = self._llm.generate, self._prefixes

        def generate(tokens: Any, *args: Any, **kwargs: Any) -> Any:
            prefixes.before(tokens)  # start from a saved prompt prefix, when one is longer than the live one
            return inner(tokens, *args, **kwargs)

        self._llm.generate = generate
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
            return {"type": "json_object", "schema": ends_at_no(fmt["json_schema"]["schema"])}
        return fmt

    def _greedy_grammar(self, llm: Any, schema: dict[str, Any]) -> GreedyGrammar:
        """The reply schema's grammar for greedy decoding (compiled once per schema)."""
        key = json.dumps(schema)  # property order is the order the grammar writes them in
        grammar = self._grammars.get(key)
        if grammar is None:
            from llama_cpp.llama_grammar import LlamaGrammar

            grammar = self._grammars[key] = LlamaGrammar.from_json_schema(key, verbose=False)
        return GreedyGrammar(llm, grammar)

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
        schema = fmt.get("schema") if fmt is not None else None
        # At temperature 0 the grammar is checked lazily (the same tokens, less work); else llama.cpp's way.
        lazy = schema if kwargs["temperature"] == 0 and isinstance(schema, dict) else None
        if fmt is not None and lazy is None:
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
        greedy = self._greedy_grammar(llm, lazy) if lazy is not None else None
        if greedy is not None:
            kwargs["logits_processor"] = [greedy]
        try:
            result: dict[str, Any] = llm.create_chat_completion(**kwargs)
            if self._prefixes is not None:
                self._prefixes.after(save=len(request["messages"]) <= 2)  # a first question, not a re-ask
        except ValueError as exc:
            raise BackendError(f"local model failed: {exc}", model=self.model_id) from exc
        finally:
            self._lock.release()
            if greedy is not None:
                greedy.close()
        result["model"] = self.model_id
        return result
