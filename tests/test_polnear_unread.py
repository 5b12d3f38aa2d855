"""benchmarks/polnear_unread.py reads PolNeAR's brat files into the dev corpus's gold format, which the eval loads.

The article and its annotation here are written for the test (brat standoff as PolNeAR writes it: a content in
two parts, a second annotator's file, an event whose arguments come in any order)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from summarizer.eval.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "polnear_unread.py"

TEXT = "“We will win,” the mayor said. “Count on it.” She added that taxes would fall.\n"
ANN = (
    "T1\tContent 0 14;31 45\t“We will win,” “Count on it.”\n"
    "T2\tSource 15 24\tthe mayor\n"
    "T3\tCue 25 29\tsaid\n"
    "T4\tAttribution 25 29\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    "T5\tSource 46 49\tShe\n"
    "T6\tCue 50 55\tadded\n"
    "T7\tContent 56 77\tthat taxes would fall\n"
    "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n"
)


def _write(root: Path, split: str, doc_id: str, annotators: dict[str, str]) -> None:
    (root / "data" / split / "text").mkdir(parents=True, exist_ok=True)
    (root / "data" / split / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "data" / split / "text" / f"{doc_id}.txt").write_text(TEXT, encoding="utf-8")
    for name, ann in annotators.items():
        (root / "data" / split / "attributions" / f"{doc_id}_{name}.ann").write_text(ann, encoding="utf-8")


def test_the_dev_and_test_splits_become_an_unread_corpus_the_eval_loads(tmp_path: Path) -> None:
    source, out = tmp_path / "PolNeAR", tmp_path / "out"
    _write(source, "dev", "nyt_2016-09-01_mayor-a", {"aaaa": ANN, "bbbb": ""})
    _write(source, "test", "nyt_2016-09-02_mayor-b", {"cccc": ANN})
    _write(source, "train", "nyt_2016-09-03_mayor-c", {"dddd": ANN})  # the read split: left out
    skip = tmp_path / "known"
    skip.mkdir()
    (skip / "quotes_gold.jsonl").write_text(json.dumps({"doc_id": "nyt_2016-09-02_mayor-b"}) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, str(SCRIPT), str(source), str(out), "--skip", str(skip)], check=True,
                   capture_output=True)  # fmt: skip
    docs = load_corpus(out)
    assert [(d.doc_id, d.split, d.half, d.gold["annotator"]) for d in docs] == [
        ("nyt_2016-09-01_mayor-a", "dev", "unread", "aaaa")
    ]
    atts = docs[0].gold["attributions"]
    assert [(a["direct"], [c["text"] for c in a["contents"]], [s["text"] for s in a["sources"]]) for a in atts] == [
        (True, ["“We will win,”", "“Count on it.”"], ["the mayor"]),
        (False, ["that taxes would fall"], ["She"]),
    ]
    assert str(docs[0].published) == "2016-09-01"


def test_a_content_in_parts_keeps_each_part_with_its_own_text() -> None:
    spec = importlib.util.spec_from_file_location("polnear_unread", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (first, _) = module.read_ann(ANN, TEXT)
    assert [(c["start"], c["end"]) for c in first["contents"]] == [(0, 14), (31, 45)]
    assert all(TEXT[c["start"] : c["end"]] == c["text"] for c in first["contents"])
