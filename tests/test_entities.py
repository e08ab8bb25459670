"""Entities through the whole pipeline: clean names, one row per real entity, right types."""

from __future__ import annotations

import pytest


def _entity(analysis, name):
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"no entity named {name!r} in {[(e.name, e.label) for e in analysis.entities]}"
    return found[0]


def _mentions(analysis, entity):
    return [analysis.article.text[a:b] for a, b in entity.mentions]


def _owner(analysis, text):
    """The entity with a mention of exactly ``text`` (first occurrence)."""
    start = analysis.article.text.index(text)
    for entity in analysis.entities:
        if (start, start + len(text)) in entity.mentions:
            return entity
    return None


def test_putin_forms_are_one_row_named_in_full(analyse):
    analysis = analyse(
        "Vladimir Putin spoke in Moscow on Monday. Mr Putin said the talks had failed.\n\n"
        "President Putin later flew to Minsk. Putin did not take questions."
    )
    putin = _entity(analysis, "Vladimir Putin")
    assert putin.label == "PERSON"
    assert _mentions(analysis, putin) == ["Vladimir Putin", "Putin", "Putin", "Putin"]
    assert [e.name for e in analysis.entities].count("Putin") == 0


def test_titles_quotes_and_possessives_are_trimmed(analyse):
    analysis = analyse(
        "Prime Minister Keir Starmer's plan was welcomed by the Federal Reserve.\n\n"
        "Critics called it 'Keir Starmer's gamble'. Starmer said little."
    )
    starmer = _entity(analysis, "Keir Starmer")
    assert set(_mentions(analysis, starmer)) == {"Keir Starmer", "Starmer"}
    fed = _owner(analysis, "Federal Reserve")
    assert fed is not None and fed.name == "Federal Reserve" and fed.label == "ORG"


def test_two_people_sharing_a_surname_keep_the_surname_apart(analyse):
    analysis = analyse(
        "Bob Smith, a farmer, met Jane Smith, the mayor, in Leeds on Tuesday. "
        "Smith said the meeting went well."
    )
    names = {e.name for e in analysis.entities if e.label == "PERSON"}
    assert {"Bob Smith", "Jane Smith"} <= names
    lone = _owner(analysis, "Smith said")
    assert lone is None or lone.name == "Smith"


def test_first_name_joins_the_only_full_name_that_has_it(analyse):
    analysis = analyse(
        "Katia Voros won in straight sets on Sunday. Voros said afterwards that "
        "Monica had rarely played better, and Voros will face the champion next."
    )
    voros = _entity(analysis, "Katia Voros")
    assert len(voros.mentions) >= 3


def test_acronym_joins_its_expansion(analyse):
    analysis = analyse(
        "The International Monetary Fund (IMF) cut its forecast on Tuesday. "
        "The IMF said growth would slow, and IMF economists expect a recession."
    )
    imf = _entity(analysis, "International Monetary Fund")
    assert "IMF" in _mentions(analysis, imf)
    assert not [e for e in analysis.entities if e.name == "IMF"]


def test_company_with_and_without_its_suffix_is_one_row(analyse):
    analysis = analyse(
        "Shares in Globex Corp rose sharply on Monday after the takeover bid. "
        "Analysts said Globex had been undervalued for years."
    )
    globex = _owner(analysis, "Globex Corp")
    assert globex is not None
    assert len(globex.mentions) == 2


def test_caps_headline_is_retagged_from_the_article_body(analyse):
    analysis = analyse(
        "SOCCER - BRACKLEY NAMED AS ENGLAND CAPTAIN.\n"
        "LONDON 2019-05-14\n"
        "The new England coach has named Owen Brackley as his captain. "
        "Brackley, 26, takes over from Roy Hendell."
    )
    brackley = _entity(analysis, "Owen Brackley")
    assert "BRACKLEY" in _mentions(analysis, brackley)
    assert _owner(analysis, "SOCCER") is None
    london = _owner(analysis, "LONDON")
    assert london is not None and london.label == "GPE"


def test_dateline_city_is_a_place(analyse):
    analysis = analyse(
        "Talks collapse\nBUCHAREST 2024-05-01\nThe government said on Friday that talks "
        "with the unions had collapsed."
    )
    city = _owner(analysis, "BUCHAREST")
    assert city is not None and city.label == "GPE"


def test_agency_credits_are_not_story_organisations(analyse, nlp):
    text = (
        "Minister quits\nLONDON (Reuters) - The minister resigned on Monday.\n\n"
        "Photograph: Jane Doe/Getty Images\n\nREUTERS\n\nShe told the BBC she was tired."
    )
    analysis = analyse(text)
    credited = {"Reuters", "Jane Doe", "Getty Images", "REUTERS", "Getty"}
    assert not {e.name for e in analysis.entities} & credited
    from reader.nlp.pipeline import _parse

    credits = [text[a:b] for a, b in _parse(nlp, text, None)._.reader_credits]
    assert "Reuters" in credits and "REUTERS" in credits
    assert any("Getty" in c for c in credits)


def test_agency_in_a_sentence_stays_an_organisation(analyse):
    analysis = analyse("The minister told Reuters on Monday that she would resign.")
    reuters = _owner(analysis, "Reuters")
    assert reuters is not None and reuters.label == "ORG"


def test_doc_ents_agree_with_entities(nlp):
    from reader.nlp.pipeline import _parse

    doc = _parse(
        nlp,
        "Vladimir Putin met Emmanuel Macron in Paris. Putin and Macron spoke of Ukraine.",
        None,
    )
    labels = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    for entity in doc._.reader_entities:
        for mention in entity.mentions:
            assert labels[mention] == entity.label
    ids = [e.id for e in doc._.reader_entities]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    firsts = [e.mentions[0][0] for e in doc._.reader_entities]
    assert firsts == sorted(firsts)
    for entity in doc._.reader_entities:
        assert entity.mentions == sorted(entity.mentions)


@pytest.mark.parametrize(
    "text",
    ["   \n\n  ", "ALL CAPS ONLY HERE\nAND HERE", "12 34 56", "“”‘’ ' \" '' ()", "Mr\n's"],
)
def test_odd_texts_do_not_break_the_components(nlp, text):
    from reader.nlp.pipeline import _parse

    doc = _parse(nlp, text, None)
    assert isinstance(doc._.reader_entities, list)
