"""Record / replay cache under every backend.

One exchange per pretty-printed JSON file, named by a versioned hash of everything
that changes the reply: endpoint kind, model id, rendered messages, schema or tool
definitions and sampling parameters. Keys, headers and timeouts are never part of
the key or the file. Files are written atomically (temporary file + ``os.replace``),
so two processes recording the same exchange at once both leave a whole file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import CorruptCacheFileError

__all__ = ["CACHE_VERSION", "KEY_FIELDS", "CacheEntry", "CacheStats", "ReplyCache", "cache_key"]

CACHE_VERSION = "summarizer-cache-1"
# Request fields that change the reply. Anything else (timeout, extra headers, api key) is left out.
KEY_FIELDS = (
    "model",
    "messages",
    "response_format",
    "tools",
    "tool_choice",
    "temperature",
    "top_p",
    "max_tokens",
    "seed",
    "stop",
    "frequency_penalty",
    "presence_penalty",
    "repeat_penalty",
)


def _canonical_request(endpoint: str, request: dict[str, Any]) -> dict[str, Any]:
    body = {k: request[k] for k in KEY_FIELDS if k in request and request[k] is not None}
    return {"version": CACHE_VERSION, "endpoint": endpoint, "request": body}


def cache_key(endpoint: str, request: dict[str, Any]) -> str:
    """The hex SHA-256 of the canonical request (sorted keys, no whitespace)."""
    blob = json.dumps(_canonical_request(endpoint, request), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheEntry:
    """One recorded exchange as read back from disk."""

    key: str
    path: Path
    response: dict[str, Any]
    model: str
    article: str | None
    task: str | None


@dataclass(frozen=True)
class CacheStats:
    """What ``summarizer cache stats`` prints."""

    path: Path
    files: int
    bytes: int
    models: dict[str, int]
    corrupt: int


class ReplyCache:
    """A folder of recorded exchanges."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path_for(self, key: str) -> Path:
        """Where the exchange with this key lives."""
        return self.directory / f"{key}.json"

    def get(self, key: str) -> CacheEntry | None:
        """The recorded exchange, or None when there is none. A corrupt file raises CorruptCacheFileError."""
        path = self.path_for(key)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise CorruptCacheFileError(f"cannot read cache file {path}: {exc.strerror}", path=str(path)) from exc
        try:
            data = json.loads(raw)
            response = data["response"]
            if data.get("key") != key or not isinstance(response, dict):
                raise ValueError("key or response does not match")
        except (ValueError, KeyError, TypeError) as exc:
            raise CorruptCacheFileError(
                f"corrupt cache file {path} (delete it or re-record): {exc}", path=str(path)
            ) from exc
        return CacheEntry(key, path, response, str(data.get("model", "")), data.get("article"), data.get("task"))

    def put(
        self,
        key: str,
        *,
        endpoint: str,
        request: dict[str, Any],
        response: dict[str, Any],
        model: str,
        article: str | None = None,
        task: str | None = None,
        seconds: float | None = None,
    ) -> Path:
        """Write one exchange atomically and return its path."""
        self.directory.mkdir(parents=True, exist_ok=True)
        record = {
            "key": key,
            "version": CACHE_VERSION,
            "recorded_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "recorded_with": "summarizer record (cache mode 'record' or 'auto')",
            "model": model,
            "endpoint": endpoint,
            "article": article,
            "task": task,
            "seconds": None if seconds is None else round(seconds, 3),
            "request": _canonical_request(endpoint, request)["request"],
            "response": response,
            "usage": response.get("usage"),
        }
        text = json.dumps(record, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        path = self.path_for(key)
        fd, tmp = tempfile.mkstemp(prefix=f".{key[:12]}-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def files(self) -> Iterator[Path]:
        """Every exchange file in the folder, sorted."""
        if not self.directory.is_dir():
            return iter(())
        return iter(sorted(p for p in self.directory.glob("*.json") if len(p.stem) == 64))

    def stats(self) -> CacheStats:
        """Count files, bytes, models and corrupt files."""
        files = 0
        size = 0
        corrupt = 0
        models: dict[str, int] = {}
        for path in self.files():
            files += 1
            size += path.stat().st_size
            try:
                entry = self.get(path.stem)
            except CorruptCacheFileError:
                corrupt += 1
                continue
            if entry is not None:
                models[entry.model] = models.get(entry.model, 0) + 1
        return CacheStats(self.directory, files, size, models, corrupt)

    def prune(self, *, keep: set[str] | None = None, older_than_days: float | None = None) -> list[Path]:
        """Delete exchanges not in ``keep`` and/or older than a number of days; also corrupt ones and stray temp files."""
        removed: list[Path] = []
        now = time.time()
        for path in self.files():
            drop = False
            if keep is not None and path.stem not in keep:
                drop = True
            if older_than_days is not None and now - path.stat().st_mtime > older_than_days * 86400:
                drop = True
            if not drop:
                try:
                    self.get(path.stem)
                except CorruptCacheFileError:
                    drop = True
            if drop:
                path.unlink(missing_ok=True)
                removed.append(path)
        if self.directory.is_dir():
            for tmp in self.directory.glob(".*.tmp"):
                if now - tmp.stat().st_mtime > 3600:
                    tmp.unlink(missing_ok=True)
                    removed.append(tmp)
        return removed
