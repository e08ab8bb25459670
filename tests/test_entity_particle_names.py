"""Names with particles, hyphens and unfamiliar first names stay one person: the model cuts
"Ines van der Roon" at its particles, types half of it as a place or a product, and the parser
ends a sentence inside a name it does not know. Every name and text here is invented for these
tests; each test builds its cases from a list of names, as new instances of the class."""

from __future__ import annotations

import pytest

PARTICLE_NAMES = [
    "Ines van der Roon",
    "Tomas de la Vell",
    "Anneke van den Hoek",
    "Marit ter Haaf",
    "Ottilie von der Brake",
    "Lucia di Ferrante",
    "Pieter de Wael",
]


def _people(result, text: str) -> list[tuple[str, list[str]]]:
    return [
        (e.name, [text[s:t] for s, t in e.mentions]) for e in result.entities if e.label == "PERSON"
    ]


@pytest.mark.parametrize("full", PARTICLE_NAMES)
def test_a_particle_name_is_one_person_with_its_bare_surname(analyse, full):
    surname = full.split(" ", 1)[1]
    texts = [
        "Harbour row deepens\n\nThe plan was approved on Monday.\n\n"
        f'"We cannot keep paying for repairs," said {full}, who chairs the board.\n\n'
        f'Later {surname} told reporters: "It is over."\n',
        f'Port budget cut\n\n{full}, the harbour master, spoke on Tuesday. "We cannot go on," '
        f"{surname} said.\n",
    ]
    for text in texts:
        result = analyse(text)
        assert _people(result, text) == [(full, [full, surname])]
        assert {q.speaker for q in result.quotes} == {full}


@pytest.mark.parametrize(
    ("full", "surname"),
    [
        ("Aisha Al-Farsi", "Al-Farsi"),
        ("Kofi Mensah-Boateng", "Mensah-Boateng"),
        ("Giulia De Santis", "De Santis"),
        ("Lars van der Berg", "van der Berg"),
    ],
)
def test_a_full_name_opening_the_article_keeps_its_first_name(analyse, full, surname):
    """A first line is often a headline that glues a word to a name; a hyphened or particled
    surname is still two words of a name, not three."""
    text = (
        f"{full}, a fisheries economist, has criticised the harbour plan.\n\n"
        f'"We cannot keep paying for repairs," {surname} said.\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [full]


@pytest.mark.parametrize("full", ["Jean-Luc Varenne", "Lars van der Berg", "Ana-Maria Costel"])
def test_a_dash_credit_names_the_whole_hyphened_or_particled_name(analyse, full):
    text = f'"We cannot keep paying for repairs that never end." - {full}, fisheries economist\n'
    assert [q.speaker for q in analyse(text).quotes] == [full]


@pytest.mark.parametrize("full", ["Priya Raghunathan", "Ngaio Tamatea", "Wen Jiahui"])
def test_an_unfamiliar_name_opening_a_paragraph_stays_whole(analyse, full):
    """The parser would end a sentence after an unknown first name; proper nouns side by side
    are one sentence."""
    text = f"Storm hits town\n\n{full}, a fisheries economist, has criticised the harbour plan.\n"
    result = analyse(text)
    assert [name for name, _ in _people(result, text)] == [full]


def test_two_proper_nouns_after_a_line_break_still_start_a_sentence(nlp):
    doc = nlp("Harbour Board\nTom Reyes spoke. Then Ada Roe left.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:2] == ["Harbour", "Tom"]
    assert "Roe" not in starts and "Reyes" not in starts


@pytest.mark.parametrize(
    "name", ["Kwame Adeyemi-Cole", "Oyelaran Adeyemi-Cole", "Ines Quispe-Raghunathan"]
)
def test_a_hyphened_surname_alone_is_the_full_names_person(analyse, name):
    surname = name.split()[-1]
    text = (
        "Harbour plan row\n\nThe harbour plan was approved on Monday.\n\n"
        f'{name}, a fisheries economist, said: "We cannot keep paying."\n\n'
        f'"Nobody asked us," {surname} added.\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [name, name]
    rows = [e for e in result.entities if e.label == "PERSON"]
    assert [(e.name, len(e.mentions)) for e in rows] == [(name, 2)]


def test_a_word_glued_to_a_name_by_a_hyphen_is_not_taken_without_a_full_name(analyse):
    text = "Rowing-Lind quits the club.\n\nFormer champion Mara Lind has quit the club.\n"
    names = {e.name for e in analyse(text).entities if e.label == "PERSON"}
    assert "Rowing-Lind" not in names


@pytest.mark.parametrize("name", ["Ines Adeyemi-Cole", "Oyelaran Adeyemi-Cole"])
def test_a_double_surname_listed_with_a_person_is_a_person(analyse, name):
    text = (
        "Harbour plan row\n\nThe harbour plan was approved on Monday.\n\n"
        f"{name} and Tom Reyes said the plan was flawed.\n"
    )
    assert name in {e.name for e in analyse(text).entities if e.label == "PERSON"}
