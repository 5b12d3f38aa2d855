"""Tests for summarizer.read: reading files, stdin and URLs into Documents."""

from __future__ import annotations

import codecs
import io
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from summarizer.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    FetchError,
    InputError,
    InputTooLargeError,
    NotAnArticleError,
)
from summarizer.read import DEFAULT_MAX_BYTES, Document, document_from_text, read_document, read_page

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
       flew to Paris on Monday &mdash; her first trip abroad since she took office in the spring, and the
       first visit by a foreign minister in two years.</p>
    <p>&ldquo;We had a frank exchange,&rdquo; she said &amp; smiled, before leaving for a dinner with her
       French counterpart at the ministry.</p>
    <script>console.log("inline SECRET_SCRIPT")</script>
    <p>Talks continue<br>on Tuesday, when the two ministers meet the press.</p>
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
    path.write_bytes("Zürich — “quoted” ✓\r\nsecond line\r\n".encode())
    doc = read_document(str(path))
    assert isinstance(doc, Document)
    assert doc.text == "Zürich — “quoted” ✓\nsecond line\n"
    assert doc.doc_id == "trip-report"
    assert doc.source == str(path)
    assert doc.title is None
    assert doc.published is None


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Genève talks\n".encode())
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
    doc = read_document("-", stdin=io.BytesIO("From stdin: São Paulo\r\n".encode()))
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
    assert doc.title == "Minister visits Paris"
    assert "SECRET_SCRIPT" not in doc.text
    assert "Talks continue" in doc.text


# --------------------------------------------------------------------------- HTML


def test_html_file_reduced_to_article_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.title == "Minister visits Paris"
    assert doc.doc_id == "story"
    lines = doc.text.split("\n")
    assert lines == [
        "Minister visits Paris",
        ("The minister flew to Paris on Monday — her first trip abroad since she took office in the spring, "
         "and the first visit by a foreign minister in two years."),
        ("“We had a frank exchange,” she said & smiled, before leaving for a dinner with her French counterpart "
         "at the ministry."),
        "Talks continue",
        "on Tuesday, when the two ministers meet the press.",
    ]
    for junk in ("SECRET_SCRIPT", "color: red", "Menu item", "Home | World", "Site name",
                 "Related", "Search", "Copyright", "comment", "<p>", "&amp;"):
        assert junk not in doc.text


LONG_PARAGRAPHS = (
    "<p>First&nbsp;paragraph of the story, which tells how the minister flew to Paris on Monday for two days "
    "of talks.</p><div>Second <b>bold</b> one, in which she met her French counterpart and said the talks had "
    "gone well for both sides and would go on.</div>"
)


def test_html_without_article_element_reads_main(tmp_path: Path) -> None:
    page = (
        "<html><head><title> Page \n title </title></head><body>"
        f"<nav>Skip me</nav><main>{LONG_PARAGRAPHS}</main><footer>Foot</footer></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path))
    assert doc.text.split("\n")[0].startswith("First paragraph of the story")
    assert doc.text.split("\n")[1].startswith("Second bold one")
    assert "Skip me" not in doc.text and "Foot" not in doc.text
    assert doc.title == "Page title"


def test_html_title_from_h1_when_no_title_tag() -> None:
    page = read_page(f"<html><body><h1>Headline  here</h1>{LONG_PARAGRAPHS}</body></html>")
    assert page.title == "Headline here"
    assert page.text.startswith("Headline here\nFirst paragraph")


def test_html_with_only_boilerplate_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_text("<html><head><title>T</title><script>x()</script></head><body><nav>menu</nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(NotAnArticleError, match=r"shell\.html: no article text found") as info:
        read_document(str(path))
    assert info.value.reason.startswith("no article text found") and info.value.exit_code == 2


def test_html_meta_charset_cp1252(tmp_path: Path) -> None:
    words = "Le café à Zürich était plein lundi, quand la ministre est arrivée pour rencontrer son homologue. " * 4
    page = f'<html><head><meta charset="windows-1252"><title>Café</title></head><body><p>{words}</p></body></html>'
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    doc = read_document(str(path))
    assert doc.text.startswith("Le café à Zürich était plein lundi")
    assert doc.title == "Café"


def test_txt_file_with_html_content_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(f"<!doctype html><html><body>{LONG_PARAGRAPHS}</body></html>", encoding="utf-8")
    text = read_document(str(path)).text
    assert text.startswith("First paragraph") and "<p>" not in text and "\nSecond bold one" in text


def test_plain_text_with_angle_brackets_is_not_html(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("He wrote <b>bold</b> in the memo.\n", encoding="utf-8")
    assert read_document(str(path)).text == "He wrote <b>bold</b> in the memo.\n"


# --------------------------------------------------------------------------- document_from_text


def test_document_from_text() -> None:
    doc = document_from_text("\ufeffLine one\r\nLine two", doc_id="x1", published=date(2020, 1, 2))
    assert doc == Document(text="Line one\nLine two", doc_id="x1", source="<text>", published=date(2020, 1, 2),
                           published_source="given")
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
    seen_user_agents: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:  # silence the server
        return

    def _send(self, status: int, body: bytes, content_type: str | None) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        _Handler.seen_user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?", 1)[0]
        if path == "/news/2021/minister-visits-paris.html":
            self._send(200, HTML_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/plain/report":
            self._send(200, b"Plain report.\r\nSecond line.\r\n", "text/plain; charset=utf-8")
        elif path == "/plain-latin1":
            self._send(200, "Déjà vu à Genève: réunion très réussie.".encode("latin-1"), "text/plain; charset=ISO-8859-1")
        elif path == "/untyped":
            self._send(200, f"<!DOCTYPE html><html><body><p>Sniffed</p>{LONG_PARAGRAPHS}</body></html>".encode(), None)
        elif path == "/big":
            self._send(200, b"b" * 5000, "text/plain")
        elif path == "/":
            self._send(200, b"Home page text", "text/plain")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, b"too late", "text/plain")
        elif path == "/boom":
            self._send(500, b"internal error", "text/plain")
        elif path == "/redirect":  # 302 to the URL in ?to=
            target = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["to"][0]
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":  # endless redirects, each to a new URL: /loop?n=0 -> /loop?n=1 -> ...
            n = int(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["n"][0])
            self.send_response(301)
            self.send_header("Location", f"/loop?n={n + 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/hop/"):  # a slow chain of redirects: /hop/3 -> /hop/2 -> ... -> /hop/0
            time.sleep(0.3)
            left = int(path.rsplit("/", 1)[1])
            if left == 0:
                self._send(200, b"End of the chain.", "text/plain")
                return
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/truncated":  # promises 1000 bytes, sends 20, hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b"The minister flew to")
            self.close_connection = True
        elif path == "/trickle":  # a body of 100,000 bytes, one byte every 40 ms (~25 bytes/s)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self._trickle(b"x" * 150)
        elif path == "/trickle-headers":  # the headers themselves arrive one byte every 40 ms
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: ")
            if self._trickle(b"a" * 150):
                self.wfile.write(b"\r\nContent-Length: 2\r\n\r\nok")
        else:
            self._send(404, b"not here", "text/plain")

    def _trickle(self, data: bytes) -> bool:
        """Send ``data`` one byte every 40 ms (6 s in all); False if the client went away."""
        try:
            for i in range(len(data)):
                self.wfile.write(data[i:i + 1])
                self.wfile.flush()
                time.sleep(0.04)
        except OSError:
            return False
        return True


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
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
    assert doc.title == "Minister visits Paris"
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
    assert read_document(f"{server}/untyped").text.startswith("Sniffed\nFirst paragraph")


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


@pytest.fixture
def connects() -> Iterator[list[str]]:
    """The hosts of every socket connect the test makes (conftest lets only loopback through)."""
    seen: list[str] = []
    inner = socket.socket.connect  # conftest's loopback-only guard

    def record(self: socket.socket, address: object) -> object:
        seen.append(str(address[0] if isinstance(address, tuple) else address))
        return inner(self, address)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", record)
        yield seen


def test_url_trickling_body_hits_the_overall_deadline(server: str) -> None:
    # Each byte arrives well within any per-read timeout; only an overall deadline stops it.
    start = time.monotonic()
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/trickle?key=hunter2", timeout=1.0)
    elapsed = time.monotonic() - start
    assert "timed out after 1s" in str(info.value)
    assert f"{server}/trickle" in str(info.value)
    assert "hunter2" not in str(info.value)
    assert info.value.status_code is None
    assert elapsed < 2.5


def test_url_truncated_body_is_an_error(server: str) -> None:
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/truncated")
    assert str(info.value) == (
        f"could not fetch {server}/truncated: the connection closed after 20 of 1000 bytes"
    )


def test_url_trickling_headers_hit_the_overall_deadline(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1s"):
        read_document(f"{server}/trickle-headers", timeout=1.0)
    assert time.monotonic() - start < 2.5


def test_url_deadline_covers_the_whole_redirect_chain(server: str) -> None:
    # Nine requests of 0.3 s each: every one is quick, the whole chain is not.
    assert read_document(f"{server}/hop/1", timeout=2.0).text == "End of the chain."
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 1s"):
        read_document(f"{server}/hop/8", timeout=1.0)
    assert time.monotonic() - start < 2.0


def test_url_fetch_timeout_default_and_validation() -> None:
    import inspect

    from summarizer.read import DEFAULT_FETCH_TIMEOUT

    assert DEFAULT_FETCH_TIMEOUT == 30.0
    assert inspect.signature(read_document).parameters["timeout"].default is None  # None: the default
    for bad in (0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="timeout"):
            read_document("http://127.0.0.1:9/x", timeout=bad)


def test_url_redirect_on_loopback_is_followed(server: str, connects: list[str]) -> None:
    # The user asked for a loopback URL: a redirect to another loopback URL stays allowed.
    port = server.rsplit(":", 1)[1]
    for target in ("/plain/report", f"http://localhost:{port}/plain/report", f"{server}/plain/report"):
        doc = read_document(f"{server}/redirect?to={urllib.parse.quote(target)}")
        assert doc.text == "Plain report.\nSecond line.\n"
    assert set(connects) <= {"127.0.0.1", "::1"}


@pytest.mark.parametrize(
    "target",
    [
        "ftp://user:pw@127.0.0.1:{closed}/article.txt?sig=abc",
        "file:///etc/hostname",
        "gopher://127.0.0.1:{closed}/1",
        "data:text/plain,hello",
    ],
)
def test_url_redirect_to_another_scheme_is_refused(server: str, connects: list[str], target: str) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    target = target.format(closed=closed)
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/redirect?to={urllib.parse.quote(target)}&token=hunter2")
    message = str(info.value)
    assert message.startswith("refused redirect to ")
    assert "only http and https" in message
    assert f"{server}/redirect" in message
    for secret in ("hunter2", "sig=abc", "pw@"):
        assert secret not in message
    assert "\n" not in message
    assert info.value.exit_code == 2
    assert info.value.status_code is None
    assert len(connects) == 1  # only the first request; nothing for the redirect target


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
        "http://10.0.0.1/admin",
        "https://192.168.1.1/",
        "http://[fe80::1]/",
        "http://0.0.0.0:{port}/plain/report",
        "http://[::ffff:169.254.169.254]/",
    ],
)
def test_url_redirect_to_a_private_address_is_refused_before_connecting(
    server: str, connects: list[str], target: str
) -> None:
    target = target.format(port=server.rsplit(":", 1)[1])
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/redirect?to={urllib.parse.quote(target)}")
    message = str(info.value)
    assert message.startswith("refused redirect to ")
    assert "not a public address" in message
    assert f"{server}/redirect" in message
    assert connects == ["127.0.0.1"]  # the first request only: the target was never contacted


def test_url_too_many_redirects(server: str, connects: list[str]) -> None:
    with pytest.raises(FetchError) as info:
        read_document(f"{server}/loop?n=0")
    assert str(info.value) == f"too many redirects (more than 10) fetching {server}/loop"
    assert len(connects) == 11


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "127.0.0.1", "127.8.9.10",
        "0.0.0.0", "100.64.0.1", "192.0.2.1", "198.18.0.1", "224.0.0.1", "239.255.255.250",
        "240.0.0.1", "255.255.255.255",
        "::1", "::", "fe80::1", "fe80::1%eth0", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1",
        "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:a9fe:a9fe::1", "64:ff9b::a9fe:a9fe",
        "not an address", "",
    ],
)
def test_non_public_addresses(address: str) -> None:
    from summarizer.read.address import is_public_address

    assert not is_public_address(address)


@pytest.mark.parametrize(
    "address",
    ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"],
)
def test_public_addresses(address: str) -> None:
    from summarizer.read.address import is_public_address

    assert is_public_address(address)


def test_redirect_address_policy() -> None:
    from summarizer.read.address import next_trusted, redirect_refusal

    public_origin = ["93.184.216.34"]
    # From a public host: public targets only, every address of the target checked.
    assert redirect_refusal(["93.184.216.35", "2606:4700:4700::1111"], public_origin) is None
    for private in ("10.0.0.1", "169.254.169.254", "192.168.1.1", "::1", "127.0.0.1", "fd00::1"):
        assert redirect_refusal([private], public_origin) == private
    assert redirect_refusal(["93.184.216.35", "192.168.1.1"], public_origin) == "192.168.1.1"
    # From a private host the user asked for: its own address(es), and no other private one.
    assert redirect_refusal(["10.0.0.5"], ["10.0.0.5"]) is None
    assert redirect_refusal(["10.0.0.6"], ["10.0.0.5"]) == "10.0.0.6"
    assert redirect_refusal(["169.254.169.254"], ["10.0.0.5"]) == "169.254.169.254"
    assert redirect_refusal(["8.8.8.8"], ["10.0.0.5"]) is None
    # Loopback: the same machine, whichever loopback address.
    assert redirect_refusal(["::1", "127.0.0.1"], ["127.0.0.1"]) is None
    assert redirect_refusal(["::ffff:127.0.0.2"], ["127.0.0.1"]) is None
    assert redirect_refusal(["10.0.0.1"], ["127.0.0.1"]) == "10.0.0.1"
    assert redirect_refusal(["169.254.169.254"], ["127.0.0.1"]) == "169.254.169.254"
    assert redirect_refusal(["192.168.1.1"], []) == "192.168.1.1"
    # Trust ends once the chain leaves the origin: loopback -> public -> loopback is refused.
    assert next_trusted(["127.0.0.1"], ["127.0.0.1"]) == ["127.0.0.1"]
    assert next_trusted(["::1"], ["127.0.0.1"]) == ["127.0.0.1"]
    assert next_trusted(["93.184.216.34"], ["127.0.0.1"]) == []
    assert redirect_refusal(["127.0.0.1"], next_trusted(["93.184.216.34"], ["127.0.0.1"])) == "127.0.0.1"


def test_redirect_target_is_checked_again_at_connect() -> None:
    # A host that resolved to a public address for the check but connects to a private one
    # (DNS rebinding) is refused when the socket is connected, before anything is sent.
    from summarizer.read.fetch import _Fetch

    fetch = _Fetch(5.0, name="http://origin.example/a", doc_source="http://origin.example/a?x=1",
                   origin_host="origin.example")
    fetch.connected("origin.example", "93.184.216.34")
    fetch.connected("proxy.internal", "10.0.0.2")  # a proxy is not the origin
    assert fetch.origin_peers == ["93.184.216.34"]
    fetch.redirect = ("rebind.example", "http://rebind.example/b", ["93.184.216.34"])
    fetch.connected("rebind.example", "93.184.216.35")
    fetch.connected("proxy.internal", "10.0.0.2")  # through a proxy: the proxy's address says nothing
    with pytest.raises(FetchError) as info:
        fetch.connected("rebind.example", "169.254.169.254")
    assert str(info.value) == (
        "refused redirect to http://rebind.example/b fetching http://origin.example/a: "
        "rebind.example is at 169.254.169.254, not a public address"
    )


# --------------------------------------------------------------------------- dateline (summarizer.text.dateline)


def test_read_document_does_not_set_published_from_dateline(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("March 5, 2021 - The minister arrived.", encoding="utf-8")
    assert read_document(str(path)).published is None


@pytest.mark.parametrize("url", ["http://[::1", "http://user:secret@[::1/x?token=hunter2"])
def test_a_malformed_url_is_an_input_error_that_shows_no_secret(url: str) -> None:
    with pytest.raises(FetchError, match="not a valid URL") as info:
        read_document(url)
    assert info.value.exit_code == 2
    assert "secret" not in str(info.value) and "hunter2" not in str(info.value)
