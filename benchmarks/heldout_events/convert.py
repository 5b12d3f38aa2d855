"""Turn a made-up events set (JSON lines: id, published, text, trips, meetings) into a folder `summarizer eval`
reads as M2E2 gold: OUTDIR/m2e2_voa/texts/<id>.txt and OUTDIR/m2e2_voa/events_gold.jsonl.

    python benchmarks/heldout_events/convert.py benchmarks/heldout_events/set_b.jsonl /tmp/heldout_b
    summarizer eval /tmp/heldout_b --cache-dir /tmp/heldout_b_cache

Each annotated trip becomes a Movement:Transport event (travellers as PER Artifact arguments, the destination as
a Destination), each meeting a Contact:Meet event (Contact:Phone-Write when held by phone), placed in the sentence
the annotation quotes, with its status (completed, planned, under_way, cancelled); the scorer counts one gold item
per kind and sentence, as for M2E2, and how often a matched record's status is the one annotated.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def _argument(text: str, role: str, words: str, near: int) -> dict[str, Any]:
    at = text.find(words, near)
    at = text.find(words) if at < 0 else at
    return {"role": role, "entity_type": "PER", "text": words, "start": max(at, 0), "end": max(at, 0) + len(words)}


def _event(kind: str, text: str, at: int, arguments: list[dict[str, Any]]) -> dict[str, Any]:
    return {"event_type": kind, "trigger": {"text": text[at], "start": at, "end": at + 1}, "arguments": arguments}


def convert(article: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """(doc id, text, gold line) of one article; an annotation whose sentence is not in the text is an error."""
    year, month, day = article["published"].split("-")
    doc_id = f"HELD_{year}.{month}.{day}.{article['id']}"
    text = article["text"]
    sentences: dict[int, int] = {}
    events = []
    for item in article.get("trips", []) + article.get("meetings", []):
        at = text.find(item["sentence"])
        if at < 0:
            raise SystemExit(f"{doc_id}: sentence not in the text: {item['sentence'][:60]!r}")
        sentences[at] = at + len(item["sentence"])
        if "travellers" in item:
            args = [_argument(text, "Artifact", w, at) for w in item["travellers"] if w]
            if item.get("destination"):
                args.append({**_argument(text, "Destination", item["destination"], at), "entity_type": "GPE"})
            events.append({**_event("Movement:Transport", text, at, args), "status": item.get("status")})
        else:
            kind = "Contact:Phone-Write" if item.get("format") == "phone" else "Contact:Meet"
            args = [_argument(text, "Entity", w, at) for w in item["participants"] if w]
            events.append({**_event(kind, text, at, args), "status": item.get("status")})
    spans = [{"sent_idx": k, "start": s, "end": e} for k, (s, e) in enumerate(sorted(sentences.items()))]
    return doc_id, text, {"doc_id": doc_id, "events": events, "sentences": spans}


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from made_up_sets import write_set

    write_set(Path(sys.argv[1]), Path(sys.argv[2]) / "m2e2_voa", "events_gold.jsonl", convert)


if __name__ == "__main__":
    main()
