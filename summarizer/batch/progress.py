"""A batch's progress bar on stderr (rich) and its closing lines: counts, tokens, cost, reasons for failures."""

from __future__ import annotations

from typing import Any

from summarizer.batch.run import BatchReport

__all__ = ["ProgressBar", "closing_lines"]


class ProgressBar:
    """Articles done of the total, failed, skipped, tokens and the time left, drawn on stderr.

    On a terminal the bar redraws in place; elsewhere (a pipe, a log) rich prints nothing until
    the end. Notes (an interrupt) are printed above the bar.
    """

    def __init__(self, description: str = "articles") -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("ok {task.fields[ok]}  failed {task.fields[failed]}  skipped {task.fields[skipped]}"),
            TextColumn("{task.fields[tokens]} tokens"), TimeRemainingColumn(),
            console=self.console, transient=False,
        )
        self.task: Any = None
        self.description = description

    def start(self, total: int | None) -> None:
        self.progress.start()
        self.task = self.progress.add_task(self.description, total=total, ok=0, failed=0, skipped=0, tokens=0)

    def advance(self, outcome: str, report: BatchReport) -> None:
        skipped = report.done_before + report.duplicates + report.elsewhere
        self.progress.update(self.task, advance=1, ok=report.ok, failed=report.failed, skipped=skipped,
                             tokens=f"{report.prompt_tokens + report.completion_tokens:,}")

    def note(self, message: str) -> None:
        self.progress.console.print(message, markup=False, highlight=False)

    def stop(self) -> None:
        self.progress.stop()


def closing_lines(report: BatchReport, *, model: str, prices_origin: str) -> list[str]:
    """What a run says at the end: counts, tokens per article and in total, the cost estimate, failure reasons."""
    lines = [
        f"{report.ok} ok, {report.failed} failed, {report.done_before} already in the store, "
        f"{report.duplicates} duplicate(s) skipped" + (f", {report.abandoned} abandoned" if report.abandoned else "")
        + (f", {report.elsewhere} being done by another run" if report.elsewhere else "")
        + f" in {report.seconds:.1f} s" + (f" ({report.retried} tried again)" if report.retried else "")
    ]
    tokens = report.prompt_tokens + report.completion_tokens
    if report.ok:
        lines.append(f"tokens: {report.prompt_tokens:,} prompt + {report.completion_tokens:,} completion = {tokens:,} "
                     f"({tokens / report.ok:,.0f} per article)")
    if report.ok and report.unpriced:
        lines.append(f"cost: no price for {model} in the {prices_origin}; give one with --prices FILE")
    elif report.ok:
        lines.append(f"cost: about ${report.cost:,.4f} with {model} ({prices_origin}; "
                     f"${report.cost / report.ok:,.6f} per article)")
    for reason, count in report.reasons.most_common():
        lines.append(f"failed: {count} x {reason}")
    if report.interrupted:
        lines.append("interrupted: re-run the same command to continue")
    elif report.failed or report.failed_before:
        before = f" ({report.failed_before} had failed in an earlier run)" if report.failed_before else ""
        lines.append(f"re-run with --retry-failed to try the failed articles again{before}")
    return lines
