"""What a kind file declares, checked: the kind's name, question, cue words and typed fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["FIELD_TYPES", "FieldSpec", "FieldType", "KindSpec"]

FieldType = Literal["person", "people", "place", "date", "text", "choice"]
FIELD_TYPES: tuple[FieldType, ...] = ("person", "people", "place", "date", "text", "choice")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a file-defined kind.

    ``required``: a record without a value for it is not kept. ``in_text``: the value must appear in
    the article (a reply that names something else is re-asked); always so for people and places.
    Date fields are read from the sentence's own date words, not asked.
    """

    name: str
    type: FieldType
    description: str
    required: bool = False
    in_text: bool = True
    values: tuple[str, ...] = ()  # the choices of a choice field

    @property
    def asked(self) -> bool:
        """Whether the model is asked for it (dates are read from the text)."""
        return self.type != "date"


@dataclass(frozen=True)
class KindSpec:
    """A kind file, read and checked (:func:`summarizer.kinds.file.load_kind_file`)."""

    name: str  # plural, as --kinds and query --kind name it: 'arrests'
    singular: str  # 'arrest'; also the key of the model's yes/no answer
    question: str  # asked of each candidate sentence
    cue: re.Pattern[str]  # a sentence is a candidate when this matches
    fields: tuple[FieldSpec, ...]
    letter: str
    colour: str
    event_type: str | None  # the gold event type it is scored against
    source: str  # the file it came from
    version: str  # a hash of the file's text

    def field(self, name: str) -> FieldSpec:
        """The field called ``name``."""
        return next(f for f in self.fields if f.name == name)
