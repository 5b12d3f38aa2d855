"""The grammar words of attribution, and the table of every form of the verbs of attribution.

The verbs themselves, by class, and their inflection are in :mod:`summarizer.text.lexicon`; here are
the words around them (auxiliaries, listeners, adverbials) and the patterns built from both.
"""

from __future__ import annotations

import re

from summarizer.text.inflect import regular_forms
from summarizer.text.lexicon import (
    COGNITION_VERBS,
    EVIDENCE_VERBS,
    JUDGMENT_VERBS,
    NOUN_FORMS,
    SPEECH_VERBS,
    inflections,
    weekday_pattern,
)
from summarizer.text.neighbours import MODALS, PREPOSITIONS, not_finite
from summarizer.text.places import country_code_for_adjective

__all__ = [
    "ADDRESSING",
    "AUX",
    "BE",
    "BEFORE_ING",
    "BOUNDARY",
    "DETERMINERS",
    "DOCUMENTS",
    "FUNCTION",
    "NEVER",
    "PARTICIPLES",
    "PARTICLE",
    "after_a_name",
    "bare_verb",
    "can_be_noun",
    "is_be",
    "other_sense",
    "particle_after",
    "progressive",
    "read_as_noun",
]  # fmt: skip

# Verbs whose content follows a particle: "referring to the senator", "talked about the plan", "pointed out
# that", "did not rule out a meeting".
PARTICLE: dict[str, tuple[str, ...]] = {
    "refer": ("to",), "talk": ("about",), "brag": ("about",), "point": ("out",), "rule": ("out",),
    "speak": ("of", "about"),  # "spoke of the harm the old laws did", "spoke about her roots in the valley"
    "rail": ("against", "at"), "gripe": ("about",),  # complaining: "railed against the fares"
    "vote": ("against", "to"),  # a vote tells a stance: "voted against the levy", "voted on Monday to close" (one
    # "for" a candidate is a ballot cast)
    "weigh": (r"in(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:on|about|with)",),  # to comment: "weighed in on Friday about"
}  # fmt: skip
# Verbs whose particle "to" opens an infinitive, which is the content with its "to".
TO_INFINITIVE = frozenset(("vote",))
# Words that may stand between a verb and its particle: how and when ("spoke warmly of", "spoke out Tuesday about").
_BEFORE_PARTICLE = r"(?:\s+(?:[a-z]+ly|out|again|also|often|at\s+length|(?:on\s+)?[A-Z][a-z]+day|today|yesterday)){0,2}"


def particle_after(lemma: str, text: str, at: int) -> int | None:
    """The end of the particle ``lemma`` takes, written at ``at`` after any blanks (and an adverb or a day: "spoke
    warmly of", "spoke out on Monday about"), else None."""
    if lemma not in PARTICLE:
        return None
    between = _BEFORE_PARTICLE + (_WITH_WHOM if lemma in _TALKING else "")
    m = re.match(between + r"\s*\b(" + "|".join(PARTICLE[lemma]) + r")\b", text[at:])
    return at + m.end() if m is not None else None


# Whom one talks with, between a verb of talking and "about": "talked with ferry crews about", "spoke to her on Monday
# about".
_TALKING = frozenset(("talk", "speak"))
_WITH_WHOM = r"(?:\s+(?:with|to)(?:\s+[\w’'-]+){1,4}?(?=\s+about\b))?"
# "read" reports only what a document says: "the statement read", "the sign reads".
DOCUMENTS = frozenset((
    "statement", "letter", "message", "note", "sign", "post", "tweet", "headline", "banner", "caption",
    "email", "release", "notice", "memo", "placard", "text",
))  # fmt: skip
# Verbs that name whom they address before the content: "told reporters that", "warned Congress".
ADDRESSING = frozenset((
    "advise", "ask", "assure", "caution", "inform", "promise", "remind", "tell", "urge", "warn", "reassure", "notify",
    "implore", "beseech", "exhort", "persuade", "convince",
))  # fmt: skip
# Participles that open a second attribution with the sentence's subject as source.
PARTICIPLES = frozenset((
    "acknowledging", "adding", "arguing", "asserting", "calling", "claiming", "contending", "declaring",
    "explaining", "insisting", "noting", "predicting", "saying", "stressing", "suggesting", "urging",
    "warning", "writing",
))  # fmt: skip
# Auxiliaries and adverbs that stand between a subject and its verb.
AUX = frozenset((
    "again", "already", "also", "are", "be", "been", "being", "can", "could", "did", "do", "does",
    "further", "had", "has", "have", "initially", "is", "just", "later", "may", "might", "must", "n't",
    "never", "not", "often", "once", "previously", "privately", "publicly", "recently", "repeatedly",
    "reportedly", "separately", "should", "still", "then", "was", "were", "will", "would",
))  # fmt: skip
# Function words: a subject never ends with one.
FUNCTION = frozenset((
    "a", "an", "and", "as", "at", "because", "but", "by", "for", "from", "her", "his", "how", "if", "in",
    "its", "my", "no", "not", "of", "on", "or", "our", "so", "than", "that", "the", "their", "these",
    "this", "those", "to", "what", "when", "where", "which", "while", "whom", "whose", "why", "with",
    "your",
))  # fmt: skip
# Words that open a clause: a subject never runs back across them.
BOUNDARY = frozenset((
    "after", "although", "and", "as", "because", "before", "but", "if", "since", "that", "though", "when",
    "whether", "while",
))  # fmt: skip
NEVER = frozenset(("state", "states"))
BE = frozenset(("is", "was", "were", "are", "been", "be", "being"))


def reporting_verbs() -> dict[str, str]:
    """Every form of every reporting verb -> its lemma."""
    table: dict[str, str] = {}
    for lemma in (*SPEECH_VERBS, *COGNITION_VERBS, *EVIDENCE_VERBS, *JUDGMENT_VERBS):
        for form in inflections(lemma):
            if form not in NOUN_FORMS:
                table.setdefault(form, lemma)
    return table


VERBS = reporting_verbs()
VERB_RE = re.compile(
    r"(?<![-])\b(" + "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True)) + r")\b(?![’'-])"
)
_WEEKDAYS = weekday_pattern()
# A listener after an addressing verb: a name, a pronoun or a short noun phrase.
LISTENER = re.compile(
    # a noun phrase with a determiner before its "that" or its time ("a TV interviewer that", "her staff that")
    r"\s*(?:(?:the|a|an|his|her|their|its|our)\s+(?!to\b)[\w’'-]+(?:\s+[a-z][\w’'-]*)??"
    r"(?=\s+(?:that|to|about|on|in|at|he|she|they|it|we|I)\b)"
    # a pronoun, a plural, a name
    r"|(?:him|her|them|us|me|reporters|journalists|supporters|lawmakers|colleagues"
    r"|[a-z]+s(?=\s+(?:that|the|he|she|they|it|we|on|in|at|during|last|this|[A-Z]|" + _WEEKDAYS + r")\b)"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=[\s,.;]|$))"
)
# How or how often, between a verb and a clause it opens: "said repeatedly “the next president” should", "said
# publicly he would". The clause must open after it (a determiner, a pronoun, a name, a quotation mark):
# "said early voting ..." keeps "early", an adjective of the content.
MANNER = re.compile(
    r"\s+[a-z]+ly(?=\s+(?:[“\"]|''|(?:the|a|an|his|her|their|its|this|these|he|she|they|it|we|I)\b|[A-Z]))"
)
# Words between a verb and "that" that only say when or how: "said on Monday that", "said in a statement that".
ADVERBIAL_THAT = re.compile(
    r"\s*,?\s*(?:(?:on|in|at|during|last|this|late|early|earlier|after|before|via|through|outside|inside|near|from|"
    r"amid|following|"
    rf"to|{_WEEKDAYS}|yesterday|today|"
    r"[a-z]+ly|aloud|again|also)\b[^,.;“”\"]{0,60}?,?\s+)?that\b"
)
# "to" and a noun phrase after the verb is its recipient or object ("wrote to the council", "responded to an
# onslaught"); "to" and a verb would be a content ("urged them to leave").
TO_SOMEONE = re.compile(
    r"\s*to\s+(?:the|a|an|his|her|its|their|our|my|your|this|these|those|me|him|us|them|[A-Z][\w’'.-]*)\b"
)
# Verbs and adjectives that take their subject's "to" infinitive: "has to show", "plans to say", "appeared to
# suggest", "was quick to point out" (verbs of subject control and raising, and the adjectives that do the same).
BEFORE_TO = frozenset((
    "has", "have", "had", "going", "able", "wants", "want", "wanted", "tried", "tries", "trying", "plans",
    "planned", "seeks", "sought", "expected", "likely", "set", "hopes", "hoped", "used", "needs", "need",
    "needed", "refused", "declined", "agreed", "promised", "vowed", "decided", "continues", "continued",
    "due", "scheduled", "slated", "poised",
    "try", "plan", "planning", "hope", "hoping", "seek", "seeking", "refuse", "refuses", "decline", "declines",
    "agree", "agrees", "promise", "promises", "vow", "vows", "decide", "decides", "continue", "continuing",
    "appear", "appears", "appeared", "seem", "seems", "seemed", "begin", "begins", "began", "begun", "start",
    "starts", "started", "intend", "intends", "intended", "aim", "aims", "aimed", "prepare", "prepares",
    "prepared", "preparing", "fail", "fails", "failed", "manage", "manages", "managed", "attempt", "attempts",
    "attempted", "choose", "chooses", "chose", "tend", "tends", "tended", "pledge", "pledges", "pledged", "wish",
    "wishes", "wished", "prefer", "prefers", "preferred", "hesitate", "hesitated", "threaten", "threatens",
    "threatened", "offer", "offers", "offered",
    "unable", "unlikely", "sure", "certain", "bound", "willing", "unwilling", "eager", "ready", "reluctant",
    "quick", "slow", "keen", "anxious", "careful", "free",
    # "be to" of a plan: "The orchestra is to go on to Tokyo"
    "is", "are", "was", "were",
))  # fmt: skip


# Verbs that take their subject's -ing form: beginning, going on and stopping, avoiding and risking ("avoids
# condemning", "kept telling reporters", "started calling it a mistake").
BEFORE_ING = frozenset((
    "avoid", "avoids", "avoided", "keep", "keeps", "kept", "stop", "stops", "stopped", "quit", "quits", "resist",
    "resists", "resisted", "risk", "risks", "risked", "start", "starts", "started", "begin", "begins", "began",
    "begun", "continue", "continues", "continued", "finish", "finishes", "finished",
    # perceived or recorded in the act: "is heard shouting that", "was caught saying"
    "heard", "overheard", "seen", "caught", "recorded", "filmed",
))  # fmt: skip
# "Trump in his announcement speech", "the mayor on Tuesday": what follows the name is when or where, not who.
TRAILING_ADVERBIAL = re.compile(
    r"\s+(?:in|on|at|during|last|this|earlier|later|late|early|yesterday|today)\b(?:\s+[\w’'-]+){0,5}$"
)


# What may follow a closing 'X said': when, where, how - never a clause.
ADVERBIAL_AFTER = re.compile(
    r"(?:on|in|at|during|last|this|earlier|later|late|early|yesterday|today|tonight|afterwards?|too|also|"
    rf"again|then|recently|repeatedly|{_WEEKDAYS}|of)\b"
)


MAIN_SUBJECT = re.compile(
    # after a dateline ("DES MOINES — Senator Ellen Marchetti of Ohio unveiled ..., saying"), or a phrase set before
    r"^(?:[A-Z][A-Z.'’ -]*[A-Z.]\s*[—–]\s*)?(?:[^,“”\"]{0,50},\s+)?"
    r"(?P<src>(?:[Tt]he|[Aa]n?)\s+[a-z][\w’'-]*(?=\s+[a-z]|,\s)|"
    r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5}|[Hh]e|[Ss]he|[Tt]hey)\b"
)


# Words after which a verb-like form is a noun (or an adjective), never a clause's verb:
# determiners and possessive pronouns ("her remarks", "the charge", "an early estimate").
DETERMINERS = frozenset((
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose", "every", "no", "another", "little",
))  # fmt: skip
# Adjectives common before such nouns ("the latest report", "his final comments").
_ADJECTIVES = frozenset((
    "new", "latest", "recent", "early", "earlier", "first", "final", "last", "further", "initial", "own",
    "public", "private", "official", "other", "same", "similar", "brief", "formal", "strong", "sharp",
))  # fmt: skip
# Contractions whose 's is "is" or "has", not a possessive.
_NOT_POSSESSIVE = frozenset(("he", "she", "it", "that", "who", "there", "what", "let", "here", "where"))


def _adjective_like(word: str) -> bool:
    low = word.casefold()
    return low in _ADJECTIVES or ("-" in word and word[:1].islower() or "-" in word[1:] and not word.istitle())


def can_be_noun(form: str) -> bool:
    """True for the forms of a verb that English also uses as nouns: the bare form and the -s form
    ("a retort", "estimates", "remarks"), and the -ing form ("an early warning"). A past form ("said",
    "told", "warned", "spoke") is never a noun: before it stands the head noun of its subject."""
    lemma = VERBS.get(form, form)
    s, _, ing = regular_forms(lemma)
    return form in (lemma, s, ing)


# Adjectives of party written with a capital, as nations' are ("Republican claims", "French plans").
_PARTY = frozenset(("republican", "democratic", "conservative", "socialist", "communist", "liberal"))


def after_a_name(prev: list[str]) -> bool:
    """The words before a form end with a name, whose verb it may be ("Trump claims the ..."): not "the White
    House", not the object of a preposition ("of Trump claims"), not an adjective of party or nation ("Republican
    claims", "French plans")."""
    if not prev or not prev[-1][:1].isupper() or len(prev) > 1 and prev[-2].casefold() in DETERMINERS | PREPOSITIONS:
        return False
    return prev[-1].casefold() not in _PARTY and country_code_for_adjective(prev[-1]) is None


def read_as_noun(prev: list[str], form: str) -> bool:
    """True where the words before a verb-like form make it a noun: a determiner or a possessive
    ("her remarks", "Trump's comments"), a preposition ("in charge"), or a determiner and an
    adjective ("a Trump-style retort", "an early estimate"). A gerund after a preposition is left alone.
    A past form after a determiner and an adjective-like word is the verb, that word the noun
    ("An official said", "The public warned")."""
    if not prev:
        return False
    last = prev[-1].casefold().replace("’", "'")
    if last in DETERMINERS:
        return True
    if last.endswith("'s") and last[:-2] not in _NOT_POSSESSIVE or last.endswith("s'"):
        return True
    if last in PREPOSITIONS and not form.endswith("ing"):
        return True
    if not_finite(prev, form, VERBS.get(form) == form, can_be_noun(form)):
        return True  # "bring it back", "..., stoking worries that", "the deepest fear", "made plans to"
    # an adjective opening the sentence or after a determiner: "Early estimates put", "a Trump-style retort"
    if not can_be_noun(form) and not re.fullmatch(r"[a-z]+-", last):
        return False  # (a compound broken after its hyphen is one adjective: "the so- called reform")
    if len(prev) == 1:
        return last in _ADJECTIVES
    if prev[-2].casefold() in _SINGULAR and VERBS.get(form) == form:
        return True  # "a conference call", "an opening statement": a singular subject would take "calls"
    return prev[-2].casefold() in DETERMINERS and _adjective_like(prev[-1])


# Determiners of one: the bare form two words after one is a noun, the head of a compound.
_SINGULAR = frozenset(("a", "an", "another", "each", "every"))


# Particles that make a phrasal verb of another sense ("backed out of", "showed up", "called back"), and the
# phrasal verbs among them that still report ("called out the mayor", "spoke out against", "hit back at").
# Verbs of perception and regard that judge only with "as": "sees the plan as a threat", "viewed him as weak".
_SEEING_AS = frozenset(("see", "view", "regard", "rate"))
_PHRASAL = re.compile(r"\s+(up|out|back|off|away|down)\b")
_PHRASAL_SPEECH = frozenset((
    ("call", "out"), ("speak", "out"), ("lash", "out"), ("point", "out"), ("hit", "back"), ("fire", "back"),
    ("push", "back"), ("shout", "down"), ("play", "down"), ("talk", "up"), ("rule", "out"),
))  # fmt: skip


# Objects that give a verb its other sense: one calls an election (convenes it), recalls an envoy (withdraws
# them).
_OTHER_OBJECTS: dict[str, re.Pattern[str]] = {
    "call": re.compile(
        r"\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
        r"(?:elections?|votes?|referendums?|strikes?|meetings?|halt|truce|ceasefire|session|conference|recess|timeout)\b"
    ),
    # one adds a thing ("did not add a warning to its label", "added 200 jobs"); words added open a clause
    "add": re.compile(r"\s+(?:an?|some|more|another|\d)"),
    # one pleads guilty to a charge (a plea, not words reported); one pleads that ..., or for mercy
    "plead": re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b"),
    "recall": re.compile(
        r"\s+(?:an?|the|its|his|her|their|some|all)\s+(?:\w+\s+)?(?:ambassadors?|envoys?|diplomats?|troops|forces|"
        r"vehicles|cars|products|batches|units|models)\b"
    ),
    # one feels a state ("felt blindsided by the demand", "did not feel well"); a feeling told opens a clause
    "feel": re.compile(r"\s+(?:(?:so|very|too|quite|rather|a\s+bit|increasingly|deeply)\s+)?(?:well|better|worse|good|bad|ill|"
                       r"sick|tired|safe|sorry|[a-z]+ed\b(?!\s+(?:that|to)\b))"),
    # one keeps a lead or a hold ("maintained his double-digit lead"); a position maintained is a claim
    "maintain": re.compile(r"\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:lead|leads|grip|hold|control|"
                           r"presence|pace|momentum|ties|relations|contact|edge|advantage|majority)\b"),
    # one agrees a thing, settles it ("failed to agree quotas", "agreed a deal"); what is agreed to opens a clause
    "agree": re.compile(r"\s+(?:an?\s|(?!(?:that|to|with|on|upon|about|over|in|at|the|this|these|those|his|her|its|their|our|"
                        r"he|she|it|they|we|i|you|there|not|also|so|[a-z]+ly)\b)[a-z])"),
    # one answers a request, a call or a message for comment: what is answered, no words ("did not respond to
    # repeated requests for comment", "did not reply to two messages seeking comment")
    **{verb: re.compile(r"\s+to\s+(?:\w+\s+){0,2}?(?:requests?|calls?|messages?|e-?mails?|inquiries|queries|questions?)\s+"
                       r"(?:for|seeking)\s+comment\b") for verb in ("respond", "reply", "answer")},
    # one shows a quality ("showed considerable restraint")
    "show": re.compile(r"\s+(?:(?:considerable|great|little|no|some|remarkable|real|more|less)\s+)?(?:restraint|"
                       r"courage|leadership|patience|resolve|interest|signs?|strength|weakness|discipline|respect)\b"),
}


def other_sense(lemma: str, after: str) -> bool:
    """True where what follows a verb gives it a sense that reports nothing: a particle ('backed out of',
    'showed up', 'called back'), 'to'/'in'/'from' after 'thank' or 'back' ('thanks to', 'going back to'), or
    an object of another sense ('called an election', 'recalled its ambassador', 'added a warning to its label')."""
    if lemma in ("thank", "back") and re.match(r"\s+(?:to|in|into|from|on)\b", after):
        return True
    if lemma in _OTHER_OBJECTS and _OTHER_OBJECTS[lemma].match(after):
        return True
    if lemma in _SEEING_AS:
        # only "sees the plan as a threat" judges; with its object moved away ("what X sees as Y") it reports nothing
        return re.match(r"\s+(?!as\b)\w[^,.;:]{0,60}?\s+as\b", after) is None
    particle = _PHRASAL.match(after)
    return particle is not None and (lemma, particle.group(1)) not in _PHRASAL_SPEECH


def is_be(word: str) -> bool:
    """A form of 'be', contracted too: 'is', 'were', "he's", "they're", "I'm" (never a possessive 'Lee's')."""
    low = word.casefold().replace("’", "'")
    if low in BE:
        return True
    head, _, tail = low.rpartition("'")
    return tail in ("re", "m") or tail == "s" and head in _NOT_POSSESSIVE


def progressive(prev: list[str]) -> bool:
    """The words before an -ing form end with a form of 'be' and the adverbs after it: "is urging", "is once again
    urging", "wasn't saying", "are increasingly arguing"."""
    k = len(prev) - 1
    while k >= 0 and not is_be(prev[k]):
        low = prev[k].casefold().replace("’", "'")
        if low.endswith("n't") and is_be(low[:-3]):
            return True  # "isn't", "wasn't", "aren't"
        if not (low in AUX and not is_be(low) or low.endswith("ly") and low.isalpha()) or low in _NOT_BETWEEN_BE:
            return False
        k -= 1
    return k >= 0


# Auxiliaries that never stand between 'be' and its -ing form: "will" or "could" is the verb's own.
_NOT_BETWEEN_BE = frozenset(("can", "could", "did", "do", "does", "had", "has", "have", "may", "might", "must",
                             "should", "will", "would"))  # fmt: skip


# A bare form after these is a verb: a modal or "do" ("will call for", "didn't blast"); the adverbs of the auxiliary
# may stand between ("would also call for", "did not publicly question").
_MODALS = MODALS | {"cannot", "won't", "can't"}
_BETWEEN = frozenset(("not", "also", "still", "never", "again", "just", "even", "only", "now"))


def bare_verb(prev: list[str]) -> bool:
    """The words before a bare form make it a verb: a modal or "do" ("will call for a review", "didn't blast it"), or
    the "to" of a verb or an adjective that takes its subject's infinitive ("continued to call for", "was quick to
    blast")."""
    words = [w.casefold().replace("’", "'") for w in prev[-5:]]
    while words and (words[-1] in _BETWEEN or words[-1].endswith("ly") and words[-1].isalpha() and len(words[-1]) > 4):
        words.pop()
    if not words:
        return False
    last = words[-1].removesuffix("n't") if words[-1] not in ("won't", "can't") else words[-1]
    if last in _MODALS:
        return True
    # (a verb that reports on its own keeps its infinitive: "refused to comment about the ferry" is one report)
    return last == "to" and len(words) > 1 and words[-2] in BEFORE_TO and words[-2] not in VERBS
