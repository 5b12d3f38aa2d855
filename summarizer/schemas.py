"""The records summarizer returns: trips, meetings, quotes and the article summary.

These are output records, built and checked by the pipeline. Every record carries
``evidence``: spans with exact character offsets into the article, so that
``article[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

__all__ = [
    "ArticleSummary",
    "DateRef",
    "Entity",
    "EntityKind",
    "FieldValue",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "Place",
    "Precision",
    "PublishedFrom",
    "Quote",
    "QuoteKind",
    "Record",
    "Span",
    "Trip",
    "TripKind",
    "TripMode",
    "TripStatus",
    "Usage",
]

Precision = Literal["day", "month", "year", "range", "unknown"]
TripStatus = Literal["planned", "under_way", "completed", "cancelled", "unknown"]
MeetingStatus = Literal["planned", "under_way", "completed", "cancelled", "unknown"]
TripMode = Literal["in_person", "virtual", "unknown"]
PublishedFrom = Literal["given", "page", "feed", "dateline"]
MeetingFormat = Literal["in_person", "video", "phone", "unknown"]
TripKind = Literal["visit", "migration", "transfer", "deployment"]
QuoteKind = Literal["direct", "mixed", "indirect"]
EntityKind = Literal["person", "organisation", "country", "group", "unknown"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """A piece of the article: ``text == article[start:end]`` (Python string indices)."""

    start: int = Field(ge=0, description="Offset of the first character in the article.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The article's characters between start and end.")


class DateRef(_Record):
    """A date as the article words it, with its normalised value."""

    text: str = Field(description="The words of the article that give the date, e.g. 'on March 4'.")
    value: str | None = Field(
        default=None,
        description="ISO 8601 value: YYYY-MM-DD, YYYY-MM or YYYY; the start for a range; null if unknown.",
    )
    end: str | None = Field(default=None, description="Last day of a range (ISO), when the words give one.")
    precision: Precision = Field(default="unknown", description="How precise `value` is.")
    span: Span | None = Field(default=None, description="Where the words stand in the article.")


class Place(_Record):
    """A place: a city, region or country."""

    name: str = Field(description="The place as the article names it.")
    country: str | None = Field(default=None, description="Country the place is in, in English.")
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code of that country.")


class Entity(_Record):
    """A person, organisation, country or group, under the fullest name the article gives."""

    name: str = Field(description="Full name as the article gives it somewhere.")
    kind: EntityKind = "unknown"
    role: str | None = Field(default=None, description="Title or role the article gives, e.g. 'Secretary of State'.")
    aliases: list[str] = Field(default_factory=list, description="Other ways the article refers to it.")
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code when the entity is a country.")


class Trip(_Record):
    """Someone travels (or plans to travel) somewhere, in person or virtually."""

    travellers: list[Entity]
    destinations: list[Place] = Field(default_factory=list)
    when: DateRef | None = None
    dates: list[DateRef] = Field(default_factory=list, description="Every date the article gives for the trip.")
    purpose: str | None = None
    mode: TripMode = "unknown"
    status: TripStatus = "unknown"
    confirmed: bool | None = Field(default=None, description="True when confirmed, False when only reported.")
    reported_by: list[str] = Field(default_factory=list, description="Sources the article credits for the report.")
    kind: TripKind = Field(
        default="visit", description="visit (people travel of their own accord), migration, transfer (people moved "
        "by others: detainees, deportees) or deployment (troops, forces).")
    evidence: list[Span]


class Meeting(_Record):
    """Two or more parties meet, talk or hold discussions, in person or remotely."""

    participants: list[Entity]
    when: DateRef | None = None
    format: MeetingFormat = "unknown"
    topics: list[str] = Field(default_factory=list)
    status: MeetingStatus = "unknown"
    evidence: list[Span]


class Quote(_Record):
    """Words the article attributes to a speaker. ``text`` occurs verbatim in the article."""

    text: str = Field(description="The quoted words, verbatim; parts of a split quote joined by ' ... '.")
    speaker: str = Field(description="The speaker's full name as the article gives it.")
    speaker_kind: EntityKind = "unknown"
    speaker_role: str | None = None
    cue: str | None = Field(default=None, description="The attribution words, e.g. 'he said'.")
    direct: bool = Field(default=True, description="True for kind 'direct' (kept for older readers).")
    kind: QuoteKind = Field(
        default="direct", description="direct (quoted words), mixed (a reported clause with quoted fragments) "
        "or indirect (reported speech in the article's words).")
    speaker_resolved: bool = Field(
        default=True, description="False when the speaker is left as the article writes it ('he', 'the "
        "spokesman') because it could not be resolved to a named entity.")
    evidence: list[Span] = Field(description="The spans of the content (the quoted or reported words), one per part.")
    fragments: list[Span] = Field(
        default_factory=list, description="For mixed quotes: the quoted fragments inside the content.")


FieldValue = Entity | list[Entity] | Place | DateRef | str | None
"""A field of a :class:`Record`: a person, people, a place, a date, or words (text or a choice)."""


class Record(_Record):
    """A record of a kind defined in a kind file (``--kind-file arrests.toml``): its fields by name.

    Person fields are :class:`Entity`, people fields lists of them, place fields :class:`Place`,
    date fields :class:`DateRef` (resolved against the reference date), text and choice fields words.
    """

    kind: str = Field(description="The kind's name, e.g. 'arrests'.")
    fields: dict[str, FieldValue] = Field(default_factory=dict, description="The record's values, by field name.")
    evidence: list[Span] = Field(description="The sentences that report it.")


class Usage(_Record):
    """What the model calls cost for one article, re-asks included."""

    calls: int = 0
    retries: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class ArticleSummary(_Record):
    """Everything summarizer found in one article."""

    doc_id: str
    published: str | None = Field(default=None, description="Reference date (ISO) used for relative dates.")
    published_source: PublishedFrom | None = Field(
        default=None, description="Where the reference date came from: given by the user, read from the page, "
        "the feed entry that linked the page, or the article's dateline.")
    title: str | None = Field(default=None, description="The page's title, when the article was a web page.")
    authors: list[str] = Field(default_factory=list, description="The authors the page names.")
    site_name: str | None = Field(default=None, description="The site the page belongs to.")
    url: str | None = Field(default=None, description="The page's canonical URL (else the URL it was fetched from).")
    model: str
    strategy: str = "focused"
    prompt_versions: dict[str, str] = Field(default_factory=dict)
    trips: list[Trip] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    records: list[Record] = Field(
        default_factory=list, description="Records of the kinds defined in kind files (left out when there are none).")
    usage: Usage = Field(default_factory=Usage)
    warnings: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    @model_serializer(mode="wrap")
    def _without_empty_records(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        # A summary of the built-in kinds reads exactly as before kind files existed.
        data: dict[str, object] = handler(self)
        if not self.records:
            data.pop("records", None)
        return data

    def to_html(self, text: str | None = None) -> str:
        """A self-contained HTML page: the article ``text`` with every evidence span highlighted, and
        the records; without ``text``, only the evidence. The same as
        ``summarizer.render.html.html(summary, text)``, which it calls."""
        html: Callable[[ArticleSummary, str | None], str] = _render_layer().html
        return html(self, text)

    def _repr_html_(self) -> str:
        """Rich display in a notebook: the evidence highlighted and the records (no article text here)."""
        fragment: Callable[[ArticleSummary], str] = _render_layer().fragment
        return fragment(self)


def _render_layer() -> Any:
    """The HTML view's module, imported when a summary is first shown, never with the records: they sit
    below the render layer, and the view is a plain function of it (nothing is registered on import)."""
    return import_module("summarizer.render.html")
