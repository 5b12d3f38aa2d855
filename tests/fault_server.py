"""A fault-injecting OpenAI-compatible server on 127.0.0.1, for tests and benchmarks.

It answers ``POST /v1/chat/completions`` like a model server and, on chosen requests, fails the way
real servers do: ``429`` with Retry-After, ``500``, a hang past the client's timeout, a body that is
not JSON, a reply cut at max_tokens (``finish_reason: length``), or a dropped connection. Faults are
chosen per request (by arrival number), or at random with a seed: the draw depends on the seed, the
request's body and how many times that body was seen, so it does not depend on the order in which
concurrent requests arrive.

What it answers (a stand-in for a model, never a model): when the request's messages match a
recorded reply in a reply-cache folder (``replies=``, e.g. ``fixtures/replies``), that reply's
answer; otherwise the smallest answer that fits the response schema named in the request (the
``tools`` function or the ``response_format`` JSON schema): ``false`` for booleans, empty lists,
the first enum value, and for a required string the first run of two or more capitalised words of
the passage outside the quoted words (so "who said it" gets a name from the text). Token counts are
estimated (characters / 4). Answers follow the instructor mode the request implies: ``tool_calls``
when it sends ``tools``, else JSON in the message content.

Which response formats it takes is chosen with ``formats`` (:data:`FORMATS`): ``any`` (every one);
``llama-cpp-python``, as ``python -m llama_cpp.server`` 0.3.x does: a ``json_schema`` format is
refused with HTTP 500 and the text its request validation gives (its request model allows only
``text`` and ``json_object``), ``{"type": "json_object", "schema": S}`` is taken; ``json_schema``:
the standard format only, ``json_object`` with a ``schema`` key refused with HTTP 400; ``none``:
neither (``json_schema`` refused with a 422 in FastAPI's shape, ``json_object`` + schema with a 400).
``received`` lists the format of every chat request as it arrived (:func:`request_format`).

``FaultServer`` starts on a free port in a daemon thread and stops cleanly (hanging requests are
released). More endpoints can be added with :meth:`FaultServer.add_route`.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

FAULTS = ("429", "500", "hang", "malformed", "length", "drop")
FORMATS = ("any", "llama-cpp-python", "json_schema", "none")

_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+")


@dataclass
class Reply:
    """What a route answers: a status, headers and a body; ``hang`` / ``drop`` send nothing."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    hang: bool = False
    drop: bool = False


Route = Callable[["FaultServer", dict[str, Any] | None, bytes], Reply]


def _messages_key(messages: Any) -> str:
    return hashlib.sha256(json.dumps(messages, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def load_recorded(folder: Path) -> dict[str, str]:
    """Recorded answers by the request's messages: the message content of each recorded reply."""
    answers: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            choice = data["response"]["choices"][0]
        except (ValueError, KeyError, IndexError, TypeError):
            continue
        content = (choice.get("message") or {}).get("content")
        if choice.get("finish_reason") != "length" and isinstance(content, str):
            answers[_messages_key(data["request"]["messages"])] = content
    return answers


def _schema_of(body: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The response model's name and JSON schema, from ``tools`` or ``response_format``."""
    tools = body.get("tools") or []
    if tools:
        function = tools[0].get("function") or {}
        return str(function.get("name", "answer")), dict(function.get("parameters") or {})
    fmt = body.get("response_format") or {}
    spec = fmt.get("json_schema") or {}
    return str(spec.get("name", "answer")), dict(spec.get("schema") or fmt.get("schema") or {})


def _passage_name(body: Mapping[str, Any]) -> str:
    """The first name (two or more capitalised words) in the user's passage, outside the quoted words."""
    user = next((m.get("content") or "" for m in reversed(body.get("messages") or []) if m.get("role") == "user"), "")
    passage, _, quoted = str(user).partition("Quoted words:")
    for match in _NAME.finditer(passage):
        if match.group(0) not in quoted and not match.group(0).startswith(("Who ", "Answer ", "Passage", "Sentence")):
            return match.group(0)
    return ""


def minimal_answer(body: Mapping[str, Any]) -> dict[str, Any]:
    """The smallest answer that fits the request's response schema (see the module docstring)."""
    _, schema = _schema_of(body)
    answer: dict[str, Any] = {}
    for name in schema.get("required") or []:
        prop = (schema.get("properties") or {}).get(name) or {}
        kind = prop.get("type")
        if "enum" in prop:
            answer[name] = prop["enum"][0]
        elif kind == "boolean":
            answer[name] = False
        elif kind == "array":
            answer[name] = []
        elif kind in ("integer", "number"):
            answer[name] = 0
        elif kind == "string":
            answer[name] = _passage_name(body)
        else:
            answer[name] = None
    return answer


def request_format(body: Mapping[str, Any]) -> str:
    """How a request asks for its answer: ``tools``, ``json_schema``, ``json_object+schema``, ``json_object``..."""
    if body.get("tools"):
        return "tools"
    fmt = body.get("response_format")
    if not isinstance(fmt, dict):
        return "none"
    kind = str(fmt.get("type"))
    return f"{kind}+schema" if kind == "json_object" and "schema" in fmt else kind


def format_refusal(formats: str, body: Mapping[str, Any]) -> Reply | None:
    """The error a server that takes ``formats`` answers ``body`` with; None when it takes the request."""
    shape = request_format(body)
    if formats == "llama-cpp-python" and shape not in ("tools", "none", "text", "json_object", "json_object+schema"):
        # llama_cpp/server/errors.py wraps the FastAPI RequestValidationError as an internal error.
        error = {"type": "literal_error", "loc": ("body", "response_format", "type"),
                 "msg": "Input should be 'text' or 'json_object'", "input": shape,
                 "ctx": {"expected": "'text' or 'json_object'"}}
        message = (f"1 validation error:\n  {error}\n\n  File \"/site-packages/llama_cpp/server/app.py\", "
                   "line 376, in create_chat_completion\n    POST /v1/chat/completions")
        return _json(500, {"error": {"message": message, "type": "internal_server_error", "param": None,
                                     "code": None}})
    if formats == "none" and shape == "json_schema":
        return _json(422, {"detail": [{"type": "literal_error", "loc": ["body", "response_format", "type"],
                                       "msg": "Input should be 'text' or 'json_object'", "input": "json_schema"}]})
    if formats in ("json_schema", "none") and shape == "json_object+schema":
        return _json(400, {"error": {"message": "Invalid 'response_format': unknown key 'schema'",
                                     "type": "invalid_request_error", "param": "response_format", "code": None}})
    return None


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def completion(body: Mapping[str, Any], content: str, *, number: int, finish: str = "stop") -> dict[str, Any]:
    """A chat completion answering ``body`` with ``content`` (as a tool call when the request sends tools)."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if body.get("tools"):
        name, _ = _schema_of(body)
        call = {"id": f"call_{number}", "type": "function", "function": {"name": name, "arguments": content}}
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        finish = "tool_calls" if finish == "stop" else finish
    prompt = sum(_tokens(str(m.get("content") or "")) for m in body.get("messages") or [])
    return {
        "id": f"chatcmpl-fault-{number}", "object": "chat.completion", "created": int(time.time()),
        "model": str(body.get("model", "fault-model")),
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": _tokens(content),
                  "total_tokens": prompt + _tokens(content)},
    }


def _json(status: int, data: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256


class FaultServer:
    """The server: ``with FaultServer(latency=0.5, rate=0.05, seed=1) as server: ... server.url``.

    ``faults`` maps a request's arrival number (1, 2, ...) to a fault; ``rate`` faults that share of
    requests at random (``kinds`` to choose from, ``seed``). ``latency`` delays every answer;
    ``retry_after`` is the 429's Retry-After; a hang lasts ``hang_seconds`` (or until the server stops).
    ``formats`` says which response formats it takes (see the module docstring).
    """

    def __init__(self, *, latency: float = 0.0, faults: Mapping[int, str] | None = None, rate: float = 0.0,
                 kinds: tuple[str, ...] = FAULTS, seed: int = 0, retry_after: float = 0.2,
                 hang_seconds: float = 60.0, replies: Path | None = None, formats: str = "any") -> None:
        unknown = set(kinds) | set((faults or {}).values())
        if unknown - set(FAULTS):
            raise ValueError(f"unknown fault(s) {sorted(unknown - set(FAULTS))}; use {FAULTS}")
        if formats not in FORMATS:
            raise ValueError(f"unknown formats {formats!r}; use {FORMATS}")
        self.formats = formats
        self.received: list[str] = []  # the format of each chat request, in arrival order
        self.latency, self.rate, self.kinds, self.seed = latency, rate, kinds, seed
        self.faults = dict(faults or {})
        self.retry_after, self.hang_seconds = retry_after, hang_seconds
        self.recorded = load_recorded(replies) if replies else {}
        self.routes: dict[tuple[str, str], Route] = {("POST", "/v1/chat/completions"): FaultServer._chat}
        self.outcomes: Counter[str] = Counter()
        self.requests = 0
        self.active = 0  # chat requests being answered now, and the most at once
        self.max_active = 0
        self._seen: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = _HTTPServer(("127.0.0.1", 0), self._handler())
        # stopping waits for the serving loop to look at its flag: every poll_interval (0.5 s by default)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give as ``--base-url``."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def add_route(self, method: str, path: str, route: Route) -> None:
        """Answer ``method`` requests whose path starts with ``path`` with ``route(server, json_body, raw_body)``."""
        self.routes[(method, path)] = route

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def fault_for(self, number: int, raw: bytes) -> str | None:
        """The fault request ``number`` (with body ``raw``) gets, if any."""
        if number in self.faults:
            return self.faults[number]
        if self.rate <= 0:
            return None
        digest = hashlib.sha256(raw).hexdigest()
        with self._lock:
            self._seen[digest] += 1
            attempt = self._seen[digest]
        draw = random.Random(f"{self.seed}|{digest}|{attempt}")
        return draw.choice(self.kinds) if draw.random() < self.rate else None

    def answer(self, body: Mapping[str, Any]) -> str:
        """The answer's JSON text: the recorded one for these messages, else :func:`minimal_answer`."""
        recorded = self.recorded.get(_messages_key(body.get("messages")))
        return recorded if recorded is not None else json.dumps(minimal_answer(body))

    def _chat(self, body: dict[str, Any] | None, raw: bytes) -> Reply:
        with self._lock:
            self.requests += 1
            number = self.requests
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            return self._answer_chat(body, raw, number)
        finally:
            with self._lock:
                self.active -= 1

    def _answer_chat(self, body: dict[str, Any] | None, raw: bytes, number: int) -> Reply:
        if body is None:
            return _json(400, {"error": {"message": "request body is not JSON", "type": "invalid_request_error"}})
        with self._lock:
            self.received.append(request_format(body))
        refusal = format_refusal(self.formats, body)
        if refusal is not None:
            self.outcomes["refused"] += 1
            return refusal
        fault = self.fault_for(number, raw)
        self.outcomes[fault or "ok"] += 1
        if self.latency:
            self._stop.wait(self.latency)
        if fault == "429":
            return _json(429, {"error": {"message": "rate limited", "type": "rate_limit_error"}},
                         {"Retry-After": f"{self.retry_after:g}"})
        if fault == "500":
            return _json(500, {"error": {"message": "internal error", "type": "server_error"}})
        if fault in ("hang", "drop"):
            return Reply(hang=fault == "hang", drop=fault == "drop")
        if fault == "malformed":
            return Reply(200, b'{"id": "chatcmpl-broken", "choices": [{"index": 0, "mess',
                         {"Content-Type": "application/json"})
        content = self.answer(body)
        if fault == "length":
            return _json(200, completion(body, content[: len(content) // 2], number=number, finish="length"))
        return _json(200, completion(body, content, number=number))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without this, Nagle's algorithm and the
                # client's delayed ACK hold the body back ~40 ms on every reply.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self, method: str) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    body = None
                path = self.path.split("?", 1)[0]
                route = next((r for (m, p), r in server.routes.items() if m == method and path.startswith(p)), None)
                reply = route(server, body, raw) if route else _json(404, {"error": {"message": f"no route {path}"}})
                self._send(reply)

            def _send(self, reply: Reply) -> None:
                if reply.hang:
                    server._stop.wait(server.hang_seconds)
                if reply.hang or reply.drop:
                    self.close_connection = True
                    try:
                        self.connection.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                try:
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self) -> None:
                self._serve("POST")

            def do_GET(self) -> None:
                self._serve("GET")

            def do_DELETE(self) -> None:
                self._serve("DELETE")

        return Handler
