"""The reply schemas the model sees: short names, and a yes/no reply that ends at "no" on the local model."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from summarizer.llm.answers import MeetingFacts, QuoteSpeaker, TripFacts
from summarizer.llm.backends.llama import ends_at_no


def test_the_model_writes_short_names_and_the_code_reads_the_fields() -> None:
    assert list(TripFacts.model_json_schema()["properties"]) == ["trip", "who", "to", "why"]
    assert list(MeetingFacts.model_json_schema()["properties"]) == ["met", "who", "about"]
    assert list(QuoteSpeaker.model_json_schema()["properties"]) == ["speaker", "kind"]
    trip = TripFacts.model_validate_json('{"trip": true, "who": ["Ana Ruiz"], "to": ["Oslo"], "why": "talks"}')
    assert (trip.is_trip, trip.travellers, trip.destinations, trip.purpose) == (True, ["Ana Ruiz"], ["Oslo"], "talks")


def test_a_reply_that_opens_with_a_required_yes_no_ends_at_no() -> None:
    schema = ends_at_no(TripFacts.model_json_schema())
    no, yes = schema["anyOf"]
    assert no == {"type": "object", "properties": {"trip": {"const": False}}, "required": ["trip"]}
    assert yes["properties"]["trip"] == {"const": True} and list(yes["properties"]) == ["trip", "who", "to", "why"]
    assert yes["required"] == ["trip"]
    assert TripFacts.model_validate_json('{"trip": false}').is_trip is False  # what a "no" now is


@pytest.mark.parametrize("reply", [QuoteSpeaker, MeetingFacts])
def test_other_schemas_are_left_as_they_are(reply: type[BaseModel]) -> None:
    schema = reply.model_json_schema()
    if reply is MeetingFacts:
        schema = {**schema, "required": ["met", "who"]}  # a second required property: not a yes/no reply
    assert ends_at_no(schema) == schema


def test_the_grammar_of_a_yes_no_reply_compiles_in_llama_cpp() -> None:
    grammar = pytest.importorskip("llama_cpp.llama_grammar", reason="the local extra is not installed")
    gbnf = grammar.json_schema_to_gbnf(json.dumps(ends_at_no(MeetingFacts.model_json_schema())))
    assert 'root ::= alternative-0 | alternative-1' in gbnf and '"false"' in gbnf and '"true"' in gbnf
