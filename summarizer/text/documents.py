"""Whose words a document holds. A participle after a document reports them ("released a statement saying the depot
would close", "sent a letter to harbour staff urging them to reconsider", "issued a paper welcoming the plans"): the
participle tells what the document says, and the document is its issuer's, the subject of the clause that sent,
issued or released it. A document its own relative clause gives an author is that author's ("according to a speech
Ann Lee gave in July").
"""

from __future__ import annotations

import re

from summarizer.text.attribution_words import DOCUMENTS
from summarizer.text.subject import subject_before

__all__ = ["document_author", "document_issuer"]

# Documents and published pieces: those that "read" (the lexicon's), and papers, ads, filings and rulings.
_DOCUMENTS = sorted(DOCUMENTS | {
    "paper", "ad", "advert", "advertisement", "video", "motion", "filing", "complaint", "lawsuit", "petition",
    "resolution", "op-ed", "column", "editorial", "ruling", "brief", "e-mail",
})  # fmt: skip
# A document, and a short phrase of whom or when after it, right before the participle.
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _DOCUMENTS)) + r")s?"
    r"(?:\s+(?:to|on|with|from|in|at)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r",?\s+$"
)


# The verb that issued it: a past or present form, or "has" ("has a new ad calling ...").
_ISSUING = re.compile(
    r"\b(?:[a-z]+ed|has|have|had|sent|wrote|ran|put|gave|took|made|[a-z]+s)\s+(?:(?:out|up)\s+)?"
    r"(?:(?:a|an|the|his|her|its|their|our|another|new|[a-z]+)\s+){0,3}$"
)


def document_issuer(text: str, at: int) -> tuple[int, int] | None:
    """The span of who issued the document a participle at ``at`` follows (the subject of the verb that sent, issued
    or released it), else None."""
    document = _DOCUMENT_BEFORE.search(text, max(0, at - 80), at)
    if document is None:
        return None
    verb = _ISSUING.search(text, max(0, document.start() - 60), document.start())
    return subject_before(text, verb.start()) if verb is not None else None


# A document its author's name and verb follow, a relative clause with no "that": "a speech Ann Lee gave in July",
# "a letter the mayor sent".
_AUTHORED = re.compile(
    r"(?:an?|the|one|another)\s+(?:[a-z]+\s+)?(?:"
    + "|".join(map(re.escape, _DOCUMENTS + ["speech", "interview", "book"]))
    + r")s?\s+(?P<author>he|she|they|the\s+[a-z]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)"
    r"\s+(?:delivered|gave|wrote|issued|released|sent|posted|published|made|signed|filed|gives|writes)\b"
)


def document_author(source: str) -> tuple[int, int] | None:
    """The span of the author a source that is a document names in a relative clause of its own ("according to a
    speech Ann Lee gave in July" -> Ann Lee), else None."""
    m = _AUTHORED.match(source)
    return m.span("author") if m is not None else None
