"""The record kinds every stage loops over: trips, meetings, quotes, and the kinds of kind files.

A :class:`RecordKind` declares what a stage needs to know of a kind: how its candidate passages are
found and asked about (``find``: asked at once, read later), how two of its records merge, which of its
fields hold entities, places and dates, its letter and colour in the views, and the gold event type it
is scored against. Kinds are registered once, by name; :func:`selected` gives those a run asks for, in
the order they are extracted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from summarizer.errors import ConfigError
from summarizer.kinds.spec import KindSpec
from summarizer.kinds.views import GENERIC, KindViews
from summarizer.schemas import ArticleSummary, Record

if TYPE_CHECKING:
    from summarizer.extract.run import ArticleRun, Passages

__all__ = ["RecordKind", "builtin_names", "check_kinds", "forget", "get", "kinds", "names", "register", "selected"]

Finder = Callable[["ArticleRun", "Passages"], Callable[[], list[Any]]]
"""(run, passages) -> the records to read: the kind's questions are asked at once, so that a model that
decodes several together has every kind's questions before any answer is waited on; calling the result
reads the answers into records, in the article's order."""


def _keep(records: list[Any]) -> list[Any]:
    return records


@dataclass(frozen=True)
class RecordKind:
    """One kind of record and what each stage does with it."""

    name: str  # plural, as in --kinds and the summary: 'trips'
    singular: str  # 'trip'
    letter: str  # its tag in the views: 'T'
    colour: str  # CSS colour of its marks in the views
    order: int  # extraction order: kinds of one order run back to back, sharing prompt prefixes
    find: Finder  # (run, passages) -> records to read: asked now, read when called
    prompts: tuple[str, ...] = ()  # prompt files it renders (their versions go into the summary)
    record_type: type[BaseModel] = Record
    merge: Callable[[list[Any]], list[Any]] = _keep  # the same event told twice -> one record
    ground: Callable[[list[Any], str], tuple[list[Any], list[str]]] | None = None  # (records, article) -> those
    # that hold and a warning for each dropped, where its check is its own (default: evidence spans exact)
    entities: tuple[str, ...] = ()  # fields holding an Entity or a list of them
    places: tuple[str, ...] = ()  # fields holding a Place or a list of them
    dates: tuple[str, ...] = ()  # fields holding a DateRef
    builtin: bool = True  # a field of ArticleSummary of its own; else in ArticleSummary.records
    event_type: str | None = None  # the gold event type (ACE / M2E2) it is scored against
    version: str | None = None  # a kind file's version (the hash of its text)
    spec: KindSpec | None = None  # a kind file's declaration (its fields, cues, question)
    views: KindViews = GENERIC  # its own views; the generic ones where it has none

    def records(self, summary: ArticleSummary) -> list[Any]:
        """This kind's records in ``summary``."""
        if self.builtin:
            return list(getattr(summary, self.name))
        return [r for r in summary.records if r.kind == self.name]

    def set_records(self, summary: ArticleSummary, records: list[Any]) -> None:
        """Put ``records`` in ``summary`` as this kind's, in place of those it had."""
        if self.builtin:
            setattr(summary, self.name, records)
        else:
            summary.records = [r for r in summary.records if r.kind != self.name] + records


_KINDS: dict[str, RecordKind] = {}


def register(kind: RecordKind) -> RecordKind:
    """Register ``kind``; the same kind again is a no-op, another of the same name a :class:`ConfigError`."""
    known = _KINDS.get(kind.name)
    if known is not None and known is not kind and (known.version is None or known.version != kind.version):
        what = "a built-in kind" if known.builtin else f"another kind file's kind (version {known.version})"
        raise ConfigError(f"kind {kind.name!r} is already {what}: give the kind another name")
    _KINDS[kind.name] = kind
    return kind


def forget(name: str) -> None:
    """Unregister a kind file's kind (a built-in kind stays)."""
    if name in _KINDS and not _KINDS[name].builtin:
        del _KINDS[name]


def get(name: str) -> RecordKind:
    """The kind registered as ``name``; :class:`ConfigError` when there is none."""
    if name not in _KINDS:
        raise ConfigError(f"unknown kind {name!r}; use {', '.join(_KINDS)} (or load a kind file)")
    return _KINDS[name]


def kinds() -> list[RecordKind]:
    """Every registered kind, built-in ones first, in the order they were registered."""
    return list(_KINDS.values())


def names() -> tuple[str, ...]:
    """The names of every registered kind."""
    return tuple(_KINDS)


def builtin_names() -> tuple[str, ...]:
    """The names of the built-in kinds, the default of every run."""
    return tuple(k.name for k in _KINDS.values() if k.builtin)


def selected(wanted: Iterable[str]) -> list[RecordKind]:
    """The kinds named in ``wanted``, in extraction order (then registration order)."""
    chosen = [get(n) for n in dict.fromkeys(wanted)]
    position = {name: i for i, name in enumerate(_KINDS)}
    return sorted(chosen, key=lambda k: (k.order, position[k.name]))


def check_kinds(wanted: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``wanted`` without repeats, in order; :class:`ConfigError` if empty or naming a kind not registered."""
    unknown = set(wanted) - set(_KINDS)
    if unknown:
        raise ConfigError(f"unknown kind(s) {', '.join(sorted(unknown))}; use {', '.join(_KINDS)} (or a kind file)")
    if not wanted:
        raise ConfigError(f"no kinds selected; use one or more of {', '.join(_KINDS)}")
    return tuple(dict.fromkeys(wanted))
