"""What the views are given: a summary read from a file, as ``summarize --format json`` writes it or as
one line of a JSON-lines file (``summarize a.txt b.txt -o out.jsonl``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.errors import InputError
from summarizer.schemas import ArticleSummary

__all__ = ["read_summary"]

_LINE_KEYS = ("source", "input_key")  # what a JSON line adds to the summary


def _records(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not UTF-8 text: give a summary as --format json writes it", source=str(path)) from None
    try:
        whole = json.loads(raw)
        lines = [whole]
    except ValueError:
        try:
            lines = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except ValueError as exc:
            raise InputError(f"{path} is neither JSON nor JSON lines: {exc}", source=str(path)) from None
    if not lines or not all(isinstance(x, dict) for x in lines):
        raise InputError(f"{path} holds no summary (a JSON object with doc_id, trips, meetings, quotes)", source=str(path))
    return lines


def _pick(path: Path, lines: list[dict[str, Any]], doc_id: str | None, source: str | None) -> dict[str, Any]:
    if doc_id is not None:
        found = [x for x in lines if doc_id in (x.get("doc_id"), x.get("input_key"))]
        if not found:
            raise InputError(f"{path} has no summary with doc_id or input_key {doc_id!r}", source=str(path))
        return found[0]
    if len(lines) == 1:
        return lines[0]
    found = [x for x in lines if source is not None and x.get("source") == source]
    if len(found) == 1:
        return found[0]
    ids = ", ".join(str(x.get("doc_id")) for x in lines[:5]) + (", ..." if len(lines) > 5 else "")
    raise InputError(f"{path} holds {len(lines)} summaries ({ids}): choose one with --doc-id", source=str(path))


def read_summary(path: str | Path, *, doc_id: str | None = None, source: str | None = None) -> ArticleSummary:
    """The summary in ``path``: the only one, the one with ``doc_id`` (or ``input_key``), or the line whose
    ``source`` is ``source``. :class:`InputError` (one line) when the file cannot be one."""
    target = Path(path)
    if not target.is_file():
        raise InputError(f"no summary file at {target}", source=str(target))
    record = dict(_pick(target, _records(target), doc_id, source))
    for key in _LINE_KEYS:
        record.pop(key, None)
    try:
        return ArticleSummary.model_validate(record)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the top level"
        raise InputError(f"{target} is not a summary: {where}: {first['msg']}", source=str(target)) from None
