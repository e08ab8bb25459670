"""In-article search: any case and any typographic variant (’ and ', “ and ", – and -) find each
other at the article's own offsets; n/N past the last or first match wrap and say so."""

from __future__ import annotations

import sys

from article_samples import open_article, reader_app, span
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model import Analysis, Article
from reader.tui.article.targets import VARIANTS, find_all, fold
from reader.tui.widgets.search_bar import SearchBar

TEXT = (
    "Minister’s plan for the port\n\n"
    "“It’s over,” said the Minister — the talks of 2024–25 have failed.\n\n"
    'IT\'S NOT OVER, said "the union" - its leader.\n\n'
    "Later, it’s quiet.\n"
)

SPELLINGS = {plain: plain + variants for plain, variants in VARIANTS.items()}
"""Every way of writing each plain character search folds to, the plain one first."""


def analysis_of(text: str) -> Analysis:
    article = Article(text=text, title="Search", source="test", content_hash="search" + "0" * 26)
    return Analysis(article=article, model="hand-built", version="test")


def status(screen) -> str:
    return str(screen.query_one("#article-status").render())


def test_a_fold_keeps_every_offset():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert len(fold(every)) == len(every)


@st.composite
def phrase_and_variant(draw):
    """A phrase and the same phrase written otherwise: each letter in either case, each quote
    mark, dash or space as any of its variants."""
    plain = draw(st.text(alphabet="abcXYZ" + "".join(SPELLINGS), min_size=1, max_size=12))
    written = []
    for char in plain:
        if char in SPELLINGS:
            written.append(draw(st.sampled_from(SPELLINGS[char])))
        else:
            written.append(draw(st.sampled_from([char.lower(), char.upper()])))
    return plain, "".join(written)


@settings(max_examples=300, deadline=None)
@given(phrase_and_variant(), st.text(alphabet="mnop.,\n", max_size=20), st.booleans())
def test_each_spelling_finds_the_other_at_its_offsets(pair, before, query_is_plain):
    plain, variant = pair
    query, written = (plain, variant) if query_is_plain else (variant, plain)
    text = f"{before}{written} and more."
    where = (len(before), len(before) + len(written))
    found = find_all(text, query)
    assert where in found
    for start, end in found:
        assert fold(text[start:end]) == fold(query)


async def test_search_matches_across_case_quotes_and_dashes(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, analysis_of(TEXT))
        await pilot.press("slash", *"it's", "enter")
        assert screen.targets.spans == [
            span("It’s", text=TEXT),
            span("IT'S", text=TEXT),
            span("it’s", text=TEXT),
        ]
        await pilot.press("slash", "ctrl+u", *"2024-25", "enter")
        assert screen.targets.spans == [span("2024–25", text=TEXT)]
        await pilot.press("slash", "ctrl+u", *"MINISTER - THE", "enter")
        assert screen.targets.spans == [span("Minister — the", text=TEXT)]
        await pilot.press("slash", "ctrl+u")
        screen.query_one(SearchBar).insert_text_at_cursor("“The Union”")  # no key types “
        await pilot.press("enter")
        assert screen.targets.spans == [span('"the union"', text=TEXT)]


async def test_n_past_the_last_match_wraps_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_article(app, pilot, analysis_of(TEXT))
        await pilot.press("slash", *"said", "enter")
        first, last = span("said", text=TEXT), span("said", 1, text=TEXT)
        assert screen.view.current == first
        assert "wrapped" not in status(screen)
        await pilot.press("n")
        assert screen.view.current == last
        assert "wrapped" not in status(screen)
        await pilot.press("n")
        assert screen.view.current == first
        assert "search wrapped to the first match" in status(screen)
        await pilot.press("N")
        assert screen.view.current == last
        assert "search wrapped to the last match" in status(screen)
        await pilot.press("N")
        assert screen.view.current == first
        assert "wrapped" not in status(screen)
