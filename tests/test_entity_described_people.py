"""Names the statistical model misses, made of common words ("Hope Winter") or carrying an
initial or a police rank, are people when the article itself says so: a role set beside them,
the surname speaking on its own later, an initial opening the name. Every name and text here is
invented for these tests; each builds its cases from a list of names."""

from __future__ import annotations

import pytest

COMMON_WORD_NAMES = [
    ("Hope Winter", "Winter"),
    ("Rose Long", "Long"),
    ("Summer Field", "Field"),
    ("Mary-Kate Dunmore", "Dunmore"),
]


def _people(result, text: str) -> dict[str, list[str]]:
    return {
        e.name: [text[s:t] for s, t in e.mentions] for e in result.entities if e.label == "PERSON"
    }


@pytest.mark.parametrize(("full", "surname"), COMMON_WORD_NAMES)
def test_a_name_with_a_role_beside_it_is_a_person(analyse, full, surname):
    text = (
        "Harbour plan row\n\nThe harbour plan was approved on Monday.\n\n"
        f"But {full}, a fisheries economist, disagreed. "
        f'"We cannot keep paying for repairs," she said.\n'
    )
    result = analyse(text)
    assert full in _people(result, text)
    assert [q.speaker for q in result.quotes] == [full]


@pytest.mark.parametrize(("full", "surname"), COMMON_WORD_NAMES)
def test_a_name_whose_surname_speaks_later_is_a_person(analyse, full, surname):
    text = (
        f"Harbour plan row\n\n{full} runs a cafe on the quay.\n\n"
        f'"We cannot keep paying for repairs," {surname} said, "and nobody listens."\n'
    )
    result = analyse(text)
    assert _people(result, text).get(full) == [full, surname]
    assert {q.speaker for q in result.quotes} == {full}


def test_a_role_beside_an_organisation_the_model_found_leaves_it_alone(analyse):
    text = (
        "Energy prices\n\nTidewater Power, an energy supplier, raised prices on Monday. "
        "Tidewater Power said costs had risen.\n"
    )
    result = analyse(text)
    assert "Tidewater Power" not in _people(result, text)


def test_a_second_full_name_of_a_known_family_is_not_guessed(nlp):
    """Where the model found "Ines Quarrie" and missed "Hope Quarrie", guessing the second
    would take every bare "Quarrie" away from the first; with no Quarrie found, it is guessed."""
    from spacy.tokens import Span

    from reader.nlp.entities.described import family_names, speaking_surnames

    text = (
        "Ines Quarrie opened the meeting. Hope Quarrie runs the ferry. "
        '"We will vote today," Quarrie said.'
    )
    doc = nlp(text)
    doc.ents = []
    guessed = [s.text for s in speaking_surnames(doc, lambda _: False, family_names(doc.ents))]
    assert "Hope Quarrie" in guessed
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert speaking_surnames(doc, lambda _: False, family_names(doc.ents)) == []


@pytest.mark.parametrize("month", ["June", "Monday"])
def test_a_date_before_a_speaking_name_is_not_a_first_name(analyse, month):
    text = (
        "Port results\n\nHalvorsen said sales rose. "
        f"From January to {month} Halvorsen exported most of its output.\n"
    )
    assert f"{month} Halvorsen" not in _people(analyse(text), text)


@pytest.mark.parametrize(
    ("full", "surname"), [("Ana P. Lind", "Lind"), ("Tomas K. Brenna", "Brenna")]
)
def test_an_initial_inside_a_name_makes_it_a_person(analyse, full, surname):
    text = (
        f"Harbour plan row\n\n{full} runs a cafe on the quay.\n\n"
        f'"We cannot keep paying," {surname} said.\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [full]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Det Insp Sarah Pickett", "Sarah Pickett"),
        ("Sgt Dave Rook", "Dave Rook"),
        ("Det Supt Maja Orrin", "Maja Orrin"),
    ],
)
def test_a_police_rank_is_not_part_of_the_name(analyse, written, name):
    text = (
        f'Harbour plan row\n\n"We cannot keep paying for repairs," {written} said, '
        '"and someone has to say it."\n'
    )
    assert {q.speaker for q in analyse(text).quotes} == {name}


@pytest.mark.parametrize(
    ("full", "surname"),
    [("Siobhan O'Driscoll", "O'Driscoll"), ("Lars van der Berg", "van der Berg")],
)
def test_a_headline_opening_with_a_surname_quotes_that_person(analyse, full, surname):
    text = (
        f'{surname}: "We cannot keep paying for repairs"\n\n'
        f"The harbour plan was approved on Monday by {full}, a fisheries economist.\n"
    )
    assert [q.speaker for q in analyse(text).quotes] == [full]


@pytest.mark.parametrize(
    ("full", "role"),
    [
        ("Ines Varga", "a local shopkeeper"),
        ("Priya Raghunathan", "a retired teacher"),
        ("Oskar Brandvold", "a ferry pensioner"),
    ],
)
def test_a_person_noun_beside_a_name_outweighs_the_model_reading_it_as_a_firm(analyse, full, role):
    text = (
        'Harbour plan row\n\nMara Lind, a fisheries economist, said: "We cannot keep paying."\n\n'
        f'But {full}, {role}, disagreed. "It is a good plan," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Mara Lind", full]


@pytest.mark.parametrize("full", ["Priya Raghunathan", "Hope Winter", "Ines Varga"])
def test_a_name_followed_by_who_is_a_person(analyse, full):
    text = (
        "Harbour plan row\n\nThe plan was approved on Monday.\n\n"
        f'{full}, who has lived on the quay for years, said the plan was "a disgrace".\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [full]


def test_a_team_followed_by_who_stays_a_team(analyse):
    text = (
        "Cup tie\n\nThe Wexley Rovers, who won the cup last year, lost on Saturday. "
        "Wexley Rovers manager Tom Reyes said the pitch was poor.\n"
    )
    people = _people(analyse(text), text)
    assert "Wexley Rovers" not in people and "Tom Reyes" in people


@pytest.mark.parametrize("honorific", ["Ms", "Mrs.", "Dr"])
@pytest.mark.parametrize(("full", "surname"), [("Ines Varga", "Varga"), ("Hope Winter", "Winter")])
def test_a_surname_with_an_honorific_makes_the_full_name_a_person(
    analyse, honorific, full, surname
):
    text = (
        "Harbour plan row\n\nThe harbour plan was approved on Monday.\n\n"
        f"{full} has criticised the plan.\n\n"
        f'"We cannot keep paying," {honorific} {surname} said.\n'
    )
    result = analyse(text)
    assert _people(result, text) == {full: [full, surname]}
    assert [q.speaker for q in result.quotes] == [full]


@pytest.mark.parametrize("full", ["Ines van der Roon", "Ana P. Lind", "Giulia De Santis"])
def test_a_described_name_may_hold_particles_and_initials_after_an_opening_word(analyse, full):
    text = (
        'Harbour plan row\n\nRangi Parata, a fisheries economist, said: "We cannot."\n\n'
        f'But {full}, a local shopkeeper, disagreed. "It is a good plan," she said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == ["Rangi Parata", full]


@pytest.mark.parametrize("full", ["Priya Raghunathan", "Lakshmi Raghunathan"])
def test_a_surname_the_model_read_as_a_place_still_ends_a_speaking_name(analyse, full):
    """ "Priya" untyped and "Raghunathan" a place to the model: the run is no place as a whole,
    and its last word speaks on its own later."""
    surname = full.split(" ", 1)[1]
    text = (
        f"Harbour plan row\n\n{full} runs a cafe on the quay.\n\n"
        f'"We cannot keep paying for repairs," {surname} said.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [full]
