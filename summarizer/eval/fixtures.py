"""The offline regression fixtures: articles, recorded replies, expected summaries.

``fixtures/articles/`` holds the articles and ``manifest.json`` (doc id -> published
date); ``fixtures/replies/`` the replies recorded by ``summarizer summarize
--cache-mode record --cache-dir fixtures/replies``; ``fixtures/expected/`` the summary
each article must give in replay. :func:`check_fixtures` replays every article, compares,
and lists replies no article used, so fixtures never rot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from summarizer.llm.cache import ReplyCache

__all__ = ["VOLATILE", "FixtureReport", "check_fixtures", "comparable", "fixture_settings", "replay_article"]

VOLATILE = ("seconds",)


def comparable(summary: dict[str, Any]) -> dict[str, Any]:
    """The summary without fields that change from run to run (timings)."""
    return {k: v for k, v in summary.items() if k not in VOLATILE}


@dataclass
class FixtureReport:
    """What a replay of the fixtures found."""

    articles: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    missing_expected: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every article matches its expected summary and every reply is used."""
        return not (self.mismatched or self.missing_expected or self.unused)

    def lines(self) -> list[str]:
        """Human-readable report."""
        out = [f"{len(self.articles)} fixture article(s) replayed"]
        out += [f"updated expected: {a}" for a in self.updated]
        out += [f"MISMATCH: {a} differs from fixtures/expected/{a}.json" for a in self.mismatched]
        out += [f"MISSING: no fixtures/expected/{a}.json (run with --update-expected)" for a in self.missing_expected]
        out += [f"UNUSED reply: {u}" for u in self.unused]
        out += [f"pruned unused reply: {u}" for u in self.pruned]
        out.append("ok" if self.ok else "fixtures need attention")
        return out


def fixture_settings(root: Path, model: str, strategy: str | None = None) -> Any:
    """Settings for replaying one fixture article: replay mode, the fixture reply folder."""
    from summarizer.config import resolve_settings

    return resolve_settings(model=model, cache_mode="replay", cache_dir=root / "replies", strategy=strategy, env={})


def _manifest(root: Path) -> dict[str, dict[str, Any]]:
    path = root / "articles" / "manifest.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def replay_article(
    root: Path, doc_id: str, *, model: str, used: set[str] | None = None, strategy: str | None = None
) -> dict[str, Any]:
    """Replay one fixture article and return its summary as JSON data; record the keys it used in ``used``."""
    from summarizer.extract.pipeline import summarize_document
    from summarizer.llm.client import ModelClient
    from summarizer.read.document import read_document

    meta = _manifest(root).get(doc_id, {})
    published = date.fromisoformat(meta["published"]) if meta.get("published") else None
    doc = read_document(str(root / "articles" / f"{doc_id}.txt"), published=published)
    client = ModelClient(fixture_settings(root, model, strategy))
    if used is not None:
        real_get = client.cache.get if client.cache else None

        def spying_get(key: str) -> Any:
            used.add(key)
            return real_get(key) if real_get else None

        if client.cache is not None:
            client.cache.get = spying_get  # type: ignore[method-assign]
    summary = summarize_document(doc, client)
    data: dict[str, Any] = summary.model_dump(mode="json")
    return data


def check_fixtures(root: Path, *, update: bool = False, prune: bool = False) -> FixtureReport:
    """Replay every fixture article; compare with (or, with ``update``, rewrite) the expected summaries.

    With ``prune``, replies that no article uses are deleted instead of reported.
    """
    report = FixtureReport()
    used: set[str] = set()
    expected_dir = root / "expected"
    # An article replays once per strategy in its manifest entry ("strategies", default focused);
    # a strategy other than focused compares with fixtures/expected/<id>.<strategy>.json.
    replays = [(d, meta, s) for d, meta in sorted(_manifest(root).items()) for s in meta.get("strategies", ["focused"])]
    for doc_id, meta, strategy in replays:
        model = meta.get("model", "local")
        name = doc_id if strategy == "focused" else f"{doc_id}.{strategy}"
        report.articles.append(name)
        got = comparable(replay_article(root, doc_id, model=model, used=used, strategy=strategy))
        path = expected_dir / f"{name}.json"
        if update:
            expected_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            report.updated.append(name)
        elif not path.exists():
            report.missing_expected.append(name)
        elif comparable(json.loads(path.read_text(encoding="utf-8"))) != got:
            report.mismatched.append(name)
    cache = ReplyCache(root / "replies")
    report.unused = [p.name for p in cache.files() if p.stem not in used]
    if prune and report.unused:
        report.pruned = [p.name for p in cache.prune(keep=used) if p.suffix == ".json"]
        # What prune could not prove the cache wrote stays, and stays reported.
        report.unused = [u for u in report.unused if u not in report.pruned]
    return report

