"""A capitalised preposition or clause word that opens a sentence is never a person's first
name ("Outside Roe's house", "Despite Roe's plea"). Every text here is written for these
tests."""

from __future__ import annotations

import pytest

OPENERS = ["Outside", "Inside", "Despite", "Beyond", "Behind", "Unlike", "Without", "Amid"]
NAMES = ["Tom Vail", "Chidi Okonkwo", "Maren Ostrow"]


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("name", NAMES)
def test_a_sentence_opening_preposition_is_not_part_of_a_person_s_name(analyse, opener, name):
    surname = name.split()[-1]
    analysis = analyse(
        f"Harbour plan row\n\n{name} runs the cafe on the quay and opposed the plan.\n\n"
        f"{opener} {surname}'s cafe, the queue stretched along the harbour wall.\n"
    )
    names = {e.name for e in analysis.entities}
    assert not any(n.startswith(opener) for n in names), names


@pytest.mark.parametrize("first", ["Orla", "Tom", "Maren"])
@pytest.mark.parametrize("surname", ["Penrose-Vail", "Okafor-Lind", "Harrow-Quenby"])
def test_a_double_barrelled_surname_opening_a_sentence_stays_whole(analyse, first, surname):
    analysis = analyse(
        f"Harbour plan row\n\n{first} {surname} runs the harbour cafe. {surname} said the pier "
        f"was unsafe. Ms {surname} added that nobody listened.\n"
    )
    people = [e for e in analysis.entities if e.label == "PERSON"]
    assert [e.name for e in people] == [f"{first} {surname}"]
    assert len(people[0].mentions) == 3


@pytest.mark.parametrize("opener", ["Outside", "Inside", "Beyond"])
@pytest.mark.parametrize("firm", ["Kestrel", "Pellow", "Quenby"])
def test_a_preposition_before_a_name_that_speaks_alone_is_not_its_first_name(analyse, opener, firm):
    analysis = analyse(
        f"Ferry yard row\n\n{firm} and many other firms have built yards here.\n\n"
        f"{opener} {firm}'s yard on the quay, a welder said the work was steady.\n\n"
        f"{firm} said it would hire 40 more welders this year.\n"
    )
    names = {e.name for e in analysis.entities}
    assert not any(n.startswith(opener) for n in names), names


@pytest.mark.parametrize("role", ["Boss", "Skipper", "Keeper", "Chef", "Campaigner"])
@pytest.mark.parametrize("name", NAMES)
def test_a_role_opening_a_sentence_before_a_full_name_is_not_part_of_it(analyse, role, name):
    analysis = analyse(
        f"Dunmere win again\n\nDunmere beat Kestrel 3-1 on Saturday. "
        f'{role} {name} said: "We were superb."\n'
    )
    people = {e.name for e in analysis.entities if e.label == "PERSON"}
    assert name in people and not any(n.startswith(role) for n in people), people
    quote = analysis.quotes[0]
    assert quote.speaker == name


JOBS = ["Fisherman", "Pensioner", "Florist", "Shopkeeper", "Farmer", "Accountant"]


@pytest.mark.parametrize("job", JOBS)
@pytest.mark.parametrize("name", NAMES)
def test_a_job_opening_a_sentence_before_a_full_name_is_not_part_of_it(analyse, job, name):
    # No list of jobs: a common noun with a doer's ending, capitalised only there.
    analysis = analyse(
        f"Harbour plan approved\n\nCouncillors approved the harbour plan on Monday.\n\n"
        f'{job} {name}, whose family has worked the quay for decades, said: "We are finished."\n'
    )
    people = {e.name for e in analysis.entities if e.label == "PERSON"}
    assert name in people and not any(n.startswith(job) for n in people), people
    assert analysis.quotes[0].speaker == name


@pytest.mark.parametrize("first", ["Walter", "Victor", "Esther"])
def test_a_first_name_the_article_writes_again_stays_a_name(analyse, first):
    analysis = analyse(
        f"Harbour plan approved\n\nCouncillors approved the harbour plan on Monday.\n\n"
        f'{first} Tom Vail, who runs the quay, said: "We are finished." Friends call him '
        f"{first} Vail.\n"
    )
    people = {e.name for e in analysis.entities if e.label == "PERSON"}
    assert f"{first} Tom Vail" in people, people


@pytest.mark.parametrize("first", ["Walter", "Peter", "Victor"])
@pytest.mark.parametrize("initial", ["K.", "J"])
def test_a_first_name_before_an_initial_stays_a_name(analyse, first, initial):
    analysis = analyse(
        f"Harbour plan approved\n\nCouncillors approved the harbour plan on Monday.\n\n"
        f'{first} {initial} Vail, who runs the quay, said: "We are finished."\n'
    )
    people = {e.name for e in analysis.entities if e.label == "PERSON"}
    assert f"{first} {initial} Vail" in people, people
