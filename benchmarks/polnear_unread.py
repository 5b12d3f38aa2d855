"""More of PolNeAR's unread splits, as a corpus folder `summarizer eval` reads, to measure the unread half on more
than the seven documents of `../shared/corpus/polnear`'s dev and test splits.

PolNeAR (Newell et al., LREC 2018; github.com/networkdynamics/PolNeAR) keeps each article's text under
`data/<split>/text/` and its attributions as brat standoff files under `data/<split>/attributions/`, one per
annotator (`<doc id>_<annotator>.ann`). This reads the `dev` and `test` splits of a checkout of it (the rules
are written reading only `train`), takes the first annotator's file of each article, leaves out the articles
already in the dev corpus, and writes OUT/polnear/texts/<doc id>.txt and OUT/polnear/quotes_gold.jsonl in the
dev corpus's format. Nothing it writes belongs in this repository (the texts are their publishers'): write it
outside, and measure it without reading it, as the unread half is measured.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR   # or any copy of it at c3eee83
    python benchmarks/polnear_unread.py /tmp/PolNeAR /tmp/polnear_unread --skip ../shared/corpus/polnear
    summarizer eval /tmp/polnear_unread --cache-dir /tmp/polnear_unread_cache --json
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SPLITS = ("dev", "test")
_QUOTE_MARK = re.compile(r"[“”\"]|''")


def _spans(field: str, text: str) -> list[dict[str, Any]]:
    """'256 377;463 616' as spans of ``text``."""
    out = []
    for part in field.split(";"):
        start, end = (int(x) for x in part.split())
        out.append({"start": start, "end": end, "text": text[start:end]})
    return out


def read_ann(ann: str, text: str) -> list[dict[str, Any]]:
    """The attributions of one brat file: each event's Source, Cue and Content text-bound annotations."""
    bound: dict[str, list[dict[str, Any]]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            _, _, offsets = cols[1].partition(" ")
            bound[cols[0]] = _spans(offsets, text)
        elif line.startswith("E") and len(cols) >= 2:
            args = [tuple(a.split(":", 1)) for a in cols[1].split()[1:] if ":" in a]
            events.append((cols[0], [(re.sub(r"\d+$", "", role), ref) for role, ref in args]))
    out = []
    for eid, args in events:
        att: dict[str, Any] = {"id": eid, "type": "Attribution", "sources": [], "cues": [], "contents": []}
        for role, ref in args:
            key = {"Source": "sources", "Cue": "cues", "Content": "contents"}.get(role)
            if key and ref in bound:
                att[key] += bound[ref]
        att["direct"] = any(_QUOTE_MARK.search(c["text"]) for c in att["contents"])
        out.append(att)
    return out


def _articles(polnear: Path, skip: set[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(doc id, text, gold line) of each article of the dev and test splits not in ``skip``."""
    for split in _SPLITS:
        base = polnear / "data" / split
        for text_file in sorted((base / "text").glob("*.txt")):
            doc_id = text_file.stem
            anns = sorted((base / "attributions").glob(f"{doc_id}_*.ann"))
            if doc_id in skip or not anns:
                continue
            text = text_file.read_bytes().decode("utf-8")
            date = re.search(r"_(\d{4}-\d{2}-\d{2})_", doc_id)
            yield doc_id, text, {
                "doc_id": doc_id, "split": split, "date": date.group(1) if date else None,
                "annotator": anns[0].stem.rsplit("_", 1)[1],
                "attributions": read_ann(anns[0].read_text(encoding="utf-8"), text),
            }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="a checkout of PolNeAR (holding data/dev and data/test)")
    parser.add_argument("out", type=Path, help="the corpus folder to write (outside this repository)")
    parser.add_argument("--skip", type=Path, help="a PolNeAR corpus folder whose articles to leave out")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from made_up_sets import doc_ids, write_corpus

    skip = doc_ids(args.skip, "quotes_gold.jsonl")
    write_corpus(args.out / "polnear", "quotes_gold.jsonl", _articles(args.polnear, skip))


if __name__ == "__main__":
    main()
