"""Speakers are one row across articles when their names say so, and only then."""

from reader.sources.identity import NameRecord, name_words, resolve_speakers


def person(article: str, name: str, mentions: int = 1) -> NameRecord:
    return NameRecord(article, name, "PERSON", mentions)


def keys(records: list[NameRecord]) -> dict[tuple[str, str], str]:
    return {pair: speaker.key for pair, speaker in resolve_speakers(records).items()}


def test_name_words_drop_titles_case_accents_and_possessive():
    assert name_words("President Putin") == ("putin",)
    assert name_words("Mr. Putin’s") == ("putin",)
    assert name_words("Prime Minister Ana Lúcia Gomes") == ("ana", "lucia", "gomes")
    assert name_words("the White House") == ("the", "white", "house")


def test_one_person_whatever_each_article_calls_them():
    records = [
        person("a1", "Putin", 3),
        person("a2", "Vladimir Putin", 5),
        person("a3", "President Putin"),
        person("a4", "Vladimir V. Putin"),
        person("a5", "V. Putin"),
        person("a6", "Mr Putin's"),
    ]
    speakers = resolve_speakers(records)
    assert len({s.key for s in speakers.values()}) == 1
    assert {s.name for s in speakers.values()} == {"Vladimir V. Putin"}


def test_display_name_prefers_a_full_name_without_a_title():
    speakers = resolve_speakers(
        [person("a1", "President Ilse Marrow", 1), person("a2", "Ilse Marrow", 2)]
    )
    assert {s.name for s in speakers.values()} == {"Ilse Marrow"}


def test_people_sharing_a_surname_stay_apart():
    records = [
        person("a1", "John Hadley"),
        person("a2", "Mary Hadley"),
        person("a3", "Hadley"),  # which of them? neither
    ]
    found = keys(records)
    assert len(set(found.values())) == 3
    assert found[("a3", "Hadley")] not in {
        found[("a1", "John Hadley")],
        found[("a2", "Mary Hadley")],
    }


def test_a_full_name_joins_a_lone_surname_in_another_article():
    found = keys([person("a1", "Hadley"), person("a2", "Hadley"), person("a3", "Mary Hadley")])
    assert len(set(found.values())) == 1


def test_surname_alone_in_two_articles_without_a_full_name_is_one_row():
    found = keys([person("a1", "Hadley"), person("a2", "Hadley")])
    assert len(set(found.values())) == 1


def test_different_middle_names_are_different_people():
    records = [
        person("a1", "George W. Bramble"),
        person("a2", "George H. W. Bramble"),
        person("a3", "George Bramble"),
        person("a4", "George Walker Bramble"),
    ]
    found = keys(records)
    assert found[("a1", "George W. Bramble")] == found[("a4", "George Walker Bramble")]
    assert found[("a1", "George W. Bramble")] != found[("a2", "George H. W. Bramble")]
    assert found[("a3", "George Bramble")] not in {
        found[("a1", "George W. Bramble")],
        found[("a2", "George H. W. Bramble")],
    }


def test_an_initial_joins_only_the_name_it_can_stand_for():
    found = keys(
        [person("a1", "J. Ortega"), person("a2", "Julia Ortega"), person("a3", "Kim Ortega")]
    )
    assert found[("a1", "J. Ortega")] == found[("a2", "Julia Ortega")]
    assert found[("a3", "Kim Ortega")] != found[("a2", "Julia Ortega")]
    ambiguous = keys(
        [person("a1", "J. Ortega"), person("a2", "Julia Ortega"), person("a3", "Jon Ortega")]
    )
    assert ambiguous[("a1", "J. Ortega")] not in {
        ambiguous[("a2", "Julia Ortega")],
        ambiguous[("a3", "Jon Ortega")],
    }


def test_particles_do_not_split_a_surname():
    found = keys([person("a1", "Charles de Vantage"), person("a2", "de Vantage")])
    assert len(set(found.values())) == 1


def test_organisations_join_only_their_own_spelling():
    records = [
        NameRecord("a1", "the White House", "ORG"),
        NameRecord("a2", "White House", "ORG"),
        NameRecord("a3", "White House Press Office", "ORG"),
        person("a4", "Albert White"),
    ]
    found = keys(records)
    assert found[("a1", "the White House")] == found[("a2", "White House")]
    assert len(set(found.values())) == 3


def test_a_person_and_an_organisation_of_the_same_words_stay_apart():
    found = keys([NameRecord("a1", "Morgan", "ORG"), person("a2", "Morgan")])
    assert len(set(found.values())) == 2


def test_a_speaker_labelled_as_a_thing_is_a_person():
    records = [
        person("a1", "Ilse Marrow"),
        NameRecord("a2", "Ilse Marrow", "WORK_OF_ART", speaks=True),
        NameRecord("a3", "Marrow", "PRODUCT", speaks=True),
    ]
    speakers = resolve_speakers(records)
    assert len({s.key for s in speakers.values()}) == 1
    assert {s.label for s in speakers.values()} == {"PERSON"}


def test_a_one_word_organisation_speaking_beside_a_persons_full_name_is_that_person():
    records = [
        NameRecord("a1", "Ilse Marrow", "WORK_OF_ART", speaks=True),
        NameRecord("a1", "Marrow", "ORG", speaks=True),
        NameRecord("a2", "Marrow", "ORG", speaks=True),  # no Marrow named in a2: a company
        NameRecord("a3", "Novel Title", "WORK_OF_ART"),  # says nothing: not a person
    ]
    found = resolve_speakers(records)
    assert found[("a1", "Marrow")].key == found[("a1", "Ilse Marrow")].key
    assert found[("a2", "Marrow")].key != found[("a1", "Marrow")].key
    assert found[("a2", "Marrow")].label == "ORG"
    assert found[("a3", "Novel Title")].label == "WORK_OF_ART"
