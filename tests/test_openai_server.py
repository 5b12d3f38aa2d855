"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1.

The server answers with hand-written completions (fixtures/synthetic_replies/) to
drive failure paths: malformed JSON and validation errors are re-asked, truncation is
reported at once, HTTP errors and timeouts become BackendError with context.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FakeServer, synthetic

from summarizer.config import resolve_settings
from summarizer.errors import BackendError, ReplyValidationError, TruncatedReplyError
from summarizer.llm.answers import QuoteSpeaker
from summarizer.llm.client import CallScope, ModelClient

ARTICLE = "State department spokesman Ned Price told Reuters he was not able to confirm the reports."
SECRET = "sk-test-secret-123456"


def _client(url: str, tmp_path: Path, **extra: object) -> ModelClient:
    settings = resolve_settings(
        model="openai:test-model", base_url=url, api_key=SECRET, mode="json_schema",
        cache_mode="auto", cache_dir=tmp_path / "cache", env={}, http_retries=0, **extra,  # type: ignore[arg-type]
    )
    return ModelClient(settings)


def _ask(client: ModelClient, scope: CallScope) -> QuoteSpeaker:
    return client.ask(
        QuoteSpeaker,
        [{"role": "system", "content": ARTICLE}, {"role": "user", "content": "Who said it?"}],
        scope=scope, task="quote 1 speaker", max_tokens=50, context={"text": ARTICLE},
    )


def test_reask_after_validation_error_counts_usage(tmp_path: Path) -> None:
    with FakeServer(synthetic("invalid_then_valid")) as server:
        scope = CallScope("doc")
        reply = _ask(_client(server.url, tmp_path), scope)
    assert reply.speaker == "Ned Price"
    assert len(server.requests) == 2
    # The re-ask carries the validation error back to the model.
    reask = json.dumps(server.requests[1]["messages"])
    assert "pronoun" in reask
    assert scope.rejections == [
        (
            "quote 1 speaker: re-asked: Value error, speaker 'he' is a pronoun or a bare title: give the full name "
            "from the article"
        )
    ]
    assert scope.usage.calls == 2 and scope.usage.retries == 1
    assert scope.usage.prompt_tokens == 100 and scope.usage.completion_tokens == 20


def test_malformed_json_is_reasked(tmp_path: Path) -> None:
    with FakeServer(synthetic("malformed_json")) as server:
        reply = _ask(_client(server.url, tmp_path), CallScope("doc"))
    assert reply.speaker == "Ned Price"
    assert len(server.requests) == 2


def test_still_invalid_after_retries_raises(tmp_path: Path) -> None:
    with FakeServer(synthetic("always_invalid")) as server, pytest.raises(ReplyValidationError) as info:
        _ask(_client(server.url, tmp_path, max_retries=1), CallScope("doc"))
    assert info.value.attempts == 2
    assert len(server.requests) == 2


def test_truncation_is_reported_not_retried(tmp_path: Path) -> None:
    with FakeServer(synthetic("truncated")) as server:
        scope = CallScope("doc")
        with pytest.raises(TruncatedReplyError) as info:
            _ask(_client(server.url, tmp_path), scope)
    assert len(server.requests) == 1
    assert info.value.max_tokens == 50
    assert scope.usage.calls == 1


@pytest.mark.parametrize("status", [401, 500])
def test_http_errors_become_backend_errors(tmp_path: Path, status: int) -> None:
    with FakeServer([], status=status) as server, pytest.raises(BackendError) as info:
        _ask(_client(server.url, tmp_path), CallScope("doc"))
    assert info.value.status_code == status
    assert SECRET not in str(info.value)


def test_timeout_is_configurable_and_reported(tmp_path: Path) -> None:
    with FakeServer(synthetic("invalid_then_valid"), delay=3.0) as server, pytest.raises(
        BackendError, match=r"no reply within 0\.5 s"
    ):
        _ask(_client(server.url, tmp_path, timeout=0.5), CallScope("doc"))


def test_cache_never_stores_the_key_and_replays(tmp_path: Path) -> None:
    with FakeServer(synthetic("invalid_then_valid")) as server:
        client = _client(server.url, tmp_path)
        _ask(client, CallScope("doc"))
        assert server.headers[0]["authorization"] == f"Bearer {SECRET}"
    files = list((tmp_path / "cache").glob("*.json"))
    assert len(files) == 2
    for f in files:
        assert SECRET not in f.read_text(encoding="utf-8")
    # The server is gone: the same question is answered from the cache.
    scope = CallScope("doc")
    reply = _ask(client, scope)
    assert reply.speaker == "Ned Price"
    assert scope.usage.cached_calls == 2


def test_backends_are_registered_by_model_kind(tmp_path: Path) -> None:
    from summarizer.llm.backends import BACKENDS, backends, make_backend, register
    from summarizer.llm.backends.llama import LlamaBackend
    from summarizer.llm.backends.openai import OpenAIBackend

    registry = backends()
    assert registry["openai"] is OpenAIBackend and registry["local"] is LlamaBackend
    openai_settings = resolve_settings(model="openai:m", api_key=SECRET, env={})
    assert isinstance(make_backend(openai_settings), OpenAIBackend)
    assert isinstance(make_backend(resolve_settings(model="local", env={})), LlamaBackend)
    with pytest.raises(ValueError, match="already registered"):
        register("openai")(LlamaBackend)
    assert register("openai")(OpenAIBackend) is OpenAIBackend  # registering the same class again is harmless
    assert BACKENDS == registry


def test_a_kind_without_a_backend_is_a_config_error() -> None:
    import dataclasses

    from summarizer.config import ModelSpec
    from summarizer.errors import ConfigError
    from summarizer.llm import backends

    other = ModelSpec("other", "x")  # type: ignore[arg-type]
    settings = dataclasses.replace(resolve_settings(model="local", env={}), model=other)
    with pytest.raises(ConfigError, match="no backend for model kind 'other'; known kinds: local, openai"):
        backends.make_backend(settings)
