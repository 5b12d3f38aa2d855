"""Reading input: files, URLs, stdin; encodings; HTML.

:mod:`~summarizer.read.document` turns a source into a :class:`Document`;
:mod:`~summarizer.read.fetch` fetches URLs (the address policy of redirects is in
:mod:`~summarizer.read.address`); :mod:`~summarizer.read.decode` turns bytes into text;
:mod:`~summarizer.read.html` reduces HTML to the article's text.
"""

from summarizer.read.document import DEFAULT_MAX_BYTES, Document, document_from_text, read_document
from summarizer.read.fetch import DEFAULT_FETCH_TIMEOUT, USER_AGENT
from summarizer.read.html import html_to_text

__all__ = [
    "DEFAULT_FETCH_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "USER_AGENT",
    "Document",
    "document_from_text",
    "html_to_text",
    "read_document",
]
