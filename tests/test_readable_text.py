"""What the pipes read: a no-break space as a plain space (it no longer splits a name or a
speaker's phrase in two), an opening single mark between letters as the apostrophe it was meant
to be; every offset still points into the article's own text (which keeps both).

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from reader.ingest import article_from_text
from reader.nlp.pipeline import analyze, readable

NBSP = "\xa0"


@pytest.mark.parametrize("space", [NBSP, "\u202f", "\u2009", "\u3000"])
def test_the_pipes_read_a_no_break_space_as_a_plain_one_at_the_same_offset(space):
    text = f"Mayor Lisa{space}Ardley spoke."
    assert readable(text) == "Mayor Lisa Ardley spoke."
    assert len(readable(text)) == len(text)


@pytest.mark.parametrize(("given", "family"), [("Lisa", "Ardley"), ("Ines", "Varga")])
def test_a_name_with_a_no_break_space_is_one_mention_of_its_person(nlp, given, family):
    text = (
        f"Mayor {given}{NBSP}{family} opened the baths on Monday. "
        f"{given} {family} said the pool would stay open all winter."
    )
    analysis = analyze(article_from_text(text, kind="text", source="t"))
    people = [e for e in analysis.entities if e.label == "PERSON"]
    assert [e.name for e in people] == [f"{given} {family}"]
    assert [text[s:e] for s, e in people[0].mentions] == [
        f"{given}{NBSP}{family}",
        f"{given} {family}",
    ]


@pytest.mark.parametrize(
    ("relative", "name"), [("her cousin", "Ana Pirelli"), ("his nephew", "Dan Orsk")]
)
def test_a_speaker_phrase_with_a_no_break_space_names_the_speaker(nlp, relative, name):
    text = (
        "The skipper was due back from the fish market.\n\n"
        '"We spoke to him before he cast off," his brother Tomas Verel added.\n\n'
        "The engineer was sailing home from a boat show.\n\n"
        f'"She rang us from the quay," {relative.replace(" ", NBSP)} {name} said.\n'
    )
    analysis = analyze(article_from_text(text, kind="text", source="t"))
    quote = next(q for q in analysis.quotes if text[q.start : q.end].startswith("She rang"))
    phrase = f"{relative.replace(' ', NBSP)} {name}"
    assert quote.speaker is not None and quote.speaker.endswith(name.split()[-1])
    assert text[quote.speaker_start : quote.speaker_end] in phrase


@pytest.mark.parametrize("name", ["Jo Marsh", "Tom Arden"])
def test_an_opening_single_mark_typed_for_an_apostrophe_is_read_as_one(nlp, name):
    text = (
        f"{name}\u2018s plan for the harbour was approved on Monday. "
        f'"It will take years," {name} said of the plan.'
    )
    assert readable(text) == text.replace("\u2018", "\u2019")
    analysis = analyze(article_from_text(text, kind="text", source="t"))
    assert [e.name for e in analysis.entities if e.label == "PERSON"] == [name]
    assert [q.speaker for q in analysis.quotes] == [name]
