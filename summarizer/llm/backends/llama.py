"""The ``local`` backend: a GGUF model run in-process by llama-cpp-python."""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from summarizer.config import Settings
from summarizer.errors import BackendError, BackendTimeoutError, ConfigError, ModelNotInstalledError
from summarizer.llm.backends import register
from summarizer.llm.backends.batched import Job, Scheduler
from summarizer.llm.backends.greedy_grammar import GreedyGrammar
from summarizer.llm.backends.llama_seq import LlamaSeqModel
from summarizer.llm.backends.prefix_files import PrefixFiles, context_key, prune_stale
from summarizer.llm.backends.prefix_states import PrefixStates
from summarizer.llm.local_model import INSTALL_HINT, ensure_default_model
from summarizer.llm.threads import choose_threads

__all__ = ["SEQUENCE_BUDGET", "LlamaBackend", "context_size", "ends_at_no"]

SEQUENCE_BUDGET = 1024
"""KV cells each parallel sequence is sized for: the context holds ``parallel`` times this (at least
``n_ctx``). A question of the focused strategy takes 150-700 prompt tokens and at most 200 generated;
the cells of a shared prefix are held once however many sequences start from it, and one long request
may still use up to ``n_ctx`` cells while the others wait for room."""


PARKED = 4
"""Prompt prefixes (a kind's instructions) the scheduler keeps in sequences of their own, to copy from."""


def context_size(n_ctx: int, parallel: int) -> int:
    """The KV cells of the one llama.cpp context: ``n_ctx`` for one sequence, room for ``parallel`` of them."""
    return max(n_ctx, parallel * SEQUENCE_BUDGET) if parallel > 1 else n_ctx


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
        self._prefixes: PrefixStates | None = None  # made with the model, in load(), for one sequence
        self._grammar_lock = threading.Lock()
        self._load_lock = threading.Lock()
        self.parallel = max(1, settings.parallel)
        """How many completions this backend decodes together (callers may ask that many at once)."""
        self.scheduler: Scheduler | None = None  # made with the model, in load(), for parallel sequences
        self.model_path: Path | None = None

    def _resolve_path(self) -> Path:
        if self.settings.model.path is not None:
            path = self.settings.model.path
            if not path.is_file():
                raise ConfigError(f"local model file not found: {path}")
            return path
        return ensure_default_model(self.settings.model_dir)

    def load(self) -> Any:
        """Load the model (once, whichever thread asks first) and return the llama_cpp.Llama object."""
        if self._llm is not None:
            return self._llm
        with self._load_lock:
            if self._llm is None:
                self._load()
        return self._llm

    def _load(self) -> None:
        try:
            import llama_cpp
        except ImportError as exc:
            raise ModelNotInstalledError(f"llama-cpp-python is not installed; {INSTALL_HINT}") from exc
        self.model_path = self._resolve_path()
        threads = choose_threads(self.settings.n_threads)
        try:
            llm: Any = llama_cpp.Llama(
                model_path=str(self.model_path),
                n_ctx=context_size(self.settings.n_ctx, self.parallel),
                n_threads=threads,
                n_threads_batch=threads,  # llama-cpp-python's default is every CPU, busy or not
                n_batch=512,
                seed=0,
                verbose=False,
            )
            if self.parallel > 1:
                self._parallel_context(llama_cpp, llm)
                self._llm = llm  # last: another thread takes the model as soon as it is set
                return
        except (ValueError, RuntimeError) as exc:
            raise BackendError(f"cannot load local model {self.model_path}: {exc}", model=self.model_id) from exc
        self._prefixes = PrefixStates(llm)
        inner, prefixes = llm.generate, self._prefixes

        def generate(tokens: Any, *args: Any, **kwargs: Any) -> Any:
            prefixes.before(tokens)  # start from a saved prompt prefix, when one is longer than the live one
            return inner(tokens, *args, **kwargs)

        llm.generate = generate
        self._llm = llm

    def _parallel_context(self, llama_cpp: Any, llm: Any) -> None:
        """Give the model a context for ``parallel`` sequences sharing one KV cache, and its scheduler."""
        from llama_cpp._internals import LlamaContext

        params = llama_cpp.llama_context_params.from_buffer_copy(llm.context_params)
        params.n_seq_max = self.parallel + PARKED  # and the parked prefixes (see batched.Scheduler)
        params.kv_unified = True  # one cache: a prefix copied to another sequence shares its cells
        llm._ctx.close()  # the one-sequence context the constructor made
        llm._ctx = LlamaContext(model=llm._model, params=params, verbose=False)
        llm.context_params = params
        model = LlamaSeqModel(llm, llm._ctx.ctx, n_batch=params.n_batch)

        def late(job: Job) -> BaseException:
            return BackendTimeoutError(
                f"local model {self.model_id}: no reply within {self.settings.timeout:g} s "
                "(busy with other calls; raise --timeout)",
                model=self.model_id,
                timeout=self.settings.timeout,
            )

        self.scheduler = Scheduler(model, slots=self.parallel, on_timeout=late, parked=PARKED,
                                   files=self._prefix_files(llama_cpp, params))

    def _prefix_files(self, llama_cpp: Any, params: Any) -> PrefixFiles | None:
        """Where this model's shared prompt prefixes are kept between processes (None: not kept)."""
        if self.settings.prefix_dir is None or self.model_path is None:
            return None
        shape = {"llama_cpp": llama_cpp.__version__, "type_k": params.type_k, "type_v": params.type_v,
                 "flash_attn": getattr(params, "flash_attn_type", None), "kv_unified": params.kv_unified}
        key = context_key(self.model_path, **shape)
        prune_stale(self.settings.prefix_dir, keep=key)
        return PrefixFiles(self.settings.prefix_dir / key)

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
        with self._grammar_lock:
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
        if self.scheduler is not None:
            if kwargs["temperature"] == 0 and "response_format" not in kwargs and "tools" not in kwargs:
                return self._decode_together(llm, self.scheduler, kwargs, lazy, budget)
            return self._decode_alone(llm, self.scheduler, kwargs, budget)
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

    def _decode_together(
        self, llm: Any, scheduler: Scheduler, kwargs: dict[str, Any], schema: dict[str, Any] | None, budget: float
    ) -> dict[str, Any]:
        """A greedy completion decoded by the scheduler, alongside the other calls in flight.

        llama-cpp-python's own chat handler renders the messages and reads the stop strings, so the
        prompt tokens are those of ``create_chat_completion``; only the decoding is the scheduler's.
        """
        import numpy as np
        from llama_cpp import llama_chat_format

        if budget <= 0:
            raise BackendTimeoutError(
                f"local model {self.model_id}: no reply within {self.settings.timeout:g} s (raise --timeout)",
                model=self.model_id,
                timeout=self.settings.timeout,
            )
        handler = (
            llm.chat_handler
            or llm._chat_handlers.get(llm.chat_format)
            or llama_chat_format.get_chat_completion_handler(llm.chat_format)
        )
        greedy = self._greedy_grammar(llm, schema) if schema is not None else None

        def choose(tokens: list[int], logits: Any) -> int:
            return int(np.argmax(greedy(tokens, logits) if greedy is not None else logits))

        submit = _Submit(llm, scheduler, choose, deadline=time.monotonic() + budget, n_ctx=self.settings.n_ctx,
                         keep_prefix=len(kwargs["messages"]) <= 2)  # a first question, not a re-ask
        try:
            result: dict[str, Any] = handler(  # type: ignore[assignment]
                llama=submit,  # type: ignore[arg-type]
                messages=kwargs["messages"],
                max_tokens=kwargs["max_tokens"],
                temperature=0.0,
                stop=kwargs.get("stop"),
                seed=kwargs.get("seed"),
            )
        except ValueError as exc:
            raise BackendError(f"local model failed: {exc}", model=self.model_id) from exc
        finally:
            if greedy is not None:
                greedy.close()
        result["model"] = self.model_id
        return result

    def _decode_alone(self, llm: Any, scheduler: Scheduler, kwargs: dict[str, Any], budget: float) -> dict[str, Any]:
        """A completion the scheduler does not decode (sampling, tools): llama-cpp-python's, with the context to itself."""
        if budget <= 0:
            raise BackendTimeoutError(
                f"local model {self.model_id}: no reply within {self.settings.timeout:g} s (raise --timeout)",
                model=self.model_id,
                timeout=self.settings.timeout,
            )

        def alone() -> dict[str, Any]:
            llm.reset()
            out: dict[str, Any] = llm.create_chat_completion(**kwargs)
            llm.reset()
            return out

        try:
            result: dict[str, Any] = scheduler.exclusive(alone)
        except ValueError as exc:
            raise BackendError(f"local model failed: {exc}", model=self.model_id) from exc
        result["model"] = self.model_id
        return result


class _Submit:
    """Stands in for ``llama_cpp.Llama`` in a chat handler: its ``create_completion`` goes to the scheduler."""

    verbose = False

    def __init__(self, llm: Any, scheduler: Scheduler, choose: Any, *, deadline: float, n_ctx: int,
                 keep_prefix: bool = True) -> None:
        self._llm, self._scheduler, self._choose = llm, scheduler, choose
        self._deadline, self._n_ctx, self._keep_prefix = deadline, n_ctx, keep_prefix

    def tokenize(self, text: bytes, add_bos: bool = True, special: bool = False) -> list[int]:
        tokens: list[int] = self._llm.tokenize(text, add_bos=add_bos, special=special)
        return tokens

    def create_completion(
        self, prompt: list[int], max_tokens: int | None = None, stop: str | list[str] | None = None, **_: Any
    ) -> dict[str, Any]:
        """llama-cpp-python's ``create_completion`` for a token prompt at temperature 0, without streaming."""
        n_ctx = self._n_ctx  # one request's limit, as with one sequence
        if len(prompt) >= n_ctx:
            raise ValueError(f"Requested tokens ({len(prompt)}) exceed context window of {n_ctx}")
        if max_tokens is None or max_tokens <= 0 or max_tokens + len(prompt) >= n_ctx:
            max_tokens = n_ctx - len(prompt)
        stops = [stop] if isinstance(stop, str) else list(stop or [])
        job = Job(
            prompt=list(prompt),
            max_tokens=max_tokens,
            choose=self._choose,
            stop=[s.encode("utf-8") for s in stops],
            deadline=self._deadline,
            keep_prefix=self._keep_prefix,
        )
        self._scheduler.run(job)
        if job.error is not None:
            raise job.error
        return {
            "id": f"cmpl-{uuid.uuid4()}",
            "object": "text_completion",
            "created": int(time.time()),
            "model": str(self._llm.model_path),
            "choices": [
                {"text": job.text.decode("utf-8", errors="ignore"), "index": 0, "logprobs": None,
                 "finish_reason": job.finish_reason}
            ],
            "usage": {
                "prompt_tokens": len(prompt),
                "completion_tokens": len(job.tokens),
                "total_tokens": len(prompt) + len(job.tokens),
            },
        }
