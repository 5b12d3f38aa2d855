"""Claims: which run is summarising which article, so that several runs on one store never do one twice.

Before a run sends an article to the model it claims it: one row in ``claims`` with the run's token,
process id, host and a heartbeat (seconds since the epoch), written in the same transaction that
checks the article is still not stored. Another run that reaches the same article while the claim is
live passes it over. Saving the article removes its claim in the saving transaction
(:func:`summarizer.store.save.save_article`); a run that stops removes the claims it still holds.

A claim dies with its process: a run refreshes the heartbeat of its claims while it runs
(:data:`HEARTBEAT_SECONDS`); a claim whose heartbeat is older than :data:`LEASE_SECONDS` is expired,
and one made on this host by a process that no longer exists is expired at once. Either may be taken
over by the next run that reaches the article.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

__all__ = ["HEARTBEAT_SECONDS", "LEASE_SECONDS", "Claim", "Heartbeat", "Owner", "claim", "heartbeat", "release"]

LEASE_SECONDS = 60.0
"""A claim whose heartbeat is older than this is expired."""
HEARTBEAT_SECONDS = 10.0
"""How often a run refreshes its claims."""

Claim = Literal["claimed", "held", "done"]
"""``claimed``: this run may summarise the article; ``held``: another live run is doing it;
``done``: the article's stored row changed since the caller looked (another run saved it)."""


@dataclass(frozen=True)
class Owner:
    """The run that holds claims: a token of its own, its process id and host."""

    token: str = field(default_factory=lambda: uuid.uuid4().hex)
    pid: int = field(default_factory=os.getpid)
    host: str = field(default_factory=socket.gethostname)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _live(row: tuple[str, int, str, float], owner: Owner, now: float, lease: float) -> bool:
    _token, pid, host, beat = row
    if now - beat > lease:
        return False
    return host != owner.host or _process_exists(pid)


def claim(conn: sqlite3.Connection, article_id: str, owner: Owner, *, seen: str | None,
          lease: float = LEASE_SECONDS) -> Claim:
    """Claim ``article_id`` for ``owner`` unless another live run holds it or its stored status is no longer ``seen``.

    ``seen``: the article's stored status when the caller decided to summarise it (None: not stored).
    ``conn`` must be in autocommit mode; the check and the claim are one transaction.
    """
    now = time.time()
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT status FROM articles WHERE id = ?", (article_id,)).fetchone()
        if (None if row is None else row[0]) != seen:
            conn.execute("COMMIT")
            return "done"
        held = conn.execute("SELECT token, pid, host, heartbeat FROM claims WHERE article_id = ?",
                            (article_id,)).fetchone()
        if held is not None and held[0] != owner.token and _live(held, owner, now, lease):
            conn.execute("COMMIT")
            return "held"
        conn.execute("INSERT OR REPLACE INTO claims (article_id, token, pid, host, heartbeat) VALUES (?, ?, ?, ?, ?)",
                     (article_id, owner.token, owner.pid, owner.host, now))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return "claimed"


def heartbeat(conn: sqlite3.Connection, owner: Owner) -> int:
    """Refresh every claim ``owner`` holds; how many it holds."""
    return conn.execute("UPDATE claims SET heartbeat = ? WHERE token = ?", (time.time(), owner.token)).rowcount


def release(conn: sqlite3.Connection, owner: Owner) -> int:
    """Remove every claim ``owner`` still holds (its run stops); how many there were."""
    return conn.execute("DELETE FROM claims WHERE token = ?", (owner.token,)).rowcount


class Heartbeat:
    """A daemon thread that refreshes ``owner``'s claims every ``every`` seconds over a connection of its own,
    whatever the run's own thread is doing (a long model call, a Batch API wait)."""

    def __init__(self, path: Path, owner: Owner, every: float = HEARTBEAT_SECONDS) -> None:
        self.path, self.owner, self.every = path, owner, every
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._beat, name="summarizer-claims", daemon=True)
        self.thread.start()

    def _beat(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=self.every)
        try:
            while not self.stopped.wait(self.every):
                try:
                    heartbeat(conn, self.owner)
                except sqlite3.Error:
                    continue  # locked for longer than a beat: the next one refreshes
        finally:
            conn.close()

    def stop(self) -> None:
        """Stop beating (the run's claims are released or about to be)."""
        self.stopped.set()
        self.thread.join(timeout=self.every + 5)
