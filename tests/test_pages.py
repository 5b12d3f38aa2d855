"""Real news pages in: main text, date, title and authors read by trafilatura; pages that are not articles; feeds.

Every page here is written by the test; URLs are served by a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fault_server import FaultServer, Reply
from typer.testing import CliRunner

from summarizer.batch.inputs import Reader, expand_inputs
from summarizer.cli import app
from summarizer.errors import InputError, NotAnArticleError
from summarizer.read import read_document, read_feed
from summarizer.read.document import date_problem

BODY = (
    "<p>Foreign Minister Anna Berg will travel to Paris on Monday to meet French Foreign Minister Louis Martin, "
    "her office said.</p>"
    '<p>"We will talk about trade and about the fishing dispute," Berg told reporters in Stockholm.</p>'
    "<h2>Fishing licences</h2>"
    "<p>The two ministers last met in Brussels in October, when talks on fishing licences for small boats broke "
    "down after a long night.</p>"
)
CHROME = (
    '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>',
    ('<aside><h3>Most read</h3><a href="/x">Storm hits the coast</a></aside>'
     '<div class="comments"><p>Posted by reader42: the minister should stay at home.</p></div>'
     "<footer>Copyright Daily Planet</footer>"),
)


def page(body: str = BODY, *, published: str | None = "2019-11-20T08:00:00Z",
         canonical: str = "https://news.example.com/2019/11/20/minister-paris") -> str:
    """A news page: metadata in the head, the article between navigation, teasers, comments and a footer."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        "<!DOCTYPE html><html><head><title>Minister to visit Paris | Daily Planet</title>"
        '<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Jane Roe; John Doe">'
        f'{meta}<link rel="canonical" href="{canonical}"></head>'
        f"<body>{CHROME[0]}<article><h1>Minister to visit Paris</h1>{body}</article>{CHROME[1]}</body></html>"
    )


UNDATED = "https://news.example.com/world/minister-paris"


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def test_a_news_page_gives_its_article_text_and_what_it_says_of_itself(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path, "story.html", page())))
    lines = doc.text.split("\n")
    assert lines[0] == "Minister to visit Paris"
    assert lines[1].startswith("Foreign Minister Anna Berg will travel to Paris on Monday")
    assert lines[2] == '"We will talk about trade and about the fishing dispute," Berg told reporters in Stockholm.'
    assert "Fishing licences" in lines  # headings are kept, one a line
    for chrome in ("Home", "Sport", "Most read", "Storm hits", "reader42", "Copyright"):
        assert chrome not in doc.text
    assert (doc.published, doc.published_source) == (date(2019, 11, 20), "page")
    assert doc.title == "Minister to visit Paris"
    assert doc.authors == ("Jane Roe", "John Doe")
    assert doc.site_name == "Daily Planet"
    assert doc.url == "https://news.example.com/2019/11/20/minister-paris"
    assert doc.notes == ()


def test_a_date_given_wins_over_the_pages_own(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path, "story.html", page())), published=date(2019, 11, 22))
    assert (doc.published, doc.published_source) == (date(2019, 11, 22), "given")


def test_a_page_dated_only_by_its_address_and_one_without_a_date(tmp_path: Path) -> None:
    doc = read_document(str(write(tmp_path, "story.html", page(published=None))))
    assert (doc.published, doc.published_source) == (date(2019, 11, 20), "page")  # /2019/11/20/ in its URL
    doc = read_document(str(write(tmp_path, "story.html", page(published=None, canonical=UNDATED))))
    assert (doc.published, doc.published_source) == (None, None)


def test_a_date_in_the_future_or_before_1990_is_not_trusted() -> None:
    today = date(2026, 12, 2)
    assert date_problem(date(2019, 11, 20), what="the page's date", today=today) is None
    assert date_problem(today, what="the page's date", today=today) is None
    future = date_problem(today + timedelta(days=1), what="the page's date", today=today)
    assert future == "the page's date 2026-12-03 is after today (2026-12-02): not used as the reference date"
    old = date_problem(date(1989, 12, 31), what="the feed entry's date", today=today)
    assert old == "the feed entry's date 1989-12-31 is before 1990: not used as the reference date"


SECTION_FRONT = "".join(
    f'<li><a href="/world/{n}">{headline}</a></li>'
    for n, headline in enumerate([
        "Minister to visit Paris for talks on trade and fishing rights next week",
        "Storm leaves thousands without power along the northern coast overnight",
        "Central bank holds interest rates steady as inflation slows for a third month",
        "Parliament votes to extend the mandate of the peacekeeping mission abroad",
        "Court rules that the new fishing licences for small boats must be reviewed",
        "Opposition leader calls for early elections after the budget vote fails",
        "Talks between the unions and the rail company break down again on Sunday",
    ]))
PAGES_THAT_ARE_NOT_ARTICLES = {
    "section front": ((f"<html><head><title>World</title></head><body><main><h1>World</h1><ul>{SECTION_FRONT}</ul>"
                       "</main></body></html>"), "looks like a list of links"),
    "video page": (('<html><head><title>Video</title><meta property="og:type" content="video.other"></head><body>'
                    "<main><h1>Watch: the minister arrives</h1><video src=\"/v.mp4\"></video>"
                    "<p>The minister arrives in Paris.</p></main></body></html>"), "no article text found"),
    "paywall stub": (("<html><head><title>Talks</title></head><body><article><h1>Minister to visit Paris</h1>"
                      "<p>Foreign Minister Anna Berg will travel to Paris on Monday, her office said, in the first "
                      "visit of its kind in two years.</p><p>Subscribe to continue reading. Already a subscriber? "
                      "Sign in to read the whole story and get unlimited access to all of our journalism.</p>"
                      "</article></body></html>"), "looks like a subscription or cookie notice"),
    "cookie wall": (("<html><head><title>Daily Planet</title></head><body><main><h1>We value your privacy</h1>"
                     "<p>We and our partners use cookies and similar technologies to store and access information "
                     "on your device, to measure audiences and to show you personalised advertising. You can give "
                     "your consent or change your privacy settings at any time.</p><button>Accept all</button>"
                     "<button>Reject all</button></main></body></html>"), "looks like a subscription or cookie notice"),
}


@pytest.mark.parametrize("kind", sorted(PAGES_THAT_ARE_NOT_ARTICLES))
def test_a_page_that_is_not_an_article_is_a_one_line_error_that_says_why(tmp_path: Path, kind: str) -> None:
    html, reason = PAGES_THAT_ARE_NOT_ARTICLES[kind]
    path = write(tmp_path, "page.html", html)
    with pytest.raises(NotAnArticleError) as info:
        read_document(str(path))
    assert info.value.reason.startswith(reason)
    assert str(info.value).startswith(f"{path}: {reason}") and "\n" not in str(info.value)
    result = CliRunner().invoke(app, ["summarize", str(path), "--model", "openai:test-model",
                                      "--base-url", "http://127.0.0.1:9", "--cache-mode", "off"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"summarizer: error: {path}: {info.value.reason}"]


def test_a_feed_given_as_an_article_says_where_it_belongs(tmp_path: Path) -> None:
    path = write(tmp_path, "saved.html", rss([("http://127.0.0.1:9/a", None)]))
    with pytest.raises(InputError, match=r"is an RSS or Atom feed, not an article: give it to `summarizer batch` "):
        read_document(str(path))


def summarize(url: str, path: Path, fmt: str) -> str:
    result = CliRunner().invoke(app, ["summarize", str(path), "--model", "openai:test-model", "--base-url", url,
                                      "--cache-mode", "off", "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def test_summarize_a_saved_page_dates_it_from_the_page_and_grounds_evidence_in_its_text(tmp_path: Path) -> None:
    path = write(tmp_path, "story.html", page())
    text = read_document(str(path)).text
    with FaultServer() as server:
        table = summarize(server.url, path, "table")
        data = json.loads(summarize(server.url, path, "json"))
        view = summarize(server.url, path, "html")
    assert "published 2019-11-20 (from the page)" in table.splitlines()[:4]
    assert (data["published"], data["published_source"], data["title"], data["authors"], data["site_name"]) == (
        "2019-11-20", "page", "Minister to visit Paris", ["Jane Roe", "John Doe"], "Daily Planet")
    assert data["url"] == "https://news.example.com/2019/11/20/minister-paris"
    spans = [s for kind in ("trips", "meetings", "quotes") for record in data[kind] for s in record["evidence"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    assert "published 2019-11-20 (from the page)" in view and "Daily Planet" in view
    assert "reader42" not in view and "Storm hits" not in view


# --------------------------------------------------------------------------- feeds


def rss(entries: list[tuple[str, str | None]]) -> str:
    items = "".join(f"<item><title>Entry {n}</title><link>{link}</link>"
                    + (f"<pubDate>{when}</pubDate>" if when else "") + "</item>"
                    for n, (link, when) in enumerate(entries))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Planet</title>{items}</channel></rss>'


@pytest.fixture
def site() -> Iterator[tuple[FaultServer, dict[str, str], Counter[str]]]:
    """A model server that also serves pages: ``pages`` maps a path to its HTML; ``hits`` counts the GETs."""
    pages: dict[str, str] = {}
    hits: Counter[str] = Counter()
    with FaultServer() as server:
        def serve(path: str) -> None:
            def route(_server: FaultServer, _body: object, _raw: bytes) -> Reply:
                hits[path] += 1
                kind = "application/rss+xml" if path.endswith(".xml") else "text/html; charset=utf-8"
                return Reply(200, pages[path].encode("utf-8"), {"Content-Type": kind})
            server.add_route("GET", path, route)
        server.serve = serve  # type: ignore[attr-defined]
        yield server, pages, hits


def batch(url: str, db: Path, *inputs: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *inputs, "--db", str(db), "--model", "openai:test-model", "--base-url",
                                      url, "--cache-mode", "off", "--timeout", "5", "--quiet"])
    return result.exit_code, result.output


def stored(db: Path) -> dict[str, tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, status, published, published_source, title, error FROM articles").fetchall()
    return {str(r[0]): r[1:] for r in rows}


def test_a_feed_is_every_entry_once_and_a_rerun_adds_only_new_entries(
        site: tuple[FaultServer, dict[str, str], Counter[str]], tmp_path: Path) -> None:
    server, pages, hits = site
    base = server.url.removesuffix("/v1")
    pages["/news/dated.html"] = page()
    pages["/news/undated.html"] = page(BODY + "<p>Berg returns to Stockholm on Wednesday.</p>", published=None,
                                       canonical=UNDATED)
    pages["/world.html"] = PAGES_THAT_ARE_NOT_ARTICLES["section front"][0]
    entries = [(f"{base}/news/dated.html", "Wed, 20 Nov 2019 10:00:00 GMT"),
               (f"{base}/news/undated.html#comments", "Thu, 21 Nov 2019 09:00:00 GMT"),
               ("/world.html", None)]  # a relative link, resolved against the feed's address
    pages["/feed.xml"] = rss(entries)
    for path in pages:
        server.serve(path)  # type: ignore[attr-defined]
    db = tmp_path / "news.sqlite"
    code, out = batch(server.url, db, f"{base}/feed.xml")
    assert code == 1, out  # the section front is an error row
    rows = stored(db)
    assert rows[f"{base}/news/dated.html"][:4] == ("ok", "2019-11-20", "page", "Minister to visit Paris")
    assert rows[f"{base}/news/undated.html"][:3] == ("ok", "2019-11-21", "feed")
    assert rows[f"{base}/world.html"][0] == "error"
    assert "looks like a list of links" in str(rows[f"{base}/world.html"][4])
    assert "2 ok, 1 failed" in out

    pages["/news/later.html"] = page(BODY + "<p>Martin will visit Stockholm in the spring.</p>",
                                     published="2019-11-23", canonical=UNDATED + "-later")
    server.serve("/news/later.html")  # type: ignore[attr-defined]
    pages["/feed.xml"] = rss([(f"{base}/news/later.html", None), *entries])
    before = hits.copy()
    code, out = batch(server.url, db, f"{base}/feed.xml")
    assert "1 ok, 0 failed, 3 already in the store" in out, out
    assert stored(db)[f"{base}/news/later.html"][:3] == ("ok", "2019-11-23", "page")
    assert hits - before == Counter({"/feed.xml": 1, "/news/later.html": 1})  # the old entries were not fetched


def test_an_atom_feed_file_and_an_entry_date_from_the_future(
        site: tuple[FaultServer, dict[str, str], Counter[str]], tmp_path: Path) -> None:
    server, pages, _ = site
    pages["/a.html"] = page(published=None, canonical=UNDATED)
    server.serve("/a.html")  # type: ignore[attr-defined]
    base = server.url.removesuffix("/v1")
    soon = (date.today() + timedelta(days=30)).isoformat()
    feed = write(tmp_path, "planet.atom", (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>'
        f'<entry><title>A</title><link href="{base}/a.html"/><id>a</id><updated>{soon}T00:00:00Z</updated>'
        "</entry></feed>"))
    assert [e.link for e in read_feed(str(feed))] == [f"{base}/a.html"]
    db = tmp_path / "news.sqlite"
    code, out = batch(server.url, db, str(feed))
    assert code == 0, out
    assert stored(db)[f"{base}/a.html"][:3] == ("ok", None, None)
    with sqlite3.connect(db) as conn:
        warnings = json.loads(conn.execute("SELECT warnings FROM articles").fetchone()[0])
    assert f"the feed entry's date {soon} is after today" in warnings[0]


def test_a_feed_at_any_address_is_written_feed_colon(
        site: tuple[FaultServer, dict[str, str], Counter[str]], tmp_path: Path) -> None:
    server, pages, _ = site
    base = server.url.removesuffix("/v1")
    pages["/export"] = rss([(f"{base}/a.html", "Wed, 20 Nov 2019 10:00:00 GMT")])
    pages["/a.html"] = page(published=None, canonical=UNDATED)
    for path in pages:
        server.serve(path)  # type: ignore[attr-defined]
    with pytest.raises(InputError, match=r"is an RSS or Atom feed, not an article: .*\(written feed:ADDRESS"):
        read_document(f"{base}/export?format=rss")
    db = tmp_path / "news.sqlite"
    code, out = batch(server.url, db, f"feed:{base}/export?format=rss")
    assert code == 0, out
    assert stored(db)[f"{base}/a.html"][:3] == ("ok", "2019-11-20", "feed")


def test_a_feed_that_cannot_be_read_is_an_error_row(
        site: tuple[FaultServer, dict[str, str], Counter[str]], tmp_path: Path) -> None:
    server, pages, _ = site
    pages["/broken/rss"] = "<html><body>not a feed</body></html>"
    server.serve("/broken/rss")  # type: ignore[attr-defined]
    db = tmp_path / "news.sqlite"
    base = server.url.removesuffix("/v1")
    code, _ = batch(server.url, db, f"{base}/missing/feed", f"{base}/broken/rss")
    assert code == 1
    errors = sorted(str(r[4]) for r in stored(db).values())
    assert any("HTTP 404" in e for e in errors) and any("is not an RSS or Atom feed" in e for e in errors)


def test_a_page_in_a_language_written_without_spaces_is_an_article(tmp_path: Path) -> None:
    sentence = "外務大臣は月曜日にパリを訪問し、フランスの外務大臣と貿易や漁業の問題について会談する予定だと発表した。"
    html = f"<html><head><title>訪問</title></head><body><article><p>{sentence}</p><p>{sentence * 5}</p></article></body></html>"
    doc = read_document(str(write(tmp_path, "ja.html", html)))
    assert doc.text.split("\n")[0] == sentence and len(doc.text.split()) < 40


def test_a_manifest_row_whose_text_is_a_page_is_read_as_a_page(tmp_path: Path) -> None:
    manifest = tmp_path / "rows.jsonl"
    rows = [{"id": "p1", "text": page()}, {"id": "p2", "text": PAGES_THAT_ARE_NOT_ARTICLES["cookie wall"][0]}]
    manifest.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = (Reader(item) for item in expand_inputs([str(manifest)]))
    doc = first()
    assert doc.text.startswith("Minister to visit Paris\nForeign Minister Anna Berg")
    assert (doc.doc_id, doc.published, doc.published_source, doc.site_name) == ("p1", date(2019, 11, 20), "page",
                                                                                 "Daily Planet")
    with pytest.raises(NotAnArticleError, match="looks like a subscription or cookie notice"):
        second()
