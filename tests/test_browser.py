"""The HTML views in a real headless Chromium (the Debian package, driven by Playwright): spans read back
from the DOM, clicks and hovers, hostile text that must not run, the collection's graph and filters, and
no request at all but the page itself. The screenshots in docs/ are taken here, into build/screenshots/.

Skips only when no Chromium binary is installed (``apt-get install -y chromium``; .ci/run installs it).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright
from test_html_support import (
    HOSTILE_TEXT,
    ROOT,
    SEED,
    SEED_DATE,
    build_large_store,
    build_store,
    evidence_tokens,
    hostile_summary,
    meeting_pairs,
    run_cli,
    seed_summary,
    synthetic_article,
)

SHOTS = ROOT / "build" / "screenshots"
_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM = os.environ.get("CHROMIUM_PATH") or next((p for n in _NAMES if (p := shutil.which(n))), None)

pytestmark = [
    pytest.mark.slow,  # starts a browser
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium binary: apt-get install -y chromium (or set CHROMIUM_PATH)"),
]

# Every text node of a passage in order: its offset (in UTF-16 units, as the DOM counts), its text, the
# evidence tokens of its element and that element's computed background.
READ_SPANS = """root => {
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    out.push([at, node.data, (el.getAttribute('data-ev') || '').split(' ').filter(Boolean),
              getComputedStyle(el).backgroundColor]);
    at += node.data.length;
  }
  return out;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND"])
        yield b
        b.close()


class Offline:
    """A page opened from file:// in a context that aborts every request but the page's own, and counts them."""

    def __init__(self, browser: Browser, path: Path, width: int = 1400, height: int = 1000) -> None:
        self.url = path.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", lambda route: route.continue_() if route.request.url == self.url else route.abort())
        self.page: Page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.console: list[str] = []
        self.page.on("console", lambda m: self.console.append(m.text))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()
        assert self.requests == [self.url], f"requests other than the page: {self.requests}"
        assert not self.errors, self.errors


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _spans_from_dom(page: Page, text: str, tokens: dict[str, Any], where: str = ".smz .passage") -> None:
    """Each evidence span: highlighted, contiguous, at its offset, with the article's words, read from the DOM."""
    nodes = page.eval_on_selector(where, READ_SPANS)
    assert "".join(n[1] for n in nodes) == text
    for token, span in tokens.items():
        pieces = [n for n in nodes if token in n[2]]
        assert pieces, f"{token} is not marked"
        assert pieces[0][0] == _utf16(text[:span.start]), f"{token} starts elsewhere"
        for a, b in pairwise(pieces):
            assert a[0] + len(a[1].encode("utf-16-le")) // 2 == b[0], f"{token} is not contiguous"
        assert "".join(p[1] for p in pieces) == text[span.start:span.end] == span.text
        assert all(p[3] not in ("rgba(0, 0, 0, 0)", "transparent") for p in pieces), f"{token} is not highlighted"


def test_seed_view_in_chromium(browser: Browser, tmp_path: Path) -> None:
    summary, text = seed_summary()
    out = tmp_path / "seed.html"
    ran = run_cli("summarize", str(SEED), "--published", SEED_DATE, "--model", "local", "--cache-mode", "replay",
                  "--cache-dir", str(ROOT / "fixtures" / "replies"), "--format", "html", "-o", str(out))
    assert ran.code == 0, ran.stderr
    view = Offline(browser, out)
    page = view.page
    _spans_from_dom(page, text, evidence_tokens(summary))

    # Click the record with the most evidence spans: exactly its spans are outlined, its card opens.
    counts: dict[str, int] = {}
    for token in evidence_tokens(summary):
        counts[token.split(".")[0]] = counts.get(token.split(".")[0], 0) + 1
    rid = max(counts, key=lambda r: (counts[r], r))
    page.click(f'.rec[data-rec="{rid}"]')
    outlined = page.eval_on_selector_all(".s.on", "els => els.map(e => [e.getAttribute('data-r'), "
                                         "getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth])")
    assert outlined and all(rid in r.split() and style == "solid" and width == "2px" for r, style, width in outlined)
    assert len(outlined) == page.locator(f'.s[data-r~="{rid}"]').count()
    assert page.is_visible(f'.rec[data-rec="{rid}"] .card')

    # Another record: the first one's outlines go. Hover a trip's span: its card shows with the normalised date.
    trip = summary.trips[0]
    page.click('.rec[data-rec="t0"]')
    assert page.locator('.s.on:not([data-r~="t0"])').count() == 0
    page.hover('.s[data-ev~="t0.0"]')
    tip = page.locator(".smz .tip")
    assert tip.is_visible()
    assert trip.travellers[0].name in tip.inner_text()
    if trip.when and trip.when.value:
        assert trip.when.value in tip.inner_text()
    page.evaluate("window.scrollTo(0, 0)")
    page.hover(f'.s[data-ev~="t{len(summary.trips) - 1}.0"]')  # a smaller card for the picture
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "article-view.png"), full_page=True)
    view.close()


def test_hostile_article_renders_as_text_and_runs_nothing(browser: Browser, tmp_path: Path) -> None:
    # Through the API: the text keeps its carriage return, which reading a file would turn into a newline.
    summary = hostile_summary()
    out = tmp_path / "hostile.html"
    out.write_text(summary.to_html(HOSTILE_TEXT), encoding="utf-8")
    view = Offline(browser, out)
    page = view.page
    _spans_from_dom(page, HOSTILE_TEXT, evidence_tokens(summary))
    for seg in page.locator(".s").all():  # every hover and click a reader could make
        seg.hover()
        seg.click()
    for rec in page.locator(".rec").all():
        rec.click()
    page.mouse.move(1, 1)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.evaluate("document.querySelectorAll('img, iframe, svg, object, embed, style').length") == 1  # the page's style
    handlers = page.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))"
                             ".filter(n => n.startsWith('on'))")
    assert handlers == []
    assert page.title() == "<b>hostile</b> - summarizer"
    assert "<img src=x onerror=window.__pwned=4>" in page.inner_text(".rec[data-rec='t0']")
    assert view.dialogs == []
    view.close()


def test_the_content_policy_stops_markup_that_escaped_the_escaping(browser: Browser, tmp_path: Path) -> None:
    # Belt and braces: were an article's markup ever written raw, the page's policy would still stop it.
    summary = hostile_summary()
    page_html = summary.to_html(HOSTILE_TEXT).replace(
        "</body>", '<script>window.__pwned = 1</script><img src="http://example.com/x.png"></body>')
    out = tmp_path / "raw.html"
    out.write_text(page_html, encoding="utf-8")
    view = Offline(browser, out)
    assert view.page.evaluate("typeof window.__pwned") == "undefined"
    assert view.page.evaluate("document.querySelector('.smz').hasAttribute('data-ready')")  # the page's own script ran
    blocked = [m for m in view.console if "Content Security Policy" in m and "blocked" in m]
    assert any("inline script" in m for m in blocked) and any("http://example.com/x.png" in m for m in blocked)
    view.context.close()  # (the image shows as a request to the test's router even though the policy blocks it)


def test_collection_view_in_chromium(browser: Browser, tmp_path: Path) -> None:
    db, out = tmp_path / "store.sqlite", tmp_path / "collection.html"
    summaries = build_store(db)
    ran = run_cli("view", "--db", str(db), "-o", str(out))
    assert ran.code == 0, ran.stderr
    view = Offline(browser, out, height=1100)
    page = view.page
    nodes, pairs = meeting_pairs(summaries)
    assert page.locator("#graph .node").count() == len(nodes)
    assert page.locator("#graph .edge").count() == len(pairs)
    assert page.inner_text("#graph .count") == f"{len(nodes)} nodes, {len(pairs)} edges"
    labels = sorted(page.eval_on_selector_all("#graph .node text", "els => els.map(e => e.textContent)"))
    assert labels == sorted(nodes)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "collection-view.png"), full_page=True)

    # Filter by the person in most meetings: the graph keeps the meetings they were in, the lists their items.
    who = max(nodes, key=lambda n: (len(meeting_pairs(summaries, n)[1]), n))
    their_nodes, their_pairs = meeting_pairs(summaries, who)
    option = page.eval_on_selector("#filters select[name=person]", "(s, who) => [...s.options].find(o => "
                                   "o.textContent === who || o.textContent.startsWith(who + ' (')).value", who)
    page.select_option("#filters select[name=person]", value=option)
    assert page.locator("#graph .edge:not(.off)").count() == len(their_pairs)
    assert page.locator("#graph .node:not(.off)").count() == len(their_nodes)
    shown = page.eval_on_selector_all("#timeline li.item:not(.off)", "els => els.map(e => e.innerText)")
    assert shown and all(who in line for line in shown)
    # The line of counts names every kind the view has, with what the filter leaves of each.
    counts = page.inner_text("#filters .shown")
    assert re.fullmatch(r"\d+ trips, \d+ meetings, \d+ quotes; \d+ nodes, \d+ edges shown", counts), counts
    assert counts.endswith(f"; {len(their_nodes)} nodes, {len(their_pairs)} edges shown")
    visible_quotes = page.locator("#overview #quotes li.item:not(.off)").count()
    assert counts.split(", ")[2] == f"{visible_quotes} quotes; {len(their_nodes)} nodes"
    page.click("#filters button[type=reset]")
    expect(page.locator("#graph .edge:not(.off)")).to_have_count(len(pairs))

    # Kind and date filters: meetings off hides every edge; a date range keeps the dated items inside it.
    page.uncheck("#filters input[value=meeting]")
    assert page.locator("#graph .edge:not(.off)").count() == 0
    page.click("#filters button[type=reset]")
    expect(page.locator("#graph .edge:not(.off)")).to_have_count(len(pairs))
    page.fill("#filters input[name=from]", "2023-05-01")
    page.fill("#filters input[name=to]", "2023-05-31")
    dates = page.eval_on_selector_all("#timeline li.item:not(.off)", "els => els.map(e => [e.dataset.from, e.dataset.to])")
    assert dates and all(a <= "2023-05-31" and b >= "2023-05-01" for a, b in dates)
    assert page.locator("#timeline li.item.off").count() > 0
    page.click("#filters button[type=reset]")
    expect(page.locator("#timeline li.item.off")).to_have_count(0)

    # An item's link opens its article's view with the record selected and its spans outlined.
    link = page.locator("#timeline li.item a").first
    target = link.get_attribute("href") or ""
    link.click()
    article, rid = target[1:].split(".")
    expect(page.locator("#overview")).to_be_hidden()  # the route follows the hash change
    expect(page.locator(f'.artwrap[data-art="{article}"]')).to_be_visible()
    expect(page.locator(f'#{article} .rec.sel[data-rec="{rid}"]')).to_have_count(1)
    spans = page.locator(f'#{article} .s[data-r~="{rid}"]').count()
    assert spans > 0 and page.locator(f"#{article} .s.on").count() == spans
    assert page.locator(".artwrap:not([hidden])").count() == 1
    page.go_back()
    expect(page.locator("#overview")).to_be_visible()
    view.close()


def test_notebook_pieces_work_side_by_side(browser: Browser, tmp_path: Path) -> None:
    # Two summaries' _repr_html_ in one document, as in two notebook cells: each view keeps to itself.
    summary, _ = seed_summary()
    other = hostile_summary()
    pieces = [summary._repr_html_(), other._repr_html_()]
    assert all(pieces)
    out = tmp_path / "cells.html"
    out.write_text("<!DOCTYPE html><html><body>" + "<hr>".join(p or "" for p in pieces) + "</body></html>",
                   encoding="utf-8")
    view = Offline(browser, out)
    page = view.page
    roots = page.locator(".smz")
    assert roots.count() == 2 and page.locator(".smz[data-ready]").count() == 2
    second = roots.nth(1)
    second.locator('.rec[data-rec="q0"]').click()
    assert second.locator(".s.on").count() == second.locator('.s[data-r~="q0"]').count() > 0
    assert roots.nth(0).locator(".s.on").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    view.close()


LOAD_MS = "() => performance.getEntriesByType('navigation')[0].loadEventEnd"  # from the navigation's start


class Folder:
    """Pages of a folder opened from file:// in a context that aborts every request outside the folder."""

    def __init__(self, browser: Browser, folder: Path) -> None:
        root = folder.resolve().as_uri() + "/"
        self.context = browser.new_context(viewport={"width": 1400, "height": 1100})
        self.outside: list[str] = []
        self.errors: list[str] = []

        def handle(route: Any) -> None:
            if route.request.url.startswith(root):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()

        self.context.route("**/*", handle)
        self.page: Page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: Path, fragment: str = "") -> tuple[float, float]:
        """Go to ``path``: the load event's time in the browser, and the wall time around ``goto``, in ms."""
        start = time.perf_counter()
        self.page.goto(path.resolve().as_uri() + fragment, wait_until="load")
        return float(self.page.evaluate(LOAD_MS)), (time.perf_counter() - start) * 1000

    def close(self) -> None:
        self.context.close()
        assert not self.outside and not self.errors, (self.outside, self.errors)


def test_a_store_of_10000_articles_opens_fast(browser: Browser, tmp_path: Path) -> None:
    # A store of 10,000 articles (40,000 records): the overview stays small and opens in under 2 s, an
    # article's page in under 1 s; its records' links lead to the article with the record selected.
    db, site = tmp_path / "store.sqlite", tmp_path / "site"
    build_large_store(db, tmp_path / "articles", 10_000)
    ran = run_cli("view", "--db", str(db), "--output-dir", str(site))
    assert ran.code == 0, ran.stderr
    assert "10,000 article pages" in ran.stderr
    assert run_cli("view", "--db", str(db), "-o", str(tmp_path / "one.html")).code == 2  # refused: too big for one page
    overview = site / "index.html"
    assert overview.stat().st_size < 2_000_000
    view = Folder(browser, site)
    load, wall = view.open(overview)
    print(f"overview: {overview.stat().st_size / 1e6:.2f} MB, load event {load:.0f} ms, goto {wall:.0f} ms")
    assert load < 2000 and wall < 2000
    page = view.page
    assert page.locator("#timeline li.item").count() == 500 and page.locator("#quotes li.item").count() == 500
    assert "showing 500 of 20,000 trips and meetings" in page.inner_text("#timeline h2")
    assert "showing 500 of 20,000" in page.inner_text("#quotes h2")
    assert "10000 articles" in page.inner_text("header") and "20000 quotes" in page.inner_text("header")
    person = page.eval_on_selector("#filters select[name=person]", "s => s.options[1].value")
    page.select_option("#filters select[name=person]", value=person)  # the filters narrow what is shown
    shown = page.locator("#timeline li.item:not(.off)").count()
    assert 0 < shown < 500
    page.click("#filters button[type=reset]")

    link = page.locator("#timeline li.ev-meeting a").last
    href = link.get_attribute("href") or ""
    assert href.startswith("articles/") and href.endswith("#v.m0")
    load, wall = view.open(site / href.split("#")[0], "#v.m0")
    print(f"article: load event {load:.0f} ms, goto {wall:.0f} ms")
    assert load < 1000 and wall < 1000
    expect(page.locator('.rec.sel[data-rec="m0"]')).to_have_count(1)
    assert page.locator(".s.on").count() == page.locator('.s[data-r~="m0"]').count() > 0
    summary, _ = synthetic_article(int(page.get_attribute(".smz", "data-doc").removeprefix("wire-")))  # type: ignore[union-attr]
    assert summary.meetings[0].participants[0].name in page.inner_text(".rec.sel")
    load, wall = view.open(site / "articles" / "index.html")  # every article listed, the latest first
    print(f"article list: load event {load:.0f} ms, goto {wall:.0f} ms")
    assert load < 2000 and page.locator("tr a").count() == 10_000
    page.click(".back a")
    expect(page.locator("#overview")).to_be_visible()
    view.close()
