"""Text stays readable on every highlight in both reader themes (WCAG AA: contrast ≥ 4.5:1), and
the kinds of entity have colours of their own.

The colours are the ones the article view draws: its component styles in the running app,
stacked as a line of the article stacks them (a quote's tint, an entity's colour, a user
highlight, a search match, the selection), rendered to segments; the contrast is computed
from each segment's own foreground and background.
"""

from __future__ import annotations

import itertools

import pytest
from article_samples import open_article, reader_app
from rich.color import Color as RichColor

from reader.model import KINDS
from reader.tui.text.ranges import HIGHLIGHT_COLOURS, KIND_CLASSES
from reader.tui.themes import READER_THEMES
from reader.tui.widgets.article_lines import text_line

AA = 4.5
SAMPLE = "Sample words"
ENTITY_CLASSES = [KIND_CLASSES[kind.key] for kind in KINDS if kind.key != "quotes"]
QUOTE = KIND_CLASSES["quotes"]
HIGHLIGHTS = [
    QUOTE,
    *(f"article--highlight-{colour}" for colour in HIGHLIGHT_COLOURS),
    "article--search",
    "article--selected",
    "article--current",
    "article--selection",
]
"""Every background the text can be drawn on: kinds, the user's colours, search and selection."""


def luminance(color: RichColor) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = color.get_truecolor()
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(one: RichColor, other: RichColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    black, white = RichColor.parse("#000000"), RichColor.parse("#ffffff")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    assert contrast(RichColor.parse("#767676"), white) == pytest.approx(4.54, abs=0.01)


def drawn(view, marks, current=None, selection=None) -> list[tuple[RichColor, RichColor]]:
    """(foreground, background) of each piece of ``SAMPLE`` as the view draws it."""
    span = (0, len(SAMPLE))
    line = text_line(SAMPLE, span, marks, current, selection, view.component_style)
    segments = line.render_segments(view.visual_style)
    return [(s.style.color, s.style.bgcolor) for s in segments if s.text.strip()]


def layered(highlight: str, entity: str | None, in_quote: bool):
    """The marks of a line with ``entity`` under ``highlight``, in the view's drawing order."""
    whole = (0, len(SAMPLE))
    base = [(*whole, QUOTE)] if in_quote and highlight != QUOTE else []
    if highlight == QUOTE:
        base.append((*whole, QUOTE))
    if entity:
        base.append((*whole, entity))
    over = [] if highlight in {QUOTE, "article--current", "article--selection"} else [highlight]
    current = whole if highlight == "article--current" else None
    selection = whole if highlight == "article--selection" else None
    return [*base, *((*whole, name) for name in over)], current, selection


@pytest.fixture(params=[theme.name for theme in READER_THEMES])
async def view(request, tmp_path):
    app = reader_app(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        app.theme = request.param
        screen = await open_article(app, pilot)
        await pilot.pause()
        yield screen.view


@pytest.mark.parametrize("highlight", HIGHLIGHTS)
async def test_text_on_every_highlight_has_aa_contrast(view, highlight):
    low = []
    for entity, in_quote in itertools.product([None, *ENTITY_CLASSES], [False, True]):
        marks, current, selection = layered(highlight, entity, in_quote)
        for foreground, background in drawn(view, marks, current, selection):
            ratio = contrast(foreground, background)
            if ratio < AA:
                low.append(
                    f"{entity or 'body text'}{' in a quote' if in_quote else ''}: {ratio:.2f}"
                )
    assert not low, f"{view.app.theme}, {highlight}: " + ", ".join(low)


async def test_plain_text_and_every_kind_have_aa_contrast_on_the_page(view):
    for entity in [None, *ENTITY_CLASSES]:
        for foreground, background in drawn(view, [(0, len(SAMPLE), entity)] if entity else []):
            assert contrast(foreground, background) >= AA, (view.app.theme, entity)


async def test_every_kind_of_entity_has_a_colour_of_its_own(view):
    colours = {}
    for entity in ENTITY_CLASSES:
        [(foreground, _), *_] = drawn(view, [(0, len(SAMPLE), entity)])
        colours[entity] = foreground
    for one, other in itertools.combinations(ENTITY_CLASSES, 2):
        assert distance(colours[one], colours[other]) > 40, (view.app.theme, one, other)


def distance(one: RichColor, other: RichColor) -> float:
    """Euclidean distance in RGB: 0 for the same colour, ~441 for black and white."""
    return (
        sum((a - b) ** 2 for a, b in zip(one.get_truecolor(), other.get_truecolor(), strict=True))
        ** 0.5
    )
