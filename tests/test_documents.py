"""Tests for summarizer.documents: reading files, stdin and URLs into Documents."""

from __future__ import annotations

import codecs
import io
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summarizer.documents import (
    DEFAULT_MAX_BYTES,
    Document,
    document_from_text,
    find_dateline,
    html_to_text,
    read_document,
)
from summarizer.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FetchError,
    InputError,
    InputTooLargeError,
)

ARTICLE = "The minister flew to Paris on Monday.\nShe met her French counterpart.\n"

HTML_PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Minister visits Paris &amp; Berlin</title>
  <style>body { color: red; }</style>
  <script>var tracking = "SECRET_SCRIPT";</script>
</head>
<body>
  <header><a href="/">Site name</a> <nav>Home | World | Sport</nav></header>
  <nav><ul><li>Menu item</li></ul></nav>
  <article>
    <h1>Minister visits Paris</h1>
    <p>The   minister
       flew to Paris on Monday &mdash; her first trip abroad.</p>
    <p>&ldquo;We had a frank exchange,&rdquo; she said &amp; smiled.</p>
    <script>console.log("inline SECRET_SCRIPT")</script>
    <p>Talks continue<br>on Tuesday.</p>
    <!-- a comment that must not appear -->
  </article>
  <aside>Related: other stories</aside>
  <form><input name="q"> Search</form>
  <footer>Copyright footer text</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- files: encodings


def test_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "trip-report.txt"
    path.write_bytes("Zürich — “quoted” ✓\r\nsecond line\r\n".encode("utf-8"))
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    assert doc.text == "Zürich — “quoted” ✓\nsecond line\n"
    assert doc.doc_id == "trip-report"
    assert doc.source == str(path)
    assert doc.title is None
    assert doc.published is None


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Genève talks\n".encode("utf-8"))
    doc = read_document(str(path))
    assert doc.text == "Genève talks\n"
    assert not doc.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + "Ministerin in Köln\r\nZweite Zeile".encode(codec))
    doc = read_document(str(path))
    assert doc.text == "Ministerin in Köln\nZweite Zeile"


def test_cp1252_file_with_accents(tmp_path: Path) -> None:
    text = (
        "Le président a visité Genève et Zürich lundi. "
        "Il a déclaré: « Nous avons eu une réunion très positive » – à suivre.\n"
        "The naïve café owner’s résumé was praised.\n"
    )
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    doc = read_document(str(path))
    assert doc.text == text


def test_latin1_file_with_accents(tmp_path: Path) -> None:
    text = "Der Außenminister traf sich in München mit seinem Amtskollegen. Die Gespräche dauerten über drei Stunden.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_document(str(path)).text == text


def test_undeterminable_encoding(tmp_path: Path) -> None:
    # Short Cyrillic text in a legacy code page: several encodings read it equally well.
    path = tmp_path / "ambiguous.txt"
    path.write_bytes("Привет мир, это тест.".encode("cp1251"))
    with pytest.raises(EncodingError) as info:
        read_document(str(path))
    assert str(path) in str(info.value)
    assert info.value.source == str(path)


def test_bom_with_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"abc \xff\xfe def")
    with pytest.raises(EncodingError, match="broken.txt"):
        read_document(str(path))


# --------------------------------------------------------------------------- files: bad input


def test_binary_file_with_nul(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(BinaryInputError) as info:
        read_document(str(path))
    assert "binary" in str(info.value)
    assert str(path) in str(info.value)
    assert isinstance(info.value, InputError)


def test_binary_file_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "blob.dat"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"some text" * 5)
    with pytest.raises(BinaryInputError):
        read_document(str(path))


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError) as info:
        read_document(str(path))
    assert str(path) in str(info.value)
    assert "empty" in str(info.value)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \r\n\t\n   \n")
    with pytest.raises(EmptyInputError, match="whitespace"):
        read_document(str(path))


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_document(str(path))
    assert str(info.value) == f"file not found: {path}"
    assert info.value.source == str(path)
    assert info.value.exit_code == 2


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_document(str(tmp_path))
    assert "directory" in str(info.value)
    assert str(tmp_path) in str(info.value)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(InputTooLargeError) as info:
        read_document(str(path), max_bytes=100)
    assert info.value.size == 101
    assert info.value.limit == 100
    assert str(path) in str(info.value)
    # Exactly at the limit is fine.
    path.write_bytes(b"a" * 100)
    assert read_document(str(path), max_bytes=100).text == "a" * 100
    assert DEFAULT_MAX_BYTES == 5_000_000


def test_published_is_passed_through(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_document(str(path), published=date(2021, 3, 5))
    assert doc.published == date(2021, 3, 5)


def test_messages_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"\n\n\n")
    with pytest.raises(EmptyInputError) as info:
        read_document(str(path))
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- stdin


def test_stdin_bytesio() -> None:
    doc = read_document("-", stdin=io.BytesIO("From stdin: São Paulo\r\n".encode("utf-8")))
    assert doc.text == "From stdin: São Paulo\n"
    assert doc.doc_id == "stdin"
    assert doc.source == "-"


def test_stdin_size_limit_reads_at_most_limit_plus_one() -> None:
    stream = io.BytesIO(b"x" * 10_000)
    with pytest.raises(InputTooLargeError) as info:
        read_document("-", stdin=stream, max_bytes=50)
    assert stream.tell() == 51
    assert info.value.limit == 50
    assert "stdin" in str(info.value)


def test_stdin_empty() -> None:
    with pytest.raises(EmptyInputError, match="stdin"):
        read_document("-", stdin=io.BytesIO(b""))


def test_stdin_html_is_sniffed() -> None:
    doc = read_document("-", stdin=io.BytesIO(HTML_PAGE.encode("utf-8")))
    assert doc.title == "Minister visits Paris & Berlin"
    assert "SECRET_SCRIPT" not in doc.text
    assert "Talks continue" in doc.text


# --------------------------------------------------------------------------- HTML


def test_html_file_reduced_to_article_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.title == "Minister visits Paris & Berlin"
    assert doc.doc_id == "story"
    lines = doc.text.split("\n")
    assert lines == [
        "Minister visits Paris",
        "The minister flew to Paris on Monday — her first trip abroad.",
        "“We had a frank exchange,” she said & smiled.",
        "Talks continue",
        "on Tuesday.",
    ]
    for junk in ("SECRET_SCRIPT", "color: red", "Menu item", "Home | World", "Site name",
                 "Related", "Search", "Copyright", "comment", "<p>", "&amp;"):
        assert junk not in doc.text


def test_html_without_article_uses_main_or_body(tmp_path: Path) -> None:
    page = (
        "<html><head><title> Page \n title </title></head><body>"
        "<nav>Skip me</nav><main><p>First&nbsp;paragraph.</p><div>Second <b>bold</b> one.</div></main>"
        "<footer>Foot</footer></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.text == "First paragraph.\nSecond bold one."
    assert doc.title == "Page title"


def test_html_title_from_h1_when_no_title_tag() -> None:
    text, title = html_to_text("<body><h1>Headline  here</h1><p>Body text.</p></body>")
    assert title == "Headline here"
    assert text == "Headline here\nBody text."


def test_html_with_only_boilerplate_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><title>T</title><script>x()</script></head><body><nav>menu</nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(EmptyInputError, match="shell.html"):
        read_document(str(path))


def test_html_meta_charset_cp1252(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"><title>Café</title></head><body><p>Le café à Zürich.</p></body></html>'
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    doc = read_document(str(path))
    assert doc.text == "Le café à Zürich."
    assert doc.title == "Café"


def test_txt_file_with_html_content_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text("<!doctype html><html><body><p>One</p><p>Two</p></body></html>", encoding="utf-8")
    assert read_document(str(path)).text == "One\nTwo"


def test_plain_text_with_angle_brackets_is_not_html(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("He wrote <b>bold</b> in the memo.\n", encoding="utf-8")
    assert read_document(str(path)).text == "He wrote <b>bold</b> in the memo.\n"


# --------------------------------------------------------------------------- document_from_text


def test_document_from_text() -> None:
    doc = document_from_text("\ufeffLine one\r\nLine two", doc_id="x1", published=date(2020, 1, 2))
    assert doc == Document(text="Line one\nLine two", doc_id="x1", source="<text>", published=date(2020, 1, 2))
    assert document_from_text("hello").doc_id == "text"


@pytest.mark.parametrize("text", ["", "   ", "\n\t\r\n"])
def test_document_from_text_empty(text: str) -> None:
    with pytest.raises(EmptyInputError):
        document_from_text(text)


def test_document_is_frozen() -> None:
    doc = document_from_text("abc")
    with pytest.raises(AttributeError):
        doc.text = "other"  # type: ignore[misc]


# --------------------------------------------------------------------------- URLs (real local server)


class _Handler(BaseHTTPRequestHandler):
    seen_user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence the server
        return

    def _send(self, status: int, body: bytes, content_type: str | None) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        _Handler.seen_user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?", 1)[0]
        if path == "/news/2021/minister-visits-paris.html":
            self._send(200, HTML_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/plain/report":
            self._send(200, b"Plain report.\r\nSecond line.\r\n", "text/plain; charset=utf-8")
        elif path == "/plain-latin1":
            self._send(200, "Déjà vu à Genève: réunion très réussie.".encode("latin-1"), "text/plain; charset=ISO-8859-1")
        elif path == "/untyped":
            self._send(200, b"<!DOCTYPE html><html><body><p>Sniffed</p></body></html>", None)
        elif path == "/big":
            self._send(200, b"b" * 5000, "text/plain")
        elif path == "/":
            self._send(200, b"Home page text", "text/plain")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, b"too late", "text/plain")
        elif path == "/boom":
            self._send(500, b"internal error", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
    assert not thread.is_alive()


def test_url_html_page(server: str) -> None:
    url = f"{server}/news/2021/minister-visits-paris.html?utm_source=x"
    doc = read_document(url)
    assert doc.doc_id == "minister-visits-paris"
    assert doc.source == url
    assert doc.title == "Minister visits Paris & Berlin"
    assert doc.text.startswith("Minister visits Paris\nThe minister flew to Paris on Monday")
    assert "SECRET_SCRIPT" not in doc.text
    assert _Handler.seen_user_agents[-1] == "summarizer"


def test_url_text_page(server: str) -> None:
    doc = read_document(f"{server}/plain/report", published=date(2022, 6, 1))
    assert doc.text == "Plain report.\nSecond line.\n"
    assert doc.doc_id == "report"
    assert doc.title is None
    assert doc.published == date(2022, 6, 1)


def test_url_declared_latin1_charset(server: str) -> None:
    assert read_document(f"{server}/plain-latin1").text == "Déjà vu à Genève: réunion très réussie."


def test_url_without_content_type_is_sniffed(server: str) -> None:
    assert read_document(f"{server}/untyped").text == "Sniffed"


def test_url_doc_id_falls_back_to_host(server: str) -> None:
    assert read_document(f"{server}/").doc_id == "127.0.0.1"


def test_url_404(server: str) -> None:
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/missing-page?token=hunter2")
    err = info.value
    assert err.status_code == 404
    assert "404" in str(err)
    assert "/missing-page" in str(err)
    assert "hunter2" not in str(err)  # query strings may hold secrets
    assert isinstance(err.__cause__, Exception)
    assert isinstance(err, InputError)


def test_url_500(server: str) -> None:
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/boom")
    assert info.value.status_code == 500


def test_url_size_limit(server: str) -> None:
    with pytest.raises(InputTooLargeError) as info:
        read_document(f"{server}/big", max_bytes=1000)
    assert info.value.limit == 1000


def test_url_timeout(server: str) -> None:
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/slow", timeout=0.3)
    assert info.value.status_code is None
    assert "timed out" in str(info.value)


def test_url_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError) as info:
        read_document(f"http://user:s3cret@127.0.0.1:{port}/article", timeout=5)
    assert info.value.status_code is None
    assert "s3cret" not in str(info.value)
    assert f"127.0.0.1:{port}/article" in str(info.value)
    assert info.value.__cause__ is not None


# --------------------------------------------------------------------------- find_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON, March 5, 2021 — The minister arrived.", date(2021, 3, 5)),
        ("Published: 5 March 2021\nThe minister arrived.", date(2021, 3, 5)),
        ("2021-03-05T10:00:00Z\nThe minister arrived.", date(2021, 3, 5)),
        ("Posted 2021/3/5 by staff", date(2021, 3, 5)),
        ("Friday, Mar. 5th, 2021. Talks began.", date(2021, 3, 5)),
        ("Updated on the 5th of March, 2021", date(2021, 3, 5)),
        ("SEPT 30 2019 - Berlin", date(2019, 9, 30)),
        ("By staff. 12 December 2020. Earlier on November 3, 2020 they met.", date(2020, 12, 12)),
    ],
)
def test_find_dateline(text: str, expected: date) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On March 5 the minister arrived in Paris.",  # no year: never invent one
        "The meeting is on 05/03/2021 in Rome.",  # ambiguous numeric date
        "February 30, 2021 is not a date.",  # invalid day
        "No dates here at all.",
        "",
        "x" * 400 + " March 5, 2021",  # beyond the first ~300 characters
    ],
)
def test_find_dateline_none(text: str) -> None:
    assert find_dateline(text) is None


def test_find_dateline_skips_invalid_and_takes_next() -> None:
    assert find_dateline("2021-02-30 draft; published 2021-03-01") == date(2021, 3, 1)


def test_read_document_does_not_set_published_from_dateline(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("March 5, 2021 - The minister arrived.", encoding="utf-8")
    assert read_document(str(path)).published is None
