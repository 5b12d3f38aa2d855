"""Opening the collection store (SQLite, WAL) and reading what a run needs from it.

One connection per process, in autocommit mode: every write is one explicit transaction
(:func:`summarizer.store.save.save_article`). WAL with ``synchronous=NORMAL`` keeps each committed
article through a killed process; the database is never left corrupt.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from summarizer.errors import ConfigError
from summarizer.schemas import ArticleSummary
from summarizer.store.claims import Claim, Heartbeat, Owner, claim, heartbeat, release
from summarizer.store.collection import stored_summary
from summarizer.store.migrations import migrate, stored_version
from summarizer.store.save import ArticleIdentity, Status, save_article
from summarizer.store.schema import SCHEMA, SCHEMA_VERSION

__all__ = ["Store", "StoreTotals", "connect"]


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the store at ``path`` with the schema in place; ConfigError when it cannot be one.

    A new store gets the first release's tables, then every migration; an older store the migrations
    it lacks (one transaction, every row kept); a store of a newer release is refused.

    ``create=False`` refuses a file that does not exist (for export and query).
    """
    target = Path(path)
    if not create and not target.is_file():
        raise ConfigError(f"no store at {target}: run `summarizer batch ... --db {target}` first")
    if target.is_dir():
        raise ConfigError(f"--db {target} is a folder; give a file name such as {target / 'articles.sqlite'}")
    if not target.parent.is_dir():
        raise ConfigError(f"--db {target}: the folder {target.parent} does not exist")
    try:
        conn = sqlite3.connect(target, isolation_level=None, timeout=30.0)
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"--db {target} cannot be used as a store: {exc}") from None
    try:
        _prepare(conn, target)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ConfigError(f"--db {target} cannot be used as a store: {exc}") from None
    except ConfigError:
        conn.close()
        raise
    return conn


def _prepare(conn: sqlite3.Connection, target: Path, patience: float = 30.0) -> None:
    """WAL, the tables, the migrations. SQLite answers "locked" at once, without waiting, to a process that
    opens a file another is just turning to WAL; that is tried again for up to ``patience`` seconds."""
    deadline = time.monotonic() + patience
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if not _check_version(conn, target):
                _create(conn, target)
            migrate(conn)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _create(conn: sqlite3.Connection, target: Path) -> None:
    """Create the first release's tables under the write lock, after looking again: another process
    opening the same new file at the same moment creates them once, and neither sees them half made."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _check_version(conn, target):
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _check_version(conn: sqlite3.Connection, target: Path) -> bool:
    """True when the file already holds a store (of a schema this code reads); False when it holds nothing yet."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return False
    if "articles" not in tables:
        raise ConfigError(f"--db {target} is an SQLite database of something else (no articles table)")
    version = stored_version(conn)
    if version is not None and version > SCHEMA_VERSION:
        raise ConfigError(f"--db {target} has store schema {version}; this summarizer reads {SCHEMA_VERSION}: upgrade it")
    return True


@dataclass(frozen=True)
class StoreTotals:
    """Counts and sums over every article in the store."""

    ok: int
    error: int
    skipped: int
    prompt_tokens: int
    completion_tokens: int
    cost: float | None


class Store:
    """The collection store: what a run asks of it (done? a duplicate?) and the one writer of articles."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.conn = connect(self.path, create=create)
        self.owner = Owner()
        self.beating: Heartbeat | None = None  # started by the first claim: a reader (export, query) never writes

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Give up the claims still held and close the connection (every article is already committed)."""
        try:
            if self.beating is not None:
                self.beating.stop()
                self.release()
        except sqlite3.Error:
            pass  # read-only file or locked past the timeout: the claims expire on their own
        self.conn.close()

    def claim(self, article_id: str, *, seen: str | None) -> Claim:
        """Claim ``article_id`` for this run (:func:`summarizer.store.claims.claim`)."""
        if self.beating is None:
            self.beating = Heartbeat(self.path, self.owner)
        return claim(self.conn, article_id, self.owner, seen=seen)

    def heartbeat(self) -> int:
        """Refresh this run's claims; how many it holds."""
        return heartbeat(self.conn, self.owner)

    def release(self) -> int:
        """Give up this run's claims (the articles it did not finish); how many there were."""
        return release(self.conn, self.owner)

    def status(self, article_id: str) -> Status | None:
        """The stored status of ``article_id``, or None when it is not in the store."""
        row = self.conn.execute("SELECT status FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else row[0]

    def duplicate_of(self, content_hash: str, article_id: str) -> str | None:
        """Another article already summarised (status ok) from the same text, if any."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND status = 'ok' AND id != ? ORDER BY created LIMIT 1",
            (content_hash, article_id),
        ).fetchone()
        return None if row is None else str(row[0])

    def save(self, identity: ArticleIdentity, summary: ArticleSummary | None = None, *, status: Status = "ok",
             error: str | None = None, cost: float | None = None, seconds: float = 0.0,
             replaces: str | None = None) -> None:
        """:func:`~summarizer.store.save.save_article` on this store."""
        save_article(self.conn, identity, summary, status=status, error=error, cost=cost, seconds=seconds,
                     replaces=replaces)

    def totals(self) -> StoreTotals:
        """Articles by status, and tokens and cost summed over them."""
        counts = dict(self.conn.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
        tokens = self.conn.execute(
            "SELECT coalesce(sum(prompt_tokens), 0), coalesce(sum(completion_tokens), 0), sum(cost) FROM articles"
        ).fetchone()
        return StoreTotals(int(counts.get("ok", 0)), int(counts.get("error", 0)), int(counts.get("skipped", 0)),
                           int(tokens[0]), int(tokens[1]), None if tokens[2] is None else float(tokens[2]))

    def summary(self, article_id: str) -> ArticleSummary | None:
        """The stored article rebuilt as an :class:`ArticleSummary` (None when absent or not ok)."""
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        row = cursor.execute("SELECT * FROM articles WHERE id = ? AND status = 'ok'", (article_id,)).fetchone()
        return None if row is None else stored_summary(self.conn, row)
