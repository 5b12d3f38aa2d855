"""Document -> ArticleSummary.

The configured strategy reads the article (:mod:`summarizer.extract.focused`, small
questions, the default; :mod:`summarizer.extract.naive`, one question for everything, the
baseline). Every answer is validated (re-asked on failure), resolved to the article's
entities, merged, and checked against the text.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext

from summarizer.extract.focused import focused
from summarizer.extract.grounding import verify_summary
from summarizer.extract.naive import naive
from summarizer.extract.run import ArticleRun
from summarizer.kinds import builtin_names, selected
from summarizer.llm.client import CallScope, ModelClient
from summarizer.llm.prompts import load_prompt
from summarizer.read.document import Document
from summarizer.schemas import ArticleSummary
from summarizer.text.dateline import find_dateline
from summarizer.text.entities import EntityIndex
from summarizer.text.sentences import split_sentences

__all__ = ["KINDS", "summarize_document"]

KINDS = builtin_names()
"""The kinds a run reads when it is not told which: the built-in ones."""


def _unanswered_note(run: ArticleRun) -> list[str]:
    """A warning when no question got a valid answer: the summary is what the text gave alone.

    An answer that never validates (or is cut at ``max_tokens``) is the model not knowing; each one
    is already a warning naming its question. Only a backend that gives no answer at all (transport,
    protocol, timeout) fails the article, and that raises where it happens.
    """
    scope = run.scope
    if scope.questions and scope.failures == scope.questions:
        note = f"none of the {scope.questions} model question(s) got a valid answer: only what the text itself states"
        return [note + " is in this summary"]
    return []


def summarize_document(doc: Document, client: ModelClient, kinds: tuple[str, ...] = KINDS) -> ArticleSummary:
    """Summarise one document with the client's model and the configured strategy.

    ``kinds`` names the registered kinds to read (:mod:`summarizer.kinds`); the naive strategy
    reads the built-in kinds whatever it is given.
    """
    started = time.perf_counter()
    strategy = client.settings.strategy
    reference = doc.published or find_dateline(doc.text)
    # A model that decodes several questions at once gets the article's questions together; replies
    # read from the cache need no threads.
    width = client.parallel if client.settings.cache_mode != "replay" else 1
    with ThreadPoolExecutor(max_workers=width, thread_name_prefix="question") if width > 1 else nullcontext() as pool:
        run = ArticleRun(
            doc=doc,
            client=client,
            scope=CallScope(article=doc.doc_id),
            reference=reference,
            sentences=split_sentences(doc.text),
            index=EntityIndex(doc.text),
            pool=pool,
        )
        try:
            found = (naive if strategy == "naive" else focused)(run, kinds)
        except BaseException:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)  # the article failed: ask nothing more
            raise
    summary = ArticleSummary(
        doc_id=doc.doc_id,
        published=reference.isoformat() if reference else None,
        **doc.described(reference),
        model=client.model_id,
        strategy=strategy,
        prompt_versions={name: load_prompt(name).version for name in found.prompts},
        usage=run.scope.usage,
        warnings=run.scope.rejections + run.scope.warnings + found.notes + _unanswered_note(run),
    )
    for kind in selected(found.found):
        kind.set_records(summary, kind.merge(found.found[kind.name]))
        if kind.version is not None:
            summary.prompt_versions[kind.name] = kind.version
    if reference is None:
        summary.warnings.append("no reference date (--published or a dateline): dates without a year are left unresolved")
    summary.warnings[:0] = doc.notes  # what reading the input found (a page date not used) comes first
    verify_summary(summary, doc.text)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary
