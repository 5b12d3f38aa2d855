"""A 30,000-word article on the local model: seconds, peak memory, calls, what came out.

The article is built at run time from the Voice of America texts in ../shared/corpus/m2e2_voa
(US government work), joined in order until it reaches the word count; nothing is copied into
the project. Prints figures; asserts nothing.

    python benchmarks/long_article.py [--words 30000] [--cache-mode off] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(corpus: Path, words: int) -> str:
    parts: list[str] = []
    count = 0
    for path in sorted((corpus / "m2e2_voa" / "texts").glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        parts.append(text)
        count += len(text.split())
        if count >= words:
            break
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=30000)
    parser.add_argument("--cache-mode", default="off")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    text = build(args.corpus, args.words)
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "long.txt"
        article.write_text(text, encoding="utf-8")
        out = Path(tmp) / "long.json"
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "summarizer", "summarize", str(article), "--model", "local", "--format", "json",
             "--published", "2017-06-01", "--cache-mode", args.cache_mode, "--output", str(out)],
            check=False, cwd=ROOT, capture_output=True,
        )
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
        if proc.returncode != 0:
            sys.exit(f"failed: {proc.stderr.decode()}")
        data = json.loads(out.read_text(encoding="utf-8"))
    spans = [s for k in ("trips", "meetings", "quotes") for item in data[k] for s in item["evidence"]]
    exact = sum(text[s["start"] : s["end"]] == s["text"] for s in spans)
    u = data["usage"]
    print(f"article: {len(text.split())} words, {len(text)} characters")
    print(f"local model, cache {args.cache_mode}: {seconds:.0f} s, peak RSS {peak:.2f} GiB, {u['calls']} calls "
          f"({u['cached_calls']} from cache, {u['retries']} re-asks), {u['prompt_tokens']}+{u['completion_tokens']} tokens")
    print(f"found {len(data['trips'])} trips, {len(data['meetings'])} meetings, {len(data['quotes'])} quotes; "
          f"{exact}/{len(spans)} evidence spans exact; {len(data['warnings'])} warnings")


if __name__ == "__main__":
    main()
