"""``reader feed add|ls|update|rm|import|export``: subscriptions kept in the library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import click

from reader.errors import ReaderError
from reader.textsafety import one_line


def feed_group(db_option: Callable, open_library: Callable) -> click.Group:
    """The ``feed`` command group, given the CLI's ``--db`` option and its library opener."""

    @click.group("feed")
    def feed() -> None:
        """Follow RSS and Atom feeds: their new articles are read, analysed and kept."""

    @feed.command("add")
    @click.argument("url")
    @click.option("--name", metavar="N", help="The feed's name (default: its own title).")
    @db_option
    def add(url: str, name: str | None, db: str | None) -> None:
        """Subscribe to the feed at URL (checked first: nothing is stored if it is no feed)."""
        from reader.feeds.fetching import fetch_feed
        from reader.feeds.parse import parse_feed

        if not url.startswith(("http://", "https://")):
            raise click.UsageError("a feed is an http:// or https:// address")
        response = fetch_feed(url, None, None)
        parsed = parse_feed(response.body, response.url)
        chosen = one_line(name or parsed.title or urlsplit(url).hostname or url, 80)
        with open_library(db) as library:
            added = library.add_feed(url, chosen, site=parsed.link)
        click.echo(
            f"added “{added.name}” ({parsed.total} entries);"
            f" `reader feed update {_quoted(added.name)}` reads them"
        )

    @feed.command("ls")
    @db_option
    def ls(db: str | None) -> None:
        """List feeds: unread and read entries, name, address, last problem."""
        with open_library(db) as library:
            feeds = library.feeds()
        if not feeds:
            click.echo("no feeds yet: `reader feed add URL`", err=True)
        for info in feeds:
            problem = f"  ! {one_line(info.error, 80)}" if info.error else ""
            click.echo(
                f"{info.unread:4d} unread {info.entries:5d}  {one_line(info.name, 40)}"
                f"  {one_line(info.url, 80)}{problem}"
            )

    @feed.command("update")
    @click.argument("name", required=False)
    @db_option
    def update(name: str | None, db: str | None) -> None:
        """Read the new entries of feed NAME (of every feed when none is given)."""
        from reader.feeds.fetching import fetch_feed
        from reader.feeds.polite import HostDelay
        from reader.feeds.update import update_feed
        from reader.processing import analysis_for

        failed = False
        delay = HostDelay()
        with open_library(db) as library:
            chosen = [library.feed(name)] if name else library.feeds()
            if name and chosen[0] is None:
                raise click.UsageError(f"no feed called “{name}” (see `reader feed ls`)")
            for info in chosen:
                assert info is not None
                report = update_feed(
                    library.feed_state(info.id),
                    library,
                    fetch=fetch_feed,
                    analyse=lambda article: analysis_for(article, library),
                    delay=delay,
                    progress=_progress(info.name),
                )
                for problem in report.problems:
                    click.echo(f"reader: {problem}", err=True)
                failed |= bool(report.problems)
                click.echo(report.summary())
        if failed:
            raise SystemExit(1)

    @feed.command("rm")
    @click.argument("name")
    @db_option
    def rm(name: str, db: str | None) -> None:
        """Unsubscribe from feed NAME; the articles read from it stay in the library."""
        with open_library(db) as library:
            forgotten = library.remove_feed(name)
        click.echo(f"removed “{one_line(name, 60)}” ({forgotten} entries; the articles stay)")

    @feed.command("import")
    @click.argument("file", type=click.Path(dir_okay=False))
    @db_option
    def import_opml(file: str, db: str | None) -> None:
        """Subscribe to every feed of an OPML file (feeds already there are left alone)."""
        from reader.feeds.opml import read_opml

        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise click.UsageError(f"{file}: {error.strerror}") from None
        added = 0
        with open_library(db) as library:
            for sub in read_opml(data):
                try:
                    library.add_feed(sub.url, sub.name, sub.tags, sub.site)
                    added += 1
                except ReaderError as error:
                    click.echo(f"reader: {one_line(sub.name, 60)}: {error}", err=True)
        click.echo(f"imported {added} feeds; `reader feed update` reads them")

    @feed.command("export")
    @db_option
    def export_opml(db: str | None) -> None:
        """Print the subscriptions as OPML (for another feed reader)."""
        from reader.feeds.opml import Subscription, write_opml

        with open_library(db) as library:
            subs = [Subscription(f.url, f.name, f.tags, f.site) for f in library.feeds()]
        click.echo(write_opml(subs), nl=False)

    return feed


def _quoted(name: str) -> str:
    return f'"{name}"' if " " in name else name


def _progress(name: str) -> Callable[[int, int, str], None] | None:
    """A line on stderr per entry read, when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, title: str) -> None:
        click.echo(f"\r{one_line(name, 30)}: {done}/{total} {one_line(title, 40):<40}", err=True,
                   nl=done == total)  # fmt: skip

    return show
