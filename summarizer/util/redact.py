"""Keep credentials out of messages, logs and cache files.

A server URL may carry a secret in its userinfo (``http://user:PASSWORD@host``) or in
its query string (``?api-key=...``, as Azure-style gateways use). :func:`redact_url`
shows such a URL without either; :func:`redact_text` does the same to every URL inside
a piece of text (an exception message, a log line) and masks given secrets verbatim.
:class:`RedactingFilter` applies :func:`redact_text` to log records of the HTTP libraries.
"""

from __future__ import annotations

import logging
import re
import urllib.parse
from collections.abc import Iterable

__all__ = ["RedactingFilter", "install_log_redaction", "redact_text", "redact_url", "url_secrets"]

MASK = "***"
# A URL with a scheme, up to whitespace or a quote/bracket that ends it in prose or a repr.
_URL = re.compile(r"""[A-Za-z][A-Za-z0-9+.-]*://[^\s'"<>()\[\]{}]+""")
# userinfo without a scheme in front ("admin:PW@host") is left to _URL; this catches "?key=value" tails.
_QUERY_ITEM = re.compile(r"(?i)\b((?:api[-_]?key|key|token|access_token|secret|password|sig|signature)=)[^&\s'\"]+")


def redact_url(url: str) -> str:
    """The URL without user:password, query string or fragment ('' stays '')."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return MASK
    netloc = parts.netloc.rpartition("@")[2]
    if not parts.scheme and not netloc:
        # Not a URL we can parse: drop anything after '?' or '#' and before the last '@'.
        head = re.split(r"[?#]", url, maxsplit=1)[0]
        return head.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def url_secrets(url: str | None) -> list[str]:
    """The secrets a URL carries: the password of its userinfo and the values of its query string."""
    if not url:
        return []
    try:
        parts = urllib.parse.urlsplit(url)
        found = [parts.password or ""]
        found += [v for _, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=False)]
    except ValueError:
        return []
    raw = [p.partition("=")[2] for p in parts.query.split("&")]  # as written, before percent-decoding
    return [s for s in dict.fromkeys(found + raw) if s]


def redact_text(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` with every URL redacted, ``key=...`` items masked and each secret replaced by ***."""
    for secret in secrets:
        if secret and len(secret) >= 3:
            text = text.replace(secret, MASK)
    text = _URL.sub(lambda m: redact_url(m.group(0)), text)
    return _QUERY_ITEM.sub(lambda m: m.group(1) + MASK, text)


class RedactingFilter(logging.Filter):
    """Rewrites a log record's message with :func:`redact_text` (it never drops a record)."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        self.secrets: set[str] = {s for s in secrets if s}

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format string is the logger's problem, not ours
            return True
        clean = redact_text(message, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            # The openai client logs tracebacks at DEBUG; an httpx error message holds the full URL.
            # Formatters append a set exc_text as it is, and format exc_info only when it is unset.
            record.exc_text = redact_text(_FORMATTER.formatException(record.exc_info), self.secrets)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact_text(record.exc_text, self.secrets)
        return True


_FORMATTER = logging.Formatter()


# Loggers that write request URLs (httpx: "HTTP Request: POST http://...") or request options. A filter
# on a logger sees only records logged through that very logger, so each one is named.
_HTTP_LOGGERS = (
    "httpx", "httpx2", "httpcore.connection", "httpcore.http11", "httpcore.proxy",
    "httpcore2.connection", "httpcore2.http11", "httpcore2.http2", "httpcore2.proxy",
    "openai", "openai._base_client",
)


def install_log_redaction(secrets: Iterable[str | None] = ()) -> None:
    """Attach one :class:`RedactingFilter` to each HTTP library logger (idempotent; secrets accumulate)."""
    wanted = {s for s in secrets if s}
    for name in _HTTP_LOGGERS:
        logger = logging.getLogger(name)
        existing = next((f for f in logger.filters if isinstance(f, RedactingFilter)), None)
        if existing is None:
            logger.addFilter(RedactingFilter(wanted))
        else:
            existing.secrets |= wanted
