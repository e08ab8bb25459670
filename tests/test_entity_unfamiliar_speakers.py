"""Unfamiliar names the small model reads as a place or a firm ("Raghunathan" a place, "Ines
Varga" an organisation) are people when the article shows it: the name itself speaks, or a
he/she follows it with no one else to refer to. Every name and text here is invented; the names
are built from given names and surnames the model does not know."""

from __future__ import annotations

import itertools

import pytest

HEAD = "Harbour plan row\n\nThe harbour plan was approved on Monday after a long debate.\n\n"


def _names(given: list[str], family: list[str]) -> list[str]:
    return [f"{g} {f}" for g, f in itertools.product(given, family)]


def _people(result) -> set[str]:
    return {e.name for e in result.entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    "template",
    [
        '{name} wrote on social media: "We cannot keep paying."',
        '{name} was quoted as saying: "We cannot keep paying."',
    ],
)
@pytest.mark.parametrize("name", _names(["Priya", "Thandeka"], ["Raghunathan"]))
def test_a_name_that_speaks_is_a_person_even_if_read_as_a_place(analyse, template, name):
    result = analyse(HEAD + template.format(name=name) + "\n")
    assert [q.speaker for q in result.quotes] == [name]
    assert name in _people(result)


@pytest.mark.parametrize("name", _names(["Ines", "Oyelaran"], ["Varga", "Quispe", "Wirrapanda"]))
def test_a_she_after_a_name_read_as_a_firm_makes_it_a_person(analyse, name):
    text = HEAD + (
        f'{name} spoke first. "We cannot keep paying," she said. Tom Reyes disagreed. '
        '"It is a good plan," he said.\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [name, "Tom Reyes"]


@pytest.mark.parametrize("name", _names(["Ines", "Thandeka"], ["Raghunathan", "Quispe"]))
def test_a_she_a_paragraph_on_follows_the_name_not_the_man_before(analyse, name):
    text = HEAD + (
        "Kwame Obi chairs the harbour board.\n\n"
        f'{name} runs a cafe.\n\n"We cannot keep paying," she said.\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [name]
    assert name in _people(result)


def test_a_firm_named_from_common_words_stays_a_firm_before_a_she(analyse):
    text = HEAD + 'Harbour Power raised prices. "We cannot keep paying," she said.\n'
    result = analyse(text)
    assert "Harbour Power" not in _people(result)
    assert [q.speaker for q in result.quotes] == [None]


def test_a_quoted_title_before_he_replied_is_not_a_speaker(analyse):
    text = HEAD + (
        "Jo Maddern, a fisheries economist, was asked what she would bring back.\n\n"
        '"Quayside Quiz," she replied.\n'
    )
    result = analyse(text)
    assert "Quayside Quiz" not in _people(result)


@pytest.mark.parametrize("name", _names(["Priya"], ["Varga", "Okonjo", "Brekkestad"]))
def test_a_name_after_an_opening_phrase_speaks_for_its_verb(analyse, name):
    """ "In an interview with the Gazette, X said" parsed with X joined to "the Gazette"."""
    text = HEAD + (
        f'In an interview with the Harbour Gazette, {name} said the board "must listen".\n'
    )
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [name]
    assert "Harbour Gazette" not in _people(result)


def _parsed(nlp, words, heads, deps, tags, ents):
    from spacy.tokens import Doc

    pos = ["PROPN" if t == "NNP" else "VERB" if t.startswith("VB") else "X" for t in tags]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


def test_a_name_hung_on_the_object_after_a_comma_is_the_subject(nlp):
    from reader.nlp.quotes.hidden_subjects import hidden_subject

    words = ["With", "the", "Gazette", ",", "Tom", "Reyes", "said", "it", "."]
    heads = [6, 2, 0, 2, 5, 2, 6, 6, 6]
    deps = ["prep", "det", "pobj", "punct", "compound", "conj", "ROOT", "dobj", "punct"]
    tags = ["IN", "DT", "NNP", ",", "NNP", "NNP", "VBD", "PRP", "."]
    ents = ["O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = _parsed(nlp, words, heads, deps, tags, ents)
    assert [t.text for t in hidden_subject(doc[6])] == ["Reyes"]


def test_a_name_in_apposition_to_its_own_title_is_not_taken_for_a_hidden_subject(nlp):
    """A parse that made "Reyes" an appositive of "Chief" inside one noun phrase: no comma,
    so not the opening-phrase slip (the lost subject is found after the quote instead)."""
    from reader.nlp.quotes.hidden_subjects import hidden_subject

    words = ["Harbour", "police", "Chief", "Tom", "Reyes", "said", "Monday", "."]
    heads = [0, 2, 0, 4, 2, 0, 5, 0]
    deps = ["ROOT", "compound", "dobj", "compound", "appos", "conj", "npadvmod", "punct"]
    tags = ["VB", "NN", "NNP", "NNP", "NNP", "VBD", "NNP", "."]
    ents = ["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O"]
    doc = _parsed(nlp, words, heads, deps, tags, ents)
    assert hidden_subject(doc[5]) == []


@pytest.mark.parametrize(
    "template", ["{name} and her husband run a cafe on the quay.", "{name}'s husband runs a cafe."]
)
@pytest.mark.parametrize("name", _names(["Priya", "Ines"], ["Quispe", "Raghunathan"]))
def test_a_name_with_kin_is_a_person(analyse, template, name):
    result = analyse(HEAD + template.format(name=name) + "\n")
    assert name in _people(result)


@pytest.mark.parametrize("name", _names(["Ines", "Oyelaran"], ["Varga", "Quispe"]))
def test_a_name_then_who_and_a_singular_verb_is_a_person(analyse, name):
    result = analyse(HEAD + f"The plan was criticised by {name}, who runs a cafe.\n")
    assert name in _people(result)


def test_a_team_then_who_and_a_plural_verb_stays_a_team(analyse):
    result = analyse(HEAD + "The plan was criticised by Wexley Rovers, who play at the quay.\n")
    assert "Wexley Rovers" not in _people(result)


@pytest.mark.parametrize("name", _names(["Ines", "Oyelaran"], ["Varga", "Raghunathan", "Quispe"]))
def test_a_name_with_an_age_is_a_person(analyse, name):
    result = analyse(HEAD + f"{name}, 34, runs a cafe on the quay.\n")
    assert name in _people(result)


@pytest.mark.parametrize("name", _names(["Priya", "Ines"], ["Quispe", "Varga", "Wirrapanda"]))
def test_a_she_after_a_thing_wrote_to_a_name_makes_the_name_a_person(analyse, name):
    text = HEAD + f"The board wrote to {name} on Monday. She said the plan was flawed.\n"
    assert name in _people(analyse(text))


def test_a_he_after_a_person_noun_subject_leaves_the_object_alone(analyse):
    text = HEAD + "The veteran met Ines Varga on Monday. He said the plan was flawed.\n"
    assert "Ines Varga" not in _people(analyse(text))


@pytest.mark.parametrize("name", _names(["Priya", "Thandeka"], ["Raghunathan"]))
def test_an_honorific_and_surname_does_not_count_as_another_full_name(analyse, name):
    """ "Ms Raghunathan" found by the model is not a second person of the family, so the full
    name the model missed is still found from it."""
    surname = name.split()[-1]
    text = HEAD + f'{name} chairs the harbour board.\n\nMs {surname} said:\n\n"We cannot pay."\n'
    assert [q.speaker for q in analyse(text).quotes] == [name]


@pytest.mark.parametrize("name", _names(["Ines", "Marisol"], ["Varga", "Quispe", "Raghunathan"]))
def test_a_name_with_the_role_beside_it_is_a_person(analyse, name):
    text = HEAD + f'{name}, the harbour economist, disagreed. "We cannot pay," she said.\n'
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [name]


@pytest.mark.parametrize("name", ["Priya Raghunathan", "Ines Varga", "Oyelaran Quispe"])
def test_a_she_after_a_passive_subject_makes_it_a_person(analyse, name):
    text = HEAD + f'{name} was asked about the plan.\n\n"We cannot keep paying," she said.\n'
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == [name]


@pytest.mark.parametrize(
    "template",
    [
        'Speaking on Monday, {name} said: "I cannot keep paying."',
        '"I cannot keep paying," said {name}.',
    ],
)
@pytest.mark.parametrize("name", ["Ines Raghunathan", "Ines Quispe", "Oyelaran Quispe"])
def test_a_name_whose_quote_says_i_is_a_person(analyse, template, name):
    assert name in _people(analyse(HEAD + template.format(name=name) + "\n"))


def test_a_firm_named_from_common_words_whose_quote_says_i_stays_a_firm(analyse):
    text = HEAD + 'Speaking on Monday, Harbour Power said: "I cannot keep paying."\n'
    assert "Harbour Power" not in _people(analyse(text))


@pytest.mark.parametrize("name", ["Ines Varga", "Oyelaran Quispe", "Priya Quispe"])
def test_the_n_year_old_after_a_name_makes_it_a_person(analyse, name):
    text = HEAD + (
        f"{name} has run the cafe on the quay for 20 years.\n\n"
        '"We cannot keep paying," says the 61-year-old.\n'
    )
    assert [q.speaker for q in analyse(text).quotes] == [name]


@pytest.mark.parametrize(
    "template",
    ["{name} spoke at the meeting on Monday.", "{name} speaks for the harbour families."],
)
@pytest.mark.parametrize("name", _names(["Priya", "Tomasz", "Kwame"], ["Raghunathan"]))
def test_a_name_that_spoke_is_a_person_even_if_its_surname_reads_as_a_place(
    analyse, template, name
):
    assert name in _people(analyse(HEAD + template.format(name=name) + "\n"))


def test_a_firm_that_spoke_stays_a_firm(analyse):
    people = _people(analyse(HEAD + "Kestrel Holdings spoke to regulators on Monday.\n"))
    assert "Kestrel Holdings" not in people


@pytest.mark.parametrize("name", _names(["Priya", "Tomasz"], ["Raghunathan", "Wirrapanda"]))
def test_a_name_whose_reply_is_quoted_is_a_person_and_the_speaker(analyse, name):
    result = analyse(HEAD + f'{name}\'s reply was blunt: "We cannot keep paying."\n')
    assert name in _people(result)
    assert [q.speaker for q in result.quotes] == [name]


def test_a_firm_whose_reply_is_quoted_stays_a_firm(analyse):
    result = analyse(HEAD + 'Kestrel Holdings\'s reply was blunt: "We cannot keep paying."\n')
    assert "Kestrel Holdings" not in _people(result)


@pytest.mark.parametrize(
    "template",
    [
        "{name} is the harbour board chairman.",
        "{name} was a fisheries economist for ten years.",
        "{name} is the MP for Harbourside.",
    ],
)
@pytest.mark.parametrize("name", _names(["Ines", "Oyelaran"], ["Varga", "Quispe"]))
def test_a_name_that_is_a_person_s_role_is_a_person(analyse, template, name):
    assert name in _people(analyse(HEAD + template.format(name=name) + "\n"))


@pytest.mark.parametrize(
    "sentence", ["Harbour Power is the biggest employer.", "Alma Quay Holdings is the owner."]
)
def test_a_firm_that_is_an_employer_or_owner_stays_a_firm(analyse, sentence):
    people = _people(analyse(HEAD + sentence + "\n"))
    assert not {"Harbour Power", "Alma Quay Holdings"} & people
