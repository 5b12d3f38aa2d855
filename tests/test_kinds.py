"""Record kinds: the registry, a user's own kind from a TOML file, end to end against a real HTTP server
on 127.0.0.1 that answers as a model would (the article and the replies are made up for the test)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeServer, completion, stored_and_queried

from summarizer.api import Summarizer, load_kind_files
from summarizer.config import resolve_settings
from summarizer.errors import ConfigError
from summarizer.kinds import builtin_names, get, names, selected
from summarizer.kinds.file import load_kind_file
from summarizer.kinds.registry import forget
from summarizer.schemas import ArticleSummary, DateRef, Entity, Place, Record
from summarizer.text.inflect import cue_pattern, noun_forms, verb_forms

ROOT = Path(__file__).resolve().parent.parent
ARRESTS = ROOT / "examples" / "kinds" / "arrests.toml"

ARTICLE = (
    "Police arrested opposition leader Kizza Besigye in Kampala on Monday. "
    "Besigye was charged with treason, his lawyer said. "
    "Officials said the journalist Ana Ruiz could be jailed for a year. "
    "Ruiz was not detained. "
    "Two students were held by soldiers after the protest. "
    "The rally drew thousands of supporters."
)
# The candidates, in order: "arrested", "held" (a word of the file); "charged" is no cue of arrests;
# "could be jailed" is hypothetical and "was not detained" negated: never asked.
REPLIES = [
    {"arrest": True, "person": ["Kizza Besigye"], "agent": ["Police"], "place": "Kampala", "charge": "treason"},
    {"arrest": True, "person": ["Two students"], "agent": ["soldiers"], "place": None, "charge": None},
]


@pytest.fixture(autouse=True)
def _forget_file_kinds() -> Iterator[None]:
    yield
    for name in names():
        forget(name)


def _summarize(tmp_path: Path, replies: list[dict[str, Any]], kind_file: Path = ARRESTS,
               ) -> tuple[ArticleSummary, list[dict[str, Any]]]:
    with FakeServer([completion(json.dumps(r)) for r in replies]) as server:
        settings = resolve_settings(
            model="openai:test-model", base_url=server.url, api_key="sk-test", mode="json_schema",
            cache_mode="off", cache_dir=tmp_path / "cache", env={}, http_retries=0,
        )
        kinds = load_kind_files([kind_file])
        summary = Summarizer(settings).summarize(ARTICLE, kinds=kinds, published="2016-05-16")
    return summary, server.requests


def _asked(requests: list[dict[str, Any]]) -> list[str]:
    return [r["messages"][-1]["content"].rpartition("Sentence:")[2].strip(' "') for r in requests]


def test_the_built_in_kinds_are_registered_in_the_summary_order_and_asked_quotes_first() -> None:
    assert builtin_names() == ("trips", "meetings", "quotes")
    assert [k.name for k in selected(["trips", "meetings", "quotes"])] == ["quotes", "trips", "meetings"]
    assert get("trips").letter == "T" and get("quotes").entities == ("speaker",)
    with pytest.raises(ConfigError, match="unknown kind 'arrests'"):
        get("arrests")


def test_verbs_and_nouns_match_in_every_regular_form() -> None:
    assert verb_forms("arrest") == {"arrest", "arrests", "arrested", "arresting"}
    assert verb_forms("imprison") >= {"imprisoned", "imprisoning"}  # stress on the first syllable: no doubling
    assert verb_forms("nab") >= {"nabbed", "nabbing"} and verb_forms("rally") >= {"rallied", "rallies"}
    assert verb_forms("demonstrate") >= {"demonstrated", "demonstrating"}
    assert noun_forms("sit-in") == {"sit-in", "sit-ins"} and noun_forms("custody") >= {"custody"}
    pattern = cue_pattern(verbs=["detain"], nouns=["sit-in"], words=["held"], phrases=["taken into custody"])
    assert pattern is not None
    found = pattern.findall("She was detained, held and Taken  into custody; two sit-ins; a detainee; unheld.")
    assert found == ["detained", "held", "Taken  into custody", "sit-ins"]


def test_a_kind_file_is_asked_of_its_candidate_sentences_and_grounded(tmp_path: Path) -> None:
    summary, requests = _summarize(tmp_path, REPLIES)
    assert _asked(requests) == [ARTICLE.split(". ")[0] + ".", "Two students were held by soldiers after the protest."]
    schema = requests[0]["response_format"]["json_schema"]["schema"]
    assert list(schema["properties"]) == ["arrest", "person", "agent", "place", "charge"]  # the date is read, not asked
    assert not (summary.trips or summary.meetings or summary.quotes)
    first, second = summary.records
    assert first.kind == "arrests" and isinstance(first.fields["person"], list)
    person = first.fields["person"][0]
    assert isinstance(person, Entity) and person.name == "Kizza Besigye"
    assert isinstance(first.fields["place"], Place) and first.fields["place"].country_code == "UG"
    when = first.fields["when"]
    assert isinstance(when, DateRef) and when.value == "2016-05-16" and when.span is not None
    assert ARTICLE[when.span.start:when.span.end] == "on Monday"
    assert first.fields["charge"] is None  # "treason" is in the article, not in this sentence
    assert all(ARTICLE[s.start:s.end] == s.text for r in summary.records for s in r.evidence)
    assert second.fields["place"] is None and second.fields["when"] is None
    assert summary.prompt_versions["arrests"] == load_kind_file(ARRESTS).version


def test_a_name_the_article_does_not_have_is_asked_again(tmp_path: Path) -> None:
    wrong = {**REPLIES[0], "person": ["Kizza Besigye", "Yoweri Museveni"]}
    summary, requests = _summarize(tmp_path, [wrong, REPLIES[0], REPLIES[1]])
    assert len(requests) == 3 and summary.usage.retries == 1
    assert "'Yoweri Museveni' does not appear in the article" in requests[1]["messages"][-1]["content"]
    assert len(summary.records) == 2


def test_a_record_without_its_required_field_is_not_kept(tmp_path: Path) -> None:
    summary, _ = _summarize(tmp_path, [{"arrest": True, "person": []}, {"arrest": False}])
    assert summary.records == []


def test_json_lists_records_only_when_there_are_some() -> None:
    empty = ArticleSummary(doc_id="d", model="m")
    assert "records" not in json.loads(empty.model_dump_json())
    record = Record(kind="arrests", fields={"person": [Entity(name="A B")], "when": None}, evidence=[])
    full = ArticleSummary(doc_id="d", model="m", records=[record])
    assert ArticleSummary.model_validate_json(full.model_dump_json()) == full


@pytest.mark.parametrize(("text", "message"), [
    ('name = "arrests"\n', "[cues] must be a table"),
    ('name = "Arrests"\nquestion = "q"\n', "name 'Arrests' must be lower-case"),
    ('name = "arrests"\nquestion = "q"\n[cues]\nverbs = []\n[fields.who]\ntype = "people"\n',
     "[cues] lists no word"),
    ('name = "arrests"\nquestion = "q"\n[cues]\nverbs = ["arrest"]\n[fields.who]\ntype = "person_list"\n',
     "fields.who.type must be one of person, people, place, date, text, choice"),
    ('name = "arrests"\nquestion = "q"\n[cues]\nverbs = ["arrest"]\n[fields.why]\ntype = "text"\n',
     "at least one person or people field"),
    (('name = "arrests"\nquestion = "q"\n[cues]\nverbs = ["arrest"]\n[fields.who]\ntype = "people"\n'
      '[fields.stage]\ntype = "choice"\n'), "a choice needs values"),
    ('name = "arrests"\nquestion = "q"\ncolor = "red"\n', "unknown key(s) color"),
    ('name = "arrests"\nquestion = \n', "not valid TOML"),
])
def test_a_bad_kind_file_is_one_line_naming_it(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_kind_file(path)
    assert str(info.value).startswith(f"kind file {path}: ") and message in str(info.value)
    assert "\n" not in str(info.value)


def test_a_kind_file_cannot_take_a_built_in_kind_s_name(tmp_path: Path) -> None:
    path = tmp_path / "trips.toml"
    path.write_text(ARRESTS.read_text(encoding="utf-8").replace('name = "arrests"', 'name = "trips"')
                    .replace('singular = "arrest"', 'singular = "trip"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="kind 'trips' is already a built-in kind"):
        load_kind_files([path])
    assert load_kind_files([ARRESTS, ARRESTS]) == ("arrests", "arrests")  # the same file twice is one kind


def test_the_command_line_refuses_a_bad_kind_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for args in (["summarize", str(article), "--kind-file", str(bad)],
                 ["batch", str(article), "--db", str(tmp_path / "s.sqlite"), "--kind-file", str(tmp_path / "none.toml")],
                 ["summarize", str(article), "--kinds", "arrests"]):
        proc = subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True,
                              cwd=ROOT, check=False)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("summarizer: error: ")
        assert "Traceback" not in proc.stderr


def test_records_are_stored_queried_by_person_exported_and_viewed(tmp_path: Path) -> None:
    from summarizer.batch.views import write_export
    from summarizer.render.collection import collection_page
    from summarizer.render.html import html

    summary, _ = _summarize(tmp_path, REPLIES)
    db, count, shown = stored_and_queried(tmp_path, summary, ARTICLE, "arrests", "Besigye", date_from="2016-05")
    assert count == 1
    assert "Kizza Besigye [person] in 1 article(s)" in shown and "2016-05-16" in shown and "Kampala" in shown
    exported = tmp_path / "arrests.jsonl"
    assert write_export(db, fmt="jsonl", kind="arrests", output=exported) == 2
    rows = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["kind"] == "arrests" and rows[0]["who"] == "Kizza Besigye; Police" and rows[0]["where"] == "Kampala"
    with pytest.raises(ConfigError, match="unknown kind 'thefts'; this store holds trips, meetings, quotes, arrests"):
        write_export(db, fmt="jsonl", kind="thefts", output=None)
    page = html(summary, ARTICLE)
    assert 'style="background:#dc2626">A1</span>' in page and "<h3>Arrests (2)</h3>" in page
    assert "<dt>Person</dt><dd><b>Kizza Besigye</b>" in page
    assert collection_page(db).count('data-cat="rec"') == 2  # the article's page inside the collection
    # A later process that did not read the kind file: the store kept the kind's letter and colour.
    forget("arrests")
    later = collection_page(db)
    assert later.count('data-cat="rec"') == 2 and 'style="background:#dc2626">A1</span>' in later


def test_a_kind_is_scored_against_the_gold_event_type_it_names() -> None:
    from summarizer.eval.corpus import GoldDoc
    from summarizer.eval.kinds import score_kind
    from summarizer.schemas import Span

    first, fifth = 0, ARTICLE.index("Two students")
    gold = {"sentences": [{"start": 0, "end": ARTICLE.index("Besigye was")}],
            "events": [{"event_type": "Justice:Arrest-Jail", "trigger": {"start": 7, "end": 15, "text": "arrested"},
                        "arguments": [{"role": "Person", "text": "Besigye", "entity_type": "PER"}]},
                       {"event_type": "Conflict:Demonstrate", "trigger": {"start": fifth + 45, "end": fifth + 52,
                                                                          "text": "protest"}, "arguments": []}]}
    doc = GoldDoc(corpus="m2e2_voa", doc_id="d", text=ARTICLE, published=None, gold=gold)
    end = ARTICLE.index(" Besigye was")
    hit = Record(kind="arrests", fields={"person": [Entity(name="Kizza Besigye")]},
                 evidence=[Span(start=first, end=end, text=ARTICLE[first:end])])
    miss = Record(kind="arrests", fields={"person": [Entity(name="Two students")]},
                  evidence=[Span(start=fifth, end=fifth + 12, text=ARTICLE[fifth:fifth + 12])])
    scores = score_kind([hit, miss], doc, "Justice:Arrest-Jail")
    assert (scores.prf.tp, scores.prf.fp, scores.prf.fn) == (1, 1, 0)
    assert (scores.who.agree, scores.who.scored) == (1, 1)


def test_the_naive_baseline_says_it_does_not_read_a_kind_file(tmp_path: Path) -> None:
    empty: dict[str, list[object]] = {"trips": [], "meetings": [], "quotes": []}
    with FakeServer([completion(json.dumps(empty))]) as server:
        settings = resolve_settings(
            model="openai:test-model", base_url=server.url, api_key="sk-test", mode="json_schema", strategy="naive",
            cache_mode="off", cache_dir=tmp_path / "cache", env={}, http_retries=0,
        )
        summary = Summarizer(settings).summarize(ARTICLE, kinds=(), kind_files=[ARRESTS])
    assert summary.records == [] and len(server.requests) == 1
    assert "the naive strategy reads trips, meetings and quotes only: arrests not read" in summary.warnings


def test_a_date_holds_no_cue_word() -> None:
    from summarizer.extract.records import is_candidate

    protests = load_kind_file(ROOT / "examples" / "kinds" / "protests.toml")
    assert is_candidate("Thousands marched in Lagos on March 4.", protests)
    assert not is_candidate("The ministers held talks in Geneva in March.", protests)  # the month
    assert not is_candidate("Police said they would not march on the square.", protests)  # negated
