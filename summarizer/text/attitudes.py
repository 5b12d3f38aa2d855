"""An attitude told by an adjective after a verb of being: "has been critical of the plan", "were increasingly worried
about turnout", "is confident that the bill will pass"; a stance told by a noun of one who takes it: "is a fierce
opponent of the levy". Such adjectives and nouns take what they are about as a preposition's object or a clause, as the
verbs of the lexicon's classes do ("criticized the plan", "worried that ..."), so the subject of the verb of being is
the source and that object or clause the content. A light verb with such an adjective or a noun of saying states a
stance the same way, its subject the source: "made it clear that ...", "is raising questions about the count".
"""

from __future__ import annotations

import re

from summarizer.text.attribution_parts import Attribution, enough_words, trim
from summarizer.text.content_length import content_end
from summarizer.text.subject import subject_before

__all__ = ["attitudes"]

# Adjectives of stance and feeling that take their matter after "of", "about", "over", "on" or "that".
_ADJECTIVES = (
    "critical", "supportive", "sceptical", "skeptical", "wary", "dismissive", "contemptuous", "scornful", "proud",
    "worried", "concerned", "anxious", "nervous", "fearful", "afraid", "hopeful", "optimistic", "pessimistic",
    "confident", "doubtful", "unsure", "certain", "convinced", "adamant", "insistent", "vocal", "outspoken", "coy",
    "vague", "candid", "frank", "upset", "angry", "furious", "unhappy", "disappointed", "frustrated", "passionate",
    "enthusiastic", "bullish", "bearish", "cautious",
)
_ATTITUDE = re.compile(
    r"\b(?P<verb>is|are|was|were|been|be|remains?|remained|seems?|seemed|appears?|appeared|grew|grows|became|becomes|"
    r"felt|feels?)(?:n['’]t)?\s+(?:(?:not|also|still|so|too|very|more|less|most|deeply|increasingly|openly|publicly|privately|"
    r"particularly|especially|highly|equally|somewhat|quite|rather|[a-z]+ly)\s+){0,2}"
    r"(?P<adj>" + "|".join(_ADJECTIVES) + r")\s+(?P<prep>about|of|over|on|that)\s+"
)
# ... and a noun of one who takes a stance, after a verb of being: "is a fierce opponent of the levy", "has been a
# longtime supporter of Lund".
_STANCE_NOUN = re.compile(
    r"\b(?P<verb>is|are|was|were|been|be|remains?|remained|became|becomes)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<adj>(?:supporter|opponent|critic|defender|advocate|proponent|champion|backer|foe|admirer|fan|skeptic|"
    r"sceptic|detractor|believer)s?)\s+(?P<prep>of|for|in)\s+"
)
# ... and a stance stated by a light verb and its noun or adjective: "made it clear (that) ...", "has made the case
# that ...", "made the point that ...", "makes the case for the levy".
_LIGHT_VERB = re.compile(
    r"\b(?P<verb>make|makes|made|making)\s+(?:(?:it|very|abundantly|perfectly|quite)\s+){0,2}"
    r"(?P<adj>clear|(?:the|a|an)\s+(?:[a-z]+\s+)?(?:case|point|argument))\s+(?P<prep>that|for|(?=(?:he|she|they|it|we|i)\s))"
)
# ... and a light verb with a noun of saying or of a stance, whose matter follows a preposition: "is raising questions
# about the count", "sounded a call for calm", "issued a sharp condemnation of the raid", "took offense at the remark".
_LIGHT_NOUN = re.compile(
    r"\b(?P<verb>(?:rais|voic|sound|issu|renew|offer|deliver|cast|draw|drew|took|tak|gave|giv)[a-z]*|shed|sheds|make|makes|made)"
    r"\s+(?:(?:a|an|the|new|strong|fresh|serious|sharp|little|no|his|her|their|its)\s+){0,2}"
    r"(?P<adj>questions|concerns|doubts?|calls?|condemnation|criticism|warnings?|appeals?|plea|secret|fun|light|offen[cs]e|"
    r"contrast|speech|speeches|remarks)\s+(?P<prep>about|over|on|of|for|at|with|against)\s+"
)
# ... and having doubts or questions about something: "the agency has questions about the filings".
_HAVING = re.compile(
    r"\b(?P<verb>has|have|had|having)\s+(?:(?:no|some|many|serious|deep|real|lingering|new)\s+){0,2}"
    r"(?P<adj>questions|concerns|doubts|reservations|misgivings)\s+(?P<prep>about|over|on|of)\s+"
)
# A matter named by a name alone is enough ("critical of Trump"); else three words, as for any content.
_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")


def attitudes(text: str, stops: list[int], found: list[Attribution]) -> list[Attribution]:
    """The attributions of attitudes and stances told by adjectives and nouns in the sentence ``text`` (see the
    module); none inside a content already found."""
    made: list[Attribution] = []
    for m in [*_ATTITUDE.finditer(text), *_STANCE_NOUN.finditer(text), *_LIGHT_VERB.finditer(text),
              *_LIGHT_NOUN.finditer(text), *_HAVING.finditer(text)]:
        if any(a.start <= m.start() < a.end for a in found):
            continue
        subject = subject_before(text, m.start("verb"))
        if subject is None:
            continue
        begin = m.start("prep") if m.group("prep") in ("that", "") else m.end()
        # a stance noun's object ends at a comma ("Lee, a critic of the levy, spoke"); an adjective's matter runs on
        end = min(content_end(text, begin, stops), _clause_end(text, begin, m.re in (_STANCE_NOUN, _LIGHT_NOUN, _HAVING)))
        start, end = trim(text, begin, end)
        # a name alone is enough after an adjective or a stance noun, never after a light verb's noun ("gave a speech on
        # Monday": when, not what about)
        if start < end and (enough_words(text, start, end) or m.re not in (_LIGHT_NOUN, _HAVING) and _NAME.match(text[start:end])):
            cue = text[m.start("verb") : m.end("prep")] if m.group("prep") not in ("that", "") else text[m.start("verb") : m.end("adj")]
            made.append(Attribution(text[subject[0] : subject[1]], subject[0], cue, start, end, "forward"))
    return made


def _clause_end(text: str, start: int, phrase: bool) -> int:
    """The end of the matter from ``start``: the sentence's end, or a semicolon or a dash before it; a noun phrase
    (``phrase``) ends at a comma too."""
    m = (_PHRASE_END if phrase else _CLAUSE_END).search(text, start)
    return m.start() if m is not None else len(text)


_CLAUSE_END = re.compile(r"[;—–]|\s--\s")
_PHRASE_END = re.compile(r"[,;—–]|\s--\s")
