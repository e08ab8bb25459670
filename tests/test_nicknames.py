"""A person's name written with a quoted nickname (`Ada J. "Dot" Quell`): the marks quote
nobody, the whole name is one person, and the person's later mentions and quotes use it. Every
name and sentence here is invented for these tests."""

from __future__ import annotations

import pytest
from quote_helpers import quotes_of, speaker

from reader.nlp.nicknames import find_nicknames
from reader.nlp.quotes.marks import find_stretches


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_stretches(text)]


_NAMED = [
    pytest.param(
        'State Sen. Harold J. "Buzz" Kettering said on Tuesday that the levy would pass.\n\n'
        '"We have the votes," Kettering said.\n\n'
        "Mr. Kettering, who has served since 2004, did not say how many.\n",
        'Harold J. "Buzz" Kettering',
        "We have the votes",
        "Buzz",
        id="straight marks, middle initial",
    ),
    pytest.param(
        "Mayor Dolores “Dee” Varnham opened the bridge on Friday morning.\n\n"
        "“It is a fine day for the town,” Varnham said.\n",
        "Dolores “Dee” Varnham",
        "fine day for the town",
        "Dee",
        id="curly double marks",
    ),
    pytest.param(
        "Councillor Tobias ‘Toby’ Wrenfield told the meeting that the plan was sound.\n\n"
        "‘We will build it this year,’ Wrenfield said.\n",
        "Tobias ‘Toby’ Wrenfield",
        "build it this year",
        "Toby",
        id="single curly marks",
    ),
    pytest.param(
        'Coach Marcus "Big Mo" Delacroix spoke after the game.\n\n'
        '"The defence won it for us," Delacroix said.\n',
        'Marcus "Big Mo" Delacroix',
        "defence won it",
        "Big Mo",
        id="two-word nickname",
    ),
    pytest.param(
        "Declan 'Dex' O'Farrell chaired the inquiry into the harbour fire.\n\n"
        '"Nobody was told," O\'Farrell said.\n',
        "Declan 'Dex' O'Farrell",
        "Nobody was told",
        "Dex",
        id="straight single marks, apostrophe in the surname",
    ),
    pytest.param(
        'The band, led by Ezra "Fats" Molloy, played until dawn on Sunday.\n\n'
        '"We never stop," Molloy said.\n',
        'Ezra "Fats" Molloy',
        "We never stop",
        "Fats",
        id="pieces the NER reads as titles",
    ),
]


@pytest.mark.parametrize(("text", "name", "words", "nick"), _NAMED)
def test_a_quoted_nickname_inside_a_name_is_no_quote(text, name, words, nick):
    assert nick not in quoted(text)
    assert any(words in q for q in quoted(text))


@pytest.mark.parametrize(("text", "name", "words", "nick"), _NAMED)
def test_the_person_is_named_in_full_and_speaks_the_quote(analyse, text, name, words, nick):
    assert nick not in [q for q, _ in quotes_of(analyse, text)]
    assert speaker(analyse, text, words) == name


@pytest.mark.parametrize(("text", "name", "words", "nick"), _NAMED)
def test_the_surname_joins_the_full_name(analyse, text, name, words, nick):
    analysis = analyse(text)
    people = [e for e in analysis.entities if e.label == "PERSON"]
    assert [e.name for e in people] == [name]
    surname = name.split()[-1]
    mentions = [text[s:e] for s, e in people[0].mentions]
    assert mentions[0] == name
    assert surname in mentions[1:]


def test_the_nickname_form_and_the_plain_name_join_the_full_name(analyse):
    text = (
        'Rep. Ottilie "Tilly" Brannagh won the seat in 2010.\n\n'
        "Supporters still call her Tilly Brannagh. Brannagh did not comment.\n\n"
        "Ottilie Brannagh is expected to stand again in the autumn.\n"
    )
    people = [e for e in analyse(text).entities if e.label == "PERSON"]
    assert [e.name for e in people] == ['Ottilie "Tilly" Brannagh']
    assert len(people[0].mentions) == 4


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb between the name and the quoted word: a real quote
        ('Gregor Tallis called it "Reckless" on Monday.', "Reckless"),
        ('Gregor Tallis said "Never" when asked.', "Never"),
        # a determiner before it: a name of a thing, not a person's nickname
        ('The "Green" Party won two seats.', "Green"),
        # a possessive before it
        ('It was Tallis’s "Big" Idea, he said.', "Big"),
    ],
)
def test_a_quoted_word_that_is_no_nickname_keeps_its_marks(text, word):
    assert word in quoted(text)
    assert find_nicknames(text) == []


def test_a_title_case_headline_has_no_nicknames():
    text = "Tallis ‘Reckless’ Claim Rejected By Council\n\nThe council met on Monday.\n"
    assert find_nicknames(text) == []


def test_a_quoted_first_word_before_a_surname_does_not_crash(analyse):
    text = '"Buzz" Kettering said he would run again.\n\nHe gave no date.\n'
    analysis = analyse(text)
    assert all(0 <= q.start < q.end <= len(text) for q in analysis.quotes)


def test_a_quoted_word_inside_an_organisations_name_makes_no_person(analyse):
    text = 'Fans of Kelsworth "Blue" Rovers Football Club cheered the new owners on Saturday.\n'
    people = [e.name for e in analyse(text).entities if e.label == "PERSON"]
    assert not any("Blue" in name for name in people)
