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
