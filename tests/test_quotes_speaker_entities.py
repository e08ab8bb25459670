"""Every named speaker points at an entity row, even one the NER missed."""

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
