"""Occasions one person shares with many: testimony, a service or a ceremony led, a public act, a talk, the press.

Patterns only (no functions): :mod:`summarizer.text.events` joins them into its meeting cues and
:mod:`summarizer.text.cues` into the contacts a sentence states. Each is a class of deeds or nouns
read from the grammar ("lay a wreath at", "appeared before the committee", "took questions from"),
not a list of names.
"""

from __future__ import annotations

__all__ = ["CEREMONY", "INTERVIEW_GIVEN", "MEAL", "OCCASION", "ONE_BEFORE_MANY", "PRESS", "TALK_GIVEN"]

# One person before many, an event with its audience: testimony ("flew in to give evidence", "is due to appear before
# the committee"), a service or a ceremony led ("celebrated Mass for 60,000 people", "presided over the ceremony"), a
# meeting of scholars and a ceremony by its noun ("at a workshop in Sendai", "the dedication of the garden").
ONE_BEFORE_MANY = (
    r"arraigned\s+(?:[\w'’-]+\s+){0,3}?before\b|"
    r"g(?:ive|ives|ave|iving|iven)\s+evidence|appear(?:s|ed|ing|ance)?\s+(?:(?:on|in|at|this|next|later|again)\s+"
    r"(?:[\w'’-]+\s+)?|\w+ly\s+)?before\s+(?:[\w.'’-]+\s+){0,5}?(?:committee|"
    r"commission|panel|judges?|court|tribunal|jury|inquiry|senate|parliament|lawmakers|magistrates?|board|council|"
    r"hearing)|"
    r"(?:said|says|saying)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w'’-]+\s+)?(?-i:M)ass\b|"
    r"(?:celebrat|officiat|l(?:ed|ead|eads|eading)\b)\w*\s+(?:at\s+)?(?:(?:a|an|the|his|her)\s+)?"
    r"(?:(?!(?:to|of|by|in|for|on|at|from|with)\b)[\w'’-]+\s+){0,2}?"
    r"(?:mass|masses|liturgy|service|services|prayers|vigil|funeral|wedding)\b|"
    r"presid(?:e|es|ed|ing)\s+(?:over|at)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?(?:ceremony|service|mass|"
    r"funeral|wedding|meeting|session|hearing|summit|talks|conference|parade|sitting|synod|chapter|assembly|rite|"
    r"blessing|celebration|ordination|graduation|inquiry|tribunal)|"
    r"workshops?|seminars?|symposi(?:um|a)|colloqui(?:um|a)|(?:dedication|inauguration|unveiling|groundbreaking|"
    r"ribbon-cutting)\s+(?:of|ceremony)|"
    # a walk among people or a ribbon cut with someone: "a walkabout of the depot with its manager", "a ribbon-cutting
    # with local sponsors"; a farewell to people: "farewelled the crew at a breakfast"
    r"(?:walkabouts?|walkarounds?|walk-?throughs?|ribbon-cuttings?)\s+(?:[\w'’-]+\s+){0,5}?with\b|"
    r"farewell(?:s|ed|ing)\s+(?:the|a|an|his|her|their|its|some|\d+|(?-i:[A-Z]))"
)
# A public act before others, a ceremony by its deed: "is due to lay a wreath at the memorial", "unveiled a plaque",
# "chair an extraordinary congress", "will confirm some 300 young people", "walked the red carpet with", "are
# scheduled to debate on March 3", "a joint appearance with", "is scheduled to read alongside" (one named party there
# is enough, as at a gathering). A funeral is not one: the dead are no party, and the mourners named at one are not
# met (the dev corpus's annotation); nor is a march, a demonstration (text/senses.py).
CEREMONY = (
    r"(?:lay|lays|laid|laying)\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,3}?(?:wreaths?|foundation\s+stones?|cornerstones?)|"
    r"unveil(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:plaques?|statues?|memorial|monument|bust|portrait)|"
    r"cut(?:s|ting)?\s+(?:the|a)\s+(?:ceremonial\s+)?ribbon|"
    # opening a public building: "is due to open a new harbour pavilion", "inaugurated the bridge" (not a business's
    # own site, "opened a factory"; a gathering opened is the gathering itself, told as such)
    r"(?:open(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing))\s+(?:a|an|the|its|(?-i:[A-Z])[\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:museum|pavilion|hospital|school|bridge|terminal|library|stadium|embassy|consulate|airport|park|memorial|"
    r"clinic|campus|dam|highway|railway)\b|"
    r"(?:chair(?:s|ed|ing)?\s+(?:a|an)|co-?chair(?:s|ed|ing)?\s+(?:a|an|the|its|his|her|their))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|session|congress|summit|conference|hearing|assembly|round\s*table|roundtable|forum|talks|sitting|"
    r"commission|committee|board|council|panel|inquiry|synod|chapter)\b|"
    r"(?:confirm|ordain|bapti[sz]|bless)(?:s|es|ed|ing|e)?\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?\d[\d,]*\s|"
    r"walk(?:s|ed|ing)?\s+the\s+red\s+carpet|"
    r"(?:to|will|would)\s+debate\s+(?:each\s+other|on|in|at|next|this|\w+day)\b(?!(?:\s+\w+)?\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:law|bill|motion|budget|measure|proposal|amendment|resolution)s?\b)|"
    r"appearances?\s+(?:with|alongside|at\s+(?:a|an|the))\b|"
    r"(?:read|reads|reading|sing|sings|sang|singing|play|plays|played|playing)\s+alongside\b"
)
# A talk given before an audience, whose audience the model judges: "where he is to give a lecture at the Academy".
TALK_GIVEN = (r"(?:g(?:ive|ives|ave|iving|iven)|deliver(?:s|ed|ing)?)\s+(?:a|an|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
              r"(?:lecture|speech|sermon|keynote|recital|masterclass|reading|talk)\b(?!-)")
# A news conference in other words, and questions put in person: "took a handful of questions from reporters",
# "Facing the press on Tuesday", "was questioned under oath", "heard two hours of argument from prosecutors" (one
# named party is enough, as at a gathering).
PRESS = (
    r"(?:t(?:ake|akes|ook|aking)|field(?:s|ed|ing)?|answer(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?questions\s+from\b|"
    # questions taken before an audience for a time or at a gathering: "took questions for an hour and a half at a
    # town hall" (a town hall meeting, not the building: "a town hall", "a town-hall meeting")
    r"t(?:ake|akes|ook|aking)\s+questions\s+(?:for\s+(?:an?|\w+)\s+(?:[\w-]+\s+)?(?:hours?|minutes)|at\s+(?:a|an)\s)|"
    r"(?:at|for|during|held|hold|holds|holding|hosted|hosts|hosting)\s+a\s+(?:[\w'’-]+\s+)?(?-i:town[-\s]hall)s?\b|"
    r"(?-i:town[-\s]hall)\s+(?:session|meeting|forum|assembly|event|debate)s?\b|"
    r"fac(?:e|es|ed|ing)\s+(?:the\s+)?(?:reporters|press|media|journalists|cameras)\b|questioned\s+under\s+oath|"
    r"heard\s+(?:[\w-]+\s+){0,4}?(?:argument|arguments|testimony|evidence|submissions)\s+from|"
    r"(?:questioning|grilling|cross-examination)\s+(?:from|by)\b|"
    # the press briefed in person: "Marsh briefed reporters on the waterfront"
    r"brief(?:s|ed|ing)?\s+(?:the\s+)?(?:reporters|journalists|press|media)\b|"
    # questioned in person by someone: "was questioned by fraud investigators for nine hours"
    r"(?:was|were|be|been|being)\s+questioned\s+(?:[\w'’-]+\s+){0,3}?by\b|"
    # a call to the press, held in person: "spoke at a press call at the boathouse", "a photo call"
    r"(?:press|photo)[\s-]+calls?\b"
)
# An interview given: "gave an interview", "granted an exclusive interview", "sat for interviews".
INTERVIEW_GIVEN = r"(?:gave|give|gives|giving|granted|grants|sat\s+for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?interviews?"
# A meal or a reception, an occasion people share: "a working lunch with", "a state banquet in his honour".
MEAL = r"(?:breakfast|lunch|luncheon|dinner|banquet|reception)"
# An occasion people come together for: "mourn during a Mass", "gather for the anniversary celebrations".
OCCASION = r"celebrations?|vigils?|(?-i:Mass)|(?:memorial|prayer|church|religious|interfaith)\s+services?"
