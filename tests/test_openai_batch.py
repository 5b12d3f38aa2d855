"""``--via openai-batch``: every model call planned, sent as Batch API jobs to a real server on 127.0.0.1.

The server (tests/batch_api_server.py) answers each request with the reply the embedded model gave to
the same question (fixtures/replies), so a Batch API run of the fixture articles must give the summaries
in fixtures/expected, and a replay of its reply cache must give them again.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from batch_api_server import BatchApiServer, FixtureResponder, SchemaResponder
from conftest import FIXTURES

from summarizer.batch.openai_batch import BatchRunReport, run_openai_batch
from summarizer.batch.openai_batch_state import BatchState, state_dir
from summarizer.batch.plan import Outcome
from summarizer.config import Settings, resolve_settings
from summarizer.errors import BackendError, ConfigError, SummarizerError
from summarizer.extract.pipeline import summarize_document
from summarizer.llm.client import ModelClient
from summarizer.llm.prompts import load_prompt
from summarizer.read.document import Document, read_document

SECRET = "sk-batch-secret-0123456789"
MANIFEST = json.loads((FIXTURES / "articles" / "manifest.json").read_text(encoding="utf-8"))
LOCAL_MODEL = json.loads(next((FIXTURES / "replies").glob("*.json")).read_text(encoding="utf-8"))["model"]
# Fields that say how a summary was made (model, calls, time), not what it found.
_HOW = ("model", "usage", "seconds", "warnings")


def _docs() -> list[Document]:
    return [
        read_document(str(FIXTURES / "articles" / f"{doc_id}.txt"), published=date.fromisoformat(info["published"]))
        for doc_id, info in sorted(MANIFEST.items())
    ]


def _settings(url: str, tmp_path: Path, **extra: Any) -> Settings:
    return resolve_settings(model="openai:test-model", base_url=url, api_key=SECRET, mode="json_schema",
                            cache_mode=extra.pop("cache_mode", "auto"), cache_dir=tmp_path / "cache", env={},
                            **extra)


def _expected(doc_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "expected" / f"{doc_id}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k not in _HOW}


def _found(outcome: Outcome) -> dict[str, Any]:
    assert outcome.summary is not None, outcome.error
    return {k: v for k, v in outcome.summary.model_dump(mode="json").items() if k not in _HOW}


def _run(settings: Settings, tmp_path: Path, docs: list[Document] | None = None,
         **options: Any) -> tuple[BatchRunReport, dict[str, Outcome]]:
    outcomes: dict[str, Outcome] = {}

    def keep(outcome: Outcome) -> None:
        assert outcome.doc.doc_id not in outcomes, "an article was finished twice"
        outcomes[outcome.doc.doc_id] = outcome

    report = run_openai_batch(settings, _docs() if docs is None else docs, state_folder=state_dir(tmp_path / "c.db"),
                              on_result=keep, poll_interval=0.01, **options)
    return report, outcomes


def test_a_batch_run_gives_the_recorded_summaries_and_a_replay_gives_them_again(tmp_path: Path) -> None:
    responder = FixtureResponder(FIXTURES / "replies", LOCAL_MODEL)
    with BatchApiServer(responder) as server:
        settings = _settings(server.url, tmp_path)
        report, outcomes = _run(settings, tmp_path)
    assert sorted(outcomes) == sorted(MANIFEST)
    for doc_id, outcome in outcomes.items():
        assert _found(outcome) == _expected(doc_id), doc_id
        assert outcome.summary is not None and outcome.summary.model == "openai:test-model"
    # One batch held every question of every article; a second pass found everything in the cache.
    assert report.batches == 1 and report.passes == 2 and report.ok == len(MANIFEST) and report.errors == 0
    asked = sum(o.summary.usage.calls for o in outcomes.values() if o.summary)
    assert report.requests == report.replies == len(responder.asked) == asked
    # The uploaded file is the Batch API's JSONL: one POST /v1/chat/completions per line, named by cache key.
    lines = [json.loads(raw) for raw in server.uploads[0].splitlines()]
    assert len(lines) == report.requests
    assert all(line["method"] == "POST" and line["url"] == "/v1/chat/completions" for line in lines)
    assert all(len(line["custom_id"]) == 64 and line["body"]["model"] == "test-model" for line in lines)
    # The replies are in the reply cache: a replay (no server) reproduces every summary.
    client = ModelClient(_settings("http://127.0.0.1:9/v1", tmp_path, cache_mode="replay"))
    for doc in _docs():
        replayed = summarize_document(doc, client)
        assert replayed.model_dump(exclude={"seconds"}) == outcomes[doc.doc_id].summary.model_dump(  # type: ignore[union-attr]
            exclude={"seconds"})
        assert replayed.usage.cached_calls == replayed.usage.calls
    # No secret in the state folder or the cache.
    for path in [*state_dir(tmp_path / "c.db").rglob("*"), *(tmp_path / "cache").rglob("*")]:
        if path.is_file():
            assert SECRET not in path.read_text(encoding="utf-8")


def _live(url: str, tmp_path: Path, docs: list[Document] | None = None) -> dict[str, Outcome]:
    """Each article run live (one call at a time) against the same server's chat endpoint."""
    client = ModelClient(_settings(url, tmp_path / "live"))
    outcomes: dict[str, Outcome] = {}
    for doc in _docs() if docs is None else docs:
        try:
            outcomes[doc.doc_id] = Outcome(doc, summarize_document(doc, client))
        except SummarizerError as exc:
            outcomes[doc.doc_id] = Outcome(doc, error=exc)
    return outcomes


def _assert_same(found: dict[str, Outcome], direct: dict[str, Outcome]) -> None:
    """The Batch API run gave what the live run gave: the same records, warnings and re-asks, or the same error."""
    assert sorted(found) == sorted(direct)
    for doc_id, outcome in found.items():
        expected = direct[doc_id]
        if outcome.summary is None or expected.summary is None:
            assert outcome.summary is expected.summary is None, (doc_id, outcome.error, expected.error)
            continue
        assert outcome.summary.usage.retries == expected.summary.usage.retries, doc_id
        assert outcome.summary.usage.calls == expected.summary.usage.calls, doc_id
        assert outcome.summary.model_dump(exclude={"seconds", "usage"}) == expected.summary.model_dump(
            exclude={"seconds", "usage"}), doc_id


def test_a_batch_run_answers_as_a_live_run_of_the_same_model_re_asks_included(tmp_path: Path) -> None:
    responder = SchemaResponder()
    with BatchApiServer(responder) as server:
        direct = _live(server.url, tmp_path)
        calls = len(responder.asked)
        report, outcomes = _run(_settings(server.url, tmp_path / "batch"), tmp_path)
    _assert_same(outcomes, direct)
    assert report.requests == report.replies == calls == len(responder.asked) - calls
    assert sum(o.summary.usage.retries for o in outcomes.values() if o.summary) > 0  # the stand-in is re-asked
    # Re-asks go out as later, smaller batches: every line of them carries the rejected reply and the error, but
    # the second trips question, asked only once the first one's "no" has come back.
    sizes = [len(upload.splitlines()) for upload in server.uploads]
    assert len(sizes) == report.batches >= 2 and sizes == sorted(sizes, reverse=True) and sizes[-1] < sizes[0]
    later = [json.loads(raw)["body"] for upload in server.uploads[1:] for raw in upload.splitlines()]
    again = load_prompt("trips_again").render("user", context="", sentence="").split("Sentence:")[0].strip()
    reasks = [b for b in later if len(b["messages"]) > 2 and b["messages"][-2]["role"] == "assistant"]
    assert reasks and all(b in reasks or b["messages"][-1]["content"].startswith(again) for b in later)


def test_an_expired_batch_keeps_its_finished_part_and_sends_the_rest_again(tmp_path: Path) -> None:
    responder = SchemaResponder()
    with BatchApiServer(responder, expire_after=7) as server:
        direct = _live(server.url, tmp_path)
        report, outcomes = _run(_settings(server.url, tmp_path / "batch"), tmp_path)
    sent = {json.dumps(json.loads(raw)["body"]["messages"]) for raw in server.uploads[0].splitlines()}
    first = len(sent)
    second = [json.loads(raw)["body"] for raw in server.uploads[1].splitlines()]
    assert server.batches["batch_1"]["status"] == "expired" and report.replies == report.requests - (first - 7)
    # the unfinished part, sent again (beside the questions the finished replies lead to: re-asks, a second question)
    assert sum(json.dumps(body["messages"]) in sent for body in second) == first - 7
    _assert_same(outcomes, direct)
    state = BatchState.load(state_dir(tmp_path / "c.db"), "openai:test-model")
    assert len(state.tries) == first - 7 and not state.failed
    assert state.batches[0].status == "expired" and all(b.collected for b in state.batches)
    assert not list(state.folder.glob("requests-*.jsonl"))  # local copies go once collected


def test_a_run_that_stops_after_sending_is_resumed_by_batch_id(tmp_path: Path) -> None:
    with BatchApiServer(SchemaResponder()) as server:
        direct = _live(server.url, tmp_path)
        settings = _settings(server.url, tmp_path / "batch")
        report, outcomes = _run(settings, tmp_path, wait=False)
        assert report.batches == 1 and report.waiting == len(MANIFEST) and not outcomes
        state = BatchState.load(state_dir(tmp_path / "c.db"), settings.model.id)
        assert [(b.id, b.collected) for b in state.batches] == [("batch_1", False)]
        report, outcomes = _run(settings, tmp_path)
    # The second run collected batch_1 by its id: it was neither uploaded nor created again.
    first = server.uploads[0]
    assert all(upload != first for upload in server.uploads[1:]) and report.batches == len(server.batches) - 1
    _assert_same(outcomes, direct)


def test_a_request_the_server_refuses_ends_its_article_with_the_reason(tmp_path: Path) -> None:
    stand_in = SchemaResponder()

    def refuse_trudeau(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if "Trudeau" in json.dumps(body["messages"]):
            return 400, {"error": {"message": "content policy", "type": "invalid_request_error"}}
        return stand_in(body)

    with BatchApiServer(refuse_trudeau) as server:
        direct = _live(server.url, tmp_path)
        report, outcomes = _run(_settings(server.url, tmp_path / "batch"), tmp_path)
    seed = outcomes["atf-blinken-austin-asia"]
    assert seed.summary is None and isinstance(seed.error, BackendError)
    assert "batch request failed: HTTP 400: content policy" in str(seed.error)
    assert report.errors == 1 and report.ok == len(MANIFEST) - 1
    _assert_same(outcomes, direct)  # the live run fails the same article


def test_a_failed_batch_is_sent_again_then_its_articles_fail(tmp_path: Path) -> None:
    with BatchApiServer(SchemaResponder(), fail_batch=True) as server:
        report, outcomes = _run(_settings(server.url, tmp_path), tmp_path)
    assert server.batches["batch_1"]["status"] == "failed" and report.ok == len(MANIFEST)  # sent again, then done
    docs = _docs()[:1]
    with BatchApiServer(SchemaResponder(), fail_batch=True) as server:
        report, outcomes = _run(_settings(server.url, tmp_path / "other"), tmp_path / "other", docs, max_tries=1)
    only = outcomes[docs[0].doc_id]
    assert only.error is not None and "batch failed: validation failed (sent 1 times)" in str(only.error)
    assert len(server.batches) == 1 and report.errors == 1


@pytest.mark.parametrize(("options", "message"), [
    ({"model": "local"}, "needs an openai:NAME model"),
    ({"cache_mode": "off"}, "use --cache-mode auto"),
    ({"cache_mode": "record"}, "use --cache-mode auto"),
])
def test_settings_a_batch_run_cannot_use_are_refused(tmp_path: Path, options: dict[str, str], message: str) -> None:
    base = {"model": "openai:test-model", "base_url": "http://127.0.0.1:9/v1", "cache_mode": "auto"} | options
    settings = resolve_settings(**base, cache_dir=tmp_path / "cache", env={})  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=message):
        run_openai_batch(settings, [], state_folder=tmp_path / "s", on_result=lambda o: None)


def test_an_unreachable_batch_api_is_a_one_line_backend_error(tmp_path: Path) -> None:
    settings = _settings("http://127.0.0.1:9/v1", tmp_path, http_retries=0)
    with pytest.raises(BackendError, match=r"cannot reach Batch API at http://127\.0\.0\.1:9/v1: upload") as info:
        _run(settings, tmp_path, _docs()[:1])
    assert SECRET not in str(info.value)
    state = BatchState.load(state_dir(tmp_path / "c.db"), settings.model.id)
    assert [(b.file_id, b.id) for b in state.batches] == [(None, None)]  # prepared, kept for the next run


@pytest.mark.slow  # the batch command twice in subprocesses, each waiting on the Batch API's polls
def test_the_batch_command_via_openai_batch_fills_the_store_and_resumes(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from test_cli import run_cli

    manifest = tmp_path / "articles.jsonl"
    manifest.write_text("".join(json.dumps({"id": doc_id, "path": str(FIXTURES / "articles" / f"{doc_id}.txt"),
                                            "published": info["published"]}) + "\n"
                                for doc_id, info in sorted(MANIFEST.items())), encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_MODE", "json_schema")
    db = tmp_path / "c.sqlite"
    with BatchApiServer(SchemaResponder()) as server:
        direct = _live(server.url, tmp_path)
        args = ("batch", str(manifest), "--db", str(db), "--via", "openai-batch", "--model", "openai:test-model",
                "--base-url", server.url, "--api-key", SECRET, "--cache-dir", str(tmp_path / "cache"), "--quiet")
        first = run_cli(*args)
        again = run_cli(*args)
    assert first.returncode == 0, first.stderr.decode()
    assert "5 ok, 0 failed" in first.stderr.decode()
    assert again.returncode == 0 and "0 ok, 0 failed, 5 already in the store" in again.stderr.decode()
    conn = sqlite3.connect(db)
    trips = conn.execute("SELECT count(*) FROM trips").fetchone()[0]
    assert trips == sum(len(o.summary.trips) for o in direct.values() if o.summary)
    assert conn.execute("SELECT count(*) FROM articles WHERE status = 'ok'").fetchone()[0] == len(MANIFEST)
    assert conn.execute("SELECT count(*) FROM event_reports").fetchone()[0] == trips + conn.execute(
        "SELECT count(*) FROM meetings").fetchone()[0]  # events were linked at the end of the run
    state = BatchState.load(state_dir(db), "openai:test-model")
    assert state.batches and all(b.collected for b in state.batches)
