"""The words of travel and contact in a sense that tells of no event: "meet the demand", "a travel ban", "the
Friends Meeting Hall", "since the talks stalled", "attend school", "talked tough". :func:`mask_senses` blanks them
out, offsets kept, before the cue patterns of :mod:`summarizer.text.events` are read."""

from __future__ import annotations

import re

from summarizer.text.lexicon import word_regex

__all__ = ["mask_senses"]


# The travel words used as a modifier or a generic noun: not anyone's trip.
_TRAVEL_GENERIC = word_regex(
    r"(?:visa|passport|border|duty|toll)[-\s]free\s+travel|travel\s+(?:ban|bans|advisory|advisories|agency|"
    r"agencies|agent|industry|insurance|document|documents|restrictions?|warnings?|costs?|time|expenses|"
    r"sector|guide|writer)|departures?\s+from\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:\w+\s+)?(?:policy|policies|tradition|norms?|practice|position|stance|script|line|rules?|past)|freedom\s+(?:of|to)\s+travel|visitors?\s+(?:centre|center|"
    r"visas?|numbers)|tour\s+(?:operator|operators|guide|guides)|"
    # an institution's bare noun for what is done there, not a place: "head to prison", "sent to jail", "went to war"
    r"(?:go|goes|went|gone|going|head|heads|headed|heading|sent|send|sends|sending|taken|marched|walked)\s+"
    r"(?:back\s+)?(?=to\s+(?:jail|prison|war|bed|sea)\b)|"
    # back to a state or a post, not to a place: "returned to power in 2012", "return to the negotiating table"
    r"return(?:s|ed|ing)?(?=\s+to\s+(?:power|office|politics|the\s+presidency|the\s+throne|the\s+premiership|work|"
    r"normal|normalcy|normality|the\s+fold|the\s+(?:negotiating|bargaining)\s+table|action|the\s+spotlight|prominence|"
    r"growth|profit|profitability|violence|war|the\s+issue|the\s+subject|the\s+topic|the\s+question)\b|"
    # the seat of an office for the office, dated by a year, not a day: "since Putin returned to the Kremlin in 2012"
    r"\s+to\s+(?:the\s+Kremlin|the\s+White\s+House|Downing\s+Street|the\s+[EÉ]lys[eé]e(?:\s+Palace)?)\s+in\s+(?:1[89]|20)\d\d\b)"
)
# "meet" with the object of a need or a test ("meet the demand", "met all conditions").
_MEET_OBJECT = word_regex(
    r"(?:meet|meets|met|meeting)\s+(?:(?:the|their|of|its|his|her|our|your|all|any|these|those|such|some|"
    r"most|every|basic|growing|rising|minimum|new|that|this)\s+){0,3}(?:[\w-]+\s+){0,2}(?:needs?|demands?|targets?|"
    r"requirements?|goals?|obligations?|commitments?|standards?|criteria|conditions?|deadlines?|"
    r"expectations?|costs?|quotas?|challenges?|thresholds?|tests?|payroll|budgets?|burdens?|shortfalls?|"
    r"payments?|debts?|terms|qualifications?|benchmarks?|objectives?|specifications?|levels?|limits?|"
    r"death|fate|end|definition|"
    # "met their match", not a match's official ("met the UEFA match delegate")
    r"match(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|on|when|and|as|for|against|with|but|after|before|this|last)\b))"
)
_MEET_IDIOM = word_regex(
    r"meet\s+(?:\w+\s+){0,4}?(?:halfway|half-way|in\s+the\s+middle)|"
    # how a thing is received: "the actions are meeting with the approval of Republicans", "met with resistance"
    r"(?:meet|meets|met|meeting)\s+with\s+(?:(?:the|some|little|much|broad|wide|strong|fierce|stiff|growing|general|"
    r"widespread|mixed|great|considerable)\s+)?(?:approval|disapproval|resistance|opposition|criticism|scepticism|"
    r"skepticism|success|failure|silence|hostility|praise|derision|condemnation|applause|acclaim|indifference|suspicion|"
    r"resentment|anger|outrage|enthusiasm|delays?|setbacks?|objections?|reservations?)"
)
# "Meeting" inside a capitalised name: "the Friends Meeting Hall", "Meeting House".
_MEETING_NAME = re.compile(
    # a body named for its gatherings: "the National Conference of State Legislatures reports"
    r"\b[A-Z][\w'’-]*\s+(?:Conference|Assembly|Convention|Council|Forum)\s+of\s+(?:the\s+)?[A-Z]|"
    r"\b[A-Z][\w'’-]*\s+Meeting\b|\bMeeting\s+(?:Hall|House|Room|Place|Point|Center|Centre|Street|Road|Ground)\b"
)
# A meeting noun that dates another clause ("since the talks stalled", "after the meeting, he said"):
# the meeting it names is one already told. Taking part in something that is not a gathering is no
# contact either ("attend school", "a hearing aid", "a court hearing").
_MEETING_AS_TIME = word_regex(
    r"(?:(?:since|after|before|until|following|ahead\s+of|prior\s+to)\s+(?:the|this|that|these|those)|"
    r"until\s+(?:after|before)\s+(?:a|an|next|its|their))\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit|conference|"
    r"session|negotiations|discussions|call|hearing|inauguration|ceremony|rally|funeral)|"
    # a clause whose subject is the meeting noun, with no determiner: "since U.N.-brokered peace talks stalled"
    r"(?:since|after|before|until|when|as)\s+(?:[\w.'’-]+\s+){0,4}?(?:talks|negotiations|discussions)\s+"
    r"(?:\w+ly\s+)?(?:stalled|collapsed|broke\s+down|ended|began|failed|resumed|opened|started|faltered|foundered)|"
    # the time they took, before what they led to: "after months of secret negotiations, the leaders announced"
    r"(?:after|following)\s+(?:\w+\s+)?(?:hours|days|weeks|months|years|decades|rounds)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|discussions|meetings)|"
    # a means, not an event: "to address grievances through negotiations", "resolved via dialogue"
    r"(?:through|via|by)\s+(?:peaceful\s+|direct\s+|political\s+)?(?:negotiations?|dialogue|talks|diplomacy)"
)
# The class a told meeting belongs to, not another meeting: "(the meeting was) the latest in a series of
# talks", "the third in a round of visits".
_MEETING_CLASS = word_regex(
    r"(?:latest|first|second|third|fourth|fifth|last|next|newest|final)\s+(?:\w+\s+)?(?:in|of)\s+(?:a|the)\s+"
    r"(?:\w+\s+)?(?:series|string|round|cycle|wave)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings|summits|conferences|sessions|negotiations|discussions|calls|visits|trips)"
)
_CONTACT_SENSE = word_regex(
    # (churchgoing is a habit; a Mass or a service told with an article is one: "attended a regimental Mass said by")
    r"attend(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:school|schools|university|college|classes|funerals?)|"
    r"attend(?:s|ed|ing)?\s+(?!(?:a|an|the|this|that)\s)(?:\w+\s+){0,2}?(?:church|mosque|services|mass|prayers)|hearing\s+(?:aid|aids|loss|impaired)|"
    r"(?:court|trial|bail|sentencing|extradition|custody)\s+hearings?|hearings?\s+(?:in|at|of)\s+(?:the\s+)?"
    r"(?:case|trial|court)|"
    # gathering things, not people: "data gathering", "gathered evidence", "gathering momentum"
    r"(?:data|information|intelligence|evidence|news|fact|fact-finding|signature|fund|material)[-\s]gathering|"
    r"gather(?:s|ed|ing)?\s+(?:(?:the|more|enough|new|further|some)\s+)?(?:data|information|intelligence|evidence|"
    r"signatures|facts|details|momentum|pace|speed|steam|strength|dust|support|votes|materials?)"
)
# Contact verbs whose object is a matter, not a person: "efforts to address grievances of residents", "spoke to
# Russia's support of Assad" (dealt with, commented on), "welcomed the U.S. attack" (approved of).
_MATTER_SENSE = word_regex(
    r"(?:(?:address|addresses|addressed|addressing)|(?:speak|speaks|spoke|speaking|talk|talks|talked)\s+to)\s+"
    r"(?:(?:the|these|those|their|his|her|its|our|such|this|that|[\w.-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:grievances|"
    r"concerns?|issues?|problems?|questions?|needs?|challenges?|threats?|crisis|causes|shortcomings|importance|support|"
    r"risks?|situation|matter|subject|topic|demands?|complaints?|criticism|allegations?|gaps?|fears?|backlog)|"
    r"welcom(?:e|es|ed|ing)\s+(?:(?:the|a|an|this|that|these|his|her|their|its)\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|decisions?|moves?|news|announcements?|deals?|agreements?|steps?|initiatives?|reports?|rulings?|"
    r"proposals?|plans?|votes?|release|elections?|results?|outcomes?|statements?|offers?|resolutions?|efforts?|progress|"
    r"changes?|reforms?|ceasefire|truce|sanctions|measures?|bill|law|verdict|idea|approach|commitments?|pledges?|"
    r"arrest|appointment|investigation|inquiry|debates?|events?|festival|tournament|games)\b"
)
# "host" as a noun of a trade or a modifier: "a one-time television reality show host", "the host country".
_HOST_NOUN = word_regex(
    r"(?:show|radio|television|TV|talk|game|chat|podcast|programme|program|news)\s+hosts?|"
    # "a host of problems", "an archetypal Afghan host - and I was his guest"; sheltering people: "hosting refugees"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?host(?=\s+of\b|\s*[-–—,.;:])|"
    r"host(?:s|ed|ing)?\s+(?:[\w,-]+\s+){0,4}?(?:refugees|migrants|asylum-seekers|asylum\s+seekers|displaced)|"
    r"(?:refugees|migrants|asylum-seekers|displaced)\s+(?:[\w-]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?(?:been\s+)?"
    r"host(?:s|ed|ing)?|"
    r"hosts?\s+(?:country|countries|city|cities|nation|nations|government|governments|family|families|community|communities)"
)
_TALK_SENSE = word_regex(
    # a thing talked of, by a participle after an adverb: "The pipeline, first discussed a decade ago, would carry"
    r"(?<=,\s)(?:first|long|much|widely|often|already|previously)\s+discussed(?!\s+(?:by|between|with|at)\b)|"
    r"talk(?:s|ed|ing)?\s+(?:tough|big|up|down)|(?:his|her|their|its|our|the|a)\s+(?:(?-i:[A-Z][a-z]+(?:an|ese|ish|i))\s+)?hosts?|"
    r"(?:speak|speaks|spoke|speaking|talk|talks|talked|talking)\s+to\s+(?:the\s+)?(?:media|reporters|press|journalists)|"
    r"negotiating\s+(?:partners?|"
    # (back "to the negotiating table", "at the negotiating table": talks, not a modifier)
    r"(?<!to\sthe\snegotiating\s)(?<!at\sthe\snegotiating\s)table|positions?|teams?|power|skills|stance|strategy|tactics)"
)


# A demonstration: people come together to protest or to demand, not to meet one another (ACE's
# Conflict:Demonstrate, not Contact:Meet). In a sentence that tells of one ("protesters", "a march", "anti-war
# placards", "took to the streets"), its words of gathering ("a rally", "gathered", "attending protests", "took
# part") are the demonstration's; a verb of contact ("officials met with protest groups") still tells of a meeting.
_PROTEST = re.compile(
    r"\b(?:protest(?:s|ers?|ing|ed)?|counter-?protest\w*|demonstrations?|demonstrators?|marchers|sit-ins?|"
    r"placards?|picket(?:s|ed|ing|ers?)?|(?:took|take|takes|taking)\s+to\s+the\s+streets|chant(?:s|ed|ing)?|"
    r"anti-[\w-]+\s+rall(?:y|ies))\b|\b(?-i:march(?:es|ed|ing)?)\b|\bMarch\s+(?:on|(?-i:[Aa])gainst|for)\s+(?-i:[A-Z])|"
    r"['’]s\s+March\b|\b(?:held|holding|hold|holds|carried|carrying|waved|waving)\s+(?:up\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:posters|signs|banners)\b",
    re.IGNORECASE,
)
_GATHERED = word_regex(
    r"rall(?:y|ies)|gather(?:s|ed|ing|ings)?|assembl(?:e|es|ed|ing)|attend(?:s|ed|ing|ance)?|"
    r"(?:take|takes|took|taking|taken)\s+part|participat(?:e|es|ed|ing)"
)
# The verb 'rally' is a demonstration or support, never a meeting: "thousands rallied outside the embassy",
# "supporters will be allowed to rally in a park", "rallied behind the plan" (the noun 'rally' is one, above).
# The present tense after a plural subject: "Pakistanis rally in support of ...", "they rally outside".
_RALLY_VERB = word_regex(
    r"rallied|rallying|(?:to|will|would|plan\s+to|planned\s+to)\s+rally|"
    r"(?:(?<=[a-z]s\s)(?<!['’]s\s)|(?<=\bthey\s)|(?<=\bwe\s)|(?<=people\s))rally"
    r"(?=\s+(?:in|for|against|outside|behind|around|at|on|near|across|to)\b)"
)


def _demonstration(sentence: str) -> str:
    """The sentence with its words of gathering blanked out when it tells of a demonstration."""
    out = _RALLY_VERB.sub(_blank, sentence)
    return out if _PROTEST.search(out) is None else _GATHERED.sub(_blank, out)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _blank_after_preposition(match: re.Match[str]) -> str:
    """The meeting a clause of time names, blanked; its preposition kept ("leaves after the ceremony" still tells of
    leaving)."""
    word = match.group(0).split()[0]
    return word + " " * (len(match.group(0)) - len(word))


def mask_senses(sentence: str) -> str:
    """The sentence with the words that have a non-event sense blanked out (offsets kept)."""
    out = _MEETING_AS_TIME.sub(_blank_after_preposition, _demonstration(sentence))
    for rx in (
        _MEET_OBJECT, _MEET_IDIOM, _MEETING_NAME, _TALK_SENSE, _MATTER_SENSE, _HOST_NOUN, _TRAVEL_GENERIC, _CONTACT_SENSE,
        _MEETING_CLASS,
    ):
        out = rx.sub(_blank, out)
    return out
