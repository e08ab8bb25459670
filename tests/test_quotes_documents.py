"""A document that speaks ("'…,' the statement said") is its author's quote, a claim its owner's
words; a cue with nobody at it yields to another cue that names a speaker.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import quote_with, speaker


@pytest.mark.parametrize(
    ("text", "words", "author", "mention"),
    [
        (
            "Halvorsen Freight sent a letter to its customers on Tuesday. It blamed the storms. "
            '"Deliveries will resume within a week," the letter said.',
            "Deliveries",
            "Halvorsen Freight",
            "the letter",
        ),
        (
            "Judge Miriam Castellano ruled on Friday that the fee was unlawful. "
            '"The county may not charge twice for one permit," the ruling said.',
            "charge twice",
            "Miriam Castellano",
            "the ruling",
        ),
        (
            "The Lindqvist campaign said in a statement that it would appeal. "
            '"We expect to win," the statement added.',
            "expect to win",
            "Lindqvist campaign",
            "the statement",
        ),
        (
            "The study, by economist Tobias Wendell, said farm incomes had fallen to "
            '"their lowest level in a decade".',
            "lowest level",
            "Tobias Wendell",
            "The study",
        ),
    ],
)
def test_a_document_speaks_for_its_author(analyse, text, words, author, mention):
    quote = quote_with(analyse, text, words)
    assert quote.speaker == author
    assert text[quote.speaker_start : quote.speaker_end] == mention  # the mention stays


def test_a_document_with_no_author_in_sight_names_nobody(analyse):
    text = 'Markets were calm on Monday. "Prices will rise," the statement said.'
    quote = quote_with(analyse, text, "Prices")
    assert quote.speaker is None
    assert quote.speaker_text == "the statement"


def test_a_date_is_not_an_author(analyse):
    text = (
        "Readers wrote in all week. The Friday editorial was short. "
        '"The council has lost its way," the editorial said.'
    )
    assert quote_with(analyse, text, "lost its way").speaker is None


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ellison Marwick stressed that "the only way forward is to work together," '
        "suggesting that the budget could pass unchanged.",
        'Speaking in Tampa on Tuesday, Ellison Marwick insisted that he had "rebuilt the whole '
        'party," claiming that turnout had doubled.',
    ],
)
def test_a_cue_with_nobody_at_it_yields_to_one_that_names_the_speaker(analyse, text):
    quote = analyse(text).quotes[0]
    assert quote.speaker == "Ellison Marwick"


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        (
            "Corin Alder has said a claim by Rufus Penhale that the party leader is acting like "
            'an "attack dog" shows the opposition is rattled.',
            "attack dog",
            "Rufus Penhale",
        ),
        (
            "Minister Ada Corrigan dismissed Rufus Penhale's warning that the scheme would be "
            '"a disaster for farmers".',
            "disaster",
            "Penhale",
        ),
        (  # "his" is the subject's: the claim's owner is found through the verb
            'Corin Alder said his warning that the toll "will never pay for itself" still stood.',
            "never pay",
            "Corin Alder",
        ),
    ],
)
def test_a_claim_is_its_owners_words(analyse, text, words, owner):
    assert quote_with(analyse, text, words).speaker == owner


def test_the_paragraphs_speaker_carries_on_past_a_claim_it_quotes(analyse):
    text = (
        '"The ward is the best in the county," Corin Alder said. He hit back at Rufus '
        'Penhale\'s claim that he had used a patient as a "human shield". '
        '"She is a human being, not a shield."'
    )
    assert quote_with(analyse, text, "human shield").speaker == "Rufus Penhale"
    assert quote_with(analyse, text, "human being").speaker == "Corin Alder"


@pytest.mark.parametrize(
    "lead",
    [
        "Lakemoor Lines published",
        "The adverts in three regional papers carry",
        "Lakemoor Lines kicked off the campaign with adverts in the Harbour Gazette, using",
    ],
)
def test_a_letter_from_a_named_writer_saying_is_the_writers(analyse, lead):
    text = (
        "Ferry firms answer their critics\n\n"
        f"{lead} an open letter from managing director Petra Vallance saying it was time "
        'for passengers to hear the "plain facts".'
    )
    assert speaker(analyse, text, "plain facts") == "Petra Vallance"


@pytest.mark.parametrize("owner", ["the Harbour Board", "Calder Water", "the Fishers' Union"])
@pytest.mark.parametrize(
    ("first", "later"), [("survey", "report"), ("study", "report"), ("audit", "review")]
)
def test_a_report_called_by_another_name_is_still_its_owners(analyse, owner, first, later):
    """ "the Board's survey said … The survey … the report noted … '…,' according to the
    report": one document under two names, so its owner speaks the quote."""
    owned = owner.removeprefix("the ")
    text = (
        "Ferry demand falls\n\n"
        f"Demand for winter crossings is falling, the {owned}'s {first} said on Monday.\n\n"
        f"The {first}, which asks operators and riders every quarter, found fares had risen.\n\n"
        "Crossings to the north island fell most. Timetables were cut twice.\n\n"
        f"The {later} noted a recovery in the summer months.\n\n"
        f"“Operators expect a quiet winter,” according to the {later}.\n"
    )
    assert (speaker(analyse, text, "quiet winter") or "").endswith(owned.split()[-1])


@pytest.mark.parametrize("name", ["Helen Marsh", "Ines Varga", "David Okafor"])
@pytest.mark.parametrize("title", ["A Plain Letter", "A Public Statement", "A Letter"])
def test_a_document_titled_from_its_writer_speaks_for_the_writer(analyse, name, title):
    noun = title.split()[-1].lower()
    text = (
        "Ferry firm answers critics\n\n"
        "The ferry firm has put notices on every boat. On the notices, headed "
        f"{title} from director {name}, the firm says the fare rise was fair. “No crossing will "
        f"be cut this winter, whatever the weather,” the {noun} added.\n"
    )
    assert speaker(analyse, text, "No crossing will be cut") == name


@pytest.mark.parametrize(
    ("owner", "name", "noun"),
    [
        ("the Harbour Authority", "Green Book", "survey"),
        ("the Calder Institute", "Tide Index", "study"),
        ("the Ferry Board", "Blue Ledger", "report"),
    ],
)
def test_a_named_document_speaks_for_the_owner_it_was_introduced_with(analyse, owner, name, noun):
    text = (
        f"Berth fees are pushing small boats out of the harbour, {owner}'s {name} {noun} "
        f'found on Monday.\n\nOn the quays, the {name} said, "Crews are mooring further '
        'up the coast, and the winter rates have kept them there."'
    )
    quote = quote_with(analyse, text, "Crews are mooring")
    assert quote.speaker == owner.removeprefix("the ")
    assert text[quote.speaker_start : quote.speaker_end] == f"the {name}"


@pytest.mark.parametrize(
    "phrase",
    [
        "A letter from {name} warned",
        "A fundraising email sent out by {name} on Monday warned",
        "The email, written by {name}, said",
    ],
)
@pytest.mark.parametrize("name", ["Tam Orvell", "Jo Marsh"])
def test_a_document_whose_phrase_names_its_author_speaks_for_them(analyse, phrase, name):
    text = (
        f"{name} runs the harbour campaign.\n\n"
        f'{phrase.format(name=name)}: "We need forty more volunteers by Friday."'
    )
    assert speaker(analyse, text, "forty more") == name


@pytest.mark.parametrize("name", ["Hal Brisco", "Ines Marr"])
@pytest.mark.parametrize("document", ["a marketing video", "an ad"])
def test_a_document_released_by_someone_speaks_for_them(analyse, name, document):
    text = (
        f"{name} sells harbour tours.\n\n"
        f'To sell the tours, {name} put out {document} that said, "Our guides know every rock."'
    )
    assert speaker(analyse, text, "every rock") == name


def test_the_email_after_an_email_appeal_is_the_senders(analyse):
    text = (
        "Roe's campaign mailed out an email fundraising appeal on Friday. "
        '"Every pound helps the harbour fund," the email said.'
    )
    assert speaker(analyse, text, "harbour fund") == "Roe campaign"


@pytest.mark.parametrize("verb", ["obtained", "reviewed", "seen"])
def test_who_obtained_a_document_is_not_its_author(analyse, verb):
    text = (
        "Jo Marsh runs the Harbour Gazette.\n\n"
        f'A letter {verb} by Jo Marsh warned: "The pier will fall before the winter."'
    )
    assert speaker(analyse, text, "pier will fall") != "Jo Marsh"


@pytest.mark.parametrize("body", ["the Senate Committee on Harbour Security", "the Port Board"])
def test_the_holder_of_a_named_bodys_office_is_no_earlier_subject(analyse, body):
    text = (
        "Tom Vask ran the ferry office for a decade.\n\n"
        f'"The ferries must run on time," the chairman of {body} said.'
    )
    assert speaker(analyse, text, "run on time") != "Tom Vask"


BODIES = ["Harbour Trust", "Kestrel Line", "Dunmere Rowing Club"]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize(
    "after", ["read a statement from the {body}", "read a statement issued by the {body}"]
)
def test_a_statement_that_read_the_quote_speaks_for_its_author(analyse, body, after):
    cue = after.format(body=body)
    text = f'Fares will rise in May.\n\n"We will not cut the winter service," {cue}.'
    assert speaker(analyse, text, "winter service") == body


@pytest.mark.parametrize("body", [*BODIES, "Tom Vail", "Ada Finch"])
@pytest.mark.parametrize(
    ("before", "verb"),
    [
        ("issued a statement on Monday", "it read"),
        ("published a report on the pier in May", "it concluded"),
        ("sent a letter to every islander", "it said"),
    ],
)
def test_it_after_a_document_speaks_for_the_document_s_author(analyse, body, before, verb):
    the = "The " if body in BODIES else ""
    text = f'{the}{body} {before}. "The winter service will not be cut," {verb}.'
    assert speaker(analyse, text, "winter service") == body


@pytest.mark.parametrize("name", ["Tom Vail", "Orla Penrose", "Kofi Brennan"])
@pytest.mark.parametrize(
    ("made", "document"),
    [
        ("has written to the council", "the letter says"),
        ("wrote to the council in May", "the note reads"),
        ("tweeted on Monday night", "the tweet said"),
        ("emailed every member on Friday", "the email said"),
        ("posted on the harbour forum", "the post said"),
    ],
)
def test_a_document_an_earlier_verb_made_speaks_for_who_made_it(analyse, name, made, document):
    text = (
        f"Harbour row\n\nThe council met on Monday. {name} runs the boatyard and {made}.\n\n"
        f'"Drop the plan," {document}.\n'
    )
    assert speaker(analyse, text, "Drop the plan") == name
