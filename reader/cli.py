"""The command line: ``reader PATH|URL`` opens the app; subcommands run the core headless."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import click
from click_default_group import DefaultGroup

from reader import __version__
from reader.errors import ReaderError
from reader.export import DEFAULT_FORMAT, DEFAULT_WHAT, FORMATS, WHAT_ORDER, default_out_dir
from reader.textsafety import one_line
from reader.wording import counted

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
    gc.disable()
    from reader.config import library_path, load_config
    from reader.nlp.versions import resolve_model
    from reader.processing import open_ahead
    from reader.store.identity import identify
    from reader.store.library import SCHEMA_VERSION

    config = load_config()
    library = library_path(db, config)
    identify(library, SCHEMA_VERSION)  # another program's file: one line, before any screen
    glance = None
    if len(sources) == 1 and Path(sources[0]).is_file():  # before Textual: see open_ahead
        glance = open_ahead(sources[0], library, resolve_model(model))
    from reader.tui.app import ReaderApp

    app = ReaderApp(
        sources=list(sources), db_path_override=db, model=model, config=config, glance=glance
    )
    from reader.tui.collector import keep_imports_out

    # The ~60,000 objects made by importing Textual live as long as the app; left to the
    # collector, every full collection walks them again (18 ms, in the middle of the first frame).
    # The app turns collection back on once its first frame is drawn.
    keep_imports_out()
    app.run()


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
    help="Worker processes (each loads the model once); with --engine dask, local workers.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: on a Dask cluster (pip install 'reader[scale]').",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A running Dask scheduler (tcp://host:port); without it a local cluster is started.",
)
@click.option(
    "--out",
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write to this folder (appending; articles already there are skipped).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "parquet"]),
    default="jsonl",
    show_default=True,
    help="With --out: JSONL parts, or one Parquet table per folder.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL inputs: the text.")
@click.option(
    "--id-field", default="id", show_default=True, help="JSONL inputs: the record's own id."
)
@db_option
def analyze(
    sources: tuple[str, ...],
    jsonl: bool,
    no_cache: bool,
    model: str | None,
    jobs: int,
    engine: str,
    scheduler: str | None,
    out: Path | None,
    fmt: str,
    text_field: str,
    id_field: str,
    db: str | None,
) -> None:
    """Analyse articles: files, folders, globs, URLs, JSONL files (one article a line) and
    WARC crawls. One JSON object per article on stdout, or tables in --out DIR."""
    from contextlib import nullcontext

    from reader.batch import Request, run
    from reader.nlp.versions import pipeline_version, resolve_model

    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet writes tables into a folder: add --out DIR")
    if scheduler:
        engine = "dask"
    request = Request(
        sources=sources,
        model=resolve_model(model),
        version=pipeline_version(),
        use_cache=not no_cache,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        out=out,
        fmt=fmt,
        text_field=text_field,
        id_field=id_field,
        time_limit=_time_limit,
    )
    # With --out the folder is the output: the library only when asked for with --db.
    with nullcontext() if out is not None and db is None else _open_for_command(db) as library:
        if library is not None and library.read_only:
            click.echo(f"reader: library {library.path} is read-only: analyses not saved", err=True)
        counts = run(request, library, lambda line: click.echo(f"reader: {line}", err=True))
    if counts.failed:
        raise SystemExit(1)


def _time_limit():
    from reader.ingest.limits import deadline

    return deadline()


def _progress(total: int, label: str = "analysing"):
    """A progress bar on stderr when it is a terminal; silent otherwise."""
    return click.progressbar(
        length=total, label=label, file=sys.stderr if sys.stderr.isatty() else _Null()
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
    click.echo(path() if path else _library_path(db))


def _open_for_command(db: str | None):
    """The library, recovering a damaged file on the way (the account goes to stderr)."""
    from reader.store import open_library

    def tell(message: str) -> None:
        click.echo(f"reader: {message}", err=True)

    return open_library(_library_path(db), on_recovery=tell, on_notice=tell)


def _library_path(db: str | None) -> Path:
    """The library a command uses; what is wrong with the config file goes to stderr first."""
    from reader.config import library_path, load_config

    config = load_config()
    for problem in config.problems:
        click.echo(f"reader: {problem}", err=True)
    return library_path(db, config)


@cli.command("export")
@click.argument("ids", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Export the whole library.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default=DEFAULT_FORMAT,
    show_default=True,
    help="md (Obsidian), jsonl (lossless, for reader import), readwise-csv, w3c (Web Annotation).",
)
@click.option(
    "--out",
    "out",
    metavar="DIR",
    type=click.Path(),
    default=lambda: str(default_out_dir()),
    show_default="~/reader-exports",
    help="Folder to write into (created if missing).",
)
@click.option(
    "--what",
    metavar="LIST",
    default=",".join(w for w in WHAT_ORDER if w in DEFAULT_WHAT),
    show_default=True,
    help=f"Comma-separated: {', '.join(WHAT_ORDER)}.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace files of the same name (otherwise a new file gets the next free name).",
)
@db_option
def export_command(
    ids: tuple[str, ...],
    everything: bool,
    fmt: str,
    out: str,
    what: str,
    force: bool,
    db: str | None,
) -> None:
    """Export highlights, quotes, entities (and figures) of articles ID... (or --all) to DIR."""
    from pathlib import Path

    from reader.export import export, gather, parse_what

    if bool(ids) == everything:
        raise click.UsageError("give article IDs (see `reader library ls`) or --all, not both")
    chosen = parse_what(what)
    with _open_for_command(db) as library:
        items = gather(library, list(ids) if ids else None)

    def renamed(wanted: Path, written: Path) -> None:
        click.echo(
            f"reader: {one_line(wanted.name)} exists and was kept; wrote {one_line(written.name)}"
            " (--force replaces)",
            err=True,
        )

    for path in export(items, fmt, Path(out), chosen, replace=force, on_renamed=renamed):
        click.echo(str(path))


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
def import_command(file: str, db: str | None) -> None:
    """Import a JSONL file written by `reader export --format jsonl`."""
    from pathlib import Path

    from reader.export.importer import import_jsonl

    with _open_for_command(db) as library:
        report = import_jsonl(library, Path(file))
    for problem in report.problems:
        click.echo(f"reader: {file}: {problem}", err=True)
    imported = f"{counted(report.articles, 'article')}, {counted(report.highlights, 'highlight')}"
    click.echo(f"imported {imported}", err=True)
    if report.problems:
        raise SystemExit(1)


def _day(_ctx, _param, value: str | None):
    from reader.sources.dates import day_argument

    if value is None:
        return None
    try:
        return day_argument(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@cli.command("sources")
@click.option("--outlet", metavar="NAME", help="Only articles from this outlet (feed or site).")
@click.option("--since", metavar="DATE", callback=_day, help="Only articles from DATE on.")
@click.option("--until", metavar="DATE", callback=_day, help="Only articles up to DATE.")
@click.option("--tag", metavar="T", help="Only articles with a highlight tagged T.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@db_option
def sources_command(outlet, since, until, tag, fmt: str, db: str | None) -> None:
    """Who gets quoted: each speaker's quotes, words, articles, outlets and dates."""
    from reader.sources.library import library_sources
    from reader.sources.output import as_csv, as_json, as_table
    from reader.sources.report import Filters

    with _open_for_command(db) as library:
        report = library_sources(library).report(Filters(outlet, since, until, tag))
    if fmt == "table" and not report.speakers:
        click.echo("no quotes in the chosen articles", err=True)
        return
    output = {"table": as_table, "json": as_json, "csv": as_csv}[fmt](report)
    click.echo(output.rstrip("\n"))


@cli.command("echoes")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@db_option
def echoes_command(fmt: str, db: str | None) -> None:
    """The same quote in different articles: each group, earliest first, with who said it."""
    from reader.echoes.library import echo_groups, index_article, pending_articles
    from reader.echoes.output import as_json, as_table

    with _open_for_command(db) as library:
        pending = pending_articles(library)
        with _progress(len(pending), "indexing quotes") as bar:
            for article_id in pending:  # articles saved before the echo index existed
                index_article(library, article_id)
                bar.update(1)
        groups = echo_groups(library)
    if fmt == "json":
        click.echo(as_json(groups))
    elif groups:
        click.echo(as_table(groups))
    else:
        click.echo("no quote appears in more than one article", err=True)


def _library_group() -> click.Group:
    from reader.library_commands import library_group

    return library_group(db_option, _open_for_command)


cli.add_command(_library_group())


def _feed_group() -> click.Group:
    from reader.feeds.commands import feed_group

    return feed_group(db_option, _open_for_command)


cli.add_command(_feed_group())


def main() -> None:
    try:
        cli(standalone_mode=True)
    except ReaderError as error:
        click.echo(f"reader: {error}", err=True)
        raise SystemExit(2) from None
