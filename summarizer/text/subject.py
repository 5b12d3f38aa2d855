"""The source of a reporting verb: the noun phrase that is its subject, read from the clause's shape.

English puts the subject right before the verb, with only auxiliaries and adverbs between
("has also repeatedly said"). What else may stand between them is set off by commas, dashes or
brackets: a relative clause ("The senator, who opposed the bill, said"), an apposition
("Karimi, the agency's director, said"), an aside ("Smith, however, said"). The subject is the
noun phrase before such a parenthetical, never a word inside it. A phrase fronted before the
subject and closed by a comma ("On Friday, the governor said"; "Meeting with Garneau, the
secretary stressed") is an adverbial: the subject starts after its comma.
"""

from __future__ import annotations

import re

from summarizer.text.apposition import name_before_asides, title_opening
from summarizer.text.attribution_words import (
    AUX,
    BEFORE_ING,
    BEFORE_TO,
    BOUNDARY,
    DETERMINERS,
    FUNCTION,
    TRAILING_ADVERBIAL,
    VERBS,
)
from summarizer.text.lexicon import EVENT_PAST_IRREGULAR, MONTH_NAMES, TIMES_OF_DAY, WEEKDAY_NAMES
from summarizer.text.neighbours import LY_NOUNS

__all__ = ["MAIN_VERB", "MAX_SOURCE_WORDS", "coordinated", "first_clause_subject", "subject_before"]

MAX_SOURCE_WORDS = 12
# An auxiliary or a past form that opens a clause's verb: "The president is cutting ... and will return", "went".
MAIN_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|(?-i:[a-z])\w+ed|" + "|".join(EVENT_PAST_IRREGULAR) + r")\b"
)
# A time set before a subject without a comma: "On Monday the bishop received", "Last week the minister flew".
_TIMES = "|".join((*WEEKDAY_NAMES, *MONTH_NAMES, "week", "weekend", "month", "year", "yesterday", "today"))
_FRONTED_TIME = re.compile(
    r"(?:(?:on|in|at|early|late|last|this|next|earlier|later)\s+)?(?:(?:this|last|next)\s+)?(?:" + _TIMES + r")"
    r"(?:\s+(?:" + "|".join(TIMES_OF_DAY) + r"))?\s+",
    re.IGNORECASE,
)
# A place set before a subject without a comma: "From Edinburgh the painter travels on", "In Vienna she is to read".
_FRONTED_PLACE = re.compile(
    r"(?:from|in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+"
    r"(?=(?:the|a|an|his|her|its|their|he|she|they)\s)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'.-]+")
_PRONOUNS = frozenset(("who", "which", "he", "she", "they", "it", "we", "i", "you"))
# What opens a relative clause or an aside: the subject is the phrase before it.
_RELATIVE = frozenset(("who", "which", "whose", "whom", "where", "when", "whom", "that"))
# Adverbs, quantifiers and reflexives that may stand between a subject and its verb (besides -ly words).
_BETWEEN = frozenset((
    "long", "even", "now", "first", "ever", "always", "twice", "yet", "too", "soon", "only",
    "himself", "herself", "itself", "themselves", "later", "since", "both",
))  # fmt: skip
# Prepositions: a phrase that opens with one is an adverbial, not a subject ("In Florida", "With the vote").
PREPOSITIONS = frozenset((
    "about", "above", "across", "against", "amid", "among", "around", "at", "behind", "below", "beside",
    "between", "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into", "near", "of",
    "off", "on", "onto", "out", "over", "per", "through", "throughout", "to", "toward", "towards", "under",
    "unlike", "until", "upon", "with", "within", "without", "following", "like", "regarding",
))  # fmt: skip
_DELIMITERS = ",—–"
# What opens a noun phrase in apposition: "Karimi, the director", "Ruiz, an economist".
_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "our", "one", "another", "former"))


def _is_between(toks: list[re.Match[str]]) -> bool:
    """The last word is an auxiliary or an adverb: an -ly word after a determiner is a noun ("the family")."""
    word = toks[-1].group()
    low = word.casefold().replace("’", "'")
    if word[:1].isupper() and len(toks) > 1 and toks[-2].group()[:1].isupper():
        return False  # a capitalised word after a name is part of it: "Theresa May said"
    if low in AUX or low in _BETWEEN or low.endswith("n't"):
        return True
    return low.endswith("ly") and word[:1].islower() and low not in LY_NOUNS and not (
        len(toks) > 1 and toks[-2].group().casefold() in _NOUN_BEFORE)


def _tokens_before(text: str, at: int, skip: bool = True) -> list[re.Match[str]]:
    """The words before ``at``, auxiliaries, adverbs and a 'to' after a verb of intent ("has to show") dropped."""
    toks = list(_WORD.finditer(text, max(0, at - 200), at))
    while skip and toks and _is_between(toks):
        toks.pop()
        if len(toks) >= 2 and toks[-1].group() == "to" and toks[-2].group().casefold() in BEFORE_TO:
            toks = toks[:-2]  # "has to show", "wants to explain"
    if toks and toks[-1].group() == "to" and len(toks) >= 2 and toks[-2].group().casefold() in BEFORE_TO:
        toks = toks[:-2]
        while toks and _is_between(toks):
            toks.pop()
    elif toks and toks[-1].group().casefold() in BEFORE_ING and re.match(r"\w+ing\b", text[at:]):
        toks.pop()  # "avoids condemning", "kept telling": the subject of the verb that takes the -ing form
        while toks and _is_between(toks):
            toks.pop()
    return toks


# Determiners: an -ly word after one is a noun ("the family", "the elderly").
_NOUN_BEFORE = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this"))
_WH = frozenset(("how", "what", "why", "whether", "where"))
_FINITE = frozenset(("had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "does", "do", "can",
                     "could", "should", "may", "might", "must", "shall"))  # fmt: skip
# Words a relative "that" never follows as its noun: function words, auxiliaries, times ("Friday afternoon that").
_NO_ANTECEDENT = FUNCTION | BOUNDARY | _FINITE | frozenset(TIMES_OF_DAY)


# Common irregular past forms: the verb of a relative clause ("whose party came third", "who won in 2019").
_IRREGULAR_PAST = frozenset((
    "became", "began", "bought", "brought", "built", "came", "caught", "chose", "drew", "fell", "felt", "fought",
    "found", "gave", "got", "grew", "heard", "held", "kept", "knew", "led", "left", "lost", "made", "meant",
    "met", "paid", "ran", "rose", "saw", "sent", "sold", "spent", "stood", "struck", "taught", "thought", "took",
    "told", "went", "won", "wrote",
))  # fmt: skip


def _finite(word: str) -> bool:
    """An auxiliary or a past form: the verb of a clause ("had", "was", "voted", "came")."""
    low = word.casefold()
    return low in _FINITE or (low.endswith("ed") and word[:1].islower()) or (low in _IRREGULAR_PAST and word[:1].islower())


def _noun_phrase(text: str, toks: list[re.Match[str]]) -> tuple[int, int] | None:
    """The noun phrase that ends with the last token, within its clause: never across a comma, a
    clause boundary or a verb; None for a prepositional or participial phrase ("On Friday")."""
    if not toks:
        return None
    last = toks[-1].group().casefold()
    contracted = re.fullmatch(r"(he|she|it|they|we|i|you|who|that)['’](?:s|re|m|ll|d|ve)", last)
    if contracted is not None:  # "He's telling", "They're warning": the pronoun, its 'be' contracted
        return toks[-1].start(), toks[-1].start() + len(contracted.group(1))
    if last.endswith(("'s", "’s")) and last[:-2] not in ("he", "she", "it", "that", "who"):
        return None  # a possessive: "the party's plan to"
    prior = toks[-2].group() if len(toks) > 1 else ""
    if last == "that" and prior.islower() and prior not in _NO_ANTECEDENT and prior not in VERBS:
        return toks[-2].start(), toks[-2].end()  # a relative "that": the noun it follows ("councils that back it")
    if last in _PRONOUNS:
        return toks[-1].start(), toks[-1].end()  # a pronoun is the whole noun phrase
    if last in FUNCTION or last in BOUNDARY:
        return None
    start, end = toks[-1].start(), toks[-1].end()
    first = toks[-1].group()
    relative: re.Match[str] | None = None
    for k in range(len(toks) - 2, -1, -1):
        tok = toks[k]
        word = tok.group()
        gap = text[tok.end() : start]
        if word.casefold() in _RELATIVE and not any(ch in gap for ch in ';:“”"()'):
            if any(_finite(t.group()) for t in toks[k + 1 :]):
                # "Two men who had just voted there discussed ...": the relative clause has its own
                # verb, so this one is the main clause's, and its subject is the phrase the clause follows
                return _noun_phrase(text, toks[:k])
            relative = tok
            break
        if word.casefold() in _FINITE or word.casefold().endswith(("n't", "n’t")):
            if k > 0 and toks[k - 1].group().casefold() in _RELATIVE:
                return _noun_phrase(text, toks[: k - 1])  # "Two men who had voted there said": the men
            return None  # the phrase is another clause's predicate ("the party is rushing toward a label")
        if word == "and" and first[:1].isupper() and "," not in gap:
            left = _left_name(text, toks, k)  # two names coordinated: "Lee and Reyes said"
            if left is not None:
                start, first = left
                break
        if word == "and" and "," not in gap and toks[k + 1].group().casefold() in PREPOSITIONS:
            continue  # two phrases of place coordinated: "observers in the county and around the region say"
        if word == "and" and "," not in gap and _opening_noun_phrase(text, toks[:k]):
            start, first = toks[0].start(), toks[0].group()  # "Doctors and nurses warned": one subject
            break
        if word.casefold() in BOUNDARY | _WH:
            break
        if any(ch in gap for ch in ';:“”"()' + _DELIMITERS):
            break
        if word in VERBS and not (k > 0 and toks[k - 1].group().casefold() in FUNCTION | PREPOSITIONS) and not (
                _finite(word) and any(t.group().casefold() in _RELATIVE for t in toks[max(0, k - 3) : k])):  # "who had voted"
            break  # a verb ends the phrase; after "of" or "the" the same form is a noun ("secretary of state")
        if end - tok.start() > 120:
            break
        start, first = tok.start(), word
    return _phrase_from(text, start, end, first, relative)


def _phrase_from(text: str, start: int, end: int, first: str, relative: re.Match[str] | None) -> tuple[int, int] | None:
    """The phrase read back to ``start``, past a phrase of time or place; else ``relative``, or None (an adverbial)."""
    time = _FRONTED_TIME.match(text, start, end) or _FRONTED_PLACE.match(text, start, end)
    if time is not None and time.end() < end:
        start, first = time.end(), text[time.end() : end].split()[0]  # "On Monday the bishop": the bishop (of a place too)
    words = text[start:end].split()
    participle = len(words) > 1 and first.endswith("ing") and words[1].casefold() in PREPOSITIONS | FUNCTION
    if first.casefold() in PREPOSITIONS or participle:
        # "On Friday", "Meeting with Garneau": an adverbial, not the subject; "which through the
        # years supported": the relative pronoun is
        return (relative.start(), relative.end()) if relative is not None else None
    return _clean(text, start, end)


def _opening_noun_phrase(text: str, toks: list[re.Match[str]]) -> bool:
    """True when ``toks`` open the text (the sentence) and are a short noun phrase: one to three words, no verb
    among them ('RNC members', 'The doctors'; not 'Protesters marched')."""
    return 0 < len(toks) <= 3 and not text[: toks[0].start()].strip() and not any(
        _finite(t.group()) or t.group() in VERBS or t.group().casefold() in FUNCTION - DETERMINERS for t in toks
    )


def _left_name(text: str, toks: list[re.Match[str]], k: int) -> tuple[int, str] | None:
    """Where the name coordinated by the 'and' at ``toks[k]`` starts, and its first word: capitalised words
    right before it, opening the clause (after its start, a comma or a function word); else None."""
    j = k
    while j > 0 and toks[j - 1].group()[:1].isupper() and not any(ch in text[toks[j - 1].end() : toks[j].start()] for ch in ";:“”\"()" + _DELIMITERS):
        j -= 1
    if j == k:
        return None
    if j > 0:
        before = toks[j - 1].group().casefold()
        gap = text[toks[j - 1].end() : toks[j].start()]
        if not any(ch in gap for ch in _DELIMITERS) and before not in FUNCTION | BOUNDARY | PREPOSITIONS:
            return None  # "freed seven Iranian and Iranian-American men": the object of another verb
    return toks[j].start(), toks[j].group()


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–-'’"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:—–-'’"):
        start += 1
    source = TRAILING_ADVERBIAL.sub("", text[start:end])
    if not source or len(re.findall(r"\w+", source)) > MAX_SOURCE_WORDS:
        return None
    return start, start + len(source)


def _opening(text: str, close: int) -> int:
    """Where the parenthetical closed at ``close`` opens: the same delimiter before it, or -1."""
    marks = "," if text[close] == "," else "—–"
    k = close - 1
    while k > max(-1, close - 200):
        if text[k] in marks:
            return k
        if text[k] == ")":  # a bracket inside the parenthetical: "X, citing Exodus (a verse on leaders), said"
            k = text.rfind("(", max(0, close - 200), k)
            if k < 0:
                return -1
        elif text[k] in "”\"" and (title := title_opening(text, k)) >= 0:
            k = title  # a quoted title inside it: "X, speaking on County Sound’s “Final Whistle” programme, said"
        elif text[k] in ';:“”"(' and not (text[k] == ":" and text[k - 1 : k].isdigit()):  # "18:21" is no colon
            return -1
        k -= 1
    return -1


def _is_name(text: str, span: tuple[int, int]) -> bool:
    """A capitalised phrase, "the" allowed before it: "Karimi", "the Atacama Infrared Consortium"."""
    words = text[span[0] : span[1]].split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


_OPENING_MARKS, _CLOSING_MARKS = frozenset(("“", '"', "‘", "'")), frozenset(("”", '"', "’", "'"))
# A description: a determiner and lower-case words ("a fund manager at Aros Kapital").
_DESCRIPTION = re.compile(r"(?:an?|the|one|another)\s+[a-z]", re.IGNORECASE)


def _across_parenthetical(text: str, close: int) -> tuple[int, int] | None:
    """The subject before a parenthetical closed at ``close``: the phrase before its opening
    delimiter; with an apposition that names or describes it, both ("Karimi, the director")."""
    opening = _opening(text, close)
    if opening < 0:
        return None
    inner = text[opening + 1 : close].strip()
    stop = opening
    if text[:opening].rstrip().endswith(")"):  # "Ann Lee (R), a co-sponsor, said": the name before the bracket
        stop = max(0, text.rfind("(", max(0, opening - 60), opening))
    head = _noun_phrase(text, _tokens_before(text, stop, skip=False))
    if head is None or not inner:
        return None
    if text[head[0] : head[1]].isdigit() and text[head[1] : opening].strip() == "":
        # "Ann Lee, 54, a former mayor, said": an age is an aside of its own; the subject is before it
        return _across_parenthetical(text, opening)
    before = _WORD.findall(text, max(0, head[0] - 30), head[0])
    # a participle right before the head (no comma between: a comma closes a fronted clause, "Sensing
    # where things were headed, Sen. Ann Lee (R), a co-sponsor, reversed herself")
    joined = before and not any(ch in text[text.rfind(before[-1], 0, head[0]) : head[0]] for ch in _DELIMITERS)
    if joined and before[-1][:1].islower() and (before[-1] in VERBS or before[-1].endswith(("ing", "ed"))):
        # "One pastor supporting Mr. Cruz, Darran Whiting of X, said": the name in apposition is the subject
        return _clean(text, opening + 1, close) if _is_name(text, (opening + 1, close)) else None
    if text[head[0] - 1 : head[0]] in _OPENING_MARKS and text[head[1] : head[1] + 1] in _CLOSING_MARKS:
        # "her debut, “Paper Rivers”, in 2019, said": a quoted title names the noun before it, never a subject
        before_title = text.rfind(",", max(0, head[0] - 4), head[0])
        return _across_parenthetical(text, before_title) if before_title > 0 else None
    first = inner.split()[0].casefold()
    if first in _RELATIVE and _DESCRIPTION.match(text, head[0], head[1]) and text[:head[0]].rstrip().endswith(","):
        # "Peter Lindqvist, a fund manager at X, which holds 2% of Y, said": the relative clause follows an
        # apposition; the subject is the name that apposition describes
        return _across_parenthetical(text, opening) or head
    if first in _RELATIVE or first in PREPOSITIONS or not re.search(r"[A-Za-z]", inner):
        return head  # a relative clause, an aside, an age
    appositive = first in _DETERMINERS or first.endswith(("'s", "’s")) or inner[:1].isupper() or inner[:1].isdigit()
    if appositive and (_is_name(text, head) or _is_name(text, (opening + 1, close))):
        return _clean(text, head[0], close) or head  # a name and its description, in either order
    return head


_COORDINATOR = re.compile(r"\b(?:and|but)\s*$")
# "and" or "but" right before a verb (its auxiliary and "not" between them: "and did not rule out"), or before
# a parenthetical set off by commas that stands before it.
_COORDINATED_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+|also\s+)?(?:(?:did|does|do|has|have|had|will|would|could|can|may|might|should|must)(?:\s+not|n[’']t)?\s+)?$|\b(?:and|but),\s(?:[^,;:]|(?<=\d):(?=\d)){1,200},\s*$"
    # a to-infinitive of purpose: "agreed to a call, but only to tell Garland that ...", "in order to warn"
    # ("and to remind them" after "need her to project" is not one: that infinitive's subject is "her")
    r"|(?:,\s*(?:but\s+)?(?:only|just|simply)\s+|\bin\s+order\s+|\bso\s+as\s+)to\s+$")


def coordinated(text: str, verb_at: int) -> bool:
    """True when the verb at ``verb_at`` is coordinated with an earlier one by 'and' or 'but', with or
    without a parenthetical between ('and also said', 'and, citing the verse (...), endorsed'), or is the
    to-infinitive of its purpose (', but only to tell'): its subject is the earlier verb's."""
    return bool(_COORDINATED_VERB.search(text, max(0, verb_at - 240), verb_at))


def subject_before(text: str, verb_at: int) -> tuple[int, int] | None:
    """The span of the noun phrase that is the subject of the verb at ``verb_at``, or None.

    Auxiliaries and adverbs before the verb are skipped; a parenthetical set off by commas,
    dashes or brackets is crossed to the phrase before it. A relative "who" is its own source.
    """
    dashes = text[:verb_at].rstrip()
    if dashes.endswith("--"):  # "Kall -- co-editor of a book, ... -- said"
        return name_before_asides(text, len(dashes) - 2)
    toks = _tokens_before(text, verb_at)
    if not toks:
        return None
    gap = text[toks[-1].end() : verb_at]
    comma = gap.rfind(",")
    if ")" in gap and comma > gap.rfind(")"):
        # "Ann Cole, citing Exodus (a verse on leaders), endorsed": the bracket closes inside a parenthetical
        # that the comma closes; the subject is before that parenthetical
        opening = _opening(text, toks[-1].end() + comma)
        if opening >= 0 and _COORDINATOR.search(text, max(0, opening - 8), opening):
            return None  # "X stood ... and, citing Exodus (...), endorsed": a verb coordinated with X's
        across = _across_parenthetical(text, toks[-1].end() + comma)
        if across is not None:
            return across
    if ")" in gap:
        opened = text.rfind("(", max(0, verb_at - 200), toks[-1].end())
        return subject_before(text, opened) if opened > 0 else None  # "Graham (R-S.C.) said"
    for k, ch in enumerate(gap):
        if ch in _DELIMITERS:
            # "Ann Lee, 59, of Ashton, Md., who watched the ceremony, said": the name the asides describe
            named = name_before_asides(text, toks[-1].end() + k)
            if named is not None:
                return named
            across = _across_parenthetical(text, toks[-1].end() + k)
            return _before_long_relative(text, verb_at, across) or across
    return _noun_phrase(text, toks)


# A relative clause opened after a comma: "Peter Haldane, who represents the ward, has lived here since 1971, and
# led the campaign, told ...".
_RELATIVE_OPENER = re.compile(r",\s*(?:who|whose)\b")


def _before_long_relative(text: str, verb_at: int, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject before a relative clause that runs, commas and verbs of its own inside it, up to the comma
    before the verb, where the phrase read across the last parenthetical (``found``) stands inside that clause;
    None otherwise (the phrase before the clause is no subject: "After the vote, which ...")."""
    opener = None
    for opener in _RELATIVE_OPENER.finditer(text, 0, verb_at):
        pass
    if opener is None or (found is not None and found[0] < opener.start()):
        return None
    if any(ch in text[opener.end() : verb_at] for ch in ';:“”"()'):
        return None
    return subject_before(text, opener.start())


_EMBEDDED_QUESTION = re.compile(r"(?<![,(—–-])\s(?:who|what|whether|how|why|which)\b")
# A finite verb, by its auxiliary or its past form.
_FINITE_VERB = r"(?:is|was|were|are|has|have|had|will|would|did|does|[a-z]+ed)\b"
_FIRST_VERB = re.compile(r"\b" + _FINITE_VERB)
# A clause closed by its comma before a finite verb: "Hale, a neurologist who was not involved, described".
_CLOSED_BEFORE_VERB = re.compile(r",\s+(?:\w+ly\s+)?" + _FINITE_VERB)


def first_clause_subject(text: str, before: int) -> tuple[int, int] | None:
    """The subject of the nearest finite verb before, for a verb coordinated with it ('At a rally, Ann Lee also
    railed against the plan, and explained ...'), looking before an embedded question the two verbs stand
    around ('declined to say who would win but said ...': the subject of 'declined', not of 'would')."""
    question = None
    for question in _EMBEDDED_QUESTION.finditer(text, 0, before):
        pass
    if question is not None and not _CLOSED_BEFORE_VERB.search(text, question.end(), before):
        # (a relative clause closed by its comma before a verb is no question: "Hale, a neurologist who was not
        # involved, described the study as useful but warned ...": the subject of 'described')
        before = question.start()
    for verb in reversed(list(_FIRST_VERB.finditer(text, 0, before))):  # the nearest one that has a subject
        subject = subject_before(text, verb.start())
        if subject is not None:
            return subject
    return None
