"""Which sentences may report a trip or a meeting, read from the language, not from names.

A sentence is a trip candidate when it has a word of movement: a verb of travel in any
form (travel, visit, tour, fly, arrive, depart, leave for, return to, head for, enter,
cross into, flee, reach a place, crisscross), a verb of moving in a manner with its path
(drive to, sail back across, ride into), a noun of travel (trip, visit, tour, journey,
arrival, departure, stopover) or a verb that moves people by others' doing (deport,
extradite, transfer, escort, evacuate, deploy); those wordings are in ``text/journeys.py``. It is a meeting candidate when it has a word
of contact: meet, talk(s), confer, negotiate, greet, welcome, receive someone, host, a call,
a gathering noun (summit, conference, session, rally, vigil, interview), or taking part in
one (attend, address an audience or a body by its name, join someone at a banquet); meeting
people named by what they do ("to meet small business owners": an agent noun) is meeting a
population, and several of one kind gathering or holding a summit meet among themselves.

Word senses that are not events are left out by their grammar, not by their topic: "meet"
with an object that is a need, demand, target, obligation or condition ("meet the
demand", "met all conditions"), "meet ... halfway / in the middle"; "Meeting" inside a
capitalised name ("the Friends Meeting Hall"); "received" whose object is a thing
("received arms supplies"); "travel" used as a modifier or a generic noun ("visa-free
travel", "travel ban"); "talked tough about".
"""

from __future__ import annotations

import re

from summarizer.text.journeys import MONTHS_DAYS, TRAVEL_WORDS
from summarizer.text.lexicon import (
    MONTHS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    agent_plural,
    word_pattern,
    word_regex,
)
from summarizer.text.occasions import (
    CEREMONY,
    INTERVIEW_GIVEN,
    MEAL,
    OCCASION,
    ONE_BEFORE_MANY,
    PRESS,
    TALK_GIVEN,
)
from summarizer.text.senses import mask_senses
from summarizer.text.titles import PERSON_TITLES
from summarizer.text.verb_classes import PARTNER_CLASSES

__all__ = [
    "ADDRESSED_BODY",
    "AGREEMENT_WITH",
    "COLLECTIVE",
    "GATHERING",
    "MEETING_CUE",
    "PRESENTED_TO",
    "PRESS_MET",
    "RECEIVED",
    "SIDE_NOUN",
    "TRAVEL_CUE",
    "VISITING",
    "cue_matches",
    "is_meeting_candidate",
    "is_trip_candidate",
    "refers_back",
]


TRAVEL_CUE = word_regex(TRAVEL_WORDS)


# The head noun of a side of a meeting told by what its people do or the body they sit on: "plant managers",
# "the supervisory board", "the union's national executive".
SIDE_NOUN = (
    r"(?:" + agent_plural() + r"|officials|people|staff|board|committee|counsel|delegates|members|"
    r"cabinet|council|panel|MPs|chairs|heads|team|delegation|visitors|guests|executive|leadership|management|"
    r"secretariat|regulators?|"
    r"pupils|children|families|villagers)"
)
# Received by someone, the passive's agent after 'by': "was afterwards received at Varnhold Lodge by", "will be greeted
# by the provost".
RECEIVED_BY = (
    r"(?:was|were|be|been|being)\s+(?:\w+ly\s+|afterwards\s+|later\s+|then\s+|also\s+|first\s+)?"
    r"(?:received|briefed|hosted|welcomed|greeted|addressed|visited)\s+(?:[\w'’.,-]+\s+){0,9}?by"
)
RECEIVED = word_regex(RECEIVED_BY)
# Where a body's name ends: before a time, a place, a manner or the clause's end ("the Bundestag on Thursday").
_NAME_ENDS = (
    r"(?=\s+(?:on|in|at|by|for|about|during|via|from|with|next|this|last|later|early|today|tomorrow|tonight)\b|"
    r"\s*[,.;:]|\s*$)"
)
# A body addressed by its name: "will address the Bundestag on Thursday", "addressed the U.N. General Assembly".
ADDRESSED_BODY = r"address(?:es|ed|ing)?\s+the\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w.-]*" + _NAME_ENDS
# What is signed with someone, after the verb: "a defense pact with", "the accord with" (the gate asks every form of
# 'sign'; a contact is stated only by a finite one, text/contact.py).
AGREEMENT_WITH = (
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|accords?|pacts?|treaty|treaties|deals?|declarations?|"
    r"memorandums?|communiqu\w+)\s+(?:(?:on|for|of|to)\s+(?:[\w'’-]+\s+){1,4}?)?with"
)
# Presenting to a body, one before many: "is set to present the findings to the research council's scientific board".
PRESENTED_TO = (
    r"present(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:(?:the|a|an|its|his|her|their)\s+|(?-i:[A-Z])[\w.'’-]*\s+)*"
    r"(?:[\w'’-]+\s+){0,3}?(?:board|committee|panel|council|commission|cabinet|shareholders|investors)\b"
)
# The titles of people received ("general" is also an adjective: "received a general amnesty").
_RECEIVED_TITLES = "|".join(sorted(PERSON_TITLES - {"general"}))
# The determiner or owner before a side named by what its people do: "the cabinet", "her party's regional chairs".
_OWNER = r"(?:the\s+|his\s+|her\s+|its\s+|their\s+)"
# Verbs and nouns of contact between parties.
_MEET = (
    r"met|meet(?:s|ing|ings)?|talks|talk(?:s|ed|ing)?\s+(?:with|to)|spok(?:e|en)\s+(?:with|to|by)|"
    # a time or a manner between the verb and its partner: "sat down on Monday afternoon with", "huddled for an hour"
    r"(?:sit|sits|sat|sitting)\s+down\s+(?:[\w'’-]+\s+){0,4}?with|huddl(?:e|es|ed|ing)|speak(?:s|ing)?\s+"
    r"(?:with|to|by)|confer(?:s|red|ring)?\s+(?:(?:by|over|via)\s+(?:[\w-]+\s+){1,2}?)?with|"
    # consulting with someone (people consulted by what they do are _MEET_PEOPLE: "consulted executives of")
    r"consult(?:s|ed|ing)?\s+with|consultations|negotiat(?:e|es|ed|"
    r"ing|ion|ions|ors?)|discuss(?:ed|es|ing|ion|ions)?|dialogue|bargain(?:s|ed)?\s+with|bargaining\s+(?:session|"
    r"sessions|talks|round|opened|began|resumed)|conversations?\s+with|(?:phone|telephone)\s+"
    r"(?:call|calls|conversation|conversations)|telephone|phoned|call(?:s|ed)?\s+with|video\s+call|"
    r"(?:a|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?call(?!\s+(?:for|on|off)\b)|"
    r"host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|greet(?:s|ed|ing)?|shak(?:e|es|ing)\s+hands|shook\s+hands|"
    r"exchang(?:e|es|ed|ing)\s+views|(?:courtesy|farewell)\s+call|rece(?:ive|ives|ived|iving)\s+(?:the\s+)?credentials|"
    r"(?:" + MEAL + r"|sit-?down|one-on-one|one-to-one)\s+(?:for|with|hosted\s+by|given\s+by|in\s+honou?r\s+of)\b|"
    # in private with someone, a link by video, a deal worked out together, working together: "was closeted for
    # much of Thursday with", "held a video link on Tuesday with", "hammered out a deal with", "to liaise with"
    r"closeted\s+(?:[\w'’-]+\s+){0,5}?with|(?:video|satellite|web|radio)[\s-]+link(?:s|-ups?)?|web[\s-]?calls?\b|(?:hammer|iron|thrash|work)(?:s|ed|ing)?\s+out\s+(?:[\w'’-]+\s+){0,5}?with|"
    # another round with a side, and two sides facing each other: "one more round with the creditors"
    r"(?:round|sitting)\s+with\b|(?:fac(?:e|es|ed|ing)|confront(?:s|ed|ing)?)\s+(?:each\s+other|one\s+another)\b|"
    r"liais(?:e|es|ed|ing)\s+with|debates?\s+(?:with|between|against)\b|(?:was|were|been|being)\s+summoned\s+to\b|"
    # briefing someone by name (a side briefed, told by what its people do, is _MEET_PEOPLE: "brief the cabinet")
    r"brief(?:s|ed|ing)?\s+(?=" + _OWNER + r"?(?-i:[A-Z])\w*\b)|"
    r"conven(?:e|es|ed|ing)\b|"
    r"audience\s+(?:with|to)|"
    # signing an agreement with someone: "signed a defense pact with leader Kim Jong Un"
    r"sign(?:s|ed|ing)?\s+" + AGREEMENT_WITH + "|"
    # calling on someone, and a meal together: "paid a call on", "dined with", "had a working lunch with"
    r"paid\s+(?:a|an)\s+(?:[\w-]+\s+)?call\s+on|"
    # a shared meal, a time or a place maybe between the verb and its partner: "was due to lunch on Friday with"
    r"(?:din(?:e|es|ed|ing)|lunch(?:es|ed|ing)?|breakfast(?:s|ed|ing)?)\s+(?:(?:on|at|in|late|early)\s+[\w'’-]+\s+){0,2}?with|"
    r"(?:had|has|have|having|over)\s+(?:a\s+)?(?:[\w-]+\s+)?" + MEAL + r"\s+with|"
    r"(?:hold|holds|held|holding)\s+(?:\w+\s+){0,3}?"
    r"(?:talks|meetings?|summit|session|conference|discussions|consultations|negotiations|bilateral|one-on-one|"
    r"one-to-one|sit-?down|(?:video|tele)-?conference)|"
    r"rece(?:ive|ives|ived|iving)\s+(?=(?:him|her)\s+(?:at|in|on|for)\b|(?:(?:the|a|an)\s+)?(?:(?-i:[A-Z])\w*|visiting|"
    r"delegation|delegates|envoy|envoys|"
    r"ministers?|leaders?|officials?|ambassadors?)\b|"
    # a person received by title, or a company of people: "received the mayor of Galway", "receive the team"
    r"(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _RECEIVED_TITLES + r"|team|heads|visitors|guests)s?\b(?!['’]))|"
    # the passive, its agent after 'by': "was received at the ministry by", "was briefed by the regional director"
    + RECEIVED_BY + "|"
    # signed with someone, the thing signed told before: "a letter of intent is to be signed with the plant's owner"
    r"(?:was|were|be|been|being)\s+signed\s+with\b|"
    # a ceremony with someone; sides meeting again
    r"(?:at|for|during|after|before|following)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:ceremony|reception|banquet|"
    # an assembly of people or a social occasion by its noun: "at a public assembly in the market", "at a village fete"
    r"assembly|convocation|conclave|synod|indaba|jirga|fete|send-off|supper|soiree|" + OCCASION + r")\b|"
    # speaking before an occasion: "will lecture at a charity breakfast", "preached at a centenary service"
    r"(?:speak|speaks|spoke|speaking|lectur(?:e|es|ed|ing)|preach(?:es|ed|ing)?|perform(?:s|ed|ing)?)\s+at\s+"
    r"(?:a|an|the|(?-i:[A-Z])[\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:" + MEAL + r"|ceremony|service|mass|launch|festival|"
    r"gala|vigil|concert|celebration|event)s?\b|"
    r"gather(?:s|ed|ing)?\s+for\s+(?:a|an|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:" + OCCASION + r"|festival)\b|"
    r"reconven(?:e|es|ed|ing)|"
    # an interview given to someone: "gave an interview to broadcaster ORF", "granted an exclusive interview to"
    + INTERVIEW_GIVEN + r"\s+(?:to|with)|"
    # taking part in a gathering: "took part in Tuesday's sessions", "participated in the talks" (not "in combat")
    r"(?:(?:take|takes|took|taking|taken)\s+part|participat(?:e|es|ed|ing))\s+in\s+(?:[\w'’-]+\s+){0,3}?(?:talks|"
    r"meetings?|summits?|sessions?|conferences?|negotiations|discussions|rall(?:y|ies)|ceremon(?:y|ies)|forums?|"
    r"hearings?|briefings?|round[\s-]*tables?|roundtables?|debates?|calls?|assembl(?:y|ies)|convocations?|conclaves?|"
    r"synods?|congress(?:es)?|indabas?|jirgas?|shuras?|fetes?|suppers?|send-offs?|galas?|receptions?|banquets?|retreats?)\b|"
    # taking part in a gathering: attend, testify, a hearing, a briefing, join (talks, leaders), address
    # (an audience)
    r"attend(?:s|ed|ing|ance)?|testif(?:y|ies|ied|ying)|testimony|hearings?|briefings?|"
    + PRESS + "|"
    # talking together in other words: "in conversation with the poet", "chatting with each reader", "linked up by
    # video with a field team", "a panel ... brought together A, B and C", "told delegates"
    # an encounter between two: "a tense encounter between X and Y"
    r"encounters?\s+(?:[\w'’-]+\s+){0,4}?(?:between|with)\b|"
    r"in\s+conversation\s+with|chat(?:s|ted|ting)?\s+with|link(?:s|ed|ing)?\s+up\s+(?:[\w-]+\s+){0,2}?with|"
    r"(?:brought|bring|brings|bringing)\s+together|"
    r"(?:told|tells|telling)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:delegates|attendees|participants|audience|crowd|rally|"
    r"congregation|supporters|mourners|worshippers|parishioners|churchgoers|"
    # an occasion told something, one before many: "told a farewell supper for the crew that"
    r"gathering|assembly|conference|summit|forum|session|convention|congress|synod|ceremony|send-off|fete|supper|"
    + MEAL + r")\b|"
    # sharing a stage or a platform, appearing or campaigning alongside someone: "shared a stage with X on Monday",
    # "joined X on stage", "campaigned alongside X in Lima"
    r"shar(?:e|es|ed|ing)\s+(?:a|the)\s+(?:stage|platform|podium|panel)\s+with|"
    r"join(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,4}?on\s+(?:stage|the\s+stage|the\s+platform)\b|"
    r"(?:appear(?:s|ed|ing)?|campaign(?:s|ed|ing)?|perform(?:s|ed|ing)?|sat|sits?|sitting)\s+alongside\b|"
    # a gathering told with who held, led or addressed it: "a harvest liturgy led by Bishop Tarn", "a forum run by",
    # and gathering with people: "they gathered with forty growers"
    r"(?:service|mass|liturgy|ceremony|session|forum|meeting|hearing|vigil|rite|gathering|assembly|reception|"
    r"dinner|lunch|breakfast|supper)s?\s+(?:[\w'’-]+\s+){0,3}?(?:presided\s+over|chaired|led|officiated|run|conducted|"
    r"hosted|addressed)\s+by\b|"
    # a body standing for its sitting, held by two: "the network's first steering panel, co-chaired by both academies"
    r"(?:panel|committee|board|commission|council|synod|chapter)s?,?\s+co-chaired\s+by\b|gather(?:s|ed|ing)?\s+with\s+(?=(?:the|a|an|some|about|his|her|their|fellow|other|local|"
    r"several|dozens|hundreds|\d|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty|[a-z]+teen)\b|(?-i:[A-Z]))|"
    # the host of someone's visit, told by the visit's possessor: "embraces a farmer at the camp during Deputy Ola
    # Venn's stopover"
    r"during\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,4}?(?-i:[A-Z])[\w.-]*['’]s\s+(?:[\w-]+\s+)?(?:visit|stopover|stop-over|tour(?!\s+of\s+duty))\b|"
    # visiting one's own: "will visit her uncle in custody"
    r"visit(?:s|ed|ing)?\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:father|mother|son|daughter|brother|sister|wife|husband|"
    r"uncle|aunt|parents|family|grandmother|grandfather|niece|nephew|cousin)s?\b|"
    # a drink together, and a meal by two named as the subject: "had coffee with X", "X and Y had a working lunch"
    r"(?:had|has|have|having|over)\s+(?:a\s+)?(?:coffee|tea|drinks?)\s+with|"
    r"\band\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:had|held|shared)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:" + MEAL + r"|"
    r"meal)\b|"
    # visiting a person, by name, at a place of theirs: "visited X at his home", "visited X in hospital"
    r"visit(?:s|ed|ing)?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:at|in)\s+(?:his|her|their|the)?\s*(?:home|hospital|"
    r"office|residence|bedside|cell|prison|jail)\b|"
    + MEAL + r"\s+in\s+(?:his|her|their|its)\s+honou?r|"
    # calling on a person, by name or title, not on someone to do something: "will call on Foreign Minister Hashim
    # Ariffin on Thursday" (not "called on Greece to take charge")
    r"call(?:s|ed|ing)?\s+on\s+(?!(?:" + word_pattern([*WEEKDAYS, *MONTHS]) + r")\b)(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\.\s+|\s+|(?=[,.;]|$)))+?"
    r"(?=(?:on|at|in|during|before|after|later|when|this|next|and)\b|[,.;]|$)|"
    + ONE_BEFORE_MANY + "|"
    r"join(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:talks|meetings?|summit|conference|session|rally|leaders|delegation|"
    r"counterparts?|ministers|negotiations|discussions|services?|mass|liturgy|vigil|ceremony|forum)|"
    r"address(?:es|ed|ing)?\s+(?:[\w.'’-]+\s+){0,3}?(?:audience|crowd|rally|gathering|conference|summit|assembly|"
    r"parliament|congress|session|meeting|forum|convention|supporters|students|graduates|delegates|lawmakers|"
    r"troops|ambassadors|diplomats|leaders|reporters|journalists|residents|villagers|workers|voters|farmers|"
    r"pupils|mourners|worshippers|pilgrims|congregation|faithful|parishioners|clergy|squad|team|players|staff|"
    r"employees|workforce|cadets|"
    # any company of people, by what they do or the body they form: "will address the garrison", "the chapter"
    r"garrison|regiment|battalion|brigade|unit|chapter|synod|caucus|cohort|crew|choir|" + SIDE_NOUN + r")\b|"
    # an occasion by its noun, a new one: "A flag-handover ceremony with the premier is set for next month"
    r"(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:ceremony|reception|banquet|gala)\s+(?:with|for|in\s+honou?r\s+of|"
    r"(?:is|was|will\s+be)\s+(?:set|planned|scheduled|held|due))\b|"
    # an occasion told with who was to hold or lead it: "A supper that the guild was to host", "A breakfast at which
    # Varga was due to address investors", "The service Canon Pratt is to lead"
    r"(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:ceremony|reception|banquet|gala|" + MEAL + r"|supper|service|vigil|forum|"
    r"town[-\s]hall|send-off|launch|open\s+day|(?:investor|capital\s+markets)\s+day|concert|celebration)\s+(?:(?:that|which)\s+|"
    r"(?:at|in)\s+which\s+)?(?:[\w'’.-]+\s+){1,5}?(?:(?:was|were|had\s+been|is|are)\s+(?:(?:due|set|scheduled|expected|"
    r"supposed)\s+)?to\s+(?:host|lead|address|attend|give|hold|open|speak|chair|headline|present|preside|join)|"
    # or who had arranged it: "A capital markets day that Nordhavn had scheduled for September"
    r"had\s+(?:scheduled|planned|arranged|organi[sz]ed|called))\b|"
    # presenting to a body: "is set to present the findings to the research council's scientific board"
    + PRESENTED_TO + "|"
    # a body by its name: "will address the Bundestag on Thursday", "addressed the Knesset"
    + ADDRESSED_BODY + "|"
    # joining someone at a gathering: "will join the royal couple at a state banquet"
    r"join(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,5}?(?:at|for)\s+(?:a|an|the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:banquet|dinner|luncheon|reception|ceremony|rally|summit|meeting|conference|celebration|round\s*table|"
    r"roundtable|forum|session|talks|briefing|gathering|mass|service|liturgy|concert)"
)
# Gathering nouns: an event of many parties, so one named party attending it is a meeting
# ("Obama at the NATO summit"); "talks" and "negotiations" still need a counterpart.
GATHERING = word_regex(
    r"meeting|meetings|summit|summits|conference|conferences|session|sessions|rally|rallies|vigil|forum|"
    r"assembly|gathering|convention|hearings?|briefings?|testif\w+|attend(?:s|ed|ing)?|address(?:es|ed|ing)?|"
    r"ceremony|ceremonies|banquet|join(?:s|ed|ing)?|round[\s-]*tables?|roundtables?|" + OCCASION + "|"
    # a meal or a reception given for guests: "a reception hosted by the consul general", "an investor lunch"
    + MEAL + r"s?|galas?|premieres?|" + ONE_BEFORE_MANY + "|" + CEREMONY + "|" + TALK_GIVEN + "|" + PRESS + "|"
    # an interview given, like a news conference: the one who gives it is named, the outlet maybe not
    + INTERVIEW_GIVEN
)
# Several of one kind meeting among themselves: "NATO ambassadors met on Monday", "the two leaders
# met", "foreign ministers convened in Brussels" (the verb without an object after it).
COLLECTIVE = re.compile(
    r"\b(?:ambassadors|ministers|leaders|officials|representatives|delegates|delegations|envoys|lawmakers|"
    r"members|negotiators|diplomats|heads|chiefs|presidents|parties|sides|governors|mayors|generals|advisers|advisors|"
    r"executives|bankers|lawyers|mediators|officers|"
    r"commanders|board|cabinet|council|committee|panel|jury|parliament|senate|congress|synod|group|trust|vestry|"
    r"chapter|caucus|commission|presidium|"
    # a crowd of one kind gathered: "roughly 300 supporters had gathered outside the main stand"
    r"(?:supporters|mourners|fans|worshippers|pilgrims)(?=\s+(?:had\s+|have\s+)?(?:gathered|assembled)))"
    # what they are of or from: "Delegates from nearly 200 countries gathered", "Leaders of the G7 are due to hold"
    r"(?:\s+(?:of|from)(?:\s+[\w.'’-]+){1,5}?)?"
    # an aside between the body and its verb: "The trust's council, chaired by Dr Pell Amsker, met"
    r"(?:,\s[^,]{1,60},)?\s+(?:\w+ly\s+|also\s+|have\s+|had\s+|will\s+|would\s+|"
    r"(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+to\s+)?"
    r"(?:(?:met|meet|meets|convened|convene|convenes|conferred|huddled|talked|negotiated|bargained|reconvene|"
    r"reconvened)\b"
    # no object after the verb, a day is none: "NATO ambassadors met Sunday in Brussels"
    r"(?!\s+(?:with|(?!" + MONTHS_DAYS + r"\b)(?-i:[A-Z])))|"
    r"(?:gathered|assembled|gather|assemble)(?=\s+(?:in|at|on|for|outside|near|inside|behind)\b|\s*[,.;])|"
    r"(?:(?:will|(?:are|were)\s+(?:due|expected|scheduled|set|to)(?:\s+to)?|plan\s+to)\s+)?(?:hold|held|holds)\s+"
    r"(?:(?:a|an|the|their)\s+)?(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|session|conference|hearing)\b)",
    re.IGNORECASE,
)
# Visiting people, not a place, is meeting them: "visited the injured officers", "visits wounded soldiers",
# "visited with the families" (a visit to a place is a trip).
_VISIT_PEOPLE = (
    r"visit(?:s|ed|ing)?\s+with|visit(?:s|ed|ing)?\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:officers|troops|soldiers|patients|victims|families|wounded|injured|survivors|refugees|workers|"
    r"students|children|residents|staff|counterparts?|relatives|prisoners|detainees|veterans)"
)
# Meeting people of a population, not a side: "met with the families of the victims", "greeted thousands of
# pilgrims", "spoke with students": one named party meets them, as at a gathering.
_MEET_PEOPLE = (
    r"(?:met|meet|meets|meeting|greet(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|spoke\s+(?:with|to)|talked\s+(?:with|to)|"
    r"comforted|consoled)\s+(?:with\s+)?(?:the\s+|some\s+|(?:hundreds|thousands|dozens|scores)\s+of\s+|"
    r"a\s+(?:group|crowd)\s+of\s+)?(?:[\w'’-]+\s+){0,2}?(?:families|victims|survivors|pilgrims|students|residents|"
    r"workers|troops|soldiers|refugees|supporters|crowds?|veterans|villagers|children|pupils|patients|relatives|employees|"
    r"parents|farmers|voters|worshippers|faithful|fans|mourners|migrants|evacuees)\b|"
    # people named by what they do, the agent nouns of meet's object: "to meet small business owners",
    # "met Somali officials", "met with local leaders" (a need or a test met is masked: "met the requirements")
    # and a side told only by what its people do or the body they sit on, after a verb or a noun of contact:
    # "brief the supervisory board", "a session with Korvan's plant managers", "conferred with counsel", "closeted
    # with the union's national executive", "to liaise with the territory's financial regulator"
    r"(?:met|meet|meets|meeting|brief(?:s|ed|ing)?|talks\s+with|confer(?:s|red|ring)?\s+with|huddled\s+with|"
    r"closeted\s+with|liais(?:e|es|ed|ing)\s+with|"
    r"consult(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|negotiations\s+with|rece(?:ive|ives|ived|iving)|host(?:s|ed|ing)?|"
    r"(?:breakfasted|lunched|din(?:e|es|ed|ing)|sat\s+down)\s+with|"
    # received by a side, the agent of the passive: "was received on Tuesday by officials of the ministry"
    r"(?:was|were|been|being)\s+(?:received|hosted|welcomed|greeted|briefed)\s+(?:(?!by\b)[\w'’-]+\s+){0,3}?by|"
    r"(?:gave|give|gives|giving|given)\s+(?:an?\s+)?(?:[\w-]+\s+)?briefing\s+to|"
    r"(?:sessions?|briefings?|meetings?|calls?|sit-?downs?|" + MEAL + r")\s+with)\s+(?:with\s+)?(?:the\s+|some\s+|local\s+|"
    r"(?:hundreds|thousands|dozens|scores)\s+of\s+|(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:group|delegation|panel|team)\s+of\s+)?"
    r"(?:(?!(?:on|about|of|in|at|for|to)\b)[\w'’-]+\s+){0,3}?"
    r"(?!(?:reporters|journalists|correspondents|editors|photographers|interviewers)\b)"
    + SIDE_NOUN + r"\b(?!['’])"
)
VISITING = word_regex(_VISIT_PEOPLE + "|" + _MEET_PEOPLE)
# The press met in person: "met with journalists in Kharkiv" (a question for the model, which the wording alone does
# not answer; telling reporters is no meeting, nor is speaking to them, text/senses.py).
PRESS_MET = word_regex(
    r"(?:met|meet|meets|meeting)\s+(?:with\s+)?(?:(?:the|local|foreign|visiting|a\s+group\s+of)\s+)?"
    r"(?:reporters|journalists|correspondents)"
)
MEETING_CUE = word_regex(_MEET + "|" + PARTNER_CLASSES + "|" + _VISIT_PEOPLE + "|" + _MEET_PEOPLE + "|" + PRESS_MET.pattern + "|" + CEREMONY + "|" + TALK_GIVEN + r"|summit|summits|conference|conferences|rally|rallies|forum|gathering|"
                  r"(?:council|emergency|plenary|special|joint|closed-door|parliamentary)\s+session|sessions?\s+(?:of|with)|"
                  r"round[\s-]*tables?|roundtables?|"
                  # turning up at an occasion: "showed up at the campaign event"
                  r"(?:show|shows|showed|showing|turn|turns|turned|turning)\s+up\s+(?:at|for)\s+(?:a|an|the)\b|"
                  # contact by the body, by screen, face to face, by counsel, questioning, mediation, campaigning
                  # together: "embraced Ruiz", "a videoconference with", "consulted Ruiz", "was interviewed by"
                  r"(?:embrac(?:e|es|ed|ing)|hug(?:s|ged|ging)?)\s+(?-i:[A-Z])\w*|(?:video-?|tele)conferences?\s+(?:with|linking|connecting|joining)|"
                  r"face-to-face\s+(?:with|meeting|talks)|consult(?:s|ed|ing)?\s+(?-i:[A-Z])\w*|mediat(?:e|es|ed|ing)\s+between|"
                  r"shuttl(?:e|es|ed|ing)\s+between|(?:was|were|been|being)\s+interviewed\s+by|"
                  # going through work with someone: "will go over the budget with Mr Deng", "reviewed plans with Ruiz"
                  r"(?:(?:go|goes|going|went|gone)\s+over|review(?:s|ed|ing)?|work(?:s|ed|ing)?\s+through)\s+"
                  r"(?:[\w'’-]+\s+){1,5}?with\s+(?=(?-i:[A-Z])[a-z])|"
                  r"campaign(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,5}?(?:with|alongside)\s+(?-i:[A-Z])\w*")


def cue_matches(pattern: re.Pattern[str], sentence: str) -> list[re.Match[str]]:
    """The cue words of ``pattern`` in the sentence, less those standing in a non-event sense."""
    masked = mask_senses(sentence)
    return [m for m in pattern.finditer(masked)]


def is_trip_candidate(sentence: str) -> bool:
    """The sentence has a word of travel or of people moved, in an event sense."""
    return bool(cue_matches(TRAVEL_CUE, sentence))


def is_meeting_candidate(sentence: str) -> bool:
    """The sentence has a word of meeting, talks or contact, in an event sense, or several of one kind meet
    among themselves ("Ministers from the 27 member states conferred in Luxembourg")."""
    masked = mask_senses(sentence)
    return MEETING_CUE.search(masked) is not None or COLLECTIVE.search(masked) is not None


# A definite meeting noun: one already told ("the meeting", "this latest round of talks", "Tuesday's talks").
_BACK_REFERENCE = re.compile(
    r"\b(?:(?:the|this|that|these)\s+(?:same\s+|closed-door\s+|[\w]+-(?:hour|minute)\s+|latest\s+|last\s+|previous\s+|earlier\s+)?|"
    # a day's meeting, whatever its modifiers: "during Tuesday's U.S.-Turkey meeting"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s|last\s+(?:week|month)['’]s)\s+(?:[\w.-]+\s+){0,2}?)"
    r"(?:round\s+of\s+)?"
    r"(?:meeting|talks|summit|session|conference|call|conversation|discussions?|briefing|hearing|forum|round\s*table|"
    r"gathering|assembly)\b"
    r"(?!\s+(?:with|of|between|in|at|on|among)\b)",
    re.IGNORECASE,
)


def refers_back(sentence: str) -> bool:
    """Every meeting word of the sentence is a bare definite noun ('the meeting produced a list'):
    the sentence goes on about a meeting already told, and names no new one."""
    cues = cue_matches(MEETING_CUE, sentence)
    if not cues:
        return False
    if _THEY_TOGETHER.match(sentence) and not _NEW_OCCASION.search(sentence):
        return True  # "They talked for some forty minutes about grain storage, an aide said": the meeting just told
    backs = [(m.start(), m.end()) for m in _BACK_REFERENCE.finditer(sentence)]
    return all(any(s <= c.start() and c.end() <= e for s, e in backs) for c in cues)


# The parties of the meeting just told, by 'they', going on with it; not a new occasion (a day, a call, 'again').
_THEY_TOGETHER = re.compile(r"^\W*They\s+(?:then\s+|also\s+)?(?:spent|talked|chatted|spoke|conferred|discussed)\b")
_NEW_OCCASION = re.compile(
    r"\b(?:again|later|next|another|second|phone|telephone|video|call|" + word_pattern(WEEKDAY_NAMES) + r"|"
    r"tomorrow|yesterday)\b",
    re.IGNORECASE,
)
