"""What ``summarizer export`` writes and ``summarizer query`` shows, read from the store."""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from summarizer.errors import ConfigError
from summarizer.store import connect, date_bounds
from summarizer.store.entities import entity_ids_for
from summarizer.store.linked_events import show_events
from summarizer.store.query import (
    COLUMNS,
    KINDS,
    all_kinds,
    describe_entity,
    meetings_between,
    quotes_by,
    records_naming,
    rows,
    trips_by,
)
from summarizer.util.atomic import atomic_writer

__all__ = ["day", "show_query", "write_export"]


def day(value: str | None, option: str, *, last: bool = False) -> str | None:
    """An ISO day from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the first day it covers, or the last)."""
    if value is None:
        return None
    first, final = date_bounds(value.strip())
    if first is None or final is None:
        raise ConfigError(f"{option} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")
    return final if last else first


def _write_rows(fh: IO[str], fmt: str, found: Iterator[dict[str, Any]]) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), extrasaction="ignore")
        writer.writeheader()
        for row in found:
            writer.writerow(row)
            count += 1
        return count
    for row in found:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _to_stdout(stdout: IO[str] | None, fmt: str, found: Iterator[dict[str, Any]]) -> int:
    """Rows to stdout; a reader that stops early (``| head``) ends the export quietly."""
    import os
    import sys

    try:
        return _write_rows(stdout or sys.stdout, fmt, found)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 0


def write_export(db: Path, *, fmt: str, kind: str | None, output: Path | None, date_from: str | None = None,
                 date_to: str | None = None, stdout: IO[str] | None = None) -> int:
    """Write every record of ``kind`` (all kinds when None) as JSON lines or CSV; the number of rows written."""
    low, high = day(date_from, "--from"), day(date_to, "--to", last=True)
    conn = connect(db, create=False)
    try:
        if kind is not None and kind not in all_kinds(conn):
            raise ConfigError(f"unknown kind {kind!r}; this store holds {', '.join(all_kinds(conn))}")
        found = itertools.chain.from_iterable(
            rows(conn, k, date_from=low, date_to=high) for k in ([kind] if kind else all_kinds(conn)))
        if output is None:
            return _to_stdout(stdout, fmt, found)
        with atomic_writer(output, "w") as fh:
            return _write_rows(fh, fmt, found)
    finally:
        conn.close()


def _entities_line(conn: Any, name: str) -> tuple[list[int], list[str]]:
    ids = entity_ids_for(conn, name)
    lines = []
    for entity_id in ids:
        info = describe_entity(conn, entity_id)
        merged = ", ".join(f"{a['article']} ({a['name']})" for a in info["articles"][:8])
        more = f" and {len(info['articles']) - 8} more" if len(info["articles"]) > 8 else ""
        lines.append(f"{info['name']} [{info['kind']}] in {len(info['articles'])} article(s): {merged}{more}")
    if not ids:
        lines.append(f"no entity named {name!r} in the store")
    return ids, lines


def _table(kind: str, found: list[dict[str, Any]]) -> Any:
    from rich.table import Table

    table = Table(title=f"{len(found)} {kind}", show_lines=True)
    heads = {"trips": ("When", "Who", "Where", "Status", "Article"),
             "meetings": ("When", "Who", "Format", "Topics", "Article"),
             "quotes": ("Date", "Speaker", "Words", "Kind", "Article")}.get(kind, ("When", "Who", "Where", "Words",
                                                                                   "Article"))
    for head in heads:
        table.add_column(head, overflow="fold")
    for row in found:
        when = row["date"] or "?"
        if kind == "trips":
            table.add_row(when, row["who"], row["where"], f"{row['status']}, {row['mode']}", row["article"])
        elif kind == "meetings":
            table.add_row(when, row["who"], row["format"], row["topics"], row["article"])
        elif kind == "quotes":
            table.add_row(when, row["who"], row["text"], row["quote_kind"], row["article"])
        else:
            table.add_row(when, row["who"], row["where"] or "", row["text"] or "", row["article"])
    return table


def show_query(db: Path, *, speaker: str | None, traveller: str | None, participants: list[str],
               date_from: str | None, date_to: str | None, limit: int, out: IO[str], kind: str | None = None,
               person: str | None = None) -> int:
    """Print who the names are (the merged entities) and a table of the records; the number of rows."""
    from rich.console import Console

    low, high = day(date_from, "--from"), day(date_to, "--to", last=True)
    console = Console(file=out, soft_wrap=False)
    conn = connect(db, create=False)
    try:
        if kind is not None and kind not in all_kinds(conn):
            raise ConfigError(f"unknown kind {kind!r}; this store holds {', '.join(all_kinds(conn))}")
        names = [speaker] if speaker else [traveller] if traveller else [person] if person else participants
        for name in names:
            for line in _entities_line(conn, str(name))[1]:
                console.print(line, markup=False, highlight=False, soft_wrap=True)
        if person and kind not in (None, *KINDS):
            found = records_naming(conn, str(kind), person, date_from=low, date_to=high)
        elif speaker:
            kind, found = "quotes", quotes_by(conn, speaker, date_from=low, date_to=high)
        elif traveller:
            kind, found = "trips", trips_by(conn, traveller, date_from=low, date_to=high)
        else:
            kind, found = "meetings", meetings_between(conn, participants, date_from=low, date_to=high)
        shown = list(itertools.islice(found, limit))
        console.print(_table(kind, shown))
        if kind in ("trips", "meetings"):  # each event once, with its sources and conflicts (summarizer.store.linked_events)
            show_events(conn, console, kind=kind, names=[str(n) for n in names], date_from=low, date_to=high, limit=limit)
        return len(shown)
    finally:
        conn.close()
