"""Words that name bodies, not people: an organisation's head noun, the word that ends a company's name, and
the words that end the names of places and clubs. A capitalised run holding one is no person's name."""

from __future__ import annotations

__all__ = ["COMPANY_WORDS", "ORG_WORDS", "PLACE_ENDS", "PLACE_STARTS", "SITE_ENDS"]

# Words that make a run an organisation: "State department", "Reuters", "Hawthorne Elementary", "Hartwell Rovers".
ORG_WORDS = frozenset(
    ["department", "ministry", "agency", "council", "party", "government", "union", "nations", "organisation", "organization", "bank", "company", "corporation", "committee", "commission", "office", "embassy", "army", "navy", "police", "court", "parliament", "congress", "senate", "house", "university", "institute", "association", "federation", "fund", "group", "reuters", "yonhap", "kyodo", "press", "news", "times", "post", "administration", "alliance", "forces", "council", "authority", "service", "bureau", "league", "network", "broadcasting",
     "daily", "monitor", "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "chronicle", "review",
     "magazine", "radio", "television", "tv", "channel", "newspaper", "media", "foundation", "airlines", "airways",
     "district", "school", "elementary", "academy", "college", "hospital", "clinic", "street", "avenue", "stadium",
     "cathedral", "museum", "library", "airport", "rovers", "athletic", "wanderers", "rangers", "albion", "fc",
     "trust"]
)
# Words that end the name of a company: "Corvallis Foods", "Ridgeline Pharmaceuticals", "Aros Kapital".
COMPANY_WORDS = frozenset((
    "foods", "pharmaceuticals", "pharma", "holdings", "inc", "ltd", "plc", "llc", "capital", "kapital", "partners",
    "motors", "energy", "systems", "technologies", "technology", "labs", "industries", "corp", "co", "brands",
    "mining", "resources", "entertainment", "insurance", "healthcare", "logistics", "telecom", "communications",
    "software", "electronics", "therapeutics", "brewing", "steel", "retail", "stores", "enterprises", "ventures",
    "investments", "securities", "financial", "shipping", "chemicals", "construction", "developments",
))  # fmt: skip
# Words that end the names of places and clubs, never a surname: "Ashby Town", "Leeds United", "Kent County".
PLACE_ENDS = frozenset(("town", "city", "county", "united"))
# Words that open the name of a place, never a given name: "Fort Pierce", "Mount Kenya", "Lake Placid", "Cape Town".
PLACE_STARTS = frozenset(("fort", "mount", "mt.", "lake", "cape", "port", "camp"))
# Words that end the name of a site or a building ("Holm Park", "City Hall", "St. Mary's Church"): a place where the
# text writes it after a preposition of place ("at Holm Park"), though some are surnames too ("Sarah Park").
SITE_ENDS = frozenset((
    "park", "hall", "square", "church", "chapel", "mosque", "temple", "basilica", "synagogue", "shrine", "arena",
    "station", "palace", "hotel", "centre", "center", "plaza", "garden", "gardens", "memorial", "monument", "bridge",
    "tower", "building", "cemetery", "harbour", "harbor", "port", "road", "boulevard", "camp", "prison", "jail",
    "market", "mall", "field", "beach", "castle", "abbey", "club",
))  # fmt: skip
