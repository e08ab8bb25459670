"""A small library of hand-built analyses (no spaCy): the same rows every run."""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import reader.store.library
from reader.ingest import content_hash
from reader.model import Analysis, Article, Entity, Quote
from reader.nlp.versions import pipeline_version, resolve_model
from reader.store import open_library

ARTICLES = [
    {
        "title": "Dockers walk out as harbour talks stall",
        "source": "/news/harbour-strike.md",
        "published": "2026-03-02",
        "text": (
            "Dockers walk out as harbour talks stall\n\n"
            "Hundreds of dockers at Port Elsworth walked out on Monday. "
            "\u201cWe have waited long enough,\u201d said Maria Okafor, the union's convenor. "
            "The Harbour Board said it regretted the strike.\n\n"
            "Maria Okafor added: \u201cThe board knows our terms.\u201d"
        ),
        "entities": [
            ("PERSON", "Maria Okafor", ["Maria Okafor"]),
            ("GPE", "Port Elsworth", ["Port Elsworth"]),
            ("ORG", "Harbour Board", ["Harbour Board"]),
        ],
        "quotes": [
            ("Maria Okafor", "We have waited long enough,"),
            ("Maria Okafor", "The board knows our terms."),
        ],
    },
    {
        "title": "Ceasefire talks resume in Geneva",
        "source": "https://www.example.org/world/ceasefire-talks",
        "published": "2026-03-05",
        "text": (
            "Ceasefire talks resume in Geneva\n\n"
            "Envoys met in Geneva on Thursday. \u201cThere is a window, but it is narrow,\u201d "
            "said Vladimir Putin in a televised address. Anna Lindqvist, the mediator, said the "
            "parties had agreed an agenda. \u201cNobody leaves this room empty-handed,\u201d "
            "Lindqvist said."
        ),
        "entities": [
            ("PERSON", "Vladimir Putin", ["Vladimir Putin"]),
            ("PERSON", "Anna Lindqvist", ["Anna Lindqvist", "Lindqvist"]),
            ("GPE", "Geneva", ["Geneva"]),
        ],
        "quotes": [
            ("Vladimir Putin", "There is a window, but it is narrow,"),
            ("Anna Lindqvist", "Nobody leaves this room empty-handed,"),
        ],
    },
    {
        "title": "[bold]Not bold[/] [@click=app.quit]vaccine trial[/] results",
        "source": "/news/vaccine-trial.txt",
        "published": "2026-02-11",
        "text": (
            "[bold]Not bold[/] [@click=app.quit]vaccine trial[/] results\n\n"
            "A trial of 4,000 volunteers in Kyiv found the vaccine 91 per cent effective. "
            "\u201cThese are robust numbers,\u201d said Dr Olena Marchenko."
        ),
        "entities": [
            ("PERSON", "Olena Marchenko", ["Olena Marchenko"]),
            ("GPE", "Kyiv", ["Kyiv"]),
        ],
        "quotes": [("Olena Marchenko", "These are robust numbers,")],
    },
    {
        "title": "City adopts a flood plan for the river quarter",
        "source": "/news/city-flood-plan.html",
        "published": "2026-01-20",
        "text": (
            "City adopts a flood plan for the river quarter\n\n"
            "The council approved new flood barriers for the river quarter in Kyiv."
        ),
        "entities": [("GPE", "Kyiv", ["Kyiv"])],
        "quotes": [],
    },
]


def mentions(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where the forms occur, longest first, without a short form inside a long one."""
    found: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(re.escape(form), text):
            if not any(start <= m.start() < end for start, end in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def build_analysis(spec: dict) -> Analysis:
    text = spec["text"]
    article = Article(
        text=text,
        title=spec["title"],
        published=spec["published"],
        source=spec["source"],
        content_hash=content_hash(text),
    )
    entities = [
        Entity(id=f"e{index}", label=label, name=name, mentions=mentions(text, forms))
        for index, (label, name, forms) in enumerate(spec["entities"])
    ]
    quotes = []
    for speaker, words in spec["quotes"]:
        start = text.index(words)
        quotes.append(Quote(start=start, end=start + len(words), speaker=speaker, cue="said"))
    # The model and version the app would ask for, so opening one is a cache hit (no spaCy).
    return Analysis(
        article, model=resolve_model(), version=pipeline_version(), entities=entities, quotes=quotes
    )


def fill_library(path: Path) -> list[Analysis]:
    """Save the articles, one "minute" apart, so every order by time is the same on every run."""
    analyses = [build_analysis(spec) for spec in ARTICLES]
    with open_library(path) as library:
        for minute, analysis in enumerate(analyses):
            stamp = f"2026-03-10T09:{minute:02d}:00+00:00"
            with mock.patch.object(reader.store.library, "now", return_value=stamp):
                library.save(analysis)
    return analyses


async def library_ready(pilot) -> None:
    """Wait until the library screen has read its rows (a thread worker reads them)."""
    for _ in range(250):
        if getattr(pilot.app.screen, "loaded", False):
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the library's rows never came")


async def searched(pilot) -> None:
    """Wait until the library shows the results for what is typed in its search field (the
    search runs in a worker once typing pauses)."""
    screen = pilot.app.screen
    field = screen.query_one("#search")
    for _ in range(250):
        if screen.query_text == field.value.strip():
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the search never finished")
