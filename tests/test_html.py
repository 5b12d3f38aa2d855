"""The HTML views, read back with an HTML parser: every span marked with the article's own words,
everything escaped, the page self-contained, the commands' errors one line. (The same pages in a real
browser: test_browser.py.)"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import escape as html_escape
from itertools import pairwise
from pathlib import Path

import pytest
from test_html_support import (
    HOSTILE_TEXT,
    ROOT,
    SEED,
    SEED_DATE,
    build_store,
    evidence_tokens,
    hostile_summary,
    meeting_pairs,
    read_marks,
    run_cli,
    seed_summary,
)

from summarizer.errors import InputError
from summarizer.render.collection import collection_page
from summarizer.render.html import fragment, html
from summarizer.render.marks import passages, summary_marks
from summarizer.schemas import ArticleSummary, Meeting, Trip


def _check_marks(page: str, summary: ArticleSummary, text: str) -> None:
    read = read_marks(page)
    assert read.passages == [(0, text)]
    tokens = evidence_tokens(summary)
    assert tokens and set(read.pieces) == set(tokens)
    for token, span in tokens.items():
        pieces = read.pieces[token]
        assert pieces[0][0] == span.start, token
        for (at, words), (nxt, _) in pairwise(pieces):
            assert at + len(words) == nxt, f"{token}: its pieces are not contiguous"
        assert "".join(words for _, words in pieces) == text[span.start:span.end] == span.text


def test_the_seed_page_marks_every_evidence_span_with_the_article_words() -> None:
    summary, text = seed_summary()
    page = summary.to_html(text)
    _check_marks(page, summary, text)
    assert page.startswith("<!DOCTYPE html>") and read_marks(page).scripts == 1
    records = len(summary.trips) + len(summary.meetings) + len(summary.quotes) + len(summary.warnings)
    assert page.count('<li class="rec ') == records  # every record is listed
    events: list[Trip | Meeting] = [*summary.trips, *summary.meetings]
    for event in events:  # a date's words are followed by its normalised value
        if event.when is not None and event.when.span is not None and event.when.value:
            assert f'data-close="{event.when.value}' in page


def test_summarize_format_html_gives_the_same_page_as_the_api(tmp_path: Path) -> None:
    summary, text = seed_summary()
    out = tmp_path / "seed.html"
    ran = run_cli("summarize", str(SEED), "--published", SEED_DATE, "--model", "local", "--cache-mode", "replay",
                  "--cache-dir", str(ROOT / "fixtures" / "replies"), "--format", "html", "-o", str(out))
    assert ran.code == 0, ran.stderr
    assert out.read_text(encoding="utf-8") == html(summary, text)


def test_format_html_takes_one_input() -> None:
    ran = run_cli("summarize", str(SEED), str(SEED), "--format", "html", "--model", "local")
    assert ran.code == 2 and ran.stderr.startswith("summarizer: error: --format html shows one article")


def test_hostile_text_and_model_output_are_escaped() -> None:
    summary = hostile_summary()
    page = html(summary, HOSTILE_TEXT)
    _check_marks(page, summary, HOSTILE_TEXT)
    read = read_marks(page)
    assert read.scripts == 1, "only the page's own script"
    body = page.split("<body>", 1)[1]
    for raw in ("<script>window", "<img", "<b>bold", "</span><b>", "<svg onload", "<iframe", "<style>body", "onerror=\""):
        assert raw not in body, raw
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body
    assert "&amp;amp;" in body and "&#13;" in body  # '&amp;' in the text stays as written; the CR survives


def test_the_page_loads_nothing() -> None:
    summary, text = seed_summary()
    page = html(summary, text)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and "default-src &#x27;none&#x27;" in policy.group(1)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|file:)""", page)
    assert "@import" not in page and "url(" not in page


def test_without_the_text_the_evidence_alone_is_shown() -> None:
    summary, text = seed_summary()
    read = read_marks(html(summary))
    marks = summary_marks(summary, None)
    assert read.passages == passages(marks, None) and len(read.passages) > 1
    for start, words in read.passages:
        assert text[start:start + len(words)] == words
    for token, span in evidence_tokens(summary).items():
        assert "".join(w for _, w in read.pieces[token]) == span.text


def test_a_summary_of_another_text_is_refused() -> None:
    summary, text = seed_summary()
    with pytest.raises(InputError, match="does not match the article"):
        html(summary, text.replace("Blinken", "Blinkin"))


def test_to_html_is_the_render_function_and_the_records_import_no_renderer() -> None:
    from summarizer import ArticleSummary as Public

    summary, text = seed_summary()
    piece = Public.model_validate(summary.model_dump())._repr_html_()
    assert piece.startswith("<style>") and 'class="smz"' in piece and "<html" not in piece
    assert piece == fragment(summary) and summary.to_html(text) == html(summary, text)
    code = ("import json, sys\nfrom summarizer.schemas import ArticleSummary\n"
            "s = ArticleSummary(doc_id='x', model='m')\nbefore = 'summarizer.render.html' in sys.modules\n"
            "page = s.to_html('t')\n"
            "print(json.dumps([before, 'summarizer.render.html' in sys.modules, page[:15], s._repr_html_()[:7]]))\n")
    # A fresh process that imports the records straight from their module: nothing from render comes with them,
    # and nothing has to be imported first for a summary to show itself.
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    before, loaded, page, piece_start = json.loads(proc.stdout)
    assert not before and loaded and page == "<!DOCTYPE html>" and piece_start == "<style>"


def test_view_command_writes_the_article_page(tmp_path: Path) -> None:
    summary, text = seed_summary()
    summary_file, out = tmp_path / "seed.json", tmp_path / "page.html"
    summary_file.write_text(summary.model_dump_json(), encoding="utf-8")
    ran = run_cli("view", str(summary_file), str(SEED), "-o", str(out))
    assert ran.code == 0, ran.stderr
    assert out.read_text(encoding="utf-8") == html(summary, text)


def test_view_picks_a_summary_from_json_lines(tmp_path: Path) -> None:
    summary, text = seed_summary()
    other = summary.model_copy(update={"doc_id": "other"})
    lines = tmp_path / "out.jsonl"
    lines.write_text("".join(json.dumps({"doc_id": s.doc_id, "source": src, "input_key": "k" + s.doc_id,
                                         **s.model_dump(mode="json", exclude={"doc_id"})}) + "\n"
                             for s, src in ((other, "elsewhere.txt"), (summary, str(SEED)))), encoding="utf-8")
    ran = run_cli("view", str(lines))
    assert ran.code == 2 and "holds 2 summaries" in ran.stderr and "--doc-id" in ran.stderr
    by_source = run_cli("view", str(lines), str(SEED))
    by_id = run_cli("view", str(lines), str(SEED), "--doc-id", summary.doc_id)
    assert by_source.code == by_id.code == 0 and by_source.stdout == by_id.stdout == html(summary, text)


@pytest.mark.parametrize("content, needle", [
    (None, "no summary file"), ("not json at all {", "neither JSON nor JSON lines"),
    ('{"doc_id": "x", "model": "m", "trips": [{"evidence": []}]}', "is not a summary: trips.0.travellers"),
    ("[1, 2]", "holds no summary"),
])
def test_view_refuses_what_is_not_a_summary_in_one_line(tmp_path: Path, content: str | None, needle: str) -> None:
    path = tmp_path / "s.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    ran = run_cli("view", str(path))
    assert ran.code == 2 and ran.stderr.count("\n") == 1 and needle in ran.stderr, ran.stderr


def test_view_refuses_an_article_the_summary_was_not_made_from(tmp_path: Path) -> None:
    summary, text = seed_summary()
    summary_file, article = tmp_path / "seed.json", tmp_path / "other.txt"
    summary_file.write_text(summary.model_dump_json(), encoding="utf-8")
    article.write_text(text[::-1], encoding="utf-8")
    ran = run_cli("view", str(summary_file), str(article))
    assert ran.code == 2 and "does not match the article" in ran.stderr and ran.stderr.count("\n") == 1


@pytest.mark.parametrize("args, needle", [
    (["--db", "x.sqlite", "s.json"], "not both"), ([], "give a summary file"), (["--db", "missing.sqlite"], "no store at"),
])
def test_view_option_errors(args: list[str], needle: str) -> None:
    ran = run_cli("view", *args)
    assert ran.code == 2 and needle in ran.stderr and ran.stderr.count("\n") == 1, ran.stderr


def test_view_refuses_a_database_that_is_not_a_store(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    ran = run_cli("view", "--db", str(db))
    assert ran.code == 2 and "is not a summarizer store" in ran.stderr


def test_collection_page_counts_and_links(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    summaries = build_store(db)
    page = collection_page(db)
    nodes, pairs = meeting_pairs(summaries)
    assert page.count('<g class="node ') == len(nodes) and page.count('<line class="edge"') == len(pairs)
    assert f'data-nodes="{len(nodes)}" data-edges="{len(pairs)}"' in page
    views = re.findall(r'<section class="smz" id="(a\d+)" data-doc="([^"]*)"', page)
    assert sorted(doc for _, doc in views) == sorted(s.doc_id for s in summaries)  # one view per article saved ok
    links = set(re.findall(r'href="#(a\d+(?:\.[tmq]\d+)?)"', page))
    targets = set(re.findall(r'id="(a\d+(?:\.[tmq]\d+)?)"', page))
    records = sum(len(s.trips) + len(s.meetings) + len(s.quotes) for s in summaries)
    assert len({x for x in links if "." in x}) == records  # every record is linked from the overview
    assert links <= targets, links - targets  # and every link leads to a view that is there
    assert "error: no such file: gone.txt" in page and page.count("full text") == len(summaries)


def test_collection_view_command_and_evidence_only(tmp_path: Path) -> None:
    db, out = tmp_path / "store.sqlite", tmp_path / "report.html"
    summaries = build_store(db)
    ran = run_cli("view", "--db", str(db), "-o", str(out), "--evidence-only")
    assert ran.code == 0, ran.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("evidence only") == len(summaries) and "full text" not in page
    assert read_marks(page).scripts == 2


def test_warnings_are_listed_and_ignored_passages_marked() -> None:
    from test_html_support import EXPECTED

    summary = ArticleSummary.model_validate_json((EXPECTED / "injection-minister-visit.json").read_text(encoding="utf-8"))
    text = (ROOT / "fixtures" / "articles" / "injection-minister-visit.txt").read_text(encoding="utf-8")
    ranges = [(int(a), int(b)) for w in summary.warnings for a, b in re.findall(r"\[(\d+):(\d+)\]", w)]
    assert ranges, "the fixture warns about ignored passages"
    page = html(summary, text)
    assert page.count('<li class="rec c-warn"') == len(summary.warnings)
    hatched = re.findall(r'<span class="s[^"]*\bign\b[^"]*" data-r="([^"]*)"[^>]*>([^<]*)</span>', page)
    for start, end in ranges:  # each ignored passage is hatched, word for word
        words = "".join(w for rids, w in hatched if "w0" in rids.split())
        assert html_escape(text[start:end]) in words
