"""Attributions read from the grammar of a sentence: each shape, the verb classes, and what is not one.

Every sentence here is written for the test; none comes from the evaluation corpus.
"""

from __future__ import annotations

import pytest

from summarizer.eval.quotes import content_kind
from summarizer.text.attribution import find_attributions, inflections, reporting_verbs
from summarizer.text.quotes import find_quotes
from summarizer.text.sentences import split_sentences


def found(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of every attribution in the text."""
    quoted = sorted((p.start, p.end) for q in find_quotes(text) for p in q.parts)
    return [
        (a.source, a.cue, text[a.start : a.end])
        for s in split_sentences(text)
        for a in find_attributions(s, quoted)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forward, with and without "that" (kept in the content, as the annotation convention does)
        ("The mayor said the bridge would reopen in May.", ("The mayor", "said", "the bridge would reopen in May")),
        ("Officials have warned that the river could flood.", ("Officials", "warned", "that the river could flood")),
        # a listener and a time between the verb and "that"
        ("Ms. Okafor told reporters on Friday that the deal was off.",
         ("Ms. Okafor", "told", "that the deal was off")),
        # an appositive between the name and the verb
        ("Lina Berg, a spokeswoman for the port authority, said the cranes were idle.",
         ("Lina Berg, a spokeswoman for the port authority", "said", "the cranes were idle")),
        # cognition and evidence verbs
        ("The coach believes his team can win the cup.", ("The coach", "believes", "his team can win the cup")),
        ("A new survey shows that most tenants want longer leases.",
         ("A new survey", "shows", "that most tenants want longer leases")),
        # a to-infinitive after a verb of refusal or promise
        ("The minister refused to comment on the leaked memo.",
         ("The minister", "refused", "to comment on the leaked memo")),
        # trailing and inverted attributions
        ("The talks will resume next week, the ministry said on Monday.",
         ("the ministry", "said", "The talks will resume next week")),
        ("Prices will keep rising, said Tomas Ruiz, an economist at the bank.",
         ("Tomas Ruiz", "said", "Prices will keep rising")),
        # according to, in front and behind
        ("According to the report, the plant emitted twice the legal limit.",
         ("the report", "according to", "the plant emitted twice the legal limit")),
        ("The plant emitted twice the legal limit, according to the report.",
         ("the report", "according to", "The plant emitted twice the legal limit")),
        # a news agency's dateline opens the sentence but is not content
        ("(XNA) The ministers will meet again in May, according to officials.",
         ("officials", "according to", "The ministers will meet again in May")),
        # a name followed by when it spoke
        ("Garcia on Tuesday dismissed the proposal as a gimmick.",
         ("Garcia", "dismissed", "the proposal as a gimmick")),
        # a claim named by a noun, and whose it is
        ("The vote ended Patel's hope that the tax would be cut.",
         ("Patel", "Patel's hope", "that the tax would be cut")),
    ],
)  # fmt: skip
def test_each_shape_gives_source_cue_and_content(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_participle_opens_a_second_attribution_with_the_same_source() -> None:
    text = "The senator voted against the bill, saying it would raise rents."
    assert ("The senator", "saying", "it would raise rents") in found(text)


def test_two_clauses_each_keep_their_own_content() -> None:
    text = "While the union told members the strike was over, the company said talks would go on."
    assert found(text) == [
        ("the union", "told", "the strike was over"),
        ("the company", "said", "talks would go on"),
    ]


def test_a_clause_inside_reported_content_is_not_a_second_attribution() -> None:
    text = "The clerk told the court he was unable to confirm the figures."
    assert found(text) == [("The clerk", "told", "he was unable to confirm the figures")]


def test_a_coordinated_verb_takes_the_sentence_subject() -> None:
    text = "Rivera criticised the budget and says the cuts will hurt schools."
    assert ("Rivera", "says", "the cuts will hurt schools") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb of the subject after "and" or "but" is a second act: the first content ends before it
        ("The senator noted that she taught law for years, and added: “I know a little about this.”",
         [("The senator", "noted", "that she taught law for years"),
          ("The senator", "added", "“I know a little about this.”")]),
        ("The mayor called the plan “a disgrace” and promised to fight it in the courts.",
         [("The mayor", "called", "the plan “a disgrace”"), ("The mayor", "promised", "to fight it in the courts")]),
        # its subject is the sentence's, not the "he" of the clause it follows
        # (and "declined to say" is one report, by "say")
        ("The envoy declined to say who he would back in the race but said there was no plan for talks.",
         [("The envoy", "say", "who he would back in the race"),
          ("The envoy", "said", "there was no plan for talks")]),
    ],
)
def test_a_verb_coordinated_with_the_cue_ends_its_content(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_phrase_opening_with_a_preposition_is_never_a_closing_source() -> None:
    # "in a Facebook post": an adverbial, its "post" a noun; the verb before the quotation attributes it
    text = "A neighbour referred to him as “the kindest man I have ever known” in a Facebook post."
    assert found(text) == [
        ("A neighbour", "referred", "him as “the kindest man I have ever known” in a Facebook post")
    ]


def test_a_verb_coordinated_across_a_parenthetical_takes_the_first_verbs_subject() -> None:
    # "and, citing ... (...), endorsed": the participle's phrase ends at its comma, before the main verb
    text = (
        "On Sunday, Pastor Ann Cole stood at her pulpit in Ames, Iowa, and, citing Psalm 23:4 (a verse "
        "on trust), endorsed Mayor Ivo Sand for a third term."
    )
    assert found(text) == [
        ("Pastor Ann Cole", "citing", "Psalm 23:4 (a verse on trust)"),
        ("Pastor Ann Cole", "endorsed", "Mayor Ivo Sand for a third term"),
    ]


def test_a_naming_free_relative_is_one_content_with_its_source_inside() -> None:
    text = "The policy led to what aide Ivo Marsh called “the beginning of a new era” in his 1969 book."
    assert found(text) == [("aide Ivo Marsh", "called", "what aide Ivo Marsh called “the beginning of a new era”")]


def test_a_cue_after_a_quotation_introduces_a_clause_with_quoted_words_after_it() -> None:
    text = '"Lund! Lund! Lund!," the senator said his campaign here was "closing really strong."'
    assert found(text) == [("the senator", "said", 'his campaign here was "closing really strong."')]
    # only the time, place or listener of the saying after the verb: no content of its own
    assert found('"We will win this," Lund said in an interview aboard his plane.') == [
        ("Lund", "said", '"We will win this')
    ]


def test_an_adverb_may_stand_between_the_comma_and_a_participle() -> None:
    text = 'The mayor did not stop at the budget, also calling on voters to reject "the old ways" in May.'
    assert ("The mayor", "calling", 'on voters to reject "the old ways" in May') in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('As the columnist Ada Moss puts it, the mayor is making the council "an offer it cannot refuse."',
         [("the columnist Ada Moss", "As the columnist Ada Moss puts it",
           'the mayor is making the council "an offer it cannot refuse')]),
        ("The mayor will walk all over the council, as the columnist Ada Moss put it in her column.",
         [("the columnist Ada Moss", "as the columnist Ada Moss put it", "The mayor will walk all over the council")]),
        ("As the rain fell, the mayor left the hall.", []),
    ],
)
def test_as_someone_puts_it_attributes_the_clause_beside_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_participle_joined_by_and_to_an_earlier_one_opens_its_own_attribution() -> None:
    text = 'He turned on Lund, calling him a "stiff" and accusing him of acting like a "spoiled child."'
    assert found(text) == [
        ("He", "calling", 'him a "stiff"'), ("He", "accusing", 'him of acting like a "spoiled child."'),
    ]
    # a progressive verb and the -ing form joined to it make one clause
    assert found("He said the economy was growing and adding jobs.") == [
        ("He", "said", "the economy was growing and adding jobs")
    ]


def test_a_verb_coordinated_inside_the_reported_clause_stays_in_it() -> None:
    text = "The treasurer said the firm grew quickly and hired more staff."
    assert found(text) == [("The treasurer", "said", "the firm grew quickly and hired more staff")]
    text = "The judge said the police stopped the activist at the border and charged him with fraud."
    assert found(text) == [
        ("The judge", "said", "the police stopped the activist at the border and charged him with fraud")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The report on the flood was published in June.",  # a noun, not a verb
        "Her plans to expand the airport were shelved.",  # a possessive before a noun-like form
        "The film was shown on the screen at the stadium.",  # a passive
        "Anyone considering the offer should read the terms.",  # a participle used as a modifier
        "The agency's state of readiness is unclear.",  # 'state' is never a reporting verb
        "Most southern states hold their primaries in March.",
    ],
)
def test_what_is_not_an_attribution(text: str) -> None:
    assert found(text) == []


def test_a_quotation_with_words_around_it_is_a_mixed_content() -> None:
    text = "The governor said the plan was “dead on arrival” in the legislature."
    [(source, cue, content)] = found(text)
    assert (source, cue) == ("The governor", "said")
    assert content == "the plan was “dead on arrival” in the legislature"
    assert content_kind([content]) == "mixed"


def test_verbs_inside_a_quotation_are_not_cues() -> None:
    text = "“We said we would fix the roads, and we did,” the mayor said."
    assert all(cue != "said" or source == "the mayor" for source, cue, _ in found(text))


def test_inflections_follow_the_rules() -> None:
    assert inflections("deny") == ["deny", "denies", "denied", "denying"]
    assert inflections("argue") == ["argue", "argues", "argued", "arguing"]
    assert {"said", "says", "saying"} <= set(inflections("say"))
    assert {"admitted", "admitting"} <= set(inflections("admit"))
    table = reporting_verbs()
    assert table["told"] == "tell" and table["believed"] == "believe" and table["shown"] == "show"


def test_one_speakers_quotation_runs_on_within_and_across_paragraphs() -> None:
    text = (
        "“The harbour will reopen,” Mayor Lin said, as boats gathered by the pier. “We owe it to the crews.”\n\n"
        "“Nobody should have to wait this long for work.”\n\n"
        "“It is late,” a fisherman said."
    )
    quotes = find_quotes(text)
    assert [[p.text for p in q.parts] for q in quotes] == [
        ["The harbour will reopen", "We owe it to the crews.", "Nobody should have to wait this long for work."],
        ["It is late"],
    ]


def test_a_quotation_with_its_own_speaker_starts_a_new_quote() -> None:
    text = "“The harbour will reopen,” Mayor Lin said.\n\n“That is too late for us,” a fisherman replied."
    assert len(find_quotes(text)) == 2


def test_a_phrase_from_another_quotation_in_the_passage_is_never_the_speaker() -> None:
    import pydantic

    from summarizer.llm.answers import QuoteSpeaker

    article = (
        "“The talks showed the strength of the river alliance,” the ministry said. "
        "“Both sides oppose any change by force,” it added."
    )
    passage = article
    context = {
        "text": article,
        "quote": "Both sides oppose any change by force",
        "passage": passage,
        "unquoted": " the ministry said.   it added.",
    }
    with pytest.raises(pydantic.ValidationError, match="part of the quoted words"):
        QuoteSpeaker.model_validate({"speaker": "river alliance", "kind": "organisation"}, context=context)
    reply = QuoteSpeaker.model_validate({"speaker": "the ministry", "kind": "organisation"}, context=context)
    assert reply.speaker == "the ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a fronted adverbial closed by a comma is not the subject
        ("On Friday, the former governor said the race was over.", "the former governor"),
        ("Meeting with Foreign Minister Ana Ruiz, the secretary stressed the goals of the visit.", "the secretary"),
        ("In Ohio, a new poll found most voters undecided about the levy.", "a new poll"),
        # a relative clause, an aside or an age between the subject and the verb
        ("The senator, who has long opposed the bill, said it would fail.", "The senator"),
        ("The mayor, however, said the bridge would open in May.", "The mayor"),
        ("Tomas Berg, 61, said the mill would close next year.", "Tomas Berg"),
        ("The pilot — now that the storm has passed — says the flight can leave.", "The pilot"),
        ("Greta Lund (a Democrat) said the vote had been unfair.", "Greta Lund"),
        # an apposition keeps the name with its description, in either order
        ("Omar Haddad, the country's finance minister, said taxes would rise.",
         "Omar Haddad, the country's finance minister"),
        ("One farmer backing the mayor, Ivo Sand of Lake Mills, said the harvest was late.", "Ivo Sand of Lake Mills"),
        # adverbs between the auxiliary and the verb; an -ly noun after a determiner is the subject
        ("The board has also repeatedly said the fees are fair.", "The board"),
        ("Union members even insist that the strike will go on.", "Union members"),
        ("The family said the boy was safe after the storm.", "The family"),
        # a verb-like form after "of" is a noun inside the subject
        ("The secretary of state for housing, Ada Moss, confirmed that rents would be frozen.",
         "The secretary of state for housing, Ada Moss"),
        # a parenthetical with a bracket or a chapter and verse inside it
        ("Pastor Ann Cole, citing Psalm 23 (a verse on trust), endorsed the mayor for a third term.", "Pastor Ann Cole"),
        ("Pastor Ann Cole, citing Psalm 23:4, endorsed the mayor for a third term.", "Pastor Ann Cole"),
    ],
)  # fmt: skip
def test_the_subject_is_read_across_what_stands_between_it_and_the_verb(text: str, source: str) -> None:
    assert source in [s for s, _, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("News of the council's decision was first reported by the Daily Ledger.",
         ("the Daily Ledger", "reported", "News of the council's decision")),
        ("The merger was announced by the chief executive on Monday.",
         ("the chief executive", "announced", "The merger")),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_is_the_source(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her remarks drew applause from the crowd at the rally.",  # a possessive pronoun
        "Mr. Lund's comments angered several members of the board.",  # a possessive name
        "Nobody would be in charge of the port if the strike went ahead.",  # after a preposition
        "The mayor offered a Davis-style retort on the question of taxes.",  # a determiner and an adjective
        "The so called reform has been delayed for another year.",  # 'so called'
        "The team won the cup thanks to a late goal by the captain.",  # 'thanks to'
    ],
)
def test_a_verb_like_form_after_a_determiner_possessive_or_preposition_is_a_noun(text: str) -> None:
    assert found(text) == []


def test_a_noun_like_subject_keeps_its_verb() -> None:
    assert ("The president", "said", "his actions were lawful") in found(
        "The president said Tuesday his actions were lawful."
    )
    assert ("few", "believe", "the deal will last") in found("But few believe the deal will last.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing attribution that names whom it was told to, or how it was said
        ("The pilot was kind and careful, an airport official told The Daily Ledger.",
         ("an airport official", "told", "The pilot was kind and careful")),
        ("The ship would soon be home, the captain told her.", ("the captain", "told", "The ship would soon be home")),
        ("He could not find a single buyer, he said, on condition of anonymity.",
         ("he", "said", "He could not find a single buyer")),
    ],
)  # fmt: skip
def test_a_closing_attribution_may_name_its_listener(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_forward_attribution_after_a_fronted_clause_is_not_a_closing_one() -> None:
    text = "At a rally in Cedar Falls, Iowa, Nora Diaz told voters Tuesday that the plan would cut their taxes."
    assert ("Nora Diaz", "told", "that the plan would cut their taxes") in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech acts that take an object or a particle
        ("Ms. Ortiz referred to the mayor as a friend of the city.",
         ("Ms. Ortiz", "referred", "the mayor as a friend of the city")),
        ("The council talked about the levy for an hour.", ("The council", "talked", "the levy for an hour")),
        ("He voiced concern that the vote was rigged.", ("He", "voiced", "concern that the vote was rigged")),
        ("The judge ordered a full review of the case.", ("The judge", "ordered", "a full review of the case")),
        ("The statement read that the port would close.", ("The statement", "read", "that the port would close")),
        # two words make a content for a pronoun clause and for the object of a verb of judgment
        ("Jeff Moss said he would.", ("Jeff Moss", "said", "he would")),
        ("The senator blasts the plan.", ("The senator", "blasts", "the plan")),
        ("The mayor slammed the budget.", ("The mayor", "slammed", "the budget")),
        # a relative clause with its own verb: the main verb's subject is the phrase it follows
        ("Two men who had just voted there discussed how the levy would work.",
         ("Two men", "discussed", "how the levy would work")),
    ],
)  # fmt: skip
def test_more_speech_acts_and_short_contents(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She read the report on the train home.",  # only a document 'reads' its content
        "The council talked for an hour.",  # 'talk' reports only with 'about'
        "Barack Lee called Ana Ruiz.",  # a phone call, not a judgment
        "She was too tired to go, so instead sent a letter to read at the service.",
    ],
)
def test_speech_act_verbs_in_other_senses_are_not_attributions(text: str) -> None:
    assert [c for _, c, _ in found(text) if c in ("read", "talked", "called")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after "X said," takes that X as its source, even after a quotation
        ("“I think that speaks volumes,” she said, adding that the campaign will work hard.",
         ("she", "adding", "that the campaign will work hard")),
        ("“We have to win,” he said, referring to Ana Ruiz.", ("he", "referring", "Ana Ruiz")),
        # a verb of judgment never stands before its source: its object is there
        ("Several candidates, including Ana Ruiz and Tom Reyes, criticized the trade.",
         ("Several candidates", "criticized", "the trade")),
        # a long apposition keeps the name alone
        ("North Dakota’s Ada Fisher, one of only a handful of women who sit for the state election board, said the vote was fair.",
         ("North Dakota’s Ada Fisher", "said", "the vote was fair")),
    ],
)  # fmt: skip
def test_participles_inversion_and_long_appositions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The party is rushing toward a label it is trying to avoid.",  # a predicate is no subject
        "She founded a group called Harbor Watch.",  # a name given, not a judgment
        "The tradition goes back to the founding of the town.",  # 'back to' is an adverb
        "It was a weaker-than-expected result for the mayor and her party.",  # inside a hyphenated word
    ],
)
def test_no_source_from_a_predicate_a_naming_or_an_adverb(text: str) -> None:
    assert found(text) == []


def test_an_adverb_after_not_is_still_an_adverb() -> None:
    assert ("he", "criticize", "his opponent") in found("At his stops, he did not directly criticize his opponent.")


@pytest.mark.parametrize(
    "text",
    [
        "Early estimates put the cost at five million dollars.",  # an adjective opening the sentence
        "The senator is widely known as a hawk on trade.",  # 'known as' names, after an adverb too
    ],
)
def test_nouns_and_namings_that_look_like_reporting_verbs(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb coordinated with an earlier one takes that verb's subject
        (("At a campaign event in Dayton, Ohio, 62-year-old Ann Lee also railed against the plan, and explained "
          "how much it upset her."), "62-year-old Ann Lee"),
        # a bracket after the name, then an apposition
        ("Florida Sen. Ann Lee (R), a co-sponsor of the bill, reversed herself and opposed the measure as she ran.",
         "Florida Sen. Ann Lee (R), a co-sponsor of the bill"),
    ],
)  # fmt: skip
def test_coordinated_verbs_and_brackets(text: str, source: str) -> None:
    assert source in [s for s, _, _ in found(text)]
