"""A user's own record kind, read from a TOML file (see docs/kinds.md and examples/kinds/).

The file names the kind, the question the model is asked of each candidate sentence, the cue words
that make a sentence a candidate (verbs and nouns in their base form: every inflection is matched),
and the fields with their types. Every mistake is one :class:`ConfigError` line naming the file.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigError
from summarizer.kinds.registry import RecordKind, register
from summarizer.kinds.spec import FIELD_TYPES, FieldSpec, KindSpec
from summarizer.text.inflect import cue_pattern

__all__ = ["load_kind_file", "register_kind_files", "spec_kind"]

_NAME = re.compile(r"[a-z][a-z0-9_]{1,30}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_TOP_KEYS = {"name", "singular", "question", "letter", "colour", "event_type", "cues", "fields", "description"}
_FIELD_KEYS = {"type", "description", "required", "in_text", "values"}
_CUE_KEYS = {"verbs", "nouns", "words", "phrases"}
_DEFAULT_COLOURS = ("#dc2626", "#0891b2", "#7c3aed", "#db2777", "#65a30d", "#ea580c")


class _Bad(Exception):
    """One mistake in the file, said in words."""


def _text(data: dict[str, Any], key: str, where: str, *, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise _Bad(f"{where}{key} must be a non-empty string")
    return value.strip()


def _words(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Bad(f"cues.{key} must be a list of words")
    return list(value)


def _field(name: str, data: Any) -> FieldSpec:
    if not _NAME.fullmatch(name):
        raise _Bad(f"field name {name!r} must be lower-case letters, digits and _ (2 to 31 characters)")
    if not isinstance(data, dict):
        raise _Bad(f"fields.{name} must be a table ([fields.{name}])")
    unknown = set(data) - _FIELD_KEYS
    if unknown:
        raise _Bad(f"fields.{name}: unknown key(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(_FIELD_KEYS))}")
    kind = data.get("type")
    if kind not in FIELD_TYPES:
        raise _Bad(f"fields.{name}.type must be one of {', '.join(FIELD_TYPES)}, got {kind!r}")
    values = data.get("values", [])
    if kind == "choice" and (not isinstance(values, list) or len(values) < 2
                             or not all(isinstance(v, str) and _NAME.fullmatch(v) for v in values)):
        raise _Bad(f"fields.{name}: a choice needs values = [...], two or more lower-case words")
    if kind != "choice" and values:
        raise _Bad(f"fields.{name}: only a choice field has values")
    for flag in ("required", "in_text"):
        if not isinstance(data.get(flag, False), bool):
            raise _Bad(f"fields.{name}.{flag} must be true or false")
    return FieldSpec(name=name, type=kind, description=_text(data, "description", f"fields.{name}.", default=name),
                     required=bool(data.get("required", False)),
                     in_text=kind in ("person", "people", "place") or bool(data.get("in_text", True)),
                     values=tuple(values))


def _spec(data: dict[str, Any], source: str, version: str) -> KindSpec:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise _Bad(f"unknown key(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(_TOP_KEYS))}")
    name = _text(data, "name", "")
    if not _NAME.fullmatch(name):
        raise _Bad(f"name {name!r} must be lower-case letters, digits and _ (2 to 31 characters), e.g. 'arrests'")
    singular = _text(data, "singular", "", default=name.removesuffix("s"))
    if not _NAME.fullmatch(singular) or singular == name:
        raise _Bad(f"singular {singular!r} must be a lower-case word other than the name, e.g. 'arrest'")
    cues = data.get("cues")
    if not isinstance(cues, dict) or set(cues) - _CUE_KEYS:
        raise _Bad(f"[cues] must be a table with {', '.join(sorted(_CUE_KEYS))}")
    pattern = cue_pattern(*(_words(cues, k) for k in ("verbs", "nouns", "words", "phrases")))
    if pattern is None:
        raise _Bad("[cues] lists no word: give verbs, nouns, words or phrases that report the event")
    fields = data.get("fields")
    if not isinstance(fields, dict) or not fields:
        raise _Bad("[fields] must give at least one field ([fields.NAME] with a type)")
    specs = tuple(_field(n, d) for n, d in fields.items())
    if singular in fields:
        raise _Bad(f"no field may be called {singular!r}: that is the model's yes or no")
    if not any(f.type in ("person", "people") for f in specs):
        raise _Bad("give at least one person or people field: the records are found and queried by who")
    letter = _text(data, "letter", "", default=name[0].upper())
    if not (len(letter) == 1 and letter.isalpha() and letter.isupper()):
        raise _Bad(f"letter {letter!r} must be one capital letter")
    colour = _text(data, "colour", "", default=_DEFAULT_COLOURS[int(version[:4], 16) % len(_DEFAULT_COLOURS)])
    if not _COLOUR.fullmatch(colour):
        raise _Bad(f"colour {colour!r} must be #rrggbb")
    event_type = data.get("event_type")
    if event_type is not None and (not isinstance(event_type, str) or not event_type.strip()):
        raise _Bad("event_type must be a string such as 'Justice:Arrest-Jail'")
    return KindSpec(name=name, singular=singular, question=_text(data, "question", ""), cue=pattern, fields=specs,
                    letter=letter, colour=colour, event_type=event_type, source=source, version=version)


def load_kind_file(path: str | Path) -> KindSpec:
    """Read and check a kind file; :class:`ConfigError` (one line naming the file) on any mistake."""
    target = Path(path)
    try:
        raw = target.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise ConfigError(f"kind file {target}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"kind file {target}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"kind file {target}: not valid TOML: {exc}") from None
    try:
        return _spec(data, str(target), hashlib.sha256(raw).hexdigest()[:12])
    except _Bad as exc:
        raise ConfigError(f"kind file {target}: {exc}") from None


def spec_kind(spec: KindSpec, order: int) -> RecordKind:
    """The kind ``spec`` declares, asked of its candidate sentences with the ``record`` prompt and shown,
    stored and scored by the generic views: a kind file's, or a kind declared in code by one module."""
    from summarizer.extract.records import find_records, merge_records

    def find(run: Any, passages: Any) -> Callable[[], list[Any]]:
        return find_records(run, passages, spec)

    return RecordKind(
        name=spec.name, singular=spec.singular, letter=spec.letter, colour=spec.colour, order=order,
        find=find, prompts=("record",), merge=merge_records, builtin=False, event_type=spec.event_type,
        entities=tuple(f.name for f in spec.fields if f.type in ("person", "people")),
        places=tuple(f.name for f in spec.fields if f.type == "place"),
        dates=tuple(f.name for f in spec.fields if f.type == "date"), version=spec.version, spec=spec,
    )


def register_kind_files(paths: Iterable[str | Path]) -> tuple[str, ...]:
    """Read each kind file (TOML, see docs/kinds.md) and register its kind; the kinds' names, in order, to add
    to ``kinds``. :class:`ConfigError` (one line naming the file) for a file that cannot be used."""
    found: list[str] = []
    for path in paths:
        kind = register(spec_kind(load_kind_file(path), order=10 + len(found)))
        found.append(kind.name)
    return tuple(found)
