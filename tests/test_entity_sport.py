"""Sports reports: clubs named after their town, nicknames, competitions. Spans are labelled by
hand, as the model might read them, so only the rules are tested."""

# ruff: noqa: F811  (tests take the imported ``parsed`` fixture as an argument)

from __future__ import annotations

import pytest
from test_entities_rules import spans

from reader.nlp.entities.consistency import name_key
from reader.nlp.entities.grouping import group_entities
from reader.nlp.entities.sport import competitions, relabel_teams
from reader.nlp.entities.type_cues import type_cues


def labels(found):
    return [(s.text, s.label_) for s in found]


def teams(spans_, keep=(), people=frozenset()):
    return labels(relabel_teams(spans_, list(keep), people, name_key))


def test_towns_that_beat_and_play_each_other_are_clubs_even_without_scores(parsed):
    doc = parsed(
        "Halsey beat Dunmore by an innings on Friday. Kirkby made up for lost time in their "
        "match against Orrin. Dunmore got a solid start."
    )
    marked = spans(
        doc,
        ("Halsey", "GPE"),
        ("Dunmore", "GPE"),
        ("Kirkby", "PERSON"),
        ("Orrin", "LOC"),
        ("Dunmore", "GPE"),
    )
    assert teams(marked) == [
        ("Halsey", "ORG"),
        ("Dunmore", "ORG"),
        ("Kirkby", "ORG"),  # "their match": a side, though the model saw a person
        ("Orrin", "ORG"),
        ("Dunmore", "ORG"),  # every mention of the side's name
    ]


def test_a_singular_name_with_a_plural_verb_is_a_side(parsed):
    doc = parsed("Dunmore won 3-1 and 2-0 this week. Despite the defeat, Halsey are well placed.")
    marked = spans(doc, ("Dunmore", "GPE"), ("Halsey", "GPE"))
    assert teams(marked) == [("Dunmore", "GPE"), ("Halsey", "ORG")]


def test_the_members_of_a_list_of_sides_are_sides(parsed):
    doc = parsed(
        "Halsey beat Dunmore 4-2 on Friday, while Kirkby, Orrin and Brackwell beat Tamsford 3-1."
    )
    marked = spans(
        doc,
        ("Halsey", "GPE"),
        ("Dunmore", "GPE"),
        ("Kirkby", "GPE"),
        ("Orrin", "PERSON"),
        ("Brackwell", "GPE"),
        ("Tamsford", "GPE"),
    )
    assert [label for _, label in teams(marked)] == ["ORG"] * 6


def test_a_dateline_stays_the_town(parsed):
    doc = parsed("HALSEY 2019-05-04\nHalsey beat Dunmore 2-1 on Saturday.")
    marked = spans(doc, ("HALSEY", "GPE"), ("Halsey", "GPE"), ("Dunmore", "GPE"))
    assert teams(marked, keep=marked[:1]) == [
        ("HALSEY", "GPE"),
        ("Halsey", "ORG"),
        ("Dunmore", "ORG"),
    ]


def test_a_name_the_article_uses_as_a_place_or_a_nation_is_no_side(parsed):
    doc = parsed(
        "Halsey beat Dunmore 2-1 on Saturday. In Dunmore, fans left early. Brenland beat "
        "Kirkby 3-0, and the Brenlish fans sang."
    )
    marked = spans(
        doc,
        ("Halsey", "GPE"),
        ("Dunmore", "GPE"),
        ("Dunmore", "GPE"),
        ("Brenland", "GPE"),
        ("Kirkby", "GPE"),
        ("Brenlish", "NORP"),
    )
    assert teams(marked) == [
        ("Halsey", "ORG"),
        ("Dunmore", "GPE"),
        ("Dunmore", "GPE"),
        ("Brenland", "GPE"),
        ("Kirkby", "ORG"),
        ("Brenlish", "NORP"),
    ]


def test_countries_people_and_texts_without_a_contest_are_left_alone(parsed):
    doc = parsed("Spain beat Italy 2-1 and 3-0. Ana Roldan beat Kess 6-3 6-4.")
    marked = spans(
        doc, ("Spain", "GPE"), ("Italy", "GPE"), ("Ana Roldan", "PERSON"), ("Kess", "PERSON")
    )
    assert teams(marked, people={"kess"}) == labels(marked)
    doc = parsed("Halsey voted against Dunmore. Protesters marched in Kirkby.")
    marked = spans(doc, ("Halsey", "GPE"), ("Dunmore", "GPE"), ("Kirkby", "GPE"))
    assert teams(marked) == labels(marked)  # no scores, no name beating a name


def test_in_a_results_report_only_a_contest_makes_a_side(parsed):
    doc = parsed("Halsey won 2-1 and 3-0. Talks against Dunmore failed. Kirkby is a port.")
    marked = spans(doc, ("Halsey", "GPE"), ("Dunmore", "GPE"), ("Kirkby", "GPE"))
    assert teams(marked) == labels(marked)


def test_a_place_and_a_capitalised_plural_after_the_are_one_club(parsed):
    doc = parsed(
        "Cole homered as the Portland Pelicans beat Marsh 4-3. The Halsey Herons blanked the "
        "Kestrels 6-0 on Friday."
    )
    marked = spans(doc, ("Portland", "GPE"), ("Pelicans", "NORP"))
    found = teams(marked)
    assert ("Portland Pelicans", "ORG") in found
    assert ("Halsey Herons", "ORG") in found  # found though the model saw nothing
    assert ("Kestrels", "ORG") in found  # a lone plural that lost a contest
    assert not any(text in {"Portland", "Pelicans"} for text, _ in found)


def test_a_club_and_its_town_are_two_rows(parsed):
    doc = parsed("Halsey beat Dunmore 2-1. In Halsey, fans cheered. Halsey are top.")
    marked = spans(doc, ("Halsey", "ORG"), ("Dunmore", "ORG"), ("Halsey", "GPE"), ("Halsey", "ORG"))
    rows = sorted((e.label, [doc.text[a:b] for a, b in e.mentions]) for e in group_entities(marked))
    assert rows == [("GPE", ["Halsey"]), ("ORG", ["Dunmore"]), ("ORG", ["Halsey", "Halsey"])]


@pytest.mark.parametrize(
    ("text", "marked", "label", "expected"),
    [
        ("Brackwell reached the final of the Harbour Cup.", "Harbour Cup", "ORG", "EVENT"),
        ("The Northern Games open on Friday.", "Northern Games", "ORG", "EVENT"),
        ("Halsey won 2-1 and 3-0 to lead the Coastal League.", "Coastal League", "ORG", "EVENT"),
        ("The Coastal League of Traders met bankers.", "Coastal League", "ORG", "ORG"),
        ("The Harbour Company opened.", "Harbour Company", "ORG", "ORG"),
    ],
)
def test_a_competition_is_an_event(parsed, text, marked, label, expected):
    doc = parsed(text)
    assert labels(competitions(spans(doc, (marked, label)))) == [(marked, expected)]


def test_a_publication_word_after_a_name_makes_an_organisation(parsed):
    doc = parsed("Kurier Zachodni daily said on Saturday that the deal was off.")
    marked = spans(doc, ("Kurier Zachodni", "PERSON"))
    assert type_cues(marked, name_key) == {"kurier zachodni": "ORG"}


def test_the_pipeline_makes_towns_that_play_each_other_clubs(nlp):
    doc = nlp(
        "Halsey beat Dunmore by an innings and 39 runs on Friday to go top of the table. "
        "Dunmore are now fourth."
    )
    rows = {e.name: e.label for e in doc._.reader_entities}
    assert rows.get("Halsey") == "ORG"
    assert rows.get("Dunmore") == "ORG"


def test_a_side_the_model_read_as_an_organisation_still_makes_its_list_sides(parsed):
    """The list's first side is already an organisation; the others follow it."""
    doc = parsed("Kirkby beat Tamsford 3-1. Rivals Kirkby, Orrin and Brackwell all closed in.")
    marked = spans(
        doc,
        ("Kirkby", "ORG"),
        ("Tamsford", "ORG"),
        ("Kirkby", "ORG"),
        ("Orrin", "PERSON"),
        ("Brackwell", "GPE"),
    )
    assert [label for _, label in teams(marked)] == ["ORG"] * 5
