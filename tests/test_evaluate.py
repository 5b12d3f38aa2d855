"""Tests of the scorers (summarizer.eval.*) on tiny hand-made gold/prediction pairs.

All texts here are invented for the tests; expected numbers are worked out by hand in the
comments next to each assertion.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from summarizer.eval.corpus import GoldDoc, load_corpus
from summarizer.eval.events import EventScores, gold_events, is_trip_event, score_events
from summarizer.eval.metrics import PRF, Agreement, OverlapPRF, strip_span
from summarizer.eval.names import is_unscorable_source, names_alias
from summarizer.eval.quotes import QuoteScores, content_kind, score_quotes
from summarizer.eval.report import aggregate, evaluate_summary, result_to_json
from summarizer.eval.seed import score_seed
from summarizer.schemas import ArticleSummary, DateRef, Entity, Meeting, Place, Quote, Span, Trip, Usage

REAL_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"  # ../shared/corpus


# ----------------------------------------------------------------------------------- helpers


def sp(text: str, sub: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of ``sub`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return Span(start=pos, end=pos + len(sub), text=sub)


def gsp(text: str, sub: str, nth: int = 0) -> dict[str, Any]:
    """A gold span dict, as in the corpus files."""
    s = sp(text, sub, nth)
    return {"start": s.start, "end": s.end, "text": s.text}


def quote(text: str, subs: list[str], speaker: str, direct: bool = True) -> Quote:
    ev = [sp(text, s) for s in subs]
    return Quote(text=" ... ".join(subs), speaker=speaker, direct=direct, evidence=ev)


def attribution(text: str, source: str | None, contents: list[str], direct: bool) -> dict[str, Any]:
    return {
        "sources": [gsp(text, source)] if source else [],
        "cues": [],
        "contents": [gsp(text, c) for c in contents],
        "direct": direct,
    }


def polnear_doc(text: str, attributions: list[dict[str, Any]]) -> GoldDoc:
    return GoldDoc(
        corpus="polnear",
        doc_id="p1",
        text=text,
        published=date(2016, 1, 1),
        gold={"doc_id": "p1", "split": "dev", "attributions": attributions},
        split="dev",
    )


# ------------------------------------------------------------------------------ PRF basics


def test_prf_zero_division_safe() -> None:
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)
    assert (OverlapPRF().precision, OverlapPRF().recall, OverlapPRF().f1) == (0.0, 0.0, 0.0)
    assert Agreement().rate == 0.0
    assert QuoteScores().speaker_accuracy == 0.0
    # all predictions wrong: tp = 0 -> P = R = F1 = 0, no ZeroDivisionError on p + r = 0
    assert PRF(tp=0, fp=3, fn=2).f1 == 0.0
    p = PRF(tp=2, fp=1, fn=3)
    assert p.precision == pytest.approx(2 / 3)
    assert p.recall == pytest.approx(2 / 5)
    assert p.f1 == pytest.approx(2 * (2 / 3) * (2 / 5) / (2 / 3 + 2 / 5))  # = 0.5


def test_strip_span_removes_quotes_and_punctuation() -> None:
    text = 'He said: "We win." Then'
    s = sp(text, '"We win."')
    a, b = strip_span(text, s.start, s.end)
    assert text[a:b] == "We win"
    assert strip_span(text, 0, 0) == (0, 0)
    assert strip_span(text, 5, 1000) == (5, len(text))  # clipped to the text


# ------------------------------------------------------------------------------- quotes

QTEXT = (
    'Smith told reporters: "We will win the vote." '
    "Later Jones added that taxes would fall. "
    '"It is over," Brown said. '
    '"We are ready," he said.'
)


def qdoc() -> GoldDoc:
    return polnear_doc(
        QTEXT,
        [
            attribution(QTEXT, "Smith", ['"We will win the vote."'], True),  # 20 chars stripped
            attribution(QTEXT, "Jones", ["taxes would fall"], False),
            attribution(QTEXT, "Brown", ['"It is over,"'], True),  # 10 chars stripped
            attribution(QTEXT, "he", ['"We are ready,"'], True),  # pronoun source
        ],
    )


def test_exact_vs_overlap_numbers() -> None:
    doc = qdoc()
    preds = [
        quote(QTEXT, ["We will win the vote"], "Sen. John Smith"),  # exact (after stripping) match of G1
        quote(QTEXT, ["It is"], "Jones"),  # 5 of G2's 10 characters
        quote(QTEXT, ["Later Jones added"], "Jones"),  # overlaps nothing
    ]
    s = score_quotes(preds, doc)
    # gold direct: G1 (20 chars), G2 (10 chars), G3 'We are ready' (12 chars)
    # EXACT: tp 1 (P1 = G1), fp 2, fn 2
    assert (s.direct_exact.tp, s.direct_exact.fp, s.direct_exact.fn) == (1, 2, 2)
    assert s.direct_exact.precision == pytest.approx(1 / 3)
    assert s.direct_exact.recall == pytest.approx(1 / 3)
    assert s.direct_exact.f1 == pytest.approx(1 / 3)
    # OVERLAP: P = (1 + 1 + 0) / 3 = 2/3; R = (1 + 5/10 + 0) / 3 = 0.5; F1 = 2*(2/3)(1/2)/(7/6) = 4/7
    assert s.direct_overlap.n_pred == 3 and s.direct_overlap.n_gold == 3
    assert s.direct_overlap.precision == pytest.approx(2 / 3)
    assert s.direct_overlap.recall == pytest.approx(0.5)
    assert s.direct_overlap.f1 == pytest.approx(4 / 7)
    # no predicted indirect quotes: indirect P = 0, R = 0 over 1 gold indirect
    assert s.indirect_overlap.n_pred == 0 and s.indirect_overlap.n_gold == 1
    assert s.indirect_overlap.recall == 0.0


def test_speaker_accuracy_and_pronoun_sources_unscorable() -> None:
    doc = qdoc()
    preds = [
        quote(QTEXT, ["We will win the vote"], "Sen. John Smith"),  # gold 'Smith': ok (title + surname)
        quote(QTEXT, ["It is over"], "Jones"),  # gold 'Brown': wrong
        quote(QTEXT, ["We are ready"], "Pat Brown"),  # gold 'he': unscorable
    ]
    s = score_quotes(preds, doc)
    assert [m.speaker for m in s.matches] == ["ok", "wrong", "unscorable"]
    assert (s.speaker_correct, s.speaker_scored) == (1, 2)
    assert s.speaker_accuracy == pytest.approx(0.5)
    assert s.unscorable_speakers == 1
    assert s.gold_unscorable == 1  # the 'he' quote counts even when unmatched
    assert score_quotes([], doc).gold_unscorable == 1
    assert score_quotes([], doc).unscorable_speakers == 0
    # all three predictions are exact matches now
    assert s.direct_exact.tp == 3 and s.direct_overlap.f1 == pytest.approx(1.0)


def test_indirect_scored_separately() -> None:
    doc = qdoc()
    preds = [
        quote(QTEXT, ["taxes would fall"], "Jones", direct=False),  # matches the gold indirect
        quote(QTEXT, ["We will win the vote"], "Smith", direct=False),  # indirect pred on a direct gold
    ]
    s = score_quotes(preds, doc)
    # direct side sees no prediction at all
    assert s.direct_overlap.n_pred == 0 and s.direct_exact.tp == 0 and s.direct_exact.fn == 3
    # all attributions together: both predictions match, whatever their kind
    assert sorted((m.pred_index, m.gold_index) for m in s.matches) == [(0, 1), (1, 0)]
    assert s.groups["all"].exact.tp == 2 and s.groups["all"].overlap.recall == pytest.approx(2 / 4)
    # indirect: gold 1 item; preds 2: P = (1 + 0)/2, R = 1/1
    assert s.indirect_overlap.precision == pytest.approx(0.5)
    assert s.indirect_overlap.recall == pytest.approx(1.0)
    assert s.indirect_overlap.f1 == pytest.approx(2 / 3)
    assert (s.indirect_exact.tp, s.indirect_exact.fp, s.indirect_exact.fn) == (1, 1, 0)


def test_multi_part_gold_content_pools_characters() -> None:
    # PolNeAR-style: the content holds an unquoted word plus the quoted words
    text = 'Lee also said "to make it clear" on Monday.'
    doc = polnear_doc(text, [attribution(text, "Lee", ["also", '"to make it clear"'], True)])
    s = score_quotes([quote(text, ['"to make it clear"'], "Lee")], doc)
    # the gold content has words outside the quotation marks: a mixed attribution, which a direct
    # prediction matches only in the all-attributions group
    assert s.groups["mixed"].overlap.n_gold == 1 and s.groups["direct"].overlap.n_gold == 0
    # gold chars: 'also' (4) + 'to make it clear' (16) = 20; pred 16 all inside gold
    everything = s.groups["all"]
    assert everything.exact.tp == 0
    assert everything.overlap.precision == pytest.approx(1.0)
    assert everything.overlap.recall == pytest.approx(16 / 20)
    assert s.speaker_accuracy == 1.0


def test_quote_without_evidence_is_found_by_text() -> None:
    doc = qdoc()
    q = Quote(text="It is over", speaker="Brown", evidence=[])
    s = score_quotes([q], doc)
    assert s.direct_exact.tp == 1
    assert s.speaker_correct == 1


def test_greedy_one_to_one_quote_matching() -> None:
    doc = qdoc()
    # two predictions on the same gold quote: only one can be matched for the speaker figure
    preds = [quote(QTEXT, ["We will"], "Smith"), quote(QTEXT, ["We will win the"], "Smith")]
    s = score_quotes(preds, doc)
    assert len(s.matches) == 1
    assert s.matches[0].pred_index == 1  # the larger overlap (15 chars) wins over 7
    assert s.matches[0].overlap_chars == 15
    # overlap precision still credits both: (1 + 1) / 2; recall G1 = 15/20, others 0 -> 0.75/3
    assert s.direct_overlap.precision == pytest.approx(1.0)
    assert s.direct_overlap.recall == pytest.approx(0.25)


# -------------------------------------------------------------------------------- aliasing


def test_names_alias_surname_titles_possessive() -> None:
    assert names_alias("Antony Blinken", "Blinken")
    assert names_alias("Secretary of State Antony Blinken", "Antony Blinken")
    assert names_alias("Prime Minister Justin Trudeau", "Mr. Trudeau")
    assert names_alias("Trump's", "Donald J. Trump")
    assert names_alias("John Cornyn, the No. 2 in the GOP leadership", "Sen. John Cornyn")
    assert names_alias("another friend, Mariam Emara", "Mariam Emara")
    assert names_alias("King", "King")  # a name that is also a title word
    assert names_alias("Elliott", "Charles Elliott III")  # a generation's mark is no surname
    assert names_alias("Robert Kennedy Jr.", "Kennedy")
    assert not names_alias("Antony Blinken", "Lloyd Austin")
    # titles alone are no name: 'the secretary' is not Blinken
    assert not names_alias("the secretary", "Secretary Blinken")
    assert not names_alias("", "Blinken")


def test_names_alias_organisations_and_countries() -> None:
    assert names_alias("State department", "US State Department")
    assert names_alias("the U.S. State Department", "State Department")
    assert not names_alias("State Department", "Defense Department")
    assert not names_alias("Republican National Committee", "Democratic National Committee")
    assert names_alias("US", "United States")
    assert names_alias("Britain", "the United Kingdom")
    assert names_alias("Hillary Clinton", "Hillary Rodham Clinton")


def test_unscorable_sources() -> None:
    assert is_unscorable_source(["he"])
    assert is_unscorable_source(["She"])
    assert is_unscorable_source(["they"])
    assert is_unscorable_source([])
    assert is_unscorable_source(["  "])
    assert is_unscorable_source(["the spokesman"])
    assert is_unscorable_source(["The Democratic presidential candidate"])
    assert not is_unscorable_source(["US"])
    assert not is_unscorable_source(["U.S."])
    assert not is_unscorable_source(["Smith"])
    assert not is_unscorable_source(["a friend, Mariam Emara"])
    assert not is_unscorable_source(["he", "Smith"])


# ---------------------------------------------------------------------------------- events

ETEXT = (
    "Obama met Merkel in Berlin on Monday.\n"  # S0
    "The leaders met again and talked for hours.\n"  # S1
    "Kerry flew to Paris.\n"  # S2
    "Trucks carried aid to the border."  # S3
)


def m2e2_doc() -> GoldDoc:
    lines = ETEXT.split("\n")
    sentences: list[dict[str, int]] = []
    pos = 0
    for i, line in enumerate(lines):
        sentences.append({"sent_idx": i, "start": pos, "end": pos + len(line)})
        pos += len(line) + 1

    def ev(etype: str, sent: int, trig: str, nth: int, args: list[tuple[str, str]]) -> dict[str, Any]:
        return {
            "event_type": etype,
            "sent_idx": sent,
            "trigger": gsp(ETEXT, trig, nth),
            "arguments": [{"role": r, **gsp(ETEXT, t)} for r, t in args],
        }

    events = [
        ev("Contact:Meet", 0, "met", 0, [("Entity", "Obama"), ("Entity", "Merkel"), ("Place", "Berlin")]),
        ev("Contact:Meet", 1, "met", 1, [("Entity", "leaders")]),
        ev("Contact:Meet", 1, "talked", 0, []),  # same sentence and type as the one above: merged
        ev("Movement:Transport", 2, "flew", 0, [("Artifact", "Kerry"), ("Destination", "Paris")]),
        ev("Movement:Transport", 3, "carried", 0, [("Artifact", "aid"), ("Vehicle", "Trucks")]),
        ev("Conflict:Attack", 3, "border", 0, []),  # other types are ignored
    ]
    doc_id = "VOA_EN_NW_2016.02.14.1234567"
    return GoldDoc(
        corpus="m2e2_voa",
        doc_id=doc_id,
        text=ETEXT,
        published=date(2016, 2, 14),
        gold={"doc_id": doc_id, "events": events, "sentences": sentences},
    )


def test_gold_events_dedupe_and_filter() -> None:
    trips, meetings, excluded = gold_events(m2e2_doc())
    assert len(meetings) == 2  # 3 Contact:Meet events, two of them in S1
    assert meetings[1].triggers == ["met", "talked"]
    assert len(trips) == 1 and trips[0].triggers == ["flew"]
    assert excluded == 1  # the aid transport
    s0 = ETEXT.split("\n")[0]
    assert meetings[0].sentence == (0, len(s0))


def test_score_events_matching_rule() -> None:
    doc = m2e2_doc()
    meetings = [
        Meeting(
            participants=[Entity(name="Barack Obama"), Entity(name="Angela Merkel")],
            evidence=[sp(ETEXT, "Obama met Merkel")],
        ),
        # a second prediction on S0 only: S0's gold is taken (one-to-one) -> false positive
        Meeting(participants=[Entity(name="Obama")], evidence=[sp(ETEXT, "in Berlin")]),
        # on S1: matches the merged S1 gold; participants 'leaders' vs 'Xi' disagree
        Meeting(participants=[Entity(name="Xi")], evidence=[sp(ETEXT, "talked for hours")]),
    ]
    trips = [
        Trip(
            travellers=[Entity(name="John Kerry")],
            destinations=[Place(name="Paris", country="France")],
            evidence=[sp(ETEXT, "Kerry flew to Paris")],
        ),
        # the aid transport is no gold trip -> a person's trip there is a false positive
        Trip(travellers=[Entity(name="Ali Demir")], evidence=[sp(ETEXT, "Trucks carried aid")]),
    ]
    s = score_events(trips, meetings, doc)
    # meetings: tp 2, fp 1, fn 0 -> P 2/3, R 1, F1 0.8
    assert (s.meetings.tp, s.meetings.fp, s.meetings.fn) == (2, 1, 0)
    assert s.meetings.f1 == pytest.approx(0.8)
    assert s.meeting_matches == [(0, 0), (2, 1)]
    # trips: tp 1, fp 1, fn 0 -> P 0.5, R 1, F1 2/3
    assert (s.trips.tp, s.trips.fp, s.trips.fn) == (1, 1, 0)
    assert s.trips.f1 == pytest.approx(2 / 3)
    assert s.excluded_transport == 1
    # secondary: meeting participants 1 of 2 matched pairs agree; trip destination and traveller agree
    assert (s.meeting_participant.agree, s.meeting_participant.scored) == (1, 2)
    assert (s.trip_destination.agree, s.trip_destination.scored) == (1, 1)
    assert (s.trip_traveller.agree, s.trip_traveller.scored) == (1, 1)


def test_a_visit_by_movers_the_gold_would_leave_out_is_left_out_of_the_trips_row() -> None:
    doc = m2e2_doc()
    # the gold's own "aid" transport is no trip; nor is a predicted visit by "drivers" or "nine surveyors":
    # neither a false trip nor a missed one
    trips = [
        Trip(travellers=[Entity(name="drivers")], evidence=[sp(ETEXT, "Trucks carried aid")]),
        Trip(travellers=[Entity(name="nine surveyors")], evidence=[sp(ETEXT, "Trucks carried aid")]),
    ]
    s = score_events(trips, [], doc)
    assert (s.trips.tp, s.trips.fp, s.trips.fn) == (0, 0, 1)  # Kerry's trip, not predicted, is the one miss
    assert s.trips_all.fp + s.trips_all.tp == 2  # every movement, whatever its mover: both still scored there
    # where the gold tells no movement, such a visit stays a false trip
    trip = Trip(travellers=[Entity(name="nine surveyors")], evidence=[sp(ETEXT, "Obama met Merkel")])
    assert score_events([trip], [], doc).trips.fp == 1
    # a delegation, a title or a name is a visitor: a false trip even where the gold's movement is left out
    for name in ("the delegation", "the president", "Ana Ruiz"):
        trip = Trip(travellers=[Entity(name=name)], evidence=[sp(ETEXT, "Trucks carried aid")])
        assert score_events([trip], [], doc).trips.fp == 1


def test_a_visit_by_named_people_where_the_gold_moves_people_told_by_a_description_is_left_out() -> None:
    text = "The pair were driven along the coast to Monaco.\nThe refugees were bussed to Lesbos by Ana Ruiz."
    lines = text.split("\n")
    sentences = [{"sent_idx": 0, "start": 0, "end": len(lines[0])},
                 {"sent_idx": 1, "start": len(lines[0]) + 1, "end": len(text)}]  # fmt: skip

    def moved(sent: int, trig: str, mover: str, place: str) -> dict[str, Any]:
        return {"event_type": "Movement:Transport", "sent_idx": sent, "trigger": gsp(text, trig),
                "arguments": [{"role": "Artifact", "entity_type": "PER", **gsp(text, mover)},
                              {"role": "Destination", "entity_type": "GPE", **gsp(text, place)}]}  # fmt: skip

    events = [moved(0, "driven", "The pair", "Monaco"), moved(1, "bussed", "The refugees", "Lesbos")]
    doc = GoldDoc("m2e2_voa", "HELD_x", text, None, {"events": events, "sentences": sentences})
    # the gold types "The pair" a person, but the row's words cannot confirm it: its journey is left out, and so is
    # the tool's visit there by the two people it names
    pair = Trip(travellers=[Entity(name="Daniel Kiptoo"), Entity(name="Peter Wanjala")],
                evidence=[sp(text, "The pair were driven")])  # fmt: skip
    s = score_events([pair], [], doc)
    assert (s.trips.tp, s.trips.fp, s.trips.fn) == (0, 0, 0)
    # refugees are left out on purpose: a visit by a named person in their sentence stays a false trip
    ruiz = Trip(travellers=[Entity(name="Ana Ruiz")], evidence=[sp(text, "The refugees were bussed")])
    assert score_events([ruiz], [], doc).trips.fp == 1


def test_score_events_status_agreement_where_the_gold_gives_one() -> None:
    doc = m2e2_doc()
    assert score_events([], [], doc).meeting_status.scored == 0  # M2E2 gives no status: nothing scored
    for ev in doc.gold["events"]:
        ev["status"] = "planned" if ev["event_type"] == "Movement:Transport" else "completed"
    meetings = [
        Meeting(participants=[Entity(name="Obama")], evidence=[sp(ETEXT, "Obama met Merkel")], status="completed"),
        Meeting(participants=[Entity(name="Xi")], evidence=[sp(ETEXT, "talked for hours")], status="cancelled"),
    ]
    trips = [Trip(travellers=[Entity(name="Kerry")], evidence=[sp(ETEXT, "Kerry flew to Paris")], status="completed")]
    s = score_events(trips, meetings, doc)
    assert (s.meeting_status.agree, s.meeting_status.scored) == (1, 2)
    assert (s.trip_status.agree, s.trip_status.scored) == (0, 1)


def test_score_events_greedy_prefers_larger_overlap() -> None:
    doc = m2e2_doc()
    s0 = ETEXT.split("\n")[0]
    # A touches S0 by 1 char and S1 by 20 chars; B lies in S1 only (7 chars).
    a_start = len(s0) - 1
    a = Span(start=a_start, end=len(s0) + 1 + 20, text=ETEXT[a_start : len(s0) + 21])
    b = sp(ETEXT, "talked ")
    s = score_events(
        [], [Meeting(participants=[], evidence=[b]), Meeting(participants=[], evidence=[a])], doc
    )
    # A-S1 (20) is taken first, then B cannot take S1 and has no other sentence; A is used -> S0 unmatched
    assert s.meeting_matches == [(1, 1)]
    assert (s.meetings.tp, s.meetings.fp, s.meetings.fn) == (1, 1, 1)


def test_score_events_empty() -> None:
    doc = GoldDoc("m2e2_voa", "VOA_EN_NW_2015.01.02.1", "x", None, {"events": [], "sentences": []})
    s = score_events([], [], doc)
    assert (s.trips.f1, s.meetings.f1, s.trip_destination.rate) == (0.0, 0.0, 0.0)
    s = score_events([], [Meeting(participants=[], evidence=[Span(start=0, end=1, text="x")])], doc)
    assert (s.meetings.tp, s.meetings.fp, s.meetings.fn) == (0, 1, 0)


def _transport(args: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "event_type": "Movement:Transport",
        "trigger": {"text": "went", "start": 0, "end": 4},
        "arguments": [{"role": r, "text": t, "start": 0, "end": 1} for r, t in args],
    }


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([("Artifact", "refugees"), ("Destination", "Greece")], False),
        ([("Artifact", "goods")], False),
        ([("Artifact", "weapons"), ("Agent", "U.S.")], False),
        ([("Artifact", "troops")], False),
        ([("Artifact", "migrants")], False),
        ([("Artifact", "Iraqis")], False),  # a plural nationality: a group
        ([("Artifact", "YPG")], False),  # acronym: an armed group
        ([("Artifact", "them")], False),
        ([("Artifact", "man")], False),
        ([("Destination", "Paris")], False),  # nobody moves
        ([("Artifact", "Jim Mattis"), ("Destination", "Iraq")], True),
        ([("Artifact", "Richard Nixon's")], True),
        # words of a role or a description, then the name: the person
        ([("Artifact", "chief financial officer Ana Ruiz")], True),
        ([("Artifact", "19-year-old Lio Tamsen")], True),
        ([("Artifact", "dozens of farmers from the Orrin Valley")], False),  # a place after a preposition
        ([("Artifact", "relief trucks from Port Vessel")], False),
        ([("Artifact", "president"), ("Destination", "Washington")], True),
        ([("Artifact", "a trade delegation")], True),
        ([("Artifact", "officials")], True),
        ([("Agent", "Kerry"), ("Destination", "Paris")], True),  # no Artifact: the Agent counts
        ([("Agent", "police"), ("Destination", "border")], False),
        ([("Artifact", "refugees"), ("Agent", "Kerry")], False),  # the Artifact decides when present
    ],
)
def test_trip_artifact_filter(args: list[tuple[str, str]], expected: bool) -> None:
    assert is_trip_event(_transport(args)) is expected


def test_non_transport_is_no_trip() -> None:
    ev = _transport([("Artifact", "Kerry")])
    ev["event_type"] = "Contact:Meet"
    assert is_trip_event(ev) is False


# ------------------------------------------------------------------------------------- seed

STEXT = (
    "Ann Lee and Bo Park plan to visit Oslo this month, reports said. "  # trip 1
    "The pair would stay in Oslo for two days from May 17. "
    "Lee made a \u201cvirtual trip\u201d to Rome on April 2. "  # trip 2, a scare quote
    "Lee met Rome mayor Carla Bruni on April 3. "  # meeting 1
    "\u201cWe are friends,\u201d Lee said. "  # quote 1
    "The Foreign Office said \u201cThe talks went well.\u201d"  # quote 2
)


def seed_doc() -> GoldDoc:
    gold: dict[str, Any] = {
        "doc_id": "mini-seed",
        "reference_date_hint": "2021-05-05",
        "quotes": [
            {"speaker": "Ann Lee", "direct": True, "contents": [gsp(STEXT, "We are friends,")]},
            {
                "speaker": "UK Foreign Office",
                "direct": True,
                "contents": [gsp(STEXT, "The talks went well.")],
            },
        ],
        "not_quotes": [gsp(STEXT, "virtual trip")],
        "indirect_attributions_optional": [
            {"speaker": "reports", "content": gsp(STEXT, "The pair would stay")}
        ],
        "trips": [
            {
                "travellers": ["Ann Lee", "Bo Park"],
                "destinations": ["Oslo"],
                "when": {"text": "this month", "value": "2021-05", "precision": "month"},
                "seoul_leg": {"text": "two days from May 17", "start": "2021-05-17", "end": "2021-05-18"},
                "evidence": [gsp(STEXT, "plan to visit Oslo this month")],
            },
            {
                "travellers": ["Ann Lee"],
                "destinations": ["Rome"],
                "when": {"text": "April 2", "value": "2021-04-02", "precision": "day"},
                "evidence": [gsp(STEXT, "Lee made a \u201cvirtual trip\u201d to Rome")],
            },
        ],
        "meetings": [
            {
                "participants": ["Ann Lee", "Carla Bruni"],
                "when": {"text": "April 3", "value": "2021-04-03"},
                "evidence": [gsp(STEXT, "Lee met Rome mayor Carla Bruni")],
            }
        ],
    }
    return GoldDoc("seed", "mini-seed", STEXT, date(2021, 5, 5), gold)


def seed_summary() -> ArticleSummary:
    return ArticleSummary(
        doc_id="mini-seed",
        model="test",
        quotes=[
            quote(STEXT, ["We are friends"], "Ann Lee"),
            quote(STEXT, ["The talks went well"], "Carla Bruni"),  # wrong speaker
            quote(STEXT, ["virtual trip"], "Ann Lee"),  # scare quote
            quote(STEXT, ["The pair would stay"], "reports"),  # overlaps only the optional one
        ],
        trips=[
            # no evidence overlap, matched by traveller + destination agreement
            Trip(
                travellers=[Entity(name="Lee"), Entity(name="Bo Park")],
                destinations=[Place(name="Oslo, Norway")],
                when=DateRef(text="this month", value="2021-05"),
                dates=[DateRef(text="May 17", value="2021-05-17")],
                evidence=[sp(STEXT, "The pair would stay in Oslo")],
            ),
            # matched by evidence; wrong date
            Trip(
                travellers=[Entity(name="Ann Lee")],
                destinations=[Place(name="Rome")],
                when=DateRef(text="April 3", value="2021-04-03"),
                evidence=[sp(STEXT, "to Rome on April 2")],
            ),
        ],
        meetings=[],
        usage=Usage(prompt_tokens=100, completion_tokens=20),
        seconds=3.0,
    )


def test_score_seed_item_by_item() -> None:
    report = score_seed(seed_summary(), seed_doc())
    assert report.lines() == [
        "quote 1 (Ann Lee): found, speaker ok",
        "quote 2 (UK Foreign Office): found, speaker wrong, speaker was 'Carla Bruni'",
        "trip 1 (Ann Lee, Bo Park -> Oslo): found, when 2021-05 ok, seoul leg start 2021-05-17 ok",
        "trip 2 (Ann Lee -> Rome): found, when 2021-04-02 wrong, when was 2021-04-03",
        "meeting 1 (Ann Lee, Carla Bruni): missed",
        "extra quote predictions: 1",
        "scare quotes: 1",
        "  scare quote: 'virtual trip'",
    ]
    assert report.scare_quote_errors == 1
    assert report.date_checks() == (2, 3)
    trips = report.prf("trip")
    assert (trips.tp, trips.fp, trips.fn) == (2, 0, 0)
    meetings = report.prf("meeting")
    assert (meetings.tp, meetings.fp, meetings.fn) == (0, 0, 1)


def test_seed_quotes_scare_and_optional() -> None:
    s = score_quotes(seed_summary().quotes, seed_doc())
    assert s.scare_quote_errors == 1
    assert s.ignored_predictions == 1  # 'The pair would stay' only overlaps an optional attribution
    # direct preds kept: 3 (two exact matches + the scare quote); gold 2
    assert (s.direct_exact.tp, s.direct_exact.fp, s.direct_exact.fn) == (2, 1, 0)
    assert s.direct_overlap.precision == pytest.approx(2 / 3)
    assert s.direct_overlap.recall == pytest.approx(1.0)
    assert (s.speaker_correct, s.speaker_scored) == (1, 2)
    # the seed has no scored indirect gold
    assert s.indirect_overlap.n_gold == 0 and s.indirect_overlap.n_pred == 0


def test_seed_meeting_matched_by_participants() -> None:
    summary = seed_summary()
    summary.meetings = [
        Meeting(
            participants=[Entity(name="Lee"), Entity(name="Mayor Carla Bruni")],
            when=DateRef(text="April 3", value="2021-04-03"),
            evidence=[],
        ),
        # only one participant agrees: not enough for a two-party gold meeting -> extra
        Meeting(participants=[Entity(name="Ann Lee"), Entity(name="Bo Park")], evidence=[]),
    ]
    report = score_seed(summary, seed_doc())
    assert "meeting 1 (Ann Lee, Carla Bruni): found, when 2021-04-03 ok" in report.lines()
    m = report.prf("meeting")
    assert (m.tp, m.fp, m.fn) == (1, 1, 0)


def test_seed_trip_periods_come_from_the_gold_structure() -> None:
    # No gold key is known to the scorer: any field holding an object with a start date is a
    # period of the trip, checked against the trip's dates and named after the field.
    doc = seed_doc()
    trip = doc.gold["trips"][0]
    del trip["seoul_leg"]
    trip["oslo_stay"] = {"text": "two days from May 17", "start": "2021-05-17", "end": "2021-05-18"}
    trip["harbour_visit"] = {"text": "May 19", "start": "2021-05-19"}
    trip["note_span"] = {"start": 3, "end": 9}  # offsets, not a date: no check
    trip["open_period"] = {"text": "later", "start": ""}  # no start date: no check
    report = score_seed(seed_summary(), doc)
    assert report.lines()[2] == (
        "trip 1 (Ann Lee, Bo Park -> Oslo): found, when 2021-05 ok, "
        "oslo stay start 2021-05-17 ok, harbour visit start 2021-05-19 wrong"
    )
    assert report.date_checks() == (2, 4)
    assert report.date_checks("trip") == (2, 4) and report.date_checks("meeting") == (0, 0)
    # and a trip without periods gets its 'when' check only
    for key in ("oslo_stay", "harbour_visit"):
        del trip[key]
    assert score_seed(seed_summary(), doc).lines()[2] == "trip 1 (Ann Lee, Bo Park -> Oslo): found, when 2021-05 ok"


def test_scorers_keep_their_own_word_lists() -> None:
    # The measurement stays independent of the runtime's lexicon: no scorer module imports
    # summarizer.text (see summarizer/eval/lexicon.py).
    import ast

    eval_dir = Path(__file__).resolve().parents[1] / "summarizer" / "eval"
    offenders = []
    for path in sorted(eval_dir.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            offenders += [f"{path.name}: {n}" for n in names if n == "summarizer.text" or n.startswith("summarizer.text.")]
    assert not offenders, offenders


# ------------------------------------------------------------------------------ aggregation


def test_evaluate_summary_and_aggregate() -> None:
    d1 = evaluate_summary(seed_summary(), seed_doc())
    assert d1.tokens == 120 and d1.seconds == 3.0
    assert set(d1.scores) == {"quotes", "seed"}

    doc = qdoc()
    s1 = ArticleSummary(
        doc_id="p1", model="t", quotes=[quote(QTEXT, ["We will win the vote"], "Smith")], seconds=2.0
    )
    s2 = ArticleSummary(doc_id="p1", model="t", quotes=[], seconds=4.0, usage=Usage(prompt_tokens=50))
    e1, e2 = evaluate_summary(s1, doc), evaluate_summary(s2, doc)

    m = ArticleSummary(
        doc_id="m",
        model="t",
        meetings=[Meeting(participants=[Entity(name="Obama")], evidence=[sp(ETEXT, "Obama met")])],
    )
    e3 = evaluate_summary(m, m2e2_doc())
    assert set(e3.scores) == {"events"}

    rows = aggregate([e3, e1, e2, d1])
    keys = [(r.corpus, r.kind) for r in rows]
    assert keys == [
        ("m2e2_voa", "meetings"),
        ("m2e2_voa", "meetings-all"),
        ("m2e2_voa", "trips"),
        ("m2e2_voa", "trips-all"),
        ("polnear", "quotes-all"),
        ("polnear", "quotes-direct"),
        ("polnear", "quotes-indirect"),
        ("seed", "quotes-all"),
        ("seed", "quotes-direct"),
        ("seed", "meetings"),
        ("seed", "trips"),
    ]
    by = {(r.corpus, r.kind): r for r in rows}
    pd = by[("polnear", "quotes-direct")]
    # micro-sum over the two polnear docs: preds 1 + 0, gold 3 + 3; p_sum 1, r_sum 1 -> P 1, R 1/6
    assert (pd.n_pred, pd.n_gold, pd.n_docs) == (1, 6, 2)
    assert pd.precision == pytest.approx(1.0)
    assert pd.recall == pytest.approx(1 / 6)
    assert pd.f1 == pytest.approx(2 / 7)
    assert pd.extra["speaker_accuracy"] == 1.0
    assert pd.extra["gold_unscorable_speakers"] == 2
    assert pd.seconds_per_doc == pytest.approx(3.0)
    assert pd.tokens_per_doc == pytest.approx(25.0)
    mm = by[("m2e2_voa", "meetings")]
    assert (mm.n_pred, mm.n_gold, mm.precision, mm.recall) == (1, 2, 1.0, 0.5)
    assert mm.extra["participant_agreement"] == 1.0
    mt = by[("m2e2_voa", "trips")]
    assert (mt.n_pred, mt.n_gold, mt.f1) == (0, 1, 0.0)
    st = by[("seed", "trips")]
    assert (st.precision, st.recall, st.extra["date_checks_ok"], st.extra["date_checks"]) == (1.0, 1.0, 2, 3)

    js = result_to_json(rows, [e1, d1])
    assert json.loads(json.dumps(js)) == js  # plain JSON data
    first = next(r for r in js["rows"] if (r["corpus"], r["kind"]) == ("polnear", "quotes-direct"))
    assert first["kind"] == "quotes-direct" and first["f1"] == round(2 / 7, 4)
    assert first["seconds_per_doc"] == 3.0
    assert js["docs"][0]["quotes_direct_f1"] == round(2 * 1 * (1 / 3) / (1 + 1 / 3), 4)
    assert js["docs"][1]["seed_report"][0] == "quote 1 (Ann Lee): found, speaker ok"
    assert aggregate([]) == []
    assert result_to_json([]) == {"rows": []}


def test_event_scores_add() -> None:
    a = EventScores(trips=PRF(1, 1, 0))
    a.add(EventScores(trips=PRF(2, 0, 3), excluded_transport=4))
    assert (a.trips.tp, a.trips.fp, a.trips.fn, a.excluded_transport) == (3, 1, 3, 4)


# ------------------------------------------------------------------------------ load_corpus


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def make_mini_corpus(root: Path) -> None:
    seed_text = "Mia said \u201cHello there.\u201d\r\nThen she left."
    _write(root / "seed" / "mini.txt", seed_text)
    _write(
        root / "seed" / "mini.gold.json",
        json.dumps(
            {
                "doc_id": "mini",
                "reference_date_hint": "2020-02-03",
                "quotes": [{"speaker": "Mia", "direct": True, "contents": [gsp(seed_text, "Hello there.")]}],
                "not_quotes": [],
                "trips": [],
                "meetings": [],
            }
        ),
    )
    pol = {
        "b_doc": ("train", "Bo said \u201cno\u201d."),
        "a_doc": ("dev", "Al said yes."),
        "c_doc": ("test", "Cy."),
    }
    lines: list[str] = []
    for doc_id, (split, text) in pol.items():
        _write(root / "polnear" / "texts" / f"{doc_id}.txt", text)
        lines.append(
            json.dumps(
                {
                    "doc_id": doc_id,
                    "split": split,
                    "publisher": "x",
                    "date": "2016-05-0" + str(len(lines) + 1),
                    "title": "t",
                    "annotator": "a",
                    "attributions": [],
                }
            )
        )
    _write(root / "polnear" / "quotes_gold.jsonl", "\n".join(lines) + "\n")
    m_lines: list[str] = []
    for doc_id in ("VOA_EN_NW_2015.11.26.3", "VOA_EN_NW_2014.01.31.1"):
        _write(root / "m2e2_voa" / "texts" / f"{doc_id}.txt", "Kerry flew to Paris.")
        m_lines.append(
            json.dumps(
                {"doc_id": doc_id, "events": [], "sentences": [{"sent_idx": 0, "start": 0, "end": 20}]}
            )
        )
    _write(root / "m2e2_voa" / "events_gold.jsonl", "\n".join(m_lines) + "\n")
    _write(root / "bbc_politics" / "manifest.jsonl", json.dumps({"doc_id": "bbc_1"}) + "\n")
    _write(root / "bbc_politics" / "texts" / "bbc_1.txt", "No gold here.")


def test_load_corpus_mini(tmp_path: Path) -> None:
    make_mini_corpus(tmp_path)
    docs = load_corpus(tmp_path)
    assert [(d.corpus, d.doc_id) for d in docs] == [
        ("m2e2_voa", "VOA_EN_NW_2014.01.31.1"),
        ("m2e2_voa", "VOA_EN_NW_2015.11.26.3"),
        ("polnear", "a_doc"),
        ("polnear", "b_doc"),
        ("polnear", "c_doc"),
        ("seed", "mini"),
    ]
    by = {d.doc_id: d for d in docs}
    assert by["VOA_EN_NW_2014.01.31.1"].published == date(2014, 1, 31)
    assert by["VOA_EN_NW_2015.11.26.3"].published == date(2015, 11, 26)
    assert by["b_doc"].published == date(2016, 5, 1) and by["b_doc"].split == "train"
    assert by["mini"].published == date(2020, 2, 3) and by["mini"].split is None
    # texts are read exactly (CRLF kept), so gold offsets hold
    seed = by["mini"]
    c = seed.gold["quotes"][0]["contents"][0]
    assert seed.text[c["start"] : c["end"]] == "Hello there."
    assert "\r\n" in seed.text
    # split filters PolNeAR only; seed and M2E2 have no split and are kept
    dev = load_corpus(tmp_path, split="dev")
    assert [(d.corpus, d.doc_id) for d in dev] == [
        ("m2e2_voa", "VOA_EN_NW_2014.01.31.1"),
        ("m2e2_voa", "VOA_EN_NW_2015.11.26.3"),
        ("polnear", "a_doc"),
        ("seed", "mini"),
    ]
    # a single corpus folder
    assert [d.doc_id for d in load_corpus(tmp_path / "polnear", split="test")] == ["c_doc"]
    assert [d.corpus for d in load_corpus(tmp_path / "seed")] == ["seed"]
    assert load_corpus(tmp_path / "bbc_politics") == []
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "nowhere")


@pytest.mark.skipif(not REAL_CORPUS.is_dir(), reason="shared corpus not present")
def test_load_real_corpus_smoke() -> None:
    docs = load_corpus(REAL_CORPUS)
    counts: dict[str, int] = {}
    for d in docs:
        counts[d.corpus] = counts.get(d.corpus, 0) + 1
    assert counts == {"m2e2_voa": 30, "polnear": 30, "seed": 1}
    assert [(d.corpus, d.doc_id) for d in docs] == sorted((d.corpus, d.doc_id) for d in docs)
    assert all(d.published is not None for d in docs)
    assert {d.split for d in docs if d.corpus == "polnear"} == {"train", "dev", "test"}
    dev = load_corpus(REAL_CORPUS, split="dev")
    assert sum(1 for d in dev if d.corpus == "polnear") == 2
    assert sum(1 for d in dev if d.corpus == "m2e2_voa") == 30
    # gold offsets index the loaded texts
    for d in docs:
        if d.corpus == "polnear":
            for a in d.gold["attributions"]:
                for s in a["contents"] + a["sources"]:
                    assert d.text[s["start"] : s["end"]] == s["text"]
    # gold against itself scores 1 on quotes; dedupe keeps meetings <= events
    d = next(d for d in docs if d.corpus == "polnear")
    preds = [
        Quote(
            text="x",
            speaker=(a["sources"][0]["text"] if a["sources"] else "?"),
            direct=kind == "direct",
            kind=kind,
            evidence=[Span(**c) for c in a["contents"]],
        )
        for a in d.gold["attributions"]
        for kind in [content_kind([c["text"] for c in a["contents"]])]
    ]
    s = score_quotes(preds, d)
    for group in ("all", "direct", "indirect"):
        assert s.groups[group].overlap.f1 == pytest.approx(1.0) and s.groups[group].exact.f1 == pytest.approx(1.0)
    seed = next(d for d in docs if d.corpus == "seed")
    assert seed.published == date(2021, 3, 5)
    assert score_quotes([], seed).direct_exact.fn == 3
    # the seed's gold trips against themselves: every date check passes, the Seoul leg's
    # start included, found from the gold's structure
    trips = [
        Trip(
            travellers=[Entity(name=n) for n in t["travellers"]],
            destinations=[Place(name=n) for n in t["destinations"]],
            when=DateRef(text=t["when"]["text"], value=t["when"]["value"]),
            dates=[DateRef(text=v["text"], value=v["start"]) for v in t.values() if isinstance(v, dict) and "start" in v],
            evidence=[Span(**e) for e in t["evidence"]],
        )
        for t in seed.gold["trips"]
    ]
    report = score_seed(ArticleSummary(doc_id=seed.doc_id, model="t", trips=trips), seed)
    trip_lines = [i.line() for i in report.items if i.kind == "trip"]
    assert any("seoul leg start 2021-03-17 ok" in line for line in trip_lines), trip_lines
    assert report.prf("trip").f1 == 1.0
    assert report.date_checks("trip") == (len(trips) + 1, len(trips) + 1)


def test_the_same_person_by_a_surname_that_is_a_title() -> None:
    assert names_alias("Mr. King", "Lionel King")
    assert names_alias("Mr. King, 82,", "Lionel King")
    assert not names_alias("Mr. King", "Rafael Soto")
    assert not names_alias("King Abdul", "Lionel King")  # a title before a name is no surname


def test_a_description_after_a_dash_and_a_companys_suffix_name_no_one_else() -> None:
    assert names_alias("Dana Voss", "Voss -- co-author of a book on debates, and a former coach")
    assert names_alias("Harrow Energy", "Harrow")
    assert not names_alias("Harrow Energy", "Kessel Energy")


def test_a_reporting_verb_marked_as_the_source_gives_no_name_to_score() -> None:
    assert is_unscorable_source(["said"]) and is_unscorable_source(["According to"])
    assert not is_unscorable_source(["Ann Lee said"]) and not is_unscorable_source(["said", "Ann Lee"])
