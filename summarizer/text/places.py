"""Countries and places: names, variants and demonyms to ISO 3166-1 alpha-2 codes.

:func:`country_code` maps a country name or a common variant ("U.S.", "Britain",
"South Korea", "Türkiye", "the Netherlands") to its alpha-2 code, using
:mod:`pycountry` for the official names plus an alias table for the names news
actually uses. :func:`country_code_for_adjective` does the same for adjectives and
demonyms ("Japanese", "South Korean", "Americans"). :func:`place_for` builds a
:class:`~summarizer.schemas.Place` with the country filled in where it can be
resolved: from the name itself, the ``country`` argument, a "City, Country" or
"City, State" form, or a small table of capitals and major cities.

Choices:

* Matching ignores case, accents ("Ciudad Juarez" == "Ciudad Juárez"), dots
  ("U.S." == "US"), curly apostrophes, a leading "the" and a possessive "'s".
  Bare ISO codes are not country names for :func:`country_code` ("PM", "AI",
  "CAN" are words too); only the usual abbreviations (US, USA, UK, UAE, DRC,
  DPRK, PRC, ROK, KSA) are. The ``country`` argument of :func:`place_for` may be
  a bare code in capitals ("JP", "JPN").
* Country names in :class:`Place` are the short English names news uses:
  "United States", "United Kingdom", "South Korea", "Russia", "Iran", "Turkey",
  "Czech Republic", "Ivory Coast", "Democratic Republic of the Congo", ...
* "Congo" alone is the Republic of the Congo (CG, its ISO name); "DRC",
  "DR Congo", "Democratic Republic of (the) Congo" and "Congo-Kinshasa" are CD.
  "Korea" alone is South Korea (KR). "Georgia" alone is the country (GE); in
  "Atlanta, Georgia" the city table decides. England, Scotland, Wales and
  Northern Ireland are GB. Kosovo is XK (user-assigned, not in pycountry).
* A name that is a country wins over the ``country`` argument, except "Georgia"
  with ``country="US"`` (the state).
* Regions and organisations ("Europe", "EU", "Middle East") resolve to nothing.
* :mod:`pycountry` is imported on first use, and lookups are cached.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from summarizer.schemas import Place
from summarizer.text.lexicon import COUNTRY_ALIASES

__all__ = [
    "country_code",
    "country_code_for_adjective",
    "country_name",
    "is_known_place",
    "is_us_state",
    "lookup_keys",
    "place_for",
]

# Short English names for Place.country where pycountry's name reads oddly in news.
_DISPLAY_NAMES: dict[str, str] = {
    "US": "United States", "GB": "United Kingdom", "KR": "South Korea", "KP": "North Korea",
    "RU": "Russia", "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "TW": "Taiwan", "TR": "Turkey",
    "CZ": "Czech Republic", "CI": "Ivory Coast", "CG": "Republic of the Congo",
    "CD": "Democratic Republic of the Congo", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
    "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "MM": "Myanmar", "MK": "North Macedonia",
    "VA": "Vatican City", "FM": "Micronesia", "BN": "Brunei", "CV": "Cape Verde", "XK": "Kosovo",
    "FK": "Falkland Islands", "HK": "Hong Kong", "MO": "Macau", "BA": "Bosnia and Herzegovina",
}  # fmt: skip

_ADJECTIVES: dict[str, str] = {
    "american": "US", "u.s.": "US", "us": "US", "british": "GB", "briton": "GB", "brit": "GB",
    "english": "GB", "scottish": "GB", "scots": "GB", "welsh": "GB", "northern irish": "GB",
    "canadian": "CA", "mexican": "MX", "japanese": "JP", "chinese": "CN", "south korean": "KR",
    "korean": "KR", "north korean": "KP", "taiwanese": "TW", "mongolian": "MN",
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "belarusan": "BY", "french": "FR",
    "german": "DE", "italian": "IT", "spanish": "ES", "portuguese": "PT", "dutch": "NL",
    "belgian": "BE", "swiss": "CH", "austrian": "AT", "irish": "IE", "icelandic": "IS",
    "swedish": "SE", "swede": "SE", "norwegian": "NO", "danish": "DK", "dane": "DK", "finnish": "FI",
    "finn": "FI", "polish": "PL", "pole": "PL", "czech": "CZ", "slovak": "SK", "hungarian": "HU",
    "romanian": "RO", "bulgarian": "BG", "greek": "GR", "cypriot": "CY", "maltese": "MT",
    "serbian": "RS", "serb": "RS", "croatian": "HR", "croat": "HR", "bosnian": "BA",
    "slovenian": "SI", "slovene": "SI", "albanian": "AL", "montenegrin": "ME", "kosovar": "XK",
    "macedonian": "MK", "north macedonian": "MK", "moldovan": "MD", "estonian": "EE",
    "latvian": "LV", "lithuanian": "LT", "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ",
    "azeri": "AZ", "turkish": "TR", "turk": "TR", "luxembourgish": "LU",
    "indian": "IN", "pakistani": "PK", "afghan": "AF", "afghani": "AF", "bangladeshi": "BD",
    "sri lankan": "LK", "nepali": "NP", "nepalese": "NP", "bhutanese": "BT", "maldivian": "MV",
    "iranian": "IR", "persian": "IR", "iraqi": "IQ", "syrian": "SY", "israeli": "IL",
    "palestinian": "PS", "lebanese": "LB", "jordanian": "JO", "saudi": "SA", "saudi arabian": "SA",
    "emirati": "AE", "qatari": "QA", "kuwaiti": "KW", "bahraini": "BH", "omani": "OM",
    "yemeni": "YE", "egyptian": "EG", "libyan": "LY", "tunisian": "TN", "algerian": "DZ",
    "moroccan": "MA", "sudanese": "SD", "south sudanese": "SS", "ethiopian": "ET", "eritrean": "ER",
    "somali": "SO", "kenyan": "KE", "ugandan": "UG", "rwandan": "RW", "tanzanian": "TZ",
    "nigerian": "NG", "ghanaian": "GH", "senegalese": "SN", "malian": "ML", "ivorian": "CI",
    "cameroonian": "CM", "congolese": "CD", "angolan": "AO", "mozambican": "MZ",
    "zimbabwean": "ZW", "zambian": "ZM", "south african": "ZA", "namibian": "NA",
    "botswanan": "BW", "malagasy": "MG", "nigerien": "NE", "chadian": "TD", "burkinabe": "BF",
    "kazakh": "KZ", "kazakhstani": "KZ", "uzbek": "UZ", "kyrgyz": "KG", "tajik": "TJ",
    "turkmen": "TM", "indonesian": "ID", "malaysian": "MY", "singaporean": "SG",
    "filipino": "PH", "philippine": "PH", "thai": "TH", "vietnamese": "VN", "cambodian": "KH",
    "laotian": "LA", "lao": "LA", "burmese": "MM", "myanmar": "MM", "bruneian": "BN",
    "australian": "AU", "new zealand": "NZ", "kiwi": "NZ", "fijian": "FJ", "papua new guinean": "PG",
    "brazilian": "BR", "argentine": "AR", "argentinian": "AR", "argentinean": "AR", "chilean": "CL",
    "colombian": "CO", "peruvian": "PE", "venezuelan": "VE", "bolivian": "BO", "ecuadorian": "EC",
    "uruguayan": "UY", "paraguayan": "PY", "cuban": "CU", "haitian": "HT", "dominican": "DO",
    "jamaican": "JM", "guatemalan": "GT", "honduran": "HN", "salvadoran": "SV",
    "salvadorean": "SV", "nicaraguan": "NI", "costa rican": "CR", "panamanian": "PA",
    "puerto rican": "PR", "trinidadian": "TT", "bahamian": "BS", "barbadian": "BB",
}  # fmt: skip
# Plural demonyms that are not "adjective + s".
_PLURAL_DEMONYMS: dict[str, str] = {
    "britons": "GB", "brits": "GB", "swedes": "SE", "danes": "DK", "finns": "FI", "poles": "PL",
    "serbs": "RS", "croats": "HR", "turks": "TR", "filipinos": "PH", "kiwis": "NZ",
}  # fmt: skip

# Capitals and big cities -> country code. Keys are normalised (lower case, no accents).
_CITIES: dict[str, str] = {
    # Americas
    "washington": "US", "washington, d.c.": "US", "washington dc": "US", "washington d.c.": "US",
    "new york": "US", "new york city": "US", "los angeles": "US", "chicago": "US", "houston": "US",
    "san francisco": "US", "miami": "US", "boston": "US", "seattle": "US", "atlanta": "US",
    "el paso": "US", "san diego": "US", "philadelphia": "US", "dallas": "US", "detroit": "US",
    "honolulu": "US", "anchorage": "US", "las vegas": "US", "denver": "US", "new orleans": "US",
    "camp david": "US", "the pentagon": "US", "pentagon": "US", "the white house": "US",
    "white house": "US", "capitol hill": "US", "silicon valley": "US", "pearl harbor": "US",
    "ottawa": "CA", "toronto": "CA", "montreal": "CA", "vancouver": "CA", "calgary": "CA", "quebec": "CA",
    "mexico city": "MX", "ciudad juarez": "MX", "juarez": "MX", "tijuana": "MX", "monterrey": "MX",
    "guadalajara": "MX", "cancun": "MX",
    "havana": "CU", "guatemala city": "GT", "tegucigalpa": "HN", "san salvador": "SV", "managua": "NI",
    "panama city": "PA", "bogota": "CO", "caracas": "VE", "quito": "EC", "lima": "PE",
    "la paz": "BO", "santiago": "CL", "buenos aires": "AR", "montevideo": "UY", "asuncion": "PY",
    "brasilia": "BR", "sao paulo": "BR", "rio de janeiro": "BR", "port-au-prince": "HT",
    "santo domingo": "DO", "kingston": "JM",
    # Europe
    "london": "GB", "edinburgh": "GB", "manchester": "GB", "belfast": "GB", "cardiff": "GB",
    "glasgow": "GB", "birmingham": "GB", "downing street": "GB",
    "dublin": "IE", "paris": "FR", "marseille": "FR", "lyon": "FR", "strasbourg": "FR", "nice": "FR",
    "berlin": "DE", "munich": "DE", "frankfurt": "DE", "hamburg": "DE", "bonn": "DE", "cologne": "DE",
    "brussels": "BE", "antwerp": "BE", "amsterdam": "NL", "the hague": "NL", "rotterdam": "NL",
    "luxembourg": "LU", "geneva": "CH", "zurich": "CH", "bern": "CH", "davos": "CH", "lausanne": "CH",
    "vienna": "AT", "rome": "IT", "milan": "IT", "naples": "IT", "venice": "IT", "florence": "IT",
    "vatican city": "VA", "madrid": "ES", "barcelona": "ES", "lisbon": "PT", "porto": "PT",
    "athens": "GR", "nicosia": "CY", "valletta": "MT", "copenhagen": "DK", "oslo": "NO",
    "stockholm": "SE", "helsinki": "FI", "reykjavik": "IS", "tallinn": "EE", "riga": "LV",
    "vilnius": "LT", "warsaw": "PL", "krakow": "PL", "prague": "CZ", "bratislava": "SK",
    "budapest": "HU", "bucharest": "RO", "sofia": "BG", "belgrade": "RS", "zagreb": "HR",
    "ljubljana": "SI", "sarajevo": "BA", "podgorica": "ME", "skopje": "MK", "tirana": "AL",
    "pristina": "XK", "chisinau": "MD", "kyiv": "UA", "kiev": "UA", "kharkiv": "UA", "odesa": "UA",
    "odessa": "UA", "lviv": "UA", "minsk": "BY", "moscow": "RU", "st. petersburg": "RU",
    "st petersburg": "RU", "saint petersburg": "RU", "sochi": "RU", "vladivostok": "RU",
    "the kremlin": "RU", "kremlin": "RU",
    "tbilisi": "GE", "yerevan": "AM", "baku": "AZ", "ankara": "TR", "istanbul": "TR",
    # Middle East and Africa
    "tehran": "IR", "baghdad": "IQ", "erbil": "IQ", "damascus": "SY", "aleppo": "SY", "beirut": "LB",
    "amman": "JO", "jerusalem": "IL", "tel aviv": "IL", "gaza": "PS", "gaza strip": "PS",
    "west bank": "PS", "ramallah": "PS", "riyadh": "SA", "jeddah": "SA", "mecca": "SA",
    "abu dhabi": "AE", "dubai": "AE", "doha": "QA", "kuwait city": "KW", "manama": "BH",
    "muscat": "OM", "sanaa": "YE", "sana'a": "YE", "aden": "YE", "cairo": "EG", "sharm el-sheikh": "EG",
    "tripoli": "LY", "tunis": "TN", "algiers": "DZ", "rabat": "MA", "casablanca": "MA",
    "khartoum": "SD", "juba": "SS", "addis ababa": "ET", "asmara": "ER", "mogadishu": "SO",
    "nairobi": "KE", "kampala": "UG", "kigali": "RW", "dodoma": "TZ", "dar es salaam": "TZ",
    "lagos": "NG", "abuja": "NG", "accra": "GH", "dakar": "SN", "bamako": "ML", "abidjan": "CI",
    "yaounde": "CM", "kinshasa": "CD", "brazzaville": "CG", "luanda": "AO", "maputo": "MZ",
    "harare": "ZW", "lusaka": "ZM", "pretoria": "ZA", "johannesburg": "ZA", "cape town": "ZA",
    "windhoek": "NA", "antananarivo": "MG", "niamey": "NE", "n'djamena": "TD", "ouagadougou": "BF",
    # Asia and Oceania
    "beijing": "CN", "shanghai": "CN", "wuhan": "CN", "shenzhen": "CN", "guangzhou": "CN",
    "hong kong": "HK", "macau": "MO", "taipei": "TW", "tokyo": "JP", "osaka": "JP", "kyoto": "JP",
    "hiroshima": "JP", "okinawa": "JP", "seoul": "KR", "busan": "KR", "pyongyang": "KP",
    "ulaanbaatar": "MN", "new delhi": "IN", "delhi": "IN", "mumbai": "IN", "kolkata": "IN",
    "bangalore": "IN", "bengaluru": "IN", "chennai": "IN", "islamabad": "PK", "karachi": "PK",
    "lahore": "PK", "kabul": "AF", "kandahar": "AF", "dhaka": "BD", "colombo": "LK",
    "kathmandu": "NP", "thimphu": "BT", "astana": "KZ", "nur-sultan": "KZ",
    "almaty": "KZ", "tashkent": "UZ", "bishkek": "KG", "dushanbe": "TJ", "ashgabat": "TM",
    "bangkok": "TH", "hanoi": "VN", "ho chi minh city": "VN", "phnom penh": "KH", "vientiane": "LA",
    "naypyitaw": "MM", "naypyidaw": "MM", "yangon": "MM", "rangoon": "MM", "kuala lumpur": "MY",
    "singapore": "SG", "jakarta": "ID", "bali": "ID", "manila": "PH", "bandar seri begawan": "BN",
    "dili": "TL", "canberra": "AU", "sydney": "AU", "melbourne": "AU", "brisbane": "AU",
    "perth": "AU", "wellington": "NZ", "auckland": "NZ", "suva": "FJ", "port moresby": "PG",
}  # fmt: skip

# US states (and DC) for "City, State" forms. Georgia is left to the country.
_US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
    "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
    "vermont", "virginia", "wisconsin", "wyoming", "new hampshire", "new jersey", "new mexico",
    "new york", "north carolina", "north dakota", "rhode island", "south carolina", "south dakota",
    "west virginia", "washington state", "d.c.", "dc", "district of columbia",
})  # fmt: skip

_STATE_COUNTRIES = frozenset({"georgia"})

_CODE_RE = re.compile(r"^[A-Z]{2,3}$")


def _key(text: str) -> str:
    """Normalise a name for lookup: no accents, lower case, plain apostrophes, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2013", "-")
    text = re.sub(r"\s+", " ", text).strip().strip("\"'\u201c\u201d()[],;:!?").strip()
    text = text.lower()
    text = re.sub(r"'s$", "", text)
    return text


def _dotless(key: str) -> str:
    return key.replace(".", "").strip()


def _is_state_key(key: str) -> bool:
    return key in _US_STATES or _dotless(key) in _US_STATES


def is_us_state(name: str) -> bool:
    """True for the name of a US state or DC ('South Carolina', 'Texas')."""
    return _is_state_key(_key(name))


def _variants(key: str) -> list[str]:
    """``key`` as is, without a leading "the", and each without dots, in that order."""
    keys = [key]
    if key.startswith("the "):
        keys.append(key[4:])
    keys += [_dotless(k) for k in keys]
    return keys


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    """Every pycountry name (name, official, common; accent-free, lower case) plus aliases -> code."""
    import pycountry  # lazy: startup time matters

    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = str(country.alpha_2)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                index.setdefault(_key(value), code)
    index.update(COUNTRY_ALIASES)
    for key, code in list(index.items()):
        index.setdefault(_dotless(key), code)
    return index


@lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[str, str]]:
    """alpha-2 and alpha-3 codes -> (alpha-2, pycountry name)."""
    import pycountry

    codes: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        entry = (str(country.alpha_2), str(country.name))
        codes[str(country.alpha_2)] = entry
        codes[str(country.alpha_3)] = entry
    codes.setdefault("XK", ("XK", "Kosovo"))
    return codes


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of the country ``name`` names, or None.

    Accepts official and common names and the variants news uses ("U.S.",
    "Britain", "South Korea", "Türkiye", "the Netherlands", "DRC"), in any case,
    with or without accents and a leading "the". Bare ISO codes are not names
    ("PM", "AI", "CAN" are words in running text); only the usual abbreviations
    (US, USA, UK, UAE, DRC, DPRK, PRC, ROK, KSA) count.
    """
    if not isinstance(name, str):
        return None
    index = _country_index()
    for key in _variants(_key(name)):
        if key in index:
            return index[key]
    return None


@lru_cache(maxsize=4096)
def country_code_for_adjective(word: str) -> str | None:
    """ISO alpha-2 code for a country adjective or demonym ("Japanese", "South Korean", "Saudis").

    Plurals ("Americans", "Israelis", "Britons") are accepted; a word that is
    itself a country name or variant ("U.S." in "U.S. officials") falls back to
    :func:`country_code`.
    """
    if not isinstance(word, str):
        return None
    for key in _variants(_key(word)):
        if key in _ADJECTIVES:
            return _ADJECTIVES[key]
        if key in _PLURAL_DEMONYMS:
            return _PLURAL_DEMONYMS[key]
        if key.endswith("s") and key[:-1] in _ADJECTIVES:
            return _ADJECTIVES[key[:-1]]
    return country_code(word)


@lru_cache(maxsize=512)
def country_name(code: str) -> str | None:
    """The short English name :class:`Place` uses for alpha-2 ``code`` ("KR" -> "South Korea")."""
    code = code.strip().upper()
    if code in _DISPLAY_NAMES:
        return _DISPLAY_NAMES[code]
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    common = getattr(country, "common_name", None)
    return str(common) if isinstance(common, str) else str(country.name)


def _city_country(name: str) -> str | None:
    """Country code for a known city or a "City, Country" / "City, State" form."""
    key = _key(name)
    for candidate in _variants(key):
        if candidate in _CITIES:
            return _CITIES[candidate]
    if "," in key:
        head, _, tail = key.rpartition(",")
        head, tail = head.strip(), tail.strip()
        for candidate in _variants(head):
            if candidate in _CITIES:
                return _CITIES[candidate]
        code = country_code(tail)
        if code:
            return code
        if _is_state_key(tail):
            return "US"
    return None


def _country_field_code(country: str) -> str | None:
    """Like :func:`country_code`, but a field known to hold a country may also be a bare code."""
    code = country_code(country)
    raw = country.strip()
    if code is None and _CODE_RE.match(raw) and raw in _codes():
        code = _codes()[raw][0]
    return code


@lru_cache(maxsize=4096)
def _resolve_place(name: str, country: str | None) -> tuple[str | None, str | None]:
    code = country_code(name)
    if code and not (_key(name) in _STATE_COUNTRIES and country and _country_field_code(country) == "US"):
        return country_name(code), code
    if country:
        code = _country_field_code(country)
        if code:
            return country_name(code), code
    code = _city_country(name)
    if code:
        return country_name(code), code
    if country and country.strip():
        return country.strip(), None
    return None, None


def is_known_place(name: str) -> bool:
    """True for a place the gazetteer resolves to a country, or a US state ('Lisbon', 'Japan', 'Michigan')."""
    return place_for(name).country_code is not None or is_us_state(name)


def place_for(name: str, country: str | None = None) -> Place:
    """A :class:`Place` for ``name`` with its country and ISO code filled where resolvable.

    If ``name`` is itself a country, ``country`` is its short English name and
    ``country_code`` its code. Otherwise the ``country`` argument (a name, a variant
    or an alpha-2/alpha-3 code in capitals) is used; failing that a "City, Country"/"City, State" form or the
    built-in table of capitals and major cities. An unresolvable ``country``
    argument is kept as given, without a code. ``name`` is kept as given (stripped).
    """
    clean = name.strip()
    resolved_country, code = _resolve_place(clean, country)
    return Place(name=clean, country=resolved_country, country_code=code)


def lookup_keys(name: str) -> list[str]:
    """The keys a name is looked up by: normalised (no accents, lower case, plain apostrophes), then without a
    leading "the", then each without dots ("The U.S." -> "the u.s.", "u.s.", "the us", "us")."""
    return _variants(_key(name))
