"""Where a set's missed trips and meetings are lost, as counts: never asked (the candidate gate), asked and
answered no by the model, or answered yes and then dropped by the rules. Counts only, so that a set kept unread
stays unread; ``--show`` prints the sentences too (for a set that may be read).

    python benchmarks/heldout_events/losses.py /tmp/heldout_b /tmp/heldout_b_cache

Run it after ``summarizer eval CORPUS --cache-dir CACHE``: it replays that cache and reads its questions.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from summarizer.api import Summarizer
from summarizer.eval.corpus import load_corpus
from summarizer.eval.events import gold_events, match_by_sentence
from summarizer.llm.prompts import load_prompt
from summarizer.read.document import Document

_SENTENCE = re.compile(r'Sentence: "(.*?)"\n', re.DOTALL)


def _asks_now(kind: str) -> str:
    """The words the current question of ``kind`` starts with: a cache may hold replies to earlier versions."""
    return load_prompt("trips" if kind == "trip" else "meetings").render("user", context="", sentence="").split(
        "Sentence:")[0].strip()


def _answers(cache: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(article, 'trip' or 'meeting') -> [(the sentence asked, the model's reply)] from a reply cache, the
    replies to the questions this version asks only."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    now = {kind: _asks_now(kind) for kind in ("trip", "meeting")}
    for path in cache.glob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        question = entry["request"]["messages"][-1]["content"]
        kind = "trip" if "trip" in entry["task"] else "meeting"
        if not question.startswith(now[kind]):
            continue
        asked = _SENTENCE.search(question + "\n")
        try:
            reply = str(entry["response"]["choices"][0]["message"]["content"])
        except (KeyError, IndexError, TypeError):
            reply = ""
        if asked is not None:
            found.setdefault((entry["article"], kind), []).append((asked.group(1).strip(), reply))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--show", action="store_true", help="print each missed sentence (only for a set that may be read)")
    args = parser.parse_args()
    answers = _answers(args.cache)
    summarizer = Summarizer(cache_dir=args.cache, cache_mode="replay")
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for doc in load_corpus(args.corpus):
        if "events" not in doc.gold:
            continue
        summary = summarizer.summarize(Document(doc.text, doc.doc_id, doc.corpus, doc.published), kinds=("trips", "meetings"))
        gold_trips, gold_meetings, _ = gold_events(doc)
        for kind, evidence, golds in (
            ("trip", [t.evidence for t in summary.trips if t.kind == "visit"], gold_trips),
            ("meeting", [m.evidence for m in summary.meetings if m.format != "phone"], gold_meetings),
        ):
            _, pairs = match_by_sentence(evidence, golds)
            matched = {j for _, j in pairs}
            for j, gold in enumerate(golds):
                if j in matched:
                    continue
                sentence = doc.text[gold.sentence[0] : gold.sentence[1]].strip()
                replies = [r for s, r in answers.get((doc.doc_id, kind), []) if s[:60] == sentence[:60]]
                if not replies:
                    stage = "never asked"
                elif any('": true' in r for r in replies):
                    stage = "model yes, dropped by the rules"
                elif any('": false' in r for r in replies):
                    stage = "model no"
                else:
                    stage = "no valid answer"
                counts[(kind, stage)] += 1
                if args.show:
                    print(f"{kind} | {stage} | {doc.doc_id} | {sentence[:200]}")
    for (kind, stage), n in sorted(counts.items()):
        print(f"{kind}s missed, {stage}: {n}")


if __name__ == "__main__":
    main()
