"""One real entity, one row: classes of split rows seen on news text, each on invented names and
on spans labelled by hand (the labels the model gave such names in the wild)."""

# ruff: noqa: F811  (tests take the imported ``parsed`` fixture as an argument)

from __future__ import annotations

import pytest
from test_entities_rules import spans

from reader.nlp.entities.grouping import group_entities


def _row_of(entities, doc, mention: str):
    start = doc.text.index(mention)
    (row,) = [e for e in entities if (start, start + len(mention)) in e.mentions]
    return row


@pytest.mark.parametrize(
    "text, first, surname",
    [
        (
            '"We fear Marit, (the title holder Ines) Varlova and the rest," he said.',
            "Ines",
            "Varlova",
        ),
        ('"We need [Osric] Pennefold back, and soon," the manager said.', "Osric", "Pennefold"),
    ],
)
def test_a_first_name_an_editors_bracket_splits_off_is_the_persons(parsed, text, first, surname):
    doc = parsed(text)
    entities = group_entities(spans(doc, (first, "ORG"), (surname, "PERSON")))
    assert [(e.name, e.label, len(e.mentions)) for e in entities] == [(surname, "PERSON", 2)]


def test_a_bracketed_word_the_article_uses_elsewhere_keeps_its_row(parsed):
    doc = parsed("Trade at Halvorsen (Halvorsen) Teague said was slow. Halvorsen shares rose.")
    marked = spans(
        doc, ("Halvorsen", "ORG"), ("Halvorsen", "ORG"), ("Teague", "PERSON"), ("Halvorsen", "ORG")
    )
    entities = group_entities(marked)
    assert _row_of(entities, doc, "Halvorsen") is not _row_of(entities, doc, "Teague")
    assert _row_of(entities, doc, "Halvorsen").label == "ORG"


@pytest.mark.parametrize(
    "text, marked",
    [
        (
            '"We met (Ines) Varlova Holdings," she said.',
            [("Ines", "PERSON"), ("Varlova Holdings", "ORG")],
        ),
        (
            "Hello — Ines Varlova (@Inesvarlova) June 5",
            [("@Inesvarlova", "ORG"), ("June", "PERSON")],
        ),
    ],
)
def test_a_bracketed_word_before_no_persons_name_or_no_word_is_left_alone(parsed, text, marked):
    assert len(group_entities(spans(parsed(text), *marked))) == 2


@pytest.mark.parametrize(
    "text, state, country",
    [
        (
            "Veldoria said the Veldorian Federation would not sign. Veldoria refused.",
            "Veldorian Federation",
            "Veldoria",
        ),
        (
            "The Ostrelian Republic closed its border. Ostrelia said it was temporary.",
            "Ostrelian Republic",
            "Ostrelia",
        ),
        (
            "The Marrovan Kingdom voted. Marrovo said no.",
            "Marrovan Kingdom",
            "Marrovo",
        ),
    ],
)
def test_a_nationality_and_a_state_word_name_the_country(parsed, text, state, country):
    doc = parsed(text)
    marked = spans(doc, *sorted([(state, "GPE"), (country, "GPE")], key=lambda m: text.index(m[0])))
    entities = group_entities(marked)
    assert [(e.name, e.label) for e in entities] == [(state, "GPE")]


def test_a_state_word_joins_no_country_when_two_fit_or_it_names_a_body(parsed):
    doc = parsed("The Selvan Republic, Selva and Selvo met. The Dravian Federation praised Dravia.")
    marked = spans(
        doc,
        ("Selvan Republic", "GPE"),
        ("Selva", "GPE"),
        ("Selvo", "GPE"),
        ("Dravian Federation", "ORG"),
        ("Dravia", "GPE"),
    )
    assert len(group_entities(marked)) == 5
