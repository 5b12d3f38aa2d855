"""Bytes to text: encodings, byte order marks, binary data.

Decoding order: UTF-8 (a BOM is stripped), UTF-32/UTF-16 with a BOM, a charset declared by
the server or an HTML ``<meta>`` tag, then :mod:`charset_normalizer`, whose guess is used only
when it is unambiguous (with a preference for Windows-1252, the usual legacy encoding of
Western European text). Binary data (NUL bytes or many control characters) raises
:class:`~summarizer.errors.BinaryInputError`; an undeterminable encoding
:class:`~summarizer.errors.EncodingError`.
"""

from __future__ import annotations

import codecs
import re

from summarizer.errors import BinaryInputError, EncodingError

__all__ = ["decode", "normalise_newlines", "one_line"]

_BINARY_CONTROL_SHARE = 0.05
_UTF32_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"))
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A Latin-1 symbol between two letters ("Kra¿ów") betrays Central European text read as cp1252.
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_][\u00a0-\u00bf][^\W\d_]")
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "ascii"})
_SAMPLE_CHARS = 100_000


def decode(data: bytes, *, name: str, source: str, declared_charset: str | None) -> str:
    """``data`` as text; ``name`` (for messages) and ``source`` (for the error) name the input."""
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


def normalise_newlines(text: str) -> str:
    """``text`` with ``\\r\\n`` and ``\\r`` newlines as ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def one_line(text: str) -> str:
    """``text`` with every run of whitespace, newlines included, as one space."""
    return " ".join(text.split())
