"""Each quote's confidence and runner-up: present, ordered sensibly, kept everywhere.

Every text here is written for these tests.
"""

from __future__ import annotations

import json
import sqlite3

from quote_helpers import quote_with

from reader.model import Analysis
from reader.store import open_library

AMBIGUOUS = (
    "Mr Osbert Fenwick and Mr Tobias Renk met the harbour board on Monday. Mr Renk left "
    'early.\n\n"We will appeal the ruling," he said.'
)


def test_every_quote_has_a_confidence_between_0_and_1(analyse):
    text = (
        '"The levee will hold," said Greta Marlowe, the city engineer. "It was built '
        'twice."\n\n"Nobody believes that," one resident said.'
    )
    analysis = analyse(text)
    assert analysis.quotes
    assert all(0.0 <= q.confidence <= 1.0 for q in analysis.quotes)


def test_a_named_cue_is_surer_than_a_quote_with_no_cue(analyse):
    text = (
        "The storm passed on Monday.\n\n"
        '"The levee will hold," said Greta Marlowe, the city engineer.\n\n'
        "The river fell by a metre overnight.\n\n"
        '"Nobody expected it."'
    )
    named = quote_with(analyse, text, "levee will hold")
    floating = quote_with(analyse, text, "Nobody expected")
    assert named.confidence > floating.confidence


def test_an_ambiguous_he_names_the_other_candidate_as_runner_up(analyse):
    quote = quote_with(analyse, AMBIGUOUS, "appeal the ruling")
    assert {quote.speaker, quote.runner_up} == {"Osbert Fenwick", "Tobias Renk"}
    assert quote.runner_up_reason and "could also be" in quote.runner_up_reason


def test_confidence_and_runner_up_survive_jsonl_and_the_library(analyse, tmp_path):
    analysis = analyse(AMBIGUOUS)
    again = Analysis.from_json(json.loads(json.dumps(analysis.to_json())))
    assert again.quotes == analysis.quotes
    with open_library(tmp_path / "l.db") as library:
        library.save(analysis)
        cached = library.cached(analysis.id, analysis.model, analysis.version)
    assert cached.quotes == analysis.quotes
    assert cached.quotes[0].runner_up is not None


def test_a_library_made_before_the_runner_up_gets_its_columns(analyse, tmp_path):
    path = tmp_path / "l.db"
    with open_library(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("alter table quotes drop column runner_up_reason")
    conn.execute("alter table quotes drop column runner_up")
    conn.execute("delete from _sqlite_migrations where name = 'm006_quote_runner_up'")
    conn.execute("pragma user_version = 5")
    conn.commit()
    conn.close()
    analysis = analyse(AMBIGUOUS)
    with open_library(path) as library:
        library.save(analysis)
        cached = library.cached(analysis.id, analysis.model, analysis.version)
    assert cached.quotes == analysis.quotes


def test_the_why_dialog_shows_confidence_and_runner_up():
    from reader.model import Quote
    from reader.tui.dialogs.quote_reason import reason_content

    text = '"We will appeal the ruling," he said.'
    quote = Quote(
        1,
        27,
        speaker="Osbert Fenwick",
        reason="'he' → Osbert Fenwick",
        confidence=0.64,
        runner_up="Tobias Renk",
        runner_up_reason="'he' could also be Tobias Renk (last named man)",
    )
    shown = reason_content(text, quote).plain
    assert "Confidence  0.64 (low: check the article)" in shown
    assert "Runner-up  Tobias Renk — 'he' could also be Tobias Renk" in shown
    quiet = reason_content(text, Quote(1, 27, speaker="Osbert Fenwick")).plain
    assert "Confidence" not in quiet and "Runner-up" not in quiet
