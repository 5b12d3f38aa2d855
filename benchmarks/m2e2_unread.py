"""More M2E2 VOA articles, as a corpus folder `summarizer eval` reads, to measure meetings and trips on more than the
30 articles of `../shared/corpus/m2e2_voa`.

M2E2 (Li et al., ACL 2020; github.com/limanling/m2e2) keeps its ACE-annotated sentences in
`data/m2e2_annotations.zip` (`text_only_event.json` and `text_multimedia_event.json`, one record per sentence). This
rebuilds each article as the dev corpus has it (its annotated sentences, one per line, in order; each event with its
trigger and arguments as character spans, each argument with its ACE entity type) and writes
OUT/m2e2_voa/texts/<doc id>.txt and OUT/m2e2_voa/events_gold.jsonl; it reproduces the dev corpus's 30 articles byte
for byte. An article qualifies as the dev corpus's did: three quarters of its text annotated, and a meeting or a
movement among its events. The qualifying articles not in the dev corpus are ordered by the SHA-256 of their id: the
first 40 (`--part read`) are the ones whose errors were read while writing the rules of meetings, the others
(`--part unread`) were never read and measure them. The rest of the articles, half annotated at least (less
covered ones, or ones with neither kind of event, which measure false records), ordered the same way, make two more
halves: `--part more-read` (whose errors an annotator who writes no rule read and reported only by class) and
`--part more-unread` (never read). Nothing it writes belongs in this repository (the texts are VOA's): write it
outside.

    git clone https://github.com/limanling/m2e2 /tmp/m2e2   # or any copy of it at 5d44972
    python benchmarks/m2e2_unread.py /tmp/m2e2/data/m2e2_annotations.zip /tmp/m2e2_unread --part unread \\
        --skip ../shared/corpus/m2e2_voa
    summarizer eval /tmp/m2e2_unread --cache-dir /tmp/m2e2_unread_cache --json
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_FILES = ("m2e2_annotations/text_only_event.json", "m2e2_annotations/text_multimedia_event.json")
_QUOTED = re.compile(r'["“][^"“”]*["”]')
_READ = 40  # the first articles by SHA-256 of their id, read while writing the rules
_EVENTS = ("Contact:Meet", "Movement:Transport")


def sentences(zip_path: Path) -> dict[str, dict[int, dict[str, Any]]]:
    """Each article's annotated sentences by index; a sentence in both files once, with the events of both."""
    by_doc: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
    with zipfile.ZipFile(zip_path) as archive:
        for name in _FILES:
            for record in json.load(io.TextIOWrapper(archive.open(name), encoding="utf-8")):
                doc, _, index = record["sentence_id"].rpartition("_")
                known = by_doc[doc].setdefault(int(index), {**record, "golden-event-mentions": [],
                                                            "golden-entity-mentions": []})
                for key in ("golden-event-mentions", "golden-entity-mentions"):
                    known[key] += [m for m in record[key] if m not in known[key]]
    return by_doc


def _line(record: dict[str, Any]) -> str:
    """The sentence as text: its field stops one character short when the last token is a full stop."""
    text, last = record["sentence"], record["words"][-1]
    return text + last if last in (".", "?", "!") and not text.endswith(last) else text


def article(doc: str, sents: dict[int, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """The article's text and its gold line in the dev corpus's format."""
    lines: list[str] = []
    meta: list[dict[str, int]] = []
    events: list[dict[str, Any]] = []
    offset = 0
    for index in sorted(sents):
        record, line = sents[index], _line(sents[index])
        meta.append({"sent_idx": index, "start": offset, "end": offset + len(line)})
        base, tokens = record["sentence_start"], record["index"]

        def span(first: int, stop: int, at: int = offset, line: str = line, base: int = base,
                 tokens: list[Any] = tokens) -> tuple[int, int]:
            start = at + int(tokens[first][0]) - base
            return start, min(at + int(tokens[stop - 1][1]) + 1 - base, at + len(line))

        types = {}
        for mention in record["golden-entity-mentions"]:
            types.setdefault((mention["start"], mention["end"]), mention["entity-type"])
        for event in record["golden-event-mentions"]:
            start, end = span(event["trigger"]["start"], event["trigger"]["end"])
            arguments = []
            for arg in event["arguments"]:
                a, b = span(arg["start"], arg["end"])
                arguments.append({"role": arg["role"], "entity_type": types.get((arg["start"], arg["end"])),
                                  "text": line[a - offset : b - offset], "start": a, "end": b})
            events.append({"event_type": event["event_type"], "sent_idx": index, "arguments": arguments,
                           "trigger": {"text": line[start - offset : end - offset], "start": start, "end": end}})
        lines.append(line)
        offset += len(line) + 1
    text = "".join(line + "\n" for line in lines)
    records = [sents[i] for i in sorted(sents)]
    covered = sum(r["sentence_end"] - r["sentence_start"] + 1 for r in records)
    gold = {"doc_id": doc, "events": events, "sentences": meta, "n_sent_present": len(records),
            "n_sent_missing": max(sents) + 1 - len(records),
            "char_coverage": round(covered / (max(r["sentence_end"] for r in records) + 1), 3),
            "n_quote_marks": len(_QUOTED.findall(text))}
    return text, gold


def _qualifies(gold: dict[str, Any]) -> bool:
    return bool(gold["char_coverage"] >= 0.75 and any(e["event_type"] in _EVENTS for e in gold["events"]))


def _more(gold: dict[str, Any]) -> bool:
    """The rest of the articles half annotated at least: less covered ones, or ones with neither kind of event."""
    return bool(gold["char_coverage"] >= 0.5 and not _qualifies(gold))


def _order(found: tuple[str, str, dict[str, Any]]) -> str:
    return hashlib.sha256(found[0].encode()).hexdigest()


def articles(zip_path: Path, skip: set[str], part: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(doc id, text, gold line) of the articles not in ``skip``, of ``part``: the qualifying ones (read, unread
    or all), or the rest half annotated at least, in two halves (more-read, more-unread)."""
    found = [(doc, *article(doc, sents)) for doc, sents in sentences(zip_path).items() if doc not in skip]
    ranked = sorted((x for x in found if _qualifies(x[2])), key=_order)
    more = sorted((x for x in found if _more(x[2])), key=_order)
    half = len(more) // 2
    chosen = {"read": ranked[:_READ], "unread": ranked[_READ:], "all": ranked,
              "more-read": more[:half], "more-unread": more[half:]}[part]
    yield from sorted(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("zip", type=Path, help="M2E2's data/m2e2_annotations.zip")
    parser.add_argument("out", type=Path, help="the corpus folder to write (outside this repository)")
    parser.add_argument("--part", choices=("read", "unread", "all", "more-read", "more-unread"), default="unread")
    parser.add_argument("--skip", type=Path, help="an M2E2 corpus folder whose articles to leave out")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from made_up_sets import doc_ids, write_corpus

    skip = doc_ids(args.skip, "events_gold.jsonl")
    write_corpus(args.out / "m2e2_voa", "events_gold.jsonl", articles(args.zip, skip, args.part))


if __name__ == "__main__":
    main()
