"""The read half against the unread half, with how far chance alone moves each figure.

Rules are written reading one half of the corpus and measured on the other (see
:func:`summarizer.eval.corpus.load_corpus`). Each half is small: one gold item more or less moves a row
by several points. So each row's F1 comes with a 95% interval from a bootstrap over documents (the
documents of a corpus and half drawn again with replacement :data:`RESAMPLES` times, the row summed again
over each draw), and
the difference unread - read with the interval of the differences of independent draws of the two
halves. A difference whose interval holds 0 is one chance alone could give.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from summarizer.eval.corpus import HALVES
from summarizer.eval.report import DocEval, aggregate
from summarizer.eval.rows import rounded

__all__ = ["RESAMPLES", "HalfRow", "compare_halves", "halves_json"]

RESAMPLES = 4000
"""Bootstrap draws per half: the interval ends move by about 0.01 between seeds at this count (0.05 at 1,000)."""

Key = tuple[str, str]  # (corpus, kind)


@dataclass(frozen=True)
class Figure:
    """A row's F1 on some documents, its 95% bootstrap interval and its gold count."""

    f1: float
    low: float
    high: float
    n_gold: int


@dataclass(frozen=True)
class HalfRow:
    """One corpus and kind on the read half, the unread half and the whole, and unread - read."""

    corpus: str
    kind: str
    read: Figure
    unread: Figure
    whole: Figure
    difference: Figure  # f1 is unread - read; n_gold is the two halves' gold together


def _f1s(evals: Sequence[DocEval]) -> dict[Key, tuple[float, int]]:
    return {(r.corpus, r.kind): (r.f1, r.n_gold) for r in aggregate(evals)}


def _draw(evals: Sequence[DocEval], rng: random.Random) -> list[DocEval]:
    """The documents drawn again with replacement, within each corpus (each row is one corpus's)."""
    by_corpus: dict[str, list[DocEval]] = {}
    for e in evals:
        by_corpus.setdefault(e.corpus, []).append(e)
    return [rng.choice(docs) for docs in by_corpus.values() for _ in docs]


def _interval(values: list[float]) -> tuple[float, float]:
    if not values:
        return 0.0, 0.0
    ordered = sorted(values)
    return ordered[round(0.025 * (len(ordered) - 1))], ordered[round(0.975 * (len(ordered) - 1))]


def compare_halves(
    evals: Sequence[DocEval], halves: Sequence[str], *, resamples: int = RESAMPLES, seed: int = 0
) -> list[HalfRow]:
    """Each row both halves have, on each half and the whole, with intervals; ``halves[i]`` is the half
    of ``evals[i]`` ('read' or 'unread'). The same seed gives the same intervals."""
    parts = {h: [e for e, x in zip(evals, halves, strict=True) if x == h] for h in HALVES}
    rng = random.Random(seed)
    point = {h: _f1s(parts[h]) for h in HALVES}
    whole = _f1s(evals)
    keys = [k for k in whole if k in point["read"] and k in point["unread"]]
    drawn: dict[str, dict[Key, list[float]]] = {h: {k: [] for k in keys} for h in (*HALVES, "whole", "diff")}
    for _ in range(resamples):
        once = {h: _f1s(_draw(parts[h], rng)) for h in HALVES}
        all_once = _f1s(_draw(evals, rng))
        for k in keys:
            # a row a draw has no item of (neither gold nor predicted) is left out of that draw
            if k in once["read"] and k in once["unread"]:
                drawn["read"][k].append(once["read"][k][0])
                drawn["unread"][k].append(once["unread"][k][0])
                drawn["diff"][k].append(once["unread"][k][0] - once["read"][k][0])
            if k in all_once:
                drawn["whole"][k].append(all_once[k][0])

    def figure(h: str, k: Key, value: float, n_gold: int) -> Figure:
        low, high = _interval(drawn[h][k])
        return Figure(value, low, high, n_gold)

    rows = []
    for k in keys:
        (rf, rn), (uf, un) = point["read"][k], point["unread"][k]
        rows.append(HalfRow(k[0], k[1], figure("read", k, rf, rn), figure("unread", k, uf, un),
                            figure("whole", k, *whole[k]), figure("diff", k, uf - rf, rn + un)))
    return rows


def _figure_json(f: Figure) -> dict[str, Any]:
    return {"f1": rounded(f.f1), "low": rounded(f.low), "high": rounded(f.high), "n_gold": f.n_gold}


def halves_json(rows: Sequence[HalfRow]) -> list[dict[str, Any]]:
    """The rows as plain JSON data: each half, the whole and the difference, with their intervals."""
    return [
        {"corpus": r.corpus, "kind": r.kind, "read": _figure_json(r.read), "unread": _figure_json(r.unread),
         "whole": _figure_json(r.whole), "difference": _figure_json(r.difference)}
        for r in rows
    ]
