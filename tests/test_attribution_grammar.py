"""Attributions that follow general rules of English grammar: the forms a verb can take as a noun, the
phrases that stand before or inside a subject, and the senses of a verb that report nothing.

Every sentence here is written for the test; none comes from the evaluation corpus.
"""

from __future__ import annotations

import pytest
from test_attribution import found

from summarizer.extract.event_parts import reporting_sources
from summarizer.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An official said the minister was ill.", ("An official", "said", "the minister was ill")),
        ("The public warned that prices would rise.", ("The public", "warned", "that prices would rise")),
        ("A senior official told reporters the talks had stalled.",
         ("A senior official", "told", "the talks had stalled")),
        ("The official statement said the plant was closed.",
         ("The official statement", "said", "the plant was closed")),
    ],
)  # fmt: skip
def test_a_past_form_after_a_determiner_and_an_adjective_is_the_verb(text: str, expected: tuple[str, str, str]) -> None:
    # a past form ("said", "told") is never a noun, so the word before it heads the subject
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Early estimates put the cost at two billion dollars.",
        "An early warning came from the weather service.",
        "A Trump-style retort followed the question.",
        "The so- called reform was delayed for another year.",  # a compound broken after its hyphen
        # 'by' with a time or a manner names no agent of a passive
        "The bill was approved by a wide margin.",
        "The result was announced by Friday.",
        "The decision was announced by phone.",
        "The rule was announced by 2019.",
        # a particle makes a phrasal verb of another sense
        "The mayor backed out of the deal on Friday.",
        "She called back later that night.",
        "The report showed up on the website late Monday.",
        "The union called off the strike.",
    ],
)
def test_a_noun_a_time_or_a_phrasal_verb_that_looks_like_an_attribution_makes_none(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The statement read: the port would close next week.",
         ("The statement", "read", "the port would close next week")),
        ("Officials estimate: about two thousand people left the town.",
         ("Officials", "estimate", "about two thousand people left the town")),
    ],
)  # fmt: skip
def test_a_colon_after_a_noun_like_verb_opens_what_it_reports(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_noun_before_a_colon_after_a_possessive_is_still_a_noun() -> None:
    assert found("The group's plan: to close the port by May.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was confirmed by two officials.", ("two officials", "confirmed", "The report")),
        ("The news was first reported by several outlets.", ("several outlets", "reported", "The news")),
        ("The deal was announced by the company's chief executive.",
         ("the company's chief executive", "announced", "The deal")),
        ("The plan was criticized by lawmakers from both parties.", ("lawmakers", "criticized", "The plan")),
        ("The plan was announced by the council on Monday.", ("the council", "announced", "The plan")),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_is_a_noun_phrase_of_any_shape(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The driver had no criminal record, the company added, and had passed every test.", "the company", "added"),
        ("In the two years since the flood, Lee says, the town has not recovered.", "Lee", "says"),
        ("A new road would not only cut travel times, she said, but also bring jobs.", "she", "said"),
        ("The mayor, officials said, will resign on Friday.", "officials", "said"),
        ("The new dam, the ministry said in a statement, will be finished by May.", "the ministry", "said"),
        ("The plan, said Ann Lee, would cost too much.", "Ann Lee", "said"),
    ],
)  # fmt: skip
def test_an_attribution_set_off_by_commas_inside_a_clause_reports_the_whole_clause(
    text: str, source: str, cue: str
) -> None:
    assert found(text) == [(source, cue, text.rstrip("."))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He could not find a single buyer, he said, on condition of anonymity.",
         ("he", "said", "He could not find a single buyer")),
        ("The plan was approved, said Ann Lee, who chairs the board.", ("Ann Lee", "said", "The plan was approved")),
    ],
)  # fmt: skip
def test_an_attribution_followed_by_an_adverbial_or_a_relative_clause_still_closes(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


def test_commas_around_a_relative_clause_or_an_aside_make_no_attribution() -> None:
    assert found("The plan, which Lee announced, would cost too much.") == []
    assert found("The vote, however, was delayed until the spring.") == []


def test_a_medial_source_only_reports_the_meeting_it_sets_off() -> None:
    text = "Ministers of both countries met in Oslo on Monday, a spokesman said, and agreed to meet again."
    sent = split_sentences(text)[0]
    assert [text[s:e] for s, e in reporting_sources(sent)] == ["a spokesman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party gained ground, with a new poll showing the mayor ahead by ten points.",
         ("a new poll", "showing", "the mayor ahead by ten points")),
        ("He will need their votes, with recent polls showing a tight race in the state.",
         ("recent polls", "showing", "a tight race in the state")),
        # the phrase ends at its comma when the main clause goes on
        ("The council, citing survey data indicating strong support for the plan, approved it.",
         ("survey data", "indicating", "strong support for the plan")),
    ],
)  # fmt: skip
def test_a_participle_of_evidence_after_its_noun_reports_what_the_noun_shows(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in found(text)


def test_an_evidence_form_after_a_possessive_or_a_name_is_no_reduced_relative() -> None:
    assert found("She pointed to his 22 percent showing in the county.") == []
    assert [c for _, c, _ in found("The film ends with Lee showing the house to her son.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy was quoted as saying that talks would resume.",
         ("The envoy", "saying", "that talks would resume")),
        ("Ann Lee, the agency's director, was widely quoted as warning that funds would run out.",
         ("Ann Lee, the agency's director", "warning", "that funds would run out")),
    ],
)  # fmt: skip
def test_the_subject_of_quoted_as_is_the_source_of_the_participle(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_verb_coordinated_after_a_quotation_takes_the_first_verbs_source() -> None:
    text = (
        'The minority leader, Senator Paul Okafor of Illinois, called the bill "a tax cut for the wealthy disguised '
        'as a health plan" and accused Republicans of writing it "behind closed doors."'
    )
    assert [(s, c) for s, c, _ in found(text)] == [
        ("The minority leader, Senator Paul Okafor of Illinois", "called"),
        ("The minority leader, Senator Paul Okafor of Illinois", "accused"),
    ]


def test_a_subject_told_by_its_noun_before_a_relative_clause_is_the_source_of_a_participle() -> None:
    text = (
        "The president, who has visited the state four times this year, renewed his attacks on the nominee, "
        'calling her "a puppet of the unions."'
    )
    assert [s for s, c, _ in found(text) if c == "calling"] == ["The president"]


def test_a_participle_after_a_quotations_closing_mark_ends_the_content_before_it() -> None:
    text = 'Dana Whitfield said that the estimates were "plausible but optimistic," noting that the plan assumed a lot.'
    assert [(s, c, content) for s, c, content in found(text) if c in ("said", "noting")] == [
        ("Dana Whitfield", "said", 'that the estimates were "plausible but optimistic'),
        ("Dana Whitfield", "noting", "that the plan assumed a lot"),
    ]


def test_a_dateline_is_no_subject_of_a_participle() -> None:
    text = (
        "DES MOINES — Senator Ellen Marchetti of Ohio unveiled an overhaul of the tax code on Monday, saying it "
        "would pay for itself."
    )
    assert [s for s, c, _ in found(text) if c == "saying"] == ["Senator Ellen Marchetti of Ohio"]
    # a noun of the object before the comma is no verb of saying whose subject the participle takes
    text = "Senator Ellen Marchetti of Ohio unveiled a tax plan on Monday, saying it would pay for itself."
    assert [s for s, c, _ in found(text) if c == "saying"] == ["Senator Ellen Marchetti of Ohio"]


def test_a_participle_that_ends_a_fronted_clause_leaves_the_subject_after_its_comma() -> None:
    text = (
        "Sensing where things were headed, Florida Sen. Ann Lee (R), a co-sponsor of the bill in that chamber, "
        "reversed herself and opposed it as she ran."
    )
    assert [s for s, c, _ in found(text) if c == "opposed"] == ["Florida Sen. Ann Lee (R), a co-sponsor of the bill"]
    # with no comma between them, the participle modifies the head, and the name in apposition is the subject
    assert ("Ivo Sand of Lake Mills", "said", "the harvest was late") in found(
        "One farmer backing the mayor, Ivo Sand of Lake Mills, said the harvest was late."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is close, two officials familiar with the talks said.",
         ("two officials familiar with the talks", "said", "The deal is close")),
        ("Prices will keep rising, the report stated.", ("the report", "stated", "Prices will keep rising")),
    ],
)  # fmt: skip
def test_a_verb_like_noun_inside_a_closing_source_is_not_its_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Lee and Reyes both said the plan would fail.", "Lee and Reyes"),
        ("In Ohio, Sen. Ann Lee and Gov. Tom Reyes said the plan would fail.", "Sen. Ann Lee and Gov. Tom Reyes"),
        ("The bill passed and Reyes said the plan would fail.", "Reyes"),  # 'and' joins two clauses here
        ("They both said the plan would fail.", "They"),  # a floating quantifier between subject and verb
    ],
)
def test_two_names_coordinated_by_and_are_one_subject(text: str, source: str) -> None:
    assert [s for s, _, _ in found(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” Lee told reporters Tuesday, adding that the army was on alert.",
        "“We are ready,” Lee told The Daily Ledger, adding that the army was on alert.",
    ],
)
def test_a_participle_after_told_and_its_listener_takes_the_teller_as_source(text: str) -> None:
    assert ("Lee", "adding", "that the army was on alert") in found(text)


def test_a_bare_abstract_noun_is_the_whole_object_of_a_verb_of_judgment() -> None:
    assert found("The company denied wrongdoing.") == [("The company", "denied", "wrongdoing")]
    assert found("The group denied responsibility.") == [("The group", "denied", "responsibility")]
    assert found("The minister denied it.") == []  # a pronoun alone reports nothing the reader can use
    assert found("Lee thanked Reyes.") == []  # a name alone is whom, not what


def test_per_and_a_named_source_after_a_comma_attributes_the_clause_before_it() -> None:
    text = "She had moved to Cairo two years ago, per the Daily Ledger."
    assert found(text) == [("the Daily Ledger", "per", "She had moved to Cairo two years ago")]
    assert [c for _, c, _ in found("Prices rose two per cent, the bank said.")] == ["said"]
    assert found("The fee is five dollars per person at the gate.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An effort to recruit pastors supporting Ann Lee in every county began in May.",
         [("pastors", "supporting", "Ann Lee")]),
        ("Groups opposing the Clean Harbor Act held a rally.", [("Groups", "opposing", "the Clean Harbor Act")]),
        ("Progressives backing his bid were pleased.", []),  # the object of a stance is a name
    ],
)  # fmt: skip
def test_a_participle_of_stance_after_its_noun_takes_the_name_it_governs(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_phrasal_verb_of_speech_still_reports() -> None:
    assert [c for _, c, _ in found("The senator called out the mayor for lying.")] == ["called"]


def test_point_out_is_a_speech_act_and_point_alone_is_not() -> None:
    assert found("He pointed out that the law had changed.") == [("He", "pointed", "that the law had changed")]
    assert ("Lee", "pointing", "that the law had changed") in found("Lee spoke, pointing out that the law had changed.")
    assert found("Lee points to the chart on the wall.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After talking about security, Mr. Lund walked to the bus stop.",
         [("Mr. Lund", "talking", "security")]),
        ("Criticizing the plan as too costly, the mayor said she would veto it.",
         [("the mayor", "Criticizing", "the plan as too costly"), ("the mayor", "said", "she would veto it")]),
        ("Walking to the car, Lee waved.", []),  # not a verb of attribution
    ],
)  # fmt: skip
def test_a_fronted_participle_takes_the_main_clauses_subject_as_source(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_manner_adverb_between_the_verb_and_that_is_not_content() -> None:
    assert found("Lee said flatly that the plan would fail.") == [("Lee", "said", "that the plan would fail")]
    assert found("Lee wondered aloud that the plan might fail.") == [("Lee", "wondered", "that the plan might fail")]
    assert found("Lee said the family that owns the mill would sell it.") == [
        ("Lee", "said", "the family that owns the mill would sell it")
    ]


def test_a_name_before_a_gerund_of_speech_after_of_is_its_source() -> None:
    text = "The vote led to the spectacle of Ann Lee denouncing the mayor's plan on live television."
    assert found(text) == [("Ann Lee", "denouncing", "the mayor's plan on live television")]
    assert found("The meeting began with Lee reading a statement.") == []  # 'read' is a document's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor sees the plan as a threat to the harbor.",
         [("The mayor", "sees", "the plan as a threat to the harbor")]),
        ("Critics view the law as too broad.", [("Critics", "view", "the law as too broad")]),
        ("The president demurred, seeing it as showmanship.", [("The president", "seeing", "it as showmanship")]),
        # without "as", seeing is perceiving, and a particle makes a phrasal verb, in a participle too
        ("Lee saw the crash from her window.", []),
        ("Lee left early, seeing no reason to stay.", []),
        ("She arrived at the rally, showing off the hat her campaign had given her.", []),
    ],
)  # fmt: skip
def test_see_view_and_regard_judge_only_with_as(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_see_as_with_its_object_moved_to_a_relative_reports_nothing() -> None:
    text = "The drills answer what the government sees as aggression in nearby waters."
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chairman spoke with the judge and did not rule out a meeting.",
         [("The chairman", "rule", "a meeting")]),  # an auxiliary and 'not' after 'and'
        ("Lee met the board but would not say whether she would resign.",
         [("Lee", "say", "whether she would resign")]),
        # 'rule' reports with 'out', and a ruling in its past form with its finding after "that" (PolNeAR's
        # annotators count a court's ruling as an attribution)
        ("The court ruled that the law was valid.", [("The court", "ruled", "that the law was valid")]),
        ("The court's rules that bind the clerks were upheld.", []),
    ],
)  # fmt: skip
def test_rule_out_and_a_verb_coordinated_with_its_auxiliary(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's telling allies that the plan will work.", [("He", "telling", "that the plan will work")]),
        ("They’re warning that prices will rise.", [("They", "warning", "that prices will rise")]),
        ("He's said that the plan will fail.", [("He", "said", "that the plan will fail")]),
        ("Lee's warning came too late for the town.", []),  # a possessive, not a contracted 'is'
    ],
)  # fmt: skip
def test_a_contracted_be_makes_a_progressive_and_leaves_the_pronoun_as_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_an_age_between_commas_is_an_aside_before_an_apposition() -> None:
    text = "Ann Lee, 54, a former mayor of the city, told reporters that the plan would fail."
    assert found(text) == [("Ann Lee", "told", "that the plan would fail")]


# "to" after a reporting verb: a recipient or an object ("wrote to the council"), no content; an infinitive
# ("urged the council to reject"); or an infinitive of purpose, which takes the subject of its clause.
_TO_AFTER_A_VERB: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Ann Lee wrote to the council on Monday.", []),
    ("The mayor responded to the critics within an hour.", []),
    ("Lee agreed to a meeting on Friday about the budget.", []),
    ("Lee urged the council to reject the plan.", [("Lee", "urged", "to reject the plan")]),
    ("Ann Lee agreed to a call on Friday, but only to tell the mayor that she opposes the plan.",
     [("Ann Lee", "tell", "that she opposes the plan")]),
    ("The mayor went on the radio in order to warn residents that the river would flood.",
     [("The mayor", "warn", "that the river would flood")]),
]  # fmt: skip


def test_to_after_a_reporting_verb_names_a_recipient_or_opens_an_infinitive_of_purpose() -> None:
    for text, expected in _TO_AFTER_A_VERB:
        assert found(text) == expected, text


def test_infinitives_coordinated_after_an_object_are_not_the_subjects() -> None:
    # "her" does what the infinitives say, not the subject of "need"
    text = "Party elders need her to lead the campaign, and to remind voters that the plan will work."
    assert all(source != "Party elders" for source, _, _ in found(text))


def test_a_listener_with_any_determiner_is_not_part_of_the_content() -> None:
    for listener in ("a local newspaper", "her staff", "an old friend", "the city council"):
        text = f"Ann Lee told {listener} that the plan would fail."
        assert found(text) == [("Ann Lee", "told", "that the plan would fail")], text


def test_a_participle_before_a_colon_still_ends_the_content_before_it() -> None:
    text = "The spokesman said no meeting was planned with the mayor, adding: “If one is proposed we will consider it.”"
    assert found(text) == [
        ("The spokesman", "said", "no meeting was planned with the mayor"),
        ("The spokesman", "adding", "“If one is proposed we will consider it.”"),
    ]


def test_a_verb_coordinated_around_an_embedded_question_takes_the_main_subject() -> None:
    text = "The spokesman declined to say who would win the vote but said the count was fair."
    assert ("The spokesman", "said", "the count was fair") in found(text)


def test_a_relative_clause_closed_by_its_comma_is_no_embedded_question() -> None:
    text = ("Ann Lee, a surgeon at the city hospital who was not involved in the trial, praised the study "
            "but warned that patients should not stop their medication.")
    warned = [(source, content) for source, verb, content in found(text) if verb == "warned"]
    assert [(source.split(",")[0], content) for source, content in warned] == [
        ("Ann Lee", "that patients should not stop their medication")
    ]


def test_a_noun_phrase_after_a_closing_quotation_is_in_apposition_to_the_source() -> None:
    # and after "told" the name is whom it was told to, never its source ("..., told CNN")
    for text in (
        "“The council keeps the library open,” a longtime friend, Ann Lee, told CNN.",
        "“The council keeps the library open,” a longtime friend, Ann Lee told CNN.",
    ):
        assert found(text) == [("a longtime friend, Ann Lee", "told", "“The council keeps the library open,”")], text


def test_nouns_coordinated_by_and_at_the_start_of_a_clause_are_one_subject() -> None:
    for subject in ("Doctors and nurses", "The doctors and nurses", "Party members and officials"):
        assert found(f"{subject} warned that the hospital was full.") == [
            (subject, "warned", "that the hospital was full")
        ]
    # a clause before the 'and' has its own verb: the subject is what follows the 'and'
    assert found("Protesters marched and officials warned that the hospital was full.") == [
        ("officials", "warned", "that the hospital was full")
    ]


def test_an_adverb_of_manner_between_the_verb_and_its_clause_is_not_content() -> None:
    assert found("Lee has said repeatedly the next mayor should choose the judge.") == [
        ("Lee", "said", "the next mayor should choose the judge")
    ]
    # an adjective of the content's subject stays: "early voting", "likely voters"
    assert found("Lee said early voting would start on Monday.") == [("Lee", "said", "early voting would start on Monday")]


@pytest.mark.parametrize(
    "text",
    [
        "She is likely to keep up the digs at her rival, as she has demonstrated in recent speeches.",
        "She is popular across the country, rather than a regional candidate, as his manager suggested after she won.",
    ],
)
def test_a_content_that_is_only_when_or_where_the_words_were_given_reports_nothing(text: str) -> None:
    assert found(text) == []


def test_a_content_that_opens_with_a_phrase_of_time_and_goes_on_is_kept() -> None:
    assert found("Lee said in 2015 the mill would close, in a letter to workers.")[0][:2] == ("Lee", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When Ms. Levi came to Paris, she felt blindsided by the demand.", []),  # a state felt
        ("But Ali did not feel well and was unable to attend.", []),
        ("She felt the plan was wrong.", [("She", "felt", "the plan was wrong")]),  # a feeling told
        ("Sanders maintained his double-digit lead over Clinton.", []),  # a lead kept
        ("He maintained his innocence throughout the trial.", [("He", "maintained", "his innocence throughout the trial")]),
        ("The former president showed considerable restraint on Monday.", []),  # a quality shown
        ("The poll showed that voters were split.", [("The poll", "showed", "that voters were split")]),
    ],
)  # fmt: skip
def test_feel_maintain_and_show_in_another_sense_report_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name closing the content before a closing description is the source
        ("The plan will cut costs, Ann Lee, a spokeswoman for the ministry, said.", [("Ann Lee", "said", "The plan will cut costs")]),
        # a surname alone after a quotation's closing mark
        ('"We will not sell at a discount," Lanham, a former investment banker, said in the letter.',
         [("Lanham", "said", '"We will not sell at a discount,"')]),
        ("The deal was signed in Lagos, Nigeria, the company said.",
         [("the company", "said", "The deal was signed in Lagos, Nigeria")]),  # a place is no name of a source
        ("The deal was signed in Charleston, South Carolina, the company said.",
         [("the company", "said", "The deal was signed in Charleston, South Carolina")]),  # a US state too
        ("The plan will cut costs, officials familiar with the talks said.",
         [("officials familiar with the talks", "said", "The plan will cut costs")]),
        # a closing source has no verb of its own: "talks" is a noun of the participle phrase, and the results hold
        # the evidence that closes the clause before it
        ("The party won the most votes, early results showed, setting the stage for weeks of coalition talks.",
         [("early results", "showed", "The party won the most votes")]),
    ],
)  # fmt: skip
def test_the_source_of_a_closing_attribution_is_a_noun_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs and adjectives of subject control and raising pass their subject to the infinitive of speech
        ("The mayor appeared to suggest that the depot would stay open.",
         [("The mayor", "suggest", "that the depot would stay open")]),
        ("Lund seemed to concede that the vote was lost.", [("Lund", "concede", "that the vote was lost")]),
        ("The ministry was quick to point out that the figures were old.",
         [("The ministry", "point", "that the figures were old")]),
        ("Reyes began to argue that the levy was unfair.", [("Reyes", "argue", "that the levy was unfair")]),
        # "agree" with a thing as its object settles it; agreeing to or that opens a clause
        ("The fleets failed to agree herring quotas for the spring.", []),
        ("Both towns agreed a new bus timetable on Friday.", []),
        ("Lund agreed that the vote was lost.", [("Lund", "agreed", "that the vote was lost")]),
        # answering a request for comment is no words reported
        ("A lawyer for the firm did not respond to repeated requests for comment.", []),
        ("The club did not reply to two messages seeking comment on Friday.", []),
        ("Lund responded that the vote was lost.", [("Lund", "responded", "that the vote was lost")]),
    ],
)  # fmt: skip
def test_a_verb_of_control_passes_its_subject_to_the_infinitive_and_an_object_of_another_sense_reports_nothing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund of speech after a preposition of time or means tells what the clause's subject said
        ("The mayor opened the hearing by saying the budget was balanced.",
         [("The mayor", "saying", "the budget was balanced")]),
        ("Lund ended her talk on Friday before warning that the fund would run dry.",
         [("Lund", "warning", "that the fund would run dry")]),
        ("The minister closed the talks on Monday by insisting that no depot would close.",
         [("The minister", "insisting", "that no depot would close")]),
        # inside what an earlier verb reports, the gerund is the reported clause's own
        ("Reyes told the council that the fleet had sailed after rejecting the offer.",
         [("Reyes", "told", "that the fleet had sailed after rejecting the offer")]),
        ("Reyes said herons can keep a nest for years before leaving it.",
         [("Reyes", "said", "herons can keep a nest for years before leaving it")]),
    ],
)  # fmt: skip
def test_a_gerund_of_speech_after_a_preposition_reports_for_its_clauses_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or a day between a verb and its particle: "spoke warmly of", "spoke out on Monday about"
        ("The mayor spoke warmly of the ferry crews.", [("The mayor", "spoke", "the ferry crews")]),
        ("Lund spoke out on Monday about the closure of the depot.",
         [("Lund", "spoke", "the closure of the depot")]),
        ("Reyes talked at length about her plans for the harbour.", [("Reyes", "talked", "her plans for the harbour")]),
        ("The officials spoke on condition of anonymity.", []),  # a condition, no particle of the verb
        # whom one talks with or to may stand between the verb and "about"
        ("Reyes talked with ferry crews on Monday about the new fares.",
         [("Reyes", "talked", "the new fares")]),
        ("The mayor spoke to harbour staff about the closure of the depot.",
         [("The mayor", "spoke", "the closure of the depot")]),
        ("The mayor spoke to reporters on Monday.", []),
    ],
)  # fmt: skip
def test_an_adverb_or_a_day_may_stand_between_a_verb_and_its_particle(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund with a finite verb after it is a clause's subject: the sentence goes on past the parenthetical
        ("Though the first vote was calm, she said, holding a second would be far harder.",
         [("she", "said", "Though the first vote was calm, she said, holding a second would be far harder")]),
        # a participle phrase of the writer's, or one of saying, closes it
        ("The depot will close, the union said, setting the stage for a long dispute.",
         [("the union", "said", "The depot will close")]),
        ("The depot will close, the union said, adding that talks would go on.",
         [("the union", "said", "The depot will close"), ("the union", "adding", "that talks would go on")]),
    ],
)  # fmt: skip
def test_a_gerund_subject_after_a_parenthetical_continues_the_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of stance or feeling after a verb of being: its subject is the source, its matter the content
        ("The union has been critical of Lund.", [("The union", "been critical of", "Lund")]),
        ("Shop owners were increasingly worried about the closure of the bridge.",
         [("Shop owners", "were increasingly worried about", "the closure of the bridge")]),
        ("The mayor is confident that the ferry will sail in May.",
         [("The mayor", "is confident", "that the ferry will sail in May")]),
        ("The crew is afraid of nothing.", []),  # one word, and no name: no content
        ("Ferry owners weren't very concerned about the new timetable.",
         [("Ferry owners", "weren't very concerned about", "the new timetable")]),
        # a noun of one who takes a stance: its object, to a comma, is the content
        ("Reyes has been a longtime opponent of the toll road.", [("Reyes", "been a longtime opponent of", "the toll road")]),
        ("Reyes, who is a critic of the toll road, spoke first.", [("who", "is a critic of", "the toll road")]),
    ],
)  # fmt: skip
def test_an_adjective_of_stance_after_a_verb_of_being_reports_an_attitude(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim named by a noun with its possessor, and what it is about, to the next comma
        ("Lund's remarks about the closure of the depot, made late, drew anger.",
         [("Lund", "Lund's remarks about", "the closure of the depot")]),
        ("Her comments Tuesday on the ferry timetable were brief.",
         [("Her", "Her comments Tuesday on", "the ferry timetable were brief")]),
        ("Her comments on Tuesday, however, were brief.", []),  # a day is no matter
    ],
)  # fmt: skip
def test_a_possessors_comment_about_a_matter_is_an_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a progressive with adverbs between 'be' and the -ing form, or a 'be' with its negation
        ("The mayor is again openly questioning the cost of the bridge.",
         [("The mayor", "questioning", "the cost of the bridge")]),
        ("Reyes isn't saying whether the ferry will sail in May.",
         [("Reyes", "saying", "whether the ferry will sail in May")]),
        ("The union is increasingly arguing that the depot should stay open.",
         [("The union", "arguing", "that the depot should stay open")]),
        # an -ing form after a modal or a noun is no progressive: a participle, not a reporting verb
        ("Anyone suggesting a delay was told to wait.", []),
    ],
)  # fmt: skip
def test_adverbs_may_stand_between_be_and_a_progressive_verb_of_speech(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of presenting information: their object is what is told
        ("The council also outlined its budget for the harbour.",
         [("The council", "outlined", "its budget for the harbour")]),
        ("The weekly has detailed costs that fell on the town.",
         [("The weekly", "detailed", "costs that fell on the town")]),
        ("The review underscored a glaring weakness in the ferry schedule.",
         [("The review", "underscored", "a glaring weakness in the ferry schedule")]),
        # their plural forms are nouns, in a subject too, and a past form after a determiner is an adjective
        ("Leaked documents from the depot show the cost rose by a third.",
         [("Leaked documents from the depot", "show", "the cost rose by a third")]),
        ("The council approved a detailed plan for the harbour.", []),
    ],
)  # fmt: skip
def test_verbs_of_presenting_information_report_their_object(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # object control: the object of a verb of causing or asking is the infinitive's subject
        ("The storm prompted the council at its May session to order a review of the harbour.",
         [("the council", "order", "a review of the harbour")]),
        ("Reyes forced the director, who was under questioning, to admit that the depot had lost money.",
         [("the director", "admit", "that the depot had lost money")]),
        # purpose: an infinitive of speech after a whole clause reports for the clause's subject
        ("Harbour officials met on Monday to discuss the closure of the depot.",
         [("Harbour officials", "discuss", "the closure of the depot")]),
        ("A group of ferry owners met with the mayor to discuss new fares.",
         [("A group of ferry owners", "discuss", "new fares")]),
        # an infinitive after a noun that takes one is the noun's: no report
        ("The mayor unveiled a plan to discuss the fares with owners.", []),
    ],
)  # fmt: skip
def test_an_infinitive_of_speech_takes_its_subject_from_the_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of complaining report with their particle; the noun "rail" reports nothing
        ("The union has railed against the new fares for months.",
         [("The union", "railed", "the new fares for months")]),
        ("Commuters griped about the late ferries.", [("Commuters", "griped", "the late ferries")]),
        ("The train stopped on a rail at the depot.", []),
        # a vote tells a stance: what is voted for or against, or the infinitive voted, with its "to"
        ("The council voted Thursday to close the depot.", [("The council", "voted", "to close the depot")]),
        ("Two members voted against the new ferry fares.", [("Two members", "voted", "the new ferry fares")]),
        ("Most of the town voted for Lund in the spring.", []),  # a ballot cast for a candidate
        # the noun is no verb, and a phrase with it before a subject leaves the subject whole
        ("Stung by the vote, the mayor revised her plan, promising to lower the fares.",
         [("the mayor", "promising", "to lower the fares")]),
    ],
)  # fmt: skip
def test_verbs_of_complaining_and_voting_report_with_their_particle(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rating something as something judges it, as seeing or regarding it as something does
        ("The watchdog rated most of the ferry claims as false.",
         [("The watchdog", "rated", "most of the ferry claims as false")]),
        ("The agency rated the bonds highly.", []),  # no "as": a grade, no judgment told
        ("Interest rates rose sharply in May.", []),  # the noun is no verb
    ],
)  # fmt: skip
def test_rating_something_as_something_is_a_judgment(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of coming to know report a clause, never an object
        ("The council learned on Friday that the depot would close.",
         [("The council", "learned", "that the depot would close")]),
        ("Auditors have also discovered that the fares were set too low.",
         [("Auditors", "discovered", "that the fares were set too low")]),
        ("The court heard arguments on Monday from both ferry firms.", []),
        ("Divers discovered the wreck of a ferry near the harbour.", []),
    ],
)  # fmt: skip
def test_verbs_of_coming_to_know_report_only_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stance stated by a light verb with its adjective or noun: its clause is the content
        ("The mayor made it clear she would not sign the levy.",
         [("The mayor", "made it clear", "she would not sign the levy")]),
        ("The union has made the case that the depot should stay open.",
         [("The union", "made the case", "that the depot should stay open")]),
        ("The flood made it clear to everyone.", []),  # no clause: nothing stated
        # a light verb with a noun of saying or of a stance: its matter, after the preposition, to a comma
        ("The union is raising questions about the cost of the new depot.",
         [("The union", "raising questions about", "the cost of the new depot")]),
        # (the claims are a claim of their own, whose the sentence does not say)
        ("Lund took offense at claims that the ferry was late.",
         [("Lund", "took offense at", "claims that the ferry was late"), ("", "claims that", "the ferry was late")]),
        ("The mayor gave a speech on Monday.", []),  # when, not what about
    ],
)  # fmt: skip
def test_a_light_verb_and_its_noun_or_adjective_state_a_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
