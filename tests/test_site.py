"""``summarizer view --db --output-dir``: a bounded overview and one page per article, checked as files
(the browser test opens them over a store of 10,000 articles)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_html_support import build_large_store, build_store, read_marks, run_cli

from summarizer.render.collection import page_name
from summarizer.render.collection_data import load_collection
from summarizer.render.site import bounded


def test_the_folder_has_an_overview_and_a_page_per_article(tmp_path: Path) -> None:
    db, site = tmp_path / "store.sqlite", tmp_path / "site"
    summaries = build_store(db)
    ran = run_cli("view", "--db", str(db), "--output-dir", str(site))
    assert ran.code == 0, ran.stderr
    pages = sorted(p.name for p in (site / "articles").glob("*.html"))
    assert pages == sorted([page_name(s.doc_id) for s in summaries] + ["index.html"])
    overview = (site / "index.html").read_text(encoding="utf-8")
    assert 'class="artwrap"' not in overview and 'class="smz"' not in overview  # no article view inside
    links = set(re.findall(r'href="(articles/[^"#]+)(?:#v\.[tmq]\d+)?"', overview))
    assert links and all((site / link).is_file() for link in links)
    listing = (site / "articles" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{page_name(s.doc_id)}"' in listing for s in summaries) and "unreadable" in listing
    # An article's page is its view with the full text read back from its source file.
    seed = next(s for s in summaries if s.quotes)
    article = (site / "articles" / page_name(seed.doc_id)).read_text(encoding="utf-8")
    text = (Path(__file__).parent.parent / "fixtures" / "articles" / f"{seed.doc_id}.txt").read_text(encoding="utf-8")
    assert read_marks(article).passages == [(0, text)]
    assert 'href="../index.html"' in article


def test_the_overview_is_capped_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    build_large_store(db, tmp_path / "articles", 40)
    c = bounded(load_collection(db, texts=False), cap=10)
    assert len(c.events) == 10 and len(c.listed["quotes"]) == 10
    assert c.totals == {"trip": 40, "meeting": 40, "events": 80, "quotes": 80, "people": len(load_collection(
        db, texts=False).people)}
    assert [e.date_from for e in c.events] == sorted(e.date_from or "" for e in c.events)  # the latest, in order
    ran = run_cli("view", "--db", str(db), "--output-dir", str(tmp_path / "site"), "--cap", "10", "--evidence-only")
    assert ran.code == 0, ran.stderr
    overview = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "showing 10 of 80 trips and meetings" in overview and "(showing 10 of 80)" in overview
    assert "the latest 10 of 40" in overview and 'href="articles/index.html"' in overview
    assert "40 trips · 40 meetings · 80 quotes" in overview


def test_pages_of_articles_gone_from_the_store_are_removed(tmp_path: Path) -> None:
    db, site = tmp_path / "store.sqlite", tmp_path / "site"
    build_store(db)
    stale = site / "articles" / page_name("gone")
    stale.parent.mkdir(parents=True)
    stale.write_text("old", encoding="utf-8")
    (site / "articles" / "notes.html").write_text("mine", encoding="utf-8")
    assert run_cli("view", "--db", str(db), "--output-dir", str(site)).code == 0
    assert not stale.exists() and (site / "articles" / "notes.html").exists()


@pytest.mark.parametrize("args", [("--output-dir", "x"), ("--db", "{db}", "--output-dir", "x", "-o", "y.html"),
                                  ("--db", "{db}", "--output-dir", "x", "--cap", "0")])
def test_bad_combinations_are_refused(tmp_path: Path, args: tuple[str, ...]) -> None:
    db = tmp_path / "store.sqlite"
    build_store(db)
    ran = run_cli("view", *(a.format(db=db) for a in args))
    assert ran.code == 2 and ran.stderr.startswith("summarizer: error:"), ran.stderr


def test_one_page_for_a_large_store_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.cli.view as cli_view

    db, out = tmp_path / "store.sqlite", tmp_path / "one.html"
    summaries = build_store(db)
    monkeypatch.setattr(cli_view, "SINGLE_PAGE_MAX", len(summaries))
    ran = run_cli("view", "--db", str(db), "-o", str(out))
    assert ran.code == 2 and "--output-dir" in ran.stderr and len(ran.stderr.strip().splitlines()) == 1
    assert not out.exists()
