"""The made-up sets in benchmarks/ convert into gold the scorer reads: every span a gold line gives is the text it
quotes, every set has its articles, and the speaker of every quote is written in its article."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUOTE_SETS = sorted((ROOT / "benchmarks" / "heldout_quotes").glob("set_*.jsonl"))
EVENT_SETS = sorted((ROOT / "benchmarks" / "heldout_events").glob("set_*.jsonl"))


def _converter(folder: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"convert_{folder}", ROOT / "benchmarks" / folder / "convert.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", QUOTE_SETS, ids=lambda p: p.stem)
def test_every_quote_span_is_the_text_it_quotes(path: Path) -> None:
    convert = _converter("heldout_quotes").convert
    articles = _articles(path)
    assert len(articles) == 12
    for article in articles:
        _, text, gold = convert(article)
        assert gold["attributions"], gold["doc_id"]
        for att in gold["attributions"]:
            for span in (*att["contents"], *att["sources"]):
                assert text[span["start"] : span["end"]] == span["text"]
            assert all(text.count(c["text"]) == 1 for c in att["contents"]), gold["doc_id"]


@pytest.mark.parametrize("path", EVENT_SETS, ids=lambda p: p.stem)
def test_every_event_sentence_is_in_its_article(path: Path) -> None:
    convert = _converter("heldout_events").convert
    for article in _articles(path):
        _, text, gold = convert(article)
        for sent in gold["sentences"]:
            assert 0 <= sent["start"] < sent["end"] <= len(text)


def test_the_sets_are_there() -> None:
    assert len(QUOTE_SETS) >= 4 and len(EVENT_SETS) >= 10
