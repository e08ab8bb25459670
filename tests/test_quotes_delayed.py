"""Delayed identification: an indefinite speaker ("a campaigner has said") whom the article
names just after. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import speaker


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        (
            "Ferry fares plan 'reckless'\n\n"
            "The plan to double ferry fares on the island is 'reckless', a campaigner has said.\n\n"
            "The council wants to close the winter timetable. Harbour Trust chair Margaret Quenby "
            "described the proposal as a 'slow eviction' of the island's young families.",
            "reckless",
            "Margaret Quenby",
        ),
        (
            "Orchard sale is 'theft'\n\n"
            "Selling the town orchard would be 'theft from our children', a lawyer said on "
            "Monday.\n\n"
            "Thomas Pellow, who sits for the harbour ward, said the land was left to the town.",
            "theft from our children",
            "Thomas Pellow",
        ),
        (
            "The mill changed hands last winter for a fraction of its worth. In March, another "
            "former adviser called the deal 'the giveaway of the decade'. The buyer sold it on "
            "within weeks.\n\n"
            '"Nobody asked the workers," Daniel Hosken - then adviser to the mill\'s board - '
            "told a meeting.",
            "giveaway of the decade",
            "Daniel Hosken",
        ),
    ],
)
def test_an_indefinite_speaker_is_the_person_named_just_after(analyse, text, words, named):
    assert speaker(analyse, text, words) == named


@pytest.mark.parametrize(
    "text",
    [
        # Not in the opening paragraph, and the next name is described otherwise.
        "Ferry timetable cut\n\n"
        "The council met on Tuesday to discuss the timetable.\n\n"
        "The winter service will end in November.\n\n"
        "The cuts are 'a disgrace', a campaigner said after the meeting.\n\n"
        "Council leader Margaret Quenby said the service lost money every winter.",
        # The opening paragraph, but nobody is named in the sentences after it.
        "Ferry timetable cut\n\n"
        "The cuts are 'a disgrace', a campaigner has said.\n\n"
        "The council wants to end the winter service. The ferry lost money every winter. "
        "Fares rose last year. Timetables were cut in spring.\n\n"
        "Margaret Quenby, the council leader, said the service lost money.",
    ],
)
def test_an_indefinite_speaker_not_named_after_stays_unnamed(analyse, text):
    assert speaker(analyse, text, "a disgrace") is None


def _named_before(noun: str, founder: str, headline: bool) -> str:
    head = "Harbour firm under inquiry\n\n" if headline else ""
    return (
        f"{head}The Kestrel Line faces a county audit this winter. Auditors want to know "
        f"whether founder {founder} sold boats to the firm.\n\n"
        f"A company {noun} told reporters that 'the firm is helping the auditor'. "
        f"The audit will report in March.\n\n"
        f"{founder.split()[-1]} stepped down as chief executive in May."
    )


@pytest.mark.parametrize("noun", ["spokesperson", "spokesman", "official"])
@pytest.mark.parametrize("founder", ["Arlo Penhale", "Maren Ostrow"])
@pytest.mark.parametrize("headline", [True, False])
def test_an_indefinite_speaker_is_not_someone_named_before_it(analyse, noun, founder, headline):
    """Delayed identification introduces a new person: someone the article named before the
    indefinite speaker ("founder Arlo Penhale … A company spokesperson said") is not them."""
    text = _named_before(noun, founder, headline)
    assert speaker(analyse, text, "helping the auditor") is None


FIRMS = ["Harbour Ferries", "Kestrel Line", "Dunmere Boatworks"]
NAMES = ["Tom Vail", "Ada Finch", "Chidi Okonkwo"]


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize("name", NAMES)
def test_a_firm_s_executive_is_not_an_executive_of_another_firm_named_after(analyse, firm, name):
    text = (
        "Ferry row\n\n"
        f'"The Sunday sailings will end in May," a {firm} executive wrote to traders. At a '
        'meeting on the quay the next day, the executive added: "The timetable is final."\n\n'
        f'"We looked at every option," said {name}, a senior executive at the parent company.'
    )
    assert speaker(analyse, text, "Sunday sailings") != name
    assert speaker(analyse, text, "timetable is final") != name
    assert speaker(analyse, text, "every option") == name


@pytest.mark.parametrize("firm", FIRMS)
@pytest.mark.parametrize("name", NAMES)
def test_the_same_firm_s_executive_named_after_is_the_speaker(analyse, firm, name):
    text = (
        "The ferry timetable was cut on Monday. Traders were angry. The quay was quiet.\n\n"
        f"Fares are 'fair', a {firm} executive said.\n\n"
        f"{name}, a {firm} executive, told the meeting that fares had not risen for years."
    )
    assert speaker(analyse, text, "fair") == name


@pytest.mark.parametrize("role", ["Mayor", "Minister"])
@pytest.mark.parametrize("verb", ["defends", "hails"])
@pytest.mark.parametrize("name", ["Orla Penrose", "Kofi Brennan", "Tom Vail"])
def test_a_role_in_a_headline_s_capitals_is_the_person_the_report_names(analyse, role, verb, name):
    text = (
        f"{role} {verb} 'bold' harbour plan\n\n"
        f"{name} said the harbour plan was bold and long overdue.\n"
    )
    assert speaker(analyse, text, "bold") == name
