"""Two classes of entity clean-up seen on a real UK page, on new, invented instances: a place or
body cut from a minister's title ("<place> Home" of "<place> Home Secretary") and a name with a
possessive inside split at the apostrophe ("<town> Magistrate" + "Court")."""

from __future__ import annotations

import pytest


def _entities(analysis):
    text = analysis.article.text
    return {(e.name, e.label): [text[a:b] for a, b in e.mentions] for e in analysis.entities}


def _all_mention_texts(analysis):
    return [m for mentions in _entities(analysis).values() for m in mentions]


@pytest.mark.parametrize(
    ("text", "brief", "place"),
    [
        ("In June, the then UK Home Secretary, Tom Fenwick, signed the order.", "Home", "UK"),
        ("In March, the then Scottish Health Secretary, Morag Dunn, approved it.", "Health", None),
        ("Yesterday the Health Secretary, Jo Crane, visited the ward.", "Health", None),
        ("Britain's Home Secretary, Ella Cross, spoke on Monday.", "Home", "Britain"),
        ("Labour's Shadow Home Secretary, Rita Vance, criticised the bill.", "Home", "Labour"),
    ],
)
def test_a_ministers_brief_is_no_part_of_a_name(analyse, text, brief, place):
    analysis = analyse(text)
    mentions = _all_mention_texts(analysis)
    assert not [m for m in mentions if brief in m], _entities(analysis)
    if place:
        assert place in mentions


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In March, the then Scottish Health Secretary, Morag Dunn, approved it.",
            ("Scottish", "NORP"),
        ),
        (
            "In May, the then UK Home Secretary Ada Quell said the plan would go ahead.",
            ("UK", "GPE"),
        ),
        ("EU Trade Commissioner Ines Varl said the talks would resume.", ("EU", "ORG")),
    ],
)
def test_the_place_before_a_brief_keeps_its_kind(analyse, text, kind):
    # a country's initials are a place even where the article names it nowhere else; a body's
    # initials ("EU") are not a country's
    assert kind in _entities(analyse(text))


def test_a_name_that_is_a_title_word_itself_stays(analyse):
    # "Northern Ireland" before "Secretary" is a place, not a brief: it is kept whole
    analysis = analyse("The Northern Ireland Secretary, Owen Price, flew to Belfast.")
    assert "Northern Ireland" in _all_mention_texts(analysis)


@pytest.mark.parametrize(
    "text",
    [
        "The hearing will continue at Harlow Magistrate's Court on Thursday.",
        "A ruling from the Queen's Bench Division is expected soon.",
        "The baby was flown to Norwich Children's Hospital for surgery.",
        "He was taken to St Bride's Hospital with burns.",
    ],
)
def test_a_name_with_a_possessive_inside_is_one_entity(analyse, text):
    analysis = analyse(text)
    entities = _entities(analysis)
    assert len(entities) == 1, entities
    (name, label), mentions = next(iter(entities.items()))
    assert "'s " in name
    assert mentions == [name]
    assert label in {"ORG", "FAC"}


@pytest.mark.parametrize(
    ("text", "owner", "owned"),
    [
        ("Britain's Supreme Court ruled against the government.", "Britain", "Supreme Court"),
        ("Microsoft's Research Division hired two scientists.", "Microsoft", "Research Division"),
    ],
)
def test_a_named_owner_stays_apart_from_what_it_owns(analyse, text, owner, owned):
    mentions = _all_mention_texts(analyse(text))
    assert owner in mentions
    assert owned in mentions
