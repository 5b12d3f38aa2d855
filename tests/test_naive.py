"""The naive strategy (one question for the whole article), replayed from a recorded reply of the
embedded local model (qwen2.5-coder 1.5B) on the seed article.

What the model gave: one trip (Blinken and Austin to Japan and South Korea, no date words), two
meetings (Blinken with Trudeau, citing a paraphrase of the article's sentence; Blinken with Garneau)
and one "quote" that is narration, not a quotation, with its quotation marks changed. What the
pipeline keeps: the trip and both meetings, tied to the article's own sentences, and no quote.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, SEED, SEED_ID

from summarizer import summarize
from summarizer.eval.fixtures import replay_article


@pytest.fixture(scope="module")
def naive() -> dict[str, Any]:
    summary = summarize(
        SEED.read_text(encoding="utf-8"),
        model="local",
        published="2021-03-05",
        doc_id=SEED_ID,
        strategy="naive",
        cache_mode="replay",
        cache_dir=str(FIXTURES / "replies"),
    )
    data: dict[str, Any] = summary.model_dump(mode="json")
    return data


@pytest.fixture(scope="module")
def text() -> str:
    return SEED.read_text(encoding="utf-8")


def _names(entities: list[dict[str, Any]]) -> set[str]:
    return {e["name"] for e in entities}


def test_one_question_with_the_naive_prompt(naive: dict[str, Any]) -> None:
    assert naive["strategy"] == "naive"
    assert set(naive["prompt_versions"]) == {"system", "naive"}
    # The seed fits in one chunk: one call, answered from the recording.
    assert naive["usage"]["calls"] == 1 and naive["usage"]["cached_calls"] == 1
    assert not any(w.startswith("long article") for w in naive["warnings"])


def test_every_span_is_the_article_text(naive: dict[str, Any], text: str) -> None:
    spans = [s for kind in ("trips", "meetings", "quotes") for item in naive[kind] for s in item["evidence"]]
    assert spans
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    assert all(q["text"] in text for q in naive["quotes"])


def test_the_trip_to_japan_and_south_korea(naive: dict[str, Any]) -> None:
    [trip] = naive["trips"]
    assert _names(trip["travellers"]) == {"Antony Blinken", "Lloyd Austin"}
    assert {p["country_code"] for p in trip["destinations"]} == {"JP", "KR"}
    assert trip["evidence"][0]["text"].startswith("US Secretary of State Antony Blinken and newly appointed")
    # The model gave no date words, and the naive strategy reads none from the sentence itself.
    assert trip["when"] is None and trip["dates"] == []


def test_the_meetings_are_tied_to_the_article_sentences(naive: dict[str, Any]) -> None:
    met = {frozenset(_names(m["participants"])): m["evidence"][0]["text"] for m in naive["meetings"]}
    assert set(met) == {frozenset({"Antony Blinken", "Justin Trudeau"}), frozenset({"Antony Blinken", "Marc Garneau"})}
    # The model cited "Blinken met with ..."; the evidence is the sentence the article writes.
    assert met[frozenset({"Antony Blinken", "Justin Trudeau"})] == "He also met with Canadian Prime Minister Justin Trudeau."
    assert met[frozenset({"Antony Blinken", "Marc Garneau"})].startswith("Meeting with Canadian Foreign minister Marc Garneau")


def test_a_quote_not_in_the_article_is_dropped_with_a_warning(naive: dict[str, Any]) -> None:
    assert naive["quotes"] == []
    dropped = [w for w in naive["warnings"] if w.startswith("dropped a quote not found verbatim")]
    assert len(dropped) == 1 and "virtual trip" in dropped[0]


def test_the_baseline_misses_what_the_focused_strategy_finds(naive: dict[str, Any]) -> None:
    focused = replay_article(FIXTURES, SEED_ID, model="local")
    assert len([q for q in focused["quotes"] if q["direct"]]) == 3 > len(naive["quotes"])
    assert len(focused["trips"]) == 2 > len(naive["trips"])
