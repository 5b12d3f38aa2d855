"""What ``summarizer batch`` reads: files, folders, globs, ``-`` and JSONL/CSV manifests, as a stream of items.

* a file is one article; a file ending in ``.jsonl`` or ``.csv`` is a manifest of articles;
* a folder is every article file under it (``.txt .text .md .html .htm .xhtml``), recursively, in name order;
* a glob (``'news/**/*.txt'``) is every file it matches, in name order;
* ``-`` is a list of paths and URLs on stdin, one a line (blank lines and ``#`` comments skipped);
* a URL is one article;
* an RSS or Atom feed (a file ending in ``.xml .rss .atom .rdf``, a URL whose path ends so or in
  ``/feed``, ``/rss``, ``/atom``, or any URL or file written ``feed:ADDRESS``) is every entry it links
  to: each is fetched as a URL is, and is identified by its link, so a re-run adds only the entries not
  stored before. An entry's own date is the reference date of a page that gives none. A feed is read
  once per run; one that cannot be read is an item that fails with the reason.

A manifest row has ``id`` (optional), one of ``text``, ``path`` or ``url``, and optionally
``published`` (YYYY-MM-DD), ``title`` and ``source``. A row that cannot be used becomes an item whose
reading fails with the reason, so it is recorded as an error and the batch goes on.
Items are produced lazily; only paths are listed up front (for the progress bar's total).
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from summarizer.errors import ConfigError, InputError
from summarizer.read.document import (
    DEFAULT_MAX_BYTES,
    Document,
    date_problem,
    document_from_text,
    read_document,
)
from summarizer.read.feed import FEED_PREFIX, FEED_SUFFIXES, FeedEntry, is_feed_url, read_feed
from summarizer.read.fetch import is_url

__all__ = ["ARTICLE_SUFFIXES", "Feeds", "Item", "Reader", "count_items", "expand_inputs", "is_feed", "read_list"]

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
_MANIFESTS = (".jsonl", ".csv")
_FIELDS = ("id", "text", "path", "url", "published", "title", "source")


@dataclass(frozen=True)
class Item:
    """One article before it is read: where it is, and what its manifest row (or feed entry) said about it."""

    name: str
    given_id: str | None = None
    location: str | None = None
    text: str | None = None
    source: str | None = None
    published: str | None = None
    title: str | None = None
    problem: str | None = None
    link: str | None = None
    feed_published: date | None = None

    @property
    def identity(self) -> str | None:
        """The store id this input has before it is read: its given id, else a feed entry's link; None: its text's."""
        return self.given_id or self.link

    @property
    def unread_id(self) -> str:
        """The store id of this input while it cannot be read: :attr:`identity`, else a hash of its name."""
        return self.identity or "unread:" + hashlib.sha256(self.name.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Reader:
    """Reads one :class:`Item` into a Document (called in a worker thread by the batch engine)."""

    item: Item
    max_bytes: int = DEFAULT_MAX_BYTES
    published: date | None = None
    timeout: float | None = None
    attempt: int = 1

    def __call__(self) -> Document:
        item = self.item
        if item.problem:
            raise InputError(item.problem, source=item.name)
        published = self.published
        if item.published:
            try:
                published = date.fromisoformat(item.published)
            except ValueError:
                raise InputError(f"{item.name}: published must be a date YYYY-MM-DD, got {item.published!r}",
                                 source=item.name) from None
        if item.text is not None:
            if len(item.text.encode("utf-8", "surrogatepass")) > self.max_bytes:
                raise InputError(f"input too large: {item.name} is over {self.max_bytes} bytes", source=item.name)
            doc = document_from_text(item.text, doc_id=item.given_id or item.name, published=published)
            source = item.source or item.name.rsplit(":", 1)[0]  # the manifest: identity is source and text
        else:
            doc = read_document(item.location or item.name, max_bytes=self.max_bytes, published=published,
                                timeout=self.timeout)
            source = item.source or doc.source
            doc = _with_feed_date(doc, item.feed_published)
        return replace(doc, doc_id=item.given_id or doc.doc_id, source=source, title=item.title or doc.title)


def _with_feed_date(doc: Document, entry_date: date | None) -> Document:
    """``doc`` dated by its feed entry when it has no date of its own (and the entry's is trusted)."""
    if doc.published is not None or entry_date is None:
        return doc
    problem = date_problem(entry_date, what="the feed entry's date")
    if problem is not None:
        return replace(doc, notes=(*doc.notes, problem))
    return replace(doc, published=entry_date, published_source="feed")


class Feeds:
    """The feeds among a run's inputs, each read once (:func:`count_items` and :func:`expand_inputs` share them).

    A feed is fetched under the size limit, deadline and address policy of any URL input.
    """

    def __init__(self, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None) -> None:
        self.max_bytes, self.timeout = max_bytes, timeout
        self._read: dict[str, list[FeedEntry] | str] = {}

    def entries(self, location: str) -> list[FeedEntry] | str:
        """The entries of the feed at ``location``, or why it cannot be read."""
        if location not in self._read:
            try:
                self._read[location] = read_feed(location, max_bytes=self.max_bytes, timeout=self.timeout)
            except InputError as exc:
                self._read[location] = str(exc)
        return self._read[location]

    def items(self, location: str) -> Iterator[Item]:
        """One item per entry; one item that fails with the reason when the feed cannot be read."""
        entries = self.entries(location)
        if isinstance(entries, str):
            yield Item(name=location, problem=entries)
            return
        for entry in entries:
            yield Item(name=entry.link, location=entry.link, link=entry.link, feed_published=entry.published)


def is_feed(location: str) -> bool:
    """Whether ``location`` is read as a feed: ``feed:...``, a file ending in a feed suffix, a URL whose path looks like a feed's."""
    if location.startswith(FEED_PREFIX):
        return True
    if is_url(location):
        return is_feed_url(location)
    return Path(location).suffix.lower() in FEED_SUFFIXES and Path(location).is_file()


def _is_glob(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _folder(path: Path) -> list[str]:
    found = [p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(path).parts)]
    return sorted(str(p) for p in found)


def read_list(stream: TextIO | None = None) -> list[str]:
    """The paths and URLs listed on ``stream`` (default stdin), one a line; blank lines and ``#`` comments skipped."""
    lines = stream if stream is not None else sys.stdin
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _paths(arg: str, listed: list[str] | None) -> list[str]:
    """The files, URLs or manifests one argument stands for (ConfigError when it stands for nothing)."""
    if arg == "-":
        if listed is None:
            raise ConfigError("'-' reads a list of paths from stdin: give it once")
        return listed
    if is_url(arg) or arg.startswith(FEED_PREFIX):
        return [arg]
    path = Path(arg)
    if path.is_dir():
        return _folder(path)
    if path.exists() or not _is_glob(arg):
        return [arg]  # a missing file is the article's error, recorded like any other unreadable input
    matches = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
    if not matches:
        raise ConfigError(f"no file matches {arg!r}")
    return matches


def _row_item(manifest: str, number: int, row: dict[str, Any]) -> Item:
    """The item one manifest row describes; a row that cannot be used carries its problem."""
    name = f"{manifest}:{number}"
    clean = {k: (str(v).strip() if v is not None and not isinstance(v, str) else v) for k, v in row.items()
             if k in _FIELDS and v not in (None, "")}
    given = clean.get("id")
    if given is not None and not str(given).strip():
        given = None
    wheres = [k for k in ("text", "path", "url") if clean.get(k)]
    problem = None
    if len(wheres) != 1:
        problem = f"{name}: give exactly one of text, path or url (found {', '.join(wheres) or 'none'})"
    location = clean.get("path") or clean.get("url")
    if clean.get("path") and not Path(str(location)).is_absolute():
        location = str(Path(manifest).parent / str(location))
    return Item(name=name, given_id=str(given) if given else None, location=location, text=clean.get("text"),
                source=clean.get("source"), published=clean.get("published"), title=clean.get("title"),
                problem=problem)


def _manifest_rows(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line or row number, the row, or None and why it is not one) for each row of a JSONL or CSV manifest."""
    try:
        fh = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed below, read lazily
    except OSError as exc:
        raise ConfigError(f"cannot read manifest {path}: {exc.strerror or exc}") from None
    with fh:
        if path.lower().endswith(".csv"):
            csv.field_size_limit(DEFAULT_MAX_BYTES * 4)
            reader = csv.DictReader(fh)
            for number, row in enumerate(reader, start=2):
                yield number, row, None
            return
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"not a JSON line ({exc.msg})"
                continue
            yield (number, data, None) if isinstance(data, dict) else (number, None, "not a JSON object")


def _manifest(path: str) -> Iterator[Item]:
    try:
        for number, row, problem in _manifest_rows(path):
            if row is None:
                yield Item(name=f"{path}:{number}", problem=f"{path}:{number}: {problem}")
            else:
                yield _row_item(path, number, row)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"manifest {path} cannot be read: {exc}") from None


def _is_manifest(location: str) -> bool:
    return location.lower().endswith(_MANIFESTS) and not is_url(location) and Path(location).is_file()


def expand_inputs(args: list[str], *, listed: list[str] | None = None, feeds: Feeds | None = None) -> Iterator[Item]:
    """The items ``args`` stand for, in order (``listed``: what ``-`` stands for, see :func:`read_list`)."""
    feeds = feeds if feeds is not None else Feeds()
    for arg in args:
        for location in _paths(arg, listed):
            if _is_manifest(location):
                yield from _manifest(location)
            elif is_feed(location):
                yield from feeds.items(location)
            else:
                yield Item(name=location, location=location)


def count_items(args: list[str], *, listed: list[str] | None = None, feeds: Feeds | None = None) -> int:
    """How many items ``args`` stand for (manifest rows and feed entries counted), without reading any article."""
    feeds = feeds if feeds is not None else Feeds()
    total = 0
    for arg in args:
        for location in _paths(arg, listed):
            if _is_manifest(location):
                total += sum(1 for _ in _manifest_rows(location))
            elif is_feed(location):
                entries = feeds.entries(location)
                total += 1 if isinstance(entries, str) else len(entries)
            else:
                total += 1
    return total
