"""The pieces of an attribution shared by its shapes: the record itself, word counts, trims, and the
shapes that close a sentence ('..., the agency said.') or name their source after 'according to'."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text.apposition import is_aside, name_before_asides
from summarizer.text.attribution_words import (
    ADDRESSING,
    ADVERBIAL_AFTER,
    AUX,
    BE,
    BOUNDARY,
    DOCUMENTS,
    FUNCTION,
    LISTENER,
    MAIN_SUBJECT,
    NEVER,
    VERB_RE,
    VERBS,
    other_sense,
    read_as_noun,
)  # fmt: skip
from summarizer.text.documents import document_author
from summarizer.text.evidence import holds_evidence
from summarizer.text.lexicon import EVIDENCE_VERBS, SPEECH_VERBS
from summarizer.text.places import is_known_place
from summarizer.text.source_phrase import INVERTING, looks_like_source, noun_in_source
from summarizer.text.subject import MAIN_VERB, MAX_SOURCE_WORDS, PREPOSITIONS, subject_before

__all__ = [
    "AFTER_PREPOSITION", "AS_PUT_IT", "INVERTING", "MAX_PER_SENTENCE", "OPENERS", "PARTICIPLE_AT", "Attribution", "according", "after_participle", "as_put_it",
    "before_coordinated", "coordinated_source", "count_words",
    "enough_words", "only_circumstance", "participle_closes", "phrase_end", "trailing", "trim",
]  # fmt: skip

# What opens a sentence without being its content: a conjunction, or a dateline, a news agency's "(ATF) " or a wire
# story's "LISBON, Jan 26 (Reuters) - " (a place in capitals, when and who in a few words, a dash).
OPENERS = re.compile(
    r"^(?:\([A-Z]{2,8}\)\s*[-—–]?\s*"
    r"|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,[^\n,—–―-]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?\s+[—–―-]{1,2}\s+(?=[A-Z“\"]))?"
    r"(?:(?:But|And|So|Yet|Still|However|Meanwhile|Instead|Separately|Now),?\s+)?"
)
_MIN_WORDS = 3
# News sentences make a few attributions; past this many, the rest of a (hostile) sentence is not read.
MAX_PER_SENTENCE = 16


@dataclass(frozen=True)
class Attribution:
    """One attribution: its source as written (may be empty when the text gives none), the cue, the content.

    Offsets are into the article; ``source_start`` is -1 without a source. ``form`` names the shape.
    """

    source: str
    source_start: int
    cue: str
    start: int
    end: int
    form: str


def count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–-"):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return start, end


def enough_words(text: str, start: int, end: int) -> bool:
    """At least _MIN_WORDS words in text[start:end], looking at no more than its first 200 characters."""
    return len(re.findall(r"\w+", text[start : min(end, start + 200)])) >= _MIN_WORDS


def _closing_cue(tail: str, v: re.Match[str]) -> bool:
    """A verb that may close a sentence as its attribution: of saying ("..., officials said"), or of evidence with
    a thing that holds evidence as its subject ("..., a survey of 900 voters shows")."""
    lemma = VERBS[v.group(1)]
    return lemma in SPEECH_VERBS or lemma in EVIDENCE_VERBS and holds_evidence(tail, v.start())


_PERFECT = re.compile(r"(?<=\w)\s+(?:has|have|had)(?:\s+(?:also|long|repeatedly|previously))?$")


def _reports_itself(text: str, start: int, end: int, lemma: str) -> bool:
    """A closing verb of evidence over a content with a verb of saying of its own ("Lee said the clips make nothing
    clear, the footage showed"): the saying is the report, read forward, not what the evidence holds."""
    return lemma in EVIDENCE_VERBS and any(
        VERBS[v.group(1)] in SPEECH_VERBS and v.group(1) not in NEVER
        and not read_as_noun(text[start : v.start()].split(), v.group(1))
        and not other_sense(VERBS[v.group(1)], text[v.end() : v.end() + 80])  # "helping the port add 900 jobs"
        for v in VERB_RE.finditer(text, start, end)
    )


def _only_when_or_whom(after: str, lemma: str) -> bool:
    """What follows a closing 'X said' says only when, where or how ('on Monday', ', on condition of
    anonymity'), or whom ('told The Daily Ledger', 'told her'): never a clause."""
    after = after.lstrip(" ,")
    if lemma in ADDRESSING:
        listener = LISTENER.match(" " + after)
        if listener is not None:
            after = after[listener.end() - 1 :].lstrip(" ,.")
    if not after:
        return True
    if "," in after and ADVERBIAL_AFTER.match(after.rsplit(",", 1)[1].strip()) is None:
        return False  # the clause goes on after a comma: 'the ministry said in a statement, will open'
    clause = re.search(r"\b(?:that|why|how|whether|what|he|she|they|it|we)\b", after) is not None
    return ADVERBIAL_AFTER.match(after) is not None and not clause and count_words(after) <= 10


# A noun phrase between a quotation's closing mark and the name it stands in apposition to.
_APPOSED_AFTER_QUOTE = re.compile(r"[”\"],?\s+(?P<np>(?:the|a|an|another|his|her|their|its|our)\s+[^,“”\"]{1,60})$")


# A name closing the content just before a closing source that is a description: "..., Ann Lee, a spokeswoman ...".
# after a comma, or a quotation's closing mark: '“...,” Lanham, a former investment banker, said' (a surname alone)
_NAME_BEFORE_DESCRIPTION = re.compile(
    r"(?:,|(?<=[”\"])|(?<=''))\s*(?P<name>(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*)\s*$"
)
_DESCRIPTION = re.compile(r"(?:a|an|the|its|his|her|their)\s", re.IGNORECASE)


# A participle phrase of the writer's closing the sentence after the attribution: "..., the union said, setting the
# stage for weeks of talks".
# (A gerund with a finite verb after it is a clause's subject, and the sentence goes on: "..., he said, replacing her
# would be harder".)
_PARTICIPLE_CLOSING = re.compile(r",?\s*([a-z]+ing)\b")
_FINITE_AFTER = re.compile(r"[^,;]*\b(?:would|will|is|was|are|were|has|have|had|can|could|should|may|might|must|does|did)\b")
_COLON_QUOTE = re.compile(r":\s+(?=[“\"])")  # 'Lee told him: "...," she said': she said the quotation


def participle_closes(after: str) -> bool:
    """What follows an attribution's verb is a participle phrase that closes the sentence: one of saying (", adding
    that ..."), or another with no finite verb after it."""
    m = _PARTICIPLE_CLOSING.match(after)
    return m is not None and (m.group(1) in VERBS or _FINITE_AFTER.match(after, m.end()) is None)


def trailing(text: str, body_end: int) -> Attribution | None:
    """'CONTENT, SOURCE said [on Monday].' or 'CONTENT, said SOURCE[, who ...].': the attribution closes the sentence."""
    cut = body_end
    for _ in range(3):
        cut = max(text.rfind(",", 0, cut), text.rfind("”", 0, cut), text.rfind('"', 0, cut))
        if cut <= 0:
            return None
        tail = text[cut + 1 : body_end]
        # a finite verb: ", recalling a visit by X" is a participle, never an inverted "said X"; a form read
        # as a noun is inside the source ("officials familiar with the talks said")
        verb = next(
            (v for v in VERB_RE.finditer(tail) if _closing_cue(tail, v) and not v.group(1).endswith("ing") and v.group(1) not in NEVER
             and not read_as_noun(tail[: v.start()].split(), v.group(1)) and not noun_in_source(tail, v)),
            None,
        )  # fmt: skip
        if verb is None:
            continue
        before, after = tail[: verb.start()].strip(" ,”\"'’"), tail[verb.end() :].strip(" .")
        before = _PERFECT.sub("", before)  # "..., other studies have shown": the auxiliary is no part of the source
        if (
            before
            and 1 <= count_words(before) <= MAX_SOURCE_WORDS
            # a subject is a noun phrase: "in a Facebook post" is an adverbial, its "post" a noun
            and before.split()[0].casefold() not in BOUNDARY | PREPOSITIONS | {"to", "so", "then", "or"}
            # nor a participle phrase: ", setting the stage for weeks of coalition talks" ("talks" is its noun)
            and not (before.split()[0].endswith("ing") and before[:1].islower())
            and not any(t.casefold() in AUX or t.endswith(("n't", "n’t")) for t in before.split())  # a noun phrase
            # with no verb of its own: "preliminary results showed, setting the stage for ... talks" (a form read as a
            # noun is no verb: "officials familiar with the talks said")
            and not any(v.group(1).islower() and v.group(1) not in NEVER and not read_as_noun(before[: v.start()].split(), v.group(1))
                        and not noun_in_source(f"{before} {verb.group(1)}", v) for v in VERB_RE.finditer(before))
            and not read_as_noun(before.split(), verb.group(1))  # "blindsided by the demand": a noun
            and (VERBS[verb.group(1)] != "read" or before.split()[-1].casefold() in DOCUMENTS)
            and (_only_when_or_whom(after, VERBS[verb.group(1)]) or after.startswith(",") and participle_closes(after))
        ):
            source = before
        elif not before and VERBS[verb.group(1)] in INVERTING and looks_like_source(after.split(",")[0]):
            source = after.split(",")[0]
        else:
            continue
        if count_words(source) > MAX_SOURCE_WORDS:
            return None
        opener = (_COLON_QUOTE.search(text, 0, cut) if source.casefold() in _PERSONAL else None) or OPENERS.match(text)
        start, end = trim(text, opener.end() if opener else 0, cut)
        if not enough_words(text, start, end) or _reports_itself(text, start, end, VERBS[verb.group(1)]):
            return None
        source_start = cut + 1 + tail.find(source)
        apposed = _APPOSED_AFTER_QUOTE.search(text, start, end)
        if apposed is not None and source:  # '“...,” another friend, Mariam Emara told CNN': one source
            source_end = source_start + len(source)
            end, source_start = apposed.start() + 1, apposed.start("np")
            source = text[source_start:source_end]
        source, source_start, end = _named_before(text, start, end, source, source_start)
        return Attribution(source, source_start, verb.group(1), start, end, "trailing")
    return None


def _named_before(text: str, start: int, end: int, source: str, source_start: int) -> tuple[str, int, int]:
    """A closing source that is a description, with the name it describes written before it: that name, where it
    stands, and the content's end before it ("CONTENT, Ann Lee, a spokeswoman for the ministry, said"; "CONTENT,
    Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"); else as they are."""
    named = _NAME_BEFORE_DESCRIPTION.search(text, start, end) if _DESCRIPTION.match(source) else None
    if named is not None and enough_words(text, start, named.start()) and not is_known_place(named.group("name")):
        return named.group("name"), named.start("name"), named.start()
    chained = name_before_asides(text, source_start + len(source)) if is_aside(source) else None
    if chained is not None and enough_words(text, start, chained[0]):
        return text[chained[0] : chained[1]].split(",")[0], chained[0], trim(text, start, chained[0])[1]
    return source, source_start, end


# "As the columnist Ann Lee puts it, CONTENT." and "CONTENT, as Ann Lee put it."
AS_PUT_IT = re.compile(r"(?:^|,\s+)[Aa]s\s+(?P<src>[^,;:“”\"]{2,60}?)\s+(?:has\s+|had\s+)?puts?\s+it\b")


def as_put_it(text: str, body_end: int) -> list[Attribution]:
    """The attribution 'as SOURCE put(s) it' makes: of the clause after it when it opens the sentence, else
    of the words before it."""
    m = AS_PUT_IT.search(text, 0, body_end)
    if m is None:
        return []
    if m.start() == 0:
        comma = text.find(",", m.end(), m.end() + 3)
        start, end = trim(text, comma + 1 if comma >= 0 else m.end(), body_end)
    else:
        opener = OPENERS.match(text)
        start, end = trim(text, opener.end() if opener else 0, m.start())
    if not enough_words(text, start, end):
        return []
    return [Attribution(m.group("src"), m.start("src"), text[m.start() : m.end()].strip(" ,"), start, end, "according")]


# A name in apposition after a described source: "according to her publisher, Linden House, ...".
_APPOSED_NAME = re.compile(r",\s*(?:the\s+)?[A-ZÀ-Þ][\w’'.&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-ZÀ-Þ][\w’'.&-]*)*(?=\s*(?:,|[.;]?$))")
_DESCRIBED = re.compile(r"(?:the|a|an|his|her|its|their|[\w’'.-]+['’]s)\s+(?:[\w’'.-]+\s+)*[a-z][\w-]*\s*$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s*(?:which|who|whose)\b[^,;:“”\"]{1,100},")


def according(text: str, m: re.Match[str]) -> Attribution | None:
    src_end = len(text)
    comma = text.find(",", m.end())
    if comma >= 0:
        src_end = comma
        apposed = _APPOSED_NAME.match(text, comma)
        if apposed is not None and _DESCRIBED.fullmatch(text, m.end(), comma):
            # "according to her publisher, Linden House, which ...": the described source and its name
            src_end = apposed.end()
            comma = text.find(",", src_end)
    s_start, s_end = trim(text, m.end(), src_end)
    if (author := document_author(text[s_start:s_end])) is not None:  # "according to a speech Lee gave in July"
        s_start, s_end = s_start + author[0], s_start + author[1]
    if not s_start < s_end or count_words(text[s_start:s_end]) > MAX_SOURCE_WORDS:
        return None
    if m.start() < 3 or text[: m.start()].strip() == "":
        relative = _RELATIVE_AFTER.match(text, comma + 1) if comma >= 0 else None
        if relative is not None:  # "According to the agency, which manages the stocks, only ...": the agency's clause
            comma = relative.end() - 1
        start, end = (comma + 1, len(text)) if comma >= 0 else (s_end, s_end)
    else:
        opener = OPENERS.match(text)
        start, end = (opener.end() if opener else 0), m.start()
    start, end = trim(text, start, end)
    if not enough_words(text, start, end):
        return None
    cue = "per" if m.group(0)[:1] in "Pp" else "according to"
    return Attribution(text[s_start:s_end], s_start, cue, start, end, "according")


_PERSONAL = frozenset(("he", "she", "they"))
# "..., and added:", "but said", "and also promised": a conjunction, then the verb it coordinates.
_COORDINATED = re.compile(r"(?:,\s*)?\b(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$")
_AFTER_QUOTATION = re.compile(r"[”\"]\s*,?\s*(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?$")


def coordinated_source(text: str, att: Attribution, at: int, found: list[Attribution]) -> Attribution:
    """``att`` (its verb at ``at``) with the source of the verb it is coordinated with: a verb right after
    'and' or 'but' inside another attribution's content, whose subject was read there as a pronoun ('Lee
    declined to say who he would back but said B': 'said' is Lee's). A pronoun in a reported clause stands
    for the source, so the source is the same whichever verb 'said' goes with; a subject of its own
    ('Lee said the police stopped him and charged him') keeps the verb inside the reported clause."""
    if _COORDINATED.search(text, max(0, at - 30), at) is None:
        return att
    # a quotation closing right before the conjunction: its words are none of the verb's subject ('called the bill
    # "a tax cut for the wealthy disguised as a health plan" and accused Republicans of ...')
    after_quotation = _AFTER_QUOTATION.search(text, max(0, at - 40), at) is not None
    if att.source.casefold() not in _PERSONAL and not _second_report(text, att, at) and not after_quotation:
        return att
    for outer in found:
        if outer.start < at < outer.end and outer.start <= att.source_start < at and outer.source_start < outer.start:
            return Attribution(outer.source, outer.source_start, att.cue, att.start, att.end, att.form)
    return att


# Verbs a speaker goes on with after a first report ("said A and warned that B", "admitted A and also talked about
# B"): coordinated with a verb of saying, not with a verb inside the reported clause.
_GOING_ON = frozenset((
    "say", "tell", "add", "warn", "admit", "concede", "insist", "note", "stress", "argue", "claim", "talk",
    "promise", "vow", "urge", "predict", "acknowledge", "suggest", "explain", "complain", "deny", "announce",
))  # fmt: skip
_CLAUSE_AFTER = re.compile(r"\s+(?:about\s+)?(?:that|he|she|they|we|i|it|how|why|whether)\b", re.IGNORECASE)


def _second_report(text: str, att: Attribution, at: int) -> bool:
    """A verb of saying coordinated after a report, opening a clause of its own ("... and warned that B", "but said
    he would stay"): the speaker's second act, whatever subject the reported clause before it has."""
    return VERBS.get(att.cue) in _GOING_ON and _CLAUSE_AFTER.match(text, at + len(att.cue)) is not None


def before_coordinated(text: str, att: Attribution, found: list[Attribution], cues: list[int]) -> Attribution:
    """``att`` with its content cut before a second verb of its own subject coordinated with its verb
    ('She noted that A, and added: “B”'; 'He declined to say A but said B'; 'called them “C” and
    promised D'): two verbs of one subject are two acts, so the first content ends at the conjunction."""
    for later, at in zip(found, cues, strict=True):
        if not (att.start < at < att.end) or later.source_start >= att.start:
            continue  # a verb outside the content, or one whose own subject stands inside it
        conj = _COORDINATED.search(text, max(att.start, at - 30), at)
        if conj is not None and conj.start() > att.start:
            start, end = trim(text, att.start, conj.start())
            if end > start:
                return Attribution(att.source, att.source_start, att.cue, start, end, att.form)
    return att


def phrase_end(text: str, start: int, end: int, forward: list[Attribution]) -> int:
    """Where a participle's content from ``start`` ends: before ``end``, at the comma that closes its phrase
    when the main verb of the sentence follows that comma ('X, citing the verse, endorsed Y')."""
    for att in forward:
        if start < att.start <= end:
            verb = text.rfind(att.cue, start, att.start)
            before = text[start:verb].rstrip() if verb > start else ""
            if before.endswith(","):
                return trim(text, start, start + len(before))[1]
    return end


# A participle after a comma, an adverb allowed between them (", also calling on ...", ", repeatedly saying"),
# or after "and" that joins it to an earlier participle ("calling him a “stiff” and accusing him of ...").
# (a quotation's closing mark may stand after the comma: '... were "plausible but optimistic," noting that')
# A participle opening a second clause (", adding that", "and warning"), or a gerund after a preposition of time or
# means, whose subject is the clause's ("began by saying that", "ended the talk before adding that").
_GERUND_PREPOSITIONS = r"\s+(?:by|after|before|while|when|upon|in)"
PARTICIPLE_AT = re.compile(
    r"(?:,[”\"]?|,?\s+and|" + _GERUND_PREPOSITIONS + r")\s+(?:also\s+|then\s+|\w+ly\s+)?(\w+ing)(?:\s+|(?=:))"
)
AFTER_PREPOSITION = re.compile(_GERUND_PREPOSITIONS + r"\s")
_EARLIER_ING = re.compile(r"\b(\w+)[\s,]+\w+ing\b")


def after_participle(text: str, at: int) -> bool:
    """True when an -ing form stands earlier in the sentence, not after a form of 'be' ('was growing and
    adding jobs' is one progressive clause, 'calling him X and accusing him of Y' two participles)."""
    earlier = list(_EARLIER_ING.finditer(text, 0, at))
    return bool(earlier) and earlier[-1].group(1).casefold() not in BE


# A content that is only when, where or how the words were given, with no clause of its own after the phrase:
# "as he's demonstrated in recent speeches", "said by telephone this week", "as the manager suggested after she
# swept the contests in the South".
_CIRCUMSTANCE = re.compile(r"(?:in|by|at|during|via|over|after|before|when|while|since|until)\b[^,;:“”\"]*", re.IGNORECASE)


def only_circumstance(content: str) -> bool:
    """The content is only a phrase of time, place or manner (see ``_CIRCUMSTANCE``)."""
    words = content.split()
    return len(words) <= 8 and _CIRCUMSTANCE.fullmatch(content.strip()) is not None


# A subordinate clause set before the main one: its verb is not the main clause's ("As Clinton talked ..., Trump ...").
_SUBORDINATE = re.compile(
    r"(?:As|When|While|After|Before|Because|Although|Though|If|Since|Once|Until|Unless|Whether)\s[^,;:“”\"]{0,150},"
)


def main_subject(text: str, before: int) -> Attribution | None:
    """The sentence's subject as a source for a participle at ``before`` ('Clinton went on the offensive, saying
    ...'): the subject of the main clause's first finite verb before it, outside quotation marks (an auxiliary, a
    past form or a verb of saying: "On Thursday, however, Trump spoke ...", "Chastened by the analyses, Trump
    revised ...", "Democratic presidential nominee Hillary Clinton chimed in ..."), else the opening noun phrase
    after a dateline or a phrase set before it."""
    opener = _SUBORDINATE.match(text)
    quoted = [m.span() for m in _QUOTATION.finditer(text, 0, before)]
    verbs = [v for rx in (MAIN_VERB, VERB_RE) for v in rx.finditer(text, opener.end() if opener else 0, before)]
    verb = min((v for v in verbs if not v.group().endswith("ing") and not any(s <= v.start() < e for s, e in quoted)),
               key=lambda v: v.start(), default=None)  # fmt: skip
    span = subject_before(text, verb.start()) if verb is not None else None
    if span is not None and text[span[0] : span[1]].casefold() not in ("who", "which", "that", "it", "there"):
        return Attribution(text[span[0] : span[1]], span[0], "", 0, 0, "subject")
    m = MAIN_SUBJECT.match(text)
    if m is None or m.group("src").casefold() in FUNCTION:
        return None
    return Attribution(m.group("src"), m.start("src"), "", 0, 0, "subject")


_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
