"""The word lists the runtime shares, one copy of each, so that they cannot drift apart.

Dates (month and weekday names, number words), people (titles, role words, pronouns),
speech (speech verbs) and places (country aliases). Words are lower case, without a
full stop. A module that needs a list a little different from the shared one builds it
from the shared base and says how it differs, next to where it is used.

``summarizer.eval`` keeps its own lists on purpose: what measures the output must not
share its words with what produces it.
"""

from __future__ import annotations

__all__ = [
    "COUNTRY_ALIASES",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NUMBER_WORDS",
    "PRONOUNS",
    "ROLE_WORDS",
    "SPEECH_VERBS",
    "SUBJECT_PRONOUNS",
    "TIMES_OF_DAY",
    "TITLE_ABBREVIATIONS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
]

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
# Words of a title or role before a name ("US Secretary of State", "newly appointed Defence minister").
ROLE_WORDS = frozenset({
    "secretary", "minister", "ministers", "president", "vice", "prime", "foreign", "defence", "defense",
    "state", "of", "the", "chancellor", "king", "queen", "pope", "senator", "representative", "governor",
    "general", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chief", "director",
    "chairman", "chairwoman", "chair", "leader", "mayor", "premier", "deputy", "assistant",
    "undersecretary", "under", "commander", "admiral", "lieutenant", "colonel", "adviser", "advisor",
    "security", "national", "newly", "appointed", "former", "acting", "new", "top", "interior", "finance",
    "trade", "economy", "justice", "health", "education", "home", "affairs", "opposition", "party",
    "official", "officials", "crown", "prince", "princess", "sheikh", "emir", "sultan", "speaker", "house",
    "majority", "minority", "whip", "attorney", "federal", "supreme", "court", "judge", "lawmaker",
    "congressman", "congresswoman", "mp", "mep", "commissioner", "executive", "ceo", "founder", "head",
})  # fmt: skip
# Pronouns and indefinite words that stand for a person without naming one.
PRONOUNS = frozenset({
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their", "its",
    "our", "us", "me", "who", "someone", "anyone",
})  # fmt: skip
# The pronouns that stand as the subject of a speech verb ("he said", "they told reporters").
SUBJECT_PRONOUNS: tuple[str, ...] = ("he", "she", "they")

# ---------------------------------------------------------------------------
# Speech

# Verbs that report speech, as written (no inflection rules): the quote finder's cues and the
# reported-speech finder's verbs both start from these.
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "told", "tells", "added", "noted", "notes", "stated", "states", "explained",
    "warned", "warns", "insisted", "insists", "argued", "argues", "announced", "stressed", "claimed",
    "claims", "acknowledged", "admitted", "suggested", "predicted", "emphasized", "emphasised",
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
