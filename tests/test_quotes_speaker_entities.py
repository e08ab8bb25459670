"""Every named speaker points at an entity row, even one the NER missed."""

import pytest

from reader.model import Entity, Quote
from reader.nlp.quotes import link_speakers

TEXT = '"We will rebuild," said Odile Varga. "Soon," said the Harbour Council.'


def quote(speaker: str | None, words: str) -> Quote:
    start = TEXT.index(words)
    return Quote(
        0,
        1,
        speaker=speaker,
        speaker_text=words,
        speaker_start=start,
        speaker_end=start + len(words),
    )


def test_a_speaker_the_ner_missed_becomes_an_entity_with_its_mention():
    found = [quote("Odile Varga", "Odile Varga")]
    entities = link_speakers([Entity("e1", "GPE", "Kyiv", [(0, 4)])], found, TEXT)
    added = entities[-1]
    assert (added.id, added.label, added.name) == ("e2", "PERSON", "Odile Varga")
    assert [TEXT[s:e] for s, e in added.mentions] == ["Odile Varga"]
    assert found[0].speaker_entity == "e2"


def test_a_known_speaker_is_linked_and_organisations_are_labelled():
    start = TEXT.index("Odile Varga")
    known = Entity("e7", "PERSON", "Odile Varga", [(start, start + 11)])
    found = [quote("odile varga", "Odile Varga"), quote("Harbour Council", "the Harbour Council")]
    entities = link_speakers([known], found, TEXT)
    assert found[0].speaker_entity == "e7" and known.mentions == [(start, start + 11)]
    assert entities[-1].label == "ORG" and found[1].speaker_entity == entities[-1].id


def test_unnamed_speakers_stay_unlinked():
    found = [quote(None, "the Harbour Council")]
    assert link_speakers([], found, TEXT) == [] and found[0].speaker_entity is None


def test_a_fuller_speaker_name_renames_the_shorter_row_instead_of_adding_one():
    text = "Odile Varga spoke. Varga said it would hold."
    at = text.index("Varga said")
    short = Entity("e1", "PERSON", "Varga", [(at, at + 5)])
    found = [quote("Odile Varga", "Odile Varga"), Quote(0, 1, speaker="Varga")]
    entities = link_speakers([short], found, TEXT)
    assert [e.name for e in entities] == ["Odile Varga"]
    assert [q.speaker for q in found] == ["Odile Varga", "Odile Varga"]
    assert {q.speaker_entity for q in found} == {"e1"}


def _mention(text: str, words: str, after: int = 0) -> tuple[int, int]:
    at = text.index(words, after)
    return (at, at + len(words))


def test_a_surname_speaker_whose_words_a_row_introduced_earlier_holds_joins_that_row():
    text = (
        'Marisol T. Ferrand and Luis de Varga voted. "No," said Ms. Ferrand. '
        '"Never," said Mr. de Varga.'
    )
    ferrand, varga = _mention(text, "Ferrand", 20), _mention(text, "de Varga", 45)
    full = Entity(
        "e1", "PERSON", "Marisol T. Ferrand", [_mention(text, "Marisol T. Ferrand"), ferrand]
    )
    other = Entity("e2", "PERSON", "Luis de Varga", [_mention(text, "Luis de Varga"), varga])
    found = [
        Quote(0, 1, speaker="Ferrand", speaker_start=ferrand[0] - 4, speaker_end=ferrand[1]),
        Quote(0, 1, speaker="De Varga", speaker_start=varga[0] - 4, speaker_end=varga[1]),
    ]
    entities = link_speakers([full, other], found, text)
    assert [e.id for e in entities] == ["e1", "e2"]
    assert [(q.speaker, q.speaker_entity) for q in found] == [
        ("Marisol T. Ferrand", "e1"),
        ("Luis de Varga", "e2"),
    ]


@pytest.mark.parametrize(
    "text, row_name, speaker",
    [
        # the fuller name comes only later: it may be someone else of that name
        ('"No," said Mr. Vance. His wife, Loretta Vance, agreed.', "Loretta Vance", "Vance"),
        # the row's name is not a fuller form of the speaker's
        ('Loretta Vance spoke. "No," said AG Vance.', "Loretta Vance", "AG Vance"),
    ],
)
def test_a_speaker_a_row_holds_under_no_earlier_fuller_name_gets_its_own_row(
    text, row_name, speaker
):
    said = _mention(text, speaker.split()[-1], text.index("said"))
    row = Entity("e1", "PERSON", row_name, [_mention(text, row_name), said])
    found = [Quote(0, 1, speaker=speaker, speaker_start=said[0], speaker_end=said[1])]
    entities = link_speakers([row], found, text)
    assert [e.name for e in entities] == [row_name, speaker]


def test_a_speaker_with_run_together_initials_is_the_row_the_article_names():
    from reader.ingest import article_from_text
    from reader.nlp.pipeline import analyze

    text = 'Last week, J.R. Pennock, an editor, wrote that "the harbour is finished."'
    analysis = analyze(article_from_text(text, kind="text", source="test"))
    (quote,) = analysis.quotes
    assert quote.speaker == "J.R. Pennock"
    rows = [e for e in analysis.entities if e.id == quote.speaker_entity]
    assert rows and rows[0].mentions, [(e.name, e.mentions) for e in analysis.entities]


@pytest.mark.parametrize("first", ["De’Shawn", "D’Andra", "Ja’Marcus"])
@pytest.mark.parametrize("last", ["Herbert", "Marsh"])
def test_a_speaker_with_a_curly_apostrophe_is_the_row_the_article_names(analyse, first, last):
    """The people's names fold ’ into ': the speaker must still be the article's row, not a
    second row of the same person with no mentions."""
    text = (
        "Estuary survey\n\n"
        f"When the hydrologist {first} {last} at the University of Calder began mapping the "
        "estuary, he found the old channel.\n\n"
        f"As {last} notes, a silted channel can still “carry” a flood tide inland. “It was a "
        f"surprise to all of us,” {last} said.\n"
    )
    analysis = analyse(text)
    rows = [e for e in analysis.entities if last in e.name]
    assert len(rows) == 1 and rows[0].mentions
    quote = next(q for q in analysis.quotes if "surprise" in text[q.start : q.end])
    assert quote.speaker_entity == rows[0].id
    assert quote.speaker == rows[0].name


@pytest.mark.parametrize(
    ("country", "body", "name"),
    [
        ("Tavria", "foreign ministry", "Tavria ministry"),
        ("Calder", "harbour office", "Calder office"),
    ],
)
def test_a_speaker_named_from_its_phrase_has_the_phrase_as_its_mention(country, body, name):
    text = f'{country}\'s {body} said it was "deeply concerned".'
    said = Quote(0, 1, speaker=name, speaker_start=0, speaker_end=len(f"{country}'s {body}"))
    place = Entity("e1", "GPE", country, [(0, len(country))])
    entities = link_speakers([place], [said], text)
    added = entities[-1]
    assert added.name == name
    assert [text[s:e] for s, e in added.mentions] == [body]
