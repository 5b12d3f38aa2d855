"""How a kind shows itself, where it has views of its own: its colour categories, its markdown and table
sections, its card in the article view, its table in ``query``, its own table in the store. A kind that declares none of them (a kind
file's, or a new kind with no special views) is shown by the generic views, field by field
(:mod:`summarizer.render.records`, :mod:`summarizer.render.cards`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from summarizer.schemas import DateRef, Entity, Span

__all__ = ["GENERIC", "Category", "KindTable", "KindViews", "Link", "Listing", "RowWriter", "Table"]


@dataclass(frozen=True)
class Category:
    """A colour category of the views: ``key`` names its style (``bg-trip``), ``title`` its legend."""

    key: str
    title: str


@dataclass(frozen=True)
class Table:
    """A table of records: its columns (heading, width ratio or None) and a record's row."""

    columns: tuple[tuple[str, int | None], ...]
    row: Callable[[Any], tuple[str, ...]]


class RowWriter(Protocol):
    """What the store lends a kind that saves its records in a table of its own (:mod:`summarizer.store.save`),
    inside the article's transaction."""

    conn: sqlite3.Connection
    article_id: str
    published: str | None  # the article's reference date

    def dates(self, when: DateRef | None) -> tuple[str | None, str | None, str | None, str | None, str | None]:
        """A date's columns: its words, its value, its first and last day, its precision."""

    def first_day(self, value: str | None) -> str | None:
        """The first ISO day a date value covers."""

    def entity(self, entity: Entity, *, mergeable: bool = True) -> int:
        """The stored entity's id (merged with one of another article, or new)."""

    def members(self, table: str, column: str, record_id: int, entities: list[Entity]) -> None:
        """The record's people, in order, in ``table``."""

    def evidence(self, kind: str, record_id: int, spans: list[Span]) -> None:
        """The record's spans in the evidence table, as ``kind``."""


@dataclass(frozen=True)
class Listing:
    """A kind's records listed by their one person (``KindTable.person``) on the collection page, the people with
    the most first, each with their records' count split by style: the quotes by speaker."""

    role: str  # what the person is to a record, in the section's heading ('Quotes by speaker'): 'speaker'
    text: str  # the column of a record's words: 'text'
    style: str  # the column of a record's style ('direct', 'indirect'...): its label and the split of the counts
    css: Callable[[str], str]  # (a record's style) -> its item's classes: 'qt q-direct'
    words: Callable[[str, str], str]  # (a record's style, its words escaped) -> its link's text: '“words”'


@dataclass(frozen=True)
class Link:
    """How a kind's records are linked across articles into events (:mod:`summarizer.store.linking`): two reports
    of two articles are one event when their people are (``people``), their dates agree and, for a kind with places
    (``KindTable.places``, with a ``country_code`` column), a place is in common; a detail they disagree on is kept
    as a conflict. Its table has ``date``, ``date_text`` and its ``dates`` columns, and its people (``members``); its
    events are of its ``evidence`` name, which the store's events tables (:data:`summarizer.store.schema.EVENTS_SCHEMA`)
    must allow."""

    people: Callable[[frozenset[int], frozenset[int]], bool]  # the who rule, given two reports' people (entity ids)
    # with one in common at least: whether they can be one event's
    style: str  # the column of how it happened (a trip's 'mode': in person, by video...), a conflict where two differ


@dataclass(frozen=True)
class KindTable:
    """A kind's own table in the store, as ``query`` and ``export`` read it (a kind without one is stored in
    the generic ``records`` tables). Its columns hold the record's first and last day (``dates``) and its
    person (``person``: one column naming an entity) or people (``members``: a table of them, in order)."""

    table: str  # 'trips'
    evidence: str  # its rows' record_kind in the evidence table: 'trip'
    dates: tuple[str, str]  # the columns of its first and last day
    columns: Callable[[sqlite3.Connection, sqlite3.Row, dict[str, Any]], dict[str, Any]]  # (conn, its row, the
    # record as stored) -> the export columns it fills
    option: str  # the ``query`` option that asks for its records by person: 'traveller'
    save: Callable[[RowWriter, int, Any], None]  # (the store's writer, its position, a record): its rows
    person: str | None = None  # the column of its one person: 'speaker_id'
    members: tuple[str, str] | None = None  # its people's table and the column naming the record
    parts: tuple[tuple[str, str], ...] = ()  # other tables of its records' parts, with the column naming the record
    places: tuple[str, str] | None = None  # its places' table (name column: ``name``) and the column naming the record
    link: Link | None = None  # its records linked across articles into events (store.linking)
    listed: Listing | None = None  # its records listed by their person on the collection page
    timeline: Callable[[sqlite3.Row], str] | None = None  # on the collection's timeline: its row's detail there
    above: bool = False  # on the timeline: above its axis (else below)
    graph: bool = False  # an edge of the who-met-whom graph between every two of its people

    @property
    def owned(self) -> tuple[tuple[str, str], ...]:
        """Every table of its records' people and parts, with the column naming the record."""
        return ((self.members,) if self.members else ()) + self.parts


@dataclass(frozen=True)
class KindViews:
    """A kind's own views; each left out is the generic one."""

    categories: tuple[Category, ...] = ()  # its colour categories, in the order their bars stack
    category: Callable[[Any], str] | None = None  # a record's category (default: the first)
    markdown: Callable[[Any], list[str]] | None = None  # a record's item in the markdown report, evidence too
    table: Table | None = None  # its table in ``--format table``
    headline: Callable[[Any], str] | None = None  # a record in one line of plain text
    card: Callable[[Any], list[tuple[str, str]]] | None = None  # a record's card: (heading, escaped markup) rows
    spans: Callable[[Any, str | None], list[tuple[str, list[Span]]]] | None = None  # its marks besides the
    # evidence, by role, given the article's text or None (default: its dates' words, as ``date``)
    query_table: Table | None = None  # its table in ``query``, of the store's rows (dicts)
    stored: KindTable | None = None  # its own table in the store

    def category_of(self, record: Any) -> str:
        """The colour category of ``record``."""
        return self.category(record) if self.category is not None else self.categories[0].key


GENERIC = KindViews()
"""No view of its own: every view is the generic one."""
