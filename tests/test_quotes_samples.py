"""Every quote of every article in sample_articles/ with the speaker it must get (issue #12 §2).

These articles were written for the project, so each speaker below was decided by reading them:
an unnamed source ("a Downing Street source", "one café owner") has no speaker; "the PM" is the
named holder of that title; a byline's job title is never a speaker.
"""

from __future__ import annotations

import pytest
from conftest import SAMPLES

EXPECTED = {
    "uk-ceasefire-talks.txt": [
        ("no deal without Kyiv", "Keir Starmer"),
        ("a starting point, not a settlement", "Keir Starmer"),
        ("We have been clear from the first day", "Keir Starmer"),
        ("The British people understand", "Keir Starmer"),
        ("not negotiate with a gun to its head", "Vladimir Putin"),
        ("the new realities on the ground", "Vladimir Putin"),
        ("rewards aggression", "Amira Khalid"),
        ("A ceasefire that Moscow can break", "Amira Khalid"),
        ("likely to run for weeks", None),
    ],
    "harbour-strike.md": [
        ("Our members kept this port running", "Grace Obi"),
        ("They are asking to be paid", "Grace Obi"),
        ("If the company wants to talk", "Grace Obi"),
        ("It has been open for six months", "Grace Obi"),
        ("fair and affordable", "Calderbay Port Authority"),
        ("£40 million of cargo a week", "Calderbay Port Authority"),
        ("Nobody wins a strike", "Owen Pryce"),
        ("We had a quiet winter already", None),
    ],
    "vaccine-trial.txt": [
        ("These are the numbers we have been waiting", "Adaeze Nwosu"),
        ("But a vaccine only saves lives", "Adaeze Nwosu"),
        ("It's a strong result", "Henrik Sandberg"),
        ("and we want to see it repeated", "Henrik Sandberg"),
        ("game changer", None),
        ("Trials are one thing", "Tom Akers"),
    ],
    "city-flood-plan.html": [
        ("We cannot keep rebuilding the same streets", "Lena Ortiz"),
        ("This plan is about the next fifty years", "Lena Ortiz"),
        ("wildly optimistic", "Ray Benning"),
        ("I want to see the money in the bank", "Ray Benning"),
        ("supports the goals of the plan", None),
        ("We have heard promises before", "Maria Santos"),
    ],
}


@pytest.fixture(scope="module")
def analyses(nlp):
    from reader.ingest import load_article
    from reader.nlp.pipeline import analyze

    return {name: analyze(load_article(str(SAMPLES / name))) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_quote_of_the_sample_has_its_speaker(analyses, name):
    analysis = analyses[name]
    text = analysis.article.text
    found = [(text[q.start : q.end], q.speaker) for q in analysis.quotes]
    expected = EXPECTED[name]
    assert len(found) == len(expected), found
    for (words, speaker), (quoted, got) in zip(expected, found, strict=True):
        assert words in quoted, (words, quoted)
        assert got == speaker, (words, got)


def test_no_sample_quote_goes_to_a_byline_or_job_title(analyses):
    speakers = {q.speaker for a in analyses.values() for q in a.quotes}
    assert not speakers & {"Political Correspondent", "Harriet Lowe", "Tomás Ferreira"}
