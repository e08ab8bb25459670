"""Markdown for Obsidian and friends: YAML front matter, highlights as block quotes.

The front matter's ``date`` is the article's publication date when reader found one (from the
page's metadata or the article's head), and is left out otherwise (``added`` is when it came
into the library).

Every piece of article or user text is escaped (``markdown_text``), so nothing in it can
become a heading, link, tag, HTML or front-matter delimiter; front-matter values are JSON
strings, which YAML reads as double-quoted scalars.
"""

from __future__ import annotations

from reader.export.gather import ExportItem
from reader.export.textformat import (
    figure_description,
    file_stem,
    markdown_lines,
    markdown_text,
    tag_name,
    yaml_scalar,
)
from reader.wording import counted, speaker_label


def files(items: list[ExportItem], what: frozenset[str]) -> list[tuple[str, str]]:
    return [(f"{file_stem(item.article.title, item.id)}.md", render(item, what)) for item in items]


def render(item: ExportItem, what: frozenset[str]) -> str:
    return "\n".join(front_matter(item) + body(item, what)).rstrip("\n") + "\n"


def front_matter(item: ExportItem) -> list[str]:
    article = item.article
    tags = ["reader"]
    for highlight in item.highlights:
        tags += [tag_name(tag) for tag in highlight.tags if tag_name(tag) not in tags]
    fields = {
        "title": article.title or "Untitled article",
        "author": article.byline,
        "source": article.source,
        "date": article.published,
        "added": item.added_at,
        "reader_id": item.id,
    }
    lines = ["---"]
    lines += [f"{key}: {yaml_scalar(value)}" for key, value in fields.items() if value]
    lines.append(f"tags: [{', '.join(yaml_scalar(tag) for tag in tags)}]")
    lines += ["---", ""]
    return lines


def body(item: ExportItem, what: frozenset[str]) -> list[str]:
    article = item.article
    lines = [f"# {markdown_text(_one_line(article.title or 'Untitled article'))}", ""]
    if article.source:
        lines += [f"Source: {markdown_text(_one_line(article.source))}", ""]
    if "highlights" in what:
        lines += _highlights(item)
    if "quotes" in what and item.analysis is not None:
        lines += _quotes(item)
    if "entities" in what and item.analysis is not None:
        lines += _entities(item)
    if "figures" in what and item.analysis is not None:
        lines += _figures(item)
    return lines


def _highlights(item: ExportItem) -> list[str]:
    lines = ["## Highlights", ""]
    if not item.highlights:
        return lines + ["No highlights.", ""]
    for highlight in item.highlights:
        lines += _block_quote(highlight.exact)
        lines.append("")
        details = [
            f"{markdown_text(highlight.label)} · characters {highlight.start}–{highlight.end}"
        ]
        if not highlight.anchored:
            details.append("not found in the current text")
        lines += [f"*{' · '.join(details)}*", ""]
        if highlight.note:
            note = markdown_lines(highlight.note)
            lines += [f"**Note:** {note[0]}", *note[1:], ""]
        if highlight.tags:
            lines += ["Tags: " + " ".join(f"#{tag_name(tag)}" for tag in highlight.tags), ""]
    return lines


def _quotes(item: ExportItem) -> list[str]:
    assert item.analysis is not None
    text = item.article.text
    lines = ["## Quotes", ""]
    if not item.analysis.quotes:
        return lines + ["No quotes.", ""]
    for quote in item.analysis.quotes:
        lines += _block_quote(text[quote.start : quote.end])
        lines += [">", f"> — {markdown_text(speaker_label(quote))}", ""]
    return lines


def _entities(item: ExportItem) -> list[str]:
    lines = ["## People, places and organisations", ""]
    counts = item.entity_counts()
    if not counts:
        return lines + ["None found.", ""]
    for name, label, mentions in counts:
        name = markdown_text(_one_line(name))
        lines.append(f"- {name} ({label}): {counted(mentions, 'mention')}")
    return lines + [""]


def _figures(item: ExportItem) -> list[str]:
    assert item.analysis is not None
    text = item.article.text
    lines = ["## Figures", ""]
    if not item.analysis.figures:
        return lines + ["None found.", ""]
    for figure in item.analysis.figures:
        described = markdown_text(figure_description(figure))
        lines.append(f"- {markdown_text(_one_line(figure.text))} ({described})")
        start, end = figure.sentence
        if end > start:
            lines.append(f"  > {markdown_text(_one_line(text[start:end]))}")
    return lines + [""]


def _block_quote(text: str) -> list[str]:
    return [f"> {line}" if line else ">" for line in markdown_lines(text)]


def _one_line(text: str) -> str:
    return " ".join(text.split())
