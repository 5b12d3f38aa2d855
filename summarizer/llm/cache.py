"""Record / replay cache under every backend.

One exchange per pretty-printed JSON file, named by a versioned hash of everything
that changes the reply: endpoint kind, model id, rendered messages, schema or tool
definitions and sampling parameters. Keys, headers and timeouts are never part of
the key or the file. Files are written atomically (:func:`summarizer.util.atomic.write_atomic`:
temporary file + ``os.replace``), so two processes recording the same exchange at once both
leave a whole file.

The first write also leaves a marker file, ``.summarizer-cache``, in the folder. ``cache
prune`` only works in a folder that holds the marker (or nothing but cache records) and
only deletes files it can prove the cache wrote; see :meth:`ReplyCache.prune`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.errors import CacheError, CorruptCacheFileError
from summarizer.util.atomic import write_atomic

__all__ = [
    "CACHE_VERSION", "KEY_FIELDS", "MARKER_NAME", "CacheEntry", "CacheStats", "ReplyCache", "cache_key",
]

CACHE_VERSION = "summarizer-cache-1"
_VERSION_PREFIX = "summarizer-cache-"
# The file that says "this folder is a summarizer reply cache"; written by the first ``put``.
MARKER_NAME = ".summarizer-cache"
_MARKER_TEXT = (
    f"{CACHE_VERSION}\n"
    "This folder is a summarizer reply cache. `summarizer cache prune` works only in a folder that\n"
    "holds this file (or nothing but cache records), and deletes only files the cache wrote.\n"
)
# A record's name, and the temporary files ``put`` writes (write_atomic with the prefix ".<key[:12]>-":
# then 8 random characters and ".tmp"). Nothing else in a cache folder is ever deleted.
_RECORD_NAME = re.compile(r"[0-9a-f]{64}\.json")
_TEMP_NAME = re.compile(r"\.[0-9a-f]{12}-[a-z0-9_]{8}\.tmp")
_TEMP_MAX_AGE = 3600.0
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


def _record_head(key: str) -> re.Pattern[str]:
    """How every record ``put`` writes begins: the ``key`` field, then the ``version`` tag."""
    return re.compile(
        r'\{\s*"key"\s*:\s*"' + re.escape(key) + r'"\s*,\s*"version"\s*:\s*"' + re.escape(_VERSION_PREFIX)
    )


def _is_own_record(path: Path) -> bool:
    """True when ``path`` is provably a record the cache wrote (the rule is in :meth:`ReplyCache.prune`)."""
    if not _RECORD_NAME.fullmatch(path.name) or not path.is_file():
        return False
    try:
        raw = path.read_bytes()
    except OSError:
        return False
    try:
        data = json.loads(raw)
    except ValueError:  # not JSON (or not UTF-8): ours only if it is a truncated record of ours
        return _record_head(path.stem).match(raw[:400].decode("utf-8", "replace")) is not None
    if not isinstance(data, dict):
        return False
    version = data.get("version")
    return data.get("key") == path.stem and isinstance(version, str) and version.startswith(_VERSION_PREFIX)


def _is_own_temp(path: Path) -> bool:
    return _TEMP_NAME.fullmatch(path.name) is not None and path.is_file()


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
    # Files named like records that the cache cannot prove it wrote: prune never touches them.
    foreign: int = 0


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
        self.mark()  # creates the folder; it is a cache from its first record on (see prune)
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
        write_atomic(path, text, temp_prefix=f".{key[:12]}-", role="cache")
        return path

    @property
    def marker(self) -> Path:
        """The marker file that says this folder is a cache."""
        return self.directory / MARKER_NAME

    def mark(self) -> None:
        """Create the folder and its marker file (once; an existing marker is left as it is)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        if self.marker.exists():
            return
        try:
            with self.marker.open("x", encoding="utf-8") as fh:
                fh.write(_MARKER_TEXT)
        except FileExistsError:
            pass  # another process marked it first

    def _stranger(self) -> Path | None:
        """Why the folder is not a cache: the first entry the cache did not write (None when it is a cache).

        A folder is a cache when it holds the marker file, or when everything in it is a record or a
        temporary file the cache wrote (a cache recorded before the marker existed). A missing or
        empty folder is an empty cache. A path that exists but is not a folder is not a cache.
        """
        if not self.directory.exists():
            return None
        if not self.directory.is_dir():
            return self.directory
        if self.marker.is_file():
            return None
        for path in sorted(self.directory.iterdir()):
            if not (_is_own_temp(path) or _is_own_record(path)):
                return path
        return None

    def is_cache(self) -> bool:
        """True when :meth:`prune` may work here (see :meth:`_stranger` for the rule)."""
        return self._stranger() is None

    def files(self) -> Iterator[Path]:
        """Every exchange file in the folder, sorted."""
        if not self.directory.is_dir():
            return iter(())
        return iter(sorted(p for p in self.directory.glob("*.json") if len(p.stem) == 64))

    def stats(self) -> CacheStats:
        """Count files named like records, their bytes, models, corrupt ones and foreign ones.

        Read-only; a missing or empty folder gives zeros. ``corrupt`` counts the files named like a
        record that cannot be read back; ``foreign`` (readable or not) those the cache cannot prove it
        wrote, which :meth:`prune` never deletes.
        """
        files = 0
        size = 0
        corrupt = 0
        foreign = 0
        models: dict[str, int] = {}
        for path in self.files():
            try:
                size += path.stat().st_size
            except FileNotFoundError:
                continue  # deleted meanwhile
            files += 1
            foreign += not _is_own_record(path)
            try:
                entry = self.get(path.stem)
            except CorruptCacheFileError:
                corrupt += 1
                continue
            if entry is not None:
                models[entry.model] = models.get(entry.model, 0) + 1
        return CacheStats(self.directory, files, size, models, corrupt, foreign)

    def prune(self, *, keep: set[str] | None = None, older_than_days: float | None = None) -> list[Path]:
        """Delete records not in ``keep`` and/or older than some days, corrupt records and stale temp files.

        Only files the cache provably wrote are deleted:

        * a record: named ``<64 lowercase hex>.json`` and either JSON whose ``key`` equals that name and
          whose ``version`` is a ``summarizer-cache-*`` tag, or, when it does not parse, text that begins
          the way :meth:`put` begins every record (``{"key": "<that name>", "version": "summarizer-cache-``):
          a record of ours cut short. Any other file named like a record (empty, foreign JSON, other text)
          is not provably ours and is never deleted (``stats`` counts it as corrupt and foreign);
        * a temporary file: named the way :meth:`put` names them (``.<12 hex>-<8 characters>.tmp``) and
          older than an hour. Other ``.tmp`` files are left alone.

        The folder itself must be a cache: it holds the marker file, or nothing but such records and
        temporary files. Otherwise CacheError is raised and nothing is deleted. A missing folder has
        nothing to prune.
        """
        stranger = self._stranger()
        if stranger is not None:
            why = ("is not a folder" if stranger == self.directory
                   else f"holds {stranger.name!r}, which the cache did not write")
            raise CacheError(
                f"{self.directory} does not look like a summarizer reply cache: it has no {MARKER_NAME} "
                f"file and {why}; refusing to prune (if it is a cache, create an empty {self.marker})"
            )
        removed: list[Path] = []
        if not self.directory.is_dir():
            return removed
        now = time.time()
        for path in self.files():
            if not _is_own_record(path):
                continue
            try:
                age = now - path.stat().st_mtime
            except FileNotFoundError:
                continue
            drop = keep is not None and path.stem not in keep
            if older_than_days is not None and age > older_than_days * 86400:
                drop = True
            if not drop:
                try:
                    self.get(path.stem)
                except CorruptCacheFileError:
                    drop = True
            if drop:
                path.unlink(missing_ok=True)
                removed.append(path)
        for tmp in sorted(self.directory.glob(".*.tmp")):
            if not _is_own_temp(tmp):
                continue
            try:
                stale = now - tmp.stat().st_mtime > _TEMP_MAX_AGE
            except FileNotFoundError:
                continue
            if stale:
                tmp.unlink(missing_ok=True)
                removed.append(tmp)
        return removed
