"""The KV cells of the prompt prefixes that questions share, kept on disk for the next process.

Every question of one kind starts with the same tokens: the system prompt and the kind's
instructions (60 and 80-100 more tokens). In one process the scheduler evaluates them once per
kind and copies their cells between sequences; a new process (one ``summarizer summarize``) used
to evaluate them again: about 330 of the seed's 989 evaluated prompt tokens, five seconds on two
cores. :class:`PrefixFiles` keeps, in one folder per model and context shape, the cells of each
prefix two questions were seen to share (llama.cpp's ``llama_state_seq_get_data`` of a sequence
holding exactly that prefix, 28 KB a token here) and hands them to the next process, which puts
them in idle sequences before its first question, as if an earlier question had just read them.

A file is written whole or not at all (a temporary file renamed), named by the SHA-256 of its
tokens; one that cannot be read, or that llama.cpp refuses, is removed and the prefix evaluated
as before. At most ``capacity`` files are kept per folder, the least recently used removed first.
The folder's name is a digest of what the cells depend on: the llama-cpp-python version, the model
file (path, size, modification time) and the context's cache types, so another model, another
llama.cpp or another cache layout never reads them.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarizer.llm.backends.prefix_states import serves
from summarizer.util.atomic import write_atomic

__all__ = ["PrefixFiles", "context_key", "prune_stale"]

MAGIC = b"summarizer-prefix-cells-1\n"
KEY_LENGTH = 24
STALE_DAYS = 30
"""A folder of another model or llama.cpp version unused this long is removed (its files only, then it)."""


def context_key(model_path: Path, **shape: Any) -> str:
    """A folder name for the cells of one model file in one kind of context (``shape``: versions, cache types)."""
    st = model_path.stat()
    facts = {"model": str(model_path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns, **shape}
    return hashlib.sha256(json.dumps(facts, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:KEY_LENGTH]


def prune_stale(root: Path, keep: str, *, days: float = STALE_DAYS) -> None:
    """Remove the folders of ``root`` named like :func:`context_key` (other than ``keep``) whose files are all
    older than ``days``: prefixes of a model or a llama.cpp no longer used. Nothing else is touched."""
    cutoff = time.time() - days * 86400
    try:
        folders = [p for p in root.iterdir() if p.is_dir() and p.name != keep and len(p.name) == KEY_LENGTH
                   and all(c in "0123456789abcdef" for c in p.name)]
        for folder in folders:
            files = list(folder.iterdir())
            if any(f.suffix != ".cells" or f.stat().st_mtime > cutoff for f in files):
                continue
            for f in files:
                f.unlink(missing_ok=True)
            folder.rmdir()
    except OSError:
        return  # a cache: what cannot be removed now is tried again next time


class PrefixFiles:
    """Saved prefixes (their tokens and a sequence's state holding exactly them) in ``folder``."""

    def __init__(self, folder: Path, *, capacity: int = 8, min_gain: int = 16) -> None:
        self.folder = folder
        self.capacity, self.min_gain = capacity, min_gain
        self._known: list[tuple[int, ...]] = []  # prefixes read or written in this process

    def _path(self, tokens: Sequence[int]) -> Path:
        digest = hashlib.sha256(struct.pack(f"<{len(tokens)}i", *tokens)).hexdigest()
        return self.folder / f"{digest}.cells"

    def read(self, limit: int) -> list[tuple[list[int], bytes]]:
        """Up to ``limit`` saved prefixes, the most recently used first; unreadable files are removed."""
        try:
            paths = sorted(self.folder.glob("*.cells"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        except OSError:
            return []
        found: list[tuple[list[int], bytes]] = []
        for path in paths:
            if len(found) >= limit:
                break
            entry = self._read_one(path)
            if entry is None:
                self.forget(path)
                continue
            found.append(entry)
            self._known.append(tuple(entry[0]))
        return found

    def _read_one(self, path: Path) -> tuple[list[int], bytes] | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if not data.startswith(MAGIC):
            return None
        rest = data[len(MAGIC):]
        try:
            (size,) = struct.unpack_from("<I", rest)
            tokens = json.loads(rest[4 : 4 + size].decode("utf-8"))["tokens"]
        except (struct.error, ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None
        if not isinstance(tokens, list) or not all(isinstance(t, int) for t in tokens) or path != self._path(tokens):
            return None
        state = rest[4 + size :]
        return (tokens, state) if state else None

    def forget(self, where: Path | Sequence[int]) -> None:
        """Remove a saved prefix's file (given by path or by tokens), e.g. one llama.cpp would not load."""
        path = where if isinstance(where, Path) else self._path(where)
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass

    def covers(self, prefix: Sequence[int]) -> bool:
        """Whether a prefix read or saved here already serves ``prefix`` about as well."""
        return any(serves(known, prefix, self.min_gain) for known in self._known)

    def save(self, prefix: Sequence[int], state: bytes) -> None:
        """Keep ``state`` (a sequence holding exactly ``prefix``); the oldest files beyond ``capacity`` go."""
        tokens = [int(t) for t in prefix]
        self._known.append(tuple(tokens))
        if not state:
            return
        header = json.dumps({"tokens": tokens}).encode("utf-8")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path(tokens), MAGIC + struct.pack("<I", len(header)) + header + state,
                         role="prefix cells")
            paths = sorted(self.folder.glob("*.cells"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        except OSError:
            return  # a cache: a folder that cannot be written costs time, never an answer
        for old in paths[self.capacity :]:
            self.forget(old)

    def touch(self, tokens: Sequence[int]) -> None:
        """Mark a saved prefix as just used (files are pruned least recently used first)."""
        try:
            os.utime(self._path(tokens))
        except OSError:
            pass
