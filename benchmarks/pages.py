"""How well summarizer reads real web pages: main text, publication date, speed.

    python benchmarks/pages.py AEB_DIR [--dates HTMLDATE_TESTS_DIR] [--old-rev 9b5721d]

``AEB_DIR`` is a checkout of scrapinghub/article-extraction-benchmark (181 saved pages in
``html/*.html.gz``, their hand-marked bodies in ``ground-truth.json``). On the same pages, in one
run, it scores with the benchmark's own token-shingle F1 (its ``evaluate.py``: 4-token shingles,
precision and recall averaged over pages):

* the old reader: ``html_to_text`` of ``summarizer/read/html.py`` at ``--old-rev`` (the hand-written
  walker, loaded from git; it needs beautifulsoup4), on the decoded page, as ``read_document`` did;
* the reader now: ``read_document`` on the saved page (decoding, trafilatura, the not-an-article
  checks): a page it refuses counts as an empty text;
* trafilatura alone: ``trafilatura.extract(html, include_comments=False)``, as the benchmark runs it.

With ``--dates``, ``HTMLDATE_TESTS_DIR`` is the ``tests/`` folder of adbar/htmldate: pages with known
publication dates (``eval_mediacloud_2020.json`` with ``test_set/``, ``eval_default.json`` with
``eval/`` and ``cache/``). The share of pages whose reference date (the page's own date, as
``read_document`` trusts it) is right to the day, for a page read from its URL and as a saved file.
Nothing of these pages is kept in this repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer.errors import NotAnArticleError, SummarizerError
from summarizer.read.decode import decode
from summarizer.read.document import date_problem, read_document
from summarizer.read.html import meta_charset, read_page

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def _tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """The benchmark's string_shingle_matching: normalised (tp, fp, fn) over 4-token shingles."""
    t, p = _shingles(true), _shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tp += min(t[key], p[key])
        fp += max(0, p[key] - t[key])
        fn += max(0, t[key] - p[key])
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _score(triples: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(F1, precision, recall) as the benchmark computes them (means over pages, F1 of the means)."""
    def prec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def rec(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(prec(*x) for x in triples if x[0] + x[1] > 0)
    r = statistics.mean(rec(*x) for x in triples if x[0] + x[2] > 0)
    return 2 * p * r / (p + r), p, r


def _old_reader(rev: str) -> types.ModuleType:
    """``summarizer/read/html.py`` as it was at ``rev``, loaded from git as a module."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:summarizer/read/html.py"],
                            check=True, capture_output=True, text=True).stdout
    module = types.ModuleType("old_html")
    exec(compile(source, f"{rev}:summarizer/read/html.py", "exec"), module.__dict__)  # noqa: S102 - our own code
    return module


def _read_now(html: bytes, folder: Path) -> tuple[str, str | None]:
    """``read_document`` on the saved page: (text, why it was refused or None)."""
    path = folder / "page.html"
    path.write_bytes(html)
    try:
        return read_document(str(path)).text, None
    except NotAnArticleError as exc:
        return "", exc.reason
    except SummarizerError as exc:
        return "", str(exc)


def main_text(aeb: Path, rev: str) -> None:
    import trafilatura

    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    old = _old_reader(rev)
    scores: dict[str, list[tuple[float, float, float]]] = {"old": [], "now": [], "trafilatura": []}
    seconds: dict[str, float] = {"old": 0.0, "now": 0.0, "trafilatura": 0.0}
    refused: Counter[str] = Counter()
    old_empty = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key in sorted(truth):
            data = gzip.decompress((aeb / "html" / f"{key}.html.gz").read_bytes())
            html = data.decode("utf-8")
            body = truth[key].get("articleBody", "")
            started = time.perf_counter()
            text_old = old.html_to_text(html)[0]
            seconds["old"] += time.perf_counter() - started
            old_empty += not text_old
            started = time.perf_counter()
            text_now, why = _read_now(data, Path(tmp))
            seconds["now"] += time.perf_counter() - started
            if why:
                refused[why] += 1
            started = time.perf_counter()
            text_alone = trafilatura.extract(html, include_comments=False) or ""
            seconds["trafilatura"] += time.perf_counter() - started
            for name, text in (("old", text_old), ("now", text_now), ("trafilatura", text_alone)):
                scores[name].append(_tp_fp_fn(body, text))
    n = len(truth)
    print(f"main text: {n} pages of scrapinghub/article-extraction-benchmark, token-shingle F1 (its evaluate.py)")
    print(f"{'reader':<34} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>8}")
    names = {"old": f"old reader ({rev}, hand-written)", "now": "read_document now (trafilatura)",
             "trafilatura": "trafilatura.extract alone"}
    for name, label in names.items():
        f1, p, r = _score(scores[name])
        print(f"{label:<34} {f1:6.3f} {p:6.3f} {r:6.3f} {n / seconds[name]:8.1f}")
    print(f"old reader: {old_empty} page(s) with no text (`no article text found`)")
    print(f"reader now: {sum(refused.values())} page(s) refused: " + (", ".join(f"{c} {w}" for w, c in refused.items()) or "none"))
    print(f"reader now: {seconds['now'] / n * 1000:.0f} ms a page on average (read_document: decode, trafilatura, checks)")


def _date_pages(folder: Path) -> list[tuple[str, Path, str | None]]:
    """(URL, file, the known date; None for the few pages the set marks as having no date)."""
    pages = []
    for name, dirs in (("eval_mediacloud_2020.json", ("test_set",)), ("eval_default.json", ("eval", "cache"))):
        for url, entry in json.loads((folder / name).read_text(encoding="utf-8")).items():
            path = next((folder / d / entry["file"] for d in dirs if (folder / d / entry["file"]).is_file()), None)
            if path is not None:
                gold = entry["date"] if isinstance(entry["date"], str) else None  # NaN: no date
                pages.append((url, path, gold))
    return pages


def _decoded(data: bytes) -> str:
    """The page's text as summarizer decodes it (declared charset, else detection)."""
    try:
        return decode(data, name="page", source="page", declared_charset=meta_charset(data))
    except SummarizerError:
        return data.decode("utf-8", errors="replace")


def _page_date(html: str, url: str | None) -> str | None:
    found = read_page(html, url=url).date
    if found is None or date_problem(found, what="date") is not None:
        return None
    return found.isoformat()


def dates(folder: Path) -> None:
    pages = _date_pages(folder)
    dated = sum(gold is not None for _, _, gold in pages)
    print(f"dates: {len(pages)} pages of htmldate's evaluation data, {dated} with a known publication date "
          f"({len(pages) - dated} marked as having none: right when no date is found)")
    texts = [_decoded(path.read_bytes()) for _, path, _ in pages]
    for label, with_url in (("read from its URL", True), ("saved file, no URL", False)):
        right = right_dated = missing = 0
        started = time.perf_counter()
        for (url, _, gold), html in zip(pages, texts, strict=True):
            found = _page_date(html, url if with_url else None)
            right += found == gold
            right_dated += gold is not None and found == gold
            missing += found is None
        took = time.perf_counter() - started
        print(f"  {label:<20} right to the day {right}/{len(pages)} = {right / len(pages):.3f} "
              f"(dated pages: {right_dated}/{dated} = {right_dated / dated:.3f}); no date {missing}; "
              f"{len(pages) / took:.1f} pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("aeb", type=Path, help="a checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--dates", type=Path, help="the tests/ folder of adbar/htmldate")
    parser.add_argument("--old-rev", default="9b5721d", help="the revision of the old reader (default 9b5721d)")
    args = parser.parse_args()
    main_text(args.aeb, args.old_rev)
    if args.dates:
        dates(args.dates)


if __name__ == "__main__":
    main()
