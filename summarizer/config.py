"""Settings, resolved once: explicit argument > environment variable > default.

This is the one place that reads the ``SUMMARIZER_*`` and ``OPENAI_*`` variables: nothing
reads the environment at import time; :func:`resolve_settings` does, when it is called (the
CLI passes only the options given on its command line). The API key is kept out of ``repr``
so it never reaches a log.
"""

from __future__ import annotations

import math
import os
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from summarizer.errors import ConfigError
from summarizer.util.redact import redact_url

__all__ = [
    "CACHE_MODES",
    "DEFAULT_MODEL_NAME",
    "DEFAULT_OPENAI_MODEL",
    "MODES",
    "CacheMode",
    "ModelSpec",
    "Settings",
    "check_base_url",
    "default_cache_dir",
    "parse_model",
    "resolve_settings",
]

CacheMode = Literal["off", "auto", "replay", "record"]
CACHE_MODES: tuple[str, ...] = ("off", "auto", "replay", "record")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
"""The embedded local model (assembled from PyPI parts by :mod:`summarizer.llm.local_model`)."""
MODES: tuple[str, ...] = ("tools", "json", "json_schema", "md_json")
"""The instructor modes ``mode`` / ``SUMMARIZER_MODE`` accepts."""


@dataclass(frozen=True)
class ModelSpec:
    """Which model answers: ``kind`` is 'openai' (any OpenAI-compatible server) or 'local'."""

    kind: Literal["openai", "local"]
    name: str
    path: Path | None = None

    @property
    def spec(self) -> str:
        """The ``--model`` value that selects this model."""
        if self.kind == "local":
            return f"local:{self.path}" if self.path is not None else "local"
        return f"openai:{self.name}"

    @property
    def id(self) -> str:
        """The model id written into outputs and cache keys."""
        if self.kind == "local":
            return f"local:{self.name}"
        return f"openai:{self.name}"


def parse_model(spec: str) -> ModelSpec:
    """Parse ``local``, ``local:/path/model.gguf``, ``openai:NAME`` or a bare OpenAI model name."""
    spec = spec.strip()
    if not spec:
        raise ConfigError("empty model name; use 'local', 'local:/path/model.gguf' or 'openai:NAME'")
    if spec == "local":
        return ModelSpec("local", DEFAULT_MODEL_NAME)
    if spec.startswith("local:"):
        path = Path(spec[len("local:"):]).expanduser()
        return ModelSpec("local", path.name, path)
    if spec.startswith("openai:"):
        name = spec[len("openai:"):]
        if not name:
            raise ConfigError("missing model name after 'openai:', e.g. openai:gpt-4o-mini")
        return ModelSpec("openai", name)
    if ":" in spec.split("/")[0] and not spec.startswith(("http:", "https:")):
        prefix = spec.split(":", 1)[0]
        raise ConfigError(f"unknown model kind {prefix!r}; use 'local', 'local:/path/model.gguf' or 'openai:NAME'")
    return ModelSpec("openai", spec)


def default_cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user cache directory: $XDG_CACHE_HOME/summarizer or ~/.cache/summarizer.

    Recorded replies go to its ``replies/`` folder, the assembled local model to ``models/``.
    """
    env = os.environ if env is None else env
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summarizer"


@dataclass(frozen=True)
class Settings:
    """Everything a :class:`~summarizer.Summarizer` needs, fixed once."""

    model: ModelSpec
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 120.0
    max_retries: int = 2
    http_retries: int = 2
    max_tokens: int = 400
    temperature: float = 0.0
    mode: str | None = None
    cache_mode: CacheMode = "auto"
    cache_dir: Path = field(default_factory=lambda: default_cache_dir() / "replies")
    model_dir: Path = field(default_factory=lambda: default_cache_dir() / "models")
    n_ctx: int = 4096
    n_threads: int | None = None
    parallel: int = 1
    """Completions the local model decodes together (``--parallel`` / ``SUMMARIZER_PARALLEL``): 1 is one at a
    time; more keep that many questions, of one article or of several, in flight in one llama.cpp context."""
    prefix_dir: Path | None = None
    """Where the local model keeps the KV cells of the prompt prefixes questions share, for the next process
    (``SUMMARIZER_PREFIX_DIR``; default ``prefixes/`` in the user cache; ``off``: none kept or read)."""
    strategy: Literal["focused", "naive"] = "focused"
    fetch_timeout: float | None = None
    """The deadline for fetching a URL: the ``timeout`` given (argument or ``SUMMARIZER_TIMEOUT``), else
    None, which leaves reading at its own default (:data:`summarizer.read.DEFAULT_FETCH_TIMEOUT`)."""


def _env_float(env: Mapping[str, str], name: str) -> float | None:
    raw = env.get(name)
    if raw is None or raw == "":
        return None
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


def _env_int(env: Mapping[str, str], name: str) -> int | None:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None


def check_base_url(url: str, what: str = "base URL") -> str:
    """``url`` if it is an http(s) URL with a host; else :class:`ConfigError`."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        raise ConfigError(f"{what} is not a valid URL: {redact_url(url)!r}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{what} must be an http:// or https:// URL with a host, got {redact_url(url)!r}")
    return url.strip()


def _positive_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{what} must be a positive whole number, got {value!r}")
    return value


def resolve_settings(
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    http_retries: int | None = None,
    max_tokens: int | None = None,
    mode: str | None = None,
    cache_mode: str | None = None,
    cache_dir: str | Path | None = None,
    n_ctx: int | None = None,
    n_threads: int | None = None,
    strategy: str | None = None,
    parallel: int | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve settings from arguments, then ``SUMMARIZER_*`` / ``OPENAI_*`` variables, then defaults.

    With no model anywhere: an OpenAI model when a key is set, else the embedded local model. Every value is
    checked here, before any model call (:class:`ConfigError`). ``n_threads`` (else ``SUMMARIZER_THREADS``)
    fixes llama.cpp's threads; unset, the free cores (:func:`summarizer.llm.threads.choose_threads`).
    """
    env = os.environ if env is None else env
    key = api_key or env.get("SUMMARIZER_API_KEY") or env.get("OPENAI_API_KEY") or None
    spec = _model_spec(model, key, env)
    url = _base_url(base_url, spec, key, env)
    _check_local_file(spec)
    cmode = cache_mode or env.get("SUMMARIZER_CACHE_MODE") or "auto"
    if cmode not in CACHE_MODES:
        raise ConfigError(f"cache mode must be one of {', '.join(CACHE_MODES)}, got {cmode!r}")
    cdir = cache_dir or env.get("SUMMARIZER_CACHE_DIR") or None
    strat = _strategy(strategy, env)
    imode = mode or env.get("SUMMARIZER_MODE") or None
    if imode is not None and imode not in MODES:
        source = "mode" if mode else "SUMMARIZER_MODE"
        raise ConfigError(f"{source} must be one of {', '.join(MODES)}, got {imode!r}")
    t = _timeout(timeout, env)
    _check_counts(max_retries=max_retries, http_retries=http_retries, max_tokens=max_tokens, n_ctx=n_ctx)
    return Settings(
        model=spec,
        base_url=url,
        api_key=key,
        timeout=t if t is not None else (600.0 if spec.kind == "local" else 120.0),
        max_retries=2 if max_retries is None else max_retries,
        http_retries=2 if http_retries is None else http_retries,
        max_tokens=max_tokens or 400,
        mode=imode,
        cache_mode=cmode,  # type: ignore[arg-type]
        cache_dir=(Path(cdir) if cdir else default_cache_dir(env) / "replies").expanduser(),
        model_dir=Path(env.get("SUMMARIZER_MODEL_DIR") or default_cache_dir(env) / "models").expanduser(),
        n_ctx=n_ctx or 4096,
        n_threads=_threads(n_threads, env),
        parallel=_parallel(parallel, env),
        prefix_dir=_prefix_dir(env),
        strategy=strat,  # type: ignore[arg-type]
        fetch_timeout=t,
    )


def _strategy(strategy: str | None, env: Mapping[str, str]) -> str:
    strat = strategy or env.get("SUMMARIZER_STRATEGY") or "focused"
    if strat not in ("focused", "naive"):
        raise ConfigError(f"strategy must be 'focused' or 'naive', got {strat!r}")
    return strat


def _prefix_dir(env: Mapping[str, str]) -> Path | None:
    raw = (env.get("SUMMARIZER_PREFIX_DIR") or "").strip()
    if raw.lower() == "off":
        return None
    return Path(raw).expanduser() if raw else default_cache_dir(env) / "prefixes"


def _model_spec(model: str | None, key: str | None, env: Mapping[str, str]) -> ModelSpec:
    """The model asked for: the argument, else SUMMARIZER_MODEL, else OpenAI with a key, else local."""
    model_str = model or env.get("SUMMARIZER_MODEL") or None
    if model_str is None:
        model_str = f"openai:{DEFAULT_OPENAI_MODEL}" if key else "local"
    return parse_model(model_str)


def _check_local_file(spec: ModelSpec) -> None:
    if spec.kind == "local" and spec.path is not None and not spec.path.is_file():
        what = "is a folder, not a file" if spec.path.is_dir() else "not found"
        raise ConfigError(f"local model file {what}: {spec.path}")


def _base_url(base_url: str | None, spec: ModelSpec, key: str | None, env: Mapping[str, str]) -> str | None:
    """The server URL; an OpenAI model needs it or a key. One from the environment is checked only when used."""
    if base_url:
        url: str | None = check_base_url(base_url)
    else:
        url_var = next((v for v in ("SUMMARIZER_BASE_URL", "OPENAI_BASE_URL") if env.get(v)), None)
        url = env[url_var] if url_var else None
        if url is not None and url_var is not None and spec.kind == "openai":
            url = check_base_url(url, url_var)
    if spec.kind == "openai" and not key and url is None:
        raise ConfigError(
            f"model {spec.id} needs an API key: pass --api-key or set SUMMARIZER_API_KEY or OPENAI_API_KEY "
            "(or use --model local for the embedded model)"
        )
    return url


def _timeout(timeout: float | None, env: Mapping[str, str]) -> float | None:
    """The timeout given (argument, else SUMMARIZER_TIMEOUT), checked; None when neither gives one."""
    t = timeout if timeout is not None else _env_float(env, "SUMMARIZER_TIMEOUT")
    if t is not None and (isinstance(t, bool) or not math.isfinite(t) or t <= 0):
        raise ConfigError(f"timeout must be a positive number of seconds, got {t}")
    return t


def _check_counts(
    *, max_retries: int | None, http_retries: int | None, max_tokens: int | None, n_ctx: int | None
) -> None:
    if max_retries is not None and (isinstance(max_retries, bool) or max_retries < 0):
        raise ConfigError(f"max retries must be >= 0, got {max_retries}")
    if http_retries is not None and (isinstance(http_retries, bool) or http_retries < 0):
        raise ConfigError(f"http retries must be >= 0, got {http_retries}")
    if max_tokens is not None:
        _positive_int(max_tokens, "max tokens")
    if n_ctx is not None:
        _positive_int(n_ctx, "n_ctx")


DEFAULT_PARALLEL = 4
"""Completions decoded together by default (measured in docs/performance.md: on 2 cores, 4 sequences
generate about three times the tokens a second of one; more add little and hold more memory)."""

MAX_PARALLEL = 32

LOCAL_ARTICLES = 2
"""Articles summarised at once on a local model that decodes questions together (``parallel`` > 1): the
next article's questions fill the sequences the last questions of the one before leave free."""


def _parallel(parallel: int | None, env: Mapping[str, str]) -> int:
    """Sequences decoded together: the argument, else SUMMARIZER_PARALLEL, else DEFAULT_PARALLEL."""
    value = parallel if parallel is not None else _env_int(env, "SUMMARIZER_PARALLEL")
    if value is None:
        return DEFAULT_PARALLEL
    source = "parallel" if parallel is not None else "SUMMARIZER_PARALLEL"
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PARALLEL:
        raise ConfigError(f"{source} must be a whole number from 1 to {MAX_PARALLEL}, got {value!r}")
    return value


def _threads(n_threads: int | None, env: Mapping[str, str]) -> int | None:
    """llama.cpp's threads: the argument, else SUMMARIZER_THREADS, else None (the free cores)."""
    if n_threads is not None:
        return _positive_int(n_threads, "threads")
    threads = _env_int(env, "SUMMARIZER_THREADS")
    if threads is not None and threads < 1:
        raise ConfigError(f"SUMMARIZER_THREADS must be a positive whole number, got {env['SUMMARIZER_THREADS']!r}")
    return threads
