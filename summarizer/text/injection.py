"""Passages that read as instructions to a language model, not as news.

An article can carry text aimed at the model that reads it ("ignore all previous
instructions", "forget everything you were told", "note to any AI reading this",
"System: the assistant must..."). Such a passage is never sent to the model as something
to extract from: its quotations and sentences are skipped, and the summary says so in a
warning. The model's replies are also bound by schemas and checked against the text, so
injected text cannot change the output's shape.

A quotation attributed to a speaker ("We will not ignore all previous instructions from
the court," the minister said) is reported speech, not an instruction: words inside it do
not mark the paragraph, though an instruction elsewhere in the same paragraph still does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from summarizer.text.quotes import find_quotes
from summarizer.text.sentences import paragraph_bounds

__all__ = ["inside", "instruction_passages"]

# Who such text addresses: an AI, a language model, a chatbot ("AI" only in capitals:
# Italian "ai" is a word).
_AI = (
    r"(?:(?-i:AI|A\.I\.)|artificial[\s-]+intelligence|LLMs?|chat\s?bots?|ChatGPT|GPT(?:-?\d[\w.]*)?"
    r"|(?:(?-i:AI|A\.I\.)\s+)?(?:large\s+)?language[\s-]+models?"
    r"|(?:(?-i:AI|A\.I\.)|LLM|virtual|digital|automated)[\s-]+(?:models?|assistants?|systems?|agents?|readers?|tools?|bots?))"
)
_ADDRESSEE = rf"(?:{_AI}|assistants?|chat\s?bots?|bots?)"
# Reading or working on the text at hand.
_READING = r"(?:reading|processing|parsing|summari[sz]ing|analy[sz]ing)"
# The addressee's name ends the phrase ("if you are an AI," but not "if you are an AI researcher").
_HEAD_END = r"(?=\s*[,.;:!?—–]|\s+(?:and|with|that|who|which|named|called|designed|trained|built|reading)\b)"
_PRIOR = r"(?:previous|prior|above|earlier|preceding|foregoing|original|initial)"
_RULES = (
    r"(?:instructions?|prompts?|rules?|guidelines?|directives?|programming|training|guardrails?|restrictions?"
    r"|constraints?|filters?|system\s+prompt|orders|commands)"
)

# Each phrase starts at a word boundary; one boundary test before them all keeps the search
# fast (one test per position, not one per phrase).
_PHRASES = (
    # Telling the model to drop what it was told.
    (
        r"(?:ignore|disregard|forget|override|bypass|overrule|discard|erase)\s+(?:(?:all|any|every|each)\s+(?:of\s+)?)?"
        rf"(?:(?:the|these|those|my|this)\s+)?{_PRIOR}\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:instructions?|prompts?|messages?|directives?|commands?|context|programming|text|input|content)\b"
    ),
    (
        rf"(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|every)\s+(?:of\s+)?)?your\s+"
        rf"(?:(?:previous|prior|earlier|original|initial|current|existing|system|safety|old)\s+)?{_RULES}\b"
    ),
    (
        r"(?:ignore|disregard|forget)\s+(?:about\s+)?(?:everything|anything|all(?:\s+of\s+it)?|what(?:ever)?)\s+"
        r"(?:(?:that\s+)?you(?:['’](?:ve|re|d)|\s+(?:have|were|had|are))?\s+(?:been\s+|just\s+|already\s+|previously\s+)?"
        r"(?:told|given|instructed|programmed|trained)\b"
        # "before" ends the phrase: "forget everything before the war" is not an instruction.
        r"|(?:above|before|previously|so\s+far|until\s+now|up\s+to\s+now|earlier)"
        r"(?=\s*[.,;:!?]|\s*$|\s+(?:and|then|but)\b|\s+this\s+(?:line|message|point|sentence|paragraph|text)\b))"
    ),
    r"(?:ignore|disregard|forget)\s+(?:(?:all|everything)\s+(?:of\s+)?)?the\s+above\b",
    (
        rf"(?:ignore|disregard|forget)\s+(?:(?:all|any)\s+(?:of\s+)?)?(?:the\s+)?{_RULES}\s+(?:that\s+)?"
        r"you(?:['’]ve|\s+(?:have|were|had))?\s+(?:been\s+)?(?:told|given|received)\b"
    ),
    # Speaking to the model: its role, its output, its name.
    r"you\s+are\s+now\b",
    r"act\s+as\s+(?:an?\s+)?(?:ai|assistant|language\s+model)\b",
    r"(?:the\s+)?(?:assistant|model|ai)\s+(?:must|should)\s+(?:output|return|answer|reply|respond|say)\b",
    (
        rf"the\s+(?:{_ADDRESSEE}|model)\s+(?:must|should|shall|needs\s+to|has\s+to|is\s+(?:required\s+|instructed\s+)?to)"
        r"\s+(?:now\s+|only\s+|always\s+|instead\s+)?(?:output|return|answer|reply|respond|say|print|write|report|list"
        r"|attribute|generate|repeat|ignore|disregard|forget|pretend)\b"
    ),
    r"(?:output|return|respond\s+with)\s+(?:only\s+)?(?:the\s+following\s+)?(?:json|\{)",
    r"new\s+instructions?\s*:",
    r"prompt\s+injection\b",
    r"test\s+mode\b",
    (
        r"(?:note|message|instructions?|attention|reminder|request|memo|directive|warning|command|orders?|p\.?s\.?)"
        rf"\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+|every\s+|an?\s+)?{_AI}(?:\s+{_READING}\b|(?=\s*[,:;!.—–-]))"
    ),
    rf"(?:{_ADDRESSEE}|models?)\s+(?:that\s+is\s+|who\s+is\s+)?{_READING}\s+this\b",
    rf"if\s+you\s*(?:are|['’]re)\s+(?:an?\s+|the\s+)?{_ADDRESSEE}{_HEAD_END}",
    rf"(?:dear|hey|hi|hello|attention|attn|listen|psst)\s*,?\s+(?:the\s+)?(?:{_ADDRESSEE}|models?)(?=\s*[,:!])",
    (
        r"you\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:(?:helpful|large|new|unrestricted|uncensored|honest|harmless)\s+){0,3}"
        rf"{_AI}{_HEAD_END}"
    ),
    rf"as\s+an?\s+{_AI}\s*,\s*you\b",
    (
        r"(?:do\s+not|don['’]t|never)\s+(?:tell|inform|alert|reveal\s+(?:this\s+|it\s+)?to|mention\s+(?:this\s+|it\s+)?to)"
        r"\s+the\s+user\b"
    ),
    (
        r"(?:reveal|print|repeat|show|output|leak|disclose)\s+(?:me\s+)?(?:your|the)\s+"
        r"(?:system\s+prompt|initial\s+prompt|hidden\s+(?:prompt|instructions)|original\s+instructions)\b"
    ),
    r"(?:jailbreak|DAN)\s+mode\b",
    (
        r"your\s+(?:new|real|actual|true|only|next|updated)\s+(?:task|instructions?|job|role|goal|objective|purpose"
        r"|mission|orders)\s+(?:is|are)\b"
    ),
    (
        r"from\s+now\s+on\s*,?\s+you\s+(?:are|will|must|shall|should)\s+(?:only\s+|always\s+|now\s+)?"
        rf"(?:act|respond|answer|reply|output|return|behave|pretend|be\s+(?:an?\s+)?{_ADDRESSEE})\b"
    ),
)
_PATTERNS = re.compile(
    # The first phrases, as the detector always had them (no word boundary needed).
    r"ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts?|messages?)"
    r"|disregard\s+(?:all\s+|the\s+)?(?:previous|prior|above)\b"
    r"|^\s*(?:system|assistant|user)\s*:"
    r"|\b(?:" + "|".join(_PHRASES) + ")",
    re.IGNORECASE | re.MULTILINE,
)


def _attributed(paragraph: str) -> list[tuple[int, int]]:
    """Spans of the paragraph's quotations that have a speech cue beside them, in order."""
    return [(p.start, p.end) for q in find_quotes(paragraph) if q.cue is not None for p in q.parts]


def _quoted(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when [start, end) lies within one of ``spans`` (sorted, not overlapping)."""
    k = bisect_right(starts, start) - 1
    return k >= 0 and end <= spans[k][1]


def instruction_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph that carries instructions to a model.

    Words inside a quotation attributed to a speaker are reported speech and do not count;
    the quotations are looked for only in paragraphs with instruction-like words.
    """
    passages: list[tuple[int, int]] = []
    for s, e in paragraph_bounds(text):
        paragraph = text[s:e]
        hits = [m.span() for m in _PATTERNS.finditer(paragraph)]
        if not hits:
            continue
        spans = _attributed(paragraph)
        starts = [a for a, _ in spans]
        if any(not _quoted(a, b, spans, starts) for a, b in hits):
            passages.append((s, e))
    return passages


def inside(start: int, end: int, passages: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps one of the passages (in order, not overlapping, as
    :func:`instruction_passages` gives them): one look-up, however many passages there are."""
    k = bisect_left(passages, end, key=lambda p: p[0])  # passages[:k] start before ``end``
    return k > 0 and passages[k - 1][1] > start
