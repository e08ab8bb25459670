"""Two people in one sentence: who replies (the one just asked) and whose "her" a role is
(not its holder's), whatever else the article says of either person's gender.

Every text here is written for these tests.
"""

from __future__ import annotations

import pytest
from quote_helpers import speaker

PAIRS = [
    ("Tom Vail", "Ada Finch"),
    ("Osric Lindqvist", "Priya Okafor"),
    ("Maren Harrow", "Dario Quenby"),
    ("Ines Roe", "Lewis Venn"),
]


@pytest.mark.parametrize(("asker", "asked"), PAIRS)
@pytest.mark.parametrize(
    ("pronoun", "verb"), [("she", "replied"), ("he", "answered"), ("she", "responded")]
)
def test_the_one_asked_is_the_one_who_replies(analyse, asker, asked, pronoun, verb):
    text = (
        f"{asker} asked {asked} if the pier was safe to reopen in May. "
        f"\u201cAbsolutely not,\u201d {pronoun} {verb}."
    )
    assert speaker(analyse, text, "Absolutely not") == asked


@pytest.mark.parametrize(("asker", "asked"), PAIRS[:2])
def test_a_plain_said_after_a_question_keeps_the_main_subject(analyse, asker, asked):
    # Only a verb of replying says the one asked is speaking.
    text = (
        f"{asker} asked {asked} if the pier was safe to reopen in May. "
        "\u201cWe have to know,\u201d he said."
    )
    assert speaker(analyse, text, "have to know") == asker


@pytest.mark.parametrize(
    ("first", "second"),
    [("Ada Finch", "Tom Vail"), ("Priya Okafor", "Osric Lindqvist"), ("Ines Roe", "Lewis Venn")],
)
@pytest.mark.parametrize(("possessive", "pronoun"), [("her", "she"), ("his", "he")])
def test_her_deputy_is_someone_else_so_her_is_the_first_person_named(
    analyse, first, second, possessive, pronoun
):
    # Nothing else says who is a man or a woman: "her deputy Y" makes X the woman.
    text = (
        f"{first}, the harbour master, and {possessive} deputy {second} both spoke on "
        f"Monday. \u201cWe are fine,\u201d {pronoun} said."
    )
    assert speaker(analyse, text, "We are fine") == first


@pytest.mark.parametrize(
    ("delegate", "rival"),
    [
        ("Tom Vail", "Dario Quenby"),
        ("Osric Lindqvist", "Lewis Harrow"),
        ("Piet Olander", "Rufus Kettering"),
    ],
)
def test_level_candidates_a_pronoun_follows_the_one_the_text_follows(analyse, delegate, rival):
    # The chair is "he noted"; the rival is only named in the same sentence. Both are men,
    # both subjects of inner clauses: the next "he" goes on with the chair.
    surname, other = delegate.split()[-1], rival.split()[-1]
    text = (
        f"Mr {delegate} chairs the ferry users. Mr {rival} runs the boatyard.\n\n"
        f"{surname} said he would oppose any move to sell the slipway to {other}. The council "
        f"votes ward by ward, he noted, so it may be settled whether {other} wins the lease "
        "before his ward is polled. He said the eastern wards would decide first.\n\n"
        "\u201cIf the lease goes through, we will appeal,\u201d he said."
    )
    assert speaker(analyse, text, "we will appeal") == delegate


@pytest.mark.parametrize(("asker", "asked"), PAIRS)
@pytest.mark.parametrize(
    "reply",
    [
        "\u201cAbsolutely not,\u201d came the reply.",
        "\u201cAbsolutely not,\u201d was the answer.",
        "The answer: \u201cAbsolutely not.\u201d",
    ],
)
def test_an_unowned_reply_is_the_one_asked(analyse, asker, asked, reply):
    text = f"{asker} asked {asked} if the pier was safe to reopen in May. {reply}"
    assert speaker(analyse, text, "Absolutely not") == asked


@pytest.mark.parametrize(("asker", "asked"), PAIRS)
def test_the_one_asked_may_be_named_beside_a_title(analyse, asker, asked):
    text = (
        f"{asker} asked the harbour master, {asked}, whether the pier was safe. "
        "\u201cAbsolutely not,\u201d she replied."
    )
    assert speaker(analyse, text, "Absolutely not") == asked


@pytest.mark.parametrize(("other", "asked"), PAIRS)
def test_the_one_asked_in_a_passive_replies(analyse, other, asked):
    text = (
        f"{other} spoke first. {asked} was then asked if the pier was safe.\n\n"
        "\u201cAbsolutely not,\u201d came the reply."
    )
    assert speaker(analyse, text, "Absolutely not") == asked


@pytest.mark.parametrize("writer", [p[0] for p in PAIRS])
def test_an_answer_with_no_question_before_names_nobody(analyse, writer):
    text = f"{writer} wrote to the council in May. \u201cNo,\u201d was the answer."
    assert speaker(analyse, text, "No") is None


@pytest.mark.parametrize(("asker", "asked"), [*PAIRS[2:], ("Tom Vail", "Orla Penrose")])
@pytest.mark.parametrize(
    ("pressed", "reply"),
    [
        ("challenged {asked} to resign.", "She refused: \u201cI have done nothing wrong.\u201d"),
        (
            "challenged {asked} to resign.",
            "\u201cI have done nothing wrong,\u201d came her response.",
        ),
        (
            "wrote to {asked} in May asking for a meeting.",
            "\u201cI have done nothing wrong,\u201d came the reply.",
        ),
        ("urged {asked} to resign.", "Her answer: \u201cI have done nothing wrong.\u201d"),
    ],
)
def test_the_one_pressed_or_written_to_is_the_one_who_replies(
    analyse, asker, asked, pressed, reply
):
    text = f"Harbour row\n\n{asker} {pressed.format(asked=asked)} {reply}"
    assert speaker(analyse, text, "nothing wrong") == asked


@pytest.mark.parametrize(("asker", "other"), [PAIRS[2], ("Tom Vail", "Kofi Brennan")])
def test_asking_about_someone_does_not_make_them_the_one_who_replies(analyse, asker, other):
    text = (
        f"Harbour row\n\n{asker} asked whether {other} would resign.\n\n"
        "\u201cIt is time,\u201d he said."
    )
    assert speaker(analyse, text, "It is time") == asker
