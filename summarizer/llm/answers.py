"""What the model is asked to return, one small schema per focused question.

Field descriptions are part of the prompt (instructor sends the schema), so they are
written for the model. Validators check the reply against the article, passed as
validation context ``{"text": article}``; a failure goes back to the model as a re-ask.
Lists are bounded so that a small model cannot loop until ``max_tokens``.

The names the model writes are short (``who``, ``to``, ``why``; aliases of the fields the code
reads): every token of a reply is generated one at a time, and on a CPU generation is the slow part.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from summarizer.text.lexicon import PRONOUNS as _PERSONAL_PRONOUNS
from summarizer.text.names import appears_in
from summarizer.text.names import fold as _norm

__all__ = [
    "PRONOUNS",
    "MeetingFacts",
    "NaiveMeeting",
    "NaiveQuote",
    "NaiveSummary",
    "NaiveTrip",
    "QuoteSpeaker",
    "TripFacts",
    "appears_in",
    "check_names",
]

# Words that name nobody: the shared pronouns, and bare titles a reply gives instead of a name.
PRONOUNS = _PERSONAL_PRONOUNS | {"officials", "official", "spokesman", "spokeswoman", "spokesperson"}


def _is_pronoun(name: str) -> bool:
    stripped = name.strip()
    if stripped.isupper() and len(stripped) > 1:
        return False  # "US" is a country, not "us"
    return _norm(stripped).removeprefix("the ").strip() in PRONOUNS


def _article(info: ValidationInfo) -> str | None:
    ctx = info.context
    text = ctx.get("text") if isinstance(ctx, dict) else None
    return text if isinstance(text, str) else None


def check_names(names: list[str], info: ValidationInfo, what: str, *, drop_pronouns: bool = False) -> list[str]:
    """Names must occur in the article. Pronouns are an error, or with ``drop_pronouns`` left out
    (the pipeline resolves 'He met X' from the text itself)."""
    text = _article(info)
    cleaned = [n.strip() for n in names if n.strip()]
    if drop_pronouns:
        cleaned = [n for n in cleaned if not _is_pronoun(n)]
    for name in cleaned:
        if _is_pronoun(name):
            raise ValueError(f"{what} {name!r} is a pronoun or a bare title: give the full name from the article")
        if text is not None and not appears_in(name, text):
            raise ValueError(f"{what} {name!r} does not appear in the article: copy the name as the article writes it")
    return cleaned


class _Reply(BaseModel):
    # The schema and the replies use the short aliases; code (and tests) may also use the field names.
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class QuoteSpeaker(_Reply):
    """Who said one quotation."""

    speaker: str = Field(
        description="Full name of the person (first and last name) or organisation who said the words, "
        "as written in the passage. Never a pronoun."
    )
    speaker_kind: Literal["person", "organisation"] = Field(
        alias="kind", description="Whether the speaker is a person or an organisation."
    )

    @field_validator("speaker")
    @classmethod
    def _speaker_in_article(cls, value: str, info: ValidationInfo) -> str:
        names = check_names([value], info, "speaker")
        if not names:
            raise ValueError("speaker is empty: give the name of who said the words")
        context = info.context if isinstance(info.context, dict) else {}
        quote, unquoted = context.get("quote"), context.get("unquoted")
        name = _norm(names[0])
        # The words of this quotation, or of any other quotation in the passage, are never its speaker
        # ("... the US-Japan alliance" is not who said the next quote); the passage outside quotations names him.
        in_quotes = isinstance(quote, str) and name in _norm(quote)
        if not in_quotes and isinstance(unquoted, str) and isinstance(context.get("passage"), str):
            in_quotes = name in _norm(context["passage"]) and name not in _norm(unquoted)
        if in_quotes:
            raise ValueError(
                f"{names[0]!r} is part of the quoted words, not who said them: name the person or organisation "
                "the passage gives as the source (a statement, a spokesman, 'he said')"
            )
        return names[0]


class TripFacts(_Reply):
    """A trip reported by one sentence, if any."""

    is_trip: bool = Field(
        alias="trip", description="true only if the sentence reports a named person or delegation travelling to a place."
    )
    travellers: list[str] = Field(
        default_factory=list,
        alias="who",
        max_length=4,
        description="Full names of the people who travel, as the article writes them.",
    )
    destinations: list[str] = Field(
        default_factory=list, alias="to", max_length=4, description="Places the sentence says they travel to, as written."
    )
    purpose: str | None = Field(default=None, alias="why", description="Why they travel, in the sentence's words, or null.")

    @field_validator("travellers")
    @classmethod
    def _travellers_in_article(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_names(value, info, "traveller", drop_pronouns=True)

    @field_validator("destinations")
    @classmethod
    def _destinations_in_article(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_names(value, info, "destination")



class MeetingFacts(_Reply):
    """A meeting reported by one sentence, if any."""

    is_meeting: bool = Field(
        alias="met", description="true only if the sentence reports that parties met, talked or held discussions."
    )
    participants: list[str] = Field(
        default_factory=list,
        alias="who",
        max_length=6,
        description="Who met: full names of people as the article writes them, or countries or organisations.",
    )
    topics: list[str] = Field(
        default_factory=list, alias="about", max_length=3, description="What they discussed, a few words each."
    )

    @field_validator("participants")
    @classmethod
    def _participants_in_article(cls, value: list[str], info: ValidationInfo) -> list[str]:
        return check_names(value, info, "participant", drop_pronouns=True)



class NaiveQuote(_Reply):
    """A direct quotation."""

    text: str = Field(description="The quoted words, copied exactly from the article.")
    speaker: str = Field(description="Who said them: full name as the article writes it.")


class NaiveTrip(_Reply):
    """A trip."""

    travellers: list[str] = Field(max_length=4)
    destinations: list[str] = Field(max_length=4)
    when: str | None = Field(default=None, description="The date words from the article, or null.")
    sentence: str = Field(description="The sentence of the article that reports the trip, copied exactly.")


class NaiveMeeting(_Reply):
    """A meeting."""

    participants: list[str] = Field(max_length=6)
    when: str | None = Field(default=None, description="The date words from the article, or null.")
    sentence: str = Field(description="The sentence of the article that reports the meeting, copied exactly.")


class NaiveSummary(_Reply):
    """Everything at once: the one-call baseline."""

    trips: list[NaiveTrip] = Field(default_factory=list, max_length=6)
    meetings: list[NaiveMeeting] = Field(default_factory=list, max_length=6)
    quotes: list[NaiveQuote] = Field(default_factory=list, max_length=8)
