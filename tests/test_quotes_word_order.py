"""Speakers the parse puts in unusual places: a fronted topic ("Of X, Y said"), an inverted
", said Y," in the middle of someone else's sentence, and a relative clause after a quote.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, speaker

TOPICS = [("Quayle", "Pimm", "Gerald Pimm"), ("Marsh", "Okafor", "Nkem Okafor")]


@pytest.mark.parametrize(("topic", "surname", "full"), TOPICS)
@pytest.mark.parametrize("verb", ["said", "added"])
def test_a_fronted_topic_is_not_the_speaker(analyse, topic, surname, full, verb):
    text = (
        "Harbour fees rose again this spring.\n\n"
        f'"The mayor is clever," {full}, an accountant, said of Horrocks. '
        f"Of {topic}, {surname}, who sat on the harbour board for years, {verb}, "
        '"He is a decent man but he is vague."'
    )
    assert speaker(analyse, text, "decent man") == full


@pytest.mark.parametrize(
    ("name", "role"),
    [("Dora Klink", "an economist at the Fenwick Institute"), ("Tomas Arregui", "a port analyst")],
)
@pytest.mark.parametrize("subject", ['Any "honest" account of the budget', 'A "sensible" plan'])
def test_a_name_set_off_after_said_speaks(analyse, name, role, subject):
    text = f"{subject}, said {name}, {role}, would count the berths first."
    assert speaker(analyse, text, text.split('"')[1]) == name


def test_a_spokesperson_who_told_a_station_is_still_the_speaker(analyse):
    text = (
        '"The mayor said what we all know: that we should build quays, not walls," '
        "the council spokesman, Iris Belden, told Harbour Radio."
    )
    assert speaker(analyse, text, "build quays") == "Iris Belden"


@pytest.mark.parametrize("clause", ["which meets in May", "which sits again in June"])
def test_a_relative_clause_after_a_quote_is_no_cue(analyse, clause):
    text = (
        "Harbour fees rose again this spring.\n\n"
        '"The berths will be full by summer," said Ivo Tarrant, who chairs the port board. '
        f'"The fees will have to rise for the harbour council," {clause}.'
    )
    assert speaker(analyse, text, "fees will have to rise") == "Ivo Tarrant"


@pytest.mark.parametrize("word", ["stale", "rogue", "quiet"])
@pytest.mark.parametrize("verb", ["has gone", "had gone"])
def test_going_stale_is_a_change_not_speech(analyse, word, verb):
    text = (
        "Council leader Hamish Tole says the ferry market is in trouble because the old "
        f'company {verb} "{word}" in recent years.'
    )
    assert speaker(analyse, text, word) == "Hamish Tole"


@pytest.mark.parametrize("dateline", ["LEEDS", "LEEDS, Dec. 4", "HULL, England (Wire)"])
@pytest.mark.parametrize(
    ("subject", "expected"),
    [("Council leader Hamish Tole says", "Hamish Tole"), ("A spokesman for the port said", None)],
)
def test_a_dateline_is_never_the_speaker(analyse, dateline, subject, expected):
    text = f'{dateline} — {subject} the league has become "a closed shop."'
    quote = quote_with(analyse, text, "closed shop")
    assert quote.speaker == expected
    said = text[quote.speaker_start : quote.speaker_end]
    assert said and dateline.split(",")[0] not in said


@pytest.mark.parametrize("verb", ["responded", "replied", "said"])
@pytest.mark.parametrize("mark", ["?", "!"])
def test_an_answer_after_a_question_is_not_the_questions_cue(analyse, verb, mark):
    text = (
        "The committee pressed the agency on its plans.\n\n"
        "Rep. Robert Aderholt returned to the issue later in the hearing. "
        f'"Which rockets could do this today{mark}" Lena Morse {verb} that only the big one '
        "could."
    )
    assert speaker(analyse, text, "Which rockets") == "Robert Aderholt"


@pytest.mark.parametrize("after", ["asked reporters", "asked, shaking his head", "asked"])
def test_a_question_keeps_the_verb_that_asks_it(analyse, after):
    text = f'"Is this fair to the crews?" Ivo Tarrant {after}.'
    assert speaker(analyse, text, "fair to the crews") == "Ivo Tarrant"


@pytest.mark.parametrize("candidate", ["Pike", "Boost", "Flout"])
def test_a_word_before_the_subjects_phrase_belongs_to_it(analyse, candidate):
    # the parse hangs the candidate's name on the verb (as its object or an adverb)
    text = (
        "The ferry board counted the ballots on Tuesday.\n\n"
        f'"We know which way Harwick will vote," {candidate} senior adviser Kemi Olu '
        "admitted on the radio after the debate."
    )
    assert speaker(analyse, text, "which way Harwick") == "Kemi Olu"


@pytest.mark.parametrize(
    ("quote", "between", "name", "who"),
    [
        ("We are thrilled with it", "about the ferry", "Dora Klink", "a charity head who"),
        ("It is a fair price", "for the quays", "Omar Reyes", "a harbour pilot who"),
        (
            "That so many ferries still sail is a small miracle,",
            "since most are old",
            "Lee Brandt",
            "who",
        ),
    ],
)
def test_said_name_who_closes_a_sentence_that_opened_with_a_quote(
    analyse, quote, between, name, who
):
    text = (
        "The ferry board met on Tuesday. Fares will rise, the clerk said.\n\n"
        f'"{quote}" {between}, said {name}, {who} has sailed from Harwick for years.'
    )
    assert speaker(analyse, text, quote.rstrip(",")) == name


@pytest.mark.parametrize(
    "clause",
    [
        "once the council breaks for the summer",
        "when the board goes back to work",
        "after the ferry board returns from its holiday",
    ],
)
@pytest.mark.parametrize(("title", "name"), [("Mayor", "Jo Roe"), ("Councillor", "Ada Finch")])
def test_a_time_clause_of_the_quoted_sentence_is_not_its_cue(analyse, clause, title, name):
    text = (
        "The ferry timetable was argued over on Monday.\n\n"
        f'Unlike her rivals, {title} {name} said that {clause}, "I will help the ferry crews '
        'in any way they ask."'
    )
    assert speaker(analyse, text, "help the ferry crews") == name


@pytest.mark.parametrize(
    "clause",
    [
        "a builder who said he was shortchanged after he roofed a boathouse in one of the parks",
        "a painter who claimed she was owed a season's wages for the quays",
    ],
)
@pytest.mark.parametrize(("title", "name"), [("Mayor", "Jo Roe"), ("Councillor", "Ada Finch")])
def test_a_participle_after_a_relative_clause_speaks_for_the_main_clause(
    analyse, clause, title, name
):
    text = (
        f"{title} {name} faced questions about the ferry budget on Monday.\n\n"
        f"{name.split()[1]} sounded irritated when pressed about refusing to pay {clause}, "
        'saying, "Perhaps the roof leaked, and I was never happy with it."'
    )
    assert speaker(analyse, text, "roof leaked") == name


@pytest.mark.parametrize("aside", ["a lecturer at Harwick College", "a historian of the port"])
@pytest.mark.parametrize("name", ["Ada Birch", "Tomas Brill"])
def test_as_a_described_name_put_it(analyse, aside, name):
    text = (
        "The ferry timetable was argued over on Monday.\n\n"
        f'As {name}, {aside}, put it, "A ferry that runs late still beats a ferry that never '
        'runs at all."'
    )
    assert speaker(analyse, text, "runs late") == name


@pytest.mark.parametrize("party", ["R-Harwick", "D-Ohio"])
def test_a_bracketed_party_and_place_is_no_speaker(analyse, party):
    text = (
        "The ferry timetable was argued over on Monday.\n\n"
        f"While discussing a leaflet, Leader of the Council Cllr Jo Roe ({party}) said "
        '"leaflets like that belong in the bin, not on doormats."'
    )
    assert speaker(analyse, text, "belong in the bin") == "Jo Roe"


@pytest.mark.parametrize("participle", ["Adding", "Continuing"])
@pytest.mark.parametrize("name", ["Tom Hale", "Nia Osei"])
def test_a_sentence_that_opens_with_a_participle_borrows_the_reporter_before(
    analyse, participle, name
):
    text = (
        "The ferry audit came out on Monday.\n\n"
        f'Later in the session, {name} stated of the audit that it "missed the point." '
        f'{participle}, "Every audit of the quays finds the same cracks, and nobody fills them."'
    )
    assert speaker(analyse, text, "same cracks") == name


@pytest.mark.parametrize(
    "clause",
    ["who quit the race for the council on Saturday", "who ended his term on the board on Friday"],
)
@pytest.mark.parametrize(
    ("praiser", "praised"), [("Jo Roe", "Tom Vail"), ("Ada Finch", "Kwame Osei")]
)
def test_as_after_a_closed_relative_clause_is_the_outer_verbs(analyse, clause, praiser, praised):
    text = (
        "The ferry board met on Friday.\n\n"
        f"{praiser} is thanking {praised}, {clause}, as "
        '"a calm voice in a noisy room" and cut the ribbon.\n\n'
        f'{praiser} thanked {praised}, who described the plan as "a disaster for the town."'
    )
    assert speaker(analyse, text, "a calm voice") == praiser
    assert speaker(analyse, text, "a disaster for the town") == praised


@pytest.mark.parametrize("mark", ["?", "!"])
@pytest.mark.parametrize("verb", ["asked", "wrote"])
def test_a_question_inside_a_sentence_goes_on_to_its_cue(analyse, mark, verb):
    text = (
        "The ferry debate turned to money.\n\n"
        'Roe "wants a marina for yachts that nobody in town owns. Will that fill the '
        f'ferry{mark}" former council adviser Tom Vail {verb} on the radio.'
    )
    assert speaker(analyse, text, "nobody in town owns") == "Tom Vail"


@pytest.mark.parametrize("name", ["Tom Vail", "Ada Finch"])
def test_went_on_after_a_quote_is_continued(analyse, name):
    text = (
        'Kelly answered with a shrug: "They were on time today." Nobody laughed.\n\n'
        f'"Ferries are always late, aren\'t they?" {name} went on, looking at the floor. '
        '"Then the town should buy faster ones."'
    )
    assert speaker(analyse, text, "always late") == name


@pytest.mark.parametrize(
    ("cause", "verb"),
    [("The vote", "prompted"), ("Her aide", "urged"), ("The ruling", "led"), ("A rival", "asked")],
)
@pytest.mark.parametrize("name", ["Tom Vail", "Ada Finch"])
def test_the_object_of_a_verb_that_makes_someone_speak_is_the_speaker(analyse, cause, verb, name):
    text = (
        "The ferry board met on Friday.\n\n"
        f"{cause} {verb} {name} to call the plan " + '"a disaster for the town."'
    )
    assert speaker(analyse, text, "a disaster for the town") == name


@pytest.mark.parametrize("quoter", ["A local paper", "The Harbour Gazette", "Police"])
@pytest.mark.parametrize("verb", ["quoted", "cited"])
@pytest.mark.parametrize("name", ["Tom Vail", "Ada Finch"])
def test_the_one_quoted_as_saying_is_the_speaker_not_the_one_quoting(analyse, quoter, verb, name):
    text = (
        "The ferry board met on Friday.\n\n"
        f'{quoter} {verb} {name} as saying: "The plan is a disaster for the town."\n\n'
        f'{quoter} also {verb} {name} as saying the timetable was "a mess".\n\n'
        f'"The fares are too high," the Harbour Gazette {verb} {name} as saying.'
    )
    assert speaker(analyse, text, "a disaster for the town") == name
    assert speaker(analyse, text, "a mess") == name
    assert speaker(analyse, text, "fares are too high") == name


@pytest.mark.parametrize("wish", ["would like", "wants", "expects"])
def test_the_object_of_a_wish_is_not_the_speaker(analyse, wish):
    text = (
        "The lifeboat crew came home on Sunday.\n\n"
        f"Dora Klink said she {wish} Ivo Brandt to publish the log, because the crew deserve "
        '"full credit" for the rescue.'
    )
    assert speaker(analyse, text, "full credit") == "Dora Klink"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Harbour ranking Democrat Kwame Osei (D-Md.)", "Kwame Osei"),
        ("Harbour ranking Republican Ivo Brandt (R-Ind.)", "Ivo Brandt"),
        ("Port caucus Democrat Ada Moreno (D-Vt.)", "Ada Moreno"),
    ],
)
def test_a_name_after_said_that_the_parse_broke_up_is_the_speaker(analyse, phrase, name):
    text = (
        "The lifeboat station vote was close. Nobody was pleased.\n\n"
        '"The crews are angry that the station will lose its second boat next spring," '
        f'said {phrase}. "They feel abandoned."'
    )
    assert speaker(analyse, text, "crews are angry") == name
    assert speaker(analyse, text, "feel abandoned") == name


@pytest.mark.parametrize("participle", ["announced in March", "declared in May"])
def test_a_participle_describing_the_quotes_last_words_is_not_its_cue(analyse, participle):
    text = (
        "The harbour budget was published on Monday.\n\n"
        '"The council wants room for a larger plan. Larger than just the small repair fund" '
        f"{participle}, said Ivo Brandt, an economist at the port authority."
    )
    assert speaker(analyse, text, "council wants room") == "Ivo Brandt"


@pytest.mark.parametrize("cause", ["The inquiry pushed", "Her lawyer pressed", "The coroner asked"])
def test_the_object_of_a_causing_verb_speaks_whatever_the_parse_calls_the_clause(analyse, cause):
    text = (
        "The lifeboat crew came home on Sunday.\n\n"
        f'{cause} Dora Klink to describe the rescue as "the longest night of my life."'
    )
    assert speaker(analyse, text, "the longest night") == "Dora Klink"


def test_the_one_a_means_is_used_on_does_not_speak(analyse):
    text = (
        "The lifeboat crew came home on Sunday.\n\n"
        'Dora Klink used the radio to describe the rescue as "the longest night of my life."'
    )
    assert speaker(analyse, text, "the longest night") == "Dora Klink"


ASIDES = [
    ("Ms. Quenby", "Quenby", "whose newest venture, Tallow, helps farms sell cheese"),
    ("Dr. Pell", "Pell", "whose old clinic, Marrow, treats sailors"),
    ("Tom Quenby", "Tom Quenby", "whose brother, Lark, runs the ferry"),
]


@pytest.mark.parametrize(("named", "full", "aside"), ASIDES)
@pytest.mark.parametrize(
    ("other", "other_full"), [("Mr. Ardley", "Ardley"), ("Councillor Ines Varga", "Ines Varga")]
)
def test_the_name_before_an_aside_speaks_not_the_one_said_describes(
    analyse, named, full, aside, other, other_full
):
    text = (
        f"{named}, {aside}, said {other} was a councillor cut from the same cloth as the "
        'old mayor: "Never lets go of an idea, that one."'
    )
    assert speaker(analyse, text, "lets go") == full


@pytest.mark.parametrize(("first", "pos"), [("delegate", "NOUN"), ("Marsh", "PROPN")])
def test_a_name_the_parse_made_the_subject_of_a_who_aside_speaks_for_the_verb(nlp, first, pos):
    """A parse seen on real news, built here by hand: "One delegate, who spoke first, said no",
    with "delegate" the subject of "spoke" and "spoke" what "said" said."""
    from spacy.tokens import Doc

    from reader.nlp.quotes.hidden_subjects import hidden_subject

    words = ["One", first, ",", "who", "spoke", "first", ",", "said", "no", "."]
    heads = [1, 4, 1, 4, 7, 4, 7, 7, 7, 7]
    deps = ["nummod", "nsubj", "punct", "nsubj", "ccomp", "advmod", "punct", "ROOT", "dobj"]
    tags = ["NUM", pos, "PUNCT", "PRON", "VERB", "ADV", "PUNCT", "VERB", "INTJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=[*deps, "punct"], pos=tags)
    assert hidden_subject(doc[7]) == [doc[1]]
    assert hidden_subject(doc[4]) == []


@pytest.mark.parametrize("speaker_name", ["Tom Quenby", "Nora Pike"])
@pytest.mark.parametrize(
    ("claim", "other", "surname"),
    [
        ("later insisting - against all the evidence -", "Mayor Lisa Ardley", "Ardley"),
        ("repeatedly suggesting - without proof -", "Councillor Ines Varga", "Varga"),
    ],
)
def test_the_name_before_a_participle_aside_speaks(analyse, speaker_name, claim, other, surname):
    text = (
        f"{speaker_name}, {claim} that {other} wanted to close the baths, said {surname} was "
        '"a menace to swimmers."'
    )
    assert speaker(analyse, text, "menace") == speaker_name


@pytest.mark.parametrize(
    ("named", "surname", "opening"),
    [
        ("Lisa Ardley", "Ardley", "In a letter to the board yesterday"),
        ("Ines Varga", "Varga", "In a note to the council on Monday"),
    ],
)
@pytest.mark.parametrize("verb", ["was", "had been"])
def test_the_person_said_describes_is_not_the_speaker(analyse, named, surname, opening, verb):
    text = f'{named} runs the port. {opening} said {surname} {verb} "a menace to swimmers."'
    assert speaker(analyse, text, "menace") not in {named, "Monday"}


@pytest.mark.parametrize(
    ("modifier", "name"), [("retired surgeon", "Ben Calder"), ("former tech executive", "Jo Marsh")]
)
def test_an_inverted_speaker_after_a_participle_modifier_speaks(analyse, modifier, name):
    text = (
        "Harbour fees rose again.\n\n"
        f'"The ferry timetable was never broken, so let us move on," said {modifier} {name}, '
        "asked about his claims that the boats ran late."
    )
    assert speaker(analyse, text, "let us move on") == name


@pytest.mark.parametrize(
    ("verb", "after", "mention"),
    [
        ("posted", "a fisherman from Dunmore who signs himself Gullwing.", "a fisherman"),
        ("wrote", "a woman who called herself Skipper Jo.", "a woman"),
        ("asked", "the girl, who sat in the front row, as the hall went quiet.", "the girl"),
        ("tweeted", "another.", "another"),
    ],
)
def test_an_unnamed_inverted_speaker_is_the_phrase_after_the_verb(analyse, verb, after, mention):
    text = f'Harbour fees rose again.\n\n"Nobody asked us about the fees at all," {verb} {after}'
    quote = quote_with(analyse, text, "Nobody asked")
    assert text[quote.speaker_start : quote.speaker_end] == mention


@pytest.mark.parametrize(("verb", "name"), [("Continued", "Roe"), ("Added", "Jo Marsh")])
def test_a_verb_opening_a_line_before_a_name_and_colon_cues_that_name(analyse, verb, name):
    text = (
        f'Harbour fees rose again.\n\n{verb} {name}: "The harbour wall needs work before winter."'
    )
    quote = quote_with(analyse, text, "harbour wall")
    assert quote.speaker == name
    assert text[quote.speaker_start : quote.speaker_end] == name


@pytest.mark.parametrize(("place", "party"), [("Ohio", "Republican"), ("Utah", "Democrat")])
@pytest.mark.parametrize("dash", [" - ", " — "])
def test_a_name_ending_a_dash_aside_is_not_the_subject_after_it(analyse, place, party, dash):
    text = (
        f"Tom Vask, a {party} from {place}, wrote to the board on Monday.\n\n"
        f"In the note{dash}sent to the port's lawyer at the Dunmore office, "
        f"Jo D. Marsh{dash}the {place} {party} calls for a review of whether "
        '"the ferry office kept its records."'
    )
    assert speaker(analyse, text, "kept its records") == "Tom Vask"


@pytest.mark.parametrize(("place", "party"), [("Ohio", "Republican"), ("Texas", "Democrat")])
def test_the_place_and_party_description_is_the_person_just_before(analyse, place, party):
    text = (
        f"Speaker Hal Brisco was unsettled by the mayor's comments.\n\n"
        f"Speaking to a local radio station on Friday, the {place} {party} faulted the port "
        'budget and said the fleet is "running on fumes."'
    )
    assert speaker(analyse, text, "running on fumes") == "Hal Brisco"
