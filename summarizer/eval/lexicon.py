"""The scorer's own word lists: pronouns, titles, generic organisation words, movers.

These lists are kept here ON PURPOSE, apart from the runtime's lexicon
(``summarizer.text.lexicon``): the measurement must stay independent of what it measures, so a
change to the words the pipeline uses cannot move the scores that judge it. Do not import
``summarizer.text`` lists into ``summarizer.eval`` for scoring, and do not merge these into the
runtime lexicon; change them only as a change of the scoring rules (README, "Matching rules").
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_WORDS",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "DEMONYM_SUFFIXES",
    "DETERMINERS",
    "GENERIC_ORG_WORDS",
    "NAME_PARTICLES",
    "NON_TRIP_NOUNS",
    "PARTY_WORDS",
    "PERSON_NOUNS",
    "PRONOUNS",
    "STOP_WORDS",
    "TITLES",
    "words",
]


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------
# Names and speakers (eval.names)
# --------------------------------------------------------------------------------------------

#: Pronouns: a gold source made of them names nobody.
PRONOUNS = words(
    "i me my mine myself you your yours yourself yourselves he him his himself she her hers "
    "herself it its itself we us our ours ourselves they them their theirs themselves who whom "
    "whose which that this these those one"
)
#: Titles and honorifics, dropped from names before comparing.
TITLES = words(
    "mr mrs ms miss mx dr prof professor sir dame lord lady president vice secretary minister "
    "prime chancellor senator sen rep congressman congresswoman gov governor mayor pope king "
    "queen prince princess sheikh gen general col lt adm admiral ambassador envoy spokesman "
    "spokeswoman spokesperson chairman chairwoman chair ceo former deputy acting then rev "
    "reverend rabbi father judge candidate nominee presidential leader majority minority whip "
    "speaker premier foreign"
)
#: Function words dropped from names.
STOP_WORDS = words("the a an of and for to in at on by")
#: Organisation words too generic to carry a match by themselves.
GENERIC_ORG_WORDS = words(
    "department ministry office campaign party government committee house council agency "
    "administration team spokesman spokeswoman spokesperson statement news service group "
    "officials official authorities company corporation corp inc co ltd llc plc energy holdings"
)
#: Country abbreviations unified before comparing names.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
}
#: Words that open a bare description ('the spokesman', 'another friend, ...').
DETERMINERS = words("the a an this that another one his her their its our my your some")
#: Party words: capitalised, yet part of a description ('the Democratic candidate').
PARTY_WORDS = frozenset({"democratic", "republican", "gop", "democrat", "conservative", "labour", "liberal"})


# --------------------------------------------------------------------------------------------
# Trip movers (eval.events)
# --------------------------------------------------------------------------------------------

#: Words that make a Transport Artifact/Agent a person or delegation.
PERSON_NOUNS = words(
    "president presidents minister ministers secretary secretaries delegation delegations leader "
    "leaders official officials envoy envoys pope king queen prince princess prime chancellor "
    "senator senators team spokesman spokeswoman diplomat diplomats ambassador ambassadors "
    "premier governor mayor candidate nominee lawmaker lawmakers delegate delegates "
    "representative representatives congressman congresswoman monarch emperor sheikh emir general "
    "commander negotiator negotiators dignitaries dignitary foreign first lady "
    "squad squads orchestra orchestras troupe troupes choir choirs ensemble ensembles contingent entourage"
)
#: Words that make it goods, forces or displaced people: not a trip.
NON_TRIP_NOUNS = words(
    "goods troop troops soldier soldiers refugee refugees migrant migrants weapon weapons arms "
    "aid patient patients civilian civilians force forces army armies military police policemen "
    "rebel rebels fighter fighters militant militants insurgent insurgents trucks truck cargo "
    "supplies supply food ammunition tanks tank vehicles prisoners prisoner detainees evacuees "
    "residents asylum seekers immigrants pilots marines sailors units battalion battalions "
    "brigade"
)
#: Capitalised plural nationality words (groups of people, not a named traveller).
DEMONYMS = words(
    "iraqis pakistanis israelis saudis somalis yemenis kuwaitis qataris emiratis bangladeshis "
    "afghanis afghans omanis nepalis azeris kurds turks arabs britons french dutch swiss thais "
    "filipinos greeks poles czechs danes swedes finns"
)
#: Endings of nationality words (Russians, Koreans, Chinese).
DEMONYM_SUFFIXES = ("ians", "eans", "ans", "ese")
#: Words ignored when deciding whether a mover is a capitalised proper name.
ARTICLE_WORDS = words("the a an his her their its our of and")
#: Lower-case particles inside a person's name ("Yousef bin Rashid", "Pieter van der Hoek", "Luiz da Silva").
NAME_PARTICLES = words("bin ibn bint binti al el van von der den de del della di da dos das du la le ter ten")
