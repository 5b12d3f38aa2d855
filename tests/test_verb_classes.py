"""The gates ask about whole verb classes (summarizer/text/verb_classes.py): each member in the frame that gives it
the event's sense, and not the same verb in another frame. Every sentence here is made up."""

from __future__ import annotations

import pytest

from summarizer.text.events import is_meeting_candidate, is_trip_candidate


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz strolled into Parliament Square on Friday.",  # manner of motion
        "The minister swam back to Kelso after the boat capsized.",
        "The organisers bussed the volunteers to Tarrow.",  # a vehicle, taking others
        "The envoy boated across the lake and taxied into Harnow.",
        "The delegates were guided to Mossra by two rangers.",  # accompanying
        "She ushered him into the Blue Room.",
        "The brothers were smuggled into Turkey last year.",
        "The troops withdrew to Camp Rall.",  # directed motion
        "He defected to South Korea in 2019.",
        "The family will move to Geneva in June.",
        "The delegation will overnight in Bergen.",  # lodging
        "The senator is holidaying in Crete.",
        "Her flight to Oslo was delayed by fog.",  # nouns of one journey
        "A trade mission to Japan is planned for May.",
        "He sauntered into Parliament on Friday.",  # FrameNet's Self_motion
        "The envoy made it to Kyiv on Sunday.",  # Arriving
        "The train carrying the delegates pulled into Tarrow at dawn.",
        "She dropped in on the Holms in Vester.",  # Visiting
        "Ruiz stopped by the Osk mission.",
    ],
)
def test_a_verb_of_a_travel_class_with_a_path_to_a_named_place_is_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices climbed to a record on Friday.",  # no named place at the path's end
        "He ran for office in 2010.",
        "Shares advanced to their highest level.",
        "The plan will move to a vote next week.",
        "The rebels marched to the Capitol.",  # marches are left out
        "Costa stayed in Lima.",  # staying put
        "Police stood guard on a road leading to the Reina nightclub.",  # a road leads, no one is led
        "Ruiz was stopped by the Osk police.",  # stopped by someone, not stopping by
    ],
)
def test_the_same_verbs_without_a_path_to_a_named_place_are_not_asked(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz chatted briefly with Mr Odo after the vote.",  # social interaction, a partner after "with"
        "The minister haggled for hours with the creditors.",
        "She prayed with the families of the victims.",
        "The two leaders reminisced with veterans of the campaign.",
        "He exchanged greetings with Prince Karl.",  # something shared
        "She posed for photographs with the team.",
        "The envoys exchanged pleasantries with Queen Edda.",
        "A reunion of the wartime crew took place in Harnow.",  # coming together, by its noun
        "The governor encountered Ruiz at the airport.",  # by chance
        "She was reunited with her brother Tomas in Kelso.",  # FrameNet's Come_together
        "They congregated with Bishop Arno.",
    ],
)
def test_a_verb_of_social_interaction_with_a_partner_is_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He joked with reporters about the weather.",  # the press is no partner
        "Protesters clashed with police outside.",  # a fight is no meeting
        "The firm will cooperate with the inquiry.",  # working with a body
        "The senator caucuses with the Democrats.",  # a party one sits with
        "Ruiz chatted about the weather.",  # no partner
        "The Geneva Convention bans it, the Congress was told.",  # a treaty, a legislature
        "Both states signed the convention against torture.",
        "The plan encountered resistance.",  # no one met
    ],
)
def test_the_press_a_fight_a_body_or_no_partner_is_not_asked(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour pilots from six northern ports converged on Kessrin this week.",  # many moving as one
        "Fans poured into Vell after the final.",
        "More than 300 growers trooped to the Hague for the vote.",
        "Mayor Alun Kolb got back to Pellan on Sunday after three days in Orrin.",  # coming back
        "The bishop came back from Tessany on Friday.",
        "The crew is due back on Skarra on the Monday boat.",  # due back, wherever the path ends
        "The warden is due back in the settlement on Friday.",
        "Treasurer Juno Abell headed alone to Port Vessa on Monday.",  # an adverb before the path
        "The envoys then travelled separately to Kasso.",
        "Club president Rolf Emmer will follow the squad to Oster on Tuesday.",  # after someone to a place
        "Candidate Mira Tolle will barnstorm across the Lowland counties next week.",  # campaign touring
        "Inspectors of the Seed Board camped in Marrowby for the clinic.",  # lodging, camping as a verb
    ],
)
def test_mass_motion_returns_chasing_touring_and_camping_are_asked(sentence: str) -> None:
    assert is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Investors poured money into the fund.",  # goods moved, no path of the mover
        "Following a complaint to the Commission, the firm withdrew the offer.",  # a preposition, not chasing
        "She will follow the advice of her doctors.",  # no path to a place
        "Aid camps in Gaza are full.",  # a camp, the noun
    ],
)
def test_goods_a_preposition_or_a_noun_of_the_same_words_is_not_asked(sentence: str) -> None:
    assert not is_trip_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Governor Lisa Pell spent two hours with dock workers on Monday.",  # time spent with someone
        "The minister will spend the afternoon with the survivors.",
        "Ruiz spent time with the families in Osk.",
    ],
)
def test_time_spent_with_someone_is_asked(sentence: str) -> None:
    assert is_meeting_candidate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She spent two hours with reporters at the gate.",  # the press is no partner
        "The firm spent millions on the campaign.",  # money, not time with someone
    ],
)
def test_time_with_the_press_or_money_spent_is_not_asked(sentence: str) -> None:
    assert not is_meeting_candidate(sentence)


def test_troops_the_noun_and_coming_into_a_campaign_are_not_asked() -> None:
    assert not is_trip_candidate("The ministry has no plans to send additional troops to the Lakeland capital.")
    assert not is_trip_candidate("Coming into the New Carrow campaign, the focus was on the primary.")
