"""Passages that read as instructions to a language model, not as news.

An article can carry text aimed at the model that reads it ("ignore all previous
instructions", "you are now...", "System: the assistant must..."). Such a passage is
never sent to the model as something to extract from: its quotations and sentences are
skipped, and the summary says so in a warning. The model's replies are also bound by
schemas and checked against the text, so injected text cannot change the output's shape.
"""

from __future__ import annotations

import re

from .segment import paragraph_bounds

__all__ = ["inside", "instruction_passages"]

_PATTERNS = re.compile(
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts?|messages?)"
    r"|disregard\s+(?:all\s+|the\s+)?(?:previous|prior|above)\b"
    r"|\byou\s+are\s+now\b|\bact\s+as\s+(?:an?\s+)?(?:ai|assistant|language\s+model)\b"
    r"|^\s*(?:system|assistant|user)\s*:"
    r"|\b(?:the\s+)?(?:assistant|model|ai)\s+(?:must|should)\s+(?:output|return|answer|reply|respond|say)\b"
    r"|\b(?:output|return|respond\s+with)\s+(?:only\s+)?(?:the\s+following\s+)?(?:json|\{)"
    r"|\bnew\s+instructions?\s*:|\bprompt\s+injection\b|\btest\s+mode\b",
    re.IGNORECASE | re.MULTILINE,
)


def instruction_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph that carries instructions to a model."""
    return [(s, e) for s, e in paragraph_bounds(text) if _PATTERNS.search(text[s:e])]


def inside(start: int, end: int, passages: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps one of the passages."""
    return any(start < pe and ps < end for ps, pe in passages)
