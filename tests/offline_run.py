"""An article's run with no model behind it, for the rules that read the text alone: asking a question fails."""

from __future__ import annotations

from typing import cast

from summarizer.extract.run import ArticleRun
from summarizer.llm.client import CallScope, ModelClient
from summarizer.read.document import Document
from summarizer.text.entities import EntityIndex
from summarizer.text.sentences import split_sentences


def offline_run(text: str) -> ArticleRun:
    """The run of a made-up article whose client is no client: a rule that asks the model fails the test."""
    return ArticleRun(
        doc=Document(text, "made-up", "test"),
        client=cast(ModelClient, object()),
        scope=CallScope(article="made-up"),
        reference=None,
        sentences=split_sentences(text),
        index=EntityIndex(text),
    )
