"""How the ``openai`` backend sends the reply schema, against a real HTTP server on 127.0.0.1.

By default the schema goes as a ``json_schema`` response format; a server that refuses it the way
llama-cpp-python's server does gets llama.cpp's ``json_object`` + ``schema`` instead, from then on.
The servers are :class:`fault_server.FaultServer` with ``formats=`` chosen per test.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from fault_server import FaultServer, minimal_answer

from summarizer.config import resolve_settings
from summarizer.errors import BackendError
from summarizer.llm.answers import QuoteSpeaker
from summarizer.llm.cache import ReplyCache, cache_key
from summarizer.llm.client import CallScope, ModelClient

ARTICLE = "State department spokesman Ned Price told Reuters he was not able to confirm the reports."
SECRET = "sk-test-secret-123456"


def _client(url: str | None, tmp_path: Path, **extra: object) -> ModelClient:
    options: dict[str, object] = {"cache_mode": "off", **extra}
    settings = resolve_settings(model="openai:test-model", base_url=url, api_key=SECRET,
                                cache_dir=tmp_path / "cache", env={}, **options)  # type: ignore[arg-type]
    return ModelClient(settings)


def _ask(client: ModelClient, scope: CallScope | None = None) -> QuoteSpeaker:
    messages = [{"role": "system", "content": "Answer in JSON."},
                {"role": "user", "content": f"Passage: {ARTICLE}\nWho said it?"}]
    return client.ask(QuoteSpeaker, messages, scope=scope or CallScope("doc"), task="quote 1 speaker",
                      max_tokens=50, context={"text": ARTICLE})


def test_the_openai_backend_sends_the_schema_as_response_format_by_default(tmp_path: Path) -> None:
    from summarizer.batch.plan import PlanningBackend

    with FaultServer(formats="json_schema") as server:
        client = _client(server.url, tmp_path)
        answers = [_ask(client) for _ in range(3)]
    assert client.mode == "json_schema"
    assert PlanningBackend.default_mode == "json_schema"  # Batch API lines carry the same requests
    assert [a.speaker for a in answers] == ["Ned Price"] * 3
    assert server.received == ["json_schema"] * 3  # accepted at once: never rewritten


def test_a_llama_cpp_python_server_gets_json_object_with_schema_after_one_refusal(tmp_path: Path) -> None:
    with FaultServer(formats="llama-cpp-python") as server:
        client = _client(server.url, tmp_path)
        scopes = [CallScope("doc") for _ in range(3)]
        answers = [_ask(client, scope) for scope in scopes]
    # The first request is refused (HTTP 500, as llama_cpp.server answers), sent again in llama.cpp's
    # dialect, and every later request goes straight to it.
    assert server.received == ["json_schema", "json_object+schema", "json_object+schema", "json_object+schema"]
    assert server.outcomes["refused"] == 1
    assert [a.speaker for a in answers] == ["Ned Price"] * 3 and answers[0].speaker_kind == "person"
    assert [s.usage.calls for s in scopes] == [1, 1, 1] and not any(s.rejections for s in scopes)


def _ask_at_once(client: ModelClient, count: int) -> list[QuoteSpeaker]:
    """``count`` questions asked at the same time from threads, as the batch engine asks them."""
    answers: list[QuoteSpeaker] = []
    errors: list[BaseException] = []

    def one() -> None:
        try:
            answers.append(_ask(client))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors
    return answers


def test_concurrent_first_calls_meet_one_refusal(tmp_path: Path) -> None:
    with FaultServer(formats="llama-cpp-python", latency=0.1) as server:
        answers = _ask_at_once(_client(server.url, tmp_path), 6)
    assert [a.speaker for a in answers] == ["Ned Price"] * 6
    assert server.received.count("json_schema") == 1
    assert server.received.count("json_object+schema") == 6 and len(server.received) == 7


def test_a_slow_first_call_holds_the_others_up_only_briefly(tmp_path: Path) -> None:
    from summarizer.llm.backends.openai import OpenAIBackend

    with FaultServer(formats="json_schema", latency=1.0) as server:
        client = _client(server.url, tmp_path)
        assert isinstance(client.backend, OpenAIBackend)
        client.backend.probe_grace = 0.2  # no refusal within it: the others go too, in json_schema
        answers = _ask_at_once(client, 3)
    assert [a.speaker for a in answers] == ["Ned Price"] * 3
    assert server.received == ["json_schema"] * 3
    assert server.max_active >= 2  # they did not wait for the first reply (1 s away)
    assert client.backend.dialect == "json_schema"


def test_a_server_that_refuses_both_dialects_is_one_line_naming_the_tools_mode(tmp_path: Path) -> None:
    with FaultServer(formats="none") as server:
        client = _client(server.url, tmp_path)  # HTTP retries at their default: a refusal is not retried
        with pytest.raises(BackendError) as first:
            _ask(client)
        with pytest.raises(BackendError) as second:
            _ask(client)
    message = str(first.value)
    assert message == (
        f"model server {server.url} refuses the reply schema as response format, both as json_schema and as "
        "json_object with a schema (HTTP 400); use the tools mode (SUMMARIZER_MODE=tools)"
    )
    assert "\n" not in message and SECRET not in message and first.value.status_code == 400
    # 422 for json_schema, 400 for json_object + schema; the second question is not sent at all.
    assert server.received == ["json_schema", "json_object+schema"]
    assert str(second.value) == message


def test_openai_itself_gets_no_second_dialect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FaultServer(formats="none") as server:
        # No --base-url: the backend takes the server for OpenAI's (the openai client reads this variable).
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        client = _client(None, tmp_path)
        with pytest.raises(BackendError) as info:
            _ask(client)
    assert str(info.value) == (
        "model server api.openai.com refuses the response format (HTTP 422); use the tools mode (SUMMARIZER_MODE=tools)"
    )
    assert server.received == ["json_schema"]


def test_a_configured_tools_mode_still_sends_tools(tmp_path: Path) -> None:
    with FaultServer(formats="llama-cpp-python") as server:
        client = _client(server.url, tmp_path, mode="tools")
        reply = _ask(client)
    assert client.mode == "tools"
    assert server.received == ["tools"]
    assert reply.speaker == "Ned Price"


def test_replies_are_recorded_and_replayed_under_the_json_schema_key(tmp_path: Path) -> None:
    with FaultServer(formats="llama-cpp-python") as server:
        _ask(_client(server.url, tmp_path, cache_mode="auto"))
    assert server.received == ["json_schema", "json_object+schema"]
    records = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "cache").glob("*.json")]
    assert len(records) == 1
    request = records[0]["request"]
    # What is recorded, and keyed, is instructor's request, not the dialect the server took.
    assert request["response_format"] == ModelClient.json_schema_format(QuoteSpeaker)
    assert records[0]["key"] == cache_key("openai-chat", request)
    # The server is gone: the replay (the fast path rebuilds instructor's request) finds the reply.
    scope = CallScope("doc")
    reply = _ask(_client(server.url, tmp_path, cache_mode="replay"), scope)
    assert reply.speaker == "Ned Price" and scope.usage.cached_calls == 1
    assert ReplyCache(tmp_path / "cache").get(records[0]["key"]) is not None


class _StubLlama:
    """Stands in for the model behind llama_cpp.server: compiles the response format as llama.cpp does."""

    def __init__(self, grammars: list[str]) -> None:
        self.grammars = grammars

    def create_chat_completion(self, **kwargs: object) -> dict[str, object]:
        from llama_cpp.llama_chat_format import _grammar_for_response_format

        fmt = kwargs.get("response_format")
        grammar = _grammar_for_response_format(fmt) if isinstance(fmt, dict) else None  # type: ignore[arg-type]
        self.grammars.append(f"{type(grammar).__name__} from {sorted(fmt) if isinstance(fmt, dict) else fmt}")
        content = json.dumps(minimal_answer(kwargs))
        return {"id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": "local",
                "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}


def test_the_real_llama_cpp_python_server_code_is_detected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """llama_cpp.server's own FastAPI app on 127.0.0.1 (its request validation and error wrapping), no model."""
    pytest.importorskip("llama_cpp.server.app", reason="needs the server extra: pip install -e '.[server]'")
    import socket
    import time

    import uvicorn
    from fastapi import FastAPI
    from llama_cpp.server import app as llama_app
    from llama_cpp.server.settings import ServerSettings

    grammars: list[str] = []
    stub = _StubLlama(grammars)
    monkeypatch.setattr(llama_app, "_llama_proxy", lambda model: stub)
    monkeypatch.setattr(llama_app, "_server_settings", ServerSettings())
    app = FastAPI()
    app.include_router(llama_app.router)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        client = _client(f"http://127.0.0.1:{port}/v1", tmp_path)
        answers = [_ask(client) for _ in range(2)]
    finally:
        server.should_exit = True
        thread.join(10)
    assert [a.speaker for a in answers] == ["Ned Price"] * 2
    assert getattr(client.backend, "dialect", None) == "json_object+schema"
    # Only the requests after the refusal reach the model, each with a grammar compiled from the schema.
    assert grammars == ["LlamaGrammar from ['schema', 'type']"] * 2
