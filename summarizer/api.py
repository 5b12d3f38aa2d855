"""The Python API: :func:`summarize`, :func:`asummarize` and :class:`Summarizer`."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.config import Settings, resolve_settings
from summarizer.extract.pipeline import KINDS, summarize_document
from summarizer.llm.client import ModelClient
from summarizer.read.document import Document, document_from_text
from summarizer.schemas import ArticleSummary

__all__ = ["Summarizer", "asummarize", "check_kinds", "summarize"]


def check_kinds(kinds: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``kinds`` without repeats, in order; :class:`ConfigError` if empty or unknown."""
    from summarizer.errors import ConfigError

    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ConfigError(f"unknown kind(s) {', '.join(sorted(unknown))}; use {', '.join(KINDS)}")
    if not kinds:
        raise ConfigError(f"no kinds selected; use one or more of {', '.join(KINDS)}")
    return tuple(dict.fromkeys(kinds))


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    from summarizer.errors import ConfigError

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"published must be a date YYYY-MM-DD, got {value!r}") from None


class Summarizer:
    """Keeps the settings, the client and (for the local model) the loaded model for repeated calls.

    >>> s = Summarizer(model="local")           # doctest: +SKIP
    >>> s.summarize(text, published="2021-03-05").quotes[0].speaker   # doctest: +SKIP
    """

    def __init__(self, settings: Settings | None = None, **options: Any) -> None:
        self.settings = settings or resolve_settings(**options)
        self.client = ModelClient(self.settings)

    @property
    def model_id(self) -> str:
        """The model id written into every summary."""
        return self.client.model_id

    def summarize(
        self,
        text: str | Document,
        *,
        published: date | str | None = None,
        doc_id: str | None = None,
        kinds: tuple[str, ...] = KINDS,
    ) -> ArticleSummary:
        """Summarise an article given as text or as a :class:`Document`; ``kinds`` picks trips, meetings, quotes."""
        if isinstance(text, Document):
            doc = text
            if published is not None:
                doc = Document(doc.text, doc.doc_id, doc.source, _as_date(published), doc.title)
        else:
            doc = document_from_text(text, doc_id=doc_id or "text", published=_as_date(published))
        return summarize_document(doc, self.client, check_kinds(kinds))

    async def asummarize(
        self,
        text: str | Document,
        *,
        published: date | str | None = None,
        doc_id: str | None = None,
    ) -> ArticleSummary:
        """The async twin of :meth:`summarize` (runs in a worker thread; the local model serialises calls)."""
        return await asyncio.to_thread(self.summarize, text, published=published, doc_id=doc_id)

    def summarize_path(self, source: str | Path, *, published: date | str | None = None) -> ArticleSummary:
        """Read a file, URL or '-' (stdin) and summarise it."""
        from summarizer.read.document import read_document

        doc = read_document(str(source), published=_as_date(published))
        return summarize_document(doc, self.client)


def summarize(
    text: str,
    *,
    model: str | None = None,
    published: date | str | None = None,
    doc_id: str | None = None,
    **options: Any,
) -> ArticleSummary:
    """Summarise one article's text into trips, meetings and quotes.

    ``model``: 'local' (the embedded model), 'local:/path/model.gguf' or 'openai:NAME';
    other options (base_url, api_key, cache_mode, cache_dir, max_retries, timeout...) are
    those of :func:`summarizer.config.resolve_settings`.
    """
    return Summarizer(model=model, **options).summarize(text, published=published, doc_id=doc_id)


async def asummarize(
    text: str,
    *,
    model: str | None = None,
    published: date | str | None = None,
    doc_id: str | None = None,
    **options: Any,
) -> ArticleSummary:
    """The async twin of :func:`summarize`."""
    return await Summarizer(model=model, **options).asummarize(text, published=published, doc_id=doc_id)
