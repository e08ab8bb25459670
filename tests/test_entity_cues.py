"""What the words around a name say about its type: roles, ages, pronoun surnames, company
words, demonyms. Rule-level tests label spans by hand, so the model's mood does not matter."""

from __future__ import annotations

import re

import pytest

from reader.nlp.entities import consistency, person_cues
from reader.nlp.entities.type_cues import type_cues

NONE = lambda _offset: False  # noqa: E731  (no caps lines)


def _span(doc, text, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return doc.char_span(start, start + len(text), label, alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Actor Rhys Pennock said he was delighted.", ["Rhys Pennock"]),
        ("Prime Minister Sir Alan Brisk agreed on Monday.", ["Alan Brisk"]),
        ("State Department spokesman Glyn Arden said so.", ["Glyn Arden"]),
        ("Mrs Adebanjo said the plan was wrong.", ["Adebanjo"]),
        ("said economist Lynn Farrow of Harbour Banks in Leeds.", ["Lynn Farrow"]),
        ("The team's captain Billie Mae King said they would win.", ["Billie Mae King"]),
        (
            "Liberal leader Sir Henry Campbell-Ashworth was born in 1836.",
            ["Henry Campbell-Ashworth"],
        ),
        ("He met President Zine al-Farouk Ben Ammar in Tunis.", ["Zine al-Farouk Ben Ammar"]),
        ("They sent coach Danie van Staden home.", ["Danie van Staden"]),
        ("The new manager Chen Wei-lun arrived.", ["Chen Wei-lun"]),
        ("Rivals Anna Berg and Carl Mott met, said Judge Hollis Ng.", ["Hollis Ng"]),
        ("He thanked the minister on Monday.", []),
        ("The Foreign Secretary met the mayor in London.", []),
    ],
)
def test_a_role_or_honorific_before_a_name_makes_a_person(parsed, text, names):
    doc = parsed(text)
    assert [s.text for s in person_cues.cued_people(doc, NONE)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "He Weiming, the former deputy mayor of Lanzhou, was detained. "
            "Prosecutors said He Weiming had taken bribes. He denied it.",
            ["He Weiming", "He Weiming"],
        ),
        ("The court heard from She Lanfang on Tuesday. She said nothing.", ["She Lanfang"]),
        ("He Said She Said\nHe said she was late.", []),
        ("He Gave Evidence\nHe gave evidence on Monday.", []),
    ],
)
def test_he_and_she_before_a_name_are_surnames(parsed, text, names):
    doc = parsed(text)
    assert [s.text for s in person_cues.cued_people(doc, NONE)] == names


def test_a_name_followed_by_an_age_is_a_person(parsed):
    doc = parsed('"It was steep," Onderdonk, 29, told reporters. Onderdonk Road is long.')
    spans = [_span(doc, "Onderdonk", "GPE"), _span(doc, "Onderdonk", "GPE", 1)]
    assert _cues(doc, spans) == {"onderdonk": "PERSON"}
    doc = parsed("Halvorsen, 140, is a street. Halvorsen is long.")
    assert _cues(doc, [_span(doc, "Halvorsen", "GPE")]) == {}


def _cues(doc, spans):
    return type_cues(spans, consistency.name_key)


@pytest.mark.parametrize(
    ("text", "marked", "label"),
    [
        ("Shares of Brantex rose. Brantex CEO Ann Bell said profit doubled.", "Brantex", "ORG"),
        ("Vellmar stock closed down 1/8 at 40.", "Vellmar", "ORG"),
        ("Members of the militant group Sayf al-Nur were held.", "Sayf al-Nur", "ORG"),
        ("They drew 1-1 with title contenders Real Ostrava.", "Real Ostrava", "ORG"),
        ("The Pelicans rallied for a 5-4 victory.", "Pelicans", "ORG"),
        ("Russia seized Tavria, and the Tavrian peninsula is home to its fleet.", "Tavria", "GPE"),
    ],
)
def test_the_context_settles_the_type(parsed, text, marked, label):
    doc = parsed(text)
    found = re.findall(rf"\b{marked}\b", doc.text)
    spans = [_span(doc, marked, "PERSON", nth) for nth in range(len(found))]
    if "Tavrian" in text:
        spans.append(_span(doc, "Tavrian", "NORP"))
    assert _cues(doc, spans) == {consistency.name_key(marked): label}


@pytest.mark.parametrize(
    ("text", "marked", "label"),
    [
        ("The Hollings campaign released a letter on Friday.", "Hollings", "PERSON"),
        ("Prices fell as Tokyo stock prices recovered.", "Tokyo", "GPE"),
        ("The Tokyo market fell.", "Tokyo", "GPE"),
    ],
)
def test_a_name_that_only_modifies_a_noun_gets_no_cue(parsed, text, marked, label):
    doc = parsed(text)
    assert _cues(doc, [_span(doc, marked, label)]) == {}


def test_a_name_with_cues_for_two_types_keeps_its_vote(parsed):
    doc = parsed("Marrows shares fell in Leeds, and the Marrowsian peninsula is home to Marrows.")
    spans = [
        _span(doc, "Marrows", "ORG"),
        _span(doc, "Marrowsian", "NORP"),
        _span(doc, "Marrows", "ORG", 2),
    ]
    assert _cues(doc, spans) == {}


@pytest.mark.parametrize(
    ("text", "marked", "label", "expected"),
    [
        ("Rebels took the town of Vellmar on Friday.", "Vellmar", "ORG", "GPE"),
        ("The ship ran aground off the island of Skarvoy.", "Skarvoy", "PERSON", "LOC"),
        ("Farmers in Huize county protested.", "Huize", "ORG", "GPE"),
        ("The speaker of the Belarus parliament resigned.", "Belarus", "ORG", "GPE"),
    ],
)
def test_a_place_noun_or_a_known_place_makes_a_place(parsed, text, marked, label, expected):
    doc = parsed(text)
    assert _cues(doc, [_span(doc, marked, label)]) == {marked.lower(): expected}


def test_a_known_place_stays_a_team_in_a_results_report(parsed):
    doc = parsed("The Belarus squad won 2-1 and 3-0. Fans of the Belarus team cheered.")
    assert _cues(doc, [_span(doc, "Belarus", "ORG", 1)]) == {}


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        (
            "Nadia Brennick opened the depot. Brennick said the roof leaked.",
            "Nadia Brennick",
            {"nadia brennick": "PERSON"},
        ),
        (
            "Ciaran McAteer opened the depot. McAteer said the roof leaked.",
            "Ciaran McAteer",
            {"ciaran mcateer": "PERSON"},
        ),
        ("Westfield ARC opened the depot. ARC said the roof leaked.", "Westfield ARC", {}),
        ("Nadia Brennick opened the depot. Brennick Road is long.", "Nadia Brennick", {}),
    ],
)
def test_a_name_whose_last_word_speaks_on_its_own_is_a_person(parsed, text, marked, expected):
    doc = parsed(text)
    assert _cues(doc, [_span(doc, marked, "ORG")]) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [("Chris Halloway", "Dana Pinecrest"), ("Ivo Marek", "Tilde Sorrow"), ("Ana Roiz", "Ben Kell")],
)
@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_a_surname_listed_with_a_person_s_surname_is_a_person(parsed, first, second, label):
    """ "both Halloway and Pinecrest were said to": two surnames in one list, two people,
    though the model read one full name as an organisation."""
    a, b = first.split()[-1], second.split()[-1]
    doc = parsed(
        f"The film starred {first} and {second}. Both {a} and {b} missed the first week of filming."
    )
    spans = [_span(doc, first, "PERSON"), _span(doc, second, label)]
    assert _cues(doc, spans).get(second.lower()) == "PERSON"


def test_a_surname_listed_with_a_studio_leaves_the_studio_alone(parsed):
    doc = parsed("The film starred Chris Halloway. Both Halloway and Paramount Pictures agreed.")
    spans = [_span(doc, "Chris Halloway", "PERSON"), _span(doc, "Paramount Pictures", "ORG")]
    assert _cues(doc, spans).get("paramount pictures") != "PERSON"


@pytest.mark.parametrize("name", ["Thornfield", "Calder Bay", "Westmere"])
@pytest.mark.parametrize("verb", ["reported", "wrote"])
def test_a_name_read_as_a_place_that_reports_is_an_organisation(parsed, name, verb):
    doc = parsed(f"Two days before, {name} {verb} that the harbour board faced an audit.")
    assert _cues(doc, [_span(doc, name, "GPE")]) == {name.lower(): "ORG"}


def test_a_known_place_that_reports_stays_a_place(parsed):
    doc = parsed("France reported that the harbour board is under inquiry.")
    assert _cues(doc, [_span(doc, "France", "GPE")]) == {}


@pytest.mark.parametrize("name", ["Ines Varga", "Tomas Reyes", "Odile Brannagh"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The Authority's head, {n}, agreed with the review.",
        "{n}, the harbour board's chairman, agreed with the review.",
        "The council's spokeswoman, {n}, agreed with the review.",
    ],
)
def test_a_name_beside_a_word_only_a_person_is_is_a_person(parsed, name, sentence):
    doc = parsed(sentence.format(n=name))
    assert _cues(doc, [_span(doc, name, "ORG")]) == {name.lower(): "PERSON"}


def test_a_company_beside_a_producer_word_stays_a_company(parsed):
    doc = parsed("Prices were cut by the state-owned producer, Hindustan Marble Ltd, on Monday.")
    assert _cues(doc, [_span(doc, "Hindustan Marble Ltd", "ORG")]) != {
        "hindustan marble ltd": "PERSON"
    }


@pytest.mark.parametrize("name", ["Varga", "Ines Varga", "Helen Marsh"])
@pytest.mark.parametrize(
    "sentence",
    ["{n} quits as harbour chief", "{n} was named as chairman of the board on Monday."],
)
def test_a_name_that_serves_as_a_role_is_a_person(parsed, name, sentence):
    doc = parsed(sentence.format(n=name))
    assert _cues(doc, [_span(doc, name, "ORG")]) == {name.lower(): "PERSON"}


def test_a_company_named_as_a_bidder_stays_a_company(parsed):
    doc = parsed("Calder Ferries was named as preferred bidder on Monday.")
    assert _cues(doc, [_span(doc, "Calder Ferries", "ORG")]) == {}


@pytest.mark.parametrize("name", ["Ines Varga", "Tomas Reyes"])
@pytest.mark.parametrize("role", ["CEO", "MP"])
def test_a_role_in_capitals_beside_a_name_makes_a_person(parsed, name, role):
    # the tagger reads "CEO" and "MP" as proper nouns
    doc = parsed(f"{name}, the former Harwick Motors {role} who gave up her own bid, spoke.")
    assert _cues(doc, [_span(doc, name, "ORG")]) == {name.lower(): "PERSON"}


@pytest.mark.parametrize("town", ["Brenmoor", "Tarnwick", "Wexley"])
@pytest.mark.parametrize("body", ["Police", "Army", "Government"])
def test_an_institution_that_speaks_is_not_a_surname(analyse, town, body):
    """ "Police in Brenmoor said …" then "Brenmoor Police": the word that speaks on its own is
    an institution's, not the last word of a person's name."""
    text = (
        f"Harbour news\n\n{body} in {town} said a man had been arrested. "
        f"{town} {body} later released him.\n"
    )
    labels = {e.name: e.label for e in analyse(text).entities}
    assert "PERSON" not in labels.values()
