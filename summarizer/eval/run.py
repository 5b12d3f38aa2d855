"""``summarizer eval``: summarise every gold document, score it, print a table or JSON.

The corpora are read in place; nothing is copied. With the cache in auto mode a
repeated evaluation replays every reply and costs no model time.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import InputError, SummarizerError

if TYPE_CHECKING:  # the scorers, rich and the pipeline load only when an evaluation runs
    from rich.console import Console

    from summarizer.api import Summarizer
    from summarizer.eval.corpus import GoldDoc
    from summarizer.eval.halves import HalfRow
    from summarizer.eval.report import DocEval, EvalRow

__all__ = ["run_eval", "tally_warnings"]

def tally_warnings(warnings: list[str]) -> dict[str, int]:
    """Count warnings by kind, names and numbers blanked: what the validators rejected, and why."""
    counts: dict[str, int] = {}
    for w in warnings:
        kind = re.sub(r"^(quote|sentence) \d+ ", r"\1 ", w)
        kind = re.sub(r"'[^']*'|\"[^\"]*\"|\(.*\)|\[\d+:\d+\](, )?", "…", kind)
        kind = re.sub(r"\d+", "N", kind)[:160]
        counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def _scored(corpus: str) -> tuple[str, ...]:
    """The kinds a corpus has gold for (those its scorers read), in the summary's order; every built-in kind
    for a corpus no scorer reads."""
    from summarizer.eval.report import SCORERS
    from summarizer.kinds import builtin_names

    read = {k for scorer in SCORERS if corpus in scorer.corpora for k in scorer.kinds}
    return tuple(k for k in builtin_names() if k in read) or builtin_names()


def _first_per_corpus(docs: list[GoldDoc], limit: int | None) -> list[GoldDoc]:
    """The first ``limit`` documents of each corpus (all of them when ``limit`` is None)."""
    if limit is None:
        return docs
    per: dict[str, int] = {}
    kept = []
    for d in docs:
        per[d.corpus] = per.get(d.corpus, 0) + 1
        if per[d.corpus] <= limit:
            kept.append(d)
    return kept


def _evaluate_all(
    summarizer: Summarizer, docs: list[GoldDoc], *, quiet: bool, event_types: dict[str, str] | None = None
) -> tuple[list[DocEval], list[str], list[str]]:
    """Summarise and score every document, with a progress bar on stderr; (evaluations, warnings, the
    articles that failed with why). With ``event_types``, only those kind-file kinds are read and scored."""
    from rich.console import Console
    from rich.progress import Progress

    from summarizer.eval.report import evaluate_summary
    from summarizer.read.decode import one_line
    from summarizer.read.document import Document
    from summarizer.schemas import ArticleSummary

    err = Console(stderr=True)
    evals = []
    warnings: list[str] = []
    failed: list[str] = []
    with Progress(console=err, transient=True, disable=quiet) as progress:
        task = progress.add_task("evaluating", total=len(docs))
        for gold in docs:
            progress.update(task, description=f"{gold.corpus}/{gold.doc_id[:30]}")
            # Only what the corpus has gold for: quotes for PolNeAR, events for M2E2, all for the seed.
            kinds = tuple(event_types) if event_types else _scored(gold.corpus)
            try:
                summary = summarizer.summarize(Document(gold.text, gold.doc_id, gold.corpus, gold.published), kinds=kinds)
            except SummarizerError as exc:
                # One article the backend gave no answer for does not stop the run: it is scored as an empty
                # summary (its gold items count as missed) and listed.
                failed.append(f"{gold.corpus}/{gold.doc_id}: {one_line(str(exc))}")
                summary = ArticleSummary(doc_id=gold.doc_id, model=summarizer.model_id)
            evals.append(evaluate_summary(summary, gold, event_types))
            warnings += summary.warnings
            progress.advance(task)
    return evals, warnings, failed


def _print_json(
    summarizer: Summarizer, rows: list[EvalRow], evals: list[DocEval], warnings: list[str], failed: list[str],
    details: bool, halves: list[HalfRow] | None,
) -> None:
    from summarizer.eval.halves import halves_json
    from summarizer.eval.report import result_to_json

    data = result_to_json(rows, evals if details else None)
    if halves is not None:
        data["halves"] = halves_json(halves)
    data["model"] = summarizer.model_id
    data["strategy"] = summarizer.settings.strategy
    data["warnings"] = tally_warnings(warnings)
    data["failed_articles"] = failed
    sys.stdout.write(json.dumps(data, indent=2) + "\n")


def _print_table(
    summarizer: Summarizer, rows: list[EvalRow], evals: list[DocEval], warnings: list[str], failed: list[str],
    details: bool, halves: list[HalfRow] | None,
) -> None:
    from rich.console import Console
    from rich.table import Table

    out = Console()
    table = Table(title=f"{summarizer.model_id}, strategy {summarizer.settings.strategy}")
    for col in ("corpus", "kind", "P", "R", "F1", "pred/gold", "docs", "s/doc", "tokens/doc"):
        table.add_column(col, justify="left" if col in ("corpus", "kind") else "right")
    for r in rows:
        table.add_row(r.corpus, r.kind, f"{r.precision:.2f}", f"{r.recall:.2f}", f"{r.f1:.2f}",
                      f"{r.n_pred}/{r.n_gold}", str(r.n_docs), f"{r.seconds_per_doc:.1f}", f"{r.tokens_per_doc:.0f}")
    out.print(table)
    for r in rows:
        if r.extra:
            notes = ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.extra.items())
            out.print(f"{r.corpus}/{r.kind}: {notes}", markup=False)
    for kind, count in tally_warnings(warnings).items():
        out.print(f"warning x{count}: {kind}", markup=False)
    out.print(f"{len(failed)} of {len(evals)} articles failed (scored as empty summaries)", markup=False)
    for line in failed:
        out.print(f"  failed: {line}", markup=False)
    if halves is not None:
        _print_halves(out, halves)
    if details:
        _print_details(out, rows, evals)


def _print_halves(out: Console, halves: list[HalfRow]) -> None:
    """F1 on each half and the whole, and unread - read, each with its 95% bootstrap interval."""
    from rich.table import Table

    table = Table(title="F1 by half, with its 95% interval over documents")
    for col in ("corpus", "kind", "read", "unread", "whole", "unread - read"):
        table.add_column(col, justify="left" if col in ("corpus", "kind") else "right")
    for r in halves:
        cells = [f"{f.f1:.2f} {f.low:.2f}-{f.high:.2f}" for f in (r.read, r.unread, r.whole)]
        d = r.difference
        table.add_row(r.corpus, r.kind, *cells, f"{d.f1:+.2f} {d.low:+.2f}..{d.high:+.2f}")
    out.print(table)


def _print_details(out: Console, rows: list[EvalRow], evals: list[DocEval]) -> None:
    """The seed reports, then one JSON line per document."""
    from summarizer.eval.report import result_to_json

    for e in evals:
        report = e.scores.get("seed")
        if report is not None:
            out.print(f"[bold]{e.doc_id}[/bold]")
            for line in report.lines():
                out.print(f"  {line}", markup=False)
    data = result_to_json(rows, evals)
    for d in data.get("docs", []):
        out.print(json.dumps(d), markup=False)


def _event_types(kind_files: list[Path]) -> dict[str, str]:
    """Each kind file's kind -> the gold event type it names; ConfigError for a file that names none."""
    from summarizer.api import load_kind_files
    from summarizer.errors import ConfigError
    from summarizer.kinds import get

    out: dict[str, str] = {}
    for path, name in zip(kind_files, load_kind_files(kind_files), strict=True):
        event_type = get(name).event_type
        if event_type is None:
            raise ConfigError(f"kind file {path}: give event_type = \"...\" (the gold event type to score it against)")
        out[name] = event_type
    return out


def run_eval(
    corpus_dir: Path,
    *,
    limit: int | None = None,
    split: str | None = None,
    half: str | None = None,
    as_json: bool = False,
    details: bool = False,
    kind_files: list[Path] | None = None,
    **options: Any,
) -> None:
    """Evaluate on ``corpus_dir`` with the given model options; print the results.

    With ``kind_files``, their kinds instead, each against the gold event type its file names, on the
    corpora that have event gold."""
    from summarizer.api import Summarizer
    from summarizer.eval.corpus import HALVES, load_corpus
    from summarizer.eval.halves import compare_halves
    from summarizer.eval.report import aggregate

    if not corpus_dir.is_dir():
        raise InputError(f"corpus folder not found: {corpus_dir}", source=str(corpus_dir))
    if half is not None and half not in (*HALVES, "both"):
        raise InputError(f"--half must be one of {', '.join(HALVES)}, both, got {half!r}", source=str(corpus_dir))
    docs = _first_per_corpus(load_corpus(corpus_dir, split=split, half=None if half == "both" else half), limit)
    event_types = _event_types(kind_files) if kind_files else None
    if event_types:
        docs = [d for d in docs if "events" in d.gold]
    if not docs:
        raise InputError(f"no gold documents under {corpus_dir}" + (" with events" if event_types else ""),
                         source=str(corpus_dir))
    summarizer = Summarizer(**{k: v for k, v in options.items() if v is not None})
    evals, warnings, failed = _evaluate_all(summarizer, docs, quiet=as_json and not sys.stderr.isatty(),
                                            event_types=event_types)
    rows = aggregate(evals)
    halves = compare_halves(evals, [d.half for d in docs]) if half == "both" else None
    show = _print_json if as_json else _print_table
    show(summarizer, rows, evals, warnings, failed, details, halves)
