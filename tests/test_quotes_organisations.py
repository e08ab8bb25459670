"""Organisations as speakers, named in full: "the company said", "it added", a statement.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, speaker


def test_the_company_is_the_organisation_named_last(analyse):
    text = (
        "The harbour board met the Calder Ferry Company on Monday.\n\n"
        'The company said: "Fares will rise in May."'
    )
    assert speaker(analyse, text, "Fares will rise") == "Calder Ferry Company"


def test_it_after_a_description_of_the_organisation(analyse):
    text = (
        "The Calder Ferry Company announced a new timetable on Monday. The company also "
        "unveiled plans to cut fares at weekends.\n\n"
        'It added that it would buy a "second, faster boat" by the spring.'
    )
    assert speaker(analyse, text, "second, faster boat") == "Calder Ferry Company"


def test_it_is_the_main_subject_not_one_inside_its_clause(analyse):
    text = 'The Calder Ferry Company said fares would rise. "We have no choice," it added.'
    assert speaker(analyse, text, "no choice") == "Calder Ferry Company"


def test_it_added_is_no_mention_of_the_organisation(analyse):
    text = 'The Calder Ferry Union warned of higher fares. "We have no choice," it added.'
    analysis = analyse(text)
    assert speaker(analyse, text, "no choice") == "Calder Ferry Union"
    [union] = [e for e in analysis.entities if e.name == "Calder Ferry Union"]
    assert union.mentions == [(4, 22)]


def test_a_titled_office_with_the_holder_in_apposition(analyse):
    text = (
        "The Bishop of Kestrel, the Rt Rev Ambrose Lyle, described the novel as a "
        '"great thriller". Later the Bishop said: "Its history is laughable."'
    )
    assert speaker(analyse, text, "great thriller") == "Ambrose Lyle"
    assert speaker(analyse, text, "history is laughable") == "Ambrose Lyle"


def test_an_acronym_in_a_report_speaks_for_the_full_name(analyse):
    text = (
        "The Calder Institute of Harbour Research (CIHR) published its forecast on Monday.\n\n"
        "The CIHR report was gloomy about trade. It said fuel costs would rise, saying the "
        '"worst is still to come" for small ports.'
    )
    assert speaker(analyse, text, "worst is still") == "Calder Institute of Harbour Research"


def test_a_name_right_after_the_noun_is_the_speaker_whatever_its_type(analyse):
    text = (
        "The harbour board cut its berth fees on Monday.\n\n"
        'Telecom analysts Caspia welcomed the move, saying the board had "given up a lot".'
    )
    assert speaker(analyse, text, "given up a lot") == "Caspia"


def test_members_who_make_up_a_committee_speak_as_the_committee(analyse):
    text = (
        "In March the councillors who make up the Calder Harbour Scrutiny Committee published "
        'a report on the ferry, noting that its manager "has now gone".'
    )
    assert speaker(analyse, text, "has now gone") == "Calder Harbour Scrutiny Committee"


def test_a_bare_organisation_word_is_the_one_organisation_so_named(analyse):
    text = (
        'Folk singer Dex Marlowe has been praised by police for "very bravely" chasing a '
        "burglar from his farmhouse.\n\n"
        "Inspector Jon Hale of Calder Valley Police said the man had been caught."
    )
    assert speaker(analyse, text, "very bravely") == "Calder Valley Police"


@pytest.mark.parametrize(
    ("named", "described", "cue"),
    [
        (
            "A panel of the Northern Court of Appeals for the Fourth District",
            "The appeals court ruled that",
            "said the ruling",
        ),
        ("The Harbour Revenue Office", "The revenue office said", "the revenue office added"),
    ],
)
def test_a_description_whose_words_are_all_in_one_organisations_name(
    analyse, named, described, cue
):
    text = (
        "Harbour tax blocked\n\n"
        f"{named} on Monday blocked the county's new harbour tax.\n\n"
        f"{described} the tax could not be charged to boats that never dock in the county.\n\n"
        f'"A county cannot tax a vessel merely because it passes through its waters," {cue}.'
    )
    found = speaker(analyse, text, "cannot tax a vessel")
    assert found is not None and described.split()[1].lower() in found.lower()


@pytest.mark.parametrize("members", ["MPs", "members", "councillors"])
@pytest.mark.parametrize("body", ["Harbour Affairs Committee", "Calder Scrutiny Panel"])
def test_the_members_again_speak_as_the_body_they_form(analyse, members, body):
    """ "the MPs who make up the X Committee published …. The MPs found …": the committee."""
    text = (
        "Ferry agency still failing\n\n"
        f"In January the {members} who make up the {body} published a critical report into "
        "the agency.\n\n"
        "The agency is chasing unpaid fares of more than £70m. "
        f"The {members} found its new booking system was “far from ready” for the winter.\n"
    )
    assert speaker(analyse, text, "far from ready") == body


@pytest.mark.parametrize("name", ["Studio 9", "Number 12", "Camp 7", "Channel 5"])
def test_a_name_with_its_number_speaks_whole(analyse, name):
    text = f"Harbour row\n\n{name} said the ferry board wanted a timetable, not a “talking shop”.\n"
    analysis = analyse(text)
    assert speaker(analyse, text, "talking shop") == name
    assert {e.label for e in analysis.entities if e.name == name} == {"ORG"}


@pytest.mark.parametrize("org", ["QuayHands Coalition", "FerryFolk Alliance"])
@pytest.mark.parametrize("noun", ["group", "campaign group"])
def test_an_organisation_in_apposition_speaks_whole(analyse, org, noun):
    """ "The group, QuayHands Coalition, … saying that they '…'": the whole
    organisation speaks, and "Coalition" is no person of its own."""
    text = (
        "Ferry layoffs\n\n"
        f"The {noun}, {org}, began last spring and wrote to the ferry board saying "
        "that they “will not accept a winter without crossings.”\n"
    )
    assert speaker(analyse, text, "winter without crossings") == org
    assert not [e for e in analyse(text).entities if e.name == org.split()[-1]]


@pytest.mark.parametrize("org", ["Harbour Policy Institute", "Calder Centre for Trade"])
def test_a_description_parsed_as_the_subject_is_the_organisation_named_before_it(analyse, org):
    """ "a study by the X Institute, a Leeds-based think tank, concluded that '…'": the parse
    may make the description the subject; the organisation before the commas speaks."""
    text = (
        "Ferry tariffs\n\n"
        f"As we have noted, a May 2020 study by the {org}, a Leeds-based think tank, concluded "
        "that, using standard economic methods, “the whole cost of the levy falls on local "
        "buyers.”\n"
    )
    assert speaker(analyse, text, "whole cost of the levy") == org


@pytest.mark.parametrize(
    "org", ["Brightwater Label Group", "Harwick Shipping Group", "Calder Ferry Company"]
)
def test_they_after_an_organisation_is_the_organisation(analyse, org):
    text = (
        "The fishermen say the firm kept them off the quay for a week.\n\n"
        f"{org} have rejected the claim in two letters.\n\n"
        '"We never closed the quay to anyone," they said in a statement.'
    )
    assert speaker(analyse, text, "never closed the quay") == org


@pytest.mark.parametrize("subject", ["The protesters", "Officials at the harbour"])
def test_they_after_people_is_nobody_named(analyse, subject):
    text = (
        f"{subject} have rejected the claim in two letters.\n\n"
        '"We never closed the quay to anyone," they said in a statement.'
    )
    assert speaker(analyse, text, "never closed the quay") is None


@pytest.mark.parametrize(
    "subject",
    [
        "The agency that stages the regatta, Dunmore Productions,",
        "The company that runs the Harbour Awards, Dunmore Productions,",
        "The firm that films the race, Dunmore Productions,",
    ],
)
@pytest.mark.parametrize("pronoun", ["it", "they"])
def test_the_company_with_its_name_in_apposition_is_that_company(analyse, subject, pronoun):
    text = (
        "Harbour Records have rejected the claim in two letters.\n\n"
        f"{subject} says no contract has been signed yet.\n\n"
        f'"The crews will be told first when it is," {pronoun} said.'
    )
    assert speaker(analyse, text, "crews will be told") == "Dunmore Productions"


@pytest.mark.parametrize(
    ("person", "pronoun", "body"),
    [
        ("Margaret Quellington", "Her", "campaign"),
        ("Benjamin Odum", "His", "office"),
        ("Benjamin Odum", "His", "team"),
    ],
)
def test_his_or_her_body_speaks_as_that_persons_body(analyse, person, pronoun, body):
    surname = person.split()[-1]
    text = (
        f"{person} spoke to voters in Leeds on Tuesday. "
        f'{pronoun} {body} said the new leaflet was "a promise to every crew."\n\n'
        f'{pronoun} {body} also printed a poster it called "the harbour pledge."'
    )
    assert speaker(analyse, text, "promise to every crew") == f"{surname} {body}"
    assert speaker(analyse, text, "harbour pledge") == f"{surname} {body}"


def test_his_willingness_is_no_body(analyse):
    text = (
        "Ivo Tarrant spoke to voters in Leeds on Tuesday. His willingness to debate was a "
        'surprise, and critics attacked it as "a stunt."'
    )
    assert speaker(analyse, text, "a stunt") != "Tarrant willingness"


@pytest.mark.parametrize(
    "office", ["The Harbour Council High Commissioner for Fisheries", "The Secretary of Harbours"]
)
def test_an_office_of_a_named_body_is_no_persons_name(analyse, office):
    text = f'{office} said the ruling did "not change the law of the sea".'
    quote = quote_with(analyse, text, "law of the sea")
    assert quote.speaker is None
    assert not any(e.label == "PERSON" for e in analyse(text).entities)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Councillor Jo Marsh's office", "Marsh office"),
        ("Dunmore's foreign ministry", "Dunmore foreign ministry"),
    ],
)
def test_an_owned_body_is_named_after_its_owner(analyse, phrase, name):
    text = f'{phrase} dismissed the complaint on Monday, calling it "baseless."'
    assert speaker(analyse, text, "baseless") == name


@pytest.mark.parametrize("noun", ["bookmaker", "supermarket", "company", "bank"])
@pytest.mark.parametrize("name", ["Kestrel Bet plc", "Harbourside Group", "Tidewater Markets"])
def test_an_organisation_noun_in_the_lede_is_the_organisation_named_just_after(analyse, noun, name):
    text = (
        "Bets off after quiz leak\n\n"
        f"A {noun} has stopped taking bets on a television quiz after claiming "
        '"sensitive information" had been leaked.\n\n'
        f"{name} made the move after four people tried to place large bets on Friday.\n"
    )
    assert speaker(analyse, text, "sensitive information") in {name, name.removesuffix(" plc")}


def test_an_organisation_noun_later_in_the_story_is_not_the_next_one_named(analyse):
    text = (
        "Bets off after quiz leak\n\n"
        "Betting on the quiz was stopped on Friday.\n\n"
        "Four people tried to place large bets.\n\n"
        'A bookmaker said "sensitive information" had been leaked.\n\n'
        "Harbourside Group made no comment.\n"
    )
    assert speaker(analyse, text, "sensitive information") is None


@pytest.mark.parametrize("body", ["Harbour Trust", "Kestrel League", "Dunmere Alliance"])
@pytest.mark.parametrize("cue", ["{the} added that", "{the} warned that"])
def test_any_body_named_in_full_then_by_its_last_word_speaks_as_that_body(analyse, body, cue):
    word = body.split()[-1].lower()
    text = (
        f'The {body} said in a report that the pier was "unsafe". '
        f'{cue.format(the="The " + word)} engineers had warned of "serious faults".'
    )
    assert speaker(analyse, text, "serious faults") == body
