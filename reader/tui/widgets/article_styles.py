"""How the article view looks: its component classes (one per kind of mark, head line and
highlight colour) and their styles in the theme's colours, and how one is layered over another."""

from __future__ import annotations

from textual.style import Style
from textual.widget import Widget

from reader.tui.text.ranges import HIGHLIGHT_COLOURS, KIND_CLASSES

COMPONENT_CLASSES = {
    "article--title",
    "article--standfirst",
    "article--byline",
    "article--credit",
    "article--label",
    "article--head-end",
    *KIND_CLASSES.values(),
    "article--speaker",
    "article--search",
    "article--current",
    "article--selected",
    "article--selection",
    "article--cursor",
    "article--cursor-focused",
    *(f"article--highlight-{colour}" for colour in HIGHLIGHT_COLOURS),
}

ARTICLE_VIEW_CSS = """
ArticleView {
    background: $surface;
    color: $foreground;
    overflow-x: hidden;
    overflow-y: auto;
    scrollbar-gutter: stable;
    & > .article--title { text-style: bold; color: $text-primary; }
    & > .article--standfirst { color: $foreground; text-style: italic; }
    & > .article--byline { color: $text-muted; text-style: italic; }
    & > .article--credit { color: $text-muted; }
    & > .article--label { color: $text-muted; text-style: bold; }
    & > .article--head-end { color: $foreground 25%; }
    & > .article--person { color: $text-accent; text-style: bold; }
    & > .article--place { color: $text-success; }
    & > .article--org { color: $text-secondary; text-style: bold; }
    & > .article--figure { color: $text-primary; text-style: underline; }
    & > .article--quote { background: $primary 18%; }
    & > .article--speaker { color: $text-muted; text-style: italic; }
    & > .article--current { background: $warning; color: $background; }
    & > .article--selected { text-style: bold underline; }
    & > .article--cursor { color: $text-accent; }
    & > .article--cursor-focused { color: $accent; text-style: bold; }
    /* Backgrounds text is read on: solid (a tint over a quote's tint lost contrast), pale on a
       light page and deep on a dark one, each with WCAG AA contrast (>= 4.5:1) for the body
       text and every kind's colour (tests/test_highlight_contrast.py). */
    & > .article--search { background: #f0c890; }
    & > .article--selected { background: #ead2a6; }
    & > .article--selection { background: #d6cfc0; }
    & > .article--highlight-yellow { background: #f3dc7a; }
    & > .article--highlight-green { background: #c9e3b0; }
    & > .article--highlight-blue { background: #bcd6f5; }
    & > .article--highlight-pink { background: #f5c1dc; }
    & > .article--highlight-purple { background: #d9c9f0; }
    &:dark > .article--search { background: #5a3d12; }
    &:dark > .article--selected { background: #4a3a20; }
    &:dark > .article--selection { background: #3a3f4a; }
    &:dark > .article--highlight-yellow { background: #524500; }
    &:dark > .article--highlight-green { background: #1e4620; }
    &:dark > .article--highlight-blue { background: #173a63; }
    &:dark > .article--highlight-pink { background: #5a2045; }
    &:dark > .article--highlight-purple { background: #3d2d63; }
}
"""


def layer_style(widget: Widget, name: str) -> Style:
    """A component class's style to layer over others: only what the class sets.

    Foregrounds come from the full cascade, so ``auto`` colours (``$text-muted``) are worked
    out against the real background; backgrounds are taken as declared (a partial visual style
    would make an opaque one transparent).
    """
    rules = widget.get_component_styles(name)
    partial = widget.get_visual_style(name, partial=True)
    foreground = partial.foreground
    if rules.has_rule("color"):
        foreground = widget.get_visual_style(name).foreground
    background = None
    if rules.has_rule("background"):  # as declared, alpha kept, to blend over lower marks
        background = rules.background.tint(rules.background_tint)
    return Style(
        background=background,
        foreground=foreground,
        bold=partial.bold,
        dim=partial.dim,
        italic=partial.italic,
        underline=partial.underline,
        strike=partial.strike,
    )
