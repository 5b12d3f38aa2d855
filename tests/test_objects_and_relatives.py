"""Attributions read from the shape of a verb's object and of the clause around it: a bare form after a modal or an
infinitive's "to", where a noun-phrase object ends, verbs of liking, a relative "that" as a subject, an infinitive
of one verb after refusing, an -ing form after a verb of beginning or avoiding, weighing in, a claim named by a
noun with no possessor, a judgment in the passive, and a participle after a document.

Every sentence here is written for the test; none comes from the evaluation corpus.
"""

from __future__ import annotations

import pytest
from test_attribution import found
from test_speakers import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare form after a modal, or after the "to" of a verb that takes an infinitive, is a verb even before a
        # preposition or a name
        ("The council will call for a review of the ferry budget.",
         [("The council", "call", "for a review of the ferry budget")]),
        ("Residents continued to call for a full account of the depot closure.",
         [("Residents", "call", "for a full account of the depot closure")]),
        ("The union would also call on the board to reverse the cuts.",
         [("The union", "call", "on the board to reverse the cuts")]),
        # the same form after a determiner or a noun that takes an infinitive stays a noun
        ("The mayor has a call for volunteers at the harbour.", []),
        ("The plan to call for bids was dropped in May.", []),
    ],
)  # fmt: skip
def test_a_bare_form_after_a_modal_or_an_infinitives_to_is_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun-phrase object ends at a comma before a participle or a conjunction of contrast
        ("Residents called for a full account of the closure, marching past the town hall at noon.",
         [("Residents", "called", "for a full account of the closure")]),
        ("Forty percent would back Ames, while many younger voters prefer Ruiz Ortega.",
         [("Forty percent", "back", "Ames"), ("many younger voters", "prefer", "Ruiz Ortega")]),
        # a clause keeps its length: what is said runs on past the comma
        ("Lee said the depot would close, while the ferry would keep running.",
         [("Lee", "said", "the depot would close, while the ferry would keep running")]),
        # a clause coordinated after an object with its own short subject is a second attribution
        ("Most residents prefer the old route and many others support the new one.",
         [("Most residents", "prefer", "the old route"), ("many others", "support", "the new one")]),
    ],
)  # fmt: skip
def test_a_noun_phrase_object_ends_where_the_clause_goes_on(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of liking and disliking state a stance toward their object
        ("Lee openly admires the former harbour master.", [("Lee", "admires", "the former harbour master")]),
        ("Her son loves the school he attends.", [("Her son", "loves", "the school he attends")]),
        ("Lee despised the levy, but she voted for it.", [("Lee", "despised", "the levy")]),
        # their nouns are no verbs
        ("The council is in favor of the plan.", []),
        ("She has no love for the new depot.", []),
    ],
)  # fmt: skip
def test_verbs_of_liking_state_a_stance(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "that" after a noun and before the verb relates a clause to that noun, which is the subject
        ("The harbour has a number of councils that support the new plan.", [("councils", "support", "the new plan")]),
        ("Guards patrol towns that oppose the new levy.", [("towns", "oppose", "the new levy")]),
        # a "that" after a verb opens a clause, and a noun after it is no verb
        ("Lee said that support for the plan is growing.", [("Lee", "said", "that support for the plan is growing")]),
    ],
)  # fmt: skip
def test_a_relative_that_makes_the_noun_before_it_the_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive of one verb after refusing or agreeing is a whole content
        ("Through a spokesman, the mayor declined to comment.", [("the mayor", "declined", "to comment")]),
        ("The ferry firm refused to testify.", [("The ferry firm", "refused", "to testify")]),
        ("The mayor wants to go.", []),  # wanting is no refusal: two words are too few
    ],
)  # fmt: skip
def test_an_infinitive_of_one_verb_after_refusing_is_a_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of beginning, going on, stopping or avoiding takes its subject's -ing form, which reports
        ("Lee avoids condemning the council's decision to close the depot.",
         [("Lee", "condemning", "the council's decision to close the depot")]),
        ("The mayor kept telling reporters the ferry would run.", [("The mayor", "telling", "the ferry would run")]),
        ("Officials started calling the plan a costly mistake.",
         [("Officials", "calling", "the plan a costly mistake")]),
        # so does one perceived or recorded in the act, in the passive
        ("The pilot is heard shouting at the crew that the ferry was late.",
         [("The pilot", "shouting", "that the ferry was late")]),
        ("The mayor was caught saying the depot would close.", [("The mayor", "saying", "the depot would close")]),
        ("Anyone considering the offer should read the terms.", []),  # a participle after a noun reports nothing
    ],
)  # fmt: skip
def test_an_ing_form_after_a_verb_of_beginning_or_avoiding_reports(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weighing in is commenting: what follows "on", "about" or "with" is what was said
        ("Other officials weighed in on Friday about whether the report should be released.",
         [("Other officials", "weighed", "whether the report should be released")]),
        ("Lee weighed in on the debate over ferry fares.", [("Lee", "weighed", "the debate over ferry fares")]),
        ("The boxer weighed in at ninety kilos.", []),
        ("Leaders weigh plans for a new depot.", []),
    ],
)  # fmt: skip
def test_weighing_in_is_commenting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more verbs of saying, of manner of speaking and of complaining
        ('In her speech, Lee proclaimed a goal of "safe ferries for all."',
         [("Lee", "proclaimed", 'a goal of "safe ferries for all."')]),
        ("Lee reassured voters that the depot would stay open.",
         [("Lee", "reassured", "that the depot would stay open")]),
        ("The harbour master confessed that the schedule was wrong.",
         [("The harbour master", "confessed", "that the schedule was wrong")]),
        # publishing and retweeting present what they publish
        ("The Herald first published the video of the ferry fire.",
         [("The Herald", "published", "the video of the ferry fire")]),
        ("Lee retweeted a blurred picture of the mayor at the pier.",
         [("Lee", "retweeted", "a blurred picture of the mayor at the pier")]),
        ("She'll present the depot budget to the council on Friday.",
         [("She", "present", "the depot budget to the council on Friday")]),  # a contracted "will" is no part of her
        # their nouns and adjectives are no verbs
        ("Lee was present at the meeting on Monday.", []),
        ("The fumes from the plant reached the school.", []),
        ("The council has an elaborate plan for the depot.", []),
    ],
)  # fmt: skip
def test_more_verbs_of_saying_and_of_manner_of_speaking_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim or a belief named by a noun with no possessor holds its clause; whose it is goes unsaid
        ("There is growing speculation that the depot will close.",
         [("", "speculation that", "the depot will close")]),
        ("Despite media pronouncements that Lee won the debate, she did not gain in the polls.",
         [("", "pronouncements that", "Lee won the debate")]),
        # a "that" before a verb opens a relative clause: no content; nor after a superlative
        ("The assurance that was given on Monday went unheeded.", []),
        ("It was the worst fear that we had known in years.", []),
        # what such a noun is about, to a comma; whose it is: a name the clause has for subject, never one who faces it
        ("The ferry firm faced questions about its safety record.", [("", "questions about", "its safety record")]),
        ("Ruiz held a long discussion about the new ferry fares.",
         [("Ruiz", "discussion about", "the new ferry fares")]),
        # "little" before it makes the word a noun
        ("The audit leaves little doubt that ferry fares will rise.",
         [("", "doubt that", "ferry fares will rise")]),
        # the same word as a verb is the verb's
        ("But harbour pilots worry that the depot will close.",
         [("harbour pilots", "worry", "that the depot will close")]),
        # having questions or doubts about something states them; a possessor in lower case owns a claim too
        ("The agency has questions about the filings of the ferry firm.",
         [("The agency", "has questions about", "the filings of the ferry firm")]),
        ("Voters heard the mayor's claim that the depot would close.",
         [("the mayor", "the mayor's claim", "that the depot would close")]),
    ],
)  # fmt: skip
def test_a_claim_named_by_a_noun_without_a_possessor_holds_its_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judgment or a stance in the passive, with its agent: the agent judges the subject
        ("The harbour master was praised by scores of pilots in the port.",
         [("scores of pilots", "praised", "The harbour master")]),
        ("Her plan for tolls was echoed by a handful of ferry crews.",
         [("a handful of ferry crews", "echoed", "Her plan for tolls")]),
        ("The levy was backed by three unions.", [("three unions", "backed", "The levy")]),
        ("The bill was approved by a wide margin.", []),  # a margin is no agent
        # echoing what another said is saying it again
        ("Lee echoed claims by the mayor that the depot would close.",
         [("Lee", "echoed", "claims by the mayor that the depot would close")]),
    ],
)  # fmt: skip
def test_a_judgment_in_the_passive_is_its_agents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a document tells what the document says, and the document is its issuer's
        ("Lee released a statement saying the depot would close.", [("Lee", "saying", "the depot would close")]),
        ("The union mailed a letter to harbour staff urging them to reconsider the cuts.",
         [("The union", "urging", "to reconsider the cuts")]),
        ("Recently, however, the council issued a paper welcoming the new plans for the depot.",
         [("the council", "welcoming", "the new plans for the depot")]),
        ("The crews kept a log listing every late sailing.", []),  # no verb of saying
    ],
)  # fmt: skip
def test_a_participle_after_a_document_reports_for_its_issuer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more verbs of judging: scolding and praising
        ("The auditor chastised the board for the late filings.",
         [("The auditor", "chastised", "the board for the late filings")]),
        ("Critics derided the toll plan as toothless.", [("Critics", "derided", "the toll plan as toothless")]),
        # imploring and persuading name whom they address; "her" before "to" is whom, not a possessive
        ("Two columnists implored her to bring the levy back.",
         [("Two columnists", "implored", "to bring the levy back")]),
        ("Aides urged her to put it to a vote.", [("Aides", "urged", "to put it to a vote")]),
    ],
)  # fmt: skip
def test_more_verbs_of_judging_and_of_urging_report(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_description_no_one_was_named_by_is_the_speaker_as_written() -> None:
    # "The harbour board" and "a ferry pilot" name no one the article named: kept whole, as written
    text = (
        "Ferries were late again on Monday. The harbour board said the schedule would change in May. "
        "A ferry pilot said that fares would rise."
    )
    found = speakers(text)
    assert found["the schedule would change in May"][0] == "The harbour board"
    assert found["that fares would rise"][0] == "A ferry pilot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb after a relative "that" is no subject: the relative clause's verb reports nothing by itself here
        ("The paper ran a feature that warmly praised the ferry crews.", []),
    ],
)  # fmt: skip
def test_an_adverb_after_that_is_no_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [a for a in found(text) if a[0] == "warmly"] == expected
