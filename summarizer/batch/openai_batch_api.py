"""The provider's Batch API, through the ``openai`` client: upload a JSONL file, create, poll, download.

Endpoints (as ``openai`` names them): ``client.files.create(file=..., purpose="batch")``,
``client.batches.create(input_file_id=..., endpoint="/v1/chat/completions", completion_window="24h")``,
``client.batches.retrieve(batch_id)`` and ``client.files.content(file_id)``. Errors are translated
here into :class:`~summarizer.errors.BackendError`; messages name the server by its redacted URL and
never hold the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from summarizer.config import Settings
from summarizer.errors import BackendError
from summarizer.util.redact import install_log_redaction, redact_text, redact_url, url_secrets

__all__ = ["CHAT_ENDPOINT", "TERMINAL", "BatchApi", "BatchInfo", "request_line"]

CHAT_ENDPOINT = "/v1/chat/completions"
# A batch in one of these states changes no more: its output and error files are final.
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


def request_line(custom_id: str, body: dict[str, Any]) -> str:
    """One line of a Batch API input file: a chat completion request named ``custom_id``."""
    line = {"custom_id": custom_id, "method": "POST", "url": CHAT_ENDPOINT, "body": body}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class BatchInfo:
    """What a poll tells about a batch."""

    id: str
    status: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    errors: tuple[str, ...] = ()

    @property
    def done(self) -> bool:
        """True once the batch is in a terminal state."""
        return self.status in TERMINAL


def _info(batch: Any) -> BatchInfo:
    counts = getattr(batch, "request_counts", None)
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    return BatchInfo(
        id=str(batch.id),
        status=str(batch.status),
        output_file_id=getattr(batch, "output_file_id", None),
        error_file_id=getattr(batch, "error_file_id", None),
        total=int(getattr(counts, "total", 0) or 0),
        completed=int(getattr(counts, "completed", 0) or 0),
        failed=int(getattr(counts, "failed", 0) or 0),
        errors=tuple(str(getattr(e, "message", None) or getattr(e, "code", None) or e) for e in errors),
    )


class BatchApi:
    """The Batch API of the server the settings name (OpenAI unless ``base_url`` says otherwise)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.where = redact_url(settings.base_url) if settings.base_url else "api.openai.com"
        self._secrets = [settings.api_key, *url_secrets(settings.base_url)]
        self._client: Any = None

    def _get(self) -> Any:
        if self._client is None:
            import openai

            install_log_redaction(self._secrets)
            self._client = openai.OpenAI(
                api_key=self.settings.api_key or "not-needed",
                base_url=self.settings.base_url,
                timeout=self.settings.timeout,
                max_retries=self.settings.http_retries,
            )
        return self._client

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)``, with the client's errors as one-line BackendErrors."""
        import openai

        model = self.settings.model.id
        try:
            return fn(*args, **kwargs)
        except openai.APITimeoutError as exc:
            raise BackendError(f"Batch API at {self.where}: {what}: no reply within "
                               f"{self.settings.timeout:g} s", model=model) from exc
        except openai.APIConnectionError as exc:
            raise BackendError(f"cannot reach Batch API at {self.where}: {what}: connection failed",
                               model=model) from exc
        except openai.APIStatusError as exc:
            detail = redact_text(str(getattr(exc, "message", "") or ""), self._secrets).splitlines()
            hint = " (check the API key)" if exc.status_code in (401, 403) else ""
            raise BackendError(
                f"Batch API at {self.where}: {what}: HTTP {exc.status_code}{hint}"
                + (f": {detail[0][:200]}" if detail else ""), model=model, status_code=exc.status_code,
            ) from exc
        except (openai.OpenAIError, ValueError) as exc:
            text = redact_text(str(exc), self._secrets).splitlines()
            raise BackendError(f"Batch API at {self.where}: {what} failed: {type(exc).__name__}"
                               + (f": {text[0][:200]}" if text else ""), model=model) from exc

    def upload(self, name: str, data: bytes) -> str:
        """Upload a JSONL input file (purpose ``batch``); its file id."""
        client = self._get()
        uploaded = self._call("upload", client.files.create, file=(name, data, "application/jsonl"), purpose="batch")
        return str(uploaded.id)

    def create(self, input_file_id: str, *, metadata: dict[str, str] | None = None) -> BatchInfo:
        """Create a chat-completions batch over an uploaded file (completion window 24 h)."""
        client = self._get()
        batch = self._call(
            "create batch", client.batches.create, input_file_id=input_file_id, endpoint=CHAT_ENDPOINT,
            completion_window="24h", metadata=metadata or {},
        )
        return _info(batch)

    def retrieve(self, batch_id: str) -> BatchInfo:
        """The batch's state now."""
        return _info(self._call(f"retrieve {batch_id}", self._get().batches.retrieve, batch_id))

    def content(self, file_id: str) -> str:
        """The text of an output or error file."""
        response = self._call(f"download {file_id}", self._get().files.content, file_id)
        return str(response.text)
