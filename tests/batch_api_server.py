"""A real HTTP server on 127.0.0.1 with OpenAI's Batch API endpoints, for the ``--via openai-batch`` tests.

Endpoints: ``POST /v1/files`` (multipart upload, purpose ``batch``), ``POST /v1/batches``,
``GET /v1/batches/{id}`` and ``GET /v1/files/{id}/content``. A batch is ``validating`` when created,
``in_progress`` at the first poll, and runs its requests at the second: each line's body goes to
``responder``, which returns ``(status_code, body)`` as a live endpoint would. Results go to the output
file (status 200) or the error file (any other status), one JSON line per request as OpenAI writes them.

``expire_after``: the first batch expires once that many of its requests are done; the rest are
reported in its error file with code ``batch_expired``. ``fail_batch``: the first batch fails
validation (status ``failed``, no files). Every request is recorded in ``requests`` (method, path).
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from conftest import _LoopbackServer

from summarizer.llm.cache import ReplyCache, cache_key

Responder = Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]


class FixtureResponder:
    """Answers a chat-completion body with the reply the embedded model gave to the same question.

    The recorded replies in ``fixtures/replies`` are keyed for the local backend; a body sent for
    ``openai:NAME`` in ``json_schema`` mode carries the same messages and schema, so its key for the
    local endpoint finds the recorded reply. A re-ask (the question plus the rejected reply and the
    error) is answered with the reply to its first two messages. ``corrupt``: the first ask of these
    schemas (by name) gets an invalid speaker instead, so that it is re-asked.
    """

    def __init__(self, replies: Path, local_model: str, corrupt: frozenset[str] = frozenset()) -> None:
        self.cache = ReplyCache(replies)
        self.local_model = local_model
        self.corrupt = corrupt
        self.asked: list[dict[str, Any]] = []

    def __call__(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.asked.append(body)
        schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("name")
        if schema in self.corrupt and len(body["messages"]) == 2:
            return 200, _completion(body["model"], json.dumps({"speaker": "he"}))
        for messages in (body["messages"], body["messages"][:2]):
            request = {**body, "messages": messages, "model": self.local_model}
            entry = self.cache.get(cache_key("llama-cpp", request))
            if entry is not None:
                return 200, {**entry.response, "model": body["model"]}
        return 400, {"error": {"message": "no recorded reply for this request", "type": "invalid_request_error"}}


class SchemaResponder:
    """A deterministic stand-in for a model: answers any json_schema request with the schema's plainest value.

    Booleans are false, strings the first capitalised word of the last message that is not a stop word
    (so a speaker is a name the passage holds, or a word the validators refuse and re-ask), numbers 0,
    lists empty, nullable fields null. It depends on no recorded reply, so a Batch API run and a live run
    of the same articles must agree on every answer, re-asks included.
    """

    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def __call__(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.asked.append(body)
        schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("schema") or {}
        text = str(body["messages"][-1].get("content") or "")
        words = [w.strip('.,;:"\u201c\u201d') for w in text.split()]
        name = next((w for w in words[len(words) // 2:] if w[:1].isupper() and len(w) > 3), "Nobody")
        answer = {key: _plain(prop, name) for key, prop in (schema.get("properties") or {}).items()}
        return 200, _completion(body["model"], json.dumps(answer))


def _plain(prop: dict[str, Any], name: str) -> Any:
    kinds = [prop.get("type")] + [option.get("type") for option in prop.get("anyOf", [])]
    if "null" in kinds:
        return None
    if "boolean" in kinds:
        return False
    if "array" in kinds:
        return []
    if "integer" in kinds or "number" in kinds:
        return 0
    if "enum" in prop:
        return prop["enum"][0]
    return name


def _completion(model: str, content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-batch", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    }


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart/form-data body: name -> (filename, bytes)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        fields[str(name)] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return fields


class BatchApiServer(_LoopbackServer):
    """The Batch API endpoints over ``responder`` (see the module's docstring)."""

    def __init__(self, responder: Responder, *, expire_after: int | None = None, fail_batch: bool = False) -> None:
        self.responder = responder
        self.expire_after = expire_after
        self.fail_batch = fail_batch
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, str]] = []
        self.uploads: list[bytes] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, payload: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.requests.append(("POST", self.path))
                status, payload = server.post(self.path, self.headers.get("Content-Type", ""), body)
                self._reply(status, json.dumps(payload).encode())

            def do_GET(self) -> None:
                server.requests.append(("GET", self.path))
                status, payload, kind = server.get(self.path)
                self._reply(status, payload, kind)

        self._serve(Handler)

    def post(self, path: str, content_type: str, body: bytes) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if path == "/v1/files":
                fields = _multipart(content_type, body)
                if fields.get("purpose", (None, b""))[1] != b"batch" or "file" not in fields:
                    return 400, {"error": {"message": "need purpose=batch and a file"}}
                data = fields["file"][1]
                file_id = f"file-{len(self.files) + 1}"
                self.files[file_id] = data
                self.uploads.append(data)
                return 200, {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                             "filename": fields["file"][0] or "input.jsonl", "purpose": "batch", "status": "processed"}
            if path == "/v1/chat/completions":  # the live endpoint, for a run to compare with
                status, answer = self.responder(json.loads(body))
                return status, answer
            if path == "/v1/batches":
                params = json.loads(body)
                if params.get("input_file_id") not in self.files or params.get("endpoint") != "/v1/chat/completions":
                    return 400, {"error": {"message": "unknown input file or endpoint"}}
                batch_id = f"batch_{len(self.batches) + 1}"
                self.batches[batch_id] = {
                    "id": batch_id, "object": "batch", "endpoint": params["endpoint"], "input_file_id":
                    params["input_file_id"], "completion_window": params["completion_window"], "status": "validating",
                    "created_at": int(time.time()), "metadata": params.get("metadata"),
                    "request_counts": {"total": 0, "completed": 0, "failed": 0},
                }
                return 200, self.batches[batch_id]
            return 404, {"error": {"message": f"no route {path}"}}

    def get(self, path: str) -> tuple[int, bytes, str]:
        with self._lock:
            parts = path.strip("/").split("/")
            if len(parts) == 3 and parts[:2] == ["v1", "batches"] and parts[2] in self.batches:
                batch = self.batches[parts[2]]
                self._advance(batch)
                return 200, json.dumps(batch).encode(), "application/json"
            if len(parts) == 4 and parts[:2] == ["v1", "files"] and parts[3] == "content" and parts[2] in self.files:
                return 200, self.files[parts[2]], "application/octet-stream"
            return 404, json.dumps({"error": {"message": f"no route {path}"}}).encode(), "application/json"

    def _advance(self, batch: dict[str, Any]) -> None:
        """validating -> in_progress -> a terminal state, one step per poll."""
        if batch["status"] == "validating":
            batch["status"] = "in_progress"
        elif batch["status"] == "in_progress":
            first = batch["id"] == "batch_1"
            if first and self.fail_batch:
                batch["status"] = "failed"
                batch["errors"] = {"object": "list", "data": [{"code": "invalid", "message": "validation failed"}]}
                return
            self._run(batch, self.expire_after if first else None)

    def _run(self, batch: dict[str, Any], expire_after: int | None) -> None:
        lines = [json.loads(raw) for raw in self.files[batch["input_file_id"]].splitlines() if raw.strip()]
        output: list[str] = []
        errors: list[str] = []
        for n, line in enumerate(lines):
            if expire_after is not None and n >= expire_after:
                errors.append(json.dumps({"id": f"req_{n}", "custom_id": line["custom_id"], "response": None, "error": {
                    "code": "batch_expired", "message": "This request could not be executed before the completion "
                    "window expired."}}))
                continue
            status, body = self.responder(line["body"])
            result = {"id": f"req_{n}", "custom_id": line["custom_id"],
                      "response": {"status_code": status, "request_id": f"r{n}", "body": body}, "error": None}
            (output if status == 200 else errors).append(json.dumps(result))
        for name, content in (("output_file_id", output), ("error_file_id", errors)):
            if content:
                file_id = f"file-{len(self.files) + 1}"
                self.files[file_id] = ("\n".join(content) + "\n").encode()
                batch[name] = file_id
        batch["status"] = "expired" if errors and expire_after is not None else "completed"
        batch["request_counts"] = {"total": len(lines), "completed": len(output), "failed": len(errors)}
