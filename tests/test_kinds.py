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
    from reader.tui.cells import LABEL_NAMES
    from reader.tui.widgets import marks

    assert joins.PLACE_LABELS is PLACE_LABELS and marks.PLACE_LABELS is PLACE_LABELS
    assert [marks.entity_kind(label) for label in LABELS] == [entity_kind(lb) for lb in LABELS]
    assert list(marks.KIND_CLASSES) == [kind.key for kind in KINDS]
    assert LABEL_NAMES == LABEL_WORDS
