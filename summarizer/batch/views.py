"""What ``summarizer export`` writes and ``summarizer query`` shows, read from the store."""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from summarizer.errors import ConfigError
from summarizer.kinds import get, kinds
from summarizer.kinds import names as registered
from summarizer.kinds.views import GENERIC, KindViews, Table
from summarizer.store import connect, date_bounds
from summarizer.store.entities import entity_ids_for
from summarizer.store.linked_events import show_events
from summarizer.store.query import (
    COLUMNS,
    KINDS,
    all_kinds,
    describe_entity,
    naming,
    records_naming,
    rows,
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


def _generic_row(row: dict[str, Any]) -> tuple[str, ...]:
    return row["date"] or "?", row["who"], row["where"] or "", row["text"] or "", row["article"]


_GENERIC = Table((("When", None), ("Who", None), ("Where", None), ("Words", None), ("Article", None)), _generic_row)


def _views(kind: str) -> KindViews:
    """A kind's own views; a kind not loaded in this process (a kind file's, from the store) has none."""
    return get(kind).views if kind in registered() else GENERIC


def _table(kind: str, found: list[dict[str, Any]]) -> Any:
    from rich.table import Table as RichTable

    table = RichTable(title=f"{len(found)} {kind}", show_lines=True)
    shown = _views(kind).query_table or _GENERIC
    for head, _ in shown.columns:
        table.add_column(head, overflow="fold")
    for row in found:
        table.add_row(*shown.row(row))
    return table


def _asked(speaker: str | None, traveller: str | None, participants: list[str]) -> tuple[str, list[str]]:
    """The kind a query asks for by person (the kind whose table ``query``'s option names), and the people."""
    option, people = (("speaker", [speaker]) if speaker else ("traveller", [traveller]) if traveller
                      else ("participant", participants))
    kind = next(k.name for k in kinds() if k.views.stored is not None and k.views.stored.option == option)
    return kind, [str(p) for p in people]


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
        if person and kind is not None and kind not in KINDS:
            found = records_naming(conn, kind, person, date_from=low, date_to=high)
        else:
            kind, people = _asked(speaker, traveller, participants)
            found = naming(conn, kind, people, date_from=low, date_to=high)
        shown = list(itertools.islice(found, limit))
        console.print(_table(kind, shown))
        own = _views(kind).stored
        if own is not None and own.link is not None:  # each event once, with its sources and conflicts (store.linked_events)
            show_events(conn, console, kind=kind, names=[str(n) for n in names], date_from=low, date_to=high, limit=limit)
        return len(shown)
    finally:
        conn.close()
