"""Meetings: who met whom, when, in what format, on what. The kind's registration and its own views."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from summarizer.extract.events import MEETINGS, find_events
from summarizer.extract.merge import merge_meetings
from summarizer.extract.run import ArticleRun, Passages
from summarizer.kinds.registry import RecordKind
from summarizer.kinds.views import Category, KindTable, KindViews, Link, RowWriter, Table
from summarizer.kinds.words import entity_html, evidence_lines, known, when_html
from summarizer.schemas import Meeting
from summarizer.util.markup import esc

__all__ = ["MEETING_KIND"]


def _find(run: ArticleRun, passages: Passages) -> Callable[[], list[Any]]:
    return find_events(run, passages.sentences, MEETINGS)


def _merge(records: list[Any]) -> list[Any]:
    return list(merge_meetings(records))


def _markdown(m: Meeting) -> list[str]:
    return [f"- **{known(m.participants)}**; when: {known(m.when)}; format: {m.format}"
            + (f"; topics: {', '.join(m.topics)}" if m.topics else ""), *evidence_lines(m.evidence)]


def _row(m: Meeting) -> tuple[str, ...]:
    return known(m.participants), known(m.when), m.format, "; ".join(m.topics)


def _headline(m: Meeting) -> str:
    when = m.when.value if m.when and m.when.value else "no date"
    return f"{' + '.join(e.name for e in m.participants) or '?'} · {when}"


def _card(m: Meeting) -> list[tuple[str, str]]:
    return [
        ("Who", "; ".join(entity_html(e) for e in m.participants)),
        ("When", when_html(m.when)),
        ("Status", esc(f"{m.status}, {m.format.replace('_', ' ')}")),
        ("Topics", esc("; ".join(m.topics))),
    ]


def _query_row(row: dict[str, Any]) -> tuple[str, ...]:
    return row["date"] or "?", row["who"], row["format"], row["topics"], row["article"]


def _columns(conn: sqlite3.Connection, record: sqlite3.Row, full: dict[str, Any]) -> dict[str, Any]:
    return {"status": record["status"], "format": record["format"], "topics": "; ".join(json.loads(record["topics"])),
            "date_to": record["date_to"], "date_text": record["date_text"]}


def _save(writer: RowWriter, idx: int, meeting: Meeting) -> None:
    cur = writer.conn.execute(
        "INSERT INTO meetings (article_id, idx, format, status, topics, date_text, date, date_from, date_to, "
        "precision, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (writer.article_id, idx, meeting.format, meeting.status, json.dumps(meeting.topics, ensure_ascii=False),
         *writer.dates(meeting.when), meeting.model_dump_json()),
    )
    meeting_id = int(cur.lastrowid or 0)
    writer.members("meeting_participants", "meeting_id", meeting_id, meeting.participants)
    writer.evidence("meeting", meeting_id, meeting.evidence)


def _same_participants(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two reports of one meeting: at least two participants in common, or the very same ones."""
    return len(a & b) >= 2 or a == b


def _detail(r: sqlite3.Row) -> str:
    topics = "; ".join(json.loads(r["topics"]))
    return ", ".join(x for x in (r["status"], r["format"].replace("_", " "), topics) if x and x != "unknown")


_VIEWS = KindViews(
    categories=(Category("meet", "Meeting"),), markdown=_markdown, headline=_headline, card=_card,
    table=Table((("Who", None), ("When", None), ("Format", None), ("Topics", None)), _row),
    query_table=Table((("When", None), ("Who", None), ("Format", None), ("Topics", None), ("Article", None)), _query_row),
    stored=KindTable("meetings", "meeting", ("date_from", "date_to"), _columns, "participant", _save,
                     members=("meeting_participants", "meeting_id"), link=Link(_same_participants, "format"),
                     timeline=_detail, graph=True),
)

MEETING_KIND = RecordKind(
    name="meetings", singular="meeting", letter="M", colour="#16a34a", order=2, find=_find,
    prompts=("meetings",), record_type=Meeting, merge=_merge, entities=("participants",),
    dates=("when",), event_type="Contact:Meet", views=_VIEWS,
)
