"""Read an article from a file, an http(s) URL or stdin into a :class:`Document`.

Everything that can go wrong with the input raises an :class:`~summarizer.errors.InputError`
subclass whose one-line message says what is wrong and names the source:

* a missing file or a directory -> :class:`InputError`;
* more than ``max_bytes`` bytes -> :class:`InputTooLargeError`;
* binary data (NUL bytes or many control characters) -> :class:`BinaryInputError`;
* an undeterminable character encoding -> :class:`EncodingError`;
* nothing but whitespace -> :class:`EmptyInputError`;
* an HTML page that holds no article (a section front, a video page, a paywall or cookie notice)
  -> :class:`NotAnArticleError`, whose message names the page and says why;
* an RSS or Atom feed (an article is wanted; ``summarizer batch`` expands feeds) -> :class:`InputError`;
* a URL that cannot be fetched -> :class:`FetchError` (``status_code`` set on HTTP errors),
  including one refused by the fetching rules.

The stages live in their own modules: :mod:`summarizer.read.fetch` (URLs: one deadline, checked
redirects; the address policy in :mod:`summarizer.read.address`), :mod:`summarizer.read.decode`
(bytes to text, newlines normalised to ``\\n``) and :mod:`summarizer.read.html` (an HTML page read
by trafilatura: the article's text, one paragraph per line, its date, title and authors).

The reference date: ``published`` when given (``published_source`` ``"given"``), else the page's
own date when it is trusted (``"page"``; see :func:`date_problem`), else none.
"""

from __future__ import annotations

import hashlib
import math
import sys
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, Literal, NamedTuple

from summarizer.errors import EmptyInputError, FetchError, InputError, InputTooLargeError, NotAnArticleError
from summarizer.read.decode import decode, normalise_newlines, one_line
from summarizer.read.fetch import (
    DEFAULT_FETCH_TIMEOUT,
    display_url,
    fetch_url,
    is_url,
    read_limited,
    strip_userinfo,
    url_slug,
)
from summarizer.read.html import (
    Page,
    content_type_is_html,
    looks_like_feed,
    looks_like_html,
    meta_charset,
    read_page,
    sniff_html,
)

__all__ = [
    "DEFAULT_FETCH_TIMEOUT", "DEFAULT_MAX_BYTES", "EARLIEST_DATE", "Document", "PublishedSource", "RawInput",
    "date_problem", "document_from_text", "load_raw", "read_document",
]

DEFAULT_MAX_BYTES = 5_000_000
"""Default limit on the size of an input, in bytes."""

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


PublishedSource = Literal["given", "page", "feed"]
"""Where a Document's ``published`` came from: the caller, the page itself, or the feed entry that linked it."""

EARLIEST_DATE = date(1990, 1, 1)
"""A page or feed date before this is not trusted as the reference date (a default, an epoch, a typo)."""


@dataclass(frozen=True)
class Document:
    """One article's text and where it came from.

    ``text`` is the decoded article text with ``\\n`` newlines (for HTML, the main text as
    trafilatura reads it, one paragraph per line): the text every evidence offset points into.
    ``doc_id`` is a short identifier (file stem, URL slug, ``"stdin"``). ``source`` is the path or
    URL given (``"-"`` for stdin; a URL without any user:password part). ``published`` is the
    reference date for relative dates ("last Tuesday"), if known, and ``published_source`` where it
    came from. ``title``, ``authors``, ``site_name`` and ``url`` (canonical) are what an HTML page
    says about itself. ``notes`` are warnings about the reading (a page date not trusted).
    """

    text: str
    doc_id: str
    source: str
    published: date | None = None
    title: str | None = None
    published_source: PublishedSource | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    url: str | None = None
    notes: tuple[str, ...] = ()

    @cached_property
    def key(self) -> str:
        """What identifies this input: 16 hex digits of the SHA-256 of ``source`` and ``text``.

        Two inputs with the same ``doc_id`` (``a/story.txt`` and ``b/story.txt``, or two URLs
        with the same slug) have different keys; the same file read again has the same key.
        """
        digest = hashlib.sha256(self.source.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        digest.update(self.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:16]

    def described(self, reference: date | None) -> dict[str, Any]:
        """What a summary of this document says of it, ``reference`` being the date its relative dates were read against.

        ``published_source`` is this document's own (``"given"`` when the caller set ``published``
        without saying where it came from) when ``reference`` is ``published``, ``"dateline"`` for
        another date (the article's dateline), None without one.
        """
        source: str | None = None
        if reference is not None:
            same = self.published is not None and reference == self.published
            source = (self.published_source or "given") if same else "dateline"
        return {"published_source": source, "title": self.title, "authors": list(self.authors),
                "site_name": self.site_name, "url": self.url}


class RawInput(NamedTuple):
    """An input's bytes, before decoding, and what is known about them."""

    data: bytes
    name: str  # for messages: a URL without user:password, query string or fragment
    source: str  # Document.source
    doc_id: str
    html_hint: bool | None  # True/False when the suffix or content type says so; None: sniff
    declared_charset: str | None = None


def read_document(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: date | None = None,
    stdin: BinaryIO | None = None,
    timeout: float | None = None,
) -> Document:
    """Read ``source`` (a file path, an ``http(s)://`` URL, or ``"-"`` for stdin) into a Document.

    ``stdin`` is the binary stream read for ``"-"`` (default ``sys.stdin.buffer``).
    ``timeout`` (seconds; None: :data:`DEFAULT_FETCH_TIMEOUT`) bounds a whole URL fetch,
    redirects and a slow body included. ``published``, when given, is the reference date
    (``published_source`` ``"given"``) whatever the page says; without it, an HTML page's own date
    is, unless :func:`date_problem` finds it untrustworthy (then ``notes`` says why).

    Raises an :class:`~summarizer.errors.InputError` subclass when the input cannot be used
    (see the module docstring); ValueError for a ``max_bytes`` or ``timeout`` that is not positive.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    if timeout is None:
        timeout = DEFAULT_FETCH_TIMEOUT
    if not 0 < timeout < math.inf:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout}")
    raw = load_raw(source, max_bytes=max_bytes, stdin=stdin, timeout=timeout)
    name, doc_source = raw.name, raw.source
    is_html = raw.html_hint if raw.html_hint is not None else sniff_html(raw.data)
    declared_charset = raw.declared_charset
    if is_html and declared_charset is None:
        declared_charset = meta_charset(raw.data)
    text = decode(raw.data, name=name, source=doc_source, declared_charset=declared_charset)
    text = normalise_newlines(text)
    if raw.html_hint is None and not is_html:
        is_html = looks_like_html(text)

    if looks_like_feed(text):
        raise InputError(f"{name} is an RSS or Atom feed, not an article: give it to `summarizer batch` "
                         "(written feed:ADDRESS when its address does not end like a feed's)", source=doc_source)
    if is_html:
        page = read_page(text, url=doc_source if is_url(doc_source) else None)
        if page.problem is not None:
            raise NotAnArticleError(f"{name}: {page.problem}", source=doc_source, reason=page.problem)
        return _page_document(page, raw, published)
    if not text.strip():
        raise EmptyInputError(_empty_message(text, name), source=doc_source)
    return Document(text=text, doc_id=raw.doc_id, source=doc_source, published=published,
                    published_source="given" if published else None)


def date_problem(value: date, *, what: str, today: date | None = None) -> str | None:
    """Why ``value``, a date read from a page or a feed (``what`` names it), is not trusted; None if it is.

    A date after ``today`` (the day of the fetch; default: today) or before :data:`EARLIEST_DATE` is
    not used as the reference date: the warning says so.
    """
    today = today or date.today()
    if value > today:
        return f"{what} {value.isoformat()} is after today ({today.isoformat()}): not used as the reference date"
    if value < EARLIEST_DATE:
        return f"{what} {value.isoformat()} is before {EARLIEST_DATE.year}: not used as the reference date"
    return None


def _page_document(page: Page, raw: RawInput, published: date | None) -> Document:
    """The Document of an HTML page: the date given wins over the page's own, which is checked first."""
    notes: tuple[str, ...] = ()
    source: PublishedSource | None = "given" if published else None
    if published is None and page.date is not None:
        problem = date_problem(page.date, what="the page's date")
        if problem is None:
            published, source = page.date, "page"
        else:
            notes = (problem,)
    return Document(text=page.text, doc_id=raw.doc_id, source=raw.source, published=published, title=page.title,
                    published_source=source, authors=page.authors, site_name=page.site_name, url=page.url,
                    notes=notes)


def document_from_text(text: str, *, doc_id: str = "text", published: date | None = None) -> Document:
    """Wrap an already-decoded ``text`` in a Document (``source`` is ``"<text>"``).

    A leading BOM is dropped and newlines are normalised; raises
    :class:`~summarizer.errors.EmptyInputError` if the text is empty or whitespace only. A text that
    is a whole HTML page (a manifest row's ``text``, a string given to ``summarize``) is read as a
    page is: :class:`~summarizer.errors.NotAnArticleError` when it holds no article.
    """
    text = text.removeprefix("\ufeff")
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyInputError(_empty_message(text, f"text {doc_id!r}"), source="<text>")
    if looks_like_html(text):
        page = read_page(text)
        if page.problem is not None:
            raise NotAnArticleError(f"text {doc_id!r}: {page.problem}", source="<text>", reason=page.problem)
        return _page_document(page, RawInput(b"", f"text {doc_id!r}", "<text>", doc_id, True), published)
    return Document(text=text, doc_id=doc_id, source="<text>", published=published,
                    published_source="given" if published else None)


def _empty_message(text: str, name: str) -> str:
    return f"{name} is empty" if not text else f"{name} holds only whitespace"


# --------------------------------------------------------------------------- reading


def load_raw(source: str, *, max_bytes: int, stdin: BinaryIO | None, timeout: float) -> RawInput:
    """The bytes of stdin (``"-"``), a URL or a file, with their names and what they say about HTML."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return RawInput(read_limited(stream.read, max_bytes, name="stdin", source="-"), "stdin", "-", "stdin", None)
    if is_url(source):
        try:
            doc_source, name = strip_userinfo(source), display_url(source)
        except ValueError:  # urlsplit: "http://[::1" and the like
            raise FetchError(f"not a valid URL: {display_url(source)}", source=display_url(source)) from None
        data, content_type, charset = fetch_url(
            source, max_bytes=max_bytes, timeout=timeout, name=name, doc_source=doc_source
        )
        return RawInput(data, name, doc_source, url_slug(source), content_type_is_html(content_type), charset)
    path = Path(source)
    data = _read_file(path, max_bytes, name=source)
    html_hint = True if path.suffix.lower() in _HTML_SUFFIXES else None
    return RawInput(data, source, source, path.stem or path.name or "document", html_hint)


def _read_file(path: Path, max_bytes: int, *, name: str) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"file not found: {name}", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file {name}: {one_line(exc.strerror or str(exc))}", source=name) from exc
    if path.is_dir():
        raise InputError(f"is a directory, not a file: {name}", source=name)
    if st.st_size > max_bytes:
        raise InputTooLargeError(
            f"input too large: {name} is {st.st_size} bytes, the limit is {max_bytes} bytes",
            source=name,
            size=st.st_size,
            limit=max_bytes,
        )
    try:
        with path.open("rb") as fh:
            return read_limited(fh.read, max_bytes, name=name, source=name)
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {name}", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file {name}: {one_line(exc.strerror or str(exc))}", source=name) from exc

