"""The collection store's SQLite schema: one row per article, its records in their own tables.

Names here are stable: readers (exports, queries, views) are written against them. :data:`SCHEMA` is
the first release's schema (schema 1), created when a store is new; every later change is a numbered
migration in :mod:`summarizer.store.migrations` (schema 2 gives ``articles`` ``published_source``,
``authors``, ``site_name`` and ``url``; schema 3 the ``claims`` of articles in flight; schema 4 the
``records`` of kinds defined in kind files, with ``record_entities``, ``record_places`` and
``record_evidence``; schema 5 ``record_kinds``, the letter and colour of each kind file's kind), applied
when a store is opened. A later addition may also
create its own tables with ``CREATE TABLE IF NOT EXISTS`` next to these.

Conventions:
- ``articles.id`` is the article's identity: the id the input gave, else ``Document.key``
  (source and content hash). Every record row carries ``article_id`` and ``idx``, its position in
  the article's list, and ``record``, the record's full JSON (``Trip``/``Meeting``/``Quote``), so an
  ``ArticleSummary`` can be rebuilt exactly (``articles.doc_id`` is the summary's ``doc_id``).
- Dates: ``date`` is ``DateRef.value`` as the article gives it (``YYYY-MM-DD``, ``YYYY-MM`` or
  ``YYYY``); ``date_from``/``date_to`` are the first and last day it covers (ISO days), so a date range
  query is ``date_from <= :to AND date_to >= :from``. A quote's date is its article's ``published``.
- Entities are merged across articles conservatively: the same normalised full name, or a full name
  equal to another's alias of two words or more, and compatible kinds. ``entity_names`` holds every
  name key that leads to an entity; ``article_entities`` shows which articles were merged into one
  entity and under which name each gave it.
- Evidence spans: ``record_kind`` is ``trip``, ``meeting``, ``quote`` or ``fragment`` (a quoted
  fragment of a mixed quote), ``record_id`` the row id in that kind's table (``quotes`` for fragments).
- ``articles.published`` is the reference date used; ``published_source`` where it came from (``given``,
  ``page``, ``feed``, ``dateline``; NULL for rows written before schema 2).
- JSON columns hold ``json.dumps`` text: ``prompt_versions``, ``usage``, ``warnings``, ``authors``, ``aliases``,
  ``topics``, ``reported_by``, ``record``.
"""

from __future__ import annotations

from summarizer.store.migrations import SCHEMA_VERSION

__all__ = ["EVENTS_SCHEMA", "SCHEMA", "SCHEMA_VERSION"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    doc_id TEXT,
    source TEXT NOT NULL,
    published TEXT,
    title TEXT,
    content_hash TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error', 'skipped')),
    error TEXT,
    model TEXT,
    strategy TEXT,
    prompt_versions TEXT NOT NULL DEFAULT '{}',
    usage TEXT NOT NULL DEFAULT '{}',
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost REAL,
    seconds REAL NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    attempts INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_status ON articles (status);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);

CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'unknown',
    role TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    country_code TEXT
);
CREATE INDEX IF NOT EXISTS entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS entity_names (
    key TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_names_entity ON entity_names (entity_id);

CREATE TABLE IF NOT EXISTS article_entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities (entity_id);

CREATE TABLE IF NOT EXISTS trips (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'visit',
    status TEXT NOT NULL DEFAULT 'unknown',
    mode TEXT NOT NULL DEFAULT 'unknown',
    purpose TEXT,
    confirmed INTEGER,
    reported_by TEXT NOT NULL DEFAULT '[]',
    date_text TEXT,
    date TEXT,
    date_from TEXT,
    date_to TEXT,
    precision TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS trips_article ON trips (article_id);
CREATE INDEX IF NOT EXISTS trips_date ON trips (date_from, date_to);

CREATE TABLE IF NOT EXISTS trip_travellers (
    trip_id INTEGER NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    idx INTEGER NOT NULL,
    PRIMARY KEY (trip_id, entity_id)
);
CREATE INDEX IF NOT EXISTS trip_travellers_entity ON trip_travellers (entity_id, trip_id);

CREATE TABLE IF NOT EXISTS trip_places (
    trip_id INTEGER NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    country_code TEXT,
    PRIMARY KEY (trip_id, idx)
);
CREATE INDEX IF NOT EXISTS trip_places_name ON trip_places (name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS trip_places_country ON trip_places (country_code);

CREATE TABLE IF NOT EXISTS meetings (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    format TEXT NOT NULL DEFAULT 'unknown',
    status TEXT NOT NULL DEFAULT 'unknown',
    topics TEXT NOT NULL DEFAULT '[]',
    date_text TEXT,
    date TEXT,
    date_from TEXT,
    date_to TEXT,
    precision TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS meetings_article ON meetings (article_id);
CREATE INDEX IF NOT EXISTS meetings_date ON meetings (date_from, date_to);

CREATE TABLE IF NOT EXISTS meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    idx INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, entity_id)
);
CREATE INDEX IF NOT EXISTS meeting_participants_entity ON meeting_participants (entity_id, meeting_id);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES entities (id),
    speaker TEXT NOT NULL,
    speaker_resolved INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    text TEXT NOT NULL,
    cue TEXT,
    date TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_date ON quotes (speaker_id, date);

CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('trip', 'meeting', 'quote', 'fragment')),
    record_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_record ON evidence (record_kind, record_id);
CREATE INDEX IF NOT EXISTS evidence_article ON evidence (article_id);
"""

# The tables of trips and meetings linked across articles into events (:mod:`summarizer.store.linking`), created
# when a store is first linked. The names in their CHECK constraints are the linked kinds' event names as stores
# have been written with them (``KindTable.evidence`` of the kinds that declare ``KindTable.link``): this DDL is
# data a store is created by, not code that loops over kinds; a new linked kind would need a numbered migration.
EVENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('trip', 'meeting')),
    date TEXT,
    date_from TEXT,
    date_to TEXT,
    places TEXT NOT NULL DEFAULT '[]',
    sources INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    conflicts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS events_date ON events (date_from, date_to);
CREATE TABLE IF NOT EXISTS event_reports (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('trip', 'meeting')),
    record_id INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id)
);
CREATE INDEX IF NOT EXISTS event_reports_event ON event_reports (event_id);
CREATE TABLE IF NOT EXISTS event_entities (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX IF NOT EXISTS event_entities_entity ON event_entities (entity_id, event_id);
"""
