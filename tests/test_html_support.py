"""What the HTML and browser tests share: the CLI in-process, the seed replayed, a small store built from
the fixtures, a hostile article, and a reader of the page's marks. (No test of its own.)"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from conftest import FIXTURES, ROOT, SEED, SEED_ID

from summarizer import summarize
from summarizer.schemas import ArticleSummary, DateRef, Entity, Meeting, Place, Quote, Span, Trip
from summarizer.store import ArticleIdentity, Store

EXPECTED = FIXTURES / "expected"
SEED_DATE = "2021-03-05"


@dataclass
class Ran:
    """What a command returned."""

    code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> Ran:
    """The ``summarizer`` command, in-process, from the repository root."""
    from typer.testing import CliRunner

    from summarizer.cli import app

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        r = CliRunner().invoke(app, list(args))
    finally:
        os.chdir(cwd)
    return Ran(r.exit_code, r.stdout, r.stderr)


def seed_summary() -> tuple[ArticleSummary, str]:
    """The seed article and its summary, replayed from the recorded replies (no model runs)."""
    text = SEED.read_text(encoding="utf-8")
    summary = summarize(text, model="local", published=SEED_DATE, doc_id=SEED_ID, cache_mode="replay",
                        cache_dir=FIXTURES / "replies")
    return summary, text


def fixture_summaries() -> list[ArticleSummary]:
    """Every expected fixture summary of the default strategy."""
    paths = sorted(p for p in EXPECTED.glob("*.json") if p.name.count(".") == 1)
    return [ArticleSummary.model_validate_json(p.read_text(encoding="utf-8")) for p in paths]


def build_store(path: Path, *, with_error: bool = True) -> list[ArticleSummary]:
    """A store of the fixture summaries (sources: the fixture articles), plus one article that failed."""
    summaries = fixture_summaries()
    with Store(path) as store:
        for s in summaries:
            source = FIXTURES / "articles" / f"{s.doc_id}.txt"
            store.save(ArticleIdentity(id=s.doc_id, source=str(source), published=s.published), s)
        if with_error:
            store.save(ArticleIdentity(id="unreadable", source="gone.txt"), None, status="error",
                       error="no such file: gone.txt")
    return summaries


def meeting_pairs(summaries: list[ArticleSummary], who: str | None = None) -> tuple[set[str], set[frozenset[str]]]:
    """Who met whom, worked out from the summaries alone: participants (by name) and pairs; only the
    meetings ``who`` took part in when given. Valid for the fixtures, where no name is shared across articles."""
    nodes: set[str] = set()
    pairs: set[frozenset[str]] = set()
    for s in summaries:
        for m in s.meetings:
            names = sorted({p.name for p in m.participants})
            if who is not None and who not in names:
                continue
            nodes.update(names)
            pairs.update(frozenset((a, b)) for i, a in enumerate(names) for b in names[i + 1:])
    return nodes, pairs


HOSTILE_TEXT = (
    "Officials said <script>window.__pwned=1</script> was found in the minister's notes.\n"
    "\"The plan is </span><b>bold</b> and \"onmouseover=window.__pwned=1 x=\" is a trick,\" the minister said.\n"
    "<img src=x onerror=\"window.__pwned=1\"> then </div></section></aside><script>window.__pwned=2</script>\r\n"
    "Entities &amp; &lt;script&gt; stay as written; ]]> --> <!-- a comment opener; `${window.__pwned=3}`.\n"
    "Minister Ana Kovač met <style>body{display:none}</style> delegates in Zagreb on 3 May.\n"
)


def _span(text: str, words: str, occurrence: int = 0) -> Span:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(words, at + 1)
    return Span(start=at, end=at + len(words), text=words)


def hostile_summary() -> ArticleSummary:
    """A summary of :data:`HOSTILE_TEXT` whose spans sit on the markup and overlap, and whose model output
    (names, roles, topics, warnings) is markup too."""
    t = HOSTILE_TEXT
    evil = Entity(name="<img src=x onerror=window.__pwned=4>", kind="person", role="</dd><script>window.__pwned=5</script>")
    quote = Quote(text="The plan is </span><b>bold</b> and \"onmouseover=window.__pwned=1 x=\" is a trick,",
                  speaker="Ana Kovač", speaker_role="\"><svg onload=window.__pwned=6>", cue="the minister said",
                  evidence=[_span(t, "The plan is </span><b>bold</b> and \"onmouseover=window.__pwned=1 x=\" is a trick,")])
    meeting = Meeting(participants=[Entity(name="Ana Kovač", kind="person"), evil],
                      topics=["<script>window.__pwned=7</script>"], format="in_person", status="completed",
                      evidence=[_span(t, "Minister Ana Kovač met <style>body{display:none}</style> delegates in Zagreb")])
    trip = Trip(travellers=[evil], evidence=[_span(t, "<script>window.__pwned=1</script> was found in the minister's "
                                                     "notes.\n\"The plan is </span>"),
                                             _span(t, "<img src=x onerror=\"window.__pwned=1\"> then </div></section>"
                                                      "</aside><script>window.__pwned=2</script>\r\nEntities &amp;")],
                purpose="<iframe src=javascript:window.__pwned=8>")
    return ArticleSummary(doc_id="<b>hostile</b>", model="</title><script>window.__pwned=9</script>",
                          trips=[trip], meetings=[meeting], quotes=[quote],
                          warnings=["<script>window.__pwned=10</script> ignored [0:14]"])


class MarkReader(HTMLParser):
    """Reads a page back the way a browser builds it: each passage's text, and for every evidence token
    (``t0.1``) the pieces of text it covers, with their offsets in the passage."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, list[str]]] = []
        self.passages: list[tuple[int, str]] = []
        self.pieces: dict[str, list[tuple[int, str]]] = {}
        self.scripts = 0
        self._in_passage = -1
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "div" and (found.get("class") or "") == "passage":
            self._in_passage = len(self.stack)
            self._text = []
            self.passages.append((int(found.get("data-start") or 0), ""))
        self.stack.append((tag, (found.get("data-ev") or "").split()))

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
        if self._in_passage == len(self.stack) and tag == "div":
            self.passages[-1] = (self.passages[-1][0], "".join(self._text))
            self._in_passage = -1

    def handle_data(self, data: str) -> None:
        if self._in_passage < 0:
            return
        offset = sum(len(x) for x in self._text)
        for token in (self.stack[-1][1] if self.stack else []):
            self.pieces.setdefault(token, []).append((offset, data))
        self._text.append(data)


def read_marks(page: str) -> MarkReader:
    """Parse ``page`` with :class:`MarkReader`."""
    reader = MarkReader()
    reader.feed(page)
    reader.close()
    return reader


def evidence_tokens(summary: ArticleSummary) -> dict[str, Span]:
    """``t0.1`` -> the span: every evidence span of the summary under the token the page gives it."""
    out: dict[str, Span] = {}
    groups: list[tuple[str, Sequence[Trip | Meeting | Quote]]] = [
        ("t", summary.trips), ("m", summary.meetings), ("q", summary.quotes)]
    for letter, items in groups:
        for i, item in enumerate(items):
            for j, span in enumerate(item.evidence):
                out[f"{letter}{i}.{j}"] = span
    return out


__all__ = ["EXPECTED", "HOSTILE_TEXT", "ROOT", "SEED", "SEED_DATE", "SEED_ID", "MarkReader", "Ran", "build_store",
           "evidence_tokens", "fixture_summaries", "hostile_summary", "meeting_pairs", "read_marks", "run_cli",
           "seed_summary"]


_PEOPLE = [f"{first} {last}" for first in ("Ana", "Ben", "Cleo", "Dan", "Eva", "Finn", "Gia", "Hugo", "Ida", "Jon")
           for last in ("Kovač", "Lind", "Moreau", "Novak", "Ortiz", "Park", "Quinn", "Rossi", "Sato", "Tan")]
_CITIES = ("Zagreb", "Oslo", "Lima", "Hanoi", "Accra", "Quito", "Riga", "Perth")


def synthetic_article(n: int) -> tuple[ArticleSummary, str]:
    """Article ``n`` of a large synthetic collection: a short text with one trip, one meeting and two quotes,
    their spans exact, their people drawn from a pool of a hundred, its date spread over four years."""
    a, b, c = (_PEOPLE[(n * k + k) % len(_PEOPLE)] for k in (1, 7, 13))
    day = f"{2020 + n % 4}-{1 + n % 12:02d}-{1 + n % 28:02d}"
    city = _CITIES[n % len(_CITIES)]
    text = (f"Minister {a} flew to {city} on {day} for talks.\n{a} met {b} in {city} the same day.\n"
            f"\"We agreed on item {n},\" {a} said.\n{c} said the talks on item {n} had gone well.\n")
    when = DateRef(text=f"on {day}", value=day, precision="day", span=_span(text, f"on {day}"))
    trip = Trip(travellers=[Entity(name=a, kind="person")], destinations=[Place(name=city)], when=when,
                mode="in_person", status="completed", evidence=[_span(text, f"Minister {a} flew to {city} on {day}")])
    meeting = Meeting(participants=[Entity(name=a, kind="person"), Entity(name=b, kind="person")], when=when,
                      format="in_person", topics=[f"item {n}"], evidence=[_span(text, f"{a} met {b} in {city}")])
    quotes = [Quote(text=f"We agreed on item {n},", speaker=a, speaker_kind="person", cue=f"{a} said",
                    evidence=[_span(text, f"We agreed on item {n},")]),
              Quote(text=f"the talks on item {n} had gone well", speaker=c, speaker_kind="person", kind="indirect",
                    direct=False, cue="said", evidence=[_span(text, f"the talks on item {n} had gone well")])]
    summary = ArticleSummary(doc_id=f"wire-{n:05d}", published=day, model="synthetic", trips=[trip],
                             meetings=[meeting], quotes=quotes)
    return summary, text


def build_large_store(path: Path, articles: Path, n: int) -> None:
    """A store of ``n`` :func:`synthetic_article` s saved through the store itself, their texts in ``articles``."""
    articles.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:
        store.conn.execute("PRAGMA synchronous = OFF")
        for i in range(n):
            summary, text = synthetic_article(i)
            source = articles / f"{summary.doc_id}.txt"
            source.write_text(text, encoding="utf-8")
            store.save(ArticleIdentity(id=summary.doc_id, source=str(source), published=summary.published), summary)
