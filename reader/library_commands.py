"""``reader library ls|search|check``: the library looked into from the command line."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from reader.store import Library


def library_group(
    db_option: Callable[[Callable[..., Any]], Callable[..., Any]],
    open_for_command: Callable[[str | None], AbstractContextManager[Library]],
) -> click.Group:
    """The group, given the CLI's --db option and its way of opening the library (so the
    config's problems and a recovery are told the same way as in every other command)."""

    @click.group("library")
    def group() -> None:
        """Look into the library: list articles, check the file."""

    @group.command("ls")
    @db_option
    def library_ls(db: str | None) -> None:
        """List articles: short id, highlights, quotes, title."""
        from reader.textsafety import visible

        with open_for_command(db) as library:
            counts = library.highlight_counts()
            for row in library.articles():
                title = visible(" ".join((row.title or "(untitled)").split()))
                click.echo(
                    f"{row.id[:12]}  {counts.get(row.id, 0):3d} hl  {row.quotes:3d} q  {title}"
                )

    @group.command("search")
    @click.argument("query")
    @db_option
    def library_search(query: str, db: str | None) -> None:
        """Search as the app's library screen does: words (speakers' quotes, then titles and
        texts), speaker:NAME or who:NAME (quotes), entity:NAME (articles that mention it)."""
        from reader.search import search_library

        with open_for_command(db) as library:
            hits = search_library(library, query)
        for hit in hits:
            click.echo(_hit_line(hit))

    def _hit_line(hit) -> str:
        """One line per hit: short id, then what was found (text from articles: made safe)."""
        from reader.textsafety import visible

        def clean(text: str | None) -> str:
            return visible(" ".join((text or "").split()))

        short, title = hit.article_id[:12], clean(hit.title) or "(untitled)"
        if hit.kind == "quote":
            speaker = clean(hit.name) or "(unnamed)"
            return f"{short}  {speaker}: “{clean(hit.match)}”  — {title}"
        if hit.kind == "entity":
            return f"{short}  {clean(hit.name)} ({hit.label}): {hit.match}  — {title}"
        return f"{short}  {title}  — {clean(hit.match)}"

    @group.command("check")
    @db_option
    def library_check(db: str | None) -> None:
        """Run SQLite's integrity check on the library (a damaged file is recovered on open)."""
        with open_for_command(db) as library:
            result = library.integrity()
        click.echo(f"{library.path}: {result}")
        if result != "ok":
            raise SystemExit(1)

    return group
