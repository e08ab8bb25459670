"""Quoted words that are nobody's speech: a short verbless phrase with no cue and nobody to say
it (a single-quoted headline word, a list of quoted terms), and a fragment inside the subject of
the cue verb that follows it ('the "failing" agency, widely reported to …'). Every text here is
written for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quotes_of, speaker

_NOBODYS_WORDS = [
    # a short verbless phrase with no cue and nobody near to say it: a term or scare quote
    pytest.param(
        "'Quiet' harbour sees fewer ferries\n\n"
        "Fewer ferries sailed in March than in any month since 1990.\n",
        "Quiet",
        id="headline word",
    ),
    pytest.param(
        "'Tide' named word of the month\n\nThe glossary picked it on Monday.\n",
        "Tide",
        id="headline term",
    ),
    pytest.param(
        'The glossary was revised this year. Entries such as "quay", "jetty" and '
        '"slipway" were rewritten for new sailors.\n',
        "jetty",
        id="list of terms",
    ),
    # inside the subject of the cue verb after it: the verb does not report it
    pytest.param(
        'The head of the "troubled" ferry line, widely reported to have resigned in May, is '
        "still at work.\n",
        "troubled",
        id="the noun a passive participle describes",
    ),
    pytest.param(
        'In March the board published a sharp report into the "struggling" ferry line '
        "noting that its chief had gone.\n",
        "struggling",
        id="the noun an active participle describes",
    ),
]


@pytest.mark.parametrize(("text", "words"), _NOBODYS_WORDS)
def test_quoted_words_that_are_nobodys_speech_are_no_quote(analyse, text, words):
    assert words not in [quoted for quoted, _ in quotes_of(analyse, text)]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('Councillors were "appalled" by the delay, Ruth Okonedo said on Monday.\n', "appalled"),
        # an active verb's subject: the parse may hang the fragment there wrongly; and a
        # passive verb's agent may be the speaker (tests/test_quotes_cues.py)
        ('Any "honest" reading of the rules, said Ruth Okonedo, favours the port.\n', "honest"),
    ],
)
def test_a_fragment_the_verb_after_it_reports_keeps_its_speaker(analyse, text, fragment):
    assert speaker(analyse, text, fragment) == "Ruth Okonedo"


def test_a_whole_quote_with_no_cue_is_still_a_quote(analyse):
    text = "'We will keep sailing,' Tomas Brenner said.\n\nThe ferry left at dawn.\n\n'Fine.'\n"
    assert "Fine." in [quoted for quoted, _ in quotes_of(analyse, text)]


@pytest.mark.parametrize("show", ["Weekend Politics", "Harbour Live", "The Morning Sofa"])
@pytest.mark.parametrize("name", ["Jo Roe", "Kofi Brennan"])
def test_a_show_someone_told_is_not_their_words(analyse, show, name):
    text = (
        f"Harbour plan row\n\n{name} criticised the plan on Sunday.\n\n"
        f'"We will not pass it," {name.split()[-1]} told "{show}." '
        f'Earlier, {name.split()[-1]} told "{show}" that the plan was "a disgrace".\n'
    )
    quoted = [words for words, _ in quotes_of(analyse, text)]
    assert not any(show in words for words in quoted), quoted
    assert speaker(analyse, text, "a disgrace") == name
    assert speaker(analyse, text, "not pass it") == name
