"""Classes of entity errors seen on real news pages, each on new, invented instances, through the
whole pipeline: pronoun surnames, particles and hyphens, either apostrophe, bylines, head lines,
organisations named in full, types, market codes."""

# ruff: noqa: F811  (tests take the imported ``parsed`` fixture as an argument)

from __future__ import annotations

import pytest
from test_entities_rules import spans, texts

from reader.nlp.entities.spans import clean_spans


def _names(analysis, label=None):
    return {e.name for e in analysis.entities if label is None or e.label == label}


def _entity(analysis, name):
    found = [e for e in analysis.entities if e.name == name]
    assert found, f"no entity {name!r} in {[(e.name, e.label) for e in analysis.entities]}"
    return found[0]


def _mentions(analysis, entity):
    return [analysis.article.text[a:b] for a, b in entity.mentions]


def _each_mention_once(analysis):
    seen = [m for e in analysis.entities for m in e.mentions]
    assert len(seen) == len(set(seen)), "a mention belongs to two entities"


def test_he_as_a_surname_is_a_person_and_he_as_a_pronoun_is_not(analyse):
    analysis = analyse(
        "He Weiming, the former deputy mayor of Lanzhou, was detained on Monday. "
        "Prosecutors said He Weiming had accepted bribes. He denied the charges."
    )
    person = _entity(analysis, "He Weiming")
    assert person.label == "PERSON"
    # the role in apposition is a mention too (quotes/entity_links.link_roles)
    assert _mentions(analysis, person) == ["He Weiming", "former deputy mayor", "He Weiming"]
    assert all(analysis.article.text[a:b] != "He" for e in analysis.entities for a, b in e.mentions)


def test_particled_and_hyphenated_surnames(analyse):
    analysis = analyse(
        "Officials said Ludwig von Hartmann would lead the inquiry. Von Hartmann, a lawyer, "
        "said the work would take months. Later, Anna Locksley-von Hartmann, his wife, said "
        "she agreed with von Hartmann."
    )
    ludwig = _entity(analysis, "Ludwig von Hartmann")
    assert _mentions(analysis, ludwig) == ["Ludwig von Hartmann", "Von Hartmann", "von Hartmann"]
    anna = _entity(analysis, "Anna Locksley-von Hartmann")
    assert len(anna.mentions) == 1
    _each_mention_once(analysis)


def test_either_apostrophe_is_one_person(analyse):
    analysis = analyse(
        'Jayden De\'Marco scored twice. De’Marco, 21, said: "It was a great night." '
        "Coach Tim Ruell praised De'Marco afterwards."
    )
    person = _entity(analysis, "Jayden De'Marco")
    assert person.label == "PERSON"
    assert _mentions(analysis, person) == ["Jayden De'Marco", "De’Marco", "De'Marco"]
    _each_mention_once(analysis)


def test_a_byline_keeps_the_full_name_and_its_job_title_is_no_one(analyse):
    analysis = analyse(
        "Council tax to rise again\n\nBy Olu Bankole, Chief Political Correspondent\n\n"
        "The council said on Monday that bills would rise. Bankole asked why."
    )
    assert "Olu Bankole" in _names(analysis, "PERSON")
    assert not {n for n in _names(analysis) if "Correspondent" in n}


def test_a_head_block_names_its_author_in_full_and_standfirst_people_count(analyse):
    analysis = analyse(
        "Harbour deal 'a disgrace', says campaigner\n\n"
        "Veteran Broadcaster Miles Thorncroft blasts 'absurd' harbour plan |\n\n"
        "DOCK NEWS\n\nRosa Mbeki\n\nBy Rosa Mbeki\n\n\nPublished: 28/11/2025\n\n- 15:41\n\n"
        "The harbour board approved the plan on Thursday despite objections from residents."
    )
    author = _entity(analysis, "Rosa Mbeki")
    assert _mentions(analysis, author) == ["Rosa Mbeki", "Rosa Mbeki"]
    assert "Mbeki" not in _names(analysis)
    assert "Miles Thorncroft" in _names(analysis, "PERSON")


def test_an_organisation_named_in_full_is_one_row_and_it_is_no_mention(analyse):
    analysis = analyse(
        "Norwegian prosecutors have dropped the case. The Norwegian Economic Crime Authority said "
        'on Tuesday that the evidence was too weak. "We have closed the investigation," it '
        "added. The Economic Crime Authority had spent two years on the case."
    )
    authority = _entity(analysis, "Norwegian Economic Crime Authority")
    assert authority.label == "ORG"
    assert len(authority.mentions) == 2
    assert "Economic Crime Authority" not in _names(analysis)
    texts = {analysis.article.text[a:b].lower() for e in analysis.entities for a, b in e.mentions}
    assert "it" not in texts


def test_a_person_the_model_reads_as_an_organisation(analyse):
    analysis = analyse(
        'Nadia Okafor, the harbour master of Tollbridge, said on Monday: "We lost £40 million '
        'of cargo in three weeks." Okafor added that 19 per cent of the berths were closed.'
    )
    person = _entity(analysis, "Nadia Okafor")
    assert person.label == "PERSON"
    assert _mentions(analysis, person) == ["Nadia Okafor", "Okafor"]


def test_a_person_introduced_by_a_role_is_a_person_throughout(analyse):
    analysis = analyse(
        "Actor Rhys Pennock, who starred in the film, said he was delighted. Pennock, 44, "
        "will appear next in a stage play.\n\nMrs Kemi Adebanjo said the plan was wrong. "
        "Adebanjo told the Commons her party would vote against it."
    )
    for name in ("Rhys Pennock", "Kemi Adebanjo"):
        entity = _entity(analysis, name)
        assert entity.label == "PERSON"
        assert len(entity.mentions) == 2


def test_market_codes_are_not_entities(analyse):
    analysis = analyse(
        "LME COPPER CMCU3 EDGES UP\nLONDON 2024-01-05\nThree-month copper CMCU3 was at "
        "$8,400 a tonne. Sterling GBP= rose, and the yen <JPY=> fell. Shares in Vodafone "
        "<VOD.L> rose. Analysts said CMCU3 could rise further."
    )
    names = _names(analysis)
    assert not names & {"CMCU3", "GBP=", "JPY=", "VOD.L"}
    assert "Vodafone" in names


def test_a_sign_off_names_the_organisation_after_the_role(analyse):
    analysis = analyse(
        '"Supply chains are the hard part."\n— Ines Okoro, field nurse, Doctors Across Rivers'
    )
    assert "Ines Okoro" in _names(analysis, "PERSON")
    assert "Doctors Across Rivers" in _names(analysis, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "Harbour master Owen Pryce was blunt about the strike on Monday.",
        "Quay master Lena Dorsey said the ships were late.",
    ],
)
def test_a_capitalised_noun_before_a_role_is_no_group_of_people(analyse, text):
    analysis = analyse(text)
    assert not _names(analysis, "NORP")


@pytest.mark.parametrize("word", ["after", "before", "when", "while", "amid"])
@pytest.mark.parametrize("label", ["ORG", "PERSON", "GPE"])
def test_a_span_across_a_clause_word_is_two_names(parsed, word, label):
    doc = parsed(f"They played at the Harwick Music Awards {word} Tamsin Reyes spoke.")
    marked = spans(doc, (f"Harwick Music Awards {word} Tamsin Reyes", label))
    assert texts(clean_spans(marked, set())) == [
        ("Harwick Music Awards", label),
        ("Tamsin Reyes", label),
    ]


@pytest.mark.parametrize(
    "name", ["Odell Marsh Productions", "Brannock Motors Ltd", "Ivo Pell Media"]
)
def test_a_person_whose_name_ends_in_an_organisations_word_is_an_organisation(analyse, name):
    analysis = analyse(
        f"The studio denied the claim on Monday.\n\n{name} said it had agreed to nothing. "
        f"A lawyer for {name} declined to comment."
    )
    assert _entity(analysis, name).label == "ORG"


@pytest.mark.parametrize("verb", ["pushed", "tackled", "was"])
@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_span_across_a_verb_is_two_names(parsed, verb, label):
    doc = parsed(f"The pair clashed at the quay until Okafor {verb} Ferris near the rail.")
    marked = spans(doc, (f"Okafor {verb} Ferris", label))
    assert texts(clean_spans(marked, set())) == [("Okafor", label), ("Ferris", label)]


def test_a_name_the_model_ran_into_a_verb_stays_one_row(analyse):
    analysis = analyse(
        "The rowing club fined its captain Colm Ferris on Monday after the row at the quay.\n\n"
        "Ferris and Okafor argued for an hour until Okafor pushed Ferris into the water. "
        "Ferris said he would appeal."
    )
    rows = [e for e in analysis.entities if "Ferris" in e.name]
    assert [e.name for e in rows] == ["Colm Ferris"]
    _each_mention_once(analysis)


@pytest.mark.parametrize(
    ("team", "role"), [("Harwick", "DL"), ("Calder Lynx", "QB"), ("Port", "CEO")]
)
def test_a_team_and_a_short_role_before_a_name_are_no_part_of_it(parsed, team, role):
    doc = parsed(f"{team} {role} Colm Ferris did not hold back on Monday.")
    marked = spans(doc, (f"{team} {role} Colm Ferris", "PERSON"))
    assert texts(clean_spans(marked, set())) == [("Colm Ferris", "PERSON")]


def test_a_short_name_of_initials_stays(parsed):
    doc = parsed("JR Pell scored twice on Monday.")
    assert texts(clean_spans(spans(doc, ("JR Pell", "PERSON")), set())) == [("JR Pell", "PERSON")]


@pytest.mark.parametrize(
    ("prep", "place"), [("to", "Ukraine"), ("of", "Portugal"), ("in", "Kenya")]
)
def test_a_place_that_ends_a_role_is_no_part_of_the_name_after_it(parsed, prep, place):
    doc = parsed(f"The envoy {prep} {place} Odile Brannagh testified on Friday.")
    marked = spans(doc, (f"{place} Odile Brannagh", "PERSON"))
    assert texts(clean_spans(marked, set())) == [(place, "GPE"), ("Odile Brannagh", "PERSON")]


def test_a_person_named_like_a_place_keeps_the_name(parsed):
    doc = parsed("The forward Georgia Lynn Pell scored twice.")
    marked = spans(doc, ("Georgia Lynn Pell", "PERSON"))
    assert texts(clean_spans(marked, set())) == [("Georgia Lynn Pell", "PERSON")]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Brannock Investment Group", "Brannock"),
        ("Quellmark Capital", "Quellmark"),
        ("Oakhurst Investment Partners", "Oakhurst"),
    ],
)
def test_a_firm_written_short_is_the_firm(analyse, full, short):
    analysis = analyse(
        f"The chain was bought in 2015 by {full}, a hedge fund.\n\n"
        f"Since then {short} has cut a third of the staff. Critics say {short} wants the land."
    )
    rows = [e for e in analysis.entities if short in e.name]
    assert [(e.name, e.label) for e in rows] == [(full, "ORG")]
    assert _mentions(analysis, rows[0]) == [full, short, short]


def test_a_place_is_not_a_firm_named_after_it(analyse):
    analysis = analyse(
        "Lisbon Capital Partners bought the hotel. Lisbon itself has seen prices double."
    )
    assert _entity(analysis, "Lisbon").label == "GPE"


@pytest.mark.parametrize(
    "role", ["Chief Executive", "Ombudsman", "Commissioner", "Insider", "Security Adviser"]
)
def test_a_title_the_model_read_into_a_name_is_left_out(analyse, role):
    analysis = analyse(f"The harbour {role} Odile Brannagh said the berths would reopen.")
    assert "Odile Brannagh" in _names(analysis, "PERSON")
    assert not any(role.split()[-1] in name for name in _names(analysis))


def test_a_quoted_title_may_hold_a_clause_word(parsed):
    doc = parsed("The installation ‘Tides after Tides’ opened in the harbour.")
    marked = spans(doc, ("Tides after Tides", "ORG"))
    assert texts(clean_spans(marked, set())) == [("Tides after Tides", "ORG")]


@pytest.mark.parametrize("group", ["Democrats", "Republicans"])
def test_a_party_group_read_as_a_person_is_the_group(parsed, group):
    from reader.nlp.entities.consistency import plural_groups

    doc = parsed(f"Calder {group} won a majority. {group} said the vote was historic.")
    marked = spans(doc, (f"Calder {group}", "PERSON"), (group, "NORP"))
    assert texts(plural_groups(marked)) == [(f"Calder {group}", "NORP"), (group, "NORP")]


def test_a_surname_that_is_also_a_plural_stays_a_person(parsed):
    from reader.nlp.entities.consistency import plural_groups

    doc = parsed("Tyra Banks spoke on Monday. The banks said rates would rise.")
    assert texts(plural_groups(spans(doc, ("Tyra Banks", "PERSON")))) == [("Tyra Banks", "PERSON")]


@pytest.mark.parametrize("role", ["Comedian", "Historian", "Activist", "Playwright"])
@pytest.mark.parametrize("name", ["Sarah Vollmer", "Tomas Brill"])
def test_a_role_that_opens_a_sentence_is_not_part_of_the_name(analyse, role, name):
    analysis = analyse(f"{role} {name} took the stage on Monday. The crowd cheered for an hour.")
    assert [e.name for e in analysis.entities if e.label == "PERSON"] == [name]


@pytest.mark.parametrize("building", ["Plaza", "Tower", "Casino", "Center"])
def test_a_name_ending_in_a_building_word_is_no_person(analyse, building):
    analysis = analyse(
        f"Harwick Mayor Jo Roe opened Roe {building} in 1988. Later she visited Kemble "
        f"{building} and Harwick Plaza. Roe blamed officials for the delay."
    )
    people = {e.name for e in analysis.entities if e.label == "PERSON"}
    assert people == {"Jo Roe"}


@pytest.mark.parametrize("verb", ["Backs", "Names", "Picks"])
def test_a_person_is_named_as_the_body_names_them_not_as_the_headline_glues(analyse, verb):
    analysis = analyse(
        f"Harwick Mayor {verb} Kemi Olu For Harbour Board\n\n"
        "The mayor said on Monday that Kemi Olu should chair the harbour board. Olu, a pilot, "
        "said she was honoured."
    )
    person = _entity(analysis, "Kemi Olu")
    assert person.label == "PERSON"
    assert len(_mentions(analysis, person)) >= 3


@pytest.mark.parametrize("verb", ["Backs", "Names"])
def test_a_headline_verb_read_into_a_name_joins_the_body_s_person(analyse, verb):
    analysis = analyse(
        f"Nora Bexley {verb} Tom Vail: I Am 'Horrified' By The Port Plan\n\n"
        "Nora Bexley threw her support behind Tom Vail on Wednesday. Bexley spoke for an hour."
    )
    people = [e.name for e in analysis.entities if e.label == "PERSON"]
    assert sorted(people) == ["Nora Bexley", "Tom Vail"]


@pytest.mark.parametrize("kin", ["daughter", "son", "widow"])
@pytest.mark.parametrize("name", ["Kemi Adeyemi", "Lusanda Okoro"])
def test_someones_kin_is_a_person(analyse, kin, name):
    analysis = analyse(
        "The harbour board met on Tuesday night.\n\n"
        f"New to the board this year, {name} is the {kin} of a trawler skipper and the "
        'youngest member by a decade. "I grew up on the quay," they said.'
    )
    assert _entity(analysis, name).label == "PERSON"


@pytest.mark.parametrize("verb", ["Deport", "Impeach", "Elect"])
def test_a_headline_word_before_a_name_is_not_part_of_it(analyse, verb):
    analysis = analyse(
        f"Harbour union leaflet: '{verb} Kemi Adeyemi'\n\n"
        "Kemi Adeyemi, 44, has run the port since 2019, the leaflet says. Adeyemi said she "
        "would not resign."
    )
    people = [e.name for e in analysis.entities if e.label == "PERSON"]
    assert people == ["Kemi Adeyemi"]


@pytest.mark.parametrize("agency", ["Yonhap", "Xinhua", "Reuters"])
def test_a_news_agency_is_an_organisation(analyse, agency):
    analysis = analyse(
        "Ferries to restart\n\n"
        f"The ferry service will restart on Friday, harbour manager Ivo Brandt told {agency}. "
        f'{agency} reported that the first sailing was fully booked. "We are ready," he said.'
    )
    assert _entity(analysis, agency).label == "ORG"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The harbour castle was built for Queen Ada Varn I, who ruled for forty years.",
            "Ada Varn I",
        ),
        ("The old quay is named after King Osric I of Harwick.", "Osric I"),
        ("Coins from the reign of Emperor Tomas II turned up in the harbour mud.", "Tomas II"),
    ],
)
def test_a_monarchs_number_is_part_of_the_name(analyse, sentence, name):
    analysis = analyse(f"Harbour history\n\n{sentence} Crowds came to see the castle.")
    assert name in [e.name for e in analysis.entities if e.label == "PERSON"]


def test_i_after_a_name_without_a_monarchs_title_is_a_pronoun(analyse):
    analysis = analyse("A ferry day\n\nWhen the crew met Tom Vail I said hello to them.")
    assert "Tom Vail" in [e.name for e in analysis.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("full", "bare"),
    [
        ("Siobhan O'Driscoll", "O’Driscoll"),
        ("Siobhan O’Driscoll", "O'Driscoll"),
        ("Ciaran D'Arcy", "D’Arcy"),
        ("Marie N'Diaye", "N’Diaye"),
    ],
)
def test_a_surname_with_the_other_apostrophe_is_the_same_person(analyse, full, bare):
    analysis = analyse(
        f"Harbour plan row\n\n{full} runs a cafe on the quay. {bare} said the plan would fail.\n"
    )
    person = _entity(analysis, full)
    assert person.label == "PERSON"
    assert _mentions(analysis, person) == [full, bare]


@pytest.mark.parametrize("adverb", ["Later", "Meanwhile", "Then", "Afterwards"])
@pytest.mark.parametrize("name", ["Oyelaran Quispe", "Ines Varga", "Tom Reyes"])
def test_a_sentence_adverb_before_a_surname_is_not_part_of_the_name(analyse, adverb, name):
    surname = name.split()[-1]
    analysis = analyse(
        f"Harbour plan row\n\n{name}, a fisheries economist, opposed the plan. "
        f"Mr {surname} said it would fail. {adverb} {surname} left the meeting.\n"
    )
    names = {e.name for e in analysis.entities}
    assert not any(n.startswith(adverb) for n in names)
    assert _mentions(analysis, _entity(analysis, name))[-1] == surname
