"""Write a made-up set (JSON lines, one article each) as a corpus folder `summarizer eval` reads: the texts under
OUT/<corpus>/texts/ and one gold line per article in OUT/<corpus>/<gold file>. The events and quotes sets
(`heldout_events/convert.py`, `heldout_quotes/convert.py`) each give how one article becomes a gold line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

Convert = Callable[[dict[str, Any]], tuple[str, str, dict[str, Any]]]


def write_corpus(out: Path, gold_file: str, articles: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
    """Write each (doc id, text, gold line) as ``out``/texts/<doc id>.txt and one line of ``out``/``gold_file``."""
    (out / "texts").mkdir(parents=True, exist_ok=True)
    lines = []
    for doc_id, text, gold in articles:
        (out / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps(gold))
    (out / gold_file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles -> {out}")


def doc_ids(folder: Path | None, gold_file: str) -> set[str]:
    """The ids of the articles of a corpus folder's ``gold_file`` (none for no folder): those to leave out."""
    if folder is None:
        return set()
    lines = (folder / gold_file).read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["doc_id"] for line in lines if line.strip()}


def write_set(source: Path, out: Path, gold_file: str, convert: Convert) -> None:
    """Convert every article of ``source`` into ``out`` (texts/<doc id>.txt and ``gold_file``)."""
    raws = source.read_text(encoding="utf-8").splitlines()
    write_corpus(out, gold_file, (convert(json.loads(raw)) for raw in raws if raw.strip()))
