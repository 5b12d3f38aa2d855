"""The HTML page of a whole collection: a timeline of the kinds that declare one (trips and meetings) by
normalised date, the who-met-whom graph, the records of the kinds listed by person (quotes by speaker), the
articles, and every article's own view in the same file.

Every item links to its article's view (``#a3`` the article, ``#a3.q1`` one of its records); filters
by person, kind and date range narrow every section at once. One self-contained file, like the
article page: the same view, the same escaping and content policy.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from summarizer.kinds import RecordKind
from summarizer.kinds.views import Listing
from summarizer.render.collection_data import Collection, Event, ListItem, load_collection
from summarizer.render.formats import published_line
from summarizer.render.graph import graph_svg, meeting_graph
from summarizer.render.html import article_view, view_css, view_js
from summarizer.render.page import asset, esc, page
from summarizer.store.collection import listed_kinds, table_kinds, timeline_kinds

__all__ = ["collection_html", "collection_page", "counted_kinds", "page_name"]

_TL_W, _TL_H = 900, 84
_ABOVE = {own.evidence for _, own in timeline_kinds() if own.above}  # kinds drawn above the timeline's axis
_PLACED = {own.evidence for _, own in timeline_kinds() if own.places}  # kinds whose events go somewhere


def page_name(article_id: str) -> str:
    """The file name of an article's own page: readable, safe on any file system, stable across runs."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", article_id.rsplit("/", 1)[-1]).strip("-.")[:48] or "article"
    return f"{slug}-{hashlib.sha256(article_id.encode('utf-8')).hexdigest()[:10]}.html"


def _link(c: Collection, article: int, rid: str | None = None) -> str:
    if c.pages:
        return f"articles/{page_name(c.articles[article].id)}" + (f"#v.{rid}" if rid else "")
    return f"#a{article}" + (f".{rid}" if rid else "")


def _of(c: Collection, key: str, shown: int) -> str:
    """``500 of 31,204`` where a cap left items out, else the count."""
    total = c.totals.get(key, shown)
    return f"showing {shown:,} of {total:,}" if total > shown else f"{shown:,}"


def _names(c: Collection, ids: tuple[int, ...]) -> str:
    return ", ".join(c.people[p].name for p in ids if p in c.people) or "?"


def _day(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value).toordinal() if value else None
    except ValueError:
        return None


def _filter_attrs(kind: str, people: tuple[int, ...], start: str | None, end: str | None) -> str:
    return (f'data-k="{kind}" data-p="{" ".join(str(p) for p in people)}" '
            f'data-from="{esc(start or "")}" data-to="{esc(end or start or "")}"')


def _ticks(first: int, last: int) -> list[tuple[int, str]]:
    """Month starts (or year starts, over a long span) between two days, at most about a dozen labelled."""
    d0, d1 = date.fromordinal(first), date.fromordinal(last)
    months = (d1.year - d0.year) * 12 + d1.month - d0.month
    step = 1 if months <= 12 else 3 if months <= 36 else 12
    y, m = d0.year, d0.month
    if step == 12:
        y, m = y + 1, 1
    out = []
    while (tick := date(y, m, 1).toordinal()) <= last:
        if tick >= first:
            out.append((tick, f"{y}" if step == 12 else f"{y}-{m:02d}"))
        m += step
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return out


def _strip(c: Collection) -> str:
    """A time axis with one mark per dated event: trips above the line, meetings below; ranges as bars."""
    dated: list[tuple[int, Event, int, int]] = []
    for n, e in enumerate(c.events):
        a = _day(e.date_from)
        if a is not None:
            dated.append((n, e, a, _day(e.date_to) or a))
    if not dated:
        return f'<p class="dim">No {" or ".join(own.evidence for _, own in timeline_kinds())} has a normalised date.</p>'
    first, last = min(a for _, _, a, _ in dated) - 3, max(b for *_, b in dated) + 3
    scale = (_TL_W - 40) / max(last - first, 1)

    def x(day: int) -> float:
        return round(20 + (day - first) * scale, 1)

    parts = [f'<line class="axis" x1="20" y1="{_TL_H // 2}" x2="{_TL_W - 20}" y2="{_TL_H // 2}"/>']
    for tick, text in _ticks(first, last):
        parts.append(f'<line class="tick" x1="{x(tick)}" y1="{_TL_H // 2 - 4}" x2="{x(tick)}" y2="{_TL_H // 2 + 4}"/>'
                     f'<text class="ticklabel" x="{x(tick)}" y="{_TL_H - 2}">{text}</text>')
    for n, e, a, b in dated:
        y = _TL_H // 2 - 14 if e.kind in _ABOVE else _TL_H // 2 + 14
        tip = f"{e.date} {e.kind}: {_names(c, e.people)}" + (f" to {', '.join(e.places)}" if e.places else "")
        shape = (f'<line class="span" x1="{x(a)}" y1="{y}" x2="{x(b)}" y2="{y}"/>' if b - a > 1 else "")
        parts.append(f'<a class="item ev-{e.kind}" href="{_link(c, e.article, e.rid)}" data-e="e{n}" '
                     f'{_filter_attrs(e.kind, e.people, e.date_from, e.date_to)}>{shape}'
                     f'<circle cx="{x(a)}" cy="{y}" r="5"><title>{esc(tip)}</title></circle></a>')
    return f'<svg class="strip" viewBox="0 0 {_TL_W} {_TL_H}" role="img" aria-label="timeline">{"".join(parts)}</svg>'


def _event_item(c: Collection, n: int, e: Event) -> str:
    who = esc(_names(c, e.people))
    what = f"{who} → {esc(', '.join(e.places) or '?')}" if e.kind in _PLACED else who
    when = esc(e.date or "no date") + (f' <span class="dim">“{esc(e.date_text)}”</span>' if e.date_text else "")
    source = esc(c.articles[e.article].id)
    return (f'<li class="item ev-{e.kind}" data-e="e{n}" {_filter_attrs(e.kind, e.people, e.date_from, e.date_to)}>'
            f'<span class="when">{when}</span> <span class="badge b-{e.kind}">{e.kind}</span> '
            f'<a href="{_link(c, e.article, e.rid)}">{what}</a> <span class="dim">{esc(e.detail)} · {source}</span></li>')


def _timeline(c: Collection) -> str:
    groups: dict[str, list[str]] = defaultdict(list)
    for n, e in enumerate(c.events):
        groups[(e.date_from or "")[:7] or "no date"].append(_event_item(c, n, e))
    body = "".join(f'<li class="month"><h4>{esc(m)}</h4><ul>{"".join(items)}</ul></li>' for m, items in groups.items())
    return (f'<section id="timeline"><h2>Timeline <span class="dim" data-shown="{len(c.events)}">'
            f'({_of(c, "events", len(c.events))} {" and ".join(k.name for k, _ in timeline_kinds())})</span></h2>'
            f'{_strip(c)}<ul class="months">{body}</ul></section>')


def _graph(c: Collection) -> str:
    g = meeting_graph(c.events)
    note = f" (the {len(g.nodes)} most connected; {g.left_out} more left out)" if g.left_out else ""
    legend = "".join(f'<span class="gk k-{k}">{t}</span>' for k, t in
                     (("person", "person"), ("country", "country"), ("org", "organisation"), ("other", "other")))
    caption = (f'<p class="caption"><span class="count" data-nodes="{len(g.nodes)}" data-edges="{len(g.edges)}">'
               f"{len(g.nodes)} nodes, {len(g.edges)} edges</span>{esc(note)}; edge width: number of meetings; "
               f"click a node to filter by it. {legend}</p>")
    body = graph_svg(g, c.people) if g.nodes else '<p class="dim">No meeting with two or more participants.</p>'
    return f'<section id="graph"><h2>Who met whom</h2>{caption}{body}</section>'


def _listed_item(c: Collection, kind: str, listing: Listing, i: ListItem) -> str:
    return (f'<li class="item {listing.css(i.style)}" {_filter_attrs(kind, (i.person,), i.date, i.date)}>'
            f'<a href="{_link(c, i.article, i.rid)}">{listing.words(i.style, esc(i.text))}</a> '
            f'<span class="dim">{esc(i.style)} · {esc(c.articles[i.article].id)}</span></li>')


def _by_person(c: Collection, kind: RecordKind, evidence: str, listing: Listing) -> str:
    """A kind's records listed by person (the quotes by speaker): the people with the most first."""
    listed = c.listed.get(kind.name, [])
    by: dict[int, list[ListItem]] = defaultdict(list)
    for i in listed:
        by[i.person].append(i)
    rows = []
    for pid, items in sorted(by.items(), key=lambda kv: (-len(kv[1]), c.people[kv[0]].name)):
        person = c.people[pid]
        styles = Counter(i.style for i in items)
        split = ", ".join(f"{n} {k}" for k, n in sorted(styles.items()))
        role = f' <span class="dim">({esc(person.role)})</span>' if person.role else ""
        rows.append(f'<details class="{listing.role} person" data-p="{pid}"><summary><b>{esc(person.name)}</b>{role} '
                    f'<span class="n" data-total="{len(items)}">{len(items)}</span> <span class="dim">{split}</span>'
                    f'</summary><ul>{"".join(_listed_item(c, evidence, listing, i) for i in items)}</ul></details>')
    body = "".join(rows) or f'<p class="dim">No {kind.name}.</p>'
    return (f'<section id="{kind.name}" class="listing"><h2>{kind.name.capitalize()} by {listing.role} '
            f'<span class="dim" data-shown="{len(listed)}">({_of(c, kind.name, len(listed))})</span></h2>{body}</section>')


def _articles(c: Collection) -> str:
    rows = []
    first = max(0, len(c.articles) - c.cap) if c.cap is not None else 0
    for n, a in enumerate(c.articles[first:], start=first):
        s = a.summary
        counts = " / ".join(str(len(k.records(s))) for k, _ in table_kinds()) if s else ""
        name = f'<a href="{_link(c, n)}">{esc(a.id)}</a>' if s else esc(a.id)
        status = esc(a.status) + (f': {esc(a.error)}' if a.error else "")
        text = "full text" if a.text else ("evidence only" if s else "")
        when = published_line(s).removeprefix("published ") if s and s.published else (a.published or "")
        rows.append(f"<tr><td>{name}</td><td>{esc(a.title or a.source)}</td><td>{esc(when)}</td>"
                    f'<td class="st-{esc(a.status)}">{status}</td><td>{counts}</td><td>{text}</td></tr>')
    head = ("<tr><th>Article</th><th>Title or source</th><th>Date</th><th>Status</th>"
            f"<th>{counted_kinds()}</th><th>View</th></tr>")
    title = f"Articles ({len(c.articles):,})"
    if first:
        title = (f'Articles <span class="dim">(the latest {len(rows):,} of {len(c.articles):,}: '
                 f'<a href="articles/index.html">all of them</a>)</span>')
    return f'<section id="articles"><h2>{title}</h2><table>{head}{"".join(rows)}</table></section>'


def counted_kinds() -> str:
    """The heading of an article's counts of records: 'Trips / meetings / quotes'."""
    return " / ".join(k.name for k, _ in table_kinds()).capitalize()


def _filters(c: Collection) -> str:
    options = "".join(f'<option value="{p.id}">{esc(p.name)}{esc(f" ({p.kind})" if p.kind != "unknown" else "")}</option>'
                      for p in sorted(c.people.values(), key=lambda p: (p.name.casefold(), p.id)))
    kinds = "".join(f'<label><input type="checkbox" name="kind" value="{own.evidence}" data-name="{k.name}" checked> '
                    f'{k.name}</label>'
                    for k, own in table_kinds())
    return (f'<form class="filters" id="filters"><label>Person <select name="person"><option value="">anyone</option>'
            f"{options}</select></label>{kinds}"
            '<label>From <input type="date" name="from"></label><label>To <input type="date" name="to"></label>'
            '<button type="reset">Clear</button> <span class="shown" aria-live="polite"></span></form>')


def _header(c: Collection) -> str:
    status = Counter(a.status for a in c.articles)
    facts = ", ".join(f"{n} {s}" for s, n in sorted(status.items()))
    timeline = [own.evidence for _, own in timeline_kinds()]
    kinds = Counter(e.kind for e in c.events) | Counter({k: c.totals[k] for k in timeline if k in c.totals})
    people = c.totals.get("people", len(c.people))
    events = "".join(f"{kinds[own.evidence]} {k.name} · " for k, own in timeline_kinds())
    listed = "".join(f"{c.totals.get(k.name, len(c.listed.get(k.name, [])))} {k.name} · " for k, _, _ in listed_kinds())
    return (f"<header><h1>{esc(c.name)}</h1><p class=\"meta\">{len(c.articles)} articles ({esc(facts or 'none')}) · "
            f"{events}{listed}{people} people, countries and organisations</p></header>")


def collection_html(c: Collection) -> str:
    """The collection as one self-contained page (with ``c.pages``, the overview alone, linking to article pages)."""
    views = []
    for n, a in enumerate(c.articles):
        if a.summary is not None and not c.pages:  # with pages, each article's view is its own file
            view = article_view(a.summary, a.text, prefix=f"a{n}", title=a.title or a.id, section=True, looks=c.looks)
            views.append(f'<div class="artwrap" data-art="a{n}"><p><a class="back" href="#top">← the collection</a>'
                         f"</p>{view}</div>")
    by_person = "".join(_by_person(c, kind, own.evidence, listing) for kind, own, listing in listed_kinds())
    overview = (f'<main id="overview">{_header(c)}{_filters(c)}{_timeline(c)}{_graph(c)}{by_person}'
                f"{_articles(c)}</main>")
    body = f'<div id="top"></div>{overview}<div id="views">{"".join(views)}</div>'
    css = view_css() + asset("collection.css")
    return page(f"{c.name} - summarizer", body, css=css, scripts=[view_js(), asset("collection.js")])


def collection_page(db: str | Path, *, texts: bool = True) -> str:
    """:func:`collection_html` of the store at ``db`` (see :func:`load_collection`)."""
    return collection_html(load_collection(db, texts=texts))
