"""Who 'he', 'she' or an attribution refers to, read from the article's own sentences (no model).

A sentence-initial 'He'/'She' is the person named first (usually the subject) in the
nearest sentence before it that names one, passing over quoted speech and sentences that
themselves open with he/she. Only people the article names in full (the
:class:`~summarizer.text.entities.EntityIndex`) are candidates. Sentences inside blocked
passages (instructions to a model, not news) are never looked at.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from summarizer.text.attribution_words import NEVER, VERB_RE, VERBS
from summarizer.text.description_ties import aged_otherwise, described_as, tied_by_state
from summarizer.text.entities import EntityIndex, title_head
from summarizer.text.gender import agrees, genders, noun_gender
from summarizer.text.injection import inside
from summarizer.text.lexicon import PERSON_TITLES, finite_forms, word_pattern
from summarizer.text.participants import AGE, FRONTED_PHRASE, opens_by_new_role, role_opening
from summarizer.text.quotes import QuoteCandidate
from summarizer.text.sentences import Sentence
from summarizer.text.subject import subject_before
from summarizer.text.titles import ANONYMOUS, first_named_after

__all__ = [
    "QuotedSpans",
    "VisibleSentences",
    "antecedent",
    "described_person",
    "first_person",
    "opens_with_he_or_she",
    "organisation_in_cue",
    "people_in_order",
    "person_in_cue",
    "pronoun_subject",
    "source_described",
    "speaker_of_cue",
    "the_two",
    "titled_in_cue",
]

# (not a pronoun set off by commas that only reports: "In December, he says, helicopters flew in")
_ASIDE = r"(?!\s+(?:[a-z]+ly\s+)?(?:" + word_pattern(VERBS) + r")\s*,(?!\s*[\"“‘']))"
_HE_SHE = re.compile(r"^[\W_]*(?:He|She)\b")
# 'he' or 'she' as the subject after an adverb or a short phrase of time or place set before it: "Instead, she will
# head back to Lima", "On Tuesday he flew", "After Osaka, he heads to Kyoto".
_FRONTED_HE_SHE = re.compile(r"^[\W_]*" + FRONTED_PHRASE + r"(?:he|she)\b" + _ASIDE)
_PRONOUN_CUE = re.compile(r"(he|she)\s", re.IGNORECASE)
_FOR_AN_ORGANISATION = re.compile(r"\b(?:statement|spokes\w+|officials?)\b", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+)*")
_LOOK_BACK = 6  # sentences an antecedent is looked for in


class VisibleSentences:
    """The sentences outside blocked passages, in order, looked up by offset in one bisection."""

    def __init__(self, sentences: Iterable[Sentence], blocked: list[tuple[int, int]] | None = None) -> None:
        spans = blocked or []
        self.sentences = [s for s in sentences if not inside(s.start, s.end, spans)]
        self._ends = [s.end for s in self.sentences]

    def before(self, offset: int, n: int) -> list[Sentence]:
        """The last ``n`` sentences that end by ``offset``."""
        k = bisect_right(self._ends, offset)
        return self.sentences[max(0, k - n) : k]

    def holding(self, offset: int) -> Sentence | None:
        """The sentence that holds ``offset``, if one does."""
        k = bisect_right(self._ends, offset)
        return self.sentences[k] if k < len(self.sentences) and self.sentences[k].start <= offset else None

    def context(self, sent: Sentence, before: int = 2) -> str:
        """The sentences just before ``sent``: enough to resolve 'he' or 'the officials'."""
        return " ".join(p.text for p in self.before(sent.start, before)) or "(start of the article)"


class QuotedSpans:
    """The quotations' parts in order (they never overlap), to measure a sentence's quoted share in one look-up."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.ends = [e for _, e in self.spans]

    @classmethod
    def of_quotes(cls, quotes: Iterable[QuoteCandidate]) -> QuotedSpans:
        """The parts of these quotations."""
        return cls((p.start, p.end) for q in quotes for p in q.parts)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def share(self, sent: Sentence) -> float:
        """The fraction of the sentence's characters inside quotation marks."""
        quoted = 0
        k = bisect_right(self.ends, sent.start)  # the first part that ends after the sentence starts
        while k < len(self.spans) and self.spans[k][0] < sent.end:
            start, end = self.spans[k]
            quoted += min(end, sent.end) - max(start, sent.start)
            k += 1
        return quoted / max(1, sent.end - sent.start)


@lru_cache(maxsize=4096)
def _surname(name: str) -> re.Pattern[str]:
    """The compiled pattern of a surname, kept: an article can name more people than re's cache holds."""
    return re.compile(rf"\b{re.escape(name)}\b")


def first_person(text: str, index: EntityIndex) -> str | None:
    """The person named first in a sentence (usually its subject), by the full name the article gives."""
    return next(iter(people_in_order(text, index)), None)


def people_in_order(text: str, index: EntityIndex) -> list[str]:
    """The people the article names in full that ``text`` names (by surname), in the order it names them; an owner
    whose noun's name follows ("Harlow's lawyer, Thomas Reyes, has argued") after the others: the subject is the
    one owned."""
    found = []
    for k, full in enumerate(index.people.values()):
        named = list(_surname(full.split()[-1]).finditer(text))
        # "Haines's widow, Ruth Haines": named again, not as an owner
        m = next((n for n in named if _OWNS.match(text, n.end()) is None), named[0] if named else None)
        if m is not None:
            found.append((_OWNS.match(text, m.end()) is not None, m.start(), k, full))  # at one offset, the first met
    return [full for *_, full in sorted(found)]


# A possessive, the lower-case noun it owns and that noun's name in apposition: "Harlow's lawyer, Thomas Reyes,".
_OWNS = re.compile(r"['’]s\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[a-z])[\w-]*,\s+(?-i:[A-Z])")


def _can_mean(full: str, pronoun: str | None, known: dict[str, str], not_in: str) -> bool:
    """``pronoun`` can stand for ``full``: the text does not tell them as the other gender (``known``), and
    ``not_in``, the pronoun's own clause, does not name them."""
    return agrees(full, pronoun, known) and not (not_in and _surname(full.split()[-1]).search(not_in))


def antecedent(
    offset: int, visible: VisibleSentences, index: EntityIndex, quoted: QuotedSpans | None = None,
    pronoun: str | None = None, clause: str = "", not_these: frozenset[str] = frozenset(),
) -> str | None:
    """Who 'he' or 'she' at ``offset`` refers to: the subject of the nearest sentence before it that
    names a person, passing over quoted speech (with ``quoted``) and sentences that open with he/she.
    With the ``pronoun``, a person the text tells as the other gender is passed over ("Mr Shaw ... She"); a
    person its own ``clause`` names is never it ("He confirmed that Tate would have a scan": not Tate), nor one of
    ``not_these``."""
    known = genders(index.text, index.people.values()) if pronoun else {}
    for sent in reversed(visible.before(offset, _LOOK_BACK)):
        if quoted and quoted.share(sent) > 0.5:
            # '"...," Moss said.': the quotation's words are passed over, not the name of its closing cue
            cue = _CLOSING_CUE.search(sent.text)
            person = first_person(cue.group(1), index) if cue is not None else None
            if person is not None and _can_mean(person, pronoun, known, clause) and person not in not_these:
                return person
            continue
        if opens_by_new_role(sent.text) and first_person(sent.text[:60], index) is None:
            return None  # "A ministry spokeswoman said ... She declined to say": the spokeswoman, named nowhere
        if opens_with_he_or_she(sent.text):
            continue  # "There she held talks with X": X is no subject a later 'she' can mean
        role = role_opening(sent.text)
        if role is not None:
            # "On Monday morning the pope celebrated mass ... He flies on Tuesday": the one the role stands for;
            # the names after it are no subject a later 'he' can mean
            held = index.by_title(role, sent.start) or _apposed_to(sent.text, role, index)
            if held is not None and _can_mean(held, pronoun, known, clause) and held not in not_these:
                return held
            continue
        # the person named first in the sentence whom the pronoun can stand for
        person = next((full for full in people_in_order(sent.text, index)
                       if _can_mean(full, pronoun, known, clause) and full not in not_these), None)
        if person is not None:
            return person
    return None


# The words after a quotation's closing mark, to the sentence's end: '..., own it," Moss said.'
_CLOSING_CUE = re.compile(r"[”\"]\s*([^“”\"]{3,60})$")


def _apposed_to(text: str, role: str, index: EntityIndex) -> str | None:
    """The person a role opening the sentence stands in apposition to, named right after its comma ("Now the
    longest-serving judge of the county court, Moss rose despite every obstacle"), else None."""
    at = text.find(role)
    comma = text.find(",", at + len(role)) if at >= 0 else -1
    if comma < 0 or comma - at > 100 or not text[comma + 1 :].lstrip()[:1].isupper():
        return None
    return first_person(text[comma + 1 : comma + 60].split(",")[0], index)


def pronoun_subject(sent: Sentence, visible: VisibleSentences, index: EntityIndex) -> str | None:
    """The person a sentence-opening 'He'/'She' refers to, after any adverb or short phrase set before it ("Instead,
    she ..."); None when the sentence opens otherwise."""
    opener = _opening_he_or_she(sent.text)
    if opener is None:
        return None
    pronoun = re.search(r"\b(?i:he|she)\b", opener.group())
    return antecedent(sent.start, visible, index, pronoun=pronoun.group() if pronoun else None)


def opens_with_he_or_she(text: str) -> bool:
    """'he' or 'she' is the subject the sentence opens with, after any adverb or short phrase set before it."""
    return _opening_he_or_she(text) is not None


def _opening_he_or_she(text: str) -> re.Match[str] | None:
    """The sentence's opening up to its subject 'he' or 'she' ("He", "Instead, she"), else None."""
    return _HE_SHE.match(text) or _FRONTED_HE_SHE.match(text)


def _named_before_quote(at: int, visible: VisibleSentences, index: EntityIndex) -> str | None:
    """'Lee scolded him: "...," she said': the person the quotation's own sentence opens with, where a colon or a
    comma opens the quotation; else None."""
    sent = visible.holding(at)
    if sent is None:
        return None
    before = sent.text[: at - sent.start].rstrip(" \"“‘'")
    if not before.endswith((":", ",")):
        return None
    person = next(iter(people_in_order(before, index)), None)  # (its gender read off "scolded him" is another's)
    named = _surname(person.split()[-1]).search(before) if person else None
    # the sentence's subject, after title words alone ("Democratic Sen. Ann Lee"), not an object ("He met Lee,")
    return person if named is not None and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){0,5}", before[: named.start()]) else None


def person_in_cue(cue: str, index: EntityIndex) -> str | None:
    """A person the article names elsewhere in full, named in the attribution ('said Peter Wehner').

    None for someone speaking for an organisation ('a statement', 'officials': an organisation's
    statement is read by :func:`organisation_in_cue`) and for a cue that names two people: the model decides.
    """
    if _FOR_AN_ORGANISATION.search(cue):
        return None
    verbs = (v for v in VERB_RE.finditer(cue) if v.group(1) not in NEVER)
    subject = next((span for v in verbs if (span := subject_before(cue, v.start())) is not None), None)
    if subject is not None:
        # "an official said that Ruiz": a subject before the verb is the speaker; names after it are in the
        # reported clause (only an inverted "said Peter Wehner" names the speaker after it), and names before it
        # in another clause ("Trump will use the debate to make news, Kall said:")
        cue = cue[subject[0] : subject[1]]
    found, possessors = None, 0
    for m in _CAPITALISED_RUN.finditer(cue):
        person = index.person_by_surname(re.sub(r"['’]s$", "", m.group(0)).split()[-1])
        if person is not None and m.group(0).endswith(("'s", "’s")):
            possessors += 1  # a possessor is not the speaker ("Clinton's aide said"), but a second name all the same
        elif person is not None:
            if found is not None:
                return None
            found = person
    return found if not possessors else None


_SAID, _READ = word_pattern(finite_forms("say")), word_pattern(finite_forms("read"))
_ORG_STATEMENT = re.compile(
    # "a State department statement said", "the Foreign Ministry said in a statement"
    rf"(?:an?|the)\s+(?P<a>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{0,3}}?)\s+statement\s+(?:{_SAID}|{_READ})\b"
    rf"|(?:the\s+)?(?P<b>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+(?:{_SAID})\s+in\s+a\s+statement\b"
)


def organisation_in_cue(cue: str) -> str | None:
    """The organisation whose statement the cue quotes ('a State department statement said'), else None."""
    m = _ORG_STATEMENT.fullmatch(cue.strip(" ,."))
    if m is None:
        return None
    return m.group("a") or m.group("b")


def speaker_of_cue(
    cue: str, at: int, visible: VisibleSentences, index: EntityIndex, quoted: QuotedSpans | None = None
) -> str | None:
    """Who a quotation's cue says spoke: '..., he said' is the antecedent of the quote starting at
    ``at``; '..., Besigye said' the person the cue names; '..., the 22-year-old said' the person named last
    before. None when the text does not settle it."""
    said_by = _PRONOUN_CUE.match(cue)
    if said_by:
        return _named_before_quote(at, visible, index) or antecedent(
            at, visible, index, quoted, said_by.group(1))
    verb = VERB_RE.search(cue)
    subject = subject_before(cue, verb.start()) if verb is not None else None
    if subject is not None and cue[subject[0] : subject[1]].casefold() in ("he", "she"):
        # "Asked about Cole's fifth foul, he answered": the pronoun, named before the cue's sentence; not a name in
        # the phrase set before it
        prior = visible.before(at, 1)
        offset = prior[0].start if prior and cue.strip() in prior[0].text else at
        return antecedent(offset, visible, index, quoted, cue[subject[0] : subject[1]])
    return person_in_cue(cue, index) or titled_in_cue(cue, at, index) or described_person(cue, at, visible, index, quoted)


# Agent nouns of things and firms, not people ("the newspaper", "the broadcaster", "the lender").
_THINGS = (
    "member|number|order|letter|paper|newspaper|matter|broadcaster|carrier|lender|retailer|manufacturer|insurer|"
    "producer|developer|operator|regulator|supplier|provider|publisher|distributor|exporter|importer|miner|refiner|"
    "brewer|maker|builder|contractor|computer|monitor|sector"
)


def _description(titles: bool) -> str:
    """A person told by a description that is no name: "the 22-year-old", "the Harbourne boss", "the mother of
    three", "the former banker", "the Frenchman"; a title ("the minister") only with ``titles``: a definite one
    stands for whom the article gives the title (``EntityIndex.by_title``), not for whoever was named last."""
    barred = _THINGS if titles else _THINGS + "|" + "|".join(sorted(PERSON_TITLES))
    return (
        r"\s+(?:(?:" + AGE + r"\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?P<noun>boss|striker|midfielder|defender|goalkeeper|"
        r"winger|player|veteran|teenager|youngster|pensioner|grandmother|grandfather|mother|father|woman|man|girl|"
        r"boy|widow|widower|actor|actress|singer|author|novelist|"
        # a person by what they do (an agent noun), a man or woman of a nation, a member of a party
        r"(?!(?:" + barred + r")\b)(?-i:[a-z]{2,}(?:er|or|ist|ian))|"
        r"(?-i:[A-Z][a-z]+(?:man|woman))|Democrat|Republican|Conservative|Socialist)(?:\s+of\s+\w+)?|" + AGE + r")"
    )


# In a cue after a quotation, in its sentence: "..., the 22-year-old said".
_DESCRIBED_CUE = re.compile(r"the" + _description(False) + r"\s+(?:\w+ly\s+)?(?:" + word_pattern(tuple(VERBS)) + r")\b")
_DESCRIBED_SOURCE = re.compile(r"[Tt]he" + _description(False))
# Someone new, in a lede: "A former bank manager accused of ... told the court", "A senior opposition politician".
_NEW_SOURCE = re.compile(r"[Aa]n?" + _description(True))


def described_person(
    cue: str, at: int, visible: VisibleSentences, index: EntityIndex, quoted: QuotedSpans | None = None
) -> str | None:
    """The person a description that opens a cue stands for ('..., the 22-year-old said', '..., the mother of three
    added'): the antecedent of the quotation at ``at``, of the description's gender when its noun has one; None
    without one (a cue of another sentence, 'The Harbourne boss joked that ...', tells of another quotation)."""
    m = _DESCRIBED_CUE.match(cue.strip())
    return _antecedent_of(m, at, visible, index, quoted) if m is not None else None


def source_described(source: str, at: int, visible: VisibleSentences, index: EntityIndex) -> str | None:
    """The person a reported clause's source told by a description stands for ('The 78-year-old joked that ...')."""
    m = _DESCRIBED_SOURCE.fullmatch(source.strip())
    if m is not None:
        return _antecedent_of(m, at, visible, index, None)
    new = _NEW_SOURCE.fullmatch(source.strip())
    if new is not None and new.group("noun") not in ANONYMOUS:  # someone new, told before anyone is named: the
        return first_named_after(index.text, list(index.people.values()), index.roles, at)  # person named next
    return None


def _antecedent_of(
    m: re.Match[str], at: int, visible: VisibleSentences, index: EntityIndex, quoted: QuotedSpans | None
) -> str | None:
    noun, pronoun = m.group("noun") or "", {"m": "he", "f": "she"}.get(noun_gender(m.group("noun") or "") or "")
    people = index.people.values()
    aged = aged_otherwise(m.group(0), index.text, people)  # "the 63-year-old" is never "Benning, 51,"
    return (described_as(noun, index.text[:at], people) or tied_by_state(m.group(0), index.text[:at], people)
            or antecedent(at, visible, index, quoted, pronoun, not_these=aged))


def titled_in_cue(cue: str, at: int, index: EntityIndex) -> str | None:
    """The person a description in the cue stands for by title ('..., the secretary said' -> the person last
    named before ``at`` whose role holds 'secretary'); None without such a description."""
    verb = VERB_RE.search(cue)
    before = cue[: verb.start()] if verb is not None else ""
    after = cue[verb.end() :] if verb is not None else ""
    for phrase in (before.strip(" ,"), after.strip(" ,")):  # "the minister said" / "said the minister"
        words = phrase.split()
        if words and title_head(" ".join(words[:6])):
            return index.by_title(" ".join(words[:6]), at)
    return None


# Two people told together by a plural noun opening the sentence: "The two mayors went over the programme", "The
# pair are expected to face reporters".
_THE_TWO = re.compile(r"^\W*The\s+(?:two\s+(?P<noun>[a-z]+)|pair)\b")


def the_two(sentence: str, offset: int, index: EntityIndex) -> list[str]:
    """The two people a sentence opening "The two mayors" or "The pair" stands for: the two named last before
    ``offset`` (those whose role holds the noun first, "mayors" -> two mayors); [] when it opens otherwise."""
    m = _THE_TWO.match(sentence)
    if m is None:
        return []
    last = [(max((n.start() for n in _surname(full.split()[-1]).finditer(index.text, 0, offset)), default=-1), full)
            for full in index.people.values()]
    named = [full for at, full in sorted(last, reverse=True) if at >= 0]
    noun = (m.group("noun") or "").removesuffix("s")
    holding = [full for full in named if noun and noun in index.roles.get(full.casefold(), "").casefold()]
    two = holding[:2] if len(holding) >= 2 else named[:2]
    return two if len(two) == 2 else []
