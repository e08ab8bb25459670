"""One vocabulary for kinds: the table in reader.model, and every view that maps labels agrees."""

from __future__ import annotations

from reader.model import KIND, KINDS, LABEL_WORDS, PLACE_LABELS, entity_kind

LABELS = ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "DATE", "")


def test_every_label_has_one_kind():
    assert [entity_kind(label) for label in LABELS] == [
        "people",
        "places",
        "places",
        "places",
        "orgs",
        None,
        None,
        None,
        None,
    ]
    assert PLACE_LABELS == KIND["places"].labels == {"GPE", "LOC", "FAC"}
    owners = [label for kind in KINDS for label in kind.labels]
    assert len(owners) == len(set(owners)), "a label belongs to one kind"


def test_the_views_use_the_same_table():
    from reader.nlp.entities import joins
    from reader.tui.cells import label_name
    from reader.tui.text import ranges
    from reader.tui.widgets.sidebar import SECTIONS

    assert joins.PLACE_LABELS is PLACE_LABELS
    assert ranges.entity_kind is entity_kind
    assert list(ranges.KIND_CLASSES) == [kind.key for kind in KINDS]
    assert [key for key, _ in SECTIONS] == [kind.key for kind in KINDS] + ["highlights"]
    assert {label: label_name(label) for label in LABEL_WORDS} == LABEL_WORDS
