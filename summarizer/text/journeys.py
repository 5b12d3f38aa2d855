"""The wordings of a journey, for the trip gate (:data:`summarizer.text.events.TRAVEL_CUE`): a person's own travel in
every inflection and way (by air, by road, on foot, in haste, by a noun of travel), and people moved by others'
doing (transfers, expulsions, deployments)."""

from __future__ import annotations

from summarizer.text.frames import NAMED
from summarizer.text.verb_classes import JOURNEY_CLASSES

__all__ = ["MONTHS_DAYS", "TRAVEL_WORDS"]


# An adverb of direction or manner between a verb of moving and its path: "flew east to", "was flown directly into",
# "will travel on to", "drove straight to".
_PATH_ADVERB = (
    r"(?:back|home|down|up|over|out|on|onward|onwards|ahead|straight|directly|direct|first|inland|"
    r"(?:north|south)(?:-?(?:east|west))?|east|west)"
)
MONTHS_DAYS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# Verbs and nouns of a person's own travel, in every inflection.
_TRAVEL = (
    r"travel(?:s|led|ed|ling|ing)?|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|trips?|"
    r"journey(?:s|ed|ing)?|voyage|pilgrimage|stopover|excursions?|detours?|swing\s+through|"
    r"mak(?:e|es|ing)\s+the\s+(?:[\w-]+\s+)?(?:trip|journey)\s+to\b|made\s+the\s+(?:[\w-]+\s+)?(?:trip|journey)\s+to\b|"
    # a journey told by what took the traveller there: "a project on bed-net use took her to northern Ghana"
    r"t(?:ook|ake|akes|aking|aken)\s+(?:him|her|them)\s+(?:back\s+)?to\b|"
    # going on, by a way or a means: "pushed on to Kudus", "continues by coastal steamer to the Lofoten Islands"
    r"(?:push|pushes|pushed|pushing|press|presses|pressed|pressing)\s+on(?:ward|wards)?\s+(?:to|towards?)\b|"
    # making one's way, going on foot or by one's own effort: "made her way from Dover to Wick", "is cycling to Ripon"
    r"(?:mak(?:e|es|ing)|made|wend(?:s|ed|ing)?)\s+(?:his|her|their|its|our|my)\s+(?:own\s+)?way\s+(?:back\s+|home\s+)?"
    r"(?:from\s+(?:[\w'’.-]+\s+){1,3}?)?to(?:wards?)?\b|"
    r"(?:walk(?:s|ed|ing)?|hik(?:e|es|ed|ing)|cycl(?:e|es|ed|ing)|pedall?(?:s|ed|ing)?|row(?:s|ed|ing)?|paddl(?:e|es|ed|ing)|"
    r"trek(?:s|ked|king)?|motor(?:s|ed|ing)?|steam(?:s|ed|ing)?)\s+(?:" + _PATH_ADVERB + r"\s+)?(?:to|into|across|through|from)\s+"
    + NAMED + r"|"
    # an invitation to come taken up, a stay of days somewhere: "has accepted an invitation to come to Peru in May",
    # "will spend ten days at the Orrow clinic in Baskel" (not years: "spent two years in Paris" is a life, not a trip)
    r"(?:accept(?:s|ed|ing)?|t(?:ook|ake|akes|aking|aken)\s+up)\s+(?:[\w'’-]+\s+){0,3}?(?:invitation|offer)\s+to\s+"
    r"(?:come|go|fly|travel|return)\s+(?:over\s+|back\s+)?to\b|"
    r"spen(?:d|ds|t|ding)\s+(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:days?|nights?|weeks?)\s+(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])[\w'’-]*|"
    # following someone to a place: "Six nurses will follow them to Lund"
    r"follow(?:s|ed|ing)?\s+(?:him|her|them)\s+(?:back\s+)?to\s+" + NAMED + r"|"
    r"continu(?:e|es|ed|ing)\s+(?:on\s+)?(?:by|aboard|on)\s+(?:[\w-]+\s+){1,3}?to\s+" + NAMED + r"|"
    r"fl(?:y|ies|ew|own|ying)\s+(?:(?:overnight|ahead|(?:on\s+)?(?-i:[A-Z])\w+day|" + _PATH_ADVERB + r")\s+)?"
    r"(?:to|in|into|from|out|back|home|on\s+to)|"
    # a companion between the verb and its path: "flew with an aide to Vantor", "travelled with her husband to"
    r"(?:fl(?:y|ies|ew|own|ying)|travell?(?:s|ed|ing)?|sail(?:s|ed|ing)?|dr(?:ive|ives|ove|iving))\s+with\s+"
    r"(?:[\w'’.-]+\s+){1,4}?(?:to|into)\s+" + NAMED + r"|"
    # a means taken to a place: "will take the overnight ferry to Rask", "caught a train to Leeds", "boarded night
    # coaches to Tarrow"
    r"(?:tak(?:e|es|ing)|took|catch(?:es|ing)?|caught|board(?:s|ed|ing)?)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ferr(?:y|ies)|trains?|bus(?:es)?|coach(?:es)?|flights?|planes?|boats?|ships?|helicopters?|jets?)\s+(?:back\s+|home\s+)?"
    r"(?:to|into)\s+" + NAMED + r"|"
    # a flight or a stop by someone: "A scheduled seaplane flight by Ms Quell to Harnow Isle", "An intended stop by
    # Dr Elvor's crew at the depot"
    r"(?:flights?|stop(?:over)?s?)\s+by\s+(?:[\w.'’-]+\s+){1,5}?(?:to|in|at)\s+" + NAMED + r"|"
    r"(?:planned|scheduled|intended|proposed)\s+stop(?:over)?s?\b|"
    # a leg named by its place: "just for its Ostrava leg"
    r"(?:the|its|their|his|her)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+leg\b|"
    # moving on, crossing a stretch to a place: "is due to move on to Kelvary", "will cross the Varn Strait to Osk"
    r"mov(?:e|es|ed|ing)\s+(?:on|back|over|onward|onwards)\s+to\b|"
    r"cross(?:es|ed|ing)?\s+(?:the|a)\s+(?:[\w'’-]+\s+){1,3}?to\s+" + NAMED + r"|"
    # leading or sending people somewhere: "will lead fourteen volunteers to Mossra", "meant to send observers to"
    r"(?:led|leads|lead|leading)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty|dozens\s+of|hundreds\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:back\s+)?to\s+(?=(?:the\s+)?(?-i:[A-Z])|the\s)|"
    r"sen(?:d|ds|t|ding)\s+(?:[\w-]+\s+)?(?:observers|representatives|envoys|delegates|officials|inspectors|monitors|"
    r"experts|volunteers|staff|officers|investigators)\s+to\s+" + NAMED + r"|"
    # a manner between the verb and its path: "flew by military helicopter to", "flown aboard an air force jet to"
    r"fl(?:y|ies|ew|own|ying)\s+(?:by|aboard|on\s+(?:a|an|the|board))\s+(?:[\w-]+\s+){0,3}?(?:to|into)\b|"
    r"arriv(?:e|es|ed|ing|al|als)|depart(?:s|ed|ing|ure|ures)?|"
    r"(?:leaves|leaving|left)\s+(?:for|from)|leaves\s+after|(?:set|sets|setting)\s+(?:off|out)\s+(?:(?:on|early|late|this|last|next)\s+\w+\s+)?for|"
    r"(?:took|takes|taking)\s+off\s+for|continu(?:e|es|ed|ing)\s+(?:on\s+)?to\s+" + NAMED + r"|(?:to|will|would|must)\s+leave\b|left\s+(?=(?-i:[A-Z]))|"
    r"return(?:s|ed|ing)?\s+(?:(?:last|this|on|early|late|earlier|later)\s+(?:\w+\s+)?)?(?:to|from|home|back)|(?:come|comes|came|coming)\s+(?:back\s+|home\s+)?to\s+" + NAMED + r"|"
    r"head(?:s|ed|ing)?\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|inland|out|off|"
    r"down|up|over|across)\s+)?(?:to|for|back|home)|(?:go|goes|going|went|gone|moved|travell?ed)\s+(?:" + _PATH_ADVERB + r"\s+)?to\s+"
    + NAMED + r"|(?:led|leads|lead|leading|heads|headed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    # a company of people on the move, led: "was meant to lead a convoy from Tarsk to Ormund"
    r"(?:mission|delegation|team|contingent|group|party|convoy|column|caravan|procession|pilgrimage|flotilla|"
    r"motorcade|cavalcade|expedition|trek)\s+(?:(?:of|from)\s+(?:[\w'’.-]+\s+){1,4}?)?to\b|"
    # going with someone to a place: "was set to accompany her boss to Quendra"
    r"accompan(?:y|ies|ied|ying)\s+(?:[\w'’.-]+\s+){1,5}?to\s+" + NAMED + r"|"
    # leaving one place for another: "leaves Marrowfield tomorrow for Varnhold"
    r"(?:leave|leaves|leaving)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:[\w-]+\s+){0,2}?for\s+" + NAMED + r"|"
    r"land(?:s|ed|ing)?\s+(?:(?-i:[A-Z])\w+day\s+)?(?:in|at)|stop(?:s|ped)?\s+(?:in|at|over)|(?:a|first|last|next|final)\s+stop|"
    r"touch(?:es|ed|ing)?\s+down|jet(?:s|ted|ting)?\s+(?:off\s+|back\s+)?(?:to|into|in)\b|"
    # a person somewhere for a while: "is in Kyiv this week for talks", "will be in Berlin", "spent the weekend
    # in Rome", "was welcomed in Lima"
    r"will\s+be\s+in\s+(?=(?-i:[A-Z]))|(?:is|are|was|were)\s+(?:already\s+|still\s+|now\s+|back\s+|currently\s+|presently\s+)?in\s+"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?=\s+(?:for|on|this|next|to|since|until)\b|\s*,\s*where\b)|(?:is|are|was|were)\s+in\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:city|town|port|capital|village|island|region|province)\s+of\s+(?=(?-i:[A-Z]))|"
    # in apposition: "Nina Park, in Seoul for talks, said"
    r"(?<=,\s)in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?=\s+(?:for|on)\s)|sp(?:end|ends|ent|ending)\s+(?:\w+\s+){1,3}?in\s+(?=(?-i:[A-Z]))|"
    r"(?:was|were)\s+welcomed\s+(?:in|to)\s+" + NAMED + r"|"
    r"enter(?:s|ed|ing)?\s+" + NAMED + r"|cross(?:es|ed|ing)?\s+(?:into|over|to|from|the\s+border)|"
    r"fle(?:e|es|eing|d)|escap(?:e|es|ed|ing)\s+(?:to|from|into)|bound\s+for|en\s+route|on\s+(?:his|her|their|its|the)\s+way\s+(?:back\s+|home\s+)?to|on\s+the\s+road\s+to\b|"
    # verbs of moving in a manner, with a path: "drove to", "is sailing back across the Atlantic", "rode into"
    r"(?:dr(?:ive|ives|ove|iven|iving)|sail(?:s|ed|ing)?|r(?:ide|ides|ode|iding)|cruis(?:e|es|ed|ing)|roll(?:s|ed|ing)?)\s+"
    r"(?:" + _PATH_ADVERB + r"\s+)?(?:to|into|across|through|for|from)\b|delegation|leg\s+(?:of|to)|"
    # in haste, back or home ("rushed back to Leicester"; not "rushed to judgment", "a race to the bottom")
    r"(?:rush(?:es|ed|ing)?|hurr(?:y|ies|ied|ying)|rac(?:e|es|ed|ing)|dash(?:es|ed|ing)?|hasten(?:s|ed|ing)?)\s+"
    r"(?:back|home)\s+(?:to|from)\b|"
    # reaching a place, and crossing many: "expected to reach Lisbon", "crisscrossed Florida"
    r"reach(?:es|ed|ing)?\s+(?=(?:the\s+)?(?-i:[A-Z])[a-z])(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|criss-?cross(?:es|ed|ing)?|"
    # joining people somewhere, and sending a person by name or title: "was to have joined the orchestra in
    # Vienna", "sent Foreign Secretary Corazon Lim-Abaya to the gathering"
    r"join(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){1,4}?in\s+(?!" + MONTHS_DAYS + r"\b)" + NAMED + r"|"
    r"sen(?:d|ds|t|ding)\s+(?:(?:its|his|her|their)\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+){1,6}?to\s+(?=(?:the|a|an)\s|(?-i:[A-Z]))|"
    # and a company of people: "agreed to send a team of technical experts to the dam site"
    r"sen(?:d|ds|t|ding)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:team|delegation|mission|group|contingent)\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,3}?)?to\s+(?=(?:the|a|an)\s|(?-i:[A-Z]))|"
    # a person awaited somewhere: "is due in Bamako on Wednesday", "was expected back in Paris"
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bhimself\s)|(?<=\bherself\s)|(?<=\bthemselves\s)|"
    r"(?<=\balso\s)|(?<=\bstill\s)|(?<=\bnow\s))(?:due|expected)\s+(?:back\s+)?(?:in|at)\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)" + NAMED
)
# Verbs and nouns that move people by others' doing: transfers, expulsions, deployments.
_MOVED = (
    r"deport(?:s|ed|ing|ation|ations)?|extradit(?:e|es|ed|ing|ion)|transfer(?:s|red|ring)?\s+(?:[\w-]+\s+){0,4}?(?:to|from)|"
    r"(?:bring|brings|bringing|brought)\s+(?:[\w-]+\s+){0,4}?(?:back\s+)?to\s+" + NAMED + r"|"
    r"escort(?:s|ed|ing)?|repatriat(?:e|es|ed|ing|ion)|evacuat(?:e|es|ed|ing|ion)|expel(?:s|led|ling)?|"
    r"relocat(?:e|es|ed|ing|ion)|deploy(?:s|ed|ing|ment|ments)?|dispatch(?:es|ed|ing)?|"
    # by others, in a manner: "were bussed to Brussels", "are due to be taken by helicopter to the forest"
    r"(?:was|were|be|been|being)\s+(?:brought|taken|flown|sent|moved|driven|airlifted|bussed|bused|ferried|shuttled)\s+"
    r"(?:" + _PATH_ADVERB + r"\s+)?(?:by\s+(?:[\w-]+\s+){1,2}?)?(?:to|into)|"
    r"emigrat(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|"
    # (summoned to a ministry is a meeting there, a diplomatic protest: "summoned to Ostland's Foreign Office")
    r"(?:was|were|been|being)\s+(?:recalled|summoned)\s+(?:back\s+)?to\s+(?!(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:office|ministry|department|court|embassy|headquarters|palace|council|chancellery|commission)\b)" + NAMED
)
TRAVEL_WORDS = _TRAVEL + "|" + _MOVED + "|" + JOURNEY_CLASSES
