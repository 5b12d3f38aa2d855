"""Exceptions raised by summarizer.

One root, :class:`SummarizerError`. Input problems (:class:`InputError` and its
subclasses) are the user's to fix and map to exit code 2 in the CLI; everything
else (model, backend, cache) maps to exit code 1. Each subclass carries the
context a caller needs; messages are one line and never contain a secret.
"""

from __future__ import annotations

__all__ = [
    "BackendError",
    "BackendProtocolError",
    "BackendTimeoutError",
    "BinaryInputError",
    "CacheError",
    "CacheMissError",
    "CacheWriteError",
    "ConfigError",
    "CorruptCacheFileError",
    "EmptyInputError",
    "EncodingError",
    "FetchError",
    "InputError",
    "InputTooLargeError",
    "ModelNotInstalledError",
    "NotAnArticleError",
    "PromptError",
    "ReplyValidationError",
    "SummarizerError",
    "TruncatedReplyError",
]


class SummarizerError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The input cannot be read as an article. ``source`` names it."""

    exit_code = 2

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace."""


class NotAnArticleError(EmptyInputError):
    """A web page that holds no article: a section front, a video page, a paywall or cookie notice.

    ``reason`` says why, in a few words (``no article text found``, ``looks like a list of links``).
    """

    def __init__(self, message: str, *, source: str | None = None, reason: str = "") -> None:
        super().__init__(message, source=source)
        self.reason = reason


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingError(InputError):
    """The input's character encoding could not be determined."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""

    def __init__(self, message: str, *, source: str | None = None, size: int = 0, limit: int = 0) -> None:
        super().__init__(message, source=source)
        self.size = size
        self.limit = limit


class FetchError(InputError):
    """A URL could not be fetched. ``status_code`` is set when the server answered."""

    def __init__(self, message: str, *, source: str | None = None, status_code: int | None = None) -> None:
        super().__init__(message, source=source)
        self.status_code = status_code


class ConfigError(SummarizerError):
    """The configuration is incomplete or contradictory (bad model spec, missing key...)."""

    exit_code = 2


class PromptError(SummarizerError):
    """A prompt template is missing or malformed (a broken installation or a bad edit of ``prompts/``)."""


class BackendError(SummarizerError):
    """The model backend failed: connection, HTTP status, timeout, load failure."""

    def __init__(self, message: str, *, model: str | None = None, status_code: int | None = None) -> None:
        super().__init__(message)
        self.model = model
        self.status_code = status_code


class ModelNotInstalledError(BackendError):
    """The embedded local model (or llama-cpp-python) is not installed."""


class TruncatedReplyError(BackendError):
    """The model's reply was cut at ``max_tokens``; it is reported, not retried."""

    def __init__(self, message: str, *, model: str | None = None, max_tokens: int | None = None, task: str | None = None) -> None:
        super().__init__(message, model=model)
        self.max_tokens = max_tokens
        self.task = task


class ReplyValidationError(BackendError):
    """The model's reply still failed validation after every re-ask."""

    def __init__(self, message: str, *, model: str | None = None, attempts: int = 0, task: str | None = None) -> None:
        super().__init__(message, model=model)
        self.attempts = attempts
        self.task = task


class CacheError(SummarizerError):
    """The record / replay cache could not be used."""


class CacheMissError(CacheError):
    """Replay mode found no recorded reply for a request."""

    def __init__(self, message: str, *, key: str, article: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.article = article


class CorruptCacheFileError(CacheError):
    """A cache file exists but cannot be read back."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path


class BackendTimeoutError(BackendError):
    """No reply within the per-call deadline (``timeout`` seconds, HTTP retries and re-asks included)."""

    def __init__(self, message: str, *, model: str | None = None, timeout: float | None = None) -> None:
        super().__init__(message, model=model)
        self.timeout = timeout


class BackendProtocolError(BackendError):
    """The server answered, but not with a chat completion (a body that is not JSON, or the wrong shape).

    Asking again would get the same answer, so it is neither retried nor re-asked.
    """


class CacheWriteError(CacheError):
    """A reply could not be recorded in the cache folder (permissions, disk full...)."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.path = path
