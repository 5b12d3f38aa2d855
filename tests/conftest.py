"""Test setup: offline by default, no secrets from the environment, a real local HTTP server helper."""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_ID = "atf-blinken-austin-asia"
SEED = FIXTURES / "articles" / f"{SEED_ID}.txt"


# Where the local-model tests assemble the default model (1.1 GB), once, then reuse it: the
# repository's git-ignored .test-cache/models, never the user's ~/.cache. To reuse a model
# assembled elsewhere (e.g. ~/.cache/summarizer/models), set SUMMARIZER_TEST_MODEL_DIR to
# that folder. SUMMARIZER_MODEL_DIR itself is ignored here, like every SUMMARIZER_* variable.
_MODEL_DIR_OVERRIDE = os.environ.get("SUMMARIZER_TEST_MODEL_DIR") or None
_MODEL_DIR = str(Path(_MODEL_DIR_OVERRIDE or ROOT / ".test-cache" / "models").expanduser().resolve())
# Variables the code (or the openai client, or httpx) reads: every SUMMARIZER_* and OPENAI_*
# by prefix, so a setting added later cannot leak in; proxies, so loopback test servers are
# reached directly.
_SCRUBBED_PREFIXES = ("SUMMARIZER_", "OPENAI_")
_SCRUBBED_NAMES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def _scrub_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No key, model, cache, timeout or other setting leaks in from the developer's environment.

    The user cache (XDG_CACHE_HOME) is a fresh temporary folder per test; only the model folder is
    kept across tests (see ``_MODEL_DIR``).
    """
    for name in list(os.environ):
        if name.startswith(_SCRUBBED_PREFIXES) or name in _SCRUBBED_NAMES:
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("SUMMARIZER_MODEL_DIR", _MODEL_DIR)


_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or self.family == socket.AF_UNIX):
        return _real_connect(self, address)
    raise OSError(f"test tried to reach {host!r}: only 127.0.0.1 is allowed in tests")


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection other than to the loopback address fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


class _LoopbackServer:
    """A threaded HTTP server on 127.0.0.1, started on ``with`` entry and stopped on exit."""

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        # stopping waits for the serving loop to look at its flag: every poll_interval (0.5 s by default)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


class FakeServer(_LoopbackServer):
    """A real HTTP server on 127.0.0.1 that answers chat completions from a list, in order."""

    def __init__(self, completions: list[dict[str, Any]], status: int = 200, delay: float = 0.0) -> None:
        self.completions = list(completions)
        self.status = status
        self.delay = delay
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                import time

                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.headers.append({k.lower(): v for k, v in self.headers.items()})
                if server.delay:
                    time.sleep(server.delay)
                if server.status != 200:
                    payload = json.dumps({"error": {"message": "synthetic failure", "type": "server_error"}}).encode()
                    self.send_response(server.status)
                elif server.completions:
                    payload = json.dumps(server.completions.pop(0)).encode()
                    self.send_response(200)
                else:
                    payload = json.dumps({"error": {"message": "no more replies"}}).encode()
                    self.send_response(500)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                try:
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        self._serve(Handler)


def synthetic(name: str) -> list[dict[str, Any]]:
    """Hand-written completions from fixtures/synthetic_replies/."""
    data = json.loads((FIXTURES / "synthetic_replies" / f"{name}.json").read_text(encoding="utf-8"))
    assert data["synthetic"] is True
    completions: list[dict[str, Any]] = data["completions"]
    return completions


@pytest.fixture
def seed_text() -> Iterator[str]:
    yield SEED.read_text(encoding="utf-8")


class RawServer(_LoopbackServer):
    """A real HTTP server on 127.0.0.1 that answers every POST with one fixed raw reply.

    ``body`` is sent as is, with ``status`` and ``content_type``: a 200 whose body is not a chat
    completion. With ``hang=True`` it reads the request and never answers (until the test ends).
    """

    def __init__(self, body: bytes = b"", *, status: int = 200, content_type: str = "text/html",
                 hang: bool = False) -> None:
        self.body = body
        self.status = status
        self.content_type = content_type
        self.hang = hang
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                server.requests.append(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                if server.hang:
                    server._stop.wait(60)
                    return
                self.send_response(server.status)
                self.send_header("Content-Type", server.content_type)
                self.send_header("Content-Length", str(len(server.body)))
                self.end_headers()
                try:
                    self.wfile.write(server.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._serve(Handler)
        self.httpd.daemon_threads = True

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        super().__exit__(*exc)


def completion(content: str, finish_reason: str = "stop") -> dict[str, Any]:
    """One well-formed chat completion whose message is ``content``."""
    return {
        "id": "synthetic", "object": "chat.completion", "created": 0, "model": "synthetic-model",
        "choices": [{"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that loads the local model is slow: ``-m "not slow"`` leaves it out with the rest."""
    for item in items:
        if item.get_closest_marker("local_model") is not None:
            item.add_marker(pytest.mark.slow)


def stored_and_queried(tmp_path: Path, summary: Any, text: str, kind: str, person: str,
                       date_from: str | None = None) -> tuple[Path, int, str]:
    """``summary`` saved in a new store (read back the same) and ``query --kind KIND --person PERSON`` asked
    of it: the store, the rows shown and what was printed."""
    from summarizer.batch.views import show_query
    from summarizer.store import ArticleIdentity, Store

    db = tmp_path / "store.sqlite"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    with Store(db) as store:
        store.save(ArticleIdentity(id="a", source=str(article), content_hash="h"), summary)
        again = store.summary("a")
        assert again is not None and again.records == summary.records
    out = tmp_path / "query.txt"
    with out.open("w", encoding="utf-8") as fh:
        shown = show_query(db, speaker=None, traveller=None, participants=[], date_from=date_from, date_to=None,
                           limit=10, out=fh, kind=kind, person=person)
    return db, shown, out.read_text(encoding="utf-8")
