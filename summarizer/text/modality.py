"""How a sentence states its event: the tense, modality and negation of the clause that holds the cue word.

"said he would visit" is a future told (planned); "could meet", "urged both sides to renew talks", "meets on a
weekly basis" are hypotheses, wishes and habits; "did not travel" is negated; "cancelled his trip" cancelled.
"""

from __future__ import annotations

import re
from typing import Literal

from summarizer.text.events import cue_matches
from summarizer.text.lexicon import (
    CANCEL_WORDS,
    MONTHS,
    NUMBER_WORDS,
    PLANNED_WORDS,
    TELLING_VERBS,
    WEEKDAY_NAMES,
    finite_forms,
    word_pattern,
)

__all__ = ["PAST_PLAN", "Modality", "event_modality", "noun_called_off", "words_before"]

Modality = Literal["factual", "planned", "hypothetical", "negated", "cancelled"]

_CLAUSE_START = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\b(?:which|who|while|whereas|because|although|but|after|before)\b", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|neither|nor|without|no|refused\s+to|declined\s+to|failed\s+to|unable\s+to|denied)\b|n['’]t\b", re.IGNORECASE
)
_WEEKDAY = "(?:" + word_pattern(WEEKDAY_NAMES) + ")"  # any day of the week, in any case
# Every so often, a frequency (shared by the habit before an event word and the one after it): "every few weeks",
# "each spring", "every Sunday", "twice a year".
_EVERY = (
    r"(?:every|each)\s+(?:other\s+|second\s+|few\s+|two\s+|three\s+)?(?:day|week|month|year|weekend|morning|"
    r"evening|night|time|quarter|season|spring|summer|autumn|fall|winter|" + _WEEKDAY + r")s?|"
    r"(?:once|twice)\s+a\s+(?:week|month|year)"
)
# A frequency told anywhere in the cue's clause after it: "flies over the caldera every few weeks in summer", "hosts a
# session with voters every Sunday night", "meets them on Tuesdays".
_FREQUENCY = re.compile(r"\b(?:" + _EVERY + r"|on\s+" + _WEEKDAY + r"s)\b", re.IGNORECASE)
# A quantified occasion in the cue's clause after it: "meet the council before every budget", "after each tour".
_EACH_OCCASION = re.compile(
    r"[^,;:.]{0,60}?\b(?:before|after|at|during|ahead\s+of|following)\s+(?:every|each)\s+\w+", re.IGNORECASE
)
# Gatherings in general: a plural gathering noun with no determiner, number or name before it, in a sentence that
# dates no day ("prioritizing large rallies over voter interactions", "his emphasis will be on raucous rallies").
# Not the nouns that name one event in the plural ("held talks"), nor several told for a day ("held rallies on Sunday").
_BARE_GATHERINGS = re.compile(
    r"(?:rallies|ceremonies|forums|gatherings|vigils|receptions|banquets|dinners|luncheons|parties|events|galas|"
    r"fundraisers|town\s+halls|conventions)",
    re.IGNORECASE,
)
_DETERMINED = re.compile(
    r"\b(?:the|these|those|this|that|their|his|her|its|our|my|your|both|several|dozens|hundreds|such|no|"
    + word_pattern(NUMBER_WORDS) + r")\b|['’]s\b|\d|(?-i:\b[A-Z])",
    re.IGNORECASE,
)
# A day told: a weekday, a day near today, or a month's name (capitalised, full or short) and its day ("Nov. 26").
_A_DAY = re.compile(
    r"\b(?:" + _WEEKDAY + r"|today|tonight|yesterday|tomorrow|(?:last|this|next)\s+"
    r"(?:week|weekend|month)|(?=(?-i:[A-Z]))(?:" + word_pattern(MONTHS) + r")\.?\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def _in_general(sentence: str, cue: re.Match[str], window: str) -> bool:
    """The cue is a plural gathering noun standing bare (:data:`_BARE_GATHERINGS`): gatherings in general."""
    if not _BARE_GATHERINGS.fullmatch(cue.group(0)):
        return False
    return not _DETERMINED.search(" ".join(window.split()[-2:])) and not _A_DAY.search(sentence)


_IF_AFTER = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
# Staying away from an event is not taking part in it: "will boycott the summit", "skipped the talks", "is
# suspending participation in meetings", "pulled out of the conference".
_STAYED_AWAY = re.compile(
    r"\b(?:boycott(?:s|ed|ing)?|snub(?:s|bed|bing)?|skip(?:s|ped|ping)?|shun(?:s|ned|ning)?|"
    r"stay(?:s|ed|ing)?\s+away\s+from|pull(?:s|ed|ing)?\s+out\s+of|suspend(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?"
    r"participation\s+in)\b",
    re.IGNORECASE,
)
_JOURNEY_WORDS = r"(?:trip|visit|tour|journey|voyage|mission|pilgrimage|retreat|expedition|excursion|crossing|leg|stop)s?\b"
# Withdrawing from a journey one was to make: planned, then called off for the subject ("pulled out of the trip to
# Lund", "withdrew from the retreat to Kessany"; a gathering pulled out of goes on without them: stayed away).
_WITHDRAWING = r"(?:(?:pull(?:s|ed|ing)?|drop(?:s|ped|ping)?|bow(?:s|ed|ing)?)\s+out\s+of|withdr(?:aw|aws|awing|ew|awn)\s+from)"
_WITHDREW_FROM = re.compile(
    r"\b" + _WITHDRAWING
    + r"(?:\s+(?:a|an|the|this|that|his|her|their|its|(?-i:[A-Z])[\w.'’-]*['’]s))?(?:\s+(?!(?:and|or|but|then|to|in|on|at|for|with)\b)[\w'’-]+){0,3}?\s*$",
    re.IGNORECASE,
)
# The same, in one cue with its event noun ("withdrew from Friday's trip to"; not "withdrew from Lund to the coast").
_WITHDREW_FROM_EVENT = re.compile(
    _WITHDRAWING + r"\s+"
    r"(?:(?:a|an|the|this|that|his|her|their|its|(?-i:[A-Z])[\w.'’-]*['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _JOURNEY_WORDS,
    re.IGNORECASE,
)
_JOURNEY_NOUN = re.compile(r"\b" + _JOURNEY_WORDS, re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|if|unless|whether|should|possibly|perhaps|maybe|hop(?:e|es|ed|ing)|wants?\s+to|consideration|"
    r"wanted\s+to|wish(?:es|ed)?\s+to|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed)?\s+on|ask(?:s|ed)?|"
    r"invit(?:e|es|ed|ing)|consider(?:s|ed|ing)?|any|every|each|possible|potential|would\s+like|one\s+day|someday|"
    r"some\s+day|eventually|(?:willing|ready|prepared|eager|keen|open)\s+to)\b|"
    r"\bmay\b",
    re.IGNORECASE,
)
# An event word as the object of "dropped": "but dropped that leg of the trip" (not "dropped off", "dropped by").
_DROPPED = re.compile(r"\bdropped\s+(?:that|the|a|an|its|his|her|their|this)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_RELATIVE_ON_EVENT = re.compile(r",\s*(?:(?:at|in|during)\s+which|where)\b[^,;]*$")
# An infinitive of purpose on an event noun, inside its own phrase: "A planned stop in Tangier to tour the site".
_PURPOSE_OF_EVENT = re.compile(r"^[^,;:()\u2014\u2013]{0,60}\sto\s+$")
# An event not yet fixed, told by its noun: "agreed to hold a future bilateral meeting", "future talks" (read in the
# event's words with the words before them).
# Not yet fixed: a future or a proposed event ("a future visit", "the proposed cooperation forum", "proposed talks").
_NOT_YET_FIXED = re.compile(r"\b(?:future|propos(?:e|es|ed|ing)|mooted)(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_CONDITION_FIRST = re.compile(r"\W*(?:if|unless|should|were|had|suppose|supposing|imagine)\s", re.IGNORECASE)
_BEFORE_PERFECT = re.compile(r"(?:before|until)\b.*\b(?:has|have|had)(?:\s+\w+ly)?$", re.IGNORECASE)
# The month, not the modal: "May 9", "9 May", "in May", "On 9 May the mayor met", "early May", "since May".
_MAY_MONTH = re.compile(
    r"\bMay\s+\d|(?<=\d\s)May\b|(?<=\d(?:st|nd|rd|th)\s)May\b|"
    r"\b(?:[Ii]n|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ince|[Uu]ntil|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)[\s-]+May\b"
)
_WOULD = re.compile(r"\bwould\b|['’]d\b", re.IGNORECASE)
# A future told by these is planned ("said he would visit"); one promised or vowed is not yet a plan.
# (the verbs that tell news, and "agreed", "decided": a future agreed or decided on is planned too)
_REPORTING = re.compile(
    rf"\b(?:{word_pattern(f for v in (*TELLING_VERBS, 'agree', 'decide') for f in finite_forms(v))})\b", re.IGNORECASE
)
# An event somebody urges, asks, hopes or calls for: the event word in the infinitive or "for" phrase that
# completes the verb ("urged both sides to return to the negotiating table and renew talks", "called for
# new talks"); its object may stand between ("urged both sides to").
_WISHED_FOR = re.compile(
    r"\b(?:urg|encourag|appeal|invit|press|push|call|ask|want|hop|seek|sought|propos|offer|demand|insist|"
    r"wish|plead)\w*(?:\s+(?!together\b)[\w'’-]+){0,6}?\s+(?:to|for)\s+(?:(?!(?:before|after|while|when|then|since|until)\b)[\w-]+\s+){0,3}"
    r"(?:(?:and|or)\s+(?:[\w-]+\s+){1,2})?$",
    re.IGNORECASE,
)
# Invited to an event by its noun, the event is fixed, with a guest list ("Residents are invited to an open briefing at
# the hall on 2 May"); invited to do something is not ("invited Ruiz to visit Oslo").
_INVITED_TO_EVENT = re.compile(
    r"\binvit(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:a|an|the|this|its|their|our|his|her)\s+(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# The subjunctive after a verb of demand: "demanded that Hale be extradited", "insists that they be sent home":
# what is demanded, not what happened.
_MANDATIVE = re.compile(
    r"\b(?:demand|insist|ask|urg|request|recommend|propos|suggest|requir|order)\w*\s+that\s+"
    r"(?:[\w'’.-]+\s+){1,6}?(?:not\s+)?be\s+$",
    re.IGNORECASE,
)
# A habit or a count of events, not one event: "meets on a weekly basis", "regularly travels to", "annual
# forums", "have met several times", "has visited China on many occasions", "typically visited China three or
# four times a year".
_HABITUAL = re.compile(
    r"\b(?:on\s+a\s+(?:weekly|monthly|daily|regular|yearly|annual|routine)\s+basis|regularly|routinely|usually|"
    r"normally|typically|generally|customarily|(?:\w+\s+(?:or\s+\w+\s+)?)times\s+a\s+(?:week|month|year)|"
    r"often|frequently|" + _EVERY + r"|annual\s+\w+s|weekly|monthly|repeatedly|(?:several|many|multiple|numerous|countless|"
    r"a\s+few|a\s+number\s+of)\s+(?:times|occasions)|"
    r"on\s+(?:several|many|multiple|numerous)\s+occasions)\b",
    re.IGNORECASE,
)
# An event as the object of a verb of asking for it: "demanded a meeting with the owners", "requested talks",
# "sought an audience with" (what is asked for has not happened).
_ASKED_FOR = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|(?:call|ask|press|push)(?:s|es|ed|ing)?\s+for)\s+"
    r"(?:(?:a|an|new|fresh|urgent|further|immediate)\s+){0,2}(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The future words, and in the words just before an event word: a bare "plan(ned)" ("a planned visit"), "is
# to", "going to", "shall", "'ll", "to" ("to visit").
_PLANNED_WORDS = re.compile(
    rf"\b(?:{word_pattern(PLANNED_WORDS)}|shall|plan(?:s|ned|ning)?|(?:is|are|was|were)\s+to|going\s+to|about\s+to|"
    r"prepares\s+to|forthcoming)\b|['’]ll\b|\bto$",
    re.IGNORECASE,
)
_CANCEL_WORDS = re.compile(rf"\b(?:{word_pattern(CANCEL_WORDS)})\b", re.IGNORECASE)
# A plan of the past (shared with text/movement.py's journeys called off), and one that a 'but' clause undoes: "had intended to fly to Leyte, but the trip was called off", "was
# due to join the delegation but stayed in Brisbane", "was to have joined the orchestra in Vienna but withdrew".
PAST_PLAN = (
    r"(?:had\s+(?:(?:also|already|\w+ly)\s+)?(?:planned|intended|hoped|meant|wanted)|"
    r"(?:was|were)\s+(?:(?:also|already|\w+ly)\s+)?(?:due|scheduled|set|expected|supposed|meant)|"
    r"had\s+(?:(?:also|already|\w+ly)\s+)?been\s+(?:due|scheduled|set|expected))"
)
_PAST_PLAN = re.compile(
    r"\b(?:" + PAST_PLAN + r"|(?:was|were)(?=\s+to\s+have\b))"
    r"\s+to(?:\s+have)?\s*$",
    re.IGNORECASE,
)
_UNDONE = re.compile(
    rf"^[^.;]*?\bbut\b[^.;]*?\b(?:{word_pattern(CANCEL_WORDS)}|dropped|withdr[ae]w\w*|pulled\s+out|backed\s+out|"
    r"bowed\s+out|stepped\s+aside|stayed|remained|"
    r"decided\s+against|could\s+not|was\s+unable)\b",
    re.IGNORECASE,
)


def _in_adjunct(clause: str) -> bool:
    """The cue opens a 'before/after/while' adjunct of its own ("... before leaving for Rome")."""
    return len(clause.split()) < 2 and bool(re.match(r"\s*(?:before|after|while)\b", clause, re.IGNORECASE))


def _clause_of(sentence: str, start: int) -> str:
    """The text of the cue's own clause before it."""
    before = sentence[:start]
    cut = 0
    for m in _CLAUSE_START.finditer(before):
        cut = m.end() if m.group(0)[0] in ",;:()\u2014\u2013 " else m.start()
    return before[cut:]


def words_before(sentence: str, start: int, words: int = 8) -> str:
    """The words of the cue's own clause just before it (at most ``words``)."""
    before = sentence[:start]
    cut = 0
    for m in _CLAUSE_START.finditer(before):
        cut = m.end() if m.group(0)[0] in ",;:()\u2014\u2013 " else m.start()
    own = before[cut:].split()
    if _in_adjunct(before[cut:]):
        # "will meet X before travelling": the gerund shares the main clause, back to its punctuation
        main = before[:cut]
        stops = [m.end() for m in re.finditer(r"[,;:()\u2014\u2013\"”]", main)]
        return " ".join(main[stops[-1] if stops else 0 :].split()[-2 * words :] + own)
    return " ".join(own[-words:])


# The parties named right after a meeting noun: "A summit between Holm and Kiprono could ...", "talks with Ann Lund".
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_PARTIES = re.compile(r"^\s+(?:between\s+" + _NAME + r"\s+and\s+" + _NAME + r"|with\s+" + _NAME + r")(?=\s)")


def _own_words_after(sentence: str, end: int) -> str:
    """The cue's clause after it, up to a clause joined by 'and' ("flew to Lagos on Sunday and has gone back every
    year since": the habit is the second clause's)."""
    return re.split(r"\sand\s", _after(sentence, end, 12), maxsplit=1)[0]


def _after(sentence: str, end: int, words: int = 5) -> str:
    """The words just after the cue, up to the end of its clause: a noun's predicate ('the trip was cancelled'),
    past the parties named after it ('a summit between Holm and Kiprono could take place')."""
    rest = _PARTIES.sub("", sentence[end:], count=1)
    m = re.search(r"[,;:()\u2014\u2013]|\s-\s|\b(?:while|but|after|before|because)\b", rest, re.IGNORECASE)
    return " ".join((rest[: m.start()] if m else rest).split()[:words])


# (a journey 'delayed' or 'suspended' in its predicate may still take place: only these call it off)
_CALLING_OFF = tuple(w for w in CANCEL_WORDS if not w.startswith(("delay", "suspend")))
# A noun's own predicate past its modifiers and an apposition, calling it off: "Her planned briefing with fire
# investigators at the depot on Wednesday was called off", "A leg to Asmara, pencilled in for Wednesday, has been
# dropped", "A stop in Manila that diplomats had pencilled in was scrapped". Another clause ('and', 'but',
# 'because') ends the search; a relative clause's own predicate is not the noun's.
_NOUN_CALLED_OFF = re.compile(
    # a full stop inside the sentence is an abbreviation's ("incumbent Sen. Dale Hesketh"), not its end
    r"(?:(?!\b(?:and|but|while|because|after|before|so|when|said|says)\b)(?:[^.;:]|\.(?=\s*\w)))*?"
    r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)"  # not a relative clause's own predicate ("which was postponed")
    # (a predicate of necessity told done: "A planned drive south had to be shelved")
    rf"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|got|had\s+to\s+be)\s+(?:\w+\s+)?(?:{word_pattern(_CALLING_OFF)}|"
    r"dropped|axed|scrubbed|ruled\s+out|struck\s+(?:off|from)|taken\s+off)\b",
    re.IGNORECASE,
)
_AWAITED = re.compile(r"(?:due|expected)\s", re.IGNORECASE)
_PREDICATE_MODAL = re.compile(
    r"^(?:\S+\s+){0,3}?(?:could|might|(?-i:may)|would|should|(?:is|was|are|were|seems?|seemed|remains?|remained)\s+"
    r"(?:still\s+)?(?:possible|likely|unlikely|uncertain|doubtful|in\s+doubt))\b",
    re.IGNORECASE,
)
_PREDICATE_FUTURE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:will|(?:is|are)\s+(?:expected|scheduled|planned|set|due|to\s+(?:be|resume|begin|open|start|take)))\b",
    re.IGNORECASE,
)


# A determiner, a possessive or 'planned' just before the cue: the cue is a noun ("Her planned briefing",
# "A leg", "the talks").
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|this|that|planned|scheduled|proposed)|['’]s)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _is_noun_cue(sentence: str, cue: re.Match[str]) -> bool:
    """The cue is a noun: a determiner before it, or opening it ("A stop in")."""
    if re.match(r"(?:a|an|the)\s", cue.group(0), re.IGNORECASE):
        return True
    return _NOUN_BEFORE.search(sentence, max(0, cue.start() - 60), cue.start()) is not None


def noun_called_off(sentence: str, cue: re.Match[str]) -> int | None:
    """Where the predicate that calls off the cue, a noun, ends ("A news conference she had been scheduled to give
    ... was cancelled"); None when the cue is no noun or its predicate does not call it off."""
    called = _NOUN_CALLED_OFF.match(sentence, cue.end()) if _is_noun_cue(sentence, cue) else None
    return called.end() if called else None


# Held up for minutes or hours, which calls nothing off: "His flight to Lagos was delayed by two hours".
_HELD_UP = re.compile(
    r"\W*(?:\S+\s+){0,4}?(?:was|were|is|are|has\s+been|had\s+been)\s+delayed\s+(?:by|for)\s+"
    r"(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?(?:\w+\s+)?(?:minutes?|hours?)\b",
    re.IGNORECASE,
)


def _cue_modality(sentence: str, cue: re.Match[str]) -> Modality:
    window = words_before(sentence, cue.start())
    after = "" if _HELD_UP.match(sentence, cue.end()) else _after(sentence, cue.end())
    if _CANCEL_WORDS.search(window) or _CANCEL_WORDS.search(after) or _DROPPED.search(window):
        return "cancelled"
    withdrawn = _WITHDREW_FROM.search(window) and _is_noun_cue(sentence, cue) and _JOURNEY_NOUN.search(cue.group(0))
    if withdrawn or _WITHDREW_FROM_EVENT.match(cue.group(0)):
        return "cancelled"  # "pulled out of the trip to Lund", "withdrew from the retreat to Kessany"
    if noun_called_off(sentence, cue) is not None:
        return "cancelled"
    if _PAST_PLAN.search(sentence[: cue.start()]) and _UNDONE.search(sentence[cue.end() :]):
        return "cancelled"
    stayed_away = _STAYED_AWAY.search(window) is not None and _is_noun_cue(sentence, cue)  # "skipped the summit"
    if (_NEGATION.search(window) or stayed_away) and not _in_adjunct(_clause_of(sentence, cue.start())):
        return "negated"  # (a negation does not reach into "before leaving": "did not say it before leaving")
    if _AWAITED.match(cue.group(0)):
        return "planned"  # "is due in Bamako", "is expected in Dakar"
    invited = _INVITED_TO_EVENT.search(window + " ")  # the guest of a fixed event: the words before the invitation tell
    moot = window[: invited.start()] if invited else window
    moot = _MAY_MONTH.sub(" ", moot)  # the month is no modal
    if _HYPOTHETICAL.search(moot) or _NOT_YET_FIXED.search(f"{window} {cue.group(0)}"):
        return "hypothetical"
    before = sentence[max(0, cue.start() - 160) : cue.start()]
    wished = _WISHED_FOR.search(before) is not None and _INVITED_TO_EVENT.search(before) is None
    if wished or _MANDATIVE.search(before) or _ASKED_FOR.search(before):
        return "hypothetical"
    if _HABITUAL.search(window) or _HABITUAL.search(after) or _FREQUENCY.search(_own_words_after(sentence, cue.end())) \
            or _EACH_OCCASION.match(sentence, cue.end()) or _in_general(sentence, cue, window):
        return "hypothetical"  # a habit, not one event
    if _PREDICATE_MODAL.search(after):
        return "hypothetical"  # "the summit could happen", "a trip may follow"
    if _PREDICATE_FUTURE.search(after):
        return "planned"
    if _BEFORE_PERFECT.match(window):
        return "hypothetical"  # "a summit that could happen before he has met them": not yet met
    if _WOULD.search(window) is not None:
        # "said he would visit" is a future told; "hoped it would lead to talks", "he would visit
        # if asked" are hopes and hypotheses.
        told = list(_REPORTING.finditer(sentence[: cue.start()]))
        # (a condition after it keeps it a hypothesis: "said he would fly to Pretoria ... if no deal was reached")
        if told and not _HYPOTHETICAL.search(sentence[told[-1].end() : cue.start()]) and not _IF_AFTER.search(
            sentence, cue.end()
        ):
            return "planned"
        return "hypothetical"
    if _PLANNED_WORDS.search(window):
        return "planned"
    return "factual"


def _on_the_event_before(sentence: str, before: re.Match[str], cue: re.Match[str]) -> bool:
    """The cue stands in a relative clause on the event before it ("A forum ..., at which she was to take
    questions") or in an infinitive of purpose on that event's noun ("A planned stop in Tangier to tour the site")."""
    if _RELATIVE_ON_EVENT.search(sentence, before.end(), cue.start()):
        return True
    return _is_noun_cue(sentence, before) and _PURPOSE_OF_EVENT.match(sentence[before.end() : cue.start()]) is not None


def event_modality(sentence: str, pattern: re.Pattern[str]) -> Modality:
    """How the sentence states its event: factual, planned, hypothetical, negated or cancelled.

    Each cue word of ``pattern`` (in its event sense) is read with the words of its own
    clause before it: a cancelling verb ('cancelled', 'called off', 'postponed') near it
    makes it cancelled; a negation ('did not', 'never', 'no') negated; a modal or a
    condition ('could', 'might', 'may', 'if', 'should', 'hopes to', 'urged ... to') or a
    quantifier ('every meeting') hypothetical; 'would' a future told by a reporting verb
    ('said he would visit': planned) or else a hypothesis; a future ('will', 'plans to', 'is
    to', 'expected to', 'to visit') planned. One factual cue makes the sentence factual;
    otherwise planned, then cancelled, then hypothetical, then negated, in that order.
    """
    if _CONDITION_FIRST.match(sentence):
        return "hypothetical"  # "If they are willing to leave ..., ...": the whole sentence is a condition
    cues = cue_matches(pattern, sentence)
    # a cue in a relative clause on an earlier one is that event's own ("A forum planned for Friday, at which she
    # was to take questions from residents, has been called off"): the earlier cue tells its mood
    cues = [m for i, m in enumerate(cues) if not (i and _on_the_event_before(sentence, cues[i - 1], m))]
    found = {_cue_modality(sentence, m) for m in cues}
    order: tuple[Modality, ...] = ("factual", "planned", "cancelled", "hypothetical", "negated")
    return next((mood for mood in order if mood in found), "factual")
