"""Fetch a URL: one deadline for the whole fetch, checked redirects, a bounded body.

* The whole fetch -- every redirect, the headers and the body -- must finish within ``timeout``
  seconds (default 30): each socket read waits at most for what is left of that time, so a
  server that trickles bytes cannot keep the run alive. Only name resolution (getaddrinfo)
  is not bounded by it.
* The body is read in chunks and refused once it passes ``max_bytes`` (or at once when
  Content-Length says it will); a body that ends before its Content-Length is an error.
* Only ``http`` and ``https`` are fetched, for the URL given and for every redirect target
  (never ``ftp:``, ``file:``, ``data:``...); at most 10 redirects are followed.
* Every redirect target is checked against the address policy of :mod:`summarizer.read.address`
  before anything is sent there. The address a redirect target is then connected to is checked
  again (unless through a proxy), so a second DNS answer cannot slip past the first check.

Everything that goes wrong is a :class:`~summarizer.errors.FetchError` (``status_code`` set on
HTTP errors) or, for a body over the limit, :class:`~summarizer.errors.InputTooLargeError`.
Messages name the URL without its user:password part, query string or fragment.
"""

from __future__ import annotations

import contextvars
import http.client
import io
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

from summarizer.errors import FetchError, InputTooLargeError
from summarizer.read.address import next_trusted, redirect_refusal, resolve
from summarizer.read.decode import one_line
from summarizer.util.redact import redact_url

__all__ = [
    "DEFAULT_FETCH_TIMEOUT", "READ_CHUNK", "USER_AGENT", "display_url", "fetch_url", "is_url", "read_limited",
    "strip_userinfo",
    "url_slug",
]

USER_AGENT = "summarizer"
"""The User-Agent header sent when fetching a URL."""

DEFAULT_FETCH_TIMEOUT = 30.0
"""Default limit on a whole URL fetch (redirects, headers and body), in seconds."""

READ_CHUNK = 1 << 16
"""How many bytes one read of an input asks for."""

_WEB_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm"})


def is_url(source: str) -> bool:
    """Whether ``source`` is an http(s) URL (anything else is a file path or ``-``)."""
    return source[:8].lower().startswith(("http://", "https://"))


def strip_userinfo(url: str) -> str:
    """``url`` without any user:password part."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def display_url(url: str) -> str:
    """The URL for messages: no user:password, no query string or fragment (may hold tokens)."""
    return one_line(redact_url(url))


def url_slug(url: str) -> str:
    """A short id for ``url``: its last path segment without a web suffix, else its host, else 'url'."""
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
        """Seconds left to the deadline; raises :class:`TimeoutError` when none are."""
        left = self._end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"the fetch took more than {self.timeout:g}s")
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
        if host == target_host and redirect_refusal([peer], trusted) is not None:
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
    """Proxies from the environment, http and https, and nothing else: no redirects (see fetch_url)."""
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


def fetch_url(
    url: str, *, max_bytes: int, timeout: float, name: str, doc_source: str
) -> tuple[bytes, str | None, str | None]:
    """GET ``url`` under the rules in the module docstring; return (body, content type, declared charset)."""
    url = strip_userinfo(url)
    origin_host = urllib.parse.urlsplit(url).hostname or ""
    fetch = _Fetch(timeout, name=name, doc_source=doc_source, origin_host=origin_host)
    token = _CURRENT_FETCH.set(fetch)
    try:
        return _fetch_hops(url, fetch, max_bytes=max_bytes)
    except urllib.error.HTTPError as exc:
        exc.close()
        reason = one_line(str(exc.reason or ""))[:80]
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
        raise FetchError(f"could not fetch {name}: {one_line(detail)[:120]}", source=doc_source) from exc
    except TimeoutError as exc:
        raise FetchError(f"timed out after {timeout:g}s fetching {name}", source=doc_source) from exc
    except (http.client.HTTPException, OSError, ValueError) as exc:
        detail = one_line(str(exc))[:120] or type(exc).__name__
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
                trusted = fetch.origin_peers or resolve(fetch.origin_host)
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
    target = display_url(target_url)[:200]
    if parts.scheme.lower() not in ("http", "https"):
        raise fetch.refusal(target, "only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise fetch.refusal(target, "no host")
    addresses = resolve(host, parts.port)
    if not addresses:
        raise FetchError(f"could not fetch {fetch.name}: cannot resolve {host}, the host of a redirect",
                         source=fetch.doc_source)
    bad = redirect_refusal(addresses, trusted)
    if bad is not None:
        where = bad if bad == host else f"{host} is at {bad},"
        raise fetch.refusal(target, f"{where} not a public address")
    fetch.redirect = (host, target, trusted)
    return strip_userinfo(target_url), next_trusted(addresses, trusted)


def read_limited(read: Callable[[int], bytes], max_bytes: int, *, name: str, source: str) -> bytes:
    """Read chunks with ``read(size)`` to EOF, never more than ``max_bytes + 1`` bytes; raise if over the limit."""
    buf = bytearray()
    while len(buf) <= max_bytes:
        chunk = read(min(READ_CHUNK, max_bytes + 1 - len(buf)))
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

    def chunk(size: int) -> bytes:
        fetch.remaining()  # checked between chunks as well as before every socket read
        return response.read1(size)

    buf = read_limited(chunk, max_bytes, name=fetch.name, source=fetch.doc_source)
    if response.length:  # read1 does not complain when the server hangs up early
        expected = len(buf) + response.length
        raise FetchError(
            f"could not fetch {fetch.name}: the connection closed after {len(buf)} of {expected} bytes",
            source=fetch.doc_source,
        )
    content_type = headers.get_content_type() if headers.get("Content-Type") else None
    return bytes(buf), content_type, headers.get_content_charset()
