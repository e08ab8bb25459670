"""Each entity rule on its own, on spans labelled by hand (so the model's mood does not matter)."""

from __future__ import annotations

import pytest

from reader.nlp import consistency, headlines
from reader.nlp.entity_spans import clean_spans
from reader.nlp.grouping import group_entities


@pytest.fixture
def parsed(nlp):
    """A doc with the statistical pipes run (tags and sentences) but entities left empty."""

    def run(text):
        statistical = [n for n in nlp.pipe_names if not n.startswith("reader_")]
        with nlp.select_pipes(enable=statistical):
            doc = nlp(text)
        doc.set_ents([])
        return doc

    return run


def spans(doc, *marked):
    """Spans for (text, label) pairs, each the first occurrence after the previous one."""
    out, offset = [], 0
    for text, label in marked:
        start = doc.text.index(text, offset)
        out.append(doc.char_span(start, start + len(text), label, alignment_mode="expand"))
        offset = start + len(text)
    return out


def texts(found):
    return [(s.text, s.label_) for s in found]


NONE = lambda _offset: False  # noqa: E731  (no caps lines)


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        ("He thanked the Federal Reserve.", "the Federal Reserve", [("Federal Reserve", "ORG")]),
        ("It was Donald Trump ' said.", "Donald Trump '", [("Donald Trump", "PERSON")]),
        ("We saw Mr Putin's plane.", "Mr Putin's", [("Putin", "PERSON")]),
        (
            "Prime Minister Keir Starmer spoke.",
            "Prime Minister Keir Starmer",
            [("Keir Starmer", "PERSON")],
        ),
        ("“Alan Shearer” scored.", "“Alan Shearer”", [("Alan Shearer", "PERSON")]),
        ("Said Interfax news agency today.", "Interfax news agency", [("Interfax", "ORG")]),
        (
            "They beat the Boston Red Sox 7-0.",
            "the Boston Red Sox 7-0",
            [("Boston Red Sox", "ORG")],
        ),
    ],
)
def test_trim(parsed, text, marked, expected):
    doc = parsed(text)
    label = expected[0][1]
    assert texts(clean_spans(spans(doc, (marked, label)), set())) == expected


def test_split_places_and_people_and_lines(parsed):
    doc = parsed("Rain hit Derbyshire and Surrey.\nBy Yuri Kushko\nTAVILDARA on Friday.")
    found = list(
        clean_spans(
            spans(doc, ("Derbyshire and Surrey", "GPE"), ("Yuri Kushko\nTAVILDARA", "PERSON")),
            set(),
        )
    )
    assert texts(found) == [
        ("Derbyshire", "GPE"),
        ("Surrey", "GPE"),
        ("Yuri Kushko", "PERSON"),
        ("TAVILDARA", "PERSON"),
    ]


def test_organisation_names_keep_their_inner_words(parsed):
    doc = parsed("The Bank of England and Human Rights in China met.")
    found = clean_spans(
        spans(doc, ("The Bank of England", "ORG"), ("Human Rights in China", "ORG")), set()
    )
    assert texts(found) == [("Bank of England", "ORG"), ("Human Rights in China", "ORG")]


def test_leading_nationality_becomes_its_own_span(parsed):
    doc = parsed("American Dennis Mitchell won the race.")
    found = clean_spans(spans(doc, ("American Dennis Mitchell", "PERSON")), {"American"})
    assert texts(found) == [("American", "NORP"), ("Dennis Mitchell", "PERSON")]


def test_lone_word_after_in_is_a_place_unless_a_known_surname(parsed):
    doc = parsed("Troops gathered in Kyiv. Fans flew to Ferdinand. Aid came from Minsk.")
    marked = spans(doc, ("Kyiv", "PERSON"), ("Ferdinand", "PERSON"), ("Minsk", "PERSON"))
    fixed = consistency.fix_context(marked, people={"ferdinand"})
    assert texts(fixed) == [("Kyiv", "GPE"), ("Ferdinand", "PERSON"), ("Minsk", "GPE")]


def test_after_to_without_motion_a_person_stays_a_person(parsed):
    doc = parsed("She wrote a letter to Johnson on Monday.")
    fixed = consistency.fix_context(spans(doc, ("Johnson", "PERSON")), people=set())
    assert texts(fixed) == [("Johnson", "PERSON")]


def test_one_string_one_label_and_surnames_stay_people(parsed):
    doc = parsed(
        "Jeff Tarango lost. Tarango was angry. Tarango left. Paris is big. Paris is old. "
        "Paris was quiet."
    )
    marked = spans(
        doc,
        ("Jeff Tarango", "PERSON"),
        ("Tarango", "ORG"),
        ("Tarango", "ORG"),
        ("Paris", "GPE"),
        ("Paris", "GPE"),
        ("Paris", "PERSON"),
    )
    people = consistency.person_words(marked, NONE)
    labels = consistency.vote_labels(marked, people, NONE)
    relabelled = consistency.relabel(marked, labels)
    assert [s.label_ for s in relabelled] == ["PERSON"] * 3 + ["GPE"] * 3


def test_missed_mentions_of_the_articles_own_names_are_found(parsed):
    doc = parsed("Alexander Lebed arrived on Monday. Officials said Lebed would stay.")
    marked = spans(doc, ("Alexander Lebed", "PERSON"))
    people = consistency.person_words(marked, NONE)
    labels = consistency.vote_labels(marked, people, NONE)
    found = consistency.find_missed(doc, marked, labels, NONE)
    assert texts(found) == [("Lebed", "PERSON")]


def test_a_name_inside_a_longer_capitalised_name_is_not_taken(parsed):
    doc = parsed("George Washington slept here. He read The Washington Post daily.")
    marked = spans(doc, ("George Washington", "PERSON"))
    people = consistency.person_words(marked, NONE)
    labels = consistency.vote_labels(marked, people, NONE)
    assert consistency.find_missed(doc, marked, labels, NONE) == []


def test_caps_lines_and_recasing():
    text = "CRICKET - SIMMONS STARS FOR LEICESTERSHIRE\nLONDON 1996-08-30\nPhil Simmons took four."
    caps = headlines.caps_lines(text)
    assert [text[a:b] for a, b in caps] == [
        "CRICKET - SIMMONS STARS FOR LEICESTERSHIRE",
        "LONDON 1996-08-30",
    ]
    spelling = {"simmons": "Simmons", "leicestershire": "Leicestershire", "for": "for"}
    recased = headlines.recase("CRICKET - SIMMONS STARS FOR LEICESTERSHIRE", spelling)
    assert recased == "cricket - Simmons stars for Leicestershire"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Title\nBUCHAREST 1996-08-30\nThe bank said.", ["BUCHAREST"]),
        ("Title\nTAVILDARA, Tajikistan 1996-08-30\nIt rained.", ["TAVILDARA", "Tajikistan"]),
        ("KYIV (Reuters) - The mayor said on Monday.", ["KYIV"]),
        ("WASHINGTON — The president said on Monday.", ["WASHINGTON"]),
        ("CRICKET - ENGLAND WIN TOSS\nMore text here.", []),
    ],
)
def test_datelines(nlp, text, places):
    doc = nlp.make_doc(text)
    assert [s.text for s in headlines.dateline_places(doc)] == places


def test_grouping_keeps_ambiguous_surnames_apart(parsed):
    doc = parsed("Bob Smith met Jane Smith. Smith spoke. Bob Smith left.")
    marked = spans(
        doc,
        ("Bob Smith", "PERSON"),
        ("Jane Smith", "PERSON"),
        ("Smith", "PERSON"),
        ("Bob Smith", "PERSON"),
    )
    entities = group_entities(marked)
    assert sorted((e.name, len(e.mentions)) for e in entities) == [
        ("Bob Smith", 2),
        ("Jane Smith", 1),
        ("Smith", 1),
    ]


def test_grouping_by_titles_acronyms_initials_and_short_forms(parsed):
    doc = parsed(
        "Mr Dennis Mitchell won. Mitchell smiled. The North Atlantic Treaty Organisation met. "
        "NATO said no. The Philadelphia Eagles lost. The Eagles were poor. N. Korea and "
        "North Korea are one. Pirelli Cables rose. Pirelli said so."
    )
    marked = spans(
        doc,
        ("Mr Dennis Mitchell", "PERSON"),
        ("Mitchell", "PERSON"),
        ("North Atlantic Treaty Organisation", "ORG"),
        ("NATO", "ORG"),
        ("Philadelphia Eagles", "ORG"),
        ("Eagles", "GPE"),
        ("N. Korea", "GPE"),
        ("North Korea", "GPE"),
        ("Pirelli Cables", "ORG"),
        ("Pirelli", "ORG"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {
        "Mr Dennis Mitchell": 2,
        "North Atlantic Treaty Organisation": 2,
        "Philadelphia Eagles": 2,
        "North Korea": 2,
        "Pirelli Cables": 2,
    }


def test_group_label_comes_from_the_full_name(parsed):
    doc = parsed("The Philadelphia Eagles lost. The Eagles were poor.")
    marked = spans(doc, ("Philadelphia Eagles", "ORG"), ("Eagles", "GPE"))
    (entity,) = group_entities(marked)
    assert entity.label == "ORG"


def test_explicit_parenthesised_abbreviation_joins(parsed):
    doc = parsed("The Party of Democratic Action (SDA) won. The SDA celebrated.")
    marked = spans(doc, ("Party of Democratic Action", "ORG"), ("SDA", "ORG"), ("SDA", "ORG"))
    (entity,) = group_entities(marked)
    assert entity.name == "Party of Democratic Action" and len(entity.mentions) == 3


def test_a_place_before_an_abbreviation_is_not_its_expansion(parsed):
    doc = parsed("The U.N. Interim Force in Lebanon (UNIFIL) patrols. Lebanon is calm.")
    marked = spans(doc, ("Lebanon", "GPE"), ("UNIFIL", "ORG"), ("Lebanon", "GPE"))
    assert len(group_entities(marked)) == 2


def test_names_listed_next_to_a_person_are_people(parsed):
    doc = parsed(
        "Squad: 1 - Tom Cole; 2 - Sam Drury (14 - Ed Quist 87th), 5 - Lee Moss and Ann Bell."
    )
    marked = spans(doc, ("Tom Cole", "PERSON"))
    completed = consistency.complete_lists(doc, marked)
    assert sorted(texts(completed)) == sorted(
        [
            ("Tom Cole", "PERSON"),
            ("Sam Drury", "PERSON"),
            ("Ed Quist", "PERSON"),
            ("Lee Moss", "PERSON"),
            ("Ann Bell", "PERSON"),
        ]
    )


def test_a_list_stops_at_ordinary_words(parsed):
    doc = parsed("Ann Bell, the Mayor of Leeds, and Tim Cole met.")
    completed = consistency.complete_lists(doc, spans(doc, ("Ann Bell", "PERSON")))
    assert texts(completed) == [("Ann Bell", "PERSON")]


def test_a_two_word_name_ending_in_a_known_surname_is_a_person(parsed):
    doc = parsed("Dennis Mitchell won. Mitchell smiled. Mitchell waved.")
    marked = spans(doc, ("Dennis Mitchell", "ORG"), ("Mitchell", "PERSON"), ("Mitchell", "PERSON"))
    labels = consistency.vote_labels(marked, set(), NONE)
    assert labels["dennis mitchell"] == "PERSON"


def test_a_dateline_place_is_a_place_throughout(parsed):
    doc = parsed("Title\nTAVILDARA, Tajikistan 1996-08-30\nTroops held Tavildara on Friday.")
    marked = spans(doc, ("TAVILDARA", "GPE"), ("Tavildara", "PERSON"))
    labels = consistency.vote_labels(marked, set(), NONE, places={"tavildara"})
    assert texts(consistency.relabel(marked, labels)) == [
        ("TAVILDARA", "GPE"),
        ("Tavildara", "GPE"),
    ]


def test_a_country_does_not_join_a_company_named_after_it(parsed):
    doc = parsed("Air France cut flights. France protested. Strikes hit Air France again.")
    marked = spans(doc, ("Air France", "ORG"), ("France", "GPE"), ("Air France", "ORG"))
    assert sorted(e.name for e in group_entities(marked)) == ["Air France", "France"]


def test_singular_and_plural_team_names_are_one_row(parsed):
    doc = parsed("The Springboks won. A Springbok forward scored.")
    marked = spans(doc, ("Springboks", "ORG"), ("Springbok", "ORG"))
    assert len(group_entities(marked)) == 1


def test_in_a_results_report_a_city_is_its_team_except_as_a_place(parsed):
    doc = parsed(
        "The Seattle Mariners lost 5-2 to Texas. Seattle had won 3-1 on Friday. "
        "In Seattle, fans left early."
    )
    marked = spans(
        doc,
        ("Seattle Mariners", "ORG"),
        ("Texas", "GPE"),
        ("Seattle", "GPE"),
        ("Seattle", "GPE"),
    )
    rows = {e.name: [doc.text[a:b] for a, b in e.mentions] for e in group_entities(marked)}
    assert rows["Seattle Mariners"] == ["Seattle Mariners", "Seattle"]
    assert rows["Seattle"] == ["Seattle"]


def test_a_clipped_name_joins_the_shortest_expansion(parsed):
    doc = parsed("The Federal Reserve met. The Federal Open Market Committee voted. The Fed held.")
    marked = spans(
        doc,
        ("Federal Reserve", "ORG"),
        ("Federal Open Market Committee", "ORG"),
        ("Fed", "ORG"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {"Federal Reserve": 2, "Federal Open Market Committee": 1}


def test_a_capitalised_common_word_opening_a_sentence_is_not_a_name(parsed):
    doc = parsed("Death came quickly. Kyiv was quiet.")
    found = consistency.drop_common_words(spans(doc, ("Death", "PERSON"), ("Kyiv", "GPE")), set())
    assert texts(found) == [("Kyiv", "GPE")]
    assert texts(consistency.drop_common_words(spans(doc, ("Death", "PERSON")), {"death"})) == [
        ("Death", "PERSON")
    ]


def test_the_north_and_the_south_are_the_countries_the_article_names(parsed):
    doc = parsed("North Korea and South Korea met. The North refused; the South waited.")
    marked = spans(
        doc,
        ("North Korea", "GPE"),
        ("South Korea", "GPE"),
        ("North", "LOC"),
        ("South", "LOC"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {"North Korea": 2, "South Korea": 2}


def test_a_city_named_only_as_a_place_stays_out_of_its_team(parsed):
    doc = parsed("The Seattle Mariners lost 5-2. They won 3-1 in Seattle on Friday.")
    marked = spans(doc, ("Seattle Mariners", "ORG"), ("Seattle", "GPE"))
    assert sorted(e.name for e in group_entities(marked)) == ["Seattle", "Seattle Mariners"]


def test_a_well_known_place_the_model_calls_a_person_is_a_place(parsed):
    doc = parsed("Talks with Kyiv stalled. Kyiv's forces held. Mr Kyiv, a farmer, spoke.")
    marked = spans(doc, ("Kyiv", "PERSON"), ("Kyiv", "PERSON"), ("Kyiv", "PERSON"))
    fixed = consistency.fix_context(marked, people=set())
    assert [s.label_ for s in fixed] == ["GPE", "GPE", "PERSON"]
    assert [s.label_ for s in consistency.fix_context(marked[:1], people={"kyiv"})] == ["PERSON"]


def test_known_places_come_from_standard_data():
    from reader.nlp.places import known_places

    places = known_places()
    assert {"ukraine", "kyiv", "united states"} <= places
    assert "smith" not in places


def test_acronyms_of_the_articles_organisations_are_found(parsed):
    doc = parsed(
        "The Kurdistan Democratic Party rejected it. The KDP said so. "
        "The Czech National Bank (CNB) held rates; the CNB will meet again. The kdp is not it."
    )
    marked = spans(doc, ("Kurdistan Democratic Party", "ORG"), ("Czech National Bank", "ORG"))
    found = consistency.find_missed(doc, marked, {}, NONE)
    assert sorted(texts(found)) == [("CNB", "ORG"), ("CNB", "ORG"), ("KDP", "ORG")]


def test_words_before_a_bracketed_abbreviation_are_one_name(parsed):
    doc = parsed("The Maritime and Logistics Union (MLU) voted. The MLU will strike.")
    marked = spans(doc, ("Maritime", "ORG"), ("Logistics Union (MLU", "ORG"))
    found = consistency.acronym_definitions(doc, marked)
    assert sorted(texts(found)) == [("MLU", "ORG"), ("Maritime and Logistics Union", "ORG")]


def test_a_bracket_ends_a_name(parsed):
    doc = parsed("The World Health Organization (WHO) agreed.")
    found = clean_spans(spans(doc, ("World Health Organization (WHO", "ORG")), set())
    assert texts(found) == [("World Health Organization", "ORG"), ("WHO", "ORG")]


def test_a_job_title_alone_is_not_a_person(parsed):
    doc = parsed(
        "By Harriet Lowe, Political Correspondent. John Major spoke to the Foreign Secretary."
    )
    marked = spans(
        doc,
        ("Political Correspondent", "PERSON"),
        ("John Major", "PERSON"),
        ("Foreign Secretary", "PERSON"),
    )
    assert texts(clean_spans(marked, set())) == [("John Major", "PERSON")]


def test_a_sentence_opening_word_written_in_lower_case_elsewhere_is_not_a_name(parsed):
    doc = parsed(
        "Malaria kills thousands. A new malaria vaccine works. May said so. Theresa May agreed."
    )
    marked = spans(doc, ("Malaria", "ORG"), ("May", "PERSON"), ("Theresa May", "PERSON"))
    people = consistency.person_words(marked, NONE)
    kept = consistency.drop_common_words(marked, people)
    assert texts(kept) == [("May", "PERSON"), ("Theresa May", "PERSON")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Strike looms\nBy Harriet Lowe, Political Correspondent\nTalks failed.", ["Harriet Lowe"]),
        ("Sprint win\nAdrian Warner\nBERLIN 1996-08-30\nHe won.", ["Adrian Warner"]),
        ("Sprint win\nKey Points\nThe race was fast.", []),
    ],
)
def test_bylines(nlp, text, people):
    doc = nlp.make_doc(text)
    assert [s.text for s in headlines.byline_people(doc)] == people


def test_a_known_place_in_a_list_of_people_is_not_made_a_person(parsed):
    doc = parsed("Tom Cole, Sri Lanka, Ann Bell and Kenya were named.")
    completed = consistency.complete_lists(doc, spans(doc, ("Tom Cole", "PERSON")))
    assert texts(completed) == [("Tom Cole", "PERSON")]


def test_party_letters_are_not_names_nor_list_items(parsed):
    doc = parsed("Rep. David Perdue (R-Ga.) spoke, and Tim Kaine (D) replied.")
    marked = spans(doc, ("David Perdue", "PERSON"), ("Tim Kaine", "PERSON"))
    assert texts(consistency.complete_lists(doc, marked)) == texts(marked)
    single = spans(doc, ("R", "PERSON"))
    assert texts(clean_spans(single, set())) == []


def test_a_surname_followed_by_a_lower_case_noun_is_the_surname(parsed):
    doc = parsed("Hillary Clinton gave paid speeches. [Clinton Speech For Morgan Stanley.]")
    marked = spans(doc, ("Hillary Clinton", "PERSON"), ("Clinton Speech", "PERSON"))
    assert texts(consistency.trim_noun_tails(marked)) == [
        ("Hillary Clinton", "PERSON"),
        ("Clinton", "PERSON"),
    ]


def test_a_bare_surname_joins_its_full_name_even_if_another_name_starts_with_it(parsed):
    doc = parsed("Hillary Clinton spoke. Clinton Foundation staff listened. Clinton smiled.")
    marked = spans(
        doc,
        ("Hillary Clinton", "PERSON"),
        ("Clinton Foundation", "PERSON"),
        ("Clinton", "PERSON"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {"Hillary Clinton": 2, "Clinton Foundation": 1}


def test_a_title_case_headline_is_read_like_a_caps_line():
    text = "Stealth Over Health: Hillary Clinton Was Headed Home Early\n\nHillary Clinton left."
    caps = headlines.caps_lines(text)
    assert [text[a:b] for a, b in caps] == [text.split("\n")[0]]
    spelling = {"hillary": "Hillary", "clinton": "Clinton"}
    assert headlines.recase(text.split("\n")[0], spelling) == (
        "stealth over health: Hillary Clinton was headed home early"
    )
    assert headlines.caps_lines("Tom Cole met Ann Bell. They talked.\nMore.") == []


def test_a_nationality_adjective_read_as_a_place_is_a_nationality(parsed):
    doc = parsed("Ukrainian forces held the line near Kharkiv.")
    marked = spans(doc, ("Ukrainian", "GPE"), ("Kharkiv", "GPE"))
    assert texts(consistency.fix_context(marked, set())) == [
        ("Ukrainian", "NORP"),
        ("Kharkiv", "GPE"),
    ]
