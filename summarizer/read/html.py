"""HTML: recognise it, find its declared charset, and read the article in it with trafilatura.

:func:`read_page` gives a :class:`Page`: the article's main text as trafilatura finds it (one
paragraph, heading, list item or quotation per line; navigation, teasers, share buttons and comments
dropped) and what the page says about itself: title, authors, site name, canonical URL and
publication date (trafilatura reads it with htmldate from the page's metadata, its URL or its text).

A page that holds no article (a section front, a video page, a paywall or cookie notice) has an
empty ``text`` and a ``problem`` that says why, in a few words.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from summarizer.read.decode import one_line

__all__ = [
    "MIN_WORDS", "Page", "content_type_is_html", "looks_like_feed", "looks_like_html", "meta_charset", "read_page",
    "sniff_html",
]

MIN_WORDS = 40
"""An article has at least this many words of main text (see :func:`_size`); less is a page without one."""

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL)
_FEED_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*"
                         r"<(?:rss|feed|rdf:RDF)[\s>]", re.DOTALL)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_LINK_SHARE = 0.5  # main text that is this much link text is a list of links
_WALL_WORDS = 150  # a notice is short: a page longer than this is read as an article
_WALL = re.compile(
    r"subscribe|subscription|subscriber|sign in|log in|paywall|cookies?|consent|privacy (?:settings|choices)|"
    r"accept all|reject all|enable javascript|disable your ad ?blocker", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """What trafilatura read in an HTML page: the article's text, one paragraph a line, and its metadata.

    ``date`` is the publication date the page gives, unchecked. ``problem`` is set (and ``text``
    empty) when the page holds no article.
    """

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    url: str | None = None
    date: date | None = None
    problem: str | None = None


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


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` starts like an RSS, Atom or RDF feed."""
    return _FEED_START.match(text[:2048].removeprefix("\ufeff")) is not None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` tag declares in the first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _extract(html: str, url: str | None) -> tuple[Any, set[str]]:
    """trafilatura's reading of ``html`` (None when it finds no main text) and the page's link texts."""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return None, set()
    # Read before trafilatura prunes the tree: what a reader would click on.
    links = {one_line(a.text_content()) for a in tree.iter("a")}
    found = trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=True)
    return found, links - {""}


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _size(lines: list[str]) -> int:
    """How long a text is, in words: spaces count them, or, for writing without spaces (Japanese), six letters do."""
    return max(sum(len(line.split()) for line in lines), sum(len("".join(line.split())) for line in lines) // 6)


def _problem(lines: list[str], links: set[str]) -> str | None:
    """Why main text of these ``lines`` is not an article, or None when it is one."""
    size = _size(lines)
    if size < MIN_WORDS:
        chars = sum(len(line) for line in lines)
        return "no article text found" if not lines else f"no article text found (only {chars} characters)"
    chars = sum(len(line) for line in lines)
    if sum(len(line) for line in lines if line in links) >= _LINK_SHARE * chars:
        return "looks like a list of links, not an article"
    if size < _WALL_WORDS and len({m.lower() for m in _WALL.findall(" ".join(lines))}) >= 2:
        return "looks like a subscription or cookie notice, not an article"
    return None


def read_page(html: str, *, url: str | None = None) -> Page:
    """Read an HTML page (``url``: where it was fetched, which may date it) into a :class:`Page`."""
    found, links = _extract(html, url)
    if found is None:
        return Page("", problem="no article text found")
    lines = [one_line(line) for line in (found.text or "").split("\n")]
    lines = [line for line in lines if line]
    authors = tuple(a for a in (one_line(x) for x in (found.author or "").split(";")) if a)
    page = Page("\n".join(lines), one_line(found.title or "") or None, authors,
                one_line(found.sitename or "") or None, found.url or url, _date(found.date))
    problem = _problem(lines, links)
    if problem is not None:
        return Page("", page.title, page.authors, page.site_name, page.url, page.date, problem)
    return page
