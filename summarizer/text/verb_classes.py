"""Whole verb classes for the gates, by lemma, after Levin's English Verb Classes and Alternations (1993) and
FrameNet's frames of travel and coming together (Self_motion, Arriving, Visiting, Come_together): every
member of a class is asked, in every inflection, with the frame that gives it the event's sense (a path to a named
place for motion, a partner after "with" for contact), so the gate follows the language rather than the wordings
of articles already read.

A verb asked here only makes the sentence a question for the model; the model and the record rules decide."""

from __future__ import annotations

from summarizer.text.frames import FRAME_CONTACTS, FRAME_JOURNEYS, NAMED
from summarizer.text.lexicon import (
    COMPANY_NOUNS,
    PERSON_TITLES,
    agent_plural,
    inflections,
    word_pattern,
)

__all__ = ["JOURNEY_CLASSES", "PARTNER_CLASSES"]


def _forms(lemmas: tuple[str, ...], extra: tuple[str, ...] = ()) -> str:
    """A group of every inflection of ``lemmas``, and ``extra`` forms."""
    return "(?:" + word_pattern([*(form for lemma in lemmas for form in inflections(lemma)), *extra]) + ")"


# 51.1 verbs of inherently directed motion, and changing one's home or side: "advanced to", "withdrew to Camp
# Rall", "defected to the South", "will move to Geneva", "headed alone to Vessa" (with any adverb before the path).
_DIRECTED = ("advance", "ascend", "climb", "descend", "exit", "proceed", "retreat", "withdraw", "move", "immigrate",
             "defect", "commute", "relocate", "go", "return", "head", "travel", "journey")  # fmt: skip
# 51.3.2 verbs of manner of motion (not "march": the design leaves marches out): "strolled into", "swam to".
# FrameNet's Self_motion adds the rest: "sauntered into", "traipsed back to".
_MANNER = ("amble", "crawl", "jog", "limp", "roam", "run", "sprint", "stroll", "swim", "trudge", "wade", "wander",
           "scramble", "stride", "clamber", "meander", "plod", "ramble", "saunter", "scurry", "sneak", "stagger",
           "stumble", "tiptoe", "traipse", "tramp", "trot")  # fmt: skip
# 51.4 verbs of travel by a vehicle, of one's own or taking others: "boated to", "taxied into", "bussed the
# volunteers to".
_VEHICLE = ("bike", "boat", "bus", "canoe", "ferry", "helicopter", "kayak", "parachute", "raft", "ski", "sled",
            "taxi", "yacht", "airlift", "shuttle", "truck", "cab")  # fmt: skip
_IRREGULAR = ("withdrew", "withdrawn", "ran", "swam", "swum", "strode", "stridden", "canoeing", "bussed", "bussing",
              "went", "gone", "travelled", "travelling")
# 51.7 verbs of accompanying, and 11.1-11.4 sending, carrying and bringing people: "ushered her into the Blue
# Room", "guided the delegates to Mossra", "smuggled them into Turkey" (not "lead", also a road's or a cause's: "a
# road leading to the nightclub"; leading people is in text/journeys.py).
_ACCOMPANY = ("guide", "usher", "shepherd", "chaperone", "transport", "carry", "smuggle", "drive", "fly", "ferry")
_ACCOMPANY_IRREGULAR = ("drove", "driven", "flew", "flown")
# Levin 46 verbs of lodging, and holidaying (not "stay", which is also staying put: "but stayed in Lima"): "will
# overnight in Bergen", "is holidaying in Crete"; camping as a verb only ("camped in Osk", not "a camp in Gaza").
_LODGE = ("lodge", "sojourn", "overnight", "holiday", "vacation", "bivouac", "encamp")
_LODGE_IRREGULAR = ("camped", "camping", "bivouacked", "bivouacking")
# FrameNet's Mass_motion, many moving as one: "converged on Kessrin", "poured into Vell", "trooped to the Hague"
# (not "troops", the noun: "to send troops to the capital").
_MASS = ("converge", "pour", "flock", "swarm", "throng", "troop", "descend")
# Levin 51.6 verbs of chasing, after someone to a place: "will follow the squad to Oster", "trailed her to Rome"
# (not "following", most often a preposition: "following a complaint to the Commission").
_CHASE = ("follow", "trail", "shadow", "pursue", "chase", "tail")
# Campaign touring: "will barnstorm across the Lowland counties", "a whistle-stop tour of the north".
_TOURING = r"barnstorm(?:s|ed|ing)?|whistle-?stop"
# Nouns of one journey with its path: "her flight to Oslo", "a trade mission to Japan", "the crossing to Calais".
_JOURNEY_NOUNS = (
    r"(?:flights?|missions?|expeditions?|crossings?|passage|rides?|drives?|walks?|homecoming|sojourns?|junkets?|"
    r"commutes?|outings?|safaris?|odysseys?|itinerary|holidays?|vacations?)"
)
# The means of a journey between the verb and its path: "was heading by coach to Holt", "headed on foot to Rafah".
_MEANS = (
    r"(?:(?:by|on|in)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+)?(?:coach|coaches|bus|buses|road|rail|train|car|"
    r"cars|boat|ferry|air|plane|helicopter|foot|horseback|bicycle|bike|sea|land|convoy|motorcade|minibus|truck|jeep)\s+)?"
)
# Where a path ends: a named place, maybe after "the" ("to the Hague", "into Turkey").
_ADVERB = (
    r"(?:(?:back|home|down|up|over|out|on|onward|ahead|straight|directly|first|inland|north|south|east|west|alone|"
    r"together|again|then|later|also|(?!only\b|early\b)[a-z]+ly)\s+)?"
)
# Coming or getting back, and being due back, wherever the path ends: "got back to Pellan", "came back from
# Orrin", "is due back on Skarra", "due back in the settlement on Friday".
_BACK = (
    r"(?:get|gets|got|gotten|getting|come|comes|came|coming)\s+(?:back|home)\s+(?:to|from)\s+" + NAMED
    + r"|(?:due|expected)\s+back\s+(?:in|on|at|to|from|home)\b"
)

# FrameNet's Arriving and Visiting by a phrase: "made it to Kyiv", "the train pulled into Tarrow", "dropped in on
# the Holms in Vester", "stopped by the mission in Osk" (not "was stopped by the police").
_ARRIVING = (
    r"(?:make|makes|made|making)\s+it\s+(?:back\s+)?to\s+" + NAMED + r"|pull(?:s|ed|ing)?\s+into\s+" + NAMED + r"|"
    r"(?:drop|drops|dropped|dropping)\s+(?:in\s+on|in\s+at|by)\s+" + NAMED + "|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)stopp(?:ed|ing)\s+by\s+(?:the\s+)?(?=(?-i:[A-Z]))"
)

# Coming together with someone who is elsewhere: "will link up with the squad in Osterby", "met up with them in Lund".
_UP_WITH = (
    r"(?:link(?:s|ed|ing)?|meet(?:s|ing)?|met|team(?:s|ed|ing)?|join(?:s|ed|ing)?)\s+up\s+with\s+(?:[\w'’.-]+\s+){1,6}?"
    r"(?:in|at)\s+" + NAMED
)
# Levin 11.1 verbs of sending, with people as what is sent, named by what they do, by a company's noun or by a
# title, and maybe by name after it or after a comma: "has sent two midwives, Ada Kell and Lo Brann, to Tolmeny",
# "dispatched its flood engineers to Arvik", "will send its under-21 squad to Lisbon", "sent Foreign Minister Ana
# Ruiz to Oslo".
_SENT_PEOPLE = (
    r"(?:sen(?:d|ds|t|ding)|dispatch(?:es|ed|ing)?|despatch(?:es|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?"
    # (not things of the same ending: "sent letters to Paris")
    r"(?:" + agent_plural() + r"|staff|nurses|doctors|medics|police|officials|"
    + word_pattern([*COMPANY_NOUNS, *(n + "s" for n in COMPANY_NOUNS)]) + r"|groups?|sides?|envoys?|"
    r"emissar(?:y|ies)|delegates?|" + word_pattern([*PERSON_TITLES, *(t + "s" for t in PERSON_TITLES)]) + r")\b"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}(?:,\s[^,]{1,60},)?\s+(?:back\s+)?(?:to|into)\s+" + NAMED
)

JOURNEY_CLASSES = (
    FRAME_JOURNEYS + "|" + _ARRIVING + "|" + _BACK + "|" + _TOURING + "|"
    + r"(?!troops\b)" + _forms(_MASS) + r"\s+" + _ADVERB + r"(?:on|upon|into|to|towards?)\s+" + NAMED + "|"
    + r"(?!following\b)" + _forms(_CHASE) + r"\s+(?:[\w'’.-]+\s+){1,4}?(?:back\s+)?to\s+" + NAMED + "|"
    + _forms(_DIRECTED + _MANNER + _VEHICLE, _IRREGULAR) + r"\s+" + _MEANS + _ADVERB + r"(?:to|into|towards?)\s+" + NAMED + "|"
    + _forms(_ACCOMPANY + _VEHICLE, _ACCOMPANY_IRREGULAR + _IRREGULAR) + r"\s+(?:[\w'’.-]+\s+){0,4}?(?:back\s+)?(?:to|into)\s+" + NAMED + "|"
    + _forms(_LODGE, _LODGE_IRREGULAR) + r"\s+(?:on\s+)?(?:in|at)\s+" + NAMED + "|"
    + _JOURNEY_NOUNS + r"\s+(?:by\s+(?:[\w.'’-]+\s+){1,5}?)?(?:back\s+|home\s+)?(?:to|into)\s+" + NAMED + "|"
    + _forms(_DIRECTED + _MANNER + _VEHICLE + ("fly", "sail", "ride"), _IRREGULAR + _ACCOMPANY_IRREGULAR + ("rode", "ridden"))
    + r"\s+(?:back\s+|out\s+|over\s+|down\s+|up\s+|on\s+)?there\b|" + _UP_WITH + "|" + _SENT_PEOPLE
)

# 36.1 verbs of social interaction that take their partner after "with" (not fighting verbs, the clash of sides;
# not working with a body, "cooperate with the inquiry"; not a party one sits with, "caucuses with the Democrats"):
# "chatted briefly with Ruiz", "haggled for hours with the creditors", "prayed with the families".
_WITH = ("argue", "banter", "bicker", "chat", "commune", "converse", "dicker", "haggle", "hobnob", "joke", "mingle",
         "parley", "plead", "quarrel", "remonstrate", "socialize", "socialise", "spar", "squabble", "wrangle", "pray",
         "interact", "reminisce", "commiserate")  # fmt: skip
# Visiting with someone (36.1, "visited briefly with the widow"), not visiting a place in someone's company ("were
# visiting the memorial with their son"): no object between the verb and "with".
_VISIT_WITH = (
    r"visit(?:s|ed|ing)?\s+(?:(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my)\b)[\w'’-]+\s+){0,3}?with\b"
)
# Things done together, told by what was exchanged or posed for ("shared a stage with", "appeared alongside" are
# in text/events.py): "exchanged greetings with", "posed for photographs with".
_SHARED = (
    r"exchang(?:e|es|ed|ing)\s+(?:[\w-]+\s+)?(?:greetings|pleasantries|gifts|toasts|words|notes|ideas)\s+with|"
    r"pos(?:e|es|ed|ing)\s+for\s+(?:a\s+)?(?:[\w-]+\s+)?(?:photos?|photographs?|pictures?|selfies?)\s+with"
)
# FrameNet's Come_together by its verbs: "was reunited with her brother", "congregated with", "will assemble with".
_REUNITED = r"(?:reunit(?:e|es|ed|ing)|congregat(?:e|es|ed|ing)|assembl(?:e|es|ed|ing))\s+(?:[\w'’-]+\s+){0,3}?with\b"
# Coming together by a noun of it, or meeting by chance: "a reunion of the wartime crew", "their tete-a-tete",
# "the party congress" (not the US Congress; not "convention", most often a treaty: "the convention against
# torture"), "encountered Ruiz at the airport".
_TOGETHER = (
    r"get-togethers?|reunions?|rendezvous|t[eê]te-[aà]-t[eê]tes?|(?-i:congress)\b|"
    r"encounter(?:s|ed|ing)?\s+(?:with\s+)?(?=(?-i:[A-Z])[a-z])"
)
# Time spent with someone: "spent two hours with dock workers", "will spend the afternoon with the survivors".
_TIME_WITH = (
    r"sp(?:end|ends|ent|ending)\s+(?:(?:an?|the|one|two|three|four|five|six|several|many|some|a\s+few|\d+)\s+)?"
    r"(?:[\w-]+\s+)?(?:minutes?|hours?|days?|mornings?|afternoons?|evenings?|nights?|weeks?|time)\s+(?:[\w'’-]+\s+){0,2}?with\b"
)
# The partner: not the press (speaking to reporters is no meeting, text/senses.py).
_PARTNER = r"(?!\s*(?:the\s+)?(?:reporters|journalists|correspondents|press|media)\b)"

# A working session held together, by its noun, with its partner: "for a safety walkthrough with crane operators",
# "a two-day exchange of ideas with lab managers", "an evening clinic with tenants" (not an exchange of fire).
_SESSION_WITH = (
    r"(?:reviews?|walk-?throughs?|inspections?|exchanges?|swaps?|consultations?|workshops?|clinics?|seminars?|"
    r"brainstorm(?:s|ing)?|teach-ins?|masterclass(?:es)?|surger(?:y|ies)|Q\s?&\s?As?)\s+"
    r"(?:of\s+(?:ideas|views|notes|experiences?)\s+)?with\b"
)
# Hearing people out: "to hear the complaints of hill farmers", "listened to the grievances of dockers".
_HEAR_OUT = (
    r"(?:hear|hears|heard|hearing|listen(?:s|ed|ing)?\s+to)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:complaints|"
    r"grievances|concerns|views|worries|pleas|appeals|stories|testimon(?:y|ies))\s+(?:of|from)\b"
)
# Two named together with a verb of reciprocal talk and no object: "Pell and Marrow instead conferred over a video
# line", "Ruiz and Ambo talked for an hour".
_PAIR_TALKED = (
    r"(?-i:[A-Z])[\w.'’-]+\s+and\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:(?:instead|also|then|later|again|privately|"
    r"briefly|[a-z]+ly)\s+)?(?:conferred|talked|huddled|negotiated|parleyed|conversed|consulted)\b"
)
# Reporting to a body, an appearance before it: "is to report on her pilgrimage to the chapter general", "reported
# back to the synod".
_REPORT_TO = (
    r"report(?:s|ed|ing)?\s+(?:back\s+)?(?:on\s+(?:[\w'’-]+\s+){1,6}?)?to\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:synod|chapter|council|board|congress|assembly|conference|committee|convention|"
    r"shareholders|trustees|governors|senate|parliament|" + word_pattern(PERSON_TITLES) + r")\b"
)

PARTNER_CLASSES = (
    FRAME_CONTACTS + "|" + _forms(_WITH) + r"\s+(?:[\w'’-]+\s+){0,3}?with\b" + _PARTNER + "|" + _VISIT_WITH + _PARTNER + "|" + _TIME_WITH + _PARTNER + "|" + _SHARED + "|"
    + _TOGETHER + "|" + _REUNITED + "|" + _SESSION_WITH + _PARTNER + "|" + _HEAR_OUT + "|" + _PAIR_TALKED + "|" + _REPORT_TO
)
