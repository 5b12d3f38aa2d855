"""Read an article from a file, an http(s) URL or stdin into a :class:`Document`.

Everything that can go wrong with the input raises an :class:`~summarizer.errors.InputError`
subclass whose one-line message says what is wrong and names the source:

* a missing file or a directory -> :class:`InputError`;
* more than ``max_bytes`` bytes -> :class:`InputTooLargeError`;
* binary data (NUL bytes or many control characters) -> :class:`BinaryInputError`;
* an undeterminable character encoding -> :class:`EncodingError`;
* nothing but whitespace (after HTML reduction) -> :class:`EmptyInputError`;
* a URL that cannot be fetched -> :class:`FetchError` (``status_code`` set on HTTP errors),
  including one refused by the fetching rules below.

Fetching a URL:

* The whole fetch -- every redirect, the headers and the body -- must finish within ``timeout``
  seconds (default 30): each socket read waits at most for what is left of that time, so a
  server that trickles bytes cannot keep the run alive. Only name resolution (getaddrinfo)
  is not bounded by it.
* The body is read in chunks and refused once it passes ``max_bytes`` (or at once when
  Content-Length says it will); a body that ends before its Content-Length is an error.
* Only ``http`` and ``https`` are fetched, for the URL given and for every redirect target
  (never ``ftp:``, ``file:``, ``data:``...); at most 10 redirects are followed.
* The URL given is fetched wherever it points, loopback and private addresses included: the
  user asked for it. A redirect is the server's choice, not the user's, so its target's host
  is resolved before anything is sent there and *every* address it has must be public (not
  private, loopback, link-local, unspecified, shared, reserved, multicast or documentation,
  also when embedded in IPv6 as mapped, 6to4 or NAT64) -- unless the address is one the origin
  (the host of the URL given) was reached at; any loopback address counts as the origin's when
  the origin is on loopback. That trust ends once a redirect leaves the origin's addresses:
  ``public -> private`` and ``loopback -> public -> loopback`` are refused, ``loopback ->
  loopback`` and ``10.0.0.5 -> 10.0.0.5`` are followed. The address a redirect target is then
  connected to is checked again (unless through a proxy), so a second DNS answer cannot slip
  past the first check.

Decoding order: UTF-8 (a BOM is stripped), UTF-32/UTF-16 with a BOM, a charset declared by
the server or an HTML ``<meta>`` tag, then :mod:`charset_normalizer`, whose guess is used only
when it is unambiguous (with a preference for Windows-1252, the usual legacy encoding of
Western European text). Newlines are normalised to ``\\n``.

HTML is reduced to the article's text, one paragraph per line. :func:`find_dateline` finds a
stated publication date near the top of a text; :func:`read_document` does not call it.
"""

from __future__ import annotations

import codecs
import contextvars
import http.client
import io
import ipaddress
import math
import re
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

from summarizer.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FetchError,
    InputError,
    InputTooLargeError,
)
from summarizer.text.dates import MONTHS

__all__ = [
    "DEFAULT_FETCH_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "USER_AGENT",
    "Document",
    "document_from_text",
    "find_dateline",
    "html_to_text",
    "read_document",
]

DEFAULT_MAX_BYTES = 5_000_000
"""Default limit on the size of an input, in bytes."""

USER_AGENT = "summarizer"
"""The User-Agent header sent when fetching a URL."""

DEFAULT_FETCH_TIMEOUT = 30.0
"""Default limit on a whole URL fetch (redirects, headers and body), in seconds."""

_READ_CHUNK = 1 << 16
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_WEB_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm"})
_BINARY_CONTROL_SHARE = 0.05


class _Readable(Protocol):
    def read(self, size: int, /) -> bytes: ...


@dataclass(frozen=True)
class Document:
    """One article's text and where it came from.

    ``text`` is the decoded article text with ``\\n`` newlines (for HTML, one paragraph per
    line). ``doc_id`` is a short identifier (file stem, URL slug, ``"stdin"``). ``source``
    is the path or URL given (``"-"`` for stdin; a URL without any user:password part).
    ``published`` is the reference date for relative dates ("last Tuesday"), if known.
    ``title`` is the HTML page title, if any.
    """

    text: str
    doc_id: str
    source: str
    published: date | None = None
    title: str | None = None

    @property
    def key(self) -> str:
        """What identifies this input: 16 hex digits of the SHA-256 of ``source`` and ``text``.

        Two inputs with the same ``doc_id`` (``a/story.txt`` and ``b/story.txt``, or two URLs
        with the same slug) have different keys; the same file read again has the same key.
        """
        import hashlib

        digest = hashlib.sha256(self.source.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        digest.update(self.text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- public API


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
    redirects and a slow body included. ``published`` is stored as is.

    Raises an :class:`~summarizer.errors.InputError` subclass when the input cannot be used
    (see the module docstring); ValueError for a ``max_bytes`` or ``timeout`` that is not positive.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    if timeout is None:
        timeout = DEFAULT_FETCH_TIMEOUT
    if not 0 < timeout < math.inf:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout}")
    content_type: str | None = None
    declared_charset: str | None = None
    if source == "-":
        name, doc_source, doc_id = "stdin", "-", "stdin"
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_limited(stream, max_bytes, name=name, source=doc_source)
        html_hint: bool | None = None
    elif _is_url(source):
        doc_source = _strip_userinfo(source)
        name = _display_url(source)
        doc_id = _url_slug(source)
        data, content_type, declared_charset = _fetch(
            source, max_bytes=max_bytes, timeout=timeout, name=name, doc_source=doc_source
        )
        html_hint = _content_type_is_html(content_type)
    else:
        name = doc_source = source
        path = Path(source)
        doc_id = path.stem or path.name or "document"
        data = _read_file(path, max_bytes, name=name)
        html_hint = True if path.suffix.lower() in _HTML_SUFFIXES else None

    is_html = html_hint if html_hint is not None else _sniff_html(data)
    if is_html and declared_charset is None:
        declared_charset = _meta_charset(data)
    text = _decode(data, name=name, source=doc_source, declared_charset=declared_charset)
    text = _normalise_newlines(text)
    if html_hint is None and not is_html:
        is_html = _looks_like_html(text)

    title: str | None = None
    if is_html:
        text, title = html_to_text(text)
        if not text:
            raise EmptyInputError(f"no article text found in HTML from {name}", source=doc_source)
    elif not text.strip():
        raise EmptyInputError(_empty_message(text, name), source=doc_source)
    return Document(text=text, doc_id=doc_id, source=doc_source, published=published, title=title)


def document_from_text(text: str, *, doc_id: str = "text", published: date | None = None) -> Document:
    """Wrap an already-decoded ``text`` in a Document (``source`` is ``"<text>"``).

    A leading BOM is dropped and newlines are normalised; raises
    :class:`~summarizer.errors.EmptyInputError` if the text is empty or whitespace only.
    """
    text = text.removeprefix("\ufeff")
    text = _normalise_newlines(text)
    if not text.strip():
        raise EmptyInputError(_empty_message(text, f"text {doc_id!r}"), source="<text>")
    return Document(text=text, doc_id=doc_id, source="<text>", published=published)


# --------------------------------------------------------------------------- dateline

_MONTHS = MONTHS  # one month table, shared with date resolution
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # March 5, 2021 / Mar. 5th 2021
    re.compile(
        rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    # 5 March 2021 / 5th of March, 2021
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<mon>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    # 2021-03-05 / 2021/03/05 / 2021.03.05 (also the date part of an ISO timestamp)
    re.compile(r"(?<!\d)(?P<year>\d{4})(?P<sep>[-/.])(?P<mon>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"),
)
_DATELINE_WINDOW = 300


def find_dateline(text: str) -> date | None:
    """Return the publication date stated near the top of ``text``, or None.

    Looks for the earliest date with an explicit four-digit year that starts within the
    first ~300 characters: ``"March 5, 2021"``, ``"Mar. 5th 2021"``, ``"5 March 2021"``,
    ``"2021-03-05"``. A date without a year (``"March 5"``) or an ambiguous numeric one
    (``"05/03/2021"``) is never used, and no year is ever guessed.
    """
    head = text[: _DATELINE_WINDOW + 40]
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            if match.start() >= _DATELINE_WINDOW:
                break
            mon = match.group("mon")
            month = int(mon) if mon.isdigit() else _MONTHS[mon.lower()]
            try:
                found.append((match.start(), date(int(match.group("year")), month, int(match.group("day")))))
            except ValueError:
                continue
            break
    if not found:
        return None
    return min(found, key=lambda item: item[0])[1]


# --------------------------------------------------------------------------- reading


def _read_file(path: Path, max_bytes: int, *, name: str) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"file not found: {name}", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file {name}: {_one_line(exc.strerror or str(exc))}", source=name) from exc
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
            return _read_limited(fh, max_bytes, name=name, source=name)
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {name}", source=name) from None
    except OSError as exc:
        raise InputError(f"cannot read file {name}: {_one_line(exc.strerror or str(exc))}", source=name) from exc


def _read_limited(stream: _Readable, max_bytes: int, *, name: str, source: str) -> bytes:
    """Read to EOF but never more than ``max_bytes + 1`` bytes; raise if over the limit."""
    buf = bytearray()
    while len(buf) <= max_bytes:
        chunk = stream.read(min(_READ_CHUNK, max_bytes + 1 - len(buf)))
        if not chunk:
            break
        buf += chunk
    if len(buf) > max_bytes:
        raise InputTooLargeError(
            f"input too large: {name} is more than the limit of {max_bytes} bytes",
            source=source,
            size=len(buf),
            limit=max_bytes,
        )
    return bytes(buf)


def _is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def _strip_userinfo(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _display_url(url: str) -> str:
    """The URL for messages: no user:password, no query string or fragment (may hold tokens)."""
    parts = urllib.parse.urlsplit(_strip_userinfo(url))
    return _one_line(urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")))


def _url_slug(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if segments:
        last = urllib.parse.unquote(segments[-1])
        stem, dot, ext = last.rpartition(".")
        if dot and stem and f".{ext.lower()}" in _WEB_SUFFIXES:
            last = stem
        slug = _sanitize_slug(last)
        if slug:
            return slug
    host = _sanitize_slug(parts.hostname or "")
    return host or "url"


def _sanitize_slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", value).strip("-.")[:100]


_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_MAX_REDIRECTS = 10
_MAX_SOCKET_TIMEOUT = 86_400.0  # socket.settimeout() cannot take an arbitrarily large float
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class _FetchTimeout(TimeoutError):
    """The overall deadline of a fetch has passed."""


class _Fetch:
    """One URL fetch in progress: its deadline, and what the address checks of its redirects need."""

    def __init__(self, timeout: float, *, name: str, doc_source: str, origin_host: str) -> None:
        self.timeout = timeout
        self.name = name
        self.doc_source = doc_source
        self.origin_host = origin_host
        self.origin_peers: list[str] = []  # the addresses the origin was actually reached at
        # For a redirect hop: (target host, target for messages, addresses trusted for it).
        self.redirect: tuple[str, str, list[str]] | None = None
        self._end = time.monotonic() + timeout

    def remaining(self) -> float:
        """Seconds left to the deadline; raises :class:`_FetchTimeout` when none are."""
        left = self._end - time.monotonic()
        if left <= 0:
            raise _FetchTimeout(f"the fetch took more than {self.timeout:g}s")
        return min(left, _MAX_SOCKET_TIMEOUT)

    def refusal(self, target: str, reason: str) -> FetchError:
        message = f"refused redirect to {target} fetching {self.name}: {reason}"
        return FetchError(message, source=self.doc_source)

    def connected(self, host: str, peer: str) -> None:
        """A socket to ``host`` is connected to ``peer``: note the origin's address, check a redirect's."""
        host = host.lower()
        if self.redirect is None:
            if host == self.origin_host:
                self.origin_peers.append(peer)
            return
        target_host, target, trusted = self.redirect
        # Only a direct connection: a proxy's address says nothing about the target's.
        if host == target_host and _redirect_refusal([peer], trusted) is not None:
            raise self.refusal(target, f"{host} is at {peer}, not a public address")


# The fetch in progress in this thread (or task), for the connection and response classes below.
_CURRENT_FETCH: contextvars.ContextVar[_Fetch | None] = contextvars.ContextVar("_CURRENT_FETCH", default=None)


class _DeadlineReader(io.RawIOBase):
    """A socket's input stream whose every read waits at most for what is left of the fetch's time."""

    def __init__(self, sock: socket.socket, fetch: _Fetch) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # keeps the socket open until this is closed
        self._fetch = fetch

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer, /) -> int | None:
        self._sock.settimeout(self._fetch.remaining())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """An HTTP response whose status line, headers and body are all read within the fetch's deadline."""

    def __init__(self, sock: socket.socket, debuglevel: int = 0, method: str | None = None,
                 url: str | None = None) -> None:
        super().__init__(sock, debuglevel, method, url)
        fetch = _CURRENT_FETCH.get()
        if fetch is not None:
            self.fp.close()
            self.fp = io.BufferedReader(_DeadlineReader(sock, fetch))


def _create_connection(address: tuple[str, int], timeout: Any = None,
                       source_address: tuple[str, int] | None = None) -> socket.socket:
    """socket.create_connection, then the fetch's look at the address actually connected to."""
    sock = socket.create_connection(address, timeout, source_address)
    fetch = _CURRENT_FETCH.get()
    if fetch is not None:
        try:
            fetch.connected(address[0], str(sock.getpeername()[0]))
        except BaseException:
            sock.close()
            raise
    return sock


class _HTTPConnection(http.client.HTTPConnection):
    response_class = _DeadlineResponse

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _create_connection


class _HTTPSConnection(http.client.HTTPSConnection):
    response_class = _DeadlineResponse

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _create_connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPSConnection, req)  # the default TLS context: certificates verified


def _opener() -> urllib.request.OpenerDirector:
    """Proxies from the environment, http and https, and nothing else: no redirects (see _fetch)."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(),
        _HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _fetch(
    url: str, *, max_bytes: int, timeout: float, name: str, doc_source: str
) -> tuple[bytes, str | None, str | None]:
    """GET ``url`` under the rules in the module docstring; return (body, content type, declared charset)."""
    url = _strip_userinfo(url)
    origin_host = urllib.parse.urlsplit(url).hostname or ""
    fetch = _Fetch(timeout, name=name, doc_source=doc_source, origin_host=origin_host)
    token = _CURRENT_FETCH.set(fetch)
    try:
        return _fetch_hops(url, fetch, max_bytes=max_bytes)
    except urllib.error.HTTPError as exc:
        exc.close()
        reason = _one_line(str(exc.reason or ""))[:80]
        raise FetchError(
            f"HTTP {exc.code}{' ' + reason if reason else ''} fetching {name}",
            source=doc_source,
            status_code=exc.code,
        ) from exc
    except urllib.error.URLError as exc:
        cause = exc.reason
        if isinstance(cause, (socket.timeout, TimeoutError)):
            raise FetchError(f"timed out after {timeout:g}s fetching {name}", source=doc_source) from exc
        detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause)
        raise FetchError(f"could not fetch {name}: {_one_line(detail)[:120]}", source=doc_source) from exc
    except TimeoutError as exc:
        raise FetchError(f"timed out after {timeout:g}s fetching {name}", source=doc_source) from exc
    except (http.client.HTTPException, OSError, ValueError) as exc:
        detail = _one_line(str(exc))[:120] or type(exc).__name__
        raise FetchError(f"could not fetch {name}: {detail}", source=doc_source) from exc
    finally:
        _CURRENT_FETCH.reset(token)


def _fetch_hops(url: str, fetch: _Fetch, *, max_bytes: int) -> tuple[bytes, str | None, str | None]:
    """Fetch ``url``, following at most _MAX_REDIRECTS checked redirects, within the deadline."""
    opener = _opener()
    trusted: list[str] | None = None  # the origin's addresses, once a redirect needs them
    for _ in range(_MAX_REDIRECTS + 1):
        request = urllib.request.Request(
            url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9, */*;q=0.5"}
        )
        try:
            response = opener.open(request, timeout=fetch.remaining())
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.code in _REDIRECT_CODES else None
            if not location:
                raise
            exc.close()
            if trusted is None:
                # The addresses the origin was reached at (through a proxy: those it resolves to here).
                trusted = fetch.origin_peers or _resolve(fetch.origin_host)
            url, trusted = _follow(fetch, url, location.strip(), trusted)
            continue
        with response:
            return _read_response(response, fetch, max_bytes=max_bytes)
    message = f"too many redirects (more than {_MAX_REDIRECTS}) fetching {fetch.name}"
    raise FetchError(message, source=fetch.doc_source)


def _follow(fetch: _Fetch, base: str, location: str, trusted: list[str]) -> tuple[str, list[str]]:
    """Check a redirect from ``base`` to ``location`` before anything is sent there.

    Returns the URL to fetch next and the addresses still trusted after it.
    """
    target_url = urllib.parse.urljoin(base, location)
    parts = urllib.parse.urlsplit(target_url)
    target = _display_url(target_url)[:200]
    if parts.scheme.lower() not in ("http", "https"):
        raise fetch.refusal(target, "only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise fetch.refusal(target, "no host")
    addresses = _resolve(host, parts.port)
    if not addresses:
        raise FetchError(f"could not fetch {fetch.name}: cannot resolve {host}, the host of a redirect",
                         source=fetch.doc_source)
    bad = _redirect_refusal(addresses, trusted)
    if bad is not None:
        where = bad if bad == host else f"{host} is at {bad},"
        raise fetch.refusal(target, f"{where} not a public address")
    fetch.redirect = (host, target, trusted)
    return _strip_userinfo(target_url), _next_trusted(addresses, trusted)


def _read_response(
    response: http.client.HTTPResponse, fetch: _Fetch, *, max_bytes: int
) -> tuple[bytes, str | None, str | None]:
    """Read the body in chunks: at most ``max_bytes + 1`` bytes, and within the deadline."""
    headers = response.headers
    length = headers.get("Content-Length")
    if length is not None and length.strip().isdigit() and int(length) > max_bytes:
        raise InputTooLargeError(
            f"input too large: {fetch.name} is {int(length)} bytes, the limit is {max_bytes} bytes",
            source=fetch.doc_source,
            size=int(length),
            limit=max_bytes,
        )
    buf = bytearray()
    while len(buf) <= max_bytes:
        fetch.remaining()  # checked between chunks as well as before every socket read
        chunk = response.read1(min(_READ_CHUNK, max_bytes + 1 - len(buf)))
        if not chunk:
            break
        buf += chunk
    if len(buf) > max_bytes:
        raise InputTooLargeError(
            f"input too large: {fetch.name} is more than the limit of {max_bytes} bytes",
            source=fetch.doc_source,
            size=len(buf),
            limit=max_bytes,
        )
    if response.length:  # read1 does not complain when the server hangs up early
        expected = len(buf) + response.length
        raise FetchError(
            f"could not fetch {fetch.name}: the connection closed after {len(buf)} of {expected} bytes",
            source=fetch.doc_source,
        )
    content_type = headers.get_content_type() if headers.get("Content-Type") else None
    return bytes(buf), content_type, headers.get_content_charset()


# --------------------------------------------------------------------------- address policy


def _resolve(host: str, port: int | None = None) -> list[str]:
    """The addresses ``host`` resolves to, without duplicates; empty if it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """``text`` as an IP address (an IPv4-mapped IPv6 one as IPv4); None if it is not one."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _is_public_address(text: str) -> bool:
    """Whether ``text`` is a globally reachable unicast address (with any IPv4 address it embeds)."""
    address = _address(text)
    if address is None:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and not _is_public_address(str(embedded)):
            return False
    return address.is_global and not (
        address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
        or address.is_reserved or address.is_unspecified
    )


def _is_trusted(text: str, trusted: Iterable[str]) -> bool:
    """Whether ``text`` is one of ``trusted``, any loopback address counting when one of them is loopback."""
    address = _address(text)
    if address is None:
        return False
    known = [a for a in map(_address, trusted) if a is not None]
    return address in known or (address.is_loopback and any(a.is_loopback for a in known))


def _redirect_refusal(addresses: Iterable[str], trusted: Iterable[str]) -> str | None:
    """The first of ``addresses`` a redirect may not lead to; None if it may lead to all of them.

    A public address is always allowed. Any other only if :func:`_is_trusted`: one of
    ``trusted``, the addresses the origin was reached at (empty once the redirect chain has
    left them, see :func:`_next_trusted`). The caller refuses a host with no address at all.
    """
    trusted = list(trusted)
    for text in addresses:
        if not (_is_public_address(text) or _is_trusted(text, trusted)):
            return text
    return None


def _next_trusted(addresses: Iterable[str], trusted: Iterable[str]) -> list[str]:
    """What is trusted after a redirect to ``addresses``: ``trusted`` if they all are, else nothing."""
    trusted = list(trusted)
    return trusted if all(_is_trusted(text, trusted) for text in addresses) else []


# --------------------------------------------------------------------------- decoding

_UTF32_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"))
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A Latin-1 symbol between two letters ("Kra¿ów") betrays Central European text read as cp1252.
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][\u00a0-\u00bf][^\W\d_]")
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii"})
_SAMPLE_CHARS = 100_000


def _decode(data: bytes, *, name: str, source: str, declared_charset: str | None) -> str:
    if data.startswith(codecs.BOM_UTF8):
        try:
            text = data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError:
            raise EncodingError(f"invalid UTF-8 after a UTF-8 byte order mark in {name}", source=source) from None
        return _check_text(text, name=name, source=source)
    for boms in (_UTF32_BOMS, _UTF16_BOMS):  # UTF-32-LE's BOM starts with UTF-16-LE's
        for bom, codec in boms:
            if data.startswith(bom):
                try:
                    text = data.decode(codec)  # the codec consumes the BOM
                except UnicodeDecodeError:
                    raise EncodingError(f"invalid {codec.upper()} text in {name}", source=source) from None
                return _check_text(text, name=name, source=source)

    if b"\x00" in data or _control_share_bytes(data) > _BINARY_CONTROL_SHARE:
        raise BinaryInputError(f"binary data, not text: {name}", source=source)
    try:
        return _check_text(data.decode("utf-8"), name=name, source=source)
    except UnicodeDecodeError:
        pass
    declared = _decode_declared(data, declared_charset) if declared_charset else None
    if declared is not None:
        return _check_text(declared, name=name, source=source)
    detected = _detect(data)
    if detected is None:
        raise EncodingError(f"cannot determine the character encoding of {name} (not UTF-8)", source=source)
    return _check_text(detected, name=name, source=source)


def _control_share_bytes(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _check_text(text: str, *, name: str, source: str) -> str:
    if text and len(_CONTROL_CHARS.findall(text)) / len(text) > _BINARY_CONTROL_SHARE:
        raise BinaryInputError(f"binary data, not text: {name}", source=source)
    return text


def _decode_declared(data: bytes, charset: str) -> str | None:
    try:
        codec = codecs.lookup(charset.strip().strip("'\"")).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):  # as browsers do: these labels mean cp1252
        codec = "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return None  # without a BOM; unreliable
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec == "cp1252":
            return data.decode("latin-1")
        return None


def _detect(data: bytes) -> str | None:
    """Guess a legacy encoding with charset_normalizer; None unless the guess is unambiguous."""
    from charset_normalizer import from_bytes
    from charset_normalizer.cd import coherence_ratio
    from charset_normalizer.md import mess_ratio

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > 0.1:
        return None
    best_text = str(best)
    # Prefer Windows-1252 (the usual legacy encoding of Western text) when it reads as well.
    if best.encoding not in _WESTERN:
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and not _SYMBOL_IN_WORD.search(western):
            sample = western[:_SAMPLE_CHARS]
            langs = coherence_ratio(sample)
            coherence = langs[0][1] if langs else 0.0
            if mess_ratio(sample, 1.0) <= best.chaos + 0.02 and coherence >= best.coherence - 0.1:
                return western
    if best.coherence > 0.0:
        return best_text
    # No language recognised: accept only if every plausible reading agrees.
    if all(str(m) == best_text for m in matches if m.chaos <= 0.1):
        return best_text
    return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _empty_message(text: str, name: str) -> str:
    return f"{name} is empty" if not text else f"{name} holds only whitespace"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- HTML

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
    "head", "title", "svg", "iframe", "canvas", "button", "select", "dialog",
)  # fmt: skip
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})  # fmt: skip


def _content_type_is_html(content_type: str | None) -> bool | None:
    if content_type is None:
        return None
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    if content_type.startswith("text/"):
        return False
    return None  # unknown or generic (application/octet-stream): sniff


def _sniff_html(data: bytes) -> bool:
    head = data[:1024].removeprefix(codecs.BOM_UTF8)
    return _looks_like_html(head.decode("ascii", errors="ignore"))


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:1024]) is not None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_text(html: str) -> tuple[str, str | None]:
    """Reduce an HTML page to (article text, title).

    Drops scripts, styles, navigation, page headers and footers, asides and forms; uses the
    longest ``<article>`` (else ``<main>``, else ``<body>``); one paragraph per line with
    whitespace collapsed and entities unescaped. The title is ``<title>`` or the first ``<h1>``.
    """
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    title: str | None = None
    title_tag = soup.find("title")
    if isinstance(title_tag, Tag):
        title = _one_line(title_tag.get_text()) or None
    if title is None:
        h1 = soup.find("h1")
        if isinstance(h1, Tag):
            title = _one_line(h1.get_text()) or None

    for tag in soup.find_all(_DROP_TAGS):
        if isinstance(tag, Tag) and not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all("header"):
        # A page header goes; an article's own header (headline, byline, date) stays.
        if isinstance(tag, Tag) and not tag.decomposed and tag.find_parent("article") is None:
            tag.decompose()

    container: Tag = soup
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        container = max(articles, key=lambda a: len(a.get_text()))
    else:
        for candidate in (soup.find("main"), soup.body):
            if isinstance(candidate, Tag):
                container = candidate
                break

    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(container, False)]
    while stack:  # iterative walk: deep (malformed) trees cannot overflow the stack
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCK_TAGS:
                parts.append("\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString:  # not comments, CDATA, doctypes...
            parts.append(str(node).replace("\n", " "))  # only block tags and <br> break lines
    lines = (_one_line(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line), title
