"""The collection as a folder that stays usable at any size: a bounded overview and one page per article.

``index.html`` is the collection page (:mod:`summarizer.render.collection`) with its timeline and its lists by
person capped (the latest dated trips and meetings; the records of the people with the most: the most quoted
speakers' quotes), the graph drawn from the items shown, the counts of all and of those shown, and the
filters over what is shown; every item links to ``articles/<name>.html``, the article's own self-contained
view (``#v.q1`` selects a record). ``articles/index.html`` lists every article. No server: each file opens
from disk, loads nothing else, and only the article the reader asks for is loaded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from summarizer.render.collection import collection_html, counted_kinds, page_name
from summarizer.render.collection_data import ArticleEntry, Collection, ListItem, load_collection
from summarizer.render.html import article_view, view_css, view_js
from summarizer.render.page import asset, esc, page
from summarizer.store.collection import table_kinds, timeline_kinds

__all__ = ["CAP", "article_page", "bounded", "write_site"]

CAP = 500  # items in each list of the overview, and articles in its table
_BACK = '<p class="back"><a href="{0}">← the collection</a> · <a href="{1}">all articles</a></p>'


def _capped(items: list[ListItem], cap: int) -> list[ListItem]:
    """At most ``cap`` of a kind's records listed by person, the people with the most first, in their order."""
    ranked = Counter(i.person for i in items)
    kept = sorted(items, key=lambda i: (-ranked[i.person], i.person))[:cap]
    kept.sort(key=lambda i: (i.article, i.rid))
    return kept


def bounded(c: Collection, cap: int = CAP) -> Collection:
    """``c`` with at most ``cap`` trips and meetings (the latest dated; undated ones only to fill up), at most
    ``cap`` records of each kind listed by person (the people with the most first: the most quoted speakers'
    quotes), the people they name, links to article pages."""
    if cap < 1:
        raise ValueError(f"cap must be at least 1, got {cap}")
    dated = [e for e in c.events if e.date_from]
    undated = [e for e in c.events if not e.date_from]
    events = dated[-cap:] + undated[:max(0, cap - len(dated))]
    listed = {name: _capped(items, cap) for name, items in c.listed.items()}
    wanted = {p for e in events for p in e.people} | {i.person for items in listed.values() for i in items}
    kinds = Counter(e.kind for e in c.events)
    totals = {own.evidence: kinds[own.evidence] for _, own in timeline_kinds()}
    totals |= {"events": len(c.events), **{name: len(items) for name, items in c.listed.items()}, "people": len(c.people)}
    people = {k: v for k, v in c.people.items() if k in wanted}
    return replace(c, events=events, listed=listed, people=people, pages=True, totals=totals, cap=cap)


def article_page(entry: ArticleEntry, looks: Mapping[str, tuple[str, str]] | None = None) -> str:
    """One article's view as a whole page in ``articles/``, with the way back to the overview."""
    assert entry.summary is not None
    view = article_view(entry.summary, entry.text, prefix="v", title=entry.title or entry.id, looks=looks)
    body = _BACK.format("../index.html", "index.html") + view
    css = view_css() + "body{margin:0;padding:.6em 1.5em 2em;font:15px/1.5 system-ui,sans-serif}.back{font-size:.9em}"
    return page(f"{entry.title or entry.id} - summarizer", body, css=css, scripts=[view_js(), asset("site.js")])


def _listing(c: Collection) -> str:
    rows = []
    for a in reversed(c.articles):
        s = a.summary
        name = f'<a href="{page_name(a.id)}">{esc(a.id)}</a>' if s else esc(a.id)
        counts = " / ".join(str(len(k.records(s))) for k, _ in table_kinds()) if s else esc(a.error or "")
        rows.append(f"<tr><td>{name}</td><td>{esc(a.title or a.source)}</td><td>{esc(a.published or '')}</td>"
                    f'<td class="st-{esc(a.status)}">{esc(a.status)}</td><td>{counts}</td></tr>')
    head = f"<tr><th>Article</th><th>Title or source</th><th>Date</th><th>Status</th><th>{counted_kinds()}</th></tr>"
    body = (f'<p class="back"><a href="../index.html">← the collection</a></p><h1>{esc(c.name)}: '
            f"{len(c.articles):,} articles, the latest first</h1><table>{head}{''.join(rows)}</table>")
    return page(f"{c.name}: articles - summarizer", body, css=asset("collection.css"), scripts=[])


def write_site(db: str | Path, folder: str | Path, *, texts: bool = True, cap: int = CAP,
               write: Callable[[Path, str], None] | None = None) -> tuple[int, int]:
    """Write the folder for the store at ``db``: ``index.html``, ``articles/index.html`` and a page per
    article saved ok (each file atomically; article pages no longer in the store are removed).
    Returns (article pages, bytes of ``index.html``)."""
    from summarizer.util.atomic import write_atomic

    put = write or write_atomic
    out = Path(folder)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    c = load_collection(db, texts=texts)
    names = set()
    for entry in c.articles:
        if entry.summary is not None:
            name = page_name(entry.id)
            names.add(name)
            put(out / "articles" / name, article_page(entry, c.looks))
    for old in (out / "articles").glob("*-??????????.html"):
        if old.name not in names:
            old.unlink()
    put(out / "articles" / "index.html", _listing(c))
    overview = collection_html(bounded(c, cap))
    put(out / "index.html", overview)
    return len(names), len(overview.encode("utf-8"))
