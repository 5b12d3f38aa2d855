"""The word lists the runtime shares, one copy of each, so that they cannot drift apart.

Dates (month and weekday names, number words), people (titles, role words, pronouns),
speech (the verbs of attribution by class, their forms computed here), tense and mood (the
words that make an event planned, cancelled or past) and places (country aliases). Words are lower case, without a
full stop. A module that needs a list a little different from the shared one builds it
from the shared base and says how it differs, next to where it is used.

``summarizer.eval`` keeps its own lists on purpose: what measures the output must not
share its words with what produces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarizer.text.inflect import regular_forms

__all__ = [
    "AGENT_ENDINGS", "CANCEL_WORDS", "CLAUSE_ONLY_VERBS", "COGNITION_VERBS", "COMPANY_NOUNS",
    "COUNTRY_ALIASES", "EVENT_PAST_IRREGULAR", "EVIDENCE_NOUNS", "EVIDENCE_VERBS", "FUNCTION_WORDS",
    "GERUND_OPENERS", "IRREGULAR_PAST", "JUDGMENT_VERBS", "LABELLING_VERBS", "LIKING_VERBS", "MONTHS", "MONTH_ABBREVIATIONS",
    "MONTH_NAMES", "NAME_PARTICLES", "NOUN_FORMS", "NOUN_LIKE_VERBS", "NUMBER_WORDS", "PERSON_TITLES",
    "PLANNED_WORDS", "PRONOUNS", "QUOTING_ONLY_VERBS", "ROLE_WORDS", "SPEECH_ACTS", "SPEECH_VERBS",
    "SUBJECT_PRONOUNS", "TELLING_VERBS", "THING_PLURALS", "TIMES_OF_DAY", "TITLE_ABBREVIATIONS", "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS", "WEEKDAY_NAMES", "finite_forms", "inflections", "not_a_function_word",
    "quote_cue_verbs", "weekday_pattern", "word_pattern", "word_regex",
]  # fmt: skip

# ---------------------------------------------------------------------------
# Dates

# The month names, January to December.
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# Month abbreviations to the month's number (1-12); "may" has none.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Every month word to the month's number: each name, then its abbreviations.
MONTHS: dict[str, int] = {
    word: number
    for number, name in enumerate(MONTH_NAMES, 1)
    for word in (name, *(short for short, n in MONTH_ABBREVIATIONS.items() if n == number))
}
# The weekday names, Monday to Sunday (the index is ``date.weekday()``).
WEEKDAY_NAMES: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
# Weekday abbreviations to ``date.weekday()``.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
# Every weekday word to ``date.weekday()``: each name, then its abbreviations.
WEEKDAYS: dict[str, int] = {
    word: number
    for number, name in enumerate(WEEKDAY_NAMES)
    for word in (name, *(short for short, n in WEEKDAY_ABBREVIATIONS.items() if n == number))
}
# Number words a date expression counts with ("two days ago", "a couple of weeks").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip
# Parts of a day that may follow a weekday ("Friday morning").
TIMES_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

# ---------------------------------------------------------------------------
# People

# Abbreviations written next to a name ("Mr.", "Sen.", "Lt.", "Jr.", "St."), without the full stop.
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
    "prof", "rev", "pres", "adm", "maj", "cpl",
})  # fmt: skip
# The endings of agent nouns in the plural, which tell people by what they do: "analysts", "attendees", "residents",
# "negotiators", "civilians", "representatives" (see agent_plural).
AGENT_ENDINGS: tuple[str, ...] = ("ers", "ors", "ists", "ysts", "ians", "ants", "ents", "ives", "ees")
# Things whose plural ends the same way: "sent letters to Paris", "addressed the documents".
THING_PLURALS = (
    "letters", "papers", "orders", "containers", "numbers", "answers", "shivers", "flowers", "posters", "flyers",
    "stickers", "documents", "payments", "shipments", "instruments", "supplements", "components", "events",
    "comments", "statements", "agreements", "plants", "grants", "fees", "trees",
)  # fmt: skip
# Nouns of a company of people who move or meet together: "the orchestra", "The squad", "a trade delegation".
COMPANY_NOUNS: tuple[str, ...] = (
    "team", "squad", "delegation", "orchestra", "troupe", "choir", "band", "ensemble", "crew", "contingent", "mission",
    "panel", "party",
)  # fmt: skip
# Titles a person holds: the head noun of a description that stands for one ("the former governor").
PERSON_TITLES = frozenset((
    "secretary", "minister", "president", "senator", "governor", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "chancellor", "king", "queen", "pope", "pontiff", "representative", "general",
    "director", "chairman", "chairwoman", "mayor", "premier", "commander", "admiral", "adviser", "advisor",
    "commissioner", "congressman", "congresswoman", "judge", "lawmaker", "leader", "ceo", "founder", "prince",
    "princess", "emir", "sultan", "sheikh", "speaker", "attorney", "chief", "candidate", "nominee",
    "constable", "superintendent", "inspector", "sergeant", "detective", "sheriff", "prosecutor", "coach", "manager",
    "captain", "headteacher", "principal", "professor", "dean", "bishop", "archbishop", "pastor", "rabbi", "imam",
    "councillor", "councilman", "councilwoman", "alderman", "executive",
))  # fmt: skip
# Words of a title or role before a name ("US Secretary of State", "newly appointed Defence minister"): the
# titles and the words that modify them.
ROLE_WORDS = PERSON_TITLES | frozenset({
    "secretary", "minister", "ministers", "president", "vice", "prime", "foreign", "defence", "defense",
    "state", "of", "the", "chancellor", "king", "queen", "pope", "pontiff", "senator", "representative", "governor",
    "general", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "director",
    "chairman", "chairwoman", "chair", "leader", "mayor", "premier", "deputy", "assistant",
    "undersecretary", "under", "commander", "admiral", "lieutenant", "colonel", "adviser", "advisor",
    "security", "national", "newly", "appointed", "former", "retired", "acting", "new", "top", "interior", "finance",
    "trade", "economy", "justice", "health", "education", "home", "affairs", "opposition", "party",
    "official", "officials", "crown", "prince", "princess", "sheikh", "emir", "sultan", "speaker", "house",
    "majority", "minority", "whip", "attorney", "federal", "supreme", "court", "judge", "lawmaker",
    "congressman", "congresswoman", "mp", "mep", "commissioner", "executive", "ceo", "founder", "head",
    # of a church, a university, a city, a consulate: "Bishop Teodoro Magbanua", "the rector", "councillor X"
    "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor", "reverend", "rector", "dean", "professor",
    "consul", "councillor", "councilor", "chairperson",
})  # fmt: skip
# Prepositions and subordinators after which a gerund has no subject of its own: it tells of its clause's subject
# ("Before arriving in Israel, X ...", "was received by Y within hours of landing").
GERUND_OPENERS = frozenset({
    "before", "after", "while", "since", "upon", "on", "without", "by", "when", "for", "of", "in", "from", "about",
})  # fmt: skip
# Pronouns and indefinite words that stand for a person without naming one.
PRONOUNS = frozenset({
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their", "its",
    "our", "us", "me", "who", "someone", "anyone",
})  # fmt: skip
# The lower-case particles inside a person's name: "Pieter van der Hoek", "Luiz da Silva", "Yousef bin Rashid".
NAME_PARTICLES = frozenset({
    "bin", "ibn", "bint", "al", "el", "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das",
    "du", "la", "le", "ter",
})  # fmt: skip
# The function words that open a sentence and never a name: after an abbreviation's full stop ("U.S. The talks")
# one of them starts a new sentence; a capitalised one is no part of a name ("Since Putin returned", "In Kyiv").
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "there", "here", "some", "many", "most", "all", "both",
    "each", "every", "no", "none", "one", "another", "such", "he", "she", "it", "they", "we", "i", "you",
    "his", "her", "its", "their", "our", "my", "your", "him", "them", "us", "who", "what", "when", "where",
    "why", "how", "which", "in", "on", "at", "for", "with", "from", "by", "after", "before", "during", "since",
    "until", "as", "if", "although", "though", "because", "while", "but", "and", "or", "so", "yet", "nor",
    "however", "meanwhile", "still", "also", "then", "now", "instead", "separately", "earlier", "later",
    "last", "according", "despite", "under", "over", "about", "against", "among", "between", "through",
    "without", "within", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "not",
})  # fmt: skip
# The pronouns that stand as the subject of a speech verb ("he said", "they told reporters").
SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "she", "they")

# ---------------------------------------------------------------------------
# Speech

# Verbs of attribution, as lemmas, by class; every form is computed (:func:`inflections`, :func:`finite_forms`),
# and each module that reads speech builds its patterns from these lists. The classes follow the language
# (verbs of communication, of cognition and attitude, of evidence, of judgment), not any one set of articles.

# Speech acts that take a clause: say, tell and their kin.
_SPEECH_CLAUSE: tuple[str, ...] = (
    "say", "tell", "add", "note", "state", "explain", "warn", "insist", "argue", "announce", "stress",
    "claim", "acknowledge", "admit", "suggest", "predict", "emphasize", "emphasise", "report", "confirm",
    "deny", "assert", "contend", "maintain", "declare", "reply", "respond", "answer", "write", "tweet",
    "post", "recall", "repeat", "reiterate", "concede", "complain", "boast", "joke", "hint", "indicate",
    "reveal", "disclose", "allege", "estimate", "assure", "promise", "vow", "pledge", "threaten", "urge",
    "ask", "demand", "propose", "recommend", "agree", "caution", "observe", "comment", "remark", "mention",
    "testify", "signal", "counter", "retort", "protest", "charge", "accuse", "criticize", "criticise",
    "praise", "describe", "question", "challenge", "tout", "cite", "speculate", "theorize", "theorise",
    "lament", "advise", "inform", "remind", "grumble", "murmur", "shout", "whisper",
    # more of Levin's verbs of saying, of manner of speaking and of complaining (37.7, 37.3, 37.8)
    "proclaim", "exclaim", "confess", "confide", "insinuate", "imply", "muse", "mutter", "mumble", "yell", "scream",
    "chant", "sneer", "scoff", "fume", "whine", "bemoan", "gush", "clarify", "elaborate", "specify", "posit", "opine",
    "affirm", "reaffirm", "profess", "attest", "reassure", "notify", "admonish", "concur", "interject",
    "implore", "beseech", "exhort", "persuade", "convince",
)  # fmt: skip
# Speech acts that take an object or a particle: "voiced concern", "disputed the figures", "ordered a
# review", "referred to", "talked about", "the statement read".
SPEECH_ACTS: tuple[str, ...] = (
    "voice", "rebut", "dispute", "order", "discuss", "express", "brag", "plead", "refer", "talk", "read",
    "point", "rule", "speak", "rail", "gripe", "vote", "weigh", "echo",
    # presenting information: the object is what is told ("outlined its budget", "has detailed the costs")
    "outline", "detail", "highlight", "document", "chronicle", "profile", "reference", "illustrate", "underscore",
    "recount", "summarize", "summarise", "publish", "retweet", "present",
)  # fmt: skip
# Forms of those verbs far more often nouns, in a subject too ("the documents ... show", "by the vote", "voting
# records"): no verbs.
_NOUN_LEMMAS = (
    "outline", "detail", "highlight", "document", "chronicle", "profile", "reference", "vote", "rail", "gripe", "rate",
    "favor", "favour",
)  # fmt: skip
NOUN_FORMS = frozenset({*_NOUN_LEMMAS, *(lemma + "s" for lemma in _NOUN_LEMMAS), "voting"})
# Every verb that reports speech (communication).
SPEECH_VERBS: tuple[str, ...] = _SPEECH_CLAUSE + SPEECH_ACTS
# Verbs of coming to know report only a clause: "learned that ..." ("heard the case", "discovered a body" do not).
CLAUSE_ONLY_VERBS: tuple[str, ...] = ("learn", "discover", "notice", "hear", "remember", "forget")
# Verbs of liking and disliking (Levin's "admire" class): a stance toward their object ("admires the senator",
# "prefers the old route", "resents the tax").
LIKING_VERBS: tuple[str, ...] = (
    "admire", "adore", "love", "hate", "loathe", "detest", "despise", "dislike", "prefer", "favor", "favour",
    "respect", "resent", "regret", "deplore", "cherish", "distrust", "mistrust", "envy",
)  # fmt: skip
# Cognition and attitude: what someone believes, wants, decides or likes; the verbs of coming to know among them.
COGNITION_VERBS: tuple[str, ...] = (
    "believe", "think", "feel", "know", "hope", "expect", "fear", "worry", "doubt", "suspect", "consider",
    "understand", "recognize", "recognise", "assume", "conclude", "decide", "realize", "realise", "guess",
    "imagine", "wonder", "reckon", "anticipate", "want", "wish", "plan", "intend", "seek", "aim", "refuse",
    "decline", "hesitate", *CLAUSE_ONLY_VERBS, *LIKING_VERBS,
)  # fmt: skip
# Evidence: what a study, a poll or a document shows.
EVIDENCE_VERBS: tuple[str, ...] = ("show", "find", "indicate", "demonstrate", "prove")
# The things that hold evidence, singular and plural: "an analysis of the filings shows", "video of the stop shows".
EVIDENCE_NOUNS = frozenset((
    "poll", "survey", "study", "analysis", "review", "audit", "report", "research", "data", "figures", "numbers",
    "statistics", "records", "documents", "video", "footage", "photo", "photos", "image", "images", "map", "chart",
    "graph", "slide", "results", "evidence", "tally", "count", "average", "census", "investigation", "probe",
    "polls", "surveys", "studies", "analyses", "reviews", "audits", "reports", "videos", "maps", "charts", "averages",
))  # fmt: skip
# Judgment and naming: what someone thinks of something, said of it ("dismissed the plan", "called them X").
JUDGMENT_VERBS: tuple[str, ...] = (
    "blame", "condemn", "denounce", "dismiss", "reject", "defend", "applaud", "welcome", "hail", "slam",
    "blast", "attack", "mock", "ridicule", "scold", "rebuke", "fault", "thank", "congratulate", "endorse",
    "support", "oppose", "back", "call", "label", "brand", "dub", "term", "portray", "characterize",
    "characterise", "decry", "lambaste", "tout", "name", "see", "view", "regard", "liken", "rate",
    # more of Levin's verbs of judging (33): scolding and praising
    "chastise", "berate", "upbraid", "reprimand", "castigate", "excoriate", "assail", "deride", "disparage",
    "belittle", "pillory", "commend", "laud", "extol", "grill",
)  # fmt: skip
# Verbs that put words on a person rather than quote them: called him a "stiff", accused her of an
# "artful smear", dubbed it "Obamacare". Short quoted words after one are a label, not a scare quote.
LABELLING_VERBS: tuple[str, ...] = (
    "call", "accuse", "describe", "dub", "label", "brand", "term", "slam", "blast", "denounce", "dismiss",
    "praise", "criticize", "criticise",
)  # fmt: skip
# Verbs that attribute a quotation beside them but introduce no reported clause ("“...,” he quipped").
QUOTING_ONLY_VERBS: tuple[str, ...] = ("continue", "quip", "conclude")
# Verbs that tell news: a future told by one is planned ("said he would visit"; one promised or vowed is not
# yet a plan), and a date just after one is the report's date ("..., her office said on Tuesday").
TELLING_VERBS: tuple[str, ...] = (
    "say", "tell", "report", "announce", "state", "add", "confirm", "disclose", "write", "indicate", "reveal",
    "hint",
)  # fmt: skip
# Lemmas that are also common nouns ("the report", "her plans"): their bare and -s forms report only
# before "that", "to" or a subject pronoun, and their -s form is no quotation's cue.
NOUN_LIKE_VERBS = frozenset((
    "back", "support", "brand", "term", "attack", "welcome", "endorse", "blast", "slam", "label", "defend",
    "aim", "answer", "call", "challenge", "charge", "cite", "claim", "comment", "concern", "counter",
    "decline", "demand", "doubt", "estimate", "fear", "find", "guess", "hope", "mention", "plan", "pledge",
    "post", "praise", "promise", "protest", "question", "recall", "remark", "reply", "report", "respond",
    "show", "signal", "threaten", "tweet", "vow", "wish", "name", "voice", "order", "dispute", "talk",
    "plead", "read", "present", "echo", "yell", "scream", "chant", "fume", "elaborate", "love", "hate", "respect", "regret", "envy", "distrust", "mistrust",
))  # fmt: skip
# Past forms that the regular rule does not give (besides the regular ones, which some verbs also have).
IRREGULAR_PAST: dict[str, tuple[str, ...]] = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "think": ("thought",),
    "feel": ("felt",), "see": ("saw", "seen"), "know": ("knew", "known"), "find": ("found",), "seek": ("sought",), "show": ("shown",),
    "prove": ("proven",), "understand": ("understood",), "read": ("read",), "label": ("labelled",),
    "speak": ("spoke", "spoken"),
}  # fmt: skip
# The regular past of these is not a word ("sayed", "readed"): only the irregular one is.
_NO_REGULAR_PAST = frozenset((
    "say", "tell", "write", "think", "feel", "know", "find", "seek", "understand", "read", "see", "speak",
))  # fmt: skip


def inflections(lemma: str) -> list[str]:
    """The forms of a verb: lemma, -s, -ed, -ing, by regular rules plus the irregular forms."""
    return [lemma, *regular_forms(lemma), *IRREGULAR_PAST.get(lemma, ())]


def finite_forms(lemma: str, *, third_person: bool = True) -> tuple[str, ...]:
    """The forms of a verb that make a clause on their own: its past, and its -s form unless
    ``third_person`` is False ("said", "says"; "tweeted" but not "tweets", where that reads as a noun)."""
    s, ed, _ = regular_forms(lemma)
    past = IRREGULAR_PAST.get(lemma, ())
    past = past if lemma in _NO_REGULAR_PAST else (ed, *past)
    return (*past, s) if third_person else past


def quote_cue_verbs() -> tuple[str, ...]:
    """The verb forms that attribute a quotation beside them: the finite forms of the speech verbs that
    take a clause and of the verbs that only quote (a labelling verb puts words on a person instead; the
    -s form of a verb that is also a noun reads as the noun), and "say", "saying" ("he was quoted as saying")."""
    verbs = [v for v in (*_SPEECH_CLAUSE, *QUOTING_ONLY_VERBS) if v not in LABELLING_VERBS]
    forms = [f for v in verbs for f in finite_forms(v, third_person=v not in NOUN_LIKE_VERBS)]
    return tuple(dict.fromkeys(("say", "saying", *forms)))


def word_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (longest first), for use between word boundaries; the words of a
    phrase may stand apart by any blank space ("called off")."""
    return "|".join(sorted({r"\s+".join(map(re.escape, w.split())) for w in words}, key=lambda w: (-len(w), w)))


def word_regex(body: str) -> re.Pattern[str]:
    """``body`` (words or an alternation of patterns) as whole words, in any case."""
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE)


def not_a_function_word() -> str:
    """A lookahead that no function word passes, capitalised or not: put before the capitalised words of a name
    ("Sergei Lavrov", not "Since Putin")."""
    return r"(?!(?i:" + word_pattern(FUNCTION_WORDS) + r")\b)"


def agent_plural() -> str:
    """A regex body for one word that is an agent noun in the plural (:data:`AGENT_ENDINGS`), not one of the things
    of the same endings (:data:`THING_PLURALS`)."""
    return r"(?!(?:" + word_pattern(THING_PLURALS) + r")\b)[a-z]+(?:" + "|".join(AGENT_ENDINGS) + ")"


def weekday_pattern() -> str:
    """The weekday names as text writes them, capitalised: "Monday|Tuesday|...", for a pattern."""
    return "|".join(name.capitalize() for name in WEEKDAY_NAMES)


# ---------------------------------------------------------------------------
# Tense and mood

# Past forms of the verbs of travel and contact that do not end in -ed ("flew to", "met with", "held talks").
EVENT_PAST_IRREGULAR: tuple[str, ...] = (
    "flew", "flown", "went", "gone", "left", "met", "took", "held", "spoke", "came", "fled", "rode", "drove",
    "shook",
)  # fmt: skip
# Words that call an event off ("cancelled", "called off", "postponed").
CANCEL_WORDS: tuple[str, ...] = (
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "called off",
    "call off", "postpone", "postpones", "postponed", "postponing", "postponement", "scrapped", "put off",
    "suspended", "delayed", "abandon", "abandons", "abandoned", "shelved", "scraps", "scrap",
)  # fmt: skip
# Words that put an event in the future ("will", "plans to", "is scheduled"); a reader adds what its own
# context allows (a bare "expected" in a whole sentence, "to" just before the event word).
PLANNED_WORDS: tuple[str, ...] = (
    "will", "plan to", "plans to", "planned to", "expected to", "scheduled", "due to", "set to", "intend to",
    "intends to", "intended to", "preparing to", "upcoming", "proposed",
)  # fmt: skip

# ---------------------------------------------------------------------------
# Places

# Country names and variants news uses that pycountry's name/official/common names miss, to alpha-2 codes.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "usa": "US", "united states": "US", "united states of america": "US", "america": "US",
    "the states": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "united kingdom": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "united kingdom of great britain and northern ireland": "GB",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "rok": "KR",
    "north korea": "KP", "dprk": "KP", "democratic people's republic of korea": "KP",
    "russia": "RU", "russian federation": "RU",
    "iran": "IR", "islamic republic of iran": "IR", "persia": "IR",
    "syria": "SY", "vietnam": "VN", "viet nam": "VN",
    "taiwan": "TW", "republic of china": "TW", "chinese taipei": "TW",
    "china": "CN", "mainland china": "CN", "prc": "CN", "people's republic of china": "CN",
    "turkey": "TR", "turkiye": "TR", "republic of turkey": "TR",
    "czech republic": "CZ", "czechia": "CZ",
    "ivory coast": "CI", "cote d'ivoire": "CI", "cote divoire": "CI",
    "congo": "CG", "republic of congo": "CG", "republic of the congo": "CG", "congo-brazzaville": "CG",
    "congo brazzaville": "CG",
    "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "congo-kinshasa": "CD", "congo kinshasa": "CD", "zaire": "CD",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "laos": "LA", "lao": "LA", "moldova": "MD",
    "palestine": "PS", "state of palestine": "PS", "palestinian territories": "PS",
    "occupied palestinian territories": "PS", "palestinian territory": "PS",
    "holland": "NL", "netherlands": "NL",
    "burma": "MM", "myanmar": "MM",
    "swaziland": "SZ", "eswatini": "SZ",
    "east timor": "TL", "timor-leste": "TL",
    "vatican": "VA", "vatican city": "VA", "holy see": "VA",
    "macedonia": "MK", "north macedonia": "MK",
    "uae": "AE", "emirates": "AE", "united arab emirates": "AE",
    "hong kong": "HK", "macau": "MO", "macao": "MO",
    "kosovo": "XK",
    "cape verde": "CV", "cabo verde": "CV",
    "micronesia": "FM", "brunei": "BN", "the gambia": "GM", "gambia": "GM", "bahamas": "BS",
    "philippines": "PH", "the philippines": "PH", "saudi": "SA", "ksa": "SA",
    "bosnia": "BA", "bosnia-herzegovina": "BA", "bosnia and herzegovina": "BA",
    "south sudan": "SS", "sudan": "SD", "falklands": "FK", "falkland islands": "FK",
    "st. lucia": "LC", "st lucia": "LC", "st. kitts and nevis": "KN", "st. vincent and the grenadines": "VC",
    "trinidad": "TT", "new zealand": "NZ", "aotearoa": "NZ",
    "greenland": "GL", "puerto rico": "PR", "guam": "GU",
}  # fmt: skip
