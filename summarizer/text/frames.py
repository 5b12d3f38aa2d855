"""More of FrameNet's frames for the gates, each member in the frame that gives it the event's sense: arriving in
other words and by vessel, passing through, a stay of some nights, leaving for somewhere (Arriving, Travel,
Residence, Departing); and contacting, hosting, discussing, questioning, diplomatic summoning, accompanying someone,
ceremonies of office (Contacting, Social_event, Discussion, Questioning, Cotheme, Change_of_leadership).

A match only makes the sentence a question for the model; the model and the record rules decide."""

from __future__ import annotations

from summarizer.text.lexicon import PERSON_TITLES, agent_plural

__all__ = ["FRAME_CONTACTS", "FRAME_JOURNEYS", "NAMED"]

# Where a path ends: a named place, maybe after "the" ("to the Hague").
NAMED = r"(?=(?:the\s+)?(?-i:[A-Z]))"
# People taken along, by what they are as a company: "took the squad to Lund".
_COMPANY = r"(?:team|squad|side|delegation|group|party|family|children|students|players|crew|staff|choir|band|troupe)"

# Arriving in other words: "breezed into Lund", "showed up in Tarsk", "got to Oslo", "popped over to Calais", "set
# foot in Mali", "landed back in Accra", "were back in Morrow", a crowd "streamed into Oddby", "had come across from
# the offices in Stellby".
_ARRIVING = (
    r"(?:breez|roll)(?:e|es|ed|ing)?\s+into\s+" + NAMED + r"|"
    r"(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+up\s+(?:in|at)\s+" + NAMED + r"|"
    r"(?:get|gets|got|getting)\s+to\s+" + NAMED + r"|"
    r"(?:pop|pops|popped|popping|nip|nips|nipped|nipping|hop|hops|hopped|hopping)\s+(?:over|across|down|up|out)?\s*to\s+"
    + NAMED + r"|"
    r"(?:set|sets|setting)\s+foot\s+(?:in|on)\s+" + NAMED + r"|land(?:s|ed|ing)?\s+back\s+in\s+" + NAMED + r"|"
    r"(?:is|are|was|were|be|been|got|get|gets)\s+(?:\w+ly\s+)?back\s+(?:in|at)\s+" + NAMED + r"|"
    r"(?:(?:stream|pour|flock|troop|throng)(?:ed|ing)|pours?)\s+(?:back\s+)?(?:into|to)\s+" + NAMED + r"|"
    r"(?:come|comes|came|coming)\s+(?:across|over)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])"
)
# A vessel and its people arriving: "called at Holmspar", "docked in Valletta", "put in at Cork", "came ashore at
# Dover", "disembarked in Piraeus".
_BY_VESSEL = (
    r"call(?:s|ed|ing)?\s+(?:in\s+)?at\s+" + NAMED + r"|(?:dock|berth|moor)(?:s|ed|ing)?\s+(?:at|in)\s+" + NAMED + r"|"
    r"(?:put|puts|putting)\s+in\s+at\s+" + NAMED + r"|(?:put|puts|came|come|comes|went|go|goes)\s+ashore\s+(?:at|in|on)\s+"
    + NAMED + r"|disembark(?:s|ed|ing)?\s+(?:at|in)\s+" + NAMED + r"|embark(?:s|ed|ing)?\s+for\s+" + NAMED
)
# On the way, through, or a while somewhere: "in transit to Doha", "stopped off in Rome", "stayed over in Bergen",
# "stayed in Lund for two nights", "checked into a hotel in Oslo", "swung through Ohio", "a visitor to Kenya", "took
# up residence in Nice", "a third stop, in Kelloway".
_THROUGH = (
    r"in\s+transit\s+(?:to|through)\s+" + NAMED + r"|stop(?:s|ped|ping)?\s+off\s+(?:in|at)\s+" + NAMED + r"|"
    r"stay(?:s|ed|ing)?\s+over\s+(?:in|at)\s+" + NAMED + r"|"
    r"stay(?:s|ed|ing)?\s+(?:on\s+)?in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+for\s+(?:a|an|one|two|three|"
    r"four|five|six|several|a\s+few|\d+)\s+(?:more\s+)?(?:nights?|days?|weeks?)\b|"
    r"check(?:s|ed|ing)?\s+in(?:to)?\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:hotel|guesthouse|inn|hostel|lodge)\s+in\s+"
    + NAMED + r"|"
    r"(?:pass(?:es|ed|ing)?|swing|swings|swung|swinging|sweep|sweeps|swept|sweeping)\s+through\s+" + NAMED + r"|"
    r"visitors?\s+to\s+" + NAMED + r"|t(?:ake|akes|ook|aking)\s+up\s+residence\s+in\s+" + NAMED + r"|"
    r"(?:first|second|third|fourth|fifth|sixth|next|final|last|latest)\s+(?:stop|leg)\s*,?\s+(?:in|at)\s+" + NAMED + r"|"
    r"as\s+(?:the|a|its|their)\s+(?:first|second|third|fourth|fifth|sixth|final|last)\s+(?:stop|leg)\b|"
    # a stay told by its length, and being away: "has been in Kelmar since Monday", "are away on a field week"
    r"(?:has|have|had)\s+been\s+(?:\w+ly\s+)?in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:since|for)\b|"
    r"(?:is|are|was|were|be|been)\s+away\s+(?:on|at)\s+(?:a|an|the|their|his|her)\b|"
    # following on later: "will follow on Monday with two trustees"
    r"(?:will|would|is\s+to|are\s+to|plans?\s+to|due\s+to)\s+follow\s+(?:later|on\s+(?-i:[A-Z])\w+day|with\s+(?:\w+\s+){0,2}?"
    r"(?:aides|trustees|officials|members|staff|colleagues|advisers|ministers))\b"
)
# Leaving for somewhere, and taking a company along: "is off to Lund", "shipped out to Darwin", "snuck into Gaza",
# "took the squad to Lund".
_OFF_TO = (
    r"(?:is|are|was|were|be)\s+off\s+to\s+" + NAMED + r"|ship(?:s|ped|ping)?\s+out\s+to\s+" + NAMED + r"|"
    r"(?:snuck|slip(?:s|ped|ping)?)\s+(?:back\s+)?into\s+" + NAMED + r"|"
    r"t(?:ake|akes|ook|aking|aken)\s+(?:the|his|her|their|its|a)\s+(?:[\w'’-]+\s+)?" + _COMPANY + r"\s+(?:back\s+)?to\s+"
    + NAMED
)
FRAME_JOURNEYS = _ARRIVING + "|" + _BY_VESSEL + "|" + _THROUGH + "|" + _OFF_TO

# Someone named or titled, after a verb of contact: "rang Prime Minister Ana Vell", "summoned the ambassador".
_SOMEONE = r"(?:(?:the|his|her|their|its)\s+)?(?:[\w'’-]+\s+)?(?=(?-i:[A-Z])|(?:ambassador|envoy|charg[eé]|consul|minister|president|mayor|governor)\b)"
# Someone by a title in lower case: "the water commissioner", "the town clerk", "her deputy".
_TITLED = (
    r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(sorted(PERSON_TITLES))
    + r"|prefect|clerk|deputy|registrar|warden|keeper|pilot|host|hosts)s?\b"
)
# Contacting by phone or screen: "rang Prime Minister Vell", "video-called her", "got on the phone with", "reached
# Vell by telephone", "had a word with".
_CONTACTING = (
    r"(?:rang|rings|ringing)\s+" + _SOMEONE + r"|video-?call(?:s|ed|ing)?\b|"
    r"(?:get|gets|got|getting)\s+on\s+the\s+(?:phone|telephone|line)\s+(?:to|with)\b|"
    r"reach(?:es|ed|ing)?\s+(?:[\w'’.-]+\s+){1,4}?by\s+(?:phone|telephone)\b|"
    r"(?:had|has|have|having)\s+(?:a\s+)?(?:quick\s+|brief\s+|private\s+|quiet\s+)?word\s+with\b"
)
# Hosting and sharing an occasion: "entertained Vell at his residence", "threw a party for the crew", "was the guest
# of Mayor Vell", "shared a meal with", "caught up with Vell", "Ruiz and Vell got together", "a webinar with
# investors", "a powwow with tribal elders".
_HOSTING = (
    r"entertain(?:s|ed|ing)?\s+" + _SOMEONE + r"|"
    r"(?:throw|throws|threw|thrown|throwing)\s+(?:a|an)\s+(?:[\w'’-]+\s+)?(?:party|dinner|reception|banquet|lunch|"
    r"luncheon|barbecue|gala)\s+for\b|"
    r"(?:was|were|is|are|be|been)\s+(?:the\s+)?guests?\s+of\b|"
    r"shar(?:e|es|ed|ing)\s+(?:a|the)\s+(?:[\w'’-]+\s+)?(?:meal|table|platform|podium)\s+with\b|"
    r"caught\s+up\s+with\s+(?=(?-i:[A-Z]))|catch(?:es|ing)?\s+up\s+with\s+(?=(?-i:[A-Z]))|"
    r"(?:get|gets|got|getting)\s+together\b(?!\s+(?:the|a|an|enough|some|funds|money|cash)\b)|(?:webinars?|powwows?|fireside\s+chats?)\s+with\b"
)
# Discussing, questioning and lobbying someone: "deliberated with", "debated Vell on television", "chatted to Vell",
# "quizzed the minister", "was cross-examined by", "faced questions from MPs", "took the stand",
# "lobbied Vell", "debriefed Vell".
_DISCUSSION = (
    r"deliberat(?:e|es|ed|ing)\s+with\b|(?-i:debat(?:e|es|ed|ing))\s+(?=(?-i:[A-Z])[a-z])|chat(?:s|ted|ting)?\s+to\s+" + _SOMEONE
    # (the verb in lower case: a Title Case headline's "Questions" is a noun as often as not)
    + r"|(?-i:quizz(?:es|ed|ing)|question(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|debrief(?:s|ed|ing)?)\s+"
    # (someone's, a thing of theirs: "questioning Mr. Cruz's eligibility")
    r"(?=(?:the\s+)?(?-i:[A-Z])[a-z])(?!(?:[\w.]+\s+){0,3}?[\w.]+['’]s\b)|"
    # a person by a lower-case title: "is set to quiz the treasurer", "grilled the minister"
    r"(?-i:quiz(?:zes|zed|zing)?|question(?:s|ed|ing)?|grill(?:s|ed|ing)?)\s+(?=" + _TITLED + r"(?!['’]))|"
    r"(?:was|were|is|are|be|been|being)\s+cross-examined\b|"
    r"fac(?:e|es|ed|ing)\s+questions\s+(?:from|by)\b(?!\s*(?:the\s+)?(?:reporters|journalists|correspondents|press|media)\b)|t(?:ake|akes|ook|aking|aken)\s+the\s+(?:witness\s+)?stand\b(?!\s+(?:that|on|against)\b)"
)
# Diplomatic and official contact: "summoned the ambassador", "called in the envoy", "paid his respects to", "paid a
# courtesy visit to Vell", "brokered a deal between".
_OFFICIAL = (
    r"(?:summon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+in)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:ambassador|envoy|charg[eé]|consul|"
    r"diplomat|nuncio|high\s+commissioner)s?\b|"
    r"pa(?:y|ys|id|ying)\s+(?:his|her|their|its)\s+respects\s+to\b|"
    r"pa(?:y|ys|id|ying)\s+(?:a|an)\s+(?:[\w'’-]+\s+)?(?:courtesy\s+)?visit\s+to\s+" + _SOMEONE + r"|"
    r"broker(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?between\b"
)
# Going along with someone, and ceremonies of office: "joined Vell for a walk", "toured the plant with Vell",
# "accompanied Vell around the site", "sat beside Vell at", "swore in the cabinet", "was sworn in by", "presented
# medals to the veterans", "addressed a packed hall".
_TOGETHER = (
    r"join(?:s|ed|ing)?\s+(?=(?-i:[A-Z]))(?:[\w.'’-]+\s+){1,4}?for\s+(?:a|an|the)\b|"
    r"tour(?:s|ed|ing)?\s+(?:the|a|an|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?with\s+(?=(?-i:[A-Z]))|"
    r"accompan(?:y|ies|ied|ying)\s+(?:[\w'’.-]+\s+){1,4}?(?:around|round|through|on|during|at)\b|"
    r"(?:sat|sit|sits|sitting)\s+(?:beside|opposite|next\s+to)\s+(?=(?-i:[A-Z]))|"
    # (the one who swears someone in, and the one sworn in by someone: "was sworn in for a fifth term" alone is no meeting)
    r"(?:swore|swear|swears|swearing)\s+in\s+(?=(?:the|a|an|his|her|their|its|new|\d+)\s|(?-i:[A-Z]))|sworn\s+in\s+(?:[\w'’-]+\s+){0,6}?by\b|"
    r"(?:present(?:s|ed|ing)?|award(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+out)\s+(?:[\w'’-]+\s+)?(?:medals|awards|prizes|"
    r"honours|honors|certificates|diplomas|degrees|decorations)\s+to\b|"
    r"address(?:es|ed|ing)?\s+(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:hall|room|house|chamber|auditorium|stadium|arena|"
    r"square|theatre|theater)\b"
)
# People counted, maybe about: "some three hundred stallholders", "roughly 150 nurses and porters".
_COUNTED_PEOPLE = (
    r"(?:(?:some|about|around|nearly|roughly|more\s+than|over|a\s+crowd\s+of|hundreds\s+of|dozens\s+of|scores\s+of)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty|[a-z]+teen|(?:a\s+)?hundred|(?:a\s+)?thousand)"
    r"(?:\s+(?:hundred|thousand))?\s+(?:[\w-]+\s+)?(?:" + agent_plural()
    + r"|[a-z]*(?:men|women|people|residents|members|"
    r"families|parents|pupils|students|fans|delegates|voters|parishioners|nurses|porters|staff|workers))\b"
)
# Before an audience, and a gathering between sides: "addressed a village indaba", "faced some three hundred
# stallholders", "addressed roughly 150 nurses", "put questions to the head groom", "took statements from mill hands", "reports back to supporters",
# "signed the contract over lunch", "Monday's session between the developers and the holders".
_BEFORE_MANY = (
    r"address(?:es|ed|ing)?\s+(?:a|an)\s+(?:public|open|village|mass|town|packed|special|joint|closed-door|emergency|"
    r"plenary|community|crowded)\s+[a-z]+|"
    r"(?:fac(?:e|es|ed|ing)|address(?:es|ed|ing)?|(?:spoke|speak|speaks|speaking|talk(?:s|ed|ing)?)\s+to)\s+"
    + _COUNTED_PEOPLE + "|"
    r"(?:put|puts|putting|pos(?:e|es|ed|ing)|direct(?:s|ed|ing)?)\s+(?:[\w-]+\s+)?questions\s+to\b"
    r"(?!\s*(?:the\s+)?(?:reporters|journalists|correspondents|press|media)\b)|"
    r"t(?:ake|akes|ook|aking|aken)\s+(?:[\w-]+\s+)?(?:statements|depositions|evidence|testimony)\s+from\b|"
    r"report(?:s|ed|ing)?\s+back\s+to\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+)?(?:members|supporters|"
    r"parents|residents|donors|parishioners|voters|staff|workers|shareholders|congregation|council|assembly|committee|"
    r"board)\b|"
    r"over\s+(?:a\s+)?(?:[\w-]+\s+)?(?:lunch|dinner|breakfast|supper|coffee|drinks)\b|"
    r"(?:sessions?|sittings?|rounds?|dialogues?|conversations?|exchanges?|debates?)(?=\s+between\b)"
)
# Accompanied, shown round, lobbied or dropped in on by someone, a document or gift handed to someone, an audience
# held (Accompaniment, showing, Attempt_suasion, Visiting, Giving): "was accompanied on the walk by the chief pilot",
# "was shown the gates by the keeper", "to lobby the water commissioner", "dropped in on the prefect", "gave a letter
# of protest to the town clerk", "held a short audience", "is in Velden for the review round".
_PERSON = r"(?:" + _SOMEONE + r"|" + _TITLED + r")"
_IN_PERSON_WITH = (
    r"(?:was|were|is|are|be|been|being)\s+(?:accompanied|shown)\s+(?:[\w'’-]+\s+){0,5}?by\s+" + _PERSON + r"|"
    r"(?-i:lobb(?:y|ies|ied|ying))\s+" + _TITLED + r"|(?:drop(?:s|ped|ping)?|look(?:s|ed|ing)?)\s+in\s+on\s+" + _PERSON + r"|"
    r"(?:hand(?:s|ed|ing)?(?:\s+over)?|gave|give|gives|giving|present(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:a|an|the|"
    r"their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}?(?:petition|letter|report|keys?|cheque|gift|memorandum|dossier|plaque|"
    r"charter|credentials)\s+(?:[\w'’-]+\s+){0,3}?to\s+" + _PERSON + r"|"
    r"(?:held|hold|holds|holding|had|have|has|granted|grants)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?audiences?\b|"
    # in a place, or arriving there, for a sitting: "is in Velden this week for the third review round"
    r"(?:(?:is|are|was|were|be)\s+in|arriv(?:e|es|ed|ing)\s+in|land(?:s|ed|ing)?\s+in)\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:sessions?|"
    r"rounds?|sittings?|summit|conference|congress|assembly|forum|talks)\b"
)
FRAME_CONTACTS = (
    _CONTACTING + "|" + _HOSTING + "|" + _DISCUSSION + "|" + _OFFICIAL + "|" + _TOGETHER + "|" + _BEFORE_MANY + "|"
    + _IN_PERSON_WITH
)
