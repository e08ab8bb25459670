"""The command line: ``reader PATH|URL`` opens the app; subcommands run the core headless."""

from __future__ import annotations

import json
import sys

import click
from click_default_group import DefaultGroup

from reader import __version__
from reader.errors import ReaderError

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
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes (each loads the model once); output keeps the input order.",
)
@db_option
def analyze(
    sources: tuple[str, ...],
    jsonl: bool,
    no_cache: bool,
    model: str | None,
    jobs: int,
    db: str | None,
) -> None:
    """Analyse articles and print one JSON object per article to stdout."""
    from reader.ingest import iter_sources
    from reader.locations import db_path
    from reader.processing import process_sources
    from reader.store import open_library

    paths = [path for source in sources for path in iter_sources(source)]
    failures = 0
    with open_library(db_path(db)) as library, _progress(len(paths)) as bar:
        results = process_sources(paths, library, model=model, use_cache=not no_cache, jobs=jobs)
        for result in results:
            if isinstance(result, ReaderError):
                failures += 1
                click.echo(f"reader: {result}", err=True)
            else:
                sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            bar.update(1)
    if failures:
        raise SystemExit(1)


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
