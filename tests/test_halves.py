"""The read half against the unread half: each row on both, with bootstrap intervals over documents."""

from __future__ import annotations

from summarizer.eval.events import EventScores
from summarizer.eval.halves import compare_halves, halves_json
from summarizer.eval.metrics import PRF
from summarizer.eval.report import DocEval


def _doc(name: str, tp: int, fp: int, fn: int) -> DocEval:
    scores = EventScores(meetings=PRF(tp, fp, fn), meetings_all=PRF(tp, fp, fn))
    return DocEval(corpus="m2e2_voa", doc_id=name, scores={"events": scores})


def test_each_half_the_whole_and_the_difference_with_intervals() -> None:
    read = [_doc(f"r{i}", 3, 1, 0) for i in range(10)]  # meetings F1 6/7 on every document
    unread = [_doc(f"u{i}", 1, 1, 2) for i in range(10)]  # P 1/2, R 1/3: F1 0.4 on every document
    rows = compare_halves(read + unread, ["read"] * 10 + ["unread"] * 10, resamples=200)
    meetings = next(r for r in rows if r.kind == "meetings")
    assert round(meetings.read.f1, 4) == round(6 / 7, 4) and round(meetings.unread.f1, 4) == 0.4
    # documents all alike: every draw gives the same figure, so the interval is that figure alone
    assert meetings.read.low == meetings.read.high == meetings.read.f1
    assert round(meetings.difference.f1, 4) == round(0.4 - 6 / 7, 4)
    assert meetings.difference.high < 0  # a gap chance cannot close
    assert meetings.whole.low < meetings.whole.f1 < meetings.whole.high  # the mix of the two varies by draw
    assert meetings.read.n_gold == 30 and meetings.unread.n_gold == 30
    assert halves_json(rows)[0]["difference"]["high"] < 0


def test_a_small_uneven_half_gives_a_wide_interval_and_the_same_seed_the_same_one() -> None:
    read = [_doc("r0", 4, 0, 0), _doc("r1", 0, 2, 2), _doc("r2", 2, 0, 1)]
    unread = [_doc("u0", 1, 0, 0), _doc("u1", 0, 1, 1)]
    halves = ["read"] * 3 + ["unread"] * 2
    first = compare_halves(read + unread, halves, resamples=300, seed=7)
    again = compare_halves(read + unread, halves, resamples=300, seed=7)
    assert first == again
    diff = next(r for r in first if r.kind == "meetings").difference
    assert diff.low < 0 < diff.high and diff.high - diff.low > 0.5
