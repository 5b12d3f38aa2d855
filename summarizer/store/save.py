"""Saving one finished article, whole, in one transaction: its row, its records, entities and evidence.

:func:`save_article` is the one writer of an article: a run that stops at any moment (SIGKILL
included) leaves each article either saved whole or not at all. Saving an article again (a retried
failure) replaces its row and records and counts the attempt.
"""

from __future__ import annotations

import calendar
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from summarizer.kinds import kinds as registered
from summarizer.schemas import ArticleSummary, DateRef, Entity, Span
from summarizer.store.entities import resolve_entity
from summarizer.store.records import delete_records, save_records

__all__ = ["ArticleIdentity", "Status", "date_bounds", "save_article"]

Status = Literal["ok", "error", "skipped"]
_TABLES = tuple(k.views.stored for k in registered() if k.views.stored is not None)


@dataclass(frozen=True)
class ArticleIdentity:
    """What identifies an article in the store, and what is known of it before it is summarised.

    ``id``: the id the input gave, else :attr:`summarizer.read.Document.key` (source and content
    hash). ``content_hash``: the SHA-256 of the text (None when the input could not be read). The
    rest is what the input said of itself (a manifest row, a web page), kept for an error row too.
    """

    id: str
    source: str
    content_hash: str | None = None
    doc_id: str | None = None
    published: str | None = None
    title: str | None = None
    published_source: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    url: str | None = None


def date_bounds(value: str | None, end: str | None = None) -> tuple[str | None, str | None]:
    """The first and last ISO day a ``DateRef`` value (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``) covers, to its ``end``."""
    first = _first_day(value)
    last = _last_day(end or value)
    if first is None or last is None:
        return first, first
    return first, max(first, last)


def _parts(value: str | None) -> list[int] | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    return parts if 1 <= len(parts) <= 3 and 1 <= parts[0] <= 9999 else None


def _first_day(value: str | None) -> str | None:
    parts = _parts(value)
    if parts is None:
        return None
    year, month, day = (parts + [1, 1])[:3]
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _last_day(value: str | None) -> str | None:
    parts = _parts(value)
    if parts is None:
        return None
    if len(parts) == 1:
        return f"{parts[0]:04d}-12-31"
    year, month = parts[0], parts[1]
    if not 1 <= month <= 12:
        return None
    day = parts[2] if len(parts) == 3 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def _dates(when: DateRef | None) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    if when is None:
        return None, None, None, None, None
    first, last = date_bounds(when.value, when.end)
    return when.text, when.value, first, last, when.precision


def _evidence(conn: sqlite3.Connection, article_id: str, kind: str, record_id: int, spans: list[Span]) -> None:
    conn.executemany(
        "INSERT INTO evidence (article_id, record_kind, record_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, kind, record_id, i, s.start, s.end, s.text) for i, s in enumerate(spans)],
    )


def _members(conn: sqlite3.Connection, table: str, column: str, record_id: int, article_id: str,
             entities: list[Entity]) -> None:
    for i, entity in enumerate(entities):
        entity_id = resolve_entity(conn, article_id, entity)
        conn.execute(f"INSERT OR IGNORE INTO {table} ({column}, entity_id, idx) VALUES (?, ?, ?)", (record_id, entity_id, i))


@dataclass
class _Writer:
    """What a kind with a table of its own saves its records with (:class:`summarizer.kinds.views.RowWriter`)."""

    conn: sqlite3.Connection
    article_id: str
    published: str | None

    def dates(self, when: DateRef | None) -> tuple[str | None, str | None, str | None, str | None, str | None]:
        return _dates(when)

    def first_day(self, value: str | None) -> str | None:
        return _first_day(value)

    def entity(self, entity: Entity, *, mergeable: bool = True) -> int:
        return resolve_entity(self.conn, self.article_id, entity, mergeable=mergeable)

    def members(self, table: str, column: str, record_id: int, entities: list[Entity]) -> None:
        _members(self.conn, table, column, record_id, self.article_id, entities)

    def evidence(self, kind: str, record_id: int, spans: list[Span]) -> None:
        _evidence(self.conn, self.article_id, kind, record_id, spans)


def _delete(conn: sqlite3.Connection, article_id: str) -> int:
    """Remove an article and everything saved for it; the number of attempts it had (0 if none)."""
    row = conn.execute("SELECT attempts FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return 0
    entities = [r[0] for r in conn.execute("SELECT entity_id FROM article_entities WHERE article_id = ?", (article_id,))]
    for own in _TABLES:
        for table, column in own.owned:
            conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM {own.table} WHERE article_id = ?)",
                         (article_id,))
    delete_records(conn, article_id)
    for table in (*(own.table for own in _TABLES), "evidence", "article_entities"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    # An entity only this article named goes with it (its names cascade): no orphan entity rows.
    conn.executemany("DELETE FROM entities WHERE id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM article_entities WHERE entity_id = entities.id)", [(e,) for e in entities])
    return int(row[0])


def save_article(
    conn: sqlite3.Connection,
    identity: ArticleIdentity,
    summary: ArticleSummary | None = None,
    *,
    status: Status = "ok",
    error: str | None = None,
    cost: float | None = None,
    seconds: float = 0.0,
    replaces: str | None = None,
) -> None:
    """Save one finished article (its row, and for ``ok`` its records) in one transaction.

    An earlier row of the same id is replaced and its attempts counted on; ``replaces`` names
    another row this one supersedes (the error row of an input that could not be read before),
    removed in the same transaction, and so are the article's claim (:mod:`summarizer.store.claims`) and the
    entities only its earlier row named. ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    if status not in ("ok", "error", "skipped"):
        raise ValueError(f"status must be ok, error or skipped, got {status!r}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        attempts = _delete(conn, identity.id) + 1
        if replaces and replaces != identity.id:
            _delete(conn, replaces)
        conn.execute("DELETE FROM claims WHERE article_id IN (?, ?)", (identity.id, replaces or identity.id))
        _insert_article(conn, identity, summary, status=status, error=error, cost=cost, seconds=seconds,
                        attempts=attempts)
        if summary is not None and status == "ok":
            _insert_records(conn, identity.id, summary, identity.published or summary.published)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _page_facts(identity: ArticleIdentity, summary: ArticleSummary | None) -> tuple[object, ...]:
    """published, published_source, title, authors, site_name, url: the summary's, else the identity's."""
    published: str | None = identity.published
    source: str | None = identity.published_source
    if summary is not None and summary.published and not identity.published:
        published, source = summary.published, summary.published_source
    authors = summary.authors if summary is not None and summary.authors else list(identity.authors)
    return (published, source, identity.title or (summary.title if summary else None),
            json.dumps(authors, ensure_ascii=False), identity.site_name or (summary.site_name if summary else None),
            identity.url or (summary.url if summary else None))


def _insert_article(conn: sqlite3.Connection, identity: ArticleIdentity, summary: ArticleSummary | None, *,
                    status: str, error: str | None, cost: float | None, seconds: float, attempts: int) -> None:
    usage = summary.usage if summary is not None else None
    conn.execute(
        "INSERT INTO articles (id, doc_id, source, published, published_source, title, authors, site_name, url, "
        "content_hash, status, error, model, strategy, prompt_versions, usage, prompt_tokens, completion_tokens, "
        "cost, seconds, warnings, attempts, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)",
        (identity.id, summary.doc_id if summary else identity.doc_id, identity.source,
         *_page_facts(identity, summary), identity.content_hash,
         status, error, summary.model if summary else None, summary.strategy if summary else None,
         json.dumps(summary.prompt_versions if summary else {}), usage.model_dump_json() if usage else "{}",
         usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0, cost,
         round(seconds, 3), json.dumps(summary.warnings if summary else [], ensure_ascii=False), attempts,
         datetime.now(UTC).isoformat(timespec="seconds")),
    )


def _insert_records(conn: sqlite3.Connection, article_id: str, summary: ArticleSummary, published: str | None) -> None:
    writer = _Writer(conn, article_id, published)
    for kind in registered():
        if kind.views.stored is not None:
            for i, record in enumerate(kind.records(summary)):
                kind.views.stored.save(writer, i, record)
    save_records(conn, article_id, summary.records, date_bounds)
