"""Test setup: offline by default, no secrets from the environment, a real local HTTP server helper."""

from __future__ import annotations

import json
import os
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED_ID = "atf-blinken-austin-asia"
SEED = FIXTURES / "articles" / f"{SEED_ID}.txt"


# The assembled local model (1.1 GB) is shared with the user's cache, not rebuilt per test.
_MODEL_DIR = os.environ.get("SUMMARIZER_MODEL_DIR") or str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "summarizer" / "models"
)


@pytest.fixture(autouse=True)
def _scrub_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No key, model or cache setting leaks in from the developer's environment."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_API_KEY", "SUMMARIZER_BASE_URL", "SUMMARIZER_MODEL",
                 "SUMMARIZER_CACHE_MODE", "SUMMARIZER_CACHE_DIR", "SUMMARIZER_STRATEGY", "SUMMARIZER_MODE"):
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


class FakeServer:
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

            def do_POST(self) -> None:  # noqa: N802
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

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def synthetic(name: str) -> list[dict[str, Any]]:
    """Hand-written completions from fixtures/synthetic_replies/."""
    data = json.loads((FIXTURES / "synthetic_replies" / f"{name}.json").read_text(encoding="utf-8"))
    assert data["synthetic"] is True
    completions: list[dict[str, Any]] = data["completions"]
    return completions


@pytest.fixture
def seed_text() -> Iterator[str]:
    yield SEED.read_text(encoding="utf-8")
