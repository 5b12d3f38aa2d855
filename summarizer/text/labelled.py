"""A content labelled with its source and a colon: the headline "Pence: Flowers Won't Be at Debate" and the
transcript line "WALLACE: Let's start with the news." tell who says what by putting the name first.

The label is a short name (one to four capitalised words, or a name in capitals) that opens the sentence, an
opening quotation mark allowed before it; a determiner never opens it ("The Latest:"), and the words that
label a section rather than a speaker ("Update:", "Editor's note:", "Photo:") are not sources. The content
is what follows the colon, three words at least.
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import Attribution, enough_words, trim

__all__ = ["labelled"]

_LABEL = re.compile(
    r"^[\"“'‘]*(?P<src>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*):\s+(?=\S)"
)
# Labels of a part of the page, not of a speaker.
_SECTIONS = frozenset((
    "update", "updated", "note", "editor's note", "editor’s note", "correction", "clarification", "photo",
    "photos", "video", "watch", "listen", "read", "read more", "related", "see also", "source", "sources",
    "breaking", "breaking news", "exclusive", "analysis", "opinion", "commentary", "review", "live", "latest",
    "warning", "disclaimer", "q", "a", "question", "answer", "transcript", "summary", "background", "timeline",
    "key points", "factbox", "fact check", "what we know", "full text", "file", "caption", "credit", "graphic",
))  # fmt: skip
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "his", "her"))


def labelled(text: str) -> list[Attribution]:
    """The sentence as one attribution when it opens with a speaker's label and a colon; else none."""
    m = _LABEL.match(text)
    if m is None:
        return []
    source = m.group("src")
    words = source.split()
    if source.casefold() in _SECTIONS or words[0].casefold() in _DETERMINERS or words[0].isdigit():
        return []
    start, end = trim(text, m.end(), len(text))
    while end > start and text[end - 1] in ".!?":
        end -= 1
    if not enough_words(text, start, end):
        return []
    return [Attribution(source, m.start("src"), ":", start, end, "labelled")]
