"""Failures that must end a run, not hide in its warnings (issue 8), against real servers on 127.0.0.1.

- A server that answers 200 with something that is not a chat completion, or a cache folder that
  cannot be written, is an error (exit 1, one line), found on the first request, not re-asked.
- An article where every model call failed is an error, not an empty summary.
- Credentials in the server URL (user:password, query string) appear in no message, log or cache file.
- ``timeout`` bounds a whole call, HTTP retries and re-asks included, and the message says so.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED, FakeServer, RawServer, completion

from summarizer.api import Summarizer
from summarizer.config import resolve_settings
from summarizer.errors import (
    BackendError,
    BackendProtocolError,
    BackendTimeoutError,
    CacheWriteError,
    ReplyValidationError,
)
from summarizer.llm.answers import QuoteSpeaker
from summarizer.llm.client import CallScope, ModelClient

KEY = "sk-test-failures-424242"
ARTICLE = "State department spokesman Ned Price told Reuters he was not able to confirm the reports."
NO_JSON = completion("Sorry, I cannot answer that.")  # parses as a completion, never validates
PRICE = completion(json.dumps({"speaker": "Ned Price", "kind": "person"}))


def cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process: exit code, stdout, stderr."""
    from typer.testing import CliRunner

    from summarizer.cli import app

    r = CliRunner().invoke(app, list(args), env=env)
    return r.exit_code, r.stdout, r.stderr


def summarize_cli(url: str, cache_dir: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    return cli("summarize", str(SEED), "--format", "json", "--model", "openai:test-model", "--base-url", url,
               "--api-key", KEY, "--cache-dir", str(cache_dir), *extra, env=env)


def one_line_error(code: int, err: str, expected: int = 1) -> str:
    assert code == expected, err
    assert err.count("\n") == 1 and err.startswith("summarizer: error:"), err
    assert "Traceback" not in err
    return err


def client(url: str, tmp_path: Path, **extra: Any) -> ModelClient:
    options: dict[str, Any] = {"model": "openai:test-model", "base_url": url, "api_key": KEY, "mode": "json_schema",
                               "cache_mode": "auto", "cache_dir": tmp_path / "cache", "env": {}, **extra}
    return ModelClient(resolve_settings(**options))


def ask(c: ModelClient, scope: CallScope | None = None) -> QuoteSpeaker:
    return c.ask(
        QuoteSpeaker,
        [{"role": "system", "content": ARTICLE}, {"role": "user", "content": "Who said it?"}],
        scope=scope or CallScope("doc"), task="quote 1 speaker", max_tokens=50, context={"text": ARTICLE},
    )


# --- Defect 2: unexpected errors inside a model call are errors, found at once -------------------------

NOT_COMPLETIONS = [
    pytest.param(b"<html><body>502 Bad Gateway</body></html>", "text/html", id="html"),
    pytest.param(b"upstream error {", "application/json", id="json-content-type-not-json"),
    pytest.param(b'{"hello": "world"}', "application/json", id="json-not-a-completion"),
    pytest.param(b"[1, 2, 3]", "application/json", id="json-list"),
]


@pytest.mark.parametrize("body, content_type", NOT_COMPLETIONS)
def test_reply_that_is_not_a_completion_is_a_protocol_error(tmp_path: Path, body: bytes, content_type: str) -> None:
    with RawServer(body, content_type=content_type) as server, pytest.raises(BackendProtocolError, match="not a chat"):
        ask(client(server.url, tmp_path))
    assert len(server.requests) == 1  # neither re-asked nor sent again
    assert not list((tmp_path / "cache").glob("*.json"))  # and never recorded


@pytest.mark.parametrize("body, content_type", NOT_COMPLETIONS[:2])
def test_cli_non_json_reply_exits_1_after_one_request(tmp_path: Path, body: bytes, content_type: str) -> None:
    with RawServer(body, content_type=content_type) as server:
        code, out, err = summarize_cli(server.url, tmp_path / "cache")
    one_line_error(code, err)
    assert "not a chat completion" in err and "not JSON" in err
    assert out == ""
    assert len(server.requests) == 1


def test_cli_unwritable_cache_dir_exits_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")  # a folder below a file cannot be made, even by root
    with FakeServer([NO_JSON] * 200) as server:
        code, out, err = summarize_cli(server.url, blocker / "cache")
    one_line_error(code, err)
    assert "cache" in err and str(blocker) in err
    assert out == ""
    assert len(server.requests) == 1  # the first reply that cannot be recorded ends the run


def test_unwritable_cache_dir_raises_cache_write_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with FakeServer([PRICE]) as server, pytest.raises(CacheWriteError, match="cannot record replies"):
        ask(client(server.url, tmp_path, cache_dir=blocker / "cache"))


def test_cli_answers_that_never_validate_are_warnings_not_an_error(tmp_path: Path) -> None:
    # A model that never answers validly is the model not knowing: the summary is what the text gives.
    with FakeServer([NO_JSON] * 400) as server:
        code, out, err = summarize_cli(server.url, tmp_path / "cache", env={"SUMMARIZER_MODE": "json_schema"})
    assert code == 0, err
    assert "Traceback" not in err
    summary = json.loads(out)
    invalid = [w for w in summary["warnings"] if "still invalid after 3 attempt(s)" in w]
    assert len(invalid) >= 2 and len(server.requests) == 3 * len(invalid)  # each question asked, re-asked twice
    assert f"none of the {len(invalid)} model question(s) got a valid answer" in " ".join(summary["warnings"])
    assert summary["quotes"]  # the seed's reported speech is read from the text, without the model


def test_api_answers_that_never_validate_give_the_texts_summary(tmp_path: Path) -> None:
    with FakeServer([NO_JSON] * 400) as server:
        s = Summarizer(model="openai:test-model", base_url=server.url, api_key=KEY, mode="json_schema",
                       cache_dir=tmp_path / "cache", max_retries=0)
        summary = s.summarize(SEED.read_text(encoding="utf-8"), doc_id="seed")
    assert summary.usage.calls == len(server.requests) >= 2
    assert sum("still invalid" in w for w in summary.warnings) == len(server.requests)
    assert f"none of the {len(server.requests)} model question(s) got a valid answer" in " ".join(summary.warnings)
    assert summary.quotes and all(q.kind != "direct" or q.speaker_resolved for q in summary.quotes)


def test_api_server_error_still_fails_the_article(tmp_path: Path) -> None:
    # No answer at all (the server fails) is an error, never an empty summary.
    with FakeServer([], status=500) as server:
        s = Summarizer(model="openai:test-model", base_url=server.url, api_key=KEY, mode="json_schema",
                       cache_dir=tmp_path / "cache", max_retries=0)
        with pytest.raises(BackendError):
            s.summarize(SEED.read_text(encoding="utf-8"), doc_id="seed")


# Two quotations whose cues do not say who spoke: two questions.
TWO_QUOTES = (
    "Ned Price, the State department spokesman, spoke to reporters on Monday.\n"
    "“We will not confirm the trip.”\n"
    "Reporters then asked about Seoul.\n"
    "“We have nothing more to add on that.”\n"
)


def test_some_calls_failing_stay_warnings(tmp_path: Path) -> None:
    # Quotes only: the first question gets a valid answer, every later one never validates.
    with FakeServer([PRICE] + [NO_JSON] * 200) as server:
        s = Summarizer(model="openai:test-model", base_url=server.url, api_key=KEY, mode="json_schema",
                       cache_dir=tmp_path / "cache", max_retries=0)
        summary = s.summarize(TWO_QUOTES, doc_id="two-quotes", kinds=("quotes",))
    assert len(server.requests) >= 2, "the article asks more than one quote question"
    assert any("still invalid" in w for w in summary.warnings)
    assert summary.usage.calls == len(server.requests)


# --- Defect 4: credentials in --base-url ------------------------------------------------------------

PW = "hunter2-pw-7731"
QS = "qs-secret-5519"


def secret_url(server: FakeServer | RawServer) -> str:
    port = server.httpd.server_address[1]
    return f"http://admin:{PW}@127.0.0.1:{port}/v1?api-key={QS}"


def test_cli_base_url_credentials_never_printed(tmp_path: Path) -> None:
    with FakeServer([], status=500) as server:
        code, out, err = summarize_cli(secret_url(server), tmp_path / "cache")
    one_line_error(code, err)
    assert "HTTP 500" in err and "127.0.0.1" in err
    for secret in (PW, QS, KEY):
        assert secret not in err and secret not in out


@pytest.mark.parametrize("kind", ["status", "protocol", "timeout"])
def test_base_url_credentials_not_in_errors_or_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture, kind: str) -> None:
    caplog.set_level(logging.DEBUG)
    server: FakeServer | RawServer
    server = FakeServer([], status=503) if kind == "status" else RawServer(b"<html/>", hang=kind == "timeout")
    with server, pytest.raises(BackendError) as info:
        ask(client(secret_url(server), tmp_path, timeout=0.5, http_retries=1))
    text = str(info.value) + "\n" + caplog.text
    for secret in (PW, QS, KEY):
        assert secret not in text


def test_cache_files_hold_no_credentials(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeServer([PRICE]) as server:
        reply = ask(client(secret_url(server), tmp_path))
        assert len(server.requests) == 1
    assert reply.speaker == "Ned Price"
    files = list((tmp_path / "cache").iterdir())
    assert any(f.suffix == ".json" for f in files)
    for f in files:
        text = f.read_text(encoding="utf-8")
        for secret in (PW, QS, KEY, "admin:", "api-key", "authorization", str(server.httpd.server_address[1])):
            assert secret not in text, (f.name, secret)
    for secret in (PW, QS, KEY):
        assert secret not in caplog.text


# --- Defect 10: the timeout bounds a whole call ---------------------------------------------------------


def test_timeout_bounds_the_call_with_http_retries(tmp_path: Path) -> None:
    with RawServer(hang=True) as server:
        c = client(server.url, tmp_path, timeout=1.0)  # http_retries at their default (2)
        assert c.settings.http_retries == 2
        started = time.monotonic()
        with pytest.raises(BackendTimeoutError, match=r"no reply within 1 s") as info:
            ask(c)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5, elapsed
    assert info.value.timeout == 1.0
    assert len(server.requests) == 1  # the attempt took all the time there was: no retry


def test_cli_timeout_bounds_the_run(tmp_path: Path) -> None:
    with RawServer(hang=True) as server:
        started = time.monotonic()
        code, _, err = summarize_cli(server.url, tmp_path / "cache", "--timeout", "1")
        elapsed = time.monotonic() - started
    one_line_error(code, err)
    assert "no reply within 1 s" in err
    assert elapsed < 3.0, elapsed


def test_http_retries_stop_at_the_deadline(tmp_path: Path) -> None:
    with FakeServer([], status=500) as server:
        started = time.monotonic()
        with pytest.raises(BackendError, match="HTTP 500"):
            ask(client(server.url, tmp_path, timeout=1.0, http_retries=10))
        elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed
    assert 2 <= len(server.requests) <= 3  # retried with backoff while time was left, not 11 times


def test_reasks_stop_at_the_deadline(tmp_path: Path) -> None:
    with FakeServer([NO_JSON] * 20, delay=0.4) as server:
        started = time.monotonic()
        with pytest.raises(ReplyValidationError, match=r"no valid reply within 1 s") as info:
            ask(client(server.url, tmp_path, timeout=1.0, max_retries=10))
        elapsed = time.monotonic() - started
    assert elapsed < 2.0, elapsed
    assert info.value.attempts <= len(server.requests) <= 3  # the last re-ask may be the one cut off
