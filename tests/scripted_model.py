"""A scripted model for tests: a backend in this process that answers from a script, not a model.

:class:`ScriptedBackend` is a test double behind a real :class:`~summarizer.llm.client.ModelClient`
(instructor, validation and re-asks included): it reads which question a request asks from the reply
schema the request sends (``trip``: a trip question, ``met``: a meeting question, ``speaker``: who said a
quotation; another kind's question by the singular name its script is kept under) and what it asks about from the user message (the ``Sentence: "..."`` or the ``Quoted words:
"..."``), and answers with the first scripted reply whose key is a substring of that sentence or
quotation. A question the script does not cover gets the plain "no" of its kind (``{"trip": false}``,
``{"met": false}``; a speaker question has no "no" and fails the test). Every question is kept in
:attr:`ScriptedBackend.asked`, in order, so a test can say which sentences were asked about at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.config import resolve_settings
from summarizer.extract.pipeline import summarize_document
from summarizer.llm.client import ModelClient
from summarizer.read.document import document_from_text
from summarizer.schemas import ArticleSummary

__all__ = ["Asked", "Reply", "ScriptedBackend", "scripted_client", "scripted_summary"]

Reply = dict[str, Any] | list[dict[str, Any]]
"""One reply, or the replies to successive asks of the same question (a re-ask gets the next)."""


@dataclass
class Asked:
    """One question the scripted model was asked: its kind ('trip', 'meeting', 'speaker') and subject."""

    kind: str
    subject: str
    reply: dict[str, Any]


def _kind(request: dict[str, Any], script: dict[str, dict[str, Reply]]) -> str:
    fmt = request.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") or {}
    props = set(schema.get("properties") or {})
    if "trip" in props:
        return "trip"
    if "met" in props:
        return "meeting"
    if "speaker" in props and "kind" in props:
        return "speaker"
    for name in script:  # another kind's question: its yes or no is under the kind's singular name
        if name in props:
            return name
    raise AssertionError(f"the scripted model does not know this question's schema: {sorted(props)}")


def _subject(kind: str, user: str) -> str:
    marker = 'Quoted words: "' if kind == "speaker" else 'Sentence: "'
    at = user.rfind(marker)
    if at < 0:
        raise AssertionError(f"no {marker!r} in the question: {user[-200:]!r}")
    return user[at + len(marker) :].removesuffix('"')


@dataclass
class ScriptedBackend:
    """Answers each question from ``script``: {kind: {substring of the sentence or quotation: reply}}."""

    script: dict[str, dict[str, Reply]]
    endpoint: str = "scripted"
    model_id: str = "scripted-model"
    default_mode: str = "json_schema"
    asked: list[Asked] = field(default_factory=list)

    def _reply(self, kind: str, subject: str) -> dict[str, Any]:
        for key, reply in self.script.get(kind, {}).items():
            if key in subject:
                if isinstance(reply, list):  # successive asks of this subject: one reply each
                    n = sum(1 for a in self.asked if a.kind == kind and a.subject == subject)
                    return reply[min(n, len(reply) - 1)]
                return reply
        if kind == "trip":
            return {"trip": False, "who": [], "to": [], "why": None}
        if kind == "meeting":
            return {"met": False, "who": [], "about": []}
        if kind != "speaker":
            return {kind: False}
        raise AssertionError(f"the script has no speaker for the quotation {subject!r}")

    def complete(self, request: dict[str, Any], *, timeout: float | None = None) -> dict[str, Any]:
        kind = _kind(request, self.script)
        # the question is the first user message; a re-ask appends the reply and its validation error
        user = next(m["content"] for m in request["messages"] if m["role"] == "user")
        subject = _subject(kind, user)
        reply = self._reply(kind, subject)
        self.asked.append(Asked(kind, subject, reply))
        content = json.dumps(reply)
        return {
            "id": f"scripted-{len(self.asked)}",
            "object": "chat.completion",
            "created": 0,
            "model": self.model_id,
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
            ],
            "usage": {"prompt_tokens": len(user.split()), "completion_tokens": len(content.split()), "total_tokens": 0},
        }

    def subjects(self, kind: str) -> list[str]:
        """The sentences (or quotations) asked about with questions of ``kind``, in order."""
        return [a.subject for a in self.asked if a.kind == kind]


def scripted_client(backend: ScriptedBackend, tmp_path: Path, **options: Any) -> ModelClient:
    """A ModelClient over ``backend``: no cache, no HTTP, instructor's validation and re-asks as in use."""
    settings = resolve_settings(
        model="openai:scripted-model", base_url="http://127.0.0.1:9/v1", api_key="sk-scripted",
        mode="json_schema", cache_mode="off", cache_dir=tmp_path / "cache", env={}, **options,
    )  # fmt: skip
    return ModelClient(settings, backend=backend)


def scripted_summary(
    text: str,
    script: dict[str, dict[str, Reply]],
    tmp_path: Path,
    *,
    published: date | None = date(2024, 3, 6),
    kinds: tuple[str, ...] = ("trips", "meetings", "quotes"),
) -> tuple[ArticleSummary, ScriptedBackend]:
    """The article's summary with every question answered from ``script``, and the backend (what it was asked)."""
    backend = ScriptedBackend(script)
    doc = document_from_text(text, doc_id="scripted", published=published)
    return summarize_document(doc, scripted_client(backend, tmp_path), kinds), backend
