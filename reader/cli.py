"""The command line: ``reader PATH|URL`` opens the app; subcommands run the core headless."""

from __future__ import annotations

import json
import sys

import click
from click_default_group import DefaultGroup

from reader import __version__
from reader.errors import ReaderError
from reader.textsafety import one_line

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def db_option(function):
    return click.option(
        "--db",
        "db",
        metavar="PATH",
        envvar="READER_DB",
        help="Library file (default: platform data dir; env READER_DB).",
    )(function)


@click.group(
    cls=DefaultGroup, default="open", default_if_no_args=True, context_settings=CONTEXT_SETTINGS
)
@click.version_option(__version__, prog_name="reader")
def cli() -> None:
    """Read news articles closely: entities, figures and quotes with their speakers."""


@cli.command("open")
@click.argument("sources", nargs=-1)
@db_option
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm).")
def open_command(sources: tuple[str, ...], db: str | None, model: str | None) -> None:
    """Open FILE, URL or DIR in the reading app (the library when none is given)."""
    from reader.tui.app import ReaderApp

    ReaderApp(sources=list(sources), db_path_override=db, model=model).run()


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="One JSON object per article (the default output).")
@click.option("--no-cache", is_flag=True, help="Analyse again even when a cached analysis exists.")
@click.option("--model", metavar="NAME", help="spaCy pipeline to use.")
@db_option
def analyze(
    sources: tuple[str, ...], jsonl: bool, no_cache: bool, model: str | None, db: str | None
) -> None:
    """Analyse articles and print one JSON object per article to stdout."""
    from reader.ingest import iter_sources, load_article
    from reader.locations import db_path
    from reader.processing import process
    from reader.store import open_library

    paths = [path for source in sources for path in iter_sources(source)]
    failures = 0
    with open_library(db_path(db)) as library, _progress(len(paths)) as bar:
        for path in paths:
            try:
                article = load_article(path)
                analysis = process(
                    article, library, model=model, use_cache=not no_cache, progress=_time_limit()
                )
            except ReaderError as error:
                failures += 1
                click.echo(f"reader: {one_line(str(error), 400)}", err=True)
            except Exception as error:  # a bug on one file: one line, and the batch goes on
                failures += 1
                click.echo(f"reader: {_internal(path, error)}", err=True)
            else:
                sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            bar.update(1)
    if failures:
        raise SystemExit(1)


def _time_limit():
    from reader.ingest.limits import deadline

    return deadline()


def _internal(path: str, error: Exception) -> str:
    from reader.ingest import display_source

    where = display_source(path)
    return one_line(f"{where}: internal error, please report it ({type(error).__name__}: {error})")


def _progress(total: int):
    """A progress bar on stderr when it is a terminal; silent otherwise."""
    return click.progressbar(
        length=total, label="analysing", file=sys.stderr if sys.stderr.isatty() else _Null()
    )


class _Null:
    def write(self, _: str) -> None:
        pass

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


@cli.command()
@click.argument("what", type=click.Choice(["config", "db", "data"]))
@db_option
def locate(what: str, db: str | None) -> None:
    """Print where reader keeps its config file, library or data folder."""
    from reader import locations

    path = {"config": locations.config_path, "data": locations.data_dir}.get(what)
    click.echo(path() if path else locations.db_path(db))


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ReaderError as error:
        click.echo(f"reader: {error}", err=True)
        raise SystemExit(2) from None
