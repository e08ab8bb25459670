"""Which words attribute a quote: the reporting verb that governs it, passives, participles.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, quotes_of, speaker


@pytest.mark.parametrize(
    "text",
    [
        'Greta Marlowe said the new levy on harbour fees could prove "ruinous" for fishermen.',
        "Greta Marlowe said that when Tobias Renk had announced the levy, she got the "
        '"clear impression" it was temporary.',
        'Greta Marlowe says the council is billing boat owners "twice over" for berths.',
        'Greta Marlowe said the plan goes "nowhere near far enough" to help the harbour.',
    ],
)
def test_a_fragment_belongs_to_the_reporting_verb_that_governs_it(analyse, text):
    quote = quote_with(analyse, text, text.split('"')[1])
    assert quote.speaker == "Greta Marlowe"
    assert quote.kind == "partial"


def test_a_framing_verb_inside_reported_speech_keeps_its_own_subject(analyse):
    text = 'Greta Marlowe said Tobias Renk had called the levy "a harbour tax" in private.'
    assert speaker(analyse, text, "harbour tax") == "Tobias Renk"


def test_not_inside_an_adverbial_clause_of_someone_else(analyse):
    text = (
        'As Tobias Renk went on about "fairness for every boat owner", Greta Marlowe nodded along.'
    )
    assert speaker(analyse, text, "fairness for every") == "Tobias Renk"


def test_a_participle_after_a_non_reporting_verb_speaks_for_the_reporter(analyse):
    text = (
        "Greta Marlowe said the harbour board rejected her proposal, calling it "
        '"a distraction from the real work".'
    )
    assert speaker(analyse, text, "a distraction") == "Greta Marlowe"


def test_a_participle_on_the_object_speaks_for_the_subject(analyse):
    text = (
        "The Kestrel Anglers Guild backed the proposals, saying "
        '"we will be entirely content if the board adopts them".'
    )
    assert speaker(analyse, text, "entirely content") == "Kestrel Anglers Guild"


@pytest.mark.parametrize(
    "text",
    [
        'The harbour master was described as "tireless" by his deputy, Greta Marlowe.',
        'The levy, branded "daylight robbery" by Greta Marlowe, takes effect in May.',
        # The parse hangs the "by" phrase on the complement, not on the verb.
        'The ferryman was described as a "true gentleman" by his old friend Greta Marlowe.',
        "Tobias Renk has scrapped the Sunday ferry, in a decision branded a "
        '"shameful betrayal" by Greta Marlowe.',
    ],
)
def test_a_passive_reporting_verb_speaks_through_its_agent(analyse, text):
    assert speaker(analyse, text, text.split('"')[1]) == "Greta Marlowe"


def test_a_passive_question_without_an_agent_names_nobody(analyse):
    text = (
        "Tobias Renk runs the Kestrel ferry.\n\n"
        'Renk was asked, "Will the ferry run on Sundays again?" He did not answer.'
    )
    assert speaker(analyse, text, "ferry run on Sundays") is None


@pytest.mark.parametrize("verb", ["added", "replied", "went on"])
def test_a_cue_after_a_whole_quote_that_opens_the_next_one_is_not_its_cue(analyse, verb):
    text = (
        'At the harbour meeting, Tobias Renk said, "The ferry timetable was never put to us." '
        f'Greta Marlowe {verb}, "Nor was the rise in fares."'
    )
    assert speaker(analyse, text, "ferry timetable") == "Tobias Renk"
    assert speaker(analyse, text, "rise in fares") == "Greta Marlowe"


@pytest.mark.parametrize("verb", ["shot back", "barked", "shrugged"])
def test_any_verb_after_a_quote_left_open_by_a_comma_says_who_said_it(analyse, verb):
    text = (
        "Tobias Renk said the harbour would not reopen until May.\n\n"
        f'"We have waited long enough for this," Greta Marlowe {verb}.'
    )
    assert speaker(analyse, text, "waited long enough") == "Greta Marlowe"


def test_a_question_left_open_names_its_asker_after_it(analyse):
    text = (
        "Tobias Renk said the dredging would start in May.\n\n"
        '"And who will pay for the dredging?" a harbour pilot wondered.'
    )
    quote = quote_with(analyse, text, "who will pay")
    assert quote.speaker is None
    assert quote.speaker_text == "a harbour pilot"


def test_a_reporting_verb_before_the_quote_beats_any_other_verb_after_it(analyse):
    text = (
        "The ferry crews cheered the decision.\n\n"
        'Greta Marlowe interjected, "Ladies and gentlemen, the new harbour master," '
        "who then walked on stage."
    )
    assert speaker(analyse, text, "Ladies and gentlemen") == "Greta Marlowe"


def test_a_relative_pronoun_is_the_named_speakers_mention(analyse):
    text = (
        "The ferry operator thanked Greta Marlowe, who called the new timetable "
        '"a lifeline for the islands".'
    )
    quote = quote_with(analyse, text, "a lifeline")
    assert quote.speaker == "Greta Marlowe"
    assert text[quote.speaker_start : quote.speaker_end] == "who"


def test_an_unnamed_speaker_keeps_its_description_not_the_relative_pronoun(analyse):
    text = 'The board heard from a harbour pilot who called the plan "a lifeline for us".'
    quote = quote_with(analyse, text, "a lifeline")
    assert quote.speaker is None
    assert "harbour pilot" in quote.speaker_text


def test_a_comma_cue_closing_the_next_sentence_reports_that_sentence_not_the_quote(analyse):
    text = (
        'Harbour spokeswoman Greta Marlowe said: "The ferry will run on Sunday." '
        '"We have checked every engine twice." '
        "The independent inspector was also satisfied, Tobias Renk added."
    )
    assert speaker(analyse, text, "checked every engine") == "Greta Marlowe"


def test_a_quote_after_an_according_to_sentence_is_that_sources(analyse):
    text = (
        "Ferry crews are unhappy with the new rota. The real problem, according to "
        "Mr Tobias Renk, is not the pay but the hours. "
        '"Nobody can work four night shifts in a row and stay safe."'
    )
    assert speaker(analyse, text, "four night shifts") == "Tobias Renk"


@pytest.mark.parametrize(
    "text",
    [
        'Greta Marlowe summed up the mood of fishermen in Aberdeen: "The old ferry is finished."',
        "In her letter, Greta Marlowe then listed what a port on the North Sea needs: "
        '"More berths, deeper dredging and a new crane."',
        "Greta Marlowe saw just one snag in sharing a boat with Adams and Price: "
        '"They fish so well that nobody else catches anything."',
        "Greta Marlowe had one complaint about touring with Lena Morse and Ivo Tarrant: "
        '"The buses were always late."',
    ],
)
def test_a_colon_cue_is_the_clauses_subject_not_the_last_name_before_it(analyse, text):
    assert speaker(analyse, text, text.split('"')[1][:12]) == "Greta Marlowe"


@pytest.mark.parametrize("name", ["Nkem Okafor", "Ada Lovett", "Ivo Tarrant"])
@pytest.mark.parametrize("dash", ["-", "—"])
def test_a_name_after_a_dash_before_a_colon_speaks(analyse, name, dash):
    text = (
        "Our morning briefing, every weekday.\n\n"
        f"Ferry crews want shorter shifts rather than higher pay {dash} {name}: "
        '"The rota is what hurts."'
    )
    assert speaker(analyse, text, "rota is what hurts") == name


def test_a_reporting_verb_in_a_clause_before_the_speakers_own_is_not_the_cue(analyse):
    text = (
        "After Tobias Renk criticised the harbour plan at the meeting, Greta Marlowe shot back, "
        '"The plan is the only one we have."'
    )
    assert speaker(analyse, text, "only one we have") == "Greta Marlowe"


def test_a_clause_that_leads_into_the_quote_is_its_cue(analyse):
    text = 'The hall was quiet when, at the back, a fisherman shouted, "Shame on the board!"'
    quote = quote_with(analyse, text, "Shame on")
    assert quote.speaker is None
    assert "fisherman" in quote.speaker_text


def test_a_name_with_a_long_description_before_said_after_the_quote_speaks(analyse):
    text = (
        "The harbour board was split for years.\n\n"
        '"They were rivals, but also colleagues," Tobias M. Renk, the long-serving '
        "harbour master's former chief of staff, said of their time on the board."
    )
    assert speaker(analyse, text, "They were rivals") == "Tobias M. Renk"


def test_a_cue_whose_subject_names_nobody_yields_to_one_that_names_a_speaker(analyse):
    text = (
        "Tobias Renk runs the harbour board.\n\n"
        'But even as Renk claimed on Tuesday that "the levy was never needed," one of the '
        "trawler owners said the board had known for months."
    )
    assert speaker(analyse, text, "never needed") == "Tobias Renk"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Greta Marlowe declared that any new harbour deal would demand \u201cabsolute "
            "secrecy\u201d from the board.",
            "absolute secrecy",
        ),
        (
            "Greta Marlowe said in her opening remarks that the platform should reiterate the "
            "town's support for its \u201cstalwart fishermen.\u201d",
            "stalwart fishermen",
        ),
    ],
)
def test_a_reporting_verb_whose_subject_is_a_thing_gives_way_to_the_speaker_around_it(
    analyse, text, words
):
    assert speaker(analyse, text, words) == "Greta Marlowe"


@pytest.mark.parametrize("preamble", ["", "The council met on Tuesday. ", "Talks ran late. " * 6])
def test_the_why_says_on_which_side_of_the_quote_its_governing_verb_is(analyse, preamble):
    """The side is read from character offsets, wherever the quote sits in its paragraph."""
    after = quote_with(
        analyse,
        preamble + 'The "ruinous cost" of the levy was described by Greta Marlowe.',
        "ruinous",
    )
    before = quote_with(
        analyse,
        preamble + 'Greta Marlowe called the levy a "ruinous cost" for fishermen.',
        "ruinous",
    )
    assert after.speaker == before.speaker == "Greta Marlowe"
    assert "'described' after the quote (governs it)" in after.reason
    assert "'called' before the quote (governs it)" in before.reason


@pytest.mark.parametrize(
    "aside",
    [
        "- where the league's Lakeport Gulls played the Dunmore Rovers -",
        "- where the county's Marsh Rangers beat the Tolland Otters -",
        "(where the Lakeport Gulls played on Sunday),",
    ],
)
def test_a_participle_after_an_aside_belongs_outside_it(analyse, aside):
    text = (
        "Fare protests go on\n\n"
        "Small groups of protesters kept marching around Harbour Park "
        f'{aside} while chanting, "Fair fares now."'
    )
    quote = quote_with(analyse, text, "Fair fares")
    assert quote.speaker is None
    assert "protesters" in quote.speaker_text or "groups" in quote.speaker_text


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("When?", "Mr. Corin Alder interrupted"),
        ("By how much?", "Ms. Ines Varga repeated"),
        ("A lot of good people?", "Mr. Rufus Penhale repeated"),
    ],
)
def test_repeating_and_interrupting_report_speech(analyse, question, second):
    text = f'"We will cut the fares," Mr. Halvard Strand said. "{question}" {second}.'
    expected = " ".join(second.split()[1:3])
    assert speaker(analyse, text, question) == expected


@pytest.mark.parametrize("full", ["Tessa Early", "Dana Little", "Hal Young", "Morgan Long"])
def test_a_surname_the_tagger_reads_as_a_word_still_speaks(analyse, full):
    """ "says Early", "but Early still says": a person's surname that is also an adverb or
    adjective is the speaker, once the article has named the person in full."""
    last = full.split()[-1]
    text = (
        "Game streaming\n\n"
        f"“It widens the market,” says {full}, a vice president at Calder Games.\n\n"
        f"“Streaming is all or nothing,” says {last}. In big cities bandwidth matters less, "
        f"but {last} still says the studio is “committed” to streaming.\n"
    )
    assert speaker(analyse, text, "all or nothing") == full
    assert speaker(analyse, text, "committed") == full


@pytest.mark.parametrize(
    "sentence",
    [
        'Greta Marlowe proclaimed the ferry "the finest boat on the coast" on Monday.',
        'Greta Marlowe has assured voters the levy is "only temporary" and fair.',
        'Greta Marlowe vented that the delays were "simply disgraceful" for crews.',
        'Greta Marlowe decried "harbour greed" at every stop of her tour.',
        'Greta Marlowe slammed the plan as "a gift to lobbyists" on Monday.',
        'Greta Marlowe dubbed the new ferry "the floating tax office" on Monday.',
        'Greta Marlowe thanked the mayor for "finding the money for the new berths."',
    ],
)
def test_reporting_verbs_in_every_inflection_cue_their_quote(analyse, sentence):
    assert speaker(analyse, sentence, sentence.split('"')[1]) == "Greta Marlowe"


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("decry", {"decried", "decries", "decrying"}),
        ("slam", {"slammed", "slamming"}),
        ("label", {"labelled", "labeled"}),
        ("assure", {"assured", "assuring"}),
    ],
)
def test_verb_forms_follow_english_spelling(verb, forms):
    from reader.nlp.quotes.lexicon import VERB_FORMS

    assert {form for form in forms if VERB_FORMS.get(form) == verb} == forms


@pytest.mark.parametrize(
    ("after", "verb"),
    [
        ("the Harwick Sailing Club, a private club up the coast, charged", "a $5,000 joining fee"),
        ("the harbour board, which met on Monday, announced", "a new timetable"),
        ("the council added", "a clause to the lease"),
    ],
)
def test_a_verb_after_a_fragment_that_says_its_own_thing_is_not_its_cue(analyse, after, verb):
    text = (
        "Ticket sales, she said, have fallen since the spring.\n\n"
        f'In 2015, under what Ivo Brandt called "the old harbour bargain," {after} {verb}.'
    )
    assert speaker(analyse, text, "the old harbour bargain") == "Ivo Brandt"


def test_the_listener_after_a_fragment_keeps_its_cue(analyse):
    text = (
        "The ferry board met on Friday.\n\n"
        'The timetable is "a shambles from start to finish," Tom Vail told reporters.'
    )
    assert speaker(analyse, text, "a shambles") == "Tom Vail"


@pytest.mark.parametrize("verb", ["welcomed", "derided", "bemoaned", "ridiculed"])
def test_verbs_of_judging_cue_the_fragment_they_govern(analyse, verb):
    text = (
        "The harbour plan was published on Monday.\n\n"
        f'Councillor Ada Moreno {verb} the mayor\'s "habit of saying yes to everyone" in a '
        "speech to the ferry users' group."
    )
    assert speaker(analyse, text, "habit of saying yes") == "Ada Moreno"


@pytest.mark.parametrize(
    "sentence",
    [
        'A self-described "harbour rat," Ivo Brandt grew up on the quay.',
        'Ivo Brandt leads the much-criticised "harbour group" on the council.',
        'The plan drew backing from self-described "old salts" in the union.',
    ],
)
def test_a_participle_describing_the_quoted_noun_cues_nothing(analyse, sentence):
    text = f"The harbour board met on Friday.\n\n{sentence}"
    assert all(
        "described" not in q.reason and "criticised" not in q.reason
        for _, q in quotes_of(analyse, text)
    )


@pytest.mark.parametrize(("name", "verb"), [("Halloran", "pressed"), ("Ines Marr", "prodded")])
@pytest.mark.parametrize("question", ["Could the fees be cut by spring?", "Out, now!"])
def test_a_name_and_a_verb_ending_the_sentence_after_a_question_say_it(
    analyse, name, verb, question
):
    text = f'The mayor spoke on the radio.\n\n"{question}" {name} {verb}. "Maybe some boats?"'
    assert speaker(analyse, text, question[:5]) == name
    assert speaker(analyse, text, "Maybe some boats") == name


@pytest.mark.parametrize(
    ("after", "cue", "mention"),
    [
        ("a narrator in the clip states.", "states", "a narrator"),
        ("the owners state in their yearly report.", "state", "owners"),
    ],
)
def test_a_verb_of_saying_tagged_as_a_noun_after_a_quote_is_its_cue(analyse, after, cue, mention):
    text = (
        "The port's new advert ran on Tuesday.\n\n"
        f'"The harbour deserves a mayor who answers the phone," {after} '
        '"Vote on Thursday for the quay."'
    )
    first = quote_with(analyse, text, "answers the phone")
    assert first.cue == cue
    assert mention in text[first.speaker_start : first.speaker_end]
    second = quote_with(analyse, text, "for the quay")
    assert (second.speaker_start, second.speaker_end) == (first.speaker_start, first.speaker_end)


@pytest.mark.parametrize("mark", ['"', "\u201d"])
@pytest.mark.parametrize("name", ["Halloran", "Ines Marr"])
def test_a_closing_mark_glued_to_the_speakers_name_is_split_from_it(analyse, mark, name):
    opening = '"' if mark == '"' else "\u201c"
    text = (
        f"{opening}The pier has needed paint for years,{mark}{name} said. "
        f"{opening}Nobody on the council listens.{mark}"
    )
    assert speaker(analyse, text, "needed paint") == name
    assert speaker(analyse, text, "council listens") == name


@pytest.mark.parametrize("mark", ['"', "\u201c"])
def test_an_opening_mark_glued_to_the_verb_before_it_is_split_from_it(analyse, mark):
    closing = '"' if mark == '"' else "\u201d"
    text = f"Roe said,{mark}Look, the ferry runs late every single day.{closing}"
    assert speaker(analyse, text, "runs late") == "Roe"
