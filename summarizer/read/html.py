"""HTML: recognise it, find its declared charset, reduce it to the article's text.

:func:`html_to_text` keeps the article's text, one paragraph per line, and the page title.
"""

from __future__ import annotations

import codecs
import re

from summarizer.read.decode import one_line

__all__ = ["content_type_is_html", "html_to_text", "looks_like_html", "meta_charset", "sniff_html"]

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
    "head", "title", "svg", "iframe", "canvas", "button", "select", "dialog",
)  # fmt: skip
_BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})  # fmt: skip


def content_type_is_html(content_type: str | None) -> bool | None:
    """True for an HTML media type, False for other text, None when unknown (sniff the body)."""
    if content_type is None:
        return None
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    if content_type.startswith("text/"):
        return False
    return None  # unknown or generic (application/octet-stream): sniff


def sniff_html(data: bytes) -> bool:
    """Whether raw ``data`` starts like an HTML page (a doctype or an ``<html>`` tag)."""
    head = data[:1024].removeprefix(codecs.BOM_UTF8)
    return looks_like_html(head.decode("ascii", errors="ignore"))


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML page."""
    return _HTML_START.match(text[:1024]) is not None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` tag declares in the first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_text(html: str) -> tuple[str, str | None]:
    """Reduce an HTML page to (article text, title).

    Drops scripts, styles, navigation, page headers and footers, asides and forms; uses the
    longest ``<article>`` (else ``<main>``, else ``<body>``); one paragraph per line with
    whitespace collapsed and entities unescaped. The title is ``<title>`` or the first ``<h1>``.
    """
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    title: str | None = None
    title_tag = soup.find("title")
    if isinstance(title_tag, Tag):
        title = one_line(title_tag.get_text()) or None
    if title is None:
        h1 = soup.find("h1")
        if isinstance(h1, Tag):
            title = one_line(h1.get_text()) or None

    for tag in soup.find_all(_DROP_TAGS):
        if isinstance(tag, Tag) and not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all("header"):
        # A page header goes; an article's own header (headline, byline, date) stays.
        if isinstance(tag, Tag) and not tag.decomposed and tag.find_parent("article") is None:
            tag.decompose()

    container: Tag = soup
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        container = max(articles, key=lambda a: len(a.get_text()))
    else:
        for candidate in (soup.find("main"), soup.body):
            if isinstance(candidate, Tag):
                container = candidate
                break

    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(container, False)]
    while stack:  # iterative walk: deep (malformed) trees cannot overflow the stack
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in _BLOCK_TAGS:
                parts.append("\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString:  # not comments, CDATA, doctypes...
            parts.append(str(node).replace("\n", " "))  # only block tags and <br> break lines
    lines = (one_line(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line), title
