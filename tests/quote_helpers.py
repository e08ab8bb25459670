"""Small helpers for the quote tests: the quotes of a text, and the quote holding some words."""

from __future__ import annotations


def quotes_of(analyse, text: str):
    analysis = analyse(text)
    return [(text[q.start : q.end], q) for q in analysis.quotes]


def quote_with(analyse, text: str, words: str):
    """The quote whose words contain ``words`` (fails when there is none)."""
    for quoted, quote in quotes_of(analyse, text):
        if words in quoted:
            return quote
    raise AssertionError(f"no quote containing {words!r}")


def speaker(analyse, text: str, words: str) -> str | None:
    return quote_with(analyse, text, words).speaker
