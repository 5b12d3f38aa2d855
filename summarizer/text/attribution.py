"""Who said (or thinks, or reports) what: attributions read from the grammar of one sentence.

News attributes content in a few grammatical shapes, whatever the topic:

* forward: SOURCE [aux/adverb] VERB [listener] [that] CONTENT - "The minister said (that) ...",
  "She told reporters on Monday that ...", "Officials have warned ...", "He refused to ...";
* trailing: CONTENT, SOURCE VERB. / CONTENT, VERB SOURCE. - "..., the agency reported.",
  "..., said a spokesman.";
* according to: "According to SOURCE, CONTENT." / "CONTENT, according to SOURCE.";
* participle: "..., saying/adding/arguing (that) CONTENT" - the source is the sentence's subject.

The verbs come in classes (communication, cognition and attitude, evidence), written as lemmas
and inflected by rule. The content is the clause the verb introduces, as the PolNeAR/PARC
annotation marks content: it excludes the source and the cue, includes a complementiser
"that", and runs to the end of the clause. Offsets are exact; nothing here calls a model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from summarizer.text.attitudes import attitudes
from summarizer.text.attribution_parts import (
    AFTER_PREPOSITION,
    MAX_PER_SENTENCE,
    OPENERS,
    PARTICIPLE_AT,
    Attribution,
    according,
    after_participle,
    as_put_it,
    before_coordinated,
    coordinated_source,
    enough_words,
    main_subject,
    only_circumstance,
    phrase_end,
    trailing,
    trim,
)  # fmt: skip
from summarizer.text.attribution_words import (
    ADDRESSING,
    ADVERBIAL_THAT,
    BEFORE_ING,
    DOCUMENTS,
    LISTENER,
    MANNER,
    NEVER,
    PARTICIPLES,
    PARTICLE,
    TO_INFINITIVE,
    TO_SOMEONE,
    VERB_RE,
    VERBS,
    after_a_name,
    bare_verb,
    other_sense,
    particle_after,
    progressive,
    read_as_noun,
    reporting_verbs,
)  # fmt: skip
from summarizer.text.content_length import CLAUSE_START, content_end, long_enough, object_end, takes_object
from summarizer.text.documents import document_issuer
from summarizer.text.evidence import evidence_holder, holds_evidence, phrase_comma
from summarizer.text.fronted import fronted_participle
from summarizer.text.gerunds import main_clause_gerund
from summarizer.text.headline import as_written, sentence_case
from summarizer.text.infinitives import infinitive_subject
from summarizer.text.labelled import labelled
from summarizer.text.lexicon import (
    CLAUSE_ONLY_VERBS,
    EVIDENCE_VERBS,
    NOUN_LIKE_VERBS,
    inflections,
    weekday_pattern,
)
from summarizer.text.medial import medial
from summarizer.text.neighbours import before_a_verb
from summarizer.text.nominal import nominal
from summarizer.text.passive import passive, passive_agent, quoted_as
from summarizer.text.sentences import Sentence
from summarizer.text.subject import coordinated, first_clause_subject, subject_before

__all__ = ["Attribution", "find_attributions", "inflections", "reporting_verbs"]

_WORD = re.compile(r"[\w’'.-]+")


# A relative clause set off by a comma, up to its subject: its content ends at the clause's comma.
_RELATIVE_OPENED = re.compile(r",\s*(?:who|whom|which|whose)\b[^,;]{0,80}$")
# When the speaking was, between the verb and its clause: "said Tuesday his actions were lawful".
_WEEKDAYS = weekday_pattern()
_WHEN = re.compile(
    rf"\s+(?:on\s+)?(?:{_WEEKDAYS}|yesterday|today|last\s+(?:week|month))"
    r",?(?=\s+\w+\s+\w+)"
)
# Where or how the words were given, then a colon that opens them: "wrote on Facebook: ...".
_WHERE_THEN_COLON = re.compile(r"\s+(?:on|in|at|via|to)\s+[^,.;:“”\"]{1,40}?(?=:)")
# "according to X", and "per X" after a comma or opening the sentence (never "per cent", "per person")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+|(?:(?<=,\s)|^)[Pp]er\s+(?=(?:the\s+)?[A-Z])")


def _clause_break(text: str, pos: int, before: re.Pattern[str]) -> int:
    """Where the clause before ``pos`` ends when a new one starts at ``pos`` after ``before`` (``_CLAUSE_BREAK``: a
    comma or semicolon, or a comma and a conjunction: ", and"; ``_COORDINATED``, after an object: "and", "but",
    "while"), else -1."""
    m = before.search(text, max(0, pos - 12), pos)
    return m.start() if m is not None else -1


# Words that open the clause a noun-like form reports: "claims that", "plans to", "hopes she".
_CLAUSE_OPENERS = frozenset(("that", "to", "he", "she", "they", "it", "we", "i"))
_OBJECT_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our"))
_AFTER_BARE = frozenset(("for", "on", "against", "about"))
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:(?:and|but|while|whereas|yet)\s+)?$")
_COORDINATED = re.compile(r"\s+(?:and|but|while)\s+$")


def _is_verb_use(text: str, m: re.Match[str]) -> bool:
    """False where the form is a noun ('the report that'), a passive ('was shown') or follows a quotation."""
    form, lemma = m.group(1), VERBS[m.group(1)]
    if form in NEVER:
        return False
    before = text[max(0, m.start() - 40) : m.start()].rstrip()
    if before.endswith(("”", '"', "''", "’", ",”", ',"', ",''", ",’")):
        return False  # '"...," said X': the inverted attribution of a quotation
    prev = _WORD.findall(before)
    if len(prev) > 1 and re.search(r",\s*[a-z]+ing$", before):
        prev = [*prev[:-2], prev[-2] + ",", prev[-1]]  # "..., fueling worries": the participle opens its clause
    if lemma == "read" and not (prev and prev[-1].casefold() in DOCUMENTS):
        return False  # only a document "reads": "the statement read"
    if read_as_noun(prev, form) or other_sense(lemma, text[m.end() : m.end() + 80]):
        return False  # "her remarks", "a Trump-style retort", "in charge", "thanks to", "backed out of"
    if passive(prev) and not form.endswith("ing"):
        return False  # a passive: 'was shown', 'is expected', 'was first reported'
    if form.endswith("ing") and not progressive(prev) and not (prev and prev[-1].casefold() in BEFORE_ING):
        return False  # 'anyone considering': a participle, not a reporting verb ("avoids condemning" is one)
    if lemma in EVIDENCE_VERBS and holds_evidence(text, m.start()):
        return True  # "An analysis of last year's filings shows ...": a thing that holds evidence is its subject
    if prev and lemma in NOUN_LIKE_VERBS and before_a_verb(prev, form == lemma):
        return True  # "also mentions", "voters point to": an adverb or a plural subject before it
    # "Trump claims the ...": a verb after a name (not after "the White House")
    if lemma in NOUN_LIKE_VERBS and form in (lemma, lemma + "s", lemma + "es") and not after_a_name(prev):
        # a verb before its clause or its object's determiner: "claims that", "blasts the plan"
        if text.startswith(":", m.end()):
            return True  # a colon opens what the verb reports: "the statement read: ..."
        nxt = re.match(r"\s+(\w+)", text[m.end() :])
        # after a modal or an infinitive's "to", a preposition or a name follows the verb too: "will call for a review"
        return nxt is not None and (nxt.group(1).casefold() in _CLAUSE_OPENERS | _OBJECT_DETERMINERS or form == lemma
                                    and bare_verb(prev) and (nxt.group(1) in _AFTER_BARE or nxt.group(1)[0].isupper()))
    return True


_NO_SUBJECT = frozenset(("please", "perhaps", "maybe", "let", "let us", "let's", "however", "but", "and", "so"))
_NAMING = frozenset(("call", "name", "dub", "term", "label", "brand"))


def _forward(text: str, m: re.Match[str], stops: list[int]) -> Attribution | None:
    lemma = VERBS[m.group(1)]
    quoted = quoted_as(text, m.start(), m.group(1))  # "X was quoted as saying ...": X
    reduced = quoted is None and not _is_verb_use(text, m)  # a reduced relative clause: "a new poll showing ..."
    subject: tuple[int, int] | None = quoted
    if reduced:
        subject = evidence_holder(text, m.start(), m.group(1))
        if subject is None and m.group(1).endswith("ing"):
            subject = document_issuer(text, m.start())  # "released a statement saying ...": the issuer's words
        if subject is None:
            return passive_agent(text, m) if passive(_WORD.findall(text[max(0, m.start() - 40) : m.start()])) else None
    elif quoted is None:
        subject = subject_before(text, m.start()) or infinitive_subject(text, m.start(), m.group(1), lemma)
    if subject is None and coordinated(text, m.start()):
        subject = first_clause_subject(text, m.start())  # "He is comparing X to Y and says ..."
        if subject is None:
            main = main_subject(text, m.start())
            subject = (main.source_start, main.source_start + len(main.source)) if main is not None else None
    if subject is None:
        return None
    opener = OPENERS.match(text[subject[0] : subject[1]])  # "However polls show ...": the adverb is no part of it
    if opener is not None and subject[0] + opener.end() < subject[1]:
        subject = (subject[0] + opener.end(), subject[1])
    if text[subject[0] : subject[1]].casefold() in _NO_SUBJECT:
        return None  # "Please ask yourself", "Perhaps ask them": an imperative has no one reporting
    # '"...," Sanders said in an interview': the attribution of the quotation before it, which introduces
    # a content of its own only when a clause with quoted words follows ('... said his campaign was "B"')
    # (a quoted title in a phrase set before the subject is no quotation it closes: 'On CBS's "Face the Nation," X said')
    inverted = text[: subject[0]].rstrip().endswith(("”", '"', "''", "’")) and text.lstrip().startswith(("“", '"', "'", "‘"))
    pos = m.end()
    if lemma in PARTICLE:
        particle = particle_after(lemma, text, pos)
        if particle is None and not (m.group(1) == "ruled" and re.match(r"\s+that\b", text[pos:])):
            return None  # "talked" alone reports nothing; "talked about the plan" does; a court "ruled that ..."
        pos = particle if particle is not None else pos
        if lemma in TO_INFINITIVE and text[pos - 3 : pos] == " to":
            pos -= 2  # "voted to close the depot": the infinitive is what is told ("referred to X": X is)
    if lemma in ADDRESSING:
        listener = LISTENER.match(text, pos)
        if listener is not None:
            pos = listener.end()
    that = ADVERBIAL_THAT.match(text, pos)
    when = _WHEN.match(text, pos) or MANNER.match(text, pos) or _WHERE_THEN_COLON.match(text, pos)
    start = that.end() - 4 if that is not None else when.end() if when is not None else pos
    start += 1 if text[start : start + 1] == ":" else 0
    end = object_end(text, start, content_end(text, start, stops), lemma)
    if reduced or _RELATIVE_OPENED.search(text, 0, subject[1]):
        end = phrase_comma(text, start, end, lemma if reduced else "")  # "X, whom the board named Y, was sworn in"
    start, end = trim(text, start, end)
    if (not long_enough(text, start, end, lemma) or text[m.end() : m.end() + 1] == ","
            or TO_SOMEONE.match(text, start)):
        return None
    if inverted and not _QUOTED_AFTER_WORDS.match(text, start, end):
        return None
    if lemma in CLAUSE_ONLY_VERBS and not CLAUSE_START.match(text, start):
        return None  # "heard the case": only a clause is what was learned
    if lemma in _NAMING and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s*)+", text[start:end]):
        return None  # "a program called Sandy Hook Promise": a name given, not a judgment
    form = "reduced" if reduced else "forward"
    return Attribution(text[subject[0] : subject[1]], subject[0], text[m.start() : m.end()], start, end, form)


# A clause that opens with words of the writer and goes on with quoted ones: 'his campaign was "closing strong'.
_QUOTED_AFTER_WORDS = re.compile(r"[^“”\"',.;:]{3,80}\s(?:[“\"]|'')")


def _clauses(text: str, verbs: list[re.Match[str]], stops: list[int]) -> list[Attribution]:
    """Forward attributions of the verbs; a content ends where a second clause with its own
    attribution begins after a comma ('X told Reuters ..., Y said ...')."""
    found: list[Attribution] = []
    cues: list[int] = []  # where each found attribution's verb stands
    for m in verbs:
        att = _forward(text, m, stops)
        if att is not None:
            found.append(att)
            cues.append(m.start())
            if len(found) == MAX_PER_SENTENCE:
                break
    found = [coordinated_source(text, att, at, found) for att, at in zip(found, cues, strict=True)]
    found = [before_coordinated(text, att, found, cues) for att in found]
    for i, att in enumerate(found):
        for later in found[i + 1 :]:
            cut = _clause_break(text, later.source_start, _CLAUSE_BREAK)
            if cut < 0 and takes_object(VERBS.get(att.cue, ""), text, att.start, att.end) and len(later.source.split()) <= 5:
                cut = _clause_break(text, later.source_start, _COORDINATED)  # "5 percent prefer Ames and 2 percent back Ruiz"
            if att.start < later.source_start < att.end and cut > att.start:
                start, end = trim(text, att.start, cut)
                found[i] = Attribution(att.source, att.source_start, att.cue, start, end, att.form)
                break
    # A verb inside another's content with no comma between ('told Reuters he was not able to
    # confirm ...') belongs to the reported clause, not to a second attribution.
    kept = [a for i, a in enumerate(found) if not any(b.start <= a.source_start < b.end for b in found[:i])]
    # "declined to say whether ...": the infinitive of a verb of saying is one report, its content the clause after
    # it, not "to say whether ..." for 'declined' as well
    kept = [a for a in kept if not any(b is not a and b.source_start == a.source_start and
                                       text.startswith("to " + b.cue, a.start) for b in kept)]
    # "wants to tell voters that ...": two verbs, one content; the verb nearest the content reports it
    kept = [a for i, a in enumerate(kept) if not any((b.source_start, b.start, b.end) == (a.source_start, a.start, a.end)
                                                     for b in kept[i + 1 :])]
    return [a for a in kept if a.form == "passive" or long_enough(text, a.start, a.end, VERBS.get(a.cue, ""))]


def _saying_before(text: str, comma: int) -> Attribution | None:
    """'“...,” she said, adding that ...': the participle's source is the subject of the verb of saying
    that ends right before its comma (whom it was told to and a time between them aside: 'told reporters
    Tuesday'), else None."""
    verb = None
    for verb in VERB_RE.finditer(text, max(0, comma - 60), comma):
        pass
    if verb is None or read_as_noun(text[: verb.start()].split(), verb.group(1)):
        return None  # "unveiled a tax plan on Monday, saying": a noun, no verb of saying
    pos = verb.end()
    listener = LISTENER.match(text, pos) if VERBS[verb.group(1)] in ADDRESSING else None
    pos = listener.end() if listener is not None and listener.end() <= comma else pos
    if not re.fullmatch(r"(?:\s+(?:on\s+)?[A-Z]?[a-z]+day)?\s*", text[pos:comma]):
        return None
    subject = subject_before(text, verb.start())
    if subject is None:
        return None
    return Attribution(text[subject[0] : subject[1]], subject[0], "", 0, 0, "subject")


def find_attributions(sent: Sentence, quoted: Sequence[tuple[int, int]] = ()) -> list[Attribution]:
    """The attributions one sentence makes, with article offsets, in text order.

    Quotation marks are kept in the content: a content that is only a quotation is a direct
    quote (the quote finder's), one with words around the quoted ones is a mixed quote. Verbs
    inside ``quoted`` (article offsets of quotations) are the speaker's words, not cues.
    """
    # ``quoted`` is sorted and its spans do not overlap: those in the sentence are found by bisection.
    first = max(0, bisect_right(quoted, (sent.start, sent.start)) - 1)
    inside = [(s - sent.start, e - sent.start) for s, e in quoted[first:bisect_right(quoted, (sent.end, sent.end))]
              if s < sent.end and e > sent.start]  # fmt: skip
    starts = [s for s, _ in inside]
    text = sentence_case(sent.text.rstrip(), VERBS)  # a Title Case headline read as a sentence is written
    body_end = len(text)
    while body_end > 0 and text[body_end - 1] in ".!?”\"’'":
        body_end -= 1
    found: list[Attribution] = []
    # Clause ends that also end a content: a participle opening a second attribution, "according to".
    participles = [
        p for p in PARTICIPLE_AT.finditer(text)
        if (VERBS.get(p.group(1)) or p.group(1) in PARTICIPLES)
        and (main_clause_gerund(text, p.start()) if AFTER_PREPOSITION.match(text, p.start())
             else text[p.start()] == "," or after_participle(text, p.start()))
        and not other_sense(VERBS.get(p.group(1), ""), text[p.end(1) : p.end(1) + 80])  # ", seeing no reason"
    ]
    phrases = list(_ACCORDING.finditer(text))
    stops = sorted([p.start() for p in participles] + [a.start() for a in phrases])
    for m in phrases:
        att = according(text, m)
        if att is not None and len(found) < MAX_PER_SENTENCE:
            found.append(att)
    found += as_put_it(text, body_end) + labelled(text)  # "Pence: Flowers won't be at the debate"
    closing = (trailing(text, body_end) or medial(text, body_end)) if not found else None
    if closing is not None:
        found.append(closing)
    else:
        found += _clauses(
            text,
            [
                m
                for m in VERB_RE.finditer(text)
                if not any(a.start <= m.start() < a.end for a in found)
                and not _within(inside, starts, m.start())
            ],
            stops,
        )
    found = _named_by_free_relative(text, found) + fronted_participle(text)
    found += nominal(text, stops, found)
    found += attitudes(text, stops, found)  # "has been critical of the plan"
    # a claim whose source goes unsaid yields to one with a source and the same content ("is raising questions about")
    found = [a for a in found if a.source or not any(b.source and (b.start, b.end) == (a.start, a.end) for b in found)]
    # the sentence's subject: a reduced relative ("a poll showing") stands inside a phrase, never first
    # (nor does a claim named by a noun give the subject: "the debate over X, arguing ...")
    subject = next((a for a in found if a.form not in ("reduced", "nominal")), None)
    subject = subject or main_subject(text, stops[0] if stops else len(text))
    found += _participle_reports(text, participles, stops, found, subject)
    found = [a for a in found if not only_circumstance(text[a.start : a.end])]
    return sorted((_shift(a, sent.start) for a in as_written(sent.text, text, found)), key=lambda a: a.start)


def _participle_reports(
    text: str, participles: list[re.Match[str]], stops: list[int], found: list[Attribution], subject: Attribution | None
) -> list[Attribution]:
    """The attributions the participles opening second clauses make ("..., adding that ..."), with the subject of
    the verb of saying before each, else the sentence's ``subject``, as source."""
    made: list[Attribution] = []
    for p in participles[:MAX_PER_SENTENCE]:
        start = p.end() + (5 if text.startswith("that ", p.end()) else 0)
        start, end = trim(text, p.end(), content_end(text, start, stops))
        end = phrase_end(text, start, end, [a for a in found if a.form == "forward"])
        after = particle_after(VERBS.get(p.group(1), ""), text, start)
        if after is None and VERBS.get(p.group(1)) in PARTICLE:
            continue  # "speaking on condition of anonymity" reports nothing; "speaking of the plan" does
        named = after is not None  # "referring to X": X, one word or more
        start = after + 1 if after is not None else start
        source = _saying_before(text, p.start()) or subject
        if source is not None and (enough_words(text, start, end) or named and start < end):
            made.append(Attribution(source.source, source.source_start, p.group(1), start, end, "participle"))
    return made


# "what aide Ivo Marsh called “the beginning of an era”", "what it calls “sensible laws”": a free relative
# whose verb names a thing with the source's own words.
_FREE_NAMING = re.compile(
    r"\b[Ww]hat\s+(?P<src>[^.,;:“”\"()]{1,40}?)\s+(?P<cue>(?:call|dub|term|label)(?:s|ed|led|bed)?)\s+(?=[“\"])"
)
_CLOSE_MARK = re.compile(r"[”\"]")


def _named_by_free_relative(text: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` with each naming free relative as one attribution whose content is the whole phrase, from
    'what' to the closing mark: the quoted words are what the source calls the thing, and the phrase names
    it ('what aide Ivo Marsh called “the beginning of an era”'). The verb's own reading is replaced."""
    for m in _FREE_NAMING.finditer(text):
        close = _CLOSE_MARK.search(text, m.end() + 1)
        if close is None:
            continue
        cue_at = m.start("cue")
        found = [a for a in found if not (a.form == "forward" and a.cue == m.group("cue") and a.start >= cue_at and a.start <= m.end() + 1)]
        found.append(Attribution(m.group("src"), m.start("src"), m.group("cue"), m.start(), close.end(), "forward"))
    return found


def _within(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    k = bisect_right(starts, at) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _shift(att: Attribution, offset: int) -> Attribution:
    src = att.source_start + offset if att.source_start >= 0 else -1
    return Attribution(att.source, src, att.cue, att.start + offset, att.end + offset, att.form)
