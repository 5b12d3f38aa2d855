"""The package's layers: a module imports only from its own layer or the ones below it.

Bottom to top: errors, schemas and util (shared by all) -> config -> read (input) -> text (analysis
without a model) -> llm (the model layer) -> extract (strategies) -> store (the SQLite collection) ->
render -> api -> batch (collections run through the API) -> eval -> cli.
``summarizer.eval`` is never imported by a summarise.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
LAYERS = {
    "errors": 0, "schemas": 0, "util": 0,
    "config": 1,
    "read": 2,
    "text": 3,
    "llm": 4,
    "extract": 5,
    "store": 6,
    "kinds": 5,
    "render": 7,
    "api": 8, "__init__": 8,
    "batch": 9,
    "eval": 10,
    "cli": 11, "__main__": 11,
}


def _unit(module: str) -> str:
    """'summarizer.text.quotes' -> 'text'; 'summarizer.api' -> 'api'; 'summarizer' -> '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1] if len(parts) > 2 else parts
    return ".".join(parts)


def _imports(path: Path) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "summarizer":
                found += [f"summarizer.{a.name}" for a in node.names]
            elif node.module.startswith("summarizer."):
                found.append(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append("relative")
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("summarizer.")]
    return found


def test_every_module_belongs_to_a_layer() -> None:
    units = {_unit(_module_name(p)) for p in PACKAGE.rglob("*.py")}
    assert units - {"_prompts"} <= set(LAYERS), units - set(LAYERS)


def test_no_module_imports_a_layer_above_its_own() -> None:
    wrong: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        own = LAYERS[_unit(name)]
        for target in _imports(path):
            if target == "relative":
                wrong.append(f"{name}: relative import (use absolute imports)")
            elif LAYERS.get(_unit(target), 99) > own:
                wrong.append(f"{name} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_a_replayed_summary_imports_no_evaluation_code() -> None:
    root = PACKAGE.parent
    code = (
        "import json, sys\n"
        "from summarizer import summarize\n"
        f"text = open({str(root / 'fixtures/articles/atf-blinken-austin-asia.txt')!r}, encoding='utf-8').read()\n"
        f"s = summarize(text, model='local', published='2021-03-05', doc_id='atf-blinken-austin-asia', "
        f"cache_mode='replay', cache_dir={str(root / 'fixtures/replies')!r})\n"
        "print(json.dumps({'quotes': len(s.quotes), 'eval': sorted(m for m in sys.modules if m.startswith('summarizer.eval'))}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=root)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["quotes"] > 0 and result["eval"] == []


def test_modules_and_functions_stay_small() -> None:
    """No module over 400 lines, no function over 60: each has one job a reader can hold at once."""
    too_big: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = len(source.splitlines())
        if lines > 400:
            too_big.append(f"{_module_name(path)}: {lines} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > 60:
                    too_big.append(f"{_module_name(path)}.{node.name}: {length} lines")
    assert not too_big, "\n".join(too_big)


# Modules that still name a built-in kind, and why. Each built-in kind is one module in summarizer/kinds
# (trips.py, meetings.py, quotes.py): its registration, its own views and its store table (kinds/views.py);
# every stage that loops over kinds reads the registry: extraction, grounding, merging, the formats, the
# article's HTML view, the store's saving, reading back and queries, `query`, `export`, `schema`, the CLI's
# kinds, the collection's timeline, graph and lists by person (KindTable.timeline, .graph, .listed), the
# linking of records across articles into events (KindTable.link), the evaluation's scorers and rows. The
# store's SQL schema (store.schema, store.migrations) keeps the three built-in tables and the events tables as
# the numbered schema has them: their DDL is data a store is migrated by, not code that loops over kinds.
NAMES_A_KIND = {
    # each kind's own code: its extraction rules, its reply models, its scorer
    "summarizer.extract.events": "the trip and meeting questions and rules",
    "summarizer.extract.quotes": "the quote questions",
    "summarizer.llm.answers": "the model-facing reply models of the built-in kinds",
    "summarizer.text.participants": "trip and meeting wording rules",
    "summarizer.eval.events": "the trip and meeting scorer (against M2E2's event gold) and its rows",
    "summarizer.eval.quotes": "the quote scorer (against PolNeAR's attributions) and its rows",
    "summarizer.eval.seed": "the seed article's item report and its rows",
    # one question for three kinds at once: its single reply schema holds the three built-in kinds
    "summarizer.extract.naive": "the one-call baseline asks for the three built-in kinds in one reply",
}


def _kind_names(path: Path) -> set[str]:
    words = {"trips", "meetings", "quotes", "trip", "meeting", "quote"}
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in words:
            found.add(node.value)
        elif isinstance(node, ast.Attribute) and node.attr in ("trips", "meetings", "quotes"):
            found.add(node.attr)
    return found


def test_no_module_outside_the_registry_names_a_kind_but_those_listed() -> None:
    """A new built-in kind is a module in summarizer/kinds (and its rules); no other module may start naming
    one (tests/test_kind_module.py runs a kind of one module through every stage). The list above shrinks as
    stages move onto the registry; an entry that no longer names a kind fails."""
    naming = {_module_name(p) for p in PACKAGE.rglob("*.py") if "kinds" not in p.parts and _kind_names(p)}
    assert naming - set(NAMES_A_KIND) == set(), "modules that name a kind: " + ", ".join(sorted(naming - set(NAMES_A_KIND)))
    assert set(NAMES_A_KIND) - naming == set(), "no longer names a kind: " + ", ".join(sorted(set(NAMES_A_KIND) - naming))
    for free in ("summarizer.extract.focused", "summarizer.extract.pipeline", "summarizer.extract.merge",
                 "summarizer.api", "summarizer.store.records", "summarizer.render.records", "summarizer.eval.kinds",
                 "summarizer.render.formats", "summarizer.render.marks", "summarizer.render.cards",
                 "summarizer.render.html", "summarizer.store.query", "summarizer.batch.views", "summarizer.cli.batch",
                 "summarizer.store.save", "summarizer.store.schema", "summarizer.extract.grounding",
                 "summarizer.eval.report", "summarizer.eval.run", "summarizer.store.collection",
                 "summarizer.render.graph", "summarizer.render.collection", "summarizer.render.site",
                 "summarizer.store.linking", "summarizer.store.linked_events"):
        assert free not in naming
