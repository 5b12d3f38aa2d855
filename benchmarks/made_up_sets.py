"""Write a made-up set (JSON lines, one article each) as a corpus folder `summarizer eval` reads: the texts under
OUT/<corpus>/texts/ and one gold line per article in OUT/<corpus>/<gold file>. The events and quotes sets
(`heldout_events/convert.py`, `heldout_quotes/convert.py`) each give how one article becomes a gold line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Convert = Callable[[dict[str, Any]], tuple[str, str, dict[str, Any]]]


def write_set(source: Path, out: Path, gold_file: str, convert: Convert) -> None:
    """Convert every article of ``source`` into ``out`` (texts/<doc id>.txt and ``gold_file``)."""
    (out / "texts").mkdir(parents=True, exist_ok=True)
    lines = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            doc_id, text, gold = convert(json.loads(raw))
            (out / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            lines.append(json.dumps(gold))
    (out / gold_file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles -> {out}")
