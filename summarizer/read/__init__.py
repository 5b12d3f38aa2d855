"""Reading input: files, URLs, stdin; encodings; HTML.

:mod:`~summarizer.read.document` turns a source into a :class:`Document`;
:mod:`~summarizer.read.fetch` fetches URLs (the address policy of redirects is in
:mod:`~summarizer.read.address`); :mod:`~summarizer.read.decode` turns bytes into text;
:mod:`~summarizer.read.html` reads an HTML page's article and metadata with trafilatura;
:mod:`~summarizer.read.feed` reads the entries of an RSS or Atom feed.
"""

from summarizer.read.document import DEFAULT_MAX_BYTES, Document, document_from_text, read_document
from summarizer.read.feed import FeedEntry, read_feed
from summarizer.read.fetch import DEFAULT_FETCH_TIMEOUT, USER_AGENT
from summarizer.read.html import Page, read_page

__all__ = [
    "DEFAULT_FETCH_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "USER_AGENT",
    "Document",
    "FeedEntry",
    "Page",
    "document_from_text",
    "read_document",
    "read_feed",
    "read_page",
]
