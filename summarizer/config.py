"""Settings, resolved once: explicit argument > environment variable > default.

Nothing here reads the environment at import time; :func:`resolve_settings` does,
when it is called. The API key is kept out of ``repr`` so it never reaches a log.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .errors import ConfigError

__all__ = [
    "CACHE_MODES",
    "DEFAULT_OPENAI_MODEL",
    "CacheMode",
    "ModelSpec",
    "Settings",
    "default_cache_dir",
    "parse_model",
    "resolve_settings",
]

CacheMode = Literal["off", "auto", "replay", "record"]
CACHE_MODES: tuple[str, ...] = ("off", "auto", "replay", "record")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"


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
        from .local_model import DEFAULT_MODEL_NAME

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
    strategy: Literal["focused", "naive"] = "focused"


def _env_float(env: Mapping[str, str], name: str) -> float | None:
    raw = env.get(name)
    if raw is None or raw == "":
        return None
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


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
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve settings from arguments, then ``SUMMARIZER_*`` / ``OPENAI_*`` variables, then defaults.

    With no model anywhere: an OpenAI model when a key is set, else the embedded local model.
    """
    env = os.environ if env is None else env
    key = api_key or env.get("SUMMARIZER_API_KEY") or env.get("OPENAI_API_KEY") or None
    url = base_url or env.get("SUMMARIZER_BASE_URL") or env.get("OPENAI_BASE_URL") or None
    model_str = model or env.get("SUMMARIZER_MODEL") or None
    if model_str is None:
        model_str = f"openai:{DEFAULT_OPENAI_MODEL}" if key else "local"
    spec = parse_model(model_str)
    if spec.kind == "openai" and not key and url is None:
        raise ConfigError(
            f"model {spec.id} needs an API key: pass --api-key or set SUMMARIZER_API_KEY or OPENAI_API_KEY "
            "(or use --model local for the embedded model)"
        )
    cmode = cache_mode or env.get("SUMMARIZER_CACHE_MODE") or "auto"
    if cmode not in CACHE_MODES:
        raise ConfigError(f"cache mode must be one of {', '.join(CACHE_MODES)}, got {cmode!r}")
    cdir = Path(cache_dir) if cache_dir else Path(env["SUMMARIZER_CACHE_DIR"]) if env.get("SUMMARIZER_CACHE_DIR") else None
    strat = strategy or env.get("SUMMARIZER_STRATEGY") or "focused"
    if strat not in ("focused", "naive"):
        raise ConfigError(f"strategy must be 'focused' or 'naive', got {strat!r}")
    t = timeout if timeout is not None else _env_float(env, "SUMMARIZER_TIMEOUT")
    if t is not None and t <= 0:
        raise ConfigError(f"timeout must be positive, got {t}")
    if max_retries is not None and max_retries < 0:
        raise ConfigError(f"max retries must be >= 0, got {max_retries}")
    return Settings(
        model=spec,
        base_url=url,
        api_key=key,
        timeout=t if t is not None else (600.0 if spec.kind == "local" else 120.0),
        max_retries=2 if max_retries is None else max_retries,
        http_retries=2 if http_retries is None else http_retries,
        max_tokens=max_tokens or 400,
        mode=mode or env.get("SUMMARIZER_MODE") or None,
        cache_mode=cmode,  # type: ignore[arg-type]
        cache_dir=(cdir or default_cache_dir(env) / "replies").expanduser(),
        model_dir=Path(env.get("SUMMARIZER_MODEL_DIR") or default_cache_dir(env) / "models").expanduser(),
        n_ctx=n_ctx or 4096,
        n_threads=n_threads,
        strategy=strat,  # type: ignore[arg-type]
    )
