"""What the collection page shows: the store read by :mod:`summarizer.store.collection`, and each article's
text read back from its source file when it is still there and every span matches it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from summarizer.errors import SummarizerError
from summarizer.read.document import read_document
from summarizer.render.marks import check_spans
from summarizer.schemas import ArticleSummary
from summarizer.store.collection import (
    ArticleEntry,
    Collection,
    Event,
    ListItem,
    Person,
    article_count,
    read_collection,
)

__all__ = ["ArticleEntry", "Collection", "Event", "ListItem", "Person", "article_count", "load_collection"]


def _read_text(source: str, base: Path, summary: ArticleSummary) -> str | None:
    """The article's text from its source file, if that file is there and every span matches it; never a URL."""
    for candidate in (Path(source), base / source):
        if "://" in source or source == "-" or not candidate.is_file():
            continue
        try:
            text = read_document(str(candidate)).text
            check_spans(summary, text)
        except (SummarizerError, OSError):
            continue
        return text
    return None


def load_collection(path: str | Path, *, texts: bool = True) -> Collection:
    """Read the store at ``path`` into a :class:`Collection`; :class:`ConfigError` when it is not a store.

    With ``texts``, each article's source file (as stored, else relative to the store's folder) is read
    back for the full text; otherwise, or when it is gone or changed, the article view shows its evidence.
    """
    collection = read_collection(path)
    if texts:
        base = Path(path).resolve().parent
        collection.articles = [
            replace(a, text=_read_text(a.source, base, a.summary)) if a.summary is not None else a
            for a in collection.articles
        ]
    return collection
