"""Speakers given by a description or by the name of their words, not by their name: "the
52-year-old told reporters", "the councillor" after "criticised by Cllr Roe", "came the reply
from Roe", "Her verdict was blunt:". Every text here is written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quote_with

WOMEN = ["Orla Penrose", "Maeve Lindqvist", "Ruth Adeyemi"]
MEN = ["Tom Vail", "Kofi Brennan", "Piet Halloran"]


@pytest.mark.parametrize("name", WOMEN + MEN)
@pytest.mark.parametrize("age", [52, 29, 71])
def test_an_age_before_told_is_the_person_described(analyse, name, age):
    # The tagger reads "the 52-year-old told reporters" as one noun phrase with no verb.
    text = (
        f"{name} has run the harbour cafe since 1998.\n\n"
        f'"We will not move," the {age}-year-old told reporters. "Not now, not ever."\n'
    )
    analysis = analyse(text)
    first = quote_with(analyse, text, "not move")
    assert first.speaker == name
    assert text[first.speaker_start : first.speaker_end] == f"the {age}-year-old"
    assert [q.speaker for q in analysis.quotes] == [name, name]


@pytest.mark.parametrize("description", ["mother-of-two", "father-of-three", "grandmother-to-be"])
def test_a_hyphened_description_is_the_speaker_phrase_whole(analyse, description):
    text = (
        "Kofi Brennan has run the harbour cafe since 1998.\n\n"
        f'"We will not move," the {description} said.\n'
    )
    quote = quote_with(analyse, text, "not move")
    assert text[quote.speaker_start : quote.speaker_end] == f"the {description}"


def _described_after(name: str, pronoun: str, noun: str) -> str:
    """A person the text shows a man or a woman, then a quote a description says."""
    return (
        f"{name} has run the harbour cafe since 1998. {pronoun} opens at six.\n\n"
        f'"We will not move," the {noun} said.\n'
    )


@pytest.mark.parametrize("woman", WOMEN)
@pytest.mark.parametrize("noun", ["father", "husband", "grandfather", "widower"])
def test_a_man_s_description_does_not_refer_back_to_a_woman(analyse, woman, noun):
    text = _described_after(woman, "She", noun)
    assert quote_with(analyse, text, "not move").speaker is None


@pytest.mark.parametrize("man", MEN)
@pytest.mark.parametrize("noun", ["mother", "widow", "grandmother", "actress"])
def test_a_woman_s_description_does_not_refer_back_to_a_man(analyse, man, noun):
    text = _described_after(man, "He", noun)
    assert quote_with(analyse, text, "not move").speaker is None


@pytest.mark.parametrize("name", WOMEN + MEN)
def test_a_description_agrees_with_the_gender_it_refers_back_to(analyse, name):
    pronoun, noun = ("She", "grandmother") if name in WOMEN else ("He", "grandfather")
    text = _described_after(name, pronoun, noun)
    assert quote_with(analyse, text, "not move").speaker == name


@pytest.mark.parametrize("name", WOMEN + MEN)
@pytest.mark.parametrize(
    "follow",
    [
        '"It is a waste of money," the councillor said.',
        'The Labour member said: "It is a waste of money."',
    ],
)
def test_a_passive_s_agent_is_who_a_description_refers_back_to(analyse, name, follow):
    text = f"The ferry plan was criticised by Cllr {name} on Monday.\n\n{follow}\n"
    assert quote_with(analyse, text, "waste of money").speaker == name


@pytest.mark.parametrize("name", WOMEN + MEN)
@pytest.mark.parametrize(
    "sentence",
    [
        '"It is finished," came the reply from {surname}.',
        '"It is finished," came {pronoun} answer.',
        '{Pronoun} verdict was blunt: "It is finished."',
        '{surname}\'s response was swift: "It is finished."',
    ],
)
def test_words_called_a_reply_or_a_verdict_are_their_owner_s(analyse, name, sentence):
    pronoun = "her" if name in WOMEN else "his"
    sentence = sentence.format(
        surname=name.split()[-1], pronoun=pronoun, Pronoun=pronoun.capitalize()
    )
    text = f"{name} was asked whether the harbour cafe would close.\n\n{sentence}\n"
    assert quote_with(analyse, text, "finished").speaker == name


def test_a_verdict_with_no_owner_names_nobody(analyse):
    text = 'The harbour board met on Monday.\n\nThe verdict was blunt: "It is finished."\n'
    assert quote_with(analyse, text, "finished").speaker is None


@pytest.mark.parametrize("name", WOMEN + MEN)
@pytest.mark.parametrize(
    ("title", "noun"),
    [
        ("Cllr", "councillor"),
        ("Det Insp", "inspector"),
        ("Det Insp", "detective"),
        ("Supt", "superintendent"),
        ("Sgt", "sergeant"),
        ("Capt", "captain"),
    ],
)
def test_a_title_written_short_is_the_title_a_role_noun_names(analyse, name, title, noun):
    text = (
        f"{title} {name} opened the harbour inquiry on Monday.\n\n"
        "Three other witnesses were heard.\n\n"
        f'"It is a sad case," the {noun} said.\n'
    )
    assert quote_with(analyse, text, "sad case").speaker == name


@pytest.mark.parametrize(
    ("first", "second"), [("Orla Penrose", "Tom Vail"), ("Kofi Brennan", "Maeve Lindqvist")]
)
@pytest.mark.parametrize("verb", ["agreed", "added", "replied", "warned"])
def test_a_clause_joined_after_the_cue_introduces_the_quote_after_its_colon(
    analyse, first, second, verb
):
    text = (
        f'Harbour row\n\n{first} said the plan was dead, and {second} {verb}: "Nobody wants it."\n'
    )
    assert quote_with(analyse, text, "Nobody wants").speaker == second


@pytest.mark.parametrize("name", WOMEN + MEN)
@pytest.mark.parametrize("reply", ["reply", "short reply", "blunt and angry reply"])
def test_a_quote_that_is_someone_s_reply_is_theirs(analyse, name, reply):
    text = f'Harbour row\n\nJo Roe spoke first.\n\n"No," was {name}\'s {reply}.\n'
    assert quote_with(analyse, text, "No").speaker == name


@pytest.mark.parametrize(
    ("first", "second"), [("Orla Penrose", "Tom Vail"), ("Kofi Brennan", "Ruth Adeyemi")]
)
@pytest.mark.parametrize("description", ["The independent member", "The councillor", "The veteran"])
def test_the_agent_of_a_passive_main_clause_is_the_last_one_who_acted(
    analyse, first, second, description
):
    text = (
        f"Harbour row\n\n{first} criticised the ferry plan. Those remarks were echoed by "
        f'{second}.\n\n{description} said: "It is a waste of money."\n'
    )
    assert quote_with(analyse, text, "waste of money").speaker == second


@pytest.mark.parametrize(("first", "second"), list(zip(MEN, WOMEN, strict=True)))
@pytest.mark.parametrize(("one", "other"), [("fisherman", "nurse"), ("baker", "teacher")])
def test_a_description_is_the_one_called_so_among_people_named_together(
    analyse, first, second, one, other
):
    text = (
        f"Harbour row\n\n{first}, a {one}, and {second}, a {other}, both oppose the plan.\n\n"
        f'"It will ruin us," the {one} said. "We were never asked," said the {other}.\n'
    )
    assert quote_with(analyse, text, "ruin us").speaker == first
    assert quote_with(analyse, text, "never asked").speaker == second


@pytest.mark.parametrize("name", WOMEN + MEN)
def test_a_pronoun_set_beside_a_name_is_that_name(analyse, name):
    text = (
        "Harbour row\n\nResidents packed the hall. One, Jo Keel, said the plan was madness. "
        f'Another, {name}, said: "We were never asked."\n'
    )
    assert quote_with(analyse, text, "never asked").speaker == name


@pytest.mark.parametrize(("woman", "man"), list(zip(WOMEN, MEN, strict=True)))
@pytest.mark.parametrize("noun", ["former first lady", "widow", "grandmother"])
def test_a_woman_s_description_prefers_the_woman_the_text_shows(analyse, woman, man, noun):
    # "Her rival" (which the tagger may read as an adjective) shows the first a woman.
    text = (
        f"Campaign trail\n\n{woman} spoke in Ohio. Her rival {man} spoke in Iowa.\n\n"
        f'"We can win here," the {noun} said.\n'
    )
    assert quote_with(analyse, text, "win here").speaker == woman
