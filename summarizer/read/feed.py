"""RSS and Atom feeds: the links of their entries, read with feedparser.

A feed is fetched (or read from a file) exactly as an article is, under the same size limit,
deadline and address policy (:func:`summarizer.read.document.load_raw`); feedparser reads it. Each
entry with an http(s) link becomes a :class:`FeedEntry`: its link (relative links resolved against
the feed's address, the fragment dropped: the entry's identity), its own date and its title.
"""

from __future__ import annotations

import re
import time
import urllib.parse
from dataclasses import dataclass
from datetime import date

from summarizer.errors import InputError
from summarizer.read.document import DEFAULT_FETCH_TIMEOUT, DEFAULT_MAX_BYTES, load_raw
from summarizer.read.fetch import is_url

__all__ = ["FEED_PREFIX", "FEED_SUFFIXES", "FeedEntry", "is_feed_url", "parse_feed", "read_feed"]

FEED_PREFIX = "feed:"
"""``feed:URL`` or ``feed:PATH`` says that an input is a feed whatever its address looks like."""

FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
"""File names (and URL paths) with these endings are read as feeds by ``summarizer batch``."""

# A URL whose path ends in a feed suffix or in a segment such as /feed, /rss, /atom.xml is a feed's.
_FEED_PATH = re.compile(r"(?:\.(?:xml|rss|atom|rdf)|/(?:feeds?|rss|atom|rss2)(?:\.xml)?)/?\Z", re.IGNORECASE)


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: the article's link, the entry's own date (if any) and its title."""

    link: str
    published: date | None = None
    title: str | None = None


def is_feed_url(url: str) -> bool:
    """Whether ``url`` is read as a feed: its path ends like a feed's (``.xml``, ``.rss``, ``/feed``, ``/rss``...)."""
    return is_url(url) and _FEED_PATH.search(urllib.parse.urlsplit(url).path) is not None


def _entry_date(entry: dict[str, object]) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def parse_feed(data: bytes, *, name: str, base: str | None = None) -> list[FeedEntry]:
    """The entries of the feed in ``data`` (``base``: the feed's address, for relative links), in feed order.

    Raises :class:`InputError` naming ``name`` when ``data`` is not an RSS or Atom feed.
    """
    import feedparser

    headers = {"content-location": base} if base else {}
    parsed = feedparser.parse(data, response_headers=headers)
    if not parsed.get("version"):
        raise InputError(f"{name} is not an RSS or Atom feed", source=name)
    entries: dict[str, FeedEntry] = {}
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if base and link:
            link = urllib.parse.urljoin(base, link)
        link = urllib.parse.urldefrag(link).url
        if is_url(link) and link not in entries:
            title = " ".join(str(entry.get("title") or "").split()) or None
            entries[link] = FeedEntry(link, _entry_date(entry), title)
    return list(entries.values())


def read_feed(source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None) -> list[FeedEntry]:
    """Fetch (or read) the feed at ``source`` (``feed:`` before it is dropped) and return its entries.

    Raises an :class:`InputError` when it cannot be read or is not a feed.
    """
    source = source.removeprefix(FEED_PREFIX)
    raw = load_raw(source, max_bytes=max_bytes, stdin=None, timeout=timeout or DEFAULT_FETCH_TIMEOUT)
    return parse_feed(raw.data, name=raw.name, base=raw.source if is_url(raw.source) else None)
