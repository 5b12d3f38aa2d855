"""Where two reply caches disagree, how close the model's choice was; prints figures, asserts nothing.

    python benchmarks/near_ties.py ONE OTHER

``ONE`` and ``OTHER`` are reply caches (``--cache-dir``) of the embedded model holding answers to the
same questions (the same file names), for example one asked one question at a time and one asked
through the parallel engine (``--parallel 4``). For every question whose replies differ, the question
is asked again one at a time with the default local model while a hook records the logits of each
step; the script prints the step where ONE's and OTHER's replies part, the gap between the two best
tokens there (for a ``true``/``false`` choice, between those two), and whether the fresh one-at-a-time
reply equals ONE's recorded one. A gap of a few hundredths is a near tie: a different order of the same
floating-point sums can flip it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _content(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))["response"]["choices"][0]["message"]["content"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("one", type=Path)
    parser.add_argument("other", type=Path)
    args = parser.parse_args()

    import numpy as np

    sys.path.insert(0, str(ROOT))
    from summarizer.config import resolve_settings
    from summarizer.llm.backends import greedy_grammar
    from summarizer.llm.backends.llama import LlamaBackend

    steps: list[tuple[list[int], Any]] = []
    choose = greedy_grammar.GreedyGrammar.__call__

    def recording(self: Any, input_ids: Any, scores: Any) -> Any:
        steps.append((list(input_ids), np.array(scores, copy=True)))
        return choose(self, input_ids, scores)

    greedy_grammar.GreedyGrammar.__call__ = recording  # type: ignore[method-assign]
    backend = LlamaBackend(resolve_settings(model="local", parallel=1, env={}))
    llm: Any = backend.load()
    true, false = (llm.tokenize(w, add_bos=False, special=False)[0] for w in (b" true", b" false"))
    same = differ = 0
    for path in sorted(args.one.glob("*.json")):
        other = args.other / path.name
        if not other.exists():
            continue
        mine, theirs = _content(path), _content(other)
        if mine == theirs:
            same += 1
            continue
        differ += 1
        steps.clear()
        request = json.loads(path.read_text(encoding="utf-8"))["request"]
        fresh = backend.complete(request)["choices"][0]["message"]["content"]
        at = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
        start = len(steps[0][0]) if steps else 0
        gap = None
        for ids, scores in steps:  # the last step that starts at or before character ``at`` chose its token
            if len(llm.detokenize(ids[start:]).decode("utf-8", "replace")) > at:
                break
            top = np.argsort(scores)[-2:]
            if theirs[at:].startswith(("true", "false")) or mine[at:].startswith(("true", "false")):
                gap = ("true/false", float(abs(scores[true] - scores[false])))
            else:
                gap = ("best two", float(scores[top[1]] - scores[top[0]]))
        print(f"{path.name[:12]}  parts at {at:4d}  gap {gap[0] if gap else '-'} "
              f"{round(gap[1], 3) if gap else '-'}  fresh one-at-a-time {'= ONE' if fresh == mine else '!= ONE'}  "
              f"{mine[max(0, at - 12):at + 12]!r} / {theirs[max(0, at - 12):at + 12]!r}", flush=True)
    print(f"{same} identical, {differ} different")


if __name__ == "__main__":
    main()
