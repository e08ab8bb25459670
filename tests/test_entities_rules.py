"""Each entity rule on its own, on spans labelled by hand (so the model's mood does not matter)."""

from __future__ import annotations

import pytest

from reader.nlp.entities import consistency, head, headlines, lists, missed
from reader.nlp.entities.grouping import group_entities
from reader.nlp.entities.spans import clean_spans


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
        ("“Owen Brackley” scored.", "“Owen Brackley”", [("Owen Brackley", "PERSON")]),
        ("Said Interfax news agency today.", "Interfax news agency", [("Interfax", "ORG")]),
        (
            "They beat the Harwick Blue Lynx 7-0.",
            "the Harwick Blue Lynx 7-0",
            [("Harwick Blue Lynx", "ORG")],
        ),
    ],
)
def test_trim(parsed, text, marked, expected):
    doc = parsed(text)
    label = expected[0][1]
    assert texts(clean_spans(spans(doc, (marked, label)), set())) == expected


def test_split_places_and_people_and_lines(parsed):
    doc = parsed("Rain hit Dorset and Wiltshire.\nBy Pavel Drozdin\nKAMENKOVO on Friday.")
    found = list(
        clean_spans(
            spans(doc, ("Dorset and Wiltshire", "GPE"), ("Pavel Drozdin\nKAMENKOVO", "PERSON")),
            set(),
        )
    )
    assert texts(found) == [
        ("Dorset", "GPE"),
        ("Wiltshire", "GPE"),
        ("Pavel Drozdin", "PERSON"),
        ("KAMENKOVO", "PERSON"),
    ]


def test_organisation_names_keep_their_inner_words(parsed):
    doc = parsed("The Bank of England and Human Rights in Peru met.")
    found = clean_spans(
        spans(doc, ("The Bank of England", "ORG"), ("Human Rights in Peru", "ORG")), set()
    )
    assert texts(found) == [("Bank of England", "ORG"), ("Human Rights in Peru", "ORG")]


def test_leading_nationality_becomes_its_own_span(parsed):
    doc = parsed("American Carl Dunsmore won the race.")
    found = clean_spans(spans(doc, ("American Carl Dunsmore", "PERSON")), {"American"})
    assert texts(found) == [("American", "NORP"), ("Carl Dunsmore", "PERSON")]


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
        "Greg Valtierra lost. Valtierra was angry. Valtierra left. Paris is big. Paris is old. "
        "Paris was quiet."
    )
    marked = spans(
        doc,
        ("Greg Valtierra", "PERSON"),
        ("Valtierra", "ORG"),
        ("Valtierra", "ORG"),
        ("Paris", "GPE"),
        ("Paris", "GPE"),
        ("Paris", "PERSON"),
    )
    people = consistency.person_words(marked, NONE)
    labels = consistency.vote_labels(marked, people, NONE)
    relabelled = consistency.relabel(marked, labels)
    assert [s.label_ for s in relabelled] == ["PERSON"] * 3 + ["GPE"] * 3


def test_missed_mentions_of_the_articles_own_names_are_found(parsed):
    doc = parsed("Anatoly Gerbov arrived on Monday. Officials said Gerbov would stay.")
    marked = spans(doc, ("Anatoly Gerbov", "PERSON"))
    people = consistency.person_words(marked, NONE)
    labels = consistency.vote_labels(marked, people, NONE)
    found = missed.find_missed(doc, marked, labels, NONE)
    assert texts(found) == [("Gerbov", "PERSON")]


def test_a_name_inside_a_longer_capitalised_name_is_not_taken(parsed):
    doc = parsed("George Washington slept here. He read The Washington Post daily.")
    marked = spans(doc, ("George Washington", "PERSON"))
    people = consistency.person_words(marked, NONE)
    labels = consistency.vote_labels(marked, people, NONE)
    assert missed.find_missed(doc, marked, labels, NONE) == []


def test_caps_lines_and_recasing():
    text = "CRICKET - HADLOW STARS FOR WORCESTERSHIRE\nLONDON 2019-05-14\nRuss Hadlow took four."
    caps = headlines.caps_lines(text)
    assert [text[a:b] for a, b in caps] == [
        "CRICKET - HADLOW STARS FOR WORCESTERSHIRE",
        "LONDON 2019-05-14",
    ]
    spelling = {"hadlow": "Hadlow", "worcestershire": "Worcestershire", "for": "for"}
    recased = headlines.recase("CRICKET - HADLOW STARS FOR WORCESTERSHIRE", spelling)
    assert recased == "cricket - Hadlow stars for Worcestershire"


def test_body_spelling_reads_mid_sentence_words_outside_caps_lines(parsed):
    text = "FANS CHEER AS ROVERS SIGN MCALDEN\n\nThe Rovers signed Dara McAlden. Fans cheered."
    doc = parsed(text)
    caps = headlines.caps_lines(text)
    spelling = headlines.body_spelling(doc, caps)
    assert spelling["mcalden"] == "McAlden"
    assert spelling["signed"] == "signed"
    assert "fans" not in spelling  # only opening a sentence outside the caps line
    assert "cheer" not in spelling  # only on the caps line
    assert headlines.body_spelling(doc, []) == {}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Title\nBUCHAREST 2019-05-14\nThe bank said.", ["BUCHAREST"]),
        ("Title\nKAMENKOVO, Tajikistan 2019-05-14\nIt rained.", ["KAMENKOVO", "Tajikistan"]),
        ("KYIV (Reuters) - The mayor said on Monday.", ["KYIV"]),
        ("WASHINGTON — The president said on Monday.", ["WASHINGTON"]),
        ("CRICKET - ENGLAND WIN TOSS\nMore text here.", []),
    ],
)
def test_datelines(nlp, text, places):
    doc = nlp.make_doc(text)
    assert [s.text for s in head.dateline_places(doc)] == places


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
        "Mr Carl Dunsmore won. Dunsmore smiled. The North Atlantic Treaty Organisation met. "
        "NATO said no. The Portmouth Herons lost. The Herons were poor. N. Korea and "
        "North Korea are one. Varnetti Cables rose. Varnetti said so."
    )
    marked = spans(
        doc,
        ("Mr Carl Dunsmore", "PERSON"),
        ("Dunsmore", "PERSON"),
        ("North Atlantic Treaty Organisation", "ORG"),
        ("NATO", "ORG"),
        ("Portmouth Herons", "ORG"),
        ("Herons", "GPE"),
        ("N. Korea", "GPE"),
        ("North Korea", "GPE"),
        ("Varnetti Cables", "ORG"),
        ("Varnetti", "ORG"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {
        "Mr Carl Dunsmore": 2,
        "North Atlantic Treaty Organisation": 2,
        "Portmouth Herons": 2,
        "North Korea": 2,
        "Varnetti Cables": 2,
    }


def test_group_label_comes_from_the_full_name(parsed):
    doc = parsed("The Portmouth Herons lost. The Herons were poor.")
    marked = spans(doc, ("Portmouth Herons", "ORG"), ("Herons", "GPE"))
    (entity,) = group_entities(marked)
    assert entity.label == "ORG"


def test_explicit_parenthesised_abbreviation_joins(parsed):
    doc = parsed("The Party of Civic Renewal (PCR) won. The PCR celebrated.")
    marked = spans(doc, ("Party of Civic Renewal", "ORG"), ("PCR", "ORG"), ("PCR", "ORG"))
    (entity,) = group_entities(marked)
    assert entity.name == "Party of Civic Renewal" and len(entity.mentions) == 3


def test_a_place_before_an_abbreviation_is_not_its_expansion(parsed):
    doc = parsed("The U.N. Peace Force in Sudan (UNPFS) patrols. Sudan is calm.")
    marked = spans(doc, ("Sudan", "GPE"), ("UNPFS", "ORG"), ("Sudan", "GPE"))
    assert len(group_entities(marked)) == 2


def test_names_listed_next_to_a_person_are_people(parsed):
    doc = parsed(
        "Squad: 1 - Tom Cole; 2 - Sam Drury (14 - Ed Quist 87th), 5 - Lee Moss and Ann Bell."
    )
    marked = spans(doc, ("Tom Cole", "PERSON"))
    completed = lists.complete_lists(doc, marked)
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
    completed = lists.complete_lists(doc, spans(doc, ("Ann Bell", "PERSON")))
    assert texts(completed) == [("Ann Bell", "PERSON")]


def test_a_two_word_name_ending_in_a_known_surname_is_a_person(parsed):
    doc = parsed("Carl Dunsmore won. Dunsmore smiled. Dunsmore waved.")
    marked = spans(doc, ("Carl Dunsmore", "ORG"), ("Dunsmore", "PERSON"), ("Dunsmore", "PERSON"))
    labels = consistency.vote_labels(marked, set(), NONE)
    assert labels["carl dunsmore"] == "PERSON"


def test_a_dateline_place_is_a_place_throughout(parsed):
    doc = parsed("Title\nKAMENKOVO, Tajikistan 2019-05-14\nTroops held Kamenkovo on Friday.")
    marked = spans(doc, ("KAMENKOVO", "GPE"), ("Kamenkovo", "PERSON"))
    labels = consistency.vote_labels(marked, set(), NONE, places={"tavildara"})
    assert texts(consistency.relabel(marked, labels)) == [
        ("KAMENKOVO", "GPE"),
        ("Kamenkovo", "GPE"),
    ]


def test_a_country_does_not_join_a_company_named_after_it(parsed):
    doc = parsed("Air Belgium cut flights. Belgium protested. Strikes hit Air Belgium again.")
    marked = spans(doc, ("Air Belgium", "ORG"), ("Belgium", "GPE"), ("Air Belgium", "ORG"))
    assert sorted(e.name for e in group_entities(marked)) == ["Air Belgium", "Belgium"]


def test_singular_and_plural_team_names_are_one_row(parsed):
    doc = parsed("The Springboks won. A Springbok forward scored.")
    marked = spans(doc, ("Springboks", "ORG"), ("Springbok", "ORG"))
    assert len(group_entities(marked)) == 1


def test_in_a_results_report_a_city_is_its_team_except_as_a_place(parsed):
    doc = parsed(
        "The Dunmore Otters lost 5-2 to Texas. Dunmore had won 3-1 on Friday. "
        "In Dunmore, fans left early."
    )
    marked = spans(
        doc,
        ("Dunmore Otters", "ORG"),
        ("Texas", "GPE"),
        ("Dunmore", "GPE"),
        ("Dunmore", "GPE"),
    )
    rows = {e.name: [doc.text[a:b] for a, b in e.mentions] for e in group_entities(marked)}
    assert rows["Dunmore Otters"] == ["Dunmore Otters", "Dunmore"]
    assert rows["Dunmore"] == ["Dunmore"]


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


@pytest.mark.parametrize(
    ("label", "dash"), [("ARDLAND", "-"), ("LEEDS (Wire)", "—"), ("MARKET REPORT 2024", "–")]
)
@pytest.mark.parametrize("word", ["Yields", "Prices"])
def test_a_common_word_after_a_capitals_label_and_dash_opens_a_sentence(parsed, label, dash, word):
    doc = parsed(f"{label} {dash} {word} eased on Friday.\nTraders said {word.lower()} may rise.")
    assert consistency.drop_common_words(spans(doc, (word, "ORG")), set()) == []


def test_a_word_after_a_dash_inside_a_sentence_keeps_its_name(parsed):
    doc = parsed("The board met the owners - Yields said no.\nTraders said yields may rise.")
    assert texts(consistency.drop_common_words(spans(doc, ("Yields", "ORG")), set())) == [
        ("Yields", "ORG")
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
    doc = parsed("The Dunmore Otters lost 5-2. They won 3-1 in Dunmore on Friday.")
    marked = spans(doc, ("Dunmore Otters", "ORG"), ("Dunmore", "GPE"))
    assert sorted(e.name for e in group_entities(marked)) == ["Dunmore", "Dunmore Otters"]


def test_a_well_known_place_the_model_calls_a_person_is_a_place(parsed):
    doc = parsed("Talks with Kyiv stalled. Kyiv's forces held. Mr Kyiv, a farmer, spoke.")
    marked = spans(doc, ("Kyiv", "PERSON"), ("Kyiv", "PERSON"), ("Kyiv", "PERSON"))
    fixed = consistency.fix_context(marked, people=set())
    assert [s.label_ for s in fixed] == ["GPE", "GPE", "PERSON"]
    assert [s.label_ for s in consistency.fix_context(marked[:1], people={"kyiv"})] == ["PERSON"]


def test_known_places_come_from_standard_data():
    from reader.nlp.entities.places import known_places

    places = known_places()
    assert {"ukraine", "kyiv", "united states"} <= places
    assert "smith" not in places


def test_acronyms_of_the_articles_organisations_are_found(parsed):
    doc = parsed(
        "The Zagros Democratic Party rejected it. The ZDP said so. "
        "The Czech National Bank (CNB) held rates; the CNB will meet again. The kdp is not it."
    )
    marked = spans(doc, ("Zagros Democratic Party", "ORG"), ("Czech National Bank", "ORG"))
    found = missed.find_missed(doc, marked, {}, NONE)
    assert sorted(texts(found)) == [("CNB", "ORG"), ("CNB", "ORG"), ("ZDP", "ORG")]


def test_words_before_a_bracketed_abbreviation_are_one_name(parsed):
    doc = parsed("The Maritime and Logistics Union (MLU) voted. The MLU will strike.")
    marked = spans(doc, ("Maritime", "ORG"), ("Logistics Union (MLU", "ORG"))
    found = missed.acronym_definitions(doc, marked)
    assert sorted(texts(found)) == [("MLU", "ORG"), ("Maritime and Logistics Union", "ORG")]


def test_a_bracket_ends_a_name(parsed):
    doc = parsed("The World Health Organization (WHO) agreed.")
    found = clean_spans(spans(doc, ("World Health Organization (WHO", "ORG")), set())
    assert texts(found) == [("World Health Organization", "ORG"), ("WHO", "ORG")]


def test_a_job_title_alone_is_not_a_person(parsed):
    doc = parsed(
        "By Harriet Lowe, Political Correspondent. Keith Marlow spoke to the Foreign Secretary."
    )
    marked = spans(
        doc,
        ("Political Correspondent", "PERSON"),
        ("Keith Marlow", "PERSON"),
        ("Foreign Secretary", "PERSON"),
    )
    assert texts(clean_spans(marked, set())) == [("Keith Marlow", "PERSON")]


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
        ("Cuts\n\nBy Olu Bankole, Health Editor\n\nBeds closed.", ["Olu Bankole"]),
        ("By Ines Varga and Tom Avery, Staff Writers\nIt rained.", ["Ines Varga", "Tom Avery"]),
        ("*By Tomás Ferreira · 14 March*\nDocks shut.", ["Tomás Ferreira"]),
        (
            "Pay row\n\nDOCK NEWS\n\nRosa Mbeki\n\nBy Rosa Mbeki\n\n\nPublished: 2/3/2025\n",
            ["Rosa Mbeki"],
        ),
        ("By Ludwig von Arnim, Chief Political Correspondent\nTalks.", ["Ludwig von Arnim"]),
        ("By the time the vote came\nIt was late.", []),
        ("Sprint win\nColin Ashdown\nBERLIN 2019-05-14\nHe won.", ["Colin Ashdown"]),
        ("Sprint win\nKey Points\nThe race was fast.", []),
    ],
)
def test_bylines(nlp, text, people):
    doc = nlp.make_doc(text)
    assert [s.text for s in head.byline_people(doc)] == people


def test_a_job_title_after_a_name_is_not_a_list_of_people(parsed):
    doc = parsed("By Harriet Lowe, Political Correspondent. Dana Voss, Health Editor, agreed.")
    marked = spans(doc, ("Harriet Lowe", "PERSON"), ("Dana Voss", "PERSON"))
    assert texts(lists.complete_lists(doc, marked)) == texts(marked)


def test_a_known_place_in_a_list_of_people_is_not_made_a_person(parsed):
    doc = parsed("Tom Cole, Sri Lanka, Ann Bell and Kenya were named.")
    completed = lists.complete_lists(doc, spans(doc, ("Tom Cole", "PERSON")))
    assert texts(completed) == [("Tom Cole", "PERSON")]


def test_party_letters_are_not_names_nor_list_items(parsed):
    doc = parsed("Rep. Dale Hurst (R-Ga.) spoke, and Tom Varga (D) replied.")
    marked = spans(doc, ("Dale Hurst", "PERSON"), ("Tom Varga", "PERSON"))
    assert texts(lists.complete_lists(doc, marked)) == texts(marked)
    single = spans(doc, ("R", "PERSON"))
    assert texts(clean_spans(single, set())) == []


def test_a_surname_followed_by_a_lower_case_noun_is_the_surname(parsed):
    doc = parsed("Helen Marsh gave paid speeches. [Marsh Speech For Varnell Partners.]")
    marked = spans(doc, ("Helen Marsh", "PERSON"), ("Marsh Speech", "PERSON"))
    assert texts(consistency.trim_noun_tails(marked)) == [
        ("Helen Marsh", "PERSON"),
        ("Marsh", "PERSON"),
    ]


def test_a_bare_surname_joins_its_full_name_even_if_another_name_starts_with_it(parsed):
    doc = parsed("Helen Marsh spoke. Marsh Foundation staff listened. Marsh smiled.")
    marked = spans(
        doc,
        ("Helen Marsh", "PERSON"),
        ("Marsh Foundation", "PERSON"),
        ("Marsh", "PERSON"),
    )
    rows = {e.name: len(e.mentions) for e in group_entities(marked)}
    assert rows == {"Helen Marsh": 2, "Marsh Foundation": 1}


def test_a_title_case_headline_is_read_like_a_caps_line():
    text = "Quiet Over Costs: Helen Marsh Was Heading Home Early\n\nHelen Marsh left."
    caps = headlines.caps_lines(text)
    assert [text[a:b] for a, b in caps] == [text.split("\n")[0]]
    spelling = {"helen": "Helen", "marsh": "Marsh"}
    assert headlines.recase(text.split("\n")[0], spelling) == (
        "quiet over costs: Helen Marsh was heading home early"
    )
    assert headlines.caps_lines("Tom Cole met Ann Bell. They talked.\nMore.") == []


def test_a_nationality_adjective_read_as_a_place_is_a_nationality(parsed):
    doc = parsed("Ukrainian forces held the line near Kharkiv.")
    marked = spans(doc, ("Ukrainian", "GPE"), ("Kharkiv", "GPE"))
    assert texts(consistency.fix_context(marked, set())) == [
        ("Ukrainian", "NORP"),
        ("Kharkiv", "GPE"),
    ]


def test_capitalised_words_ending_in_a_company_suffix_are_one_organisation(parsed):
    doc = parsed(
        "Mine managers Gold Fields of Lowveld Ltd said so, said economist Lynn Reaser of "
        "Barnett Banks Inc. in Leeds, and shares in Acme Corp rose."
    )
    marked = spans(doc, ("Gold Fields", "PERSON"), ("Lynn Reaser", "PERSON"), ("Acme", "ORG"))
    found = missed.company_names(doc, marked, NONE, people=[marked[1]])
    assert sorted(texts(found)) == sorted(
        [
            ("Gold Fields of Lowveld Ltd", "ORG"),
            ("Barnett Banks Inc.", "ORG"),
            ("Lynn Reaser", "PERSON"),
            ("Acme", "ORG"),  # the model's own organisation is left as it is
        ]
    )


def test_a_quote_mark_ends_a_name_and_a_hyphenated_part_stays(parsed):
    doc = parsed('Critics called "Sleeping Harbour" Varga\'s best book. Chen Wei-lun spoke.')
    found = clean_spans(
        spans(doc, ('Sleeping Harbour" Varga', "PERSON"), ("Chen Wei-lun", "PERSON")), set()
    )
    assert texts(found) == [
        ("Sleeping Harbour", "PERSON"),
        ("Varga", "PERSON"),
        ("Chen Wei-lun", "PERSON"),
    ]


@pytest.mark.parametrize("verb", ["Added", "Stated", "Continued"])
def test_a_verb_opening_a_line_is_no_part_of_the_name_after_it(analyse, verb):
    text = f'The port closed.\n\n{verb} Jo Marsh:\n\n"It is real."\n\nMarsh left.'
    names = [e.name for e in analyse(text).entities if e.label == "PERSON"]
    assert names == ["Jo Marsh"]


def test_said_opening_a_line_stays_a_first_name(analyse):
    text = "The port closed.\n\nSaid Harun, the envoy, left on Monday. Harun said little."
    names = [e.name for e in analyse(text).entities if e.label == "PERSON"]
    assert names == ["Said Harun"]


@pytest.mark.parametrize("outlet", ["Harbour Insider", "Radio Dunmore"])
def test_a_name_after_a_quotes_closing_mark_is_split_at_the_verb_after_it(analyse, outlet):
    text = f'The port reopened. "I think it will work," Vance told {outlet} on Monday.'
    names = {e.name for e in analyse(text).entities}
    assert not any(" told " in name for name in names)
    assert [q.speaker for q in analyse(text).quotes] == ["Vance"]


@pytest.mark.parametrize("surname", ["Marsh", "Okafor"])
def test_said_opening_a_sentence_before_a_lone_surname_and_comma_is_the_verb(analyse, surname):
    text = f'Jo {surname} ran the fleet. It sailed on Monday. Said {surname}, "It was a good day."'
    analysis = analyse(text)
    assert [e.name for e in analysis.entities if e.label == "PERSON"] == [f"Jo {surname}"]
    assert [q.speaker for q in analysis.quotes] == [f"Jo {surname}"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Majority Whip Jo Cornwall", "Jo Cornwall"),
        ("Public Advocate Nell Orvik", "Nell Orvik"),
        ("State Treasurer Ann Bly", "Ann Bly"),
    ],
)
def test_a_qualified_title_before_a_full_name_is_no_part_of_it(analyse, written, name):
    surname = name.split()[-1]
    text = f'{written} said the vote failed on Monday. "We tried," {surname} said.'
    analysis = analyse(text)
    assert [e.name for e in analysis.entities if e.label == "PERSON"] == [name]
    assert [q.speaker for q in analysis.quotes] == [name]


@pytest.mark.parametrize(
    "word", ["Marlowe-winning", "Vance-era", "Ardley-style", "Skipper-in-training", "Vance-imposed"]
)
def test_a_name_glued_to_a_modifier_is_no_name(parsed, word):
    doc = parsed(f"The {word} rules stayed. Chen Chun-yeh spoke.")
    found = list(clean_spans(spans(doc, (word, "PERSON"), ("Chen Chun-yeh", "PERSON")), set()))
    assert texts(found) == [("Chen Chun-yeh", "PERSON")]


@pytest.mark.parametrize("modifier", ["era", "imposed", "backed"])
def test_a_persons_name_is_not_extended_over_a_hyphened_modifier(analyse, modifier):
    text = (
        f"Hal Vance left the harbour board in May. The Vance-{modifier} berth fees stayed, "
        "the port office said. Chen Chun-yeh, an economist, agreed."
    )
    names = sorted(e.name for e in analyse(text).entities if e.label == "PERSON")
    assert names == ["Chen Chun-yeh", "Hal Vance"]
