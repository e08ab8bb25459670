"""Two names read as one across "and" ("The Clarion and Tribune") are two rows when the article
names one of them alone; a name with "and" in it stays whole. Every text here is written for
these tests."""

from __future__ import annotations

import pytest


def _names(analyse, text: str) -> list[str]:
    return [e.name for e in analyse(text).entities]


@pytest.mark.parametrize(("first", "second"), [("Wrap", "Deadline"), ("Clarion", "Tribune")])
def test_two_titles_joined_by_and_are_two_when_one_stands_alone(analyse, first, second):
    text = (
        "Ferry film\n\n"
        "The studio is said to be in talks with Jane Roe to direct, according to "
        f"The {first} and {second}. The {first}’s report today claims that the cast will "
        f"return. There are three scripts, according to The {first}.\n"
    )
    names = _names(analyse, text)
    assert f"{first} and {second}" not in names
    assert first in names


def test_a_name_with_and_inside_stays_whole_when_no_part_stands_alone(nlp):
    from spacy.tokens import Span

    from reader.nlp.entities.joined import split_joined_names

    text = "Shares in Pellow and Quint rose on Monday. Pellow and Quint said sales grew."
    doc = nlp.make_doc(text)
    first = text.index("Pellow and Quint")
    second = text.index("Pellow and Quint", first + 1)
    spans = [doc.char_span(a, a + len("Pellow and Quint"), "ORG") for a in (first, second)]
    assert [s.text for s in split_joined_names(doc, spans)] == ["Pellow and Quint"] * 2
    alone = [*spans, Span(doc, spans[1].start, spans[1].start + 1, "ORG")]
    assert "Pellow" in {s.text for s in split_joined_names(doc, alone[:1] + alone[2:])}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ruth Calloway", "Anton van Dijk"),
        ("Ida Fenwick", "Paul Ostrander"),
        ("Helen Marsh", "Daniel Okafor"),
    ],
)
def test_two_surnames_joined_by_a_hyphen_are_the_two_people(analyse, a, b):
    """ "the Calloway-van Dijk paper" names Ruth Calloway and Anton van Dijk."""
    last_a = a.split()[-1]
    last_b = b.split(maxsplit=1)[1] if " von " in b else b.split()[-1]
    text = (
        "Tuft cells\n\n"
        f"{a} worked with {b} on the gut.\n\n"
        f"The {last_a}-{last_b} paper came out in 2016. It changed the field.\n"
    )
    rows = {e.name: e for e in analyse(text).entities}
    assert f"{last_a}-{last_b}" not in rows
    assert len(rows[a].mentions) == 2 and len(rows[b].mentions) == 2
