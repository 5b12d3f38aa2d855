"""Trip and meeting rules read from the language: candidates, word senses, modality, who moves whom,
and which phrases name a participant. Every sentence here is made up for the test."""

from __future__ import annotations

import re

import pytest

from summarizer.eval.events import is_people_movement, is_trip_event
from summarizer.text.cues import (
    attends_a_gathering,
    is_travel_subject,
    near_travel_word,
    only_as_location,
    only_as_origin,
    travel_complement,
)
from summarizer.text.events import (
    COLLECTIVE,
    MEETING_CUE,
    TRAVEL_CUE,
    VISITING,
    cue_matches,
    is_meeting_candidate,
    is_trip_candidate,
    refers_back,
)
from summarizer.text.meeting_formats import meeting_format
from summarizer.text.modality import event_modality
from summarizer.text.movement import stated_journey
from summarizer.text.movement_kind import is_departure, movement_kind
from summarizer.text.participants import (
    clean_destination,
    clean_participant,
    has_anaphor,
    is_group,
    is_place_name,
    modifies_a_noun,
    same_entity,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The premier's visit to Canada ends on Thursday.",  # nominal trip
        "Minister Ola Berg is planning a trip to Oslo on Friday.",
        "The delegation departed from Lisbon at dawn.",
        "Her departure for Nairobi was delayed by fog.",
        "The envoy left for Cairo after lunch.",
        "The family fled to the coast.",
        "The journalist was extradited to Peru.",
        "Two brigades were deployed along the river.",
        "He was then driven to the airport.",
        # arriving, and being somewhere for a while
        "Prime Minister Ana Ruiz touched down in Nairobi on Tuesday.",
        "The chancellor jetted off to Washington on Monday.",
        "The senator is in Kyiv this week for talks.",
        "Ruiz will be in Berlin next week.",
        "The mayor spent the weekend in Rome.",
        "Ruiz was welcomed in Lima by cheering crowds.",
        "The ambassador was recalled to Moscow.",
        # a manner between the verb and its path, going ahead, a team led somewhere, a leg of a tour
        "Costa flew by military helicopter to Tacloban on Sunday.",
        "Costa had gone ahead to Vienna a week earlier.",
        "Costa headed a six-person bargaining team to Nashville on Sunday.",
        "A leg to Asmara has been dropped.",
        # going on, by a way or a means; an excursion
        "From Demak, Suryadi's convoy pushed on to Kudus.",
        "On Wednesday she continues by coastal steamer to the Lofoten Islands.",
        "A side excursion to the port city of Busan was dropped from the itinerary.",
        # joining people somewhere; a person sent by name or title
        "The coach was to have joined the squad in Auckland but stayed home.",
        "Ghana sent Trade Minister Kofi Mensah to the talks in Lomé.",
        # a journey's noun, a manner or a time before the path, what took the traveller there
        "Albright is on a week-long swing through West Africa.",
        "A detour by Albright to the camp near Kéniéba has been called off.",
        "Gagnon flew ahead to Riga last Tuesday.",
        "Okafor returned last week from Jersey.",
        "Chanda is himself due back in Lusaka from London on Thursday.",
        "Marjorie Reyes rolled into Dayton on Monday aboard a green campaign bus.",
        "A team of six glaciologists set out on Tuesday for the Thwaites Glacier.",
        "A project on bed-net use took her to northern Ghana in 2013.",
        # on the way or the road, moved by others in a manner
        "A team from the prosecutor's office was on its way to Miami on Thursday.",
        "A second company, Grupa Most, is on the road to Edinburgh.",
        "Union leaders were bussed to Brussels on Tuesday for talks.",
        "On Tuesday the ministers are due to be taken by helicopter to the Kakamega forest.",
    ],
)
def test_travel_words_in_every_form_make_a_trip_candidate(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The country is part of a zone of visa-free travel.",  # travel as a modifier
        "The new rules mark a departure from the policy of the past decade.",
        "The left wing of the party voted against the bill.",
        "Prices rose by three percent.",
        "The company is in London.",  # being somewhere with no while or purpose
        "Prices will be in line with forecasts.",
        "He spent years in prison.",
        "She joined the party in March.",  # joining a body at a time
        "The ministry sent a letter to the embassy.",  # sending a thing
    ],
)
def test_travel_words_in_another_sense_are_not_candidates(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met on Monday in Geneva.",  # a group with no named counterpart
        "A session of the council was scheduled for noon.",  # nominal meeting
        "The mayor greeted the visiting governor at the station.",
        "Ana Ruiz will meet with the new government's representatives.",
        "The two leaders shook hands before the talks.",
        "The king received Prime Minister Tomas Varga at the palace.",
        "Ruiz received the credentials of five new ambassadors.",
        "Ruiz and Petrov exchanged views on the crisis.",
        "Ruiz paid a courtesy call on the governor.",
        "Ruiz hosted a dinner for the visiting emir.",
        "The minister briefed Ruiz on the plan.",
        "The board convened on Thursday to vote.",
        # a time or a manner between the verb and its partner, the passive's agent, an interview given, taking part
        "Sato sat down on Monday afternoon with Erik Dahl.",
        "Lund had spoken with Erik Dahl by video link on Saturday.",
        "Lund was received at the Department for Transport by junior minister Tom Hale.",
        "Lund gave an interview to Austrian broadcaster ORF on Sunday.",
        "Lund then joined the mayors of Leeds and York at a Westminster round table on transport.",
        "On the sidelines, Sato and Lund huddled for 40 minutes over the dispute.",
        "Bargaining opened on Monday with Erik Dahl leading the company side.",
        "By nightfall the two sides had talked for nine hours.",
        "Sato took part in Tuesday's sessions by video link.",
        # to be received by someone, a meal, a reception or a ceremony, sides meeting again, an audience of a place
        "Lund and the cast are due to be received at City Hall by councillor Frances Oduya.",
        "Lund has accepted an invitation to a breakfast with members of the chamber of commerce.",
        "Lund and Mayor Seo are due to sign a friendship charter at a ceremony at City Hall.",
        "The two sides are due to reconvene at the mediation offices on Monday.",
        "Later she addressed several hundred residents in the town's main square.",
        "Lund flew to Karratha for a 40-minute sit-down with gas industry executives.",
        # one person before many: testimony, a service led, a meeting of scholars, a ceremony by its noun
        "A Danish engineer, Jens Holm, flew into Galway on Monday to give evidence in the fraud trial.",
        "She is due to appear before the parliament's fisheries and rural affairs committee on Friday.",
        "She will head back to Dublin to appear on Monday before the health committee.",
        "Okafor is expected to make his first appearance before the tribunal's judges this week.",
        "The archbishop celebrated an open-air Mass for some 20,000 pilgrims in Knock.",
        "The imam led Friday prayers at the city's central mosque.",
        "The mayor presided over the opening ceremony of the new bridge.",
        "Dr Ruiz will present the results to colleagues at a symposium in Lyon next month.",
        "The envoy came to Tromsø for the dedication of the new consulate building.",
        # a news conference and questions put in person, in other words; talking together in other words
        "Outside the courthouse, her attorney took a handful of questions from reporters on the steps.",
        "Facing the press on Tuesday, the manager spoke for 20 minutes about his future.",
        "The judge heard two hours of argument from prosecutors and the defence.",
        "She launched the novel in conversation with the poet Yusuf Demir.",
        "A panel on port electrification brought together Faizal Rahman and Marieke Oort.",
        "In the opening keynote, Harriet Osei told delegates that the industry had ordered too few boxes.",
        # calling on a person, by name or title
        "In Nairobi he is expected to call on Kenyan Foreign Minister Amina Otieno on Thursday.",
        # a stage shared, a drink or a meal together, a person visited at home, a crowd told, Mass said
        "Lund shared a stage with Erik Dahl at the launch on Monday.",
        "Sato joined Erik Dahl on stage for the final song.",
        "Lund campaigned alongside the party's leader in Lima.",
        "Lund had coffee with Erik Dahl before the vote.",
        "Lund and Erik Dahl had a working lunch at the embassy.",
        "Lund visited Erik Dahl in hospital on Sunday.",
        "Sato told a crowd of 2,000 in the square that the plant would stay open.",
        "The bishop addressed the congregation after the service.",
        "The bishop said Mass at the cathedral on Sunday.",
        # a body briefed, a person received by pronoun, people consulted, advisers who will gather, talks resumed,
        # an encounter between two, MPs lobbied, questioning faced, an arraignment before a judge by name
        "The inspector general would brief the city council in a closed session on Friday.",
        "The president, who received him at the castle last Thursday, gave him a month.",
        "Tran said he had consulted executives of the developer in the capital on Monday.",
        "Advisers from both banks will gather in Frankfurt on Friday.",
        "Both sides will return to the negotiating table on Thursday.",
        "It followed a tense encounter on Monday between Dawn Pickering and Graham Oduya.",
        "She lobbied a cross-party group of MPs at Westminster.",
        "The chief constable faced two hours of questioning from the police and crime panel.",
        "Whitcombe is scheduled to be arraigned before Oakes next Tuesday.",
        # a person received by title or a company received, in private with someone, a video link, a deal worked
        # out together, liaising, a sitdown or a one-on-one, questioned by someone, a squad addressed, a parade
        "On Monday the bishop received the mayor of Galway at his residence.",
        "Banda is expected to receive the team at her office next week.",
        "Albright was closeted for much of Thursday with executives of the state miner.",
        "The professor held a video link on Tuesday evening with colleagues in Edinburgh.",
        "There the chief hammered out a deal with the company's founder.",
        "Okafor is to fly to Gibraltar next month to liaise with the regulator.",
        "A sitdown with officials of the mines ministry has been pencilled in for Monday.",
        "Fortier is also scheduled to hold a one-on-one with Ozols.",
        "Pell was questioned by fraud investigators for nine hours.",
        "The coach then addressed the squad in the dressing room.",
        "Fortier will preside over a parade at Adazi on Thursday.",
        "Reyes is expected in Cincinnati on Wednesday for a debate with Brinkerhoff.",
        "A second debate between the pair was called off.",
        "Niknejad was summoned to the foreign ministry on Wednesday.",
        "She will also appear by video link at a charity gala in New York.",
        # a public act before others: a wreath laid, a plaque unveiled, a congress chaired, a confirmation, the red
        # carpet, a march, a debate, an appearance, a reading alongside someone; a crowd gathered
        "On Friday morning the minister is due to lay a wreath at a memorial in the old port.",
        "The governor unveiled a bronze plaque at the station.",
        "Hahn is due to travel to Lausanne to chair an extraordinary congress of the union.",
        "On Saturday he will confirm some 300 young people at the parish church.",
        "She walked the red carpet at the premiere with her co-star.",
        "The two candidates are scheduled to debate on March 3 at the student union.",
        "A joint appearance with her opponent was scrapped last week.",
        "In Vienna she is scheduled to read alongside the actor Konrad Vesely.",
        "Roughly 300 supporters had gathered outside the main stand.",
        # addressed by someone, a thing signed with someone, a talk given, the press briefed
        "On Tuesday the players were addressed at the training ground by the club's owner, Dale Hutton.",
        "A letter of intent is to be signed with the plant's owner, Polska Metal Group.",
        "On Wednesday she signed an agreement on joint doctoral degrees with the director, Rajiv Menon.",
        "In London he is to give a lecture at the Royal Academy on Thursday.",
        "Before the ship sailed on Monday, Marsh briefed reporters on the waterfront.",
        "Some 40 pilgrims are travelling to Rome to join the archbishop and the bishop for a closing Mass.",
    ],
)
def test_meeting_words_make_a_meeting_candidate(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The utility cannot meet the demand for power this winter.",
        "The minister called on Ghana to release the detained fishermen.",  # urged, not visited
        "Rising prices led to services being cut in rural districts.",
        "The mass graves were found near a service road.",
        "The company met all of its spending targets.",
        "Farmers struggle to meet the needs of the growing town.",
        "The choir sang at the Riverside Meeting Hall.",
        "The rebels received arms from abroad.",
        "Both sides will have to meet somewhere in the middle.",
        "The firm received a general amnesty.",  # 'general' here is no title
        "She received the award in Oslo.",
        "The medal is reserved for those who have directly participated in combat.",
        "The bill will be received with scepticism.",  # no agent after 'by': no one received
        "Dinner prices rose by a fifth.",
        "He said mass protests were planned for Friday.",  # 'mass', no Mass said
        "Officials said prayers would be held.",
        "Lund visited Paris in May.",  # a place visited is a trip
        "He received her letter on Monday.",
        "The union walked away from the negotiating table.",  # a table left, no talks held
        "She faced questions from journalists about the budget.",  # the press is no party
        "Hundreds of mourners attended the funerals of the victims.",  # the dead are no party
        "Prices will march higher in March.",  # 'march' in another sense
        "The committee will debate the bill in June.",  # a bill debated, no one met
    ],
)
def test_meeting_words_in_another_sense_are_not_candidates(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence, mood",
    [
        ("The minister visited Lagos on Tuesday.", "factual"),
        ("The minister will visit Lagos next week.", "planned"),
        ("The minister plans to travel to Lagos.", "planned"),
        ("The minister is to visit Lagos in June.", "planned"),
        ("A spokesman said the minister would visit Lagos soon.", "planned"),  # reported future
        ("The minister may visit Lagos if the talks go well.", "hypothetical"),
        ("The minister could travel to Lagos.", "hypothetical"),
        ("His first trip abroad might be to Lagos.", "hypothetical"),  # modal in the noun's predicate
        ("The minister did not travel to Lagos.", "negated"),
        ("The minister never visited Lagos.", "negated"),
        ("The minister's trip to Lagos was cancelled.", "cancelled"),
        ("The minister called off his visit to Lagos.", "cancelled"),
        # the noun's own predicate, past its modifiers and an apposition
        ("Her planned visit to Lagos with a trade delegation on Friday was called off.", "cancelled"),
        ("A leg to Lagos, pencilled in for Friday, has been dropped.", "cancelled"),
        ("A visit to Lagos, which the ministry had discussed with the army, was ruled out last month on security advice, diplomats said.", "cancelled"),
        # an infinitive of purpose on the journey's noun is that journey's own
        ("A planned stop in Lagos to tour the site of the new container port was scrapped because of storms.", "cancelled"),
        ("The minister flew to Lagos to tour the new port.", "factual"),
        ("His flight to Lagos was delayed by two hours.", "factual"),  # late, not called off
        ("The visit to Lagos went ahead after the strike was called off.", "factual"),  # another clause's
        ("He visited Lagos in May 2019.", "factual"),  # the month, not the modal
        ("The orchestra tours Europe every other summer.", "hypothetical"),  # a habit, not one journey
        ("The minister visits Lagos every two years.", "hypothetical"),
        ("She had planned to stop in Lagos too but dropped that leg of the trip.", "cancelled"),
        ("She dropped the children at school and flew to Lagos.", "factual"),
    ],
)
def test_trip_modality(sentence: str, mood: str) -> None:
    assert event_modality(sentence, TRAVEL_CUE) == mood


@pytest.mark.parametrize(
    "sentence, mood",
    [
        ("The two presidents met in Vienna.", "factual"),
        ("The two leaders agreed to hold a future bilateral meeting.", "hypothetical"),  # not yet fixed
        ("The coach called his players together for a meeting on Monday.", "factual"),  # convened, not urged
        # a cue in a relative clause on the event is that event's own
        ("A forum planned for Friday, at which she was to take questions from residents, has been called off.",
         "cancelled"),
        ("Leaders met to discuss the future of the alliance.", "factual"),
        ("The two presidents will meet in Vienna.", "planned"),
        ("The two presidents might meet in Vienna.", "hypothetical"),
        ("The envoy urged both sides to resume talks.", "hypothetical"),
        ("After every meeting, the shelling grows worse.", "hypothetical"),  # habitual, no one meeting
        ("The two presidents did not meet.", "negated"),
        ("The summit was postponed.", "cancelled"),
        ("Her planned briefing with fire officials at the depot on Friday was scrapped.", "cancelled"),
        ("The talks ended on Monday and the strike was called off.", "factual"),  # the strike's predicate
    ],
)
def test_meeting_modality(sentence: str, mood: str) -> None:
    assert event_modality(sentence, MEETING_CUE) == mood


@pytest.mark.parametrize(
    "sentence, movers, context, kind",
    [
        ("The minister flew to Rome for the signing.", ["Ana Ruiz"], "", "visit"),
        ("The activist was escorted to a hearing in the capital.", ["Ola Berg"], "", "transfer"),
        ("The banker was deported to his home country.", ["Tim Cole"], "", "transfer"),
        ("He was then flown to a town in the north.", ["Tim Cole"], "Cole was arrested at his home.", "transfer"),
        ("The president was flown to the summit by helicopter.", ["Ana Ruiz"], "", "visit"),
        ("Hundreds of troops arrived in the port city.", [], "", "deployment"),
        ("The army deployed two battalions to the border.", [], "", "deployment"),
        ("Thousands of refugees arrived on the island.", [], "", "migration"),
        ("The family fled to the neighbouring country.", [], "", "migration"),
        ("Thousands fled across the river.", ["Thousands"], "", "migration"),
        ("Ana Ruiz and Tom Cole fled the scene.", ["Ana Ruiz", "Tom Cole"], "", "visit"),  # two people, named
        ("The president fled the capital at night.", ["the president"], "", "visit"),  # a person by title
        ("The Syrians fled the town.", ["Syrians"], "", "migration"),  # a nationality names no one
        ("Ana Ruiz emigrated to Norway.", ["Ana Ruiz"], "", "migration"),
    ],
)
def test_who_moves_whom(sentence: str, movers: list[str], context: str, kind: str) -> None:
    assert movement_kind(sentence, movers, context) == kind


@pytest.mark.parametrize(
    "phrase, entity",
    [
        ("In Paris", None),  # a place with its preposition
        ("and Norway", "Norway"),  # a list remainder
        ("with Ana Ruiz", "Ana Ruiz"),
        ("Secretary", None),  # a bare title
        ("the prime minister", None),
        ("counterpart", None),
        ("his Spanish counterpart", None),
        ("officials", None),
        ("relations", None),
        ("people", None),
        ("law enforcement", None),
        ("a cargo plane", None),
        ("Buses", None),  # vehicles carry people; they are not who travels
        ("the motorcade", None),
        ("Chad Monday", None),  # a name run into a weekday
        ("EU trade ministers", "EU trade ministers"),
        ("opposition leaders", "opposition leaders"),  # a described group
        ("US officials", "US officials"),
        ("Chilean citizens", None),  # a population, not a party
        ("But Ana Ruiz", "Ana Ruiz"),
        ("US", "US"),  # a country in capitals, not the pronoun
    ],
)
def test_participants_must_be_entities(phrase: str, entity: str | None) -> None:
    assert clean_participant(phrase) == entity


def test_groups_destinations_and_one_person_under_two_names() -> None:
    assert is_group("senior military officials") and is_group("a team of inspectors")
    assert not is_group("officials") and not is_group("the weather")
    assert clean_destination("a European country") is None and clean_destination("home") is None
    assert clean_destination("the Greek island of Rhodes") == "the Greek island of Rhodes"
    assert same_entity("Lena Park", "President Lena Park")
    assert not same_entity("Tom Hale", "Rita Hale")
    assert has_anaphor("The two leaders met again.") and has_anaphor("He flew home.")
    assert not has_anaphor("Landlocked Chad is part of the zone.")


def _transport(mover_role: str, mover: str) -> dict[str, object]:
    return {"event_type": "Movement:Transport", "arguments": [{"role": mover_role, "text": mover}]}


def test_the_scorer_counts_visits_and_all_movements_of_people_apart() -> None:
    assert is_trip_event(_transport("Artifact", "Foreign Minister Ana Ruiz"))
    assert not is_trip_event(_transport("Artifact", "refugees"))
    assert is_people_movement(_transport("Artifact", "refugees"))
    assert is_people_movement(_transport("Artifact", "Foreign Minister Ana Ruiz"))
    assert not is_people_movement(_transport("Artifact", "weapons"))


def test_meetings_and_trips_are_scored_both_ways() -> None:
    from summarizer.eval.corpus import GoldDoc
    from summarizer.eval.events import score_events
    from summarizer.schemas import Entity, Meeting, Place, Span, Trip

    text = "Ana Ruiz met Tom Hale. Ruiz phoned Hale. Ruiz flew to Oslo. Refugees fled to Oslo."
    starts = [0, 23, 41, 61]
    ends = [22, 40, 60, len(text)]
    sentences = [{"start": s, "end": e} for s, e in zip(starts, ends, strict=True)]

    def event(kind: str, at: int, role: str, mover: str) -> dict[str, object]:
        word = text[at:].split()[1]
        start = text.index(word, at)
        return {
            "event_type": kind,
            "trigger": {"start": start, "end": start + len(word), "text": word},
            "arguments": [{"role": role, "text": mover}],
        }

    gold = {
        "sentences": sentences,
        "events": [
            event("Contact:Meet", 0, "Entity", "Tom Hale"),
            event("Contact:Phone-Write", 23, "Entity", "Hale"),
            event("Movement:Transport", 41, "Artifact", "Ruiz"),
            event("Movement:Transport", 61, "Artifact", "Refugees"),
        ],
    }
    doc = GoldDoc("m2e2_voa", "d", text, None, gold)

    def span(i: int) -> list[Span]:
        return [Span(start=starts[i], end=ends[i], text=text[starts[i] : ends[i]])]

    people = [Entity(name="Ana Ruiz"), Entity(name="Tom Hale")]
    meetings = [Meeting(participants=people, evidence=span(0)),
                Meeting(participants=people, format="phone", evidence=span(1))]
    oslo = [Place(name="Oslo")]
    trips = [Trip(travellers=people[:1], destinations=oslo, evidence=span(2)),
             Trip(travellers=[Entity(name="refugees")], destinations=oslo, kind="migration", evidence=span(3))]
    scores = score_events(trips, meetings, doc)
    assert (scores.meetings.tp, scores.meetings.fp, scores.meetings.fn) == (1, 0, 0)  # the call is not a meeting
    assert (scores.meetings_all.tp, scores.meetings_all.fp, scores.meetings_all.fn) == (2, 0, 0)
    assert (scores.trips.tp, scores.trips.fp, scores.trips.fn) == (1, 0, 0)  # visits only
    assert (scores.trips_all.tp, scores.trips_all.fp, scores.trips_all.fn) == (2, 0, 0)


def test_meeting_format_reads_the_medium_not_any_mention_of_video() -> None:


    assert meeting_format("The ministers held talks by video on Friday.") == "video"
    assert meeting_format("She spoke to her brother by phone and later watched a video of the parade.") == "phone"
    assert not is_meeting_candidate("The governor spoke to reporters outside the court.")  # a statement, not a meeting


def test_a_participle_with_its_own_subject_moves_someone_else() -> None:
    from summarizer.text.participants import moves_on_its_own

    assert moves_on_its_own("a ban on Muslims entering", ["Ana Ruiz"])  # the Muslims enter, not Ruiz
    assert moves_on_its_own("a cap on workers arriving", ["Ana Ruiz"])
    assert not moves_on_its_own("Ruiz, who is visiting", ["Ana Ruiz"])  # an auxiliary, not a subject
    assert not moves_on_its_own("Ana Ruiz arriving", ["Ana Ruiz"])


@pytest.mark.parametrize(
    "sentence, mood",
    [
        ("Ana Ruiz will meet the mayor before travelling to Oslo.", "planned"),  # the gerund shares the main clause
        ("The envoy did not speak to the press before leaving for Oslo.", "factual"),  # the negation stays outside
        ('"It was not acceptable," the envoy said after visiting the camps.', "factual"),  # the "not" is the quote's
    ],
)
def test_a_gerund_after_before_or_after_takes_the_main_clause(sentence: str, mood: str) -> None:
    assert event_modality(sentence, TRAVEL_CUE) == mood


def test_he_right_before_the_travel_word_is_the_last_person_named() -> None:
    from summarizer.text.participants import pronoun_mover

    s = "Mayor Tom Hale welcomes Governor Rita Vance as she arrives at the station."
    assert pronoun_mover(s, [s.index("arrives")], ["Tom Hale", "Rita Vance"]) == "Rita Vance"
    s2 = "Rita Vance waves to Tom Hale as he leaves after the ceremony."
    assert pronoun_mover(s2, [s2.index("leaves")], ["Rita Vance", "Tom Hale"]) == "Tom Hale"
    s3 = "He flew to Oslo with Tom Hale."  # a sentence-initial "he" is for the article's context
    assert pronoun_mover(s3, [s3.index("flew")], ["Tom Hale"]) is None


# --- Contact and gathering words, and senses that are not an event ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Senator Ruth Kole attended the summit in Lyon.",
        "The general testified before the committee on Tuesday.",
        "Mayor Ito held a news briefing at noon.",
        "The envoy addressed the assembly in Geneva.",
        "Ruiz later joined the talks in Oslo.",
        "A call was placed to the palace on Sunday.",
        "The mayor had visited the injured officers in the hospital.",  # visiting people is meeting them
        "She visited with the families on Friday.",
        # a walk among people or a ribbon cut with someone, a farewell to people
        "The mayor will do a walkabout of the market with its traders on Friday.",
        "A ribbon-cutting with the sponsors is set for the ninth.",
        "The head teacher farewelled the leavers at an assembly.",
    ],
)
def test_taking_part_in_a_gathering_makes_a_meeting_candidate(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize("sentence", ["The club bid farewell to its coach.", "Fans farewelled in style.",
                                      "The walkabout route was closed."])
def test_a_farewell_or_a_walkabout_with_no_one_is_no_meeting_candidate(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the talks stalled, prices have risen.",
        "After the meeting, the markets fell.",
        "Her children attend school in Lyon.",
        "He wears a hearing aid.",
        "Thousands attended funerals in the capital on Sunday.",
        "A court hearing is set for May 3.",
        "The senator called for an inquiry.",
        "The mayor visited a makeshift memorial.",  # a visit to a place is a trip
    ],
)
def test_a_meeting_word_as_a_date_or_in_another_sense_is_not_a_candidate(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Guards were transferring 20 detainees from the base.",
        "The coast guard brought the survivors to Malta.",
        "Three prisoners escaped from the jail overnight.",
    ],
)
def test_people_moved_by_others_or_escaping_are_trip_candidates(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a companion, or a means taken, between the verb and its path
        "Inspector Wanda Adeyemi flew with an aide to Vantor on Monday.",
        "Moss and Ilves will take the overnight ferry to Rask.",
        "She caught a train to Leeds on Friday.",
        "Grain growers boarded night coaches to Tarrow on Friday.",
        # a flight or a stop by someone, a leg by its place, moving on, crossing a stretch to a place
        "A scheduled seaplane flight by Ms Quell to Harnow Isle was scrubbed over fog.",
        "An intended stop by Dr Elvor's crew at the Brenholt depot was abandoned.",
        "Tavish will meet up with the choir just for its Ostrava leg.",
        "It is due to move on to Kelvary on Saturday.",
        "The juniors will then cross the Varn Strait to Osk.",
        # leading or sending people to a place; someone away, somewhere, now
        "Pastor Ruel will lead fourteen volunteers to the hill town of Mossra.",
        "The guild had meant to send observers to Dunmere, but the plan fell through.",
        "The rector, Dr Oyelami, is presently in Farrow, where she has been lobbying the treasury.",
    ],
)
def test_a_companion_or_a_means_before_the_path_is_a_trip_candidate(sentence: str) -> None:
    assert is_trip_candidate(sentence)


def test_leading_sending_or_crossing_to_no_place_is_no_trip_candidate() -> None:
    assert not is_trip_candidate("He led his team to victory.")
    assert not is_trip_candidate("She crossed the road to the shop.")
    assert not is_trip_candidate("The club sent flowers to the family.")


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        ("The council urged both sides to return to the negotiating table and renew talks.", MEETING_CUE),
        ("The opposition called for new talks with the rebels.", MEETING_CUE),
        ("The committee meets on a weekly basis.", MEETING_CUE),
        ("The two ministers regularly travel to Geneva.", TRAVEL_CUE),
        ("Norwegian diplomats in Tehran normally visit detained nationals about once a month.", TRAVEL_CUE),
        ("Before the pandemic, its top executives typically visited China three or four times a year.", TRAVEL_CUE),
        ("He vowed that he would one day return to Havana.", TRAVEL_CUE),
        # a count of events with no one of them told
        ("The two leaders have met several times since 2014.", MEETING_CUE),
        ("She has traveled to Oslo on many occasions.", TRAVEL_CUE),
        # the subjunctive after a verb of demand: what is demanded, not what happened
        ("The premier accused Tom Hale of plotting the riot and demanded that Hale be extradited.", TRAVEL_CUE),
        ("The judge ordered that the two men be deported to Peru.", TRAVEL_CUE),
        # an occasion quantified after the event word: a habit
        ("Residents' groups meet the council before every budget.", MEETING_CUE),
        ("The coaches meet after each tour to go over the tapes.", MEETING_CUE),
        # an event as the object of a verb of asking for it
        ("The shop steward, Ola Dahl, demanded a meeting with the owners this week.", MEETING_CUE),
        ("The union has sought an urgent meeting with the minister.", MEETING_CUE),
        ("Dahl requested talks with the owners.", MEETING_CUE),
        # gatherings in general: a plural gathering noun standing bare, no day told
        ("The mayor won the race by prioritizing large rallies over door-to-door canvassing.", MEETING_CUE),
        ("Her aides say her emphasis will stay on noisy rallies to reach thousands of voters.", MEETING_CUE),
        ("The mayor held rallies at the market 5 days a week.", MEETING_CUE),  # "market 5" is no date
    ],
)
def test_wished_for_habitual_and_vowed_events_are_not_events(sentence: str, pattern: re.Pattern[str]) -> None:
    assert event_modality(sentence, pattern) == "hypothetical"


def test_a_told_future_is_still_planned() -> None:
    assert event_modality("Talks are expected to resume next month.", MEETING_CUE) == "planned"
    assert event_modality("The talks are to begin in Vienna.", MEETING_CUE) == "planned"
    assert event_modality("Dahl met Ruiz twice last week.", MEETING_CUE) == "factual"  # counted, and told
    assert event_modality("Dahl said he would visit Oslo next week.", TRAVEL_CUE) == "planned"
    assert event_modality("Dahl said that Hale was extradited to Peru.", TRAVEL_CUE) == "factual"  # no subjunctive
    assert event_modality("Dahl met Ruiz in Oslo on Tuesday.", MEETING_CUE) == "factual"
    assert event_modality("Dahl met the owners on Monday before the vote.", MEETING_CUE) == "factual"
    assert event_modality("Dahl met the owners, who had requested the talks.", MEETING_CUE) == "factual"
    assert event_modality("The survey team was unable to travel to Tromsø.", TRAVEL_CUE) == "negated"
    # plural gatherings with a determiner, a number or a day are told events
    assert event_modality("Supporters held rallies in 40 towns on Sunday.", MEETING_CUE) == "factual"
    assert event_modality("The mayor held two rallies in Kessby.", MEETING_CUE) == "factual"
    assert event_modality("The mayor held twelve rallies in Kessby.", MEETING_CUE) == "factual"
    assert event_modality("The mayor held rallies in Kessby on Nov. 26.", MEETING_CUE) == "factual"
    assert event_modality("The mayor will address the rallies in Kessby.", MEETING_CUE) == "planned"
    assert event_modality("Dahl and Ruiz held talks in Oslo.", MEETING_CUE) == "factual"  # one event's name


def test_collective_subject_meets_among_themselves() -> None:
    assert COLLECTIVE.search("NATO ambassadors met in Brussels on Monday.")
    assert COLLECTIVE.search("The two leaders met on Tuesday.")
    assert not COLLECTIVE.search("The ministers met Dahl on Tuesday.")  # an object: two sides, named
    assert not COLLECTIVE.search("The ministers met with Dahl.")


def test_places_origins_and_calls_read_from_the_sentence() -> None:
    assert only_as_origin("Ruiz flew from Oslo to Rome.", "Oslo")
    assert not only_as_origin("Ruiz flew from Oslo to Rome.", "Rome")
    assert only_as_location("The talks in Geneva ended.", "Geneva")
    assert not only_as_location("Talks with Iran resumed in Geneva.", "Iran")
    assert only_as_location("People took part in a rally outside the embassy in Kyiv, Ukraine, on Friday.", "Ukraine")
    assert not only_as_location("Ruiz met Dahl in Oslo.", "Dahl")
    assert not only_as_location("In Oslo, Dahl met Ruiz.", "Dahl")
    assert near_travel_word("JAPAN: " + "x " * 60 + "Ruiz will visit Japan next week.", "Japan")  # a later mention
    assert meeting_format("A call was made to the palace on Sunday.") == "phone"
    assert meeting_format("The senator called for an inquiry.") == "unknown"


def test_a_country_is_no_traveller() -> None:
    assert is_place_name("Japan") and is_place_name("the United States")
    assert not is_place_name("Japanese officials") and not is_place_name("Antony Blinken")


def test_a_visit_mover_is_a_person_or_a_delegation_by_its_entity_type() -> None:
    def transport(text: str, etype: str) -> dict[str, object]:
        arg = {"role": "Artifact", "text": text, "entity_type": etype, "start": 0, "end": len(text)}
        return {"event_type": "Movement:Transport", "arguments": [arg]}

    assert is_trip_event(transport("Ana Ruiz", "PER"))
    assert is_trip_event(transport("the Norwegian delegation", "ORG"))
    assert not is_trip_event(transport("Pentagon", "ORG"))  # a capitalised name that is no person
    assert not is_trip_event(transport("Navy", "ORG"))
    assert not is_trip_event(transport("family", "PER"))  # people, but nobody named visiting
    # a company of people told by its collective noun is a person mover, as a team or a delegation is
    assert is_trip_event(transport("the squad", "PER")) and is_trip_event(transport("The 14-strong troupe", "PER"))
    # a name's lower-case particles keep it a name
    assert is_trip_event(transport("Yousef bin Rashid Al-Qassimi", "PER"))
    assert is_trip_event(transport("Pieter van der Hoek", "PER")) and is_trip_event(transport("Ali al-Hashimi", "PER"))


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("The meeting was the latest in a series of contacts.", True),
        ("The meeting was the third in a series of talks between the two sides.", True),  # the class it is in
        ("The two sides held a series of talks in March.", False),  # the talks themselves
        ("At Tuesday's talks, both sides agreed to a truce.", True),
        ("This latest round of talks ended without a deal.", True),
        ("The talks with the rebels resumed on Friday.", False),  # a meeting named anew, with its party
        ("Dahl met Ruiz at the summit.", False),
    ],
)
def test_a_definite_meeting_noun_goes_on_about_the_meeting_told(sentence: str, back: bool) -> None:
    assert refers_back(sentence) is back


def test_brought_to_moves_people_only_to_a_place() -> None:
    assert is_trip_candidate("The coast guard brought the survivors to Malta.")
    assert not is_trip_candidate("The deputy brought his daughter to understand the risks.")


def test_an_urging_verb_reaches_only_its_own_complement() -> None:
    assert event_modality("He called reporters to his hotel before flying to Rome.", TRAVEL_CUE) == "factual"


def test_a_travel_participle_before_a_noun_moves_that_noun() -> None:
    sentence = "President Ruiz addresses newly arrived foreign ambassadors in Oslo."
    start = sentence.index("arrived")
    assert modifies_a_noun(sentence, start, start + len("arrived"), ["Ana Ruiz"])
    sentence = "The visiting minister Erik Dahl met Ruiz."
    start = sentence.index("visiting")
    assert not modifies_a_noun(sentence, start, start + len("visiting"), ["Erik Dahl"])


@pytest.mark.parametrize(
    ("sentence", "name", "moves"),
    [
        # The subject across an apposition and a relative clause, however long.
        ("The senator, who has long opposed the bill and its many amendments in committee, flew to Kyiv.", "senator", True),
        # A relative clause on the complement of "to be" tells of the subject.
        (("Hunter, a Republican from California who backed Trump early, also is a former Marine who visited "
         "the front lines in Donbas."), "Hunter", True),
        (("Hunter, a Republican from California who backed Trump early, also is a former Marine who visited "
         "the front lines in Donbas."), "Trump", False),
        # "who" after an object: the object moves, not the subject.
        ("Smith met Jones, who later flew to Paris.", "Smith", False),
        ("Smith met Jones, who later flew to Paris.", "Jones", True),
        # "who" after a name and its apposition stands for the name, and so does a verb joined to its verb by "and"
        (("The team is led by Takeda Haruka, a geochemist at the Sendai institute, who left the ice a day early "
          "and flew back to Tokyo."), "Takeda Haruka", True),
        ("The team is led by Takeda Haruka, who stayed on the ice, and Ana Ruiz flew back to Tokyo.", "Takeda Haruka", False),
        # a journey's noun as the complement of "be on": the subject of "be", named by its apposition
        (("PERTH - Keith Albright, the chief executive of Redgum Resources, is on a week-long swing through West "
          "Africa."), "Keith Albright", True),
        ("Metro Link's chief executive, Andrew Lyle, is currently on a swing through its depots in Ballarat.",
         "Andrew Lyle", True),
        ("Ana Ruiz said Erik Dahl is on a tour of Asia.", "Ana Ruiz", False),
        # an apposition without its article after the name, a relative clause on the apposition's body
        (("Harriet Quill, polar programme director at the US National Science Foundation, which is paying for most "
          "of the project, flew to Punta Arenas last week."), "Harriet Quill", True),
        # the subject after its verb when the journey opens the sentence
        ("Bound for Riga on Wednesday is the Chief of the Defence Staff, General Elaine Fortier, who will speak.",
         "Elaine Fortier", True),
        # a participle opening the sentence tells of the main clause's subject, not of a later clause's
        ("BELGRADE — Arriving in Belgrade on Tuesday night, the Dunmore Thistle squad went to a training session.",
         "the Dunmore Thistle squad", True),
        ("Arriving in Oslo, Ana Ruiz said Erik Dahl was tired.", "Erik Dahl", False),
        # a place set before the subject without a comma
        ("From Edinburgh the painter Kofi Mensah travels on to London.", "Kofi Mensah", True),
    ],
)
def test_the_subject_of_a_travel_word_is_read_by_the_grammar(sentence: str, name: str, moves: bool) -> None:
    assert is_travel_subject(sentence, name) is moves


@pytest.mark.parametrize(
    ("sentence", "attends"),
    [
        ("The envoy told a meeting of foreign ministers in Brussels that the law must be protected.", True),
        ("An FBI assistant director speaks during a news conference in the city, Dec. 4.", True),
        ("Women and children attend the community's prayer vigil for the victims.", True),
        ("The minister appeared before a Senate committee hearing on Tuesday.", True),
        ("He was speaking at a NATO summit in Warsaw.", True),
        ("Before leaving, she addressed about 400 staff at the Stuttgart headquarters.", True),
        # A meeting word that is not the object of taking part.
        ("He told reporters the meeting was useful.", False),
        ("She addressed the nation on Monday.", False),
        ("The hearing was postponed until next week.", False),
    ],
)
def test_taking_part_in_a_gathering_is_read_from_the_verb_and_its_object(sentence: str, attends: bool) -> None:
    assert attends_a_gathering(sentence) is attends


@pytest.mark.parametrize(
    ("sentence", "leaving"),
    [
        ("Ruiz fled the scene on foot.", True),
        ("Two inmates escaped from the jail overnight.", True),
        ("The envoy departed on Monday.", True),
        ("Her departure was delayed.", False),  # the noun: a departure told, not someone leaving
        ("Ruiz flew to Oslo.", False),
    ],
)
def test_a_verb_of_leaving_needs_no_destination(sentence: str, leaving: bool) -> None:
    assert is_departure(sentence) is leaving


@pytest.mark.parametrize(
    ("sentence", "journey"),
    [
        # a verb joined by "and" to an earlier one takes its subject; the place stops before the weekday
        ("The minister is cutting her tour short and will return to Oslo Sunday night.", ("The minister", "Oslo")),
        ("Ruiz, the new envoy, flew to Lima on Friday.", ("Ruiz", "Lima")),
        ("She will visit Peru next week.", ("She", "Peru")),
        ("Thousands returned to Lima.", None),  # a group, not a person
        ("The decision to return to Lima was made in May.", None),  # an infinitive after a noun
        ("Ruiz will return to Tarsk.", None),  # a place the gazetteer does not know ('returned to Congress')
        ("Ruiz will travel to Tarsk.", ("Ruiz", "Tarsk")),  # after 'travel to' or 'fly to' any capitalised place
        ("Prime Minister Ana Ruiz touched down in Nairobi on Tuesday.", ("Prime Minister Ana Ruiz", "Nairobi")),
        ("Ruiz jetted off to Washington on Monday.", ("Ruiz", "Washington")),
        ("Ruiz landed in Kabul on an unannounced visit.", ("Ruiz", "Kabul")),
        ("The plane landed in Kabul.", None),  # not a person
        # a journey on a schedule: "is due to", "is expected to", "is scheduled to"
        ("Ruto is due to return to Nairobi on Wednesday evening.", ("Ruto", "Nairobi")),
        ("Ruiz is scheduled to travel to Tokyo in May.", ("Ruiz", "Tokyo")),
    ],
)
def test_a_journey_stated_by_a_finite_verb_and_a_known_place(sentence: str, journey: tuple[str, str] | None) -> None:
    assert stated_journey(sentence) == journey


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("He met the mayor in Lima on Monday.", True),
        ("The two leaders met in Lima.", True),
        # "she" after a full name the sentence writes stands for that name: no one from the sentences before
        ("Foreign Minister Ana Ruiz said in a meeting in Lima that trade, which she said matters, is first.", False),
        ("Ana Ruiz told him at a meeting in Lima.", True),  # an object pronoun is someone else
    ],
)
def test_a_pronoun_after_a_name_in_the_sentence_stands_for_that_name(sentence: str, back: bool) -> None:
    from summarizer.extract.event_parts import refers_back_to_someone

    assert refers_back_to_someone(sentence, MEETING_CUE) is back


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Youssef Alami, who flew into Lisbon late on Monday, held talks.", "Lisbon"),
        ("She spoke in Birmingham before flying back to Shanghai the next day.", "Shanghai"),
        ("She visited Lisbon in May.", "Lisbon"),
        ("She visited Martin on Sunday.", None),  # an object without a preposition may be a person
        ("He flew in from Sapporo on Monday.", None),  # where a journey starts
        ("He left Paris on Monday.", None),
    ],
)
def test_the_place_a_verb_of_travel_goes_to(sentence: str, place: str | None) -> None:
    assert travel_complement(sentence) == place


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("The 57-year-old was received on Tuesday by officials of India's education ministry.", True),
        ("Fyfe will dine with officials of the home club before kick-off.", True),
        ("She was received by the king.", False),  # a person by name or title is a contact, not a side
        # a cue only: a thing received makes no record, its subject names no person (extract/events._subject_person)
        ("The bill was received by lawmakers with scepticism.", True),
    ],
)
def test_a_side_told_by_what_its_people_do_is_met_by_one_named_party(sentence: str, met: bool) -> None:
    assert bool(cue_matches(VISITING, sentence)) is met


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        # an invitation to come taken up, a stay of days or weeks somewhere named
        ("Dr Ferro has accepted an invitation to come to Lindmark in spring.", True),
        ("Dr Ferro has taken up the offer to fly over to Lindmark.", True),
        ("In May he will spend ten days at the Orrow clinic in Baskel.", True),
        ("She will spend a week in Kessby.", True),
        # time spent in a state or an activity is no stay somewhere
        ("He spent three days in prison.", False),
        ("He spent two hours in talks.", False),
    ],
)
def test_an_invitation_taken_up_or_a_stay_of_days_is_a_trip_candidate(sentence: str, candidate: bool) -> None:
    assert is_trip_candidate(sentence) is candidate
