"""Trips the wording tells in the many ways news writes them: with a right answer from the model, the rules
keep each trip, with its traveller as written or resolved, its destination and its status.

Every sentence is made up; the model is scripted (:mod:`scripted_model`) so that only the rules are tested.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from scripted_model import Reply, scripted_summary

from summarizer.schemas import Trip

# (sentence, the travellers and destinations a right answer gives, the traveller and status the record has)
CASES = [
    ("Japanese Prime Minister Kenji Sato arrived in Washington on Tuesday for a two-day visit.",
     ["Kenji Sato"], ["Washington"], "Kenji Sato", "completed"),
    ("Pope Francis landed in Manila on Thursday, beginning a five-day tour of the Philippines.",
     ["Pope Francis"], ["Manila"], "Francis", "completed"),
    ("The president will travel to Hanoi next week, the White House said.",  # a title no one named holds
     ["The president"], ["Hanoi"], "president", "planned"),
    ("Sato plans to travel to Moscow later this month.",  # the infinitive's subject travels, not only tells
     ["Sato"], ["Moscow"], "Kenji Sato", "planned"),
    ("The Indian prime minister is on a tour that will take him to Kenya.",  # not the Japanese one
     ["The Indian prime minister"], ["Kenya"], "Indian prime minister", "planned"),
    ("A delegation led by Senator Tom Hale arrived in Taipei on Sunday.",
     ["Tom Hale"], ["Taipei"], "Tom Hale", None),
    ("The U.N. Secretary-General, Omar Diallo, is due in Bamako on Wednesday.",  # awaited: a plan
     ["Omar Diallo"], ["Bamako"], "Omar Diallo", "planned"),
    ("French President Paul Roux is expected in Dakar on Saturday.",
     ["Paul Roux"], ["Dakar"], "Paul Roux", "planned"),
    ("Brazil's president, Luis Mota, made a surprise visit to the flooded city of Recife.",
     ["Luis Mota"], ["Recife"], "Luis Mota", "completed"),
    ("Speaking in Berlin on Friday, where he arrived late Thursday, Avi Levin said the deal was close.",
     ["Avi Levin"], ["Berlin"], "Avi Levin", "completed"),
    ("Prince Karl is scheduled to visit Canada in May.", ["Prince Karl"], ["Canada"], "Karl", "planned"),
    ("The queen traveled by train to Edinburgh.", ["The queen"], ["Edinburgh"], "queen", "completed"),
    ("Vice President Dan Reed toured flood-hit areas of Iowa on Friday.", ["Dan Reed"], ["Iowa"], "Dan Reed",
     "completed"),
    # a verb of moving in a manner, with its path, makes the named subject the traveller
    # a gerund after a preposition has no subject of its own: the main clause's subject travels
    ("Before arriving in Rome, Ann Lund stopped in Oslo, where she met the Norwegian king.",
     ["Ann Lund", "the Norwegian king"], ["Oslo"], "Ann Lund", "completed"),
    ("Climate activist Ida Berg is sailing back across the Atlantic and is expected to reach Lisbon next week.",
     ["Ida Berg"], ["Lisbon"], "Ida Berg", "planned"),
    # a gerund after a preposition at the end tells of the clause's subject, across its relative clause
    (("Ann Lund, who became chief executive of the Oslo-based shipping group in May, was welcomed by Trade Minister "
      "Kofi Mensah at the ministry within hours of landing, before flying on to Kumasi."),
     ["Ann Lund"], ["Kumasi"], "Ann Lund", "completed"),
]  # fmt: skip


def _trip(sentence: str, who: list[str], to: list[str], tmp_path: Path, before: str = "") -> list[Trip]:
    script: dict[str, dict[str, Reply]] = {"trip": {sentence[:60]: {"trip": True, "who": who, "to": to, "why": None}}}
    out, _ = scripted_summary(before + sentence, script, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    return [t for t in out.trips if t.evidence[0].text.startswith(sentence[:60])]


@pytest.mark.parametrize(("sentence", "who", "to", "traveller", "status"), CASES)
def test_a_right_answer_is_kept(
    sentence: str, who: list[str], to: list[str], traveller: str, status: str | None, tmp_path: Path
) -> None:
    # an earlier sentence names the Japanese prime minister: a later "Sato" is him, "the Indian prime minister" not
    before = "Japanese Prime Minister Kenji Sato spoke on Monday. " if "Kenji" not in sentence else ""
    [trip] = _trip(sentence, who, to, tmp_path, before)
    assert [t.name for t in trip.travellers] == [traveller]
    assert [d.name for d in trip.destinations] == to
    if status is not None:
        assert trip.status == status


def test_a_traveller_written_by_the_first_word_of_the_name(tmp_path: Path) -> None:
    # a Thai given name, a Vietnamese family name written first: the model gives the full name
    before = "Thai Prime Minister Somsak Wongsawat and Vietnam's Tran Van Binh came for the summit. "
    sentence = "Somsak landed in Hanoi on Monday, while Tran flew in from Hue on Tuesday."
    [trip] = _trip(sentence, ["Somsak Wongsawat", "Tran Van Binh"], ["Hanoi"], tmp_path, before)
    assert [t.name for t in trip.travellers] == ["Somsak Wongsawat", "Tran Van Binh"]


def test_the_capital_is_the_capital_of_the_country_named_last(tmp_path: Path) -> None:
    before = "Floods hit northern Peru on Sunday. "
    [trip] = _trip("Ann Lund flew to the capital on Monday.", ["Ann Lund"], ["the capital"], tmp_path, before)
    assert [(d.name, d.country_code) for d in trip.destinations] == [("the capital", "PE")]
    # no country named before it: the place as written, its country unknown
    [trip] = _trip("Ann Lund flew to the capital on Monday.", ["Ann Lund"], ["the capital"], tmp_path)
    assert [(d.name, d.country_code) for d in trip.destinations] == [("the capital", None)]


@pytest.mark.parametrize(
    ("sentence", "written", "code"),
    [
        ("Ann Lund arrived on the island on Tuesday night.", "the island", "PE"),
        ("Ann Lund led a delegation to the Korean capital last October.", "the Korean capital", "KR"),  # its adjective
        ("Ann Lund is expected to visit the region on Sunday.", "the region", "PE"),
    ],
)
def test_a_place_told_by_a_definite_description_is_where_the_trip_goes(
    sentence: str, written: str, code: str, tmp_path: Path
) -> None:
    # the answer names a place of the article the sentence does not write: the description the sentence writes stands
    before = "Floods hit northern Peru and the town of Puno on Sunday. "
    [trip] = _trip(sentence, ["Ann Lund"], ["Puno"], tmp_path, before)
    assert [(d.name, d.country_code) for d in trip.destinations] == [(written, code)]


def test_a_description_that_is_not_where_the_trip_goes_is_no_destination(tmp_path: Path) -> None:
    before = "Floods hit northern Peru and the town of Puno on Sunday. "
    # another noun after it ("the island nation's"), or where the traveller came from
    assert _trip("Ann Lund praised the island nation's people as she flew out.", ["Ann Lund"], ["Puno"], tmp_path, before) == []
    assert _trip("Ann Lund flew in from the capital on Monday.", ["Ann Lund"], ["Puno"], tmp_path, before) == []


def test_a_place_left_is_where_the_trip_starts_not_where_it_goes(tmp_path: Path) -> None:
    [trip] = _trip("Ann Lund left Paris on Sunday.", ["Ann Lund"], ["Paris"], tmp_path)
    assert [t.name for t in trip.travellers] == ["Ann Lund"] and trip.destinations == []
    [trip] = _trip("Ann Lund left Paris for Rome on Sunday.", ["Ann Lund"], ["Paris", "Rome"], tmp_path)
    assert [d.name for d in trip.destinations] == ["Rome"]
    # leaving a company is no trip: a right "no" is not overruled, and a wrong yes has nowhere to go
    assert _trip("Ann Lund left Microsoft in 2010.", ["Ann Lund"], ["Microsoft"], tmp_path) == []


def test_a_month_or_a_day_awaited_is_no_trip(tmp_path: Path) -> None:
    from summarizer.text.events import is_trip_candidate

    assert not is_trip_candidate("The verdict is expected in March.")
    assert not is_trip_candidate("The report is due on Friday.")
    assert is_trip_candidate("Ruiz is expected back in Oslo on Friday.")


@pytest.mark.parametrize(
    ("sentence", "traveller", "place"),
    [
        ("Opposition leader Maria Costa returned to Caracas on Saturday.", "Maria Costa", "Caracas"),  # a title's name
        ("Costa fled to Colombia in 2015.", "Maria Costa", "Colombia"),  # a person fleeing of her own accord
        ("Avi Levin, who arrived in Paris on Wednesday, will also meet the French president.", "Avi Levin", "Paris"),
        ("Ann Lund's visit to Cairo comes as the region faces new fighting.", "Ann Lund", "Cairo"),  # by its noun
        ("On arrival in Lagos, Ann Lund was greeted by the foreign minister.", "Ann Lund", "Lagos"),  # the main subject
        ("Ann Lund stopped in Shannon, Ireland, to refuel on her way to Baghdad.", "Ann Lund", "Baghdad"),
        ("Maria Costa is due in Michigan on Monday.", "Maria Costa", "Michigan"),  # awaited in a US state
        ("Costa crisscrossed Ohio, Iowa and Nevada on Saturday.", "Maria Costa", "Ohio"),
        # a journey called off, by its noun
        ("Costa postponed a planned trip to Beijing that had been due in April.", "Maria Costa", "Beijing"),
        ("Spain's foreign minister, Ana Ruiz, canceled a trip to a donors' conference in Oslo.", "Ana Ruiz", "Oslo"),
        # after the noun of a journey, as after 'fly to', a capitalised place is where one goes, known or not
        ("Ana Ruiz canceled a trip to the Tarsk Islands and will chair a cabinet meeting instead.", "Ana Ruiz",
         "Tarsk Islands"),
        # the owner of the vehicle, a journey begun or ended by its noun, visiting now, flying home, leading a
        # mission, going on to the next place
        ("Maria Costa's plane landed in Hanoi shortly after noon.", "Maria Costa", "Hanoi"),
        ("Costa wrapped up her Asia tour in Jakarta on Friday.", "Maria Costa", "Jakarta"),
        ("King Harald Olsen, who is visiting Japan this week, praised the deal.", "Harald Olsen", "Japan"),
        ("Costa flew home to Caracas on Friday.", "Maria Costa", "Caracas"),
        ("Costa led a trade mission to Vietnam in May.", "Maria Costa", "Vietnam"),
        ("From Tokyo, Costa went on to Seoul.", "Maria Costa", "Seoul"),
        # a journey in apposition to its traveller, and a day or a time between the verb and its place
        ("Maria Costa, on a visit to Kenya, said the deal was close.", "Maria Costa", "Kenya"),
        ("Maria Costa, visiting Ghana, praised the reforms.", "Maria Costa", "Ghana"),
        ("Costa arrived Sunday in Berlin.", "Maria Costa", "Berlin"),
        ("Costa flew overnight to Manila.", "Maria Costa", "Manila"),
        ("Maria Costa, in Seoul for talks with her counterpart, said trade was on the agenda.", "Maria Costa", "Seoul"),
        # leaving for a place, touring it, stopping there, going on to it, moving there in a manner
        ("Costa departed for Lima on Monday after the vote.", "Maria Costa", "Lima"),
        ("Costa set off for Kenya on Friday.", "Maria Costa", "Kenya"),
        ("Costa toured Peru last week.", "Maria Costa", "Peru"),
        ("Costa stopped over in Doha.", "Maria Costa", "Doha"),
        ("After the talks, Costa continued on to Rome.", "Maria Costa", "Rome"),
        ("Costa drove to Ohio on Sunday.", "Maria Costa", "Ohio"),
        # a town the world's gazetteer knows, not only a capital or a big city
        ("Costa touched down in Lomé on Tuesday.", "Maria Costa", "Lomé"),
        ("Costa flew on to Zwickau to tour the plant.", "Maria Costa", "Zwickau"),
        # a manner between the verb and its place, going ahead, a participle, going on as planned
        ("Costa flew by military helicopter to Tacloban on Sunday.", "Maria Costa", "Tacloban"),
        ("Costa had gone ahead to Vienna a week earlier.", "Maria Costa", "Vienna"),
        ("Costa is scheduled to continue to Manila on Monday.", "Maria Costa", "Manila"),
        # after 'fly to' or 'travel to', a place no gazetteer holds
        ("Costa will travel to Flin Flon next week.", "Maria Costa", "Flin Flon"),
        # a gerund of travel after 'before' or 'after' shares the main clause's subject
        ("Costa will inspect the mill on Friday before flying home to Caracas.", "Maria Costa", "Caracas"),
        ("Costa toured the plant after returning to Lima.", "Maria Costa", "Lima"),
    ],
)
def test_a_journey_the_wording_states_is_a_trip_when_the_model_says_no(
    sentence: str, traveller: str, place: str, tmp_path: Path
) -> None:
    before = "Opposition leader Maria Costa spoke on Monday. "
    out, backend = scripted_summary(before + sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert any(sentence[:40] in s for s in backend.subjects("trip"))  # asked, and the answer was no
    [trip] = [t for t in out.trips if t.evidence[0].text.startswith(sentence[:40])]
    assert [t.name for t in trip.travellers] == [traveller] and [d.name for d in trip.destinations] == [place]


def test_a_group_fleeing_is_not_stated_as_a_trip(tmp_path: Path) -> None:
    out, _ = scripted_summary("The rebels fled to Colombia in 2015.", {}, tmp_path, kinds=("trips",))
    assert out.trips == []


def test_a_place_left_or_a_thing_continued_is_not_stated_as_where_a_trip_goes(tmp_path: Path) -> None:
    text = "Opposition leader Maria Costa left Caracas on Sunday. Prices continued to Rise. The convoy stopped in Aleppo."
    out, backend = scripted_summary(text, {}, tmp_path, kinds=("trips",))
    assert any("left Caracas" in s for s in backend.subjects("trip"))  # asked, and the answer was no
    assert out.trips == []


def test_a_journey_called_off_is_a_cancelled_trip_and_reaching_a_date_is_none(tmp_path: Path) -> None:
    from summarizer.text.events import is_trip_candidate

    text = "Ann Lund scrapped her visit to Kenya on Friday."
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert [(t.status, [d.name for d in t.destinations]) for t in out.trips] == [("cancelled", ["Kenya"])]
    text = "Norway's national rugby team abandoned its tour of Fiji on Friday."  # a group, abandoning
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert [(t.status, [d.name for d in t.destinations]) for t in out.trips] == [("cancelled", ["Fiji"])]
    assert not is_trip_candidate("The talks reached Tuesday without a deal.")
    assert not is_trip_candidate("Prices reached a record on Friday.")


def test_a_description_of_title_and_nationality_resolves_by_both() -> None:
    from summarizer.text.entities import EntityIndex

    index = EntityIndex("Japanese Prime Minister Kenji Sato spoke on Monday. The Indian prime minister arrived.")
    assert index.resolve("Japanese Prime Minister", before=60).name == "Kenji Sato"
    assert index.resolve("the Japanese prime minister", before=60).name == "Kenji Sato"
    assert index.resolve("Indian prime minister", before=60).name == "Indian prime minister"  # as written
    assert index.resolve("King", before=60).name == "King"  # one capitalised word may be a surname


def test_journeys_years_apart_are_two_trips_even_told_side_by_side(tmp_path: Path) -> None:
    text = "Opposition leader Maria Costa returned to Caracas on Saturday. Costa fled to Colombia in 2015."
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert sorted([d.name for d in t.destinations] for t in out.trips) == [["Caracas"], ["Colombia"]]


def test_a_group_described_by_its_people_travels_and_a_willingness_is_no_trip(tmp_path: Path) -> None:
    text = "A team of nine Swiss doctors landed in Rome on Friday. Ann Lund said she would be willing to fly to Kyiv."
    out, backend = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert [([t.name for t in trip.travellers], [d.name for d in trip.destinations]) for trip in out.trips] == [
        (["A team of nine Swiss doctors"], ["Rome"])
    ]
    assert not any("willing" in s for s in backend.subjects("trip"))  # a disposition, not a plan: never asked


@pytest.mark.parametrize(
    ("sentence", "who", "to", "traveller"),
    [
        ("After two concerts in Lima, the orchestra travels on Saturday to Arequipa.", ["orchestra"], ["Arequipa"],
         "orchestra"),  # a company of people, after a phrase set before it
        ("The team, which arrived in Islamabad last Saturday, will fly home, New Zealand Cricket said.",
         ["New Zealand Cricket"], ["Islamabad"], "team"),  # the one a relative 'which' stands for; not who told
        ("The 14-strong troupe returned to Boston on Friday.", ["troupe"], ["Boston"], "14-strong troupe"),
        ("The squad heads south to Dumfries on Friday.", ["squad"], ["Dumfries"], "squad"),  # a direction between
        ("The team's planned trip to Dumfries was called off, the coach said.", ["coach"], ["Dumfries"], "team"),
        ("The orchestra is to go on to Tokyo on Thursday.", ["the orchestra"], ["Tokyo"], "orchestra"),  # "be to"
        # a gerund after a preposition tells of its clause's subject
        ("The squad will spend four days in Pilar before making the trip to Tucumán.", ["the squad"], ["Tucumán"],
         "squad"),
        # the subject after its verb, when the journey opens the sentence
        ("Bound for Austria on July 15 is the full first-team squad, which will spend ten days at a camp.",
         ["the full first-team squad"], ["Austria"], "full first-team squad"),
    ],
)
def test_a_company_of_people_told_by_its_collective_noun_travels(
    sentence: str, who: list[str], to: list[str], traveller: str, tmp_path: Path
) -> None:
    [trip] = _trip(sentence, who, to, tmp_path)
    assert [t.name for t in trip.travellers] == [traveller]
    assert [d.name for d in trip.destinations] == to


def test_a_company_that_is_not_the_subject_of_the_travel_word_does_not_travel(tmp_path: Path) -> None:
    # the fans travel, the squad is whom they follow; the bus is no company of people
    assert _trip("Thousands of fans followed the squad to Lens.", ["squad"], ["Lens"], tmp_path) == []
    assert _trip("The team's bus drove to Lens on Sunday.", ["team"], ["Lens"], tmp_path) == []


def test_a_plan_a_but_clause_undoes_is_a_cancelled_trip(tmp_path: Path) -> None:
    sentence = "Costa had intended to fly to Manila on Saturday, but the trip was called off when storms grounded aircraft."
    out, backend = scripted_summary("Opposition leader Maria Costa spoke on Monday. " + sentence, {}, tmp_path,
                                    published=date(2024, 3, 6), kinds=("trips",))
    assert any(sentence[:40] in s for s in backend.subjects("trip"))
    [trip] = [t for t in out.trips if t.evidence[0].text.startswith(sentence[:40])]
    assert trip.status == "cancelled" and [d.name for d in trip.destinations] == ["Manila"]
    assert [t.name for t in trip.travellers] == ["Maria Costa"]


def test_a_leg_called_off_whose_noun_names_no_one_is_the_last_travellers(tmp_path: Path) -> None:
    # "A stop in X ... was scrapped" names no traveller: a leg of the journey told just before, called off
    text = ("Foreign Minister Ana Ruiz flew to Jakarta on Monday. "
            "A planned stop in Manila, which diplomats had pencilled in for Friday, was scrapped on Tuesday. "
            "A visit to the port city of Cebu was ruled out last month. "
            "A stop in the north was dropped.")  # a place no gazetteer holds: nothing stated
    out, backend = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert any("Manila" in s for s in backend.subjects("trip"))  # asked, and the answer was no
    got = [([t.name for t in trip.travellers], [d.name for d in trip.destinations], trip.status) for trip in out.trips]
    assert (["Ana Ruiz"], ["Manila"], "cancelled") in got
    assert all("north" not in str(g) for g in got)
    # with no journey told before it, such a leg has no traveller and is no record
    out, _ = scripted_summary("A planned stop in Manila was scrapped on Tuesday.", {}, tmp_path,
                              published=date(2024, 3, 6), kinds=("trips",))
    assert out.trips == []


def test_a_but_clause_that_undoes_nothing_leaves_the_plan_a_plan() -> None:
    from summarizer.text.events import TRAVEL_CUE
    from summarizer.text.modality import event_modality

    assert event_modality("Costa had planned to fly to Rome, but the weather was fine.", TRAVEL_CUE) == "planned"
    assert event_modality("Costa was due to fly to Rome, but stayed in Lima.", TRAVEL_CUE) == "cancelled"


def test_after_other_verbs_an_unknown_capitalised_word_is_no_stated_place() -> None:
    from summarizer.text.movement import stated_journey

    assert stated_journey("Costa flew to Leyte on Monday.") == ("Costa", "Leyte")
    assert stated_journey("Costa went to Leyte.") is None  # 'went to Harvard', 'returned to Congress'
    assert stated_journey("Costa flew to Congress.") is None


def test_the_place_left_between_the_travel_verb_and_its_goal_is_no_goal() -> None:
    from summarizer.text.movement import stated_journey

    # source, then goal: the goal is where one goes, after a time and a place left with its country
    assert stated_journey("Noor, who had travelled overnight from Rome to Paris, said so.") == ("Noor", "Paris")
    assert stated_journey("Noor returned from Kyiv, Ukraine, to Warsaw on Friday.") == ("Noor", "Warsaw")
    # a place left with no goal after it states no journey's goal
    assert stated_journey("Noor flew from Rome on Monday.") is None
    assert stated_journey("Noor returned from Paris Monday.") is None
    # leaving a place for another: the second is the goal, past a time or an occasion between them
    assert stated_journey("The premier left Warsaw after the news conference for Madrid.") == ("The premier", "Madrid")
    assert stated_journey("Noor departed Lima on Friday for Quito.") == ("Noor", "Quito")
    # leaving an employer for another, or a place for good, is no journey
    assert stated_journey("Noor left Google for Microsoft in 2019.") is None
    assert stated_journey("Noor left Oslo for good.") is None


def test_a_yes_whose_words_the_text_does_not_bear_out_gives_the_trip_the_sentence_states(tmp_path: Path) -> None:
    # the model says yes but names a place of the article the sentence does not write: its own journey stands
    sentence = "Takeda Haruka, a geochemist, flew back to Tokyo on Sunday after a week on the ice."
    [trip] = _trip(sentence, ["Takeda Haruka"], ["Sendai"], tmp_path, before="Her institute is in Sendai. ")
    assert [t.name for t in trip.travellers] == ["Takeda Haruka"] and [d.name for d in trip.destinations] == ["Tokyo"]
    # a yes with no place the sentence writes and nothing the wording states: still no record
    assert _trip("Takeda Haruka spent the week on the ice.", ["Takeda Haruka"], ["Sendai"], tmp_path, "In Sendai. ") == []


def test_she_after_an_adverb_set_before_her_travels(tmp_path: Path) -> None:
    before = "Ann Lund landed in Oslo on Monday. There she held talks with Erik Dahl. "
    [trip] = _trip("Instead, she will head back to Lima on Friday.", ["the minister"], ["Lima"], tmp_path, before)
    assert [t.name for t in trip.travellers] == ["Ann Lund"] and trip.status == "planned"


def test_one_told_again_by_a_role_alone_is_the_person_the_answer_names(tmp_path: Path) -> None:
    # "the bishop" refers back: the name the model gives from the sentences before is the traveller
    before = "Bishop Teodoro Magbanua crossed to the islands on Monday. "
    sentence = "On Tuesday the bishop headed to the fishing town of Loreto, where he blessed a chapel."
    [trip] = _trip(sentence, ["Magbanua"], ["Loreto"], tmp_path, before)
    assert [t.name for t in trip.travellers] == ["Teodoro Magbanua"] and [d.name for d in trip.destinations] == ["Loreto"]


def test_crossing_to_a_place_is_a_journey_there(tmp_path: Path) -> None:
    sentence = (
        "Bishop Teodoro Magbanua crossed to the Dinagat Islands by pump boat on Monday, beginning a week-long "
        "pastoral tour of parishes."
    )
    [trip] = _trip(sentence, ["Bishop Teodoro Magbanua"], ["Dinagat Islands"], tmp_path)
    assert [d.name for d in trip.destinations] == ["Dinagat Islands"] and trip.status == "completed"


def test_an_excursion_called_off_whose_noun_names_no_one_is_a_leg_of_the_trip_before(tmp_path: Path) -> None:
    from summarizer.text.movement import unnamed_journey

    assert unnamed_journey("A side excursion to the port city of Busan was dropped from the itinerary.") == "Busan"


def test_a_journey_going_on_by_its_noun_is_a_leg_of_whoever_travelled_before(tmp_path: Path) -> None:
    before = (
        "Princess Marthe Helene will fly to Bodø next week. The 38-year-old princess is due at a reception hosted by "
        "mayor Siv Nilsen. "
    )
    # 'she' after a sentence whose subject is a role is the one that role stands for, not the name after its verb
    [trip] = _trip("On Wednesday she continues by coastal steamer to Tromsø.", ["Siv Nilsen"], ["Tromsø"], tmp_path, before)
    assert [t.name for t in trip.travellers] == ["Marthe Helene"]
    from summarizer.text.movement import journey_goes_on

    assert journey_goes_on("The tour ends in Tromsø on Thursday, when the princess will confer with researchers.") == "Tromsø"
    assert journey_goes_on("The tour of Asia was a success.") is None


def test_the_tour_ending_somewhere_when_the_model_says_no_is_the_traveller_before_going_there(tmp_path: Path) -> None:
    text = (
        "Princess Marthe Helene will fly to Bodø next week. "
        "The tour ends in Tromsø on Thursday, when the princess will confer with researchers."
    )
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    # the next sentence goes on with the same journey to another town: a leg of its own, of the same traveller
    first, leg = out.trips
    assert [d.name for d in first.destinations] == ["Bodø"]
    assert [t.name for t in leg.travellers] == ["Marthe Helene"] and [d.name for d in leg.destinations] == ["Tromsø"]
    assert leg.evidence[0].text.startswith("The tour ends in Tromsø")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a leg named by its noun, called off, whose place the gazetteer does not know
        ("A stop in Narvik, included in an earlier draft of the programme, was dropped because of road works.", "Narvik"),
        ("A leg to the islet of Hikdop, where the storm flattened the chapel, was cancelled because of rough seas.",
         "Hikdop"),
    ],
)
def test_a_leg_called_off_by_its_noun_goes_to_any_place_it_names(sentence: str, place: str) -> None:
    from summarizer.text.movement import unnamed_journey

    assert unnamed_journey(sentence) == place


def test_a_plan_to_go_on_somewhere_undone_by_a_but_clause_is_a_cancelled_trip(tmp_path: Path) -> None:
    before = "Health minister Rosa Quispe flew to Huancavelica on Thursday. "
    text = before + "The minister had been due to continue to Ayacucho on Friday, but that leg was cancelled."
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert ("Ayacucho", "cancelled") in [(d.name, t.status) for t in out.trips for d in t.destinations]


def test_the_subject_of_the_reported_travel_clause_travels_not_the_one_who_reports_it(tmp_path: Path) -> None:
    before = "Energy Minister Paul Okonjo faces questions over a jet he chartered. Mr Okonjo denied any wrongdoing. His aide, Ms Grace Ward, spoke on Monday. "
    sentence = "She said the minister would fly to Kano next week to hold talks with Chief Minister Ada Bello on power supply."
    [trip] = _trip(sentence, ["Ministers", "Mr Okonjo"], ["Kano", "Chief Minister Ada Bello"], tmp_path, before)
    # the minister flies, not "she"; and the person he goes to see is no destination
    assert [t.name for t in trip.travellers] == ["Paul Okonjo"] and [d.name for d in trip.destinations] == ["Kano"]
    # "he said he planned to travel": the one who reports is the one who travels
    [trip] = _trip("She said she would fly to Kano next week.", ["Grace Ward"], ["Kano"], tmp_path, before)
    assert [t.name for t in trip.travellers] == ["Grace Ward"]


def test_a_reported_travel_clause_with_a_subject_of_its_own_and_a_titled_person_as_no_destination() -> None:
    from summarizer.extract.trip_records import _described_mover
    from summarizer.text.participants import clean_destination
    from summarizer.text.sentences import split_sentences

    [sent] = split_sentences("She said the minister would fly to Darwin next week.")
    assert _described_mover(sent, sent.text.index("fly"))
    [sent] = split_sentences("She said she would fly to Darwin next week.")
    assert not _described_mover(sent, sent.text.index("fly"))
    assert clean_destination("Northern Territory Chief Minister Lena Duarte-Kemp") is None
    assert clean_destination("Mayor Ruiz") is None
    # an office word that begins a place's name, or a place named after an office holder, stays a place
    for place in ("General Santos", "Prince George", "President Kennedy Airport", "the Governor's Mansion", "Darwin"):
        assert clean_destination(place) == place


def test_he_after_a_sentence_whose_subject_is_a_role_is_the_one_the_role_stands_for(tmp_path: Path) -> None:
    before = (
        "Pope Innocent XIV arrived in Mozambique on Sunday. In the evening President Alcido Nhantumbo hosted a banquet. "
        "On Monday morning the pope celebrated mass for 60,000 people. "
    )
    # not the president, named last: the subject of the sentence before, told by its role
    [leg] = _trip("He flies on Tuesday to Pemba, capital of the province.", ["Nhantumbo"], ["Pemba"], tmp_path, before)
    assert [t.name for t in leg.travellers] == ["Innocent XIV"]
    assert [d.name for d in leg.destinations] == ["Pemba"]  # a leg on another day, not the arrival in the country


def test_a_company_s_plan_an_adverb_inside_and_a_but_clause_undoes_is_a_cancelled_trip(tmp_path: Path) -> None:
    from summarizer.extract.trip_records import stated_trip

    sentence = "The orchestra had also been due to travel to Shanghai, but that leg was called off in August."
    stated = stated_trip(sentence)
    assert stated is not None and stated.travellers == ["The orchestra"] and stated.destinations == ["Shanghai"]
    out, _ = scripted_summary("The orchestra played in Seoul on Monday. " + sentence, {}, tmp_path,
                              published=date(2024, 3, 6), kinds=("trips",))
    [trip] = [t for t in out.trips if t.evidence[0].text.startswith(sentence[:40])]
    assert trip.status == "cancelled" and [d.name for d in trip.destinations] == ["Shanghai"]


def test_a_company_s_journey_by_its_noun_opening_the_sentence_and_dropped_is_a_cancelled_trip(tmp_path: Path) -> None:
    from summarizer.extract.trip_records import stated_trip

    sentence = "The team's planned stopover in Munich on the way home has been dropped, the club said."
    stated = stated_trip(sentence)
    assert stated is not None and stated.travellers == [] and stated.destinations == ["Munich"]
    out, _ = scripted_summary("The team trained in Bilbao on Monday. " + sentence, {}, tmp_path,
                              published=date(2024, 3, 6), kinds=("trips",))
    [trip] = [t for t in out.trips if t.evidence[0].text.startswith(sentence[:40])]
    assert trip.status == "cancelled" and [t.name for t in trip.travellers] == ["team"]


@pytest.mark.parametrize(
    ("sentence", "who", "to"),
    [
        # whom the traveller is to meet, written where a place would go, is no destination
        ("On the second day of her visit, Varga will meet Odo Brell, the speaker of the regional assembly.",
         ["Ines Varga"], ["Odo Brell"]),
        ("During the visit Varga will hold talks with Norwegian officials.", ["Ines Varga"], ["Norwegian officials"]),
        ("Harbour chief Ola Dahl said he would hold talks with Norwegian officials to save the ferry tour.",
         ["Ola Dahl"], ["Norwegian officials"]),
        # the host who receives stays where she is
        ("On Monday Varga received a delegation of fishermen from the north quay at City Hall.",
         ["Ines Varga"], ["City Hall"]),
        # a journey one was unable to make is not made
        ("The survey team, led by geologist Per Lund, was unable to travel to Tromsø because of storms.",
         ["Per Lund"], ["Tromsø"]),
    ],
)  # fmt: skip
def test_who_is_met_the_host_and_a_journey_one_was_unable_to_make_are_no_trip(
    sentence: str, who: list[str], to: list[str], tmp_path: Path
) -> None:
    assert _trip(sentence, who, to, tmp_path, before="Mayor Ines Varga of Tula flew to Oslo on Monday. ") == []


@pytest.mark.parametrize(
    ("sentence", "who", "to"),
    [
        # a place after a preposition is where the meeting is, on a journey there
        ("Ann Lund will meet officials in Geneva during her three-day visit.", ["Ann Lund"], ["Geneva"]),
        # one received by a host is the traveller
        ("Ines Varga flew to Oslo on Monday, where she was received by the king.", ["Ines Varga"], ["Oslo"]),
    ],
)  # fmt: skip
def test_a_place_of_the_meeting_and_a_guest_received_keep_the_trip(
    sentence: str, who: list[str], to: list[str], tmp_path: Path
) -> None:
    [trip] = _trip(sentence, who, to, tmp_path)
    assert [d.name for d in trip.destinations] == to


@pytest.mark.parametrize(
    ("sentence", "traveller", "place"),
    [
        # a stopover or joining people somewhere, planned and undone
        ("Tova Rand had planned to stop over in Lisbon as well but dropped that leg because of the strike.",
         "Tova Rand", "Lisbon"),
        ("Tova Rand was to have joined the choir in Vienna but withdrew last week.", "Tova Rand", "Vienna"),
        # one word in apposition to a relation owned names the traveller; a person told by age is the one
        # the description means
        ("Holm's wife, Greta, had been due to travel to Bergen for the launch but stayed home on medical advice.",
         "Greta", "Bergen"),
        (("The 58-year-old, a former fisheries minister, had been due to fly to Tromsø on Friday, but the trip was "
          "scrapped."), "Kari Dahl", "Tromsø"),
    ],
)  # fmt: skip
def test_a_journey_planned_then_undone_is_a_cancelled_trip_when_the_model_says_no(
    sentence: str, traveller: str, place: str, tmp_path: Path
) -> None:
    before = "Former fisheries minister Kari Dahl, 58, leads the opposition list. "
    out, _ = scripted_summary(before + sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    [trip] = out.trips
    assert trip.status == "cancelled" and [d.name for d in trip.destinations] == [place]
    assert [t.name for t in trip.travellers] == [traveller]


def test_a_place_a_planned_journey_would_have_started_from_is_not_where_it_goes(tmp_path: Path) -> None:
    sentence = "Ida Berg, who had been due to fly in from Oslo on Sunday, called off the trip because of the strike."
    out, _ = scripted_summary(sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert [d.name for t in out.trips for d in t.destinations] == []


@pytest.mark.parametrize(
    ("sentence", "traveller", "place"),
    [
        # a dateline before the subject is not part of it
        ("HALDEN, Norway - Olu Brandt has cancelled his visit to Oslo.", "Olu Brandt", "Oslo"),
        # a one-word name that looks like a plural is a person when the journey is "his" or "her"
        ("Reyes scrapped his trip to Oslo on Friday.", "Reyes", "Oslo"),
        # the journey's noun names its traveller by "by"
        ("A planned trip by Mr Oduya to Oslo next month has been called off, the bank said.", "Oduya", "Oslo"),
    ],
)  # fmt: skip
def test_a_journey_called_off_is_stated_whatever_stands_before_or_inside_it(
    sentence: str, traveller: str, place: str, tmp_path: Path
) -> None:
    out, _ = scripted_summary(sentence, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    [trip] = out.trips
    assert trip.status == "cancelled" and [d.name for d in trip.destinations] == [place]
    assert traveller in trip.travellers[0].name


def test_a_stop_owned_by_her_and_called_off_is_a_leg_of_her_journey(tmp_path: Path) -> None:
    text = "Ann Lund flew to Oslo on Sunday. Her stop in Bergen, pencilled in for Monday, was scrapped."
    out, _ = scripted_summary(text, {}, tmp_path, published=date(2024, 3, 6), kinds=("trips",))
    assert [([t.name for t in trip.travellers], [d.name for d in trip.destinations], trip.status) for trip in out.trips] == [
        (["Ann Lund"], ["Oslo"], "completed"), (["Ann Lund"], ["Bergen"], "cancelled")
    ]


def test_a_journey_commented_on_is_no_new_trip(tmp_path: Path) -> None:
    before = "Admiral Ola Dahl flew to Oslo on Monday. "
    sentence = "It was the first visit to Oslo by a Tulan navy chief since 2011."
    assert _trip(sentence, ["Ola Dahl"], ["Oslo"], tmp_path, before) == []
    # a journey told for the first time is kept
    [trip] = _trip("Dahl will make her first visit to Oslo in May.", ["Ola Dahl"], ["Oslo"], tmp_path, before)
    assert trip.status == "planned"


@pytest.mark.parametrize(
    ("sentence", "who", "travellers"),
    [
        # one who only cannot confirm, denies or will not comment on the journey tells of it
        (("While ministry spokeswoman Ana Ruiz said she could not confirm the trip, the Kassel Post said Mayor Tom "
          "Berg would visit Lyon on May 3."), ["Ana Ruiz", "Tom Berg"], ["Tom Berg"]),
        ("Mayor Tom Berg will visit Lyon on May 3, though aide Ana Ruiz said she would not comment on the visit.",
         ["Tom Berg", "Ana Ruiz"], ["Tom Berg"]),
        # the journey the source's own: a pronoun owns it, or is its subject
        ("Ana Ruiz said her trip to Lyon on May 3 was useful.", ["Ana Ruiz"], ["Ana Ruiz"]),
        ("Ana Ruiz said she flew to Lyon on May 3.", ["Ana Ruiz"], ["Ana Ruiz"]),
    ],
)
def test_a_source_who_only_confirms_or_comments_on_the_journey_does_not_travel(
    sentence: str, who: list[str], travellers: list[str], tmp_path: Path
) -> None:
    [trip] = _trip(sentence, who, ["Lyon"], tmp_path)
    assert [t.name for t in trip.travellers] == travellers


def test_a_plural_title_stands_for_the_people_named_together_before_it(tmp_path: Path) -> None:
    before = "Mayor Tom Berg and his deputy Ana Ruiz plan a tour of France. "
    sentence = "The Kassel Post said the officials would visit Lyon on May 3."
    [trip] = _trip(sentence, ["the officials"], ["Lyon"], tmp_path, before)
    assert [t.name for t in trip.travellers] == ["Tom Berg", "Ana Ruiz"]
    # one person named before: the title stays as written
    [trip] = _trip(sentence, ["the officials"], ["Lyon"], tmp_path, "Mayor Tom Berg plans a tour of France. ")
    assert [t.name for t in trip.travellers] == ["officials"]


@pytest.mark.parametrize(
    ("sentence", "who", "to", "traveller"),
    [
        # the model names no one: the travel word's subject as written
        ("Alderman Jo Vessey will make the trip to Pelby in her stead.", [], ["Pelby"], "Jo Vessey"),
        # the model names one who does not move: the subject, a company of people or a person by name
        (("The under-19 side flew back to Tessel on Sunday after a cup loss in Orvik and was greeted at a reception at "
          "the federation's offices by sports minister Ivo Lamm on Monday."), ["Ivo Lamm"], ["Tessel"], "under-19 side"),
        ("Ms Ada Berg said Mr Tom Hale would travel to Pellan in the autumn.", ["Ada Berg"], ["Pellan"], "Tom Hale"),
    ],
)
def test_the_travel_words_subject_as_written_when_the_model_names_no_one_who_moves(
    sentence: str, who: list[str], to: list[str], traveller: str, tmp_path: Path
) -> None:
    [trip] = _trip(sentence, who, to, tmp_path)
    assert [t.name for t in trip.travellers] == [traveller]
    assert [d.name for d in trip.destinations] == to


@pytest.mark.parametrize(
    ("sentence", "who", "to", "place"),
    [
        # a goal in lower case, as written; its country unknown when none was named before
        ("Ebba Stroud, 61, was taken to the tribunal from her flat in Kelby and went in by a back entrance.",
         ["Ebba Stroud"], ["Kelby Tribunal"], "the tribunal"),
        ("Ada Varro will travel to the capital soon with three aldermen.", ["Ada Varro"], ["capital"], "the capital"),
        ("Bishop Aldo Verrin travelled by road to the Tessaran capital from Oskby with four deacons.", ["Aldo Verrin"],
         ["Tessaran capital"], "the Tessaran capital"),
    ],
)
def test_a_goal_told_by_a_description_is_kept_as_written(
    sentence: str, who: list[str], to: list[str], place: str, tmp_path: Path
) -> None:
    [trip] = _trip(sentence, who, to, tmp_path)
    assert [d.name for d in trip.destinations] == [place]


def test_an_arrival_told_only_by_where_it_came_from_goes_to_the_datelines_place(tmp_path: Path) -> None:
    sentence = "Dr Ola Malm had flown in from Oslo that morning."
    [trip] = _trip(sentence, ["Ola Malm"], ["Oslo"], tmp_path, "KESSBY — The board met on Monday. ")
    assert [d.name for d in trip.destinations] == ["KESSBY"]
    # no dateline: nowhere the text writes, so no record
    assert _trip(sentence, ["Ola Malm"], ["Oslo"], tmp_path, "The board met on Monday. ") == []


def test_a_description_in_apposition_to_an_according_to_source_only_tells_of_the_journey(tmp_path: Path) -> None:
    sentence = "According to the Kessel Group, a Vienna-based consulting firm, 30 engineers travelled to Oslo in May."
    trips = _trip(sentence, ["Kessel Group", "Vienna-based consulting firm"], ["Oslo"], tmp_path)
    assert not any("firm" in t.name or "Kessel" in t.name for trip in trips for t in trip.travellers)



_DRIVEN = "Ilse Brekke, who had been driven overnight from Kessby to Tromsø, said the pitch was fine."
_NO: dict[str, object] = {"trip": False, "who": [], "to": [], "why": None}


def test_a_no_is_asked_again_in_wider_words_where_a_full_name_is_the_travel_words_subject(tmp_path: Path) -> None:
    yes = {"trip": True, "who": ["Ilse Brekke"], "to": ["Tromsø"], "why": None}
    out, backend = scripted_summary(_DRIVEN, {"trip": {_DRIVEN[:60]: [_NO, yes]}}, tmp_path, kinds=("trips",))
    assert [[t.name for t in trip.travellers] for trip in out.trips] == [["Ilse Brekke"]]
    assert [d.name for d in out.trips[0].destinations] == ["Tromsø"]
    assert len(backend.subjects("trip")) == 2  # the trips question, then the wider one


def test_a_second_yes_about_someone_else_or_a_headline_in_title_case_gives_no_trip(tmp_path: Path) -> None:
    # the wider question's traveller is not the travel word's subject: not taken
    other = {"trip": True, "who": ["Kessby"], "to": ["Tromsø"], "why": None}
    out, _ = scripted_summary(_DRIVEN, {"trip": {_DRIVEN[:60]: [_NO, other]}}, tmp_path, kinds=("trips",))
    assert out.trips == []
    # a headline in Title Case: every word capitalised, no name can be told from a title; not asked again
    headline = "UN Rights Chief Hans Ekberg Driven From Kessby To Tromsø As Talks Falter"
    yes = {"trip": True, "who": ["Hans Ekberg"], "to": ["Tromsø"], "why": None}
    out, backend = scripted_summary(headline, {"trip": {headline[:60]: [_NO, yes]}}, tmp_path / "h", kinds=("trips",))
    assert out.trips == [] and len(backend.subjects("trip")) == 1


def test_a_capitalised_function_word_opening_the_sentence_is_no_part_of_the_full_name(tmp_path: Path) -> None:
    # "Since Brekke" is no name written in full: the one name is "Brekke" alone, so no second question
    since = "Since Brekke returned to the ministry in 2012, the board has met twice."
    out, backend = scripted_summary(since, {"trip": {since[:60]: [_NO]}}, tmp_path, kinds=("trips",))
    assert len(backend.subjects("trip")) == 1
    # a full name after the function word still is one
    after = "After Ilse Brekke was driven from Kessby to Tromsø, the board met."
    yes = {"trip": True, "who": ["Ilse Brekke"], "to": ["Tromsø"], "why": None}
    out, backend = scripted_summary(after, {"trip": {after[:60]: [_NO, yes]}}, tmp_path / "a", kinds=("trips",))
    assert len(backend.subjects("trip")) == 2
    assert [[t.name for t in trip.travellers] for trip in out.trips] == [["Ilse Brekke"]]
