"""Quote attribution through the whole pipeline, one news convention per test.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest


def quotes_of(analyse, text: str):
    analysis = analyse(text)
    return [(text[q.start : q.end], q) for q in analysis.quotes]


def speaker_of(analyse, text: str, words: str):
    for quoted, quote in quotes_of(analyse, text):
        if words in quoted:
            return quote
    raise AssertionError(f"no quote containing {words!r}")


# -- cues before and after ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge by spring," Margaret Thornbury said on Monday.',
        '"We will rebuild the bridge by spring," said Margaret Thornbury.',
        'Margaret Thornbury said: "We will rebuild the bridge by spring."',
        '"We will rebuild the bridge by spring," Margaret Thornbury told reporters.',
        'Margaret Thornbury wrote on Twitter: "We will rebuild the bridge by spring."',
        '"We will rebuild the bridge by spring," Margaret Thornbury wrote on Twitter.',
        '"We will rebuild the bridge by spring," according to Margaret Thornbury.',
    ],
)
def test_cue_before_or_after(analyse, text):
    quote = speaker_of(analyse, text, "rebuild the bridge")
    assert quote.speaker == "Margaret Thornbury"
    assert quote.kind == "direct"
    assert quote.cue and quote.reason


def test_quote_offsets_exclude_the_marks(analyse):
    text = "“Enough is enough,” Margaret Thornbury said."
    [(quoted, quote)] = quotes_of(analyse, text)
    assert quoted == "Enough is enough,"
    assert text[quote.speaker_start : quote.speaker_end] == "Margaret Thornbury"
    assert text[quote.cue_start : quote.cue_end] == "said"


def test_dash_attribution(analyse):
    text = "“Reading is dreaming with your eyes open.” — Emily Carter"
    assert speaker_of(analyse, text, "Reading is").speaker == "Emily Carter"


# -- pronouns ------------------------------------------------------------------------------


def test_pronouns_follow_gender_from_honorifics(analyse):
    text = (
        "Mr. Desmond Okafor met Mrs. Priya Raman at the council offices on Monday.\n\n"
        '"The meeting went well," she said.\n\n'
        '"We agreed on nothing," he said.'
    )
    assert speaker_of(analyse, text, "went well").speaker == "Priya Raman"
    assert speaker_of(analyse, text, "agreed on nothing").speaker == "Desmond Okafor"


def test_pronoun_prefers_the_subject_to_the_nearest_name(analyse):
    text = (
        "Desmond Okafor attacked his rival Callum Frobisher in a speech on Tuesday.\n\n"
        '"He has failed this town," he said.'
    )
    quote = speaker_of(analyse, text, "failed this town")
    assert quote.speaker == "Desmond Okafor"
    assert quote.speaker_text == "he"
    assert "Desmond Okafor" in quote.reason


def test_pronoun_follows_the_chain_of_he(analyse):
    text = (
        "Mr. Desmond Okafor spoke first. He later thanked Ms. Priya Raman for her patience.\n\n"
        '"It has been a long year," he said.'
    )
    assert speaker_of(analyse, text, "long year").speaker == "Desmond Okafor"


def test_surname_after_full_name(analyse):
    text = 'Priya Raman leads the council.\n\n"We have no money left," Raman said.'
    quote = speaker_of(analyse, text, "no money")
    assert quote.speaker == "Priya Raman"
    assert quote.speaker_text == "Raman"


# -- quotes that borrow their speaker ------------------------------------------------------


def test_quote_split_by_its_cue(analyse):
    text = '"We are ready," Desmond Okafor said. "The bridge opens in May."'
    first = speaker_of(analyse, text, "We are ready")
    second = speaker_of(analyse, text, "bridge opens")
    assert first.speaker == second.speaker == "Desmond Okafor"
    assert first.kind == "direct"
    assert second.kind == "continued"


def test_quote_over_two_paragraphs_is_one_quote(analyse):
    text = (
        'Priya Raman said: "We have been clear from the start. Nothing will change.\n\n'
        '"That is not a slogan. It is a promise," she added.'
    )
    found = quotes_of(analyse, text)
    assert len(found) == 1
    quoted, quote = found[0]
    assert quoted.startswith("We have been clear") and quoted.endswith("promise,")
    assert quote.speaker == "Priya Raman"


def test_floating_paragraph_inherits_the_last_speaker(analyse):
    text = (
        '"The ferry will run again on Friday," Desmond Okafor said.\n\n'
        '"Passengers should check the timetable before they travel."\n\n'
        "Ferries have been cancelled since the storm."
    )
    quote = speaker_of(analyse, text, "timetable")
    assert quote.speaker == "Desmond Okafor"
    assert quote.kind == "floating"


def test_speaker_named_in_the_following_sentence(analyse):
    text = '"Nobody reads the small print." Priya Raman said it twice at the hearing.'
    assert speaker_of(analyse, text, "small print").speaker == "Priya Raman"


# -- partial, scare quotes and titles --------------------------------------------------------


def test_partial_quote_inside_paraphrase(analyse):
    text = 'Desmond Okafor called the proposal "a recipe for chaos" during the debate.'
    quote = speaker_of(analyse, text, "recipe for chaos")
    assert quote.speaker == "Desmond Okafor"
    assert quote.kind == "partial"


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "smart motorway" scheme has been paused.',
        'She appeared on "The Morning Sofa Show" last week to promote her book.',
        'Residents call the junction "the doom corner" because of the crashes.',
    ],
)
def test_scare_quotes_and_titles_get_no_speaker(analyse, text):
    for _, quote in quotes_of(analyse, text):
        assert quote.speaker is None


# -- who the speaker is -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ('"We were never consulted," a council source said.', "a council source"),
        ('"The deal is dead," sources said.', "sources"),
        ('"It is chaos in there," a campaign aide told reporters.', "a campaign aide"),
    ],
)
def test_unnamed_sources_keep_their_words_but_no_name(analyse, text, speaker_text):
    [(_, quote)] = quotes_of(analyse, text)
    assert quote.speaker is None
    assert quote.speaker_text == speaker_text


def test_organisation_as_speaker(analyse):
    text = '"The talks were constructive," the White House said in a statement.'
    quote = speaker_of(analyse, text, "constructive")
    assert quote.speaker == "White House"


def test_role_noun_resolved_to_the_titled_person(analyse):
    text = (
        "Prime Minister Eleanor Whitcombe flew to Brussels on Sunday.\n\n"
        '"We will not be rushed," the Prime Minister said.\n\n'
        '"Nothing is agreed until everything is agreed," the PM added.'
    )
    assert speaker_of(analyse, text, "not be rushed").speaker == "Eleanor Whitcombe"
    assert speaker_of(analyse, text, "Nothing is agreed").speaker == "Eleanor Whitcombe"


def test_generic_role_noun_matches_a_title(analyse):
    text = (
        "Moldovan President Viktor Dranescu met envoys in the capital.\n\n"
        'The Moldovan leader said the plan was "a good first step".'
    )
    assert speaker_of(analyse, text, "good first step").speaker == "Viktor Dranescu"


def test_role_noun_with_no_titled_person_stays_unnamed(analyse):
    text = '"The ruling is final," the judge said.'
    quote = speaker_of(analyse, text, "ruling is final")
    assert quote.speaker is None
    assert quote.speaker_text == "the judge"


def test_unattributed_quote_is_not_guessed(analyse):
    text = 'Desmond Okafor runs the ferry.\n\nOn the wall of the office: "Mind the gap."'
    for _, quote in quotes_of(analyse, text):
        assert quote.speaker != "Desmond Okafor" or quote.cue


# -- robustness ------------------------------------------------------------------------------


def test_odd_marks_never_swallow_the_article(analyse):
    text = (
        'Desmond Okafor said "the ferry is late.\n\n'
        "The ferry company blamed the weather. Passengers waited for hours.\n\n"
        '"It was miserable," one passenger said.'
    )
    found = quotes_of(analyse, text)
    assert [quoted for quoted, _ in found] == ["the ferry is late.", "It was miserable,"]
    assert found[1][1].speaker is None


def test_text_without_quotes(analyse):
    assert analyse("Nothing to quote here. Just a plain sentence.").quotes == []


def test_the_newspaper_is_the_publication_last_named(analyse):
    text = (
        "The Morning Herald endorsed the mayor on Sunday.\n\n"
        '"She has earned a second term," the newspaper wrote.'
    )
    assert speaker_of(analyse, text, "second term").speaker == "Morning Herald"


def test_framing_verb_with_as(analyse):
    text = 'Desmond Okafor has been attacking the council as "a club for insiders" all week.'
    assert speaker_of(analyse, text, "club for insiders").speaker == "Desmond Okafor"


def test_several_fragments_in_one_sentence_share_the_cue(analyse):
    text = 'Priya Raman said the town needs "more buses" and "fewer cars".'
    assert speaker_of(analyse, text, "more buses").speaker == "Priya Raman"
    assert speaker_of(analyse, text, "fewer cars").speaker == "Priya Raman"


def test_source_after_according_to_stays_unnamed(analyse):
    text = 'According to the Morning Herald, a source close to the negotiations said: "It is over."'
    quote = speaker_of(analyse, text, "It is over")
    assert quote.speaker is None
    assert quote.speaker_text and quote.speaker_text.startswith("a source")


def test_fragment_takes_its_own_sentence_cue_not_the_next(analyse):
    text = (
        'Priya Raman told the council that she would "never give up". '
        "The mayor said the vote would go ahead."
    )
    assert speaker_of(analyse, text, "never give up").speaker == "Priya Raman"


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "“”",
        "''''",
        '"a" "b" "c" "d',
        "“Unclosed\n\n“still unclosed\n\n“and again",
        "He said ‘ and then ’ and « nothing » ' \" “",
        '"' + "word " * 3000 + "\n\nAfter.",
        "\n\n\n“ \n\n”\n",
    ],
)
def test_odd_inputs_never_crash(analyse, text):
    analysis = analyse(text)
    for quote in analysis.quotes:
        assert 0 <= quote.start < quote.end <= len(text)


def test_a_pipeline_without_parser_still_finds_quotes():
    import spacy

    from reader.nlp import quotes  # noqa: F401  (registers the component)

    nlp = spacy.blank("en")
    nlp.add_pipe("reader_quotes")
    doc = nlp('"We are ready," she said.')
    assert [(q.start, q.end, q.speaker) for q in doc._.reader_quotes] == [(1, 14, None)]


def test_quoted_sentence_after_a_sentence_about_its_speaker(analyse):
    text = (
        "Desmond Okafor criticised the ferry timetable at the meeting. "
        '"Nobody can plan a day around it."'
    )
    quote = speaker_of(analyse, text, "plan a day")
    assert quote.speaker == "Desmond Okafor"
    assert quote.kind == "floating"


def test_title_case_quote_right_after_its_cue_in_a_headline(analyse):
    text = "Desmond Okafor Says “We Will Not Move The Ferry” At Harbour Meeting"
    assert speaker_of(analyse, text, "Not Move").speaker == "Desmond Okafor"


@pytest.mark.parametrize(
    "text",
    [
        "Okafor: ‘We will not move the ferry’",
        "Okafor: As harbour master, “I kept the ferry running”",
    ],
)
def test_headline_name_and_colon(analyse, text):
    assert speaker_of(analyse, text, "ferry").speaker_text == "Okafor"


def test_participle_borrows_the_earlier_speaker(analyse):
    text = (
        '"The ferry is safe," Desmond Okafor said, going on to say that the harbour '
        'needs "a new pier by spring".'
    )
    assert speaker_of(analyse, text, "new pier").speaker == "Desmond Okafor"


def test_role_led_first_line_then_the_name(analyse):
    text = (
        "The Chancellor has said the budget will not raise taxes. Eleanor Whitcombe told "
        "MPs the plan was fair.\n\n"
        '"Nobody will pay more," the Chancellor said.'
    )
    assert speaker_of(analyse, text, "pay more").speaker == "Eleanor Whitcombe"


# -- organisations and fuller names ---------------------------------------------------------


def test_it_said_is_the_organisation_last_a_subject(analyse):
    text = (
        '"The harbour will stay closed," the Danish Maritime Authority said on Friday.\n\n'
        '"Ships have been told to wait offshore," it added.'
    )
    quote = speaker_of(analyse, text, "wait offshore")
    assert quote.speaker == "Danish Maritime Authority"


def test_it_said_after_a_person_is_nobody(analyse):
    text = (
        "Gregory Alcott presented the findings on Monday.\n\n"
        '"The rules were broken twice," it said.'
    )
    assert speaker_of(analyse, text, "broken twice").speaker is None


def test_surname_speaker_gets_the_hyphenated_full_name(analyse):
    text = (
        "Chief Inspector of Public Accounts Anna-Lena Brevik signed the report on Tuesday.\n\n"
        'Ms Brevik said: "The accounts do not balance."'
    )
    assert speaker_of(analyse, text, "do not balance").speaker == "Anna-Lena Brevik"


@pytest.mark.parametrize(
    "text",
    [
        '"We have opened an inquiry," the Norwegian Competition Authority said.',
        '"Tariffs have been lowered," the Danish Maritime Authority said. '
        '"We have opened an inquiry," the Norwegian Competition Authority said.',
    ],
)
def test_organisation_keeps_its_nationality_word(analyse, text):
    quote = speaker_of(analyse, text, "opened an inquiry")
    assert quote.speaker == "Norwegian Competition Authority"


def test_description_anchored_by_a_name_is_the_subject_just_before(analyse):
    text = (
        "Harriet Calloway toured the flooded valley on Sunday.\n\n"
        '"We will rebuild every house," the Dorset councillor said.'
    )
    assert speaker_of(analyse, text, "every house").speaker == "Harriet Calloway"


def test_description_of_someone_else_stays_unnamed(analyse):
    text = (
        "Harriet Calloway toured the flooded valley on Sunday.\n\n"
        '"We will rebuild every house," Calloway\'s chief adviser said.'
    )
    assert speaker_of(analyse, text, "every house").speaker is None


def test_indefinite_description_stays_unnamed(analyse):
    text = (
        "Harriet Calloway toured the flooded valley on Sunday.\n\n"
        '"We will rebuild every house," a Dorset councillor said.'
    )
    assert speaker_of(analyse, text, "every house").speaker is None
