"""Schema of the library, one migration per change. Never edit an applied migration: add one.

Cache tables (``analyses``, ``entities``, ``mentions``, ``quotes``, ``figures``) can be dropped
and rebuilt from the articles at any time. User tables (``articles``, ``highlights``,
``reading_positions``) are only ever migrated, never rebuilt.
"""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("reader")


@migrations()
def m001_initial(db: Database) -> None:
    db["articles"].create(
        {
            "id": str,
            "source": str,
            "title": str,
            "byline": str,
            "published": str,
            "extractor": str,
            "text": str,
            "added_at": str,
            "opened_at": str,
        },
        pk="id",
    )
    db["analyses"].create(
        {
            "article_id": str,
            "model": str,
            "version": str,
            "data": str,
            "people": int,
            "quotes": int,
            "created_at": str,
        },
        pk=("article_id", "model", "version"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["quote_index"].create(
        {
            "article_id": str,
            "start": int,
            "end": int,
            "speaker": str,
            "quote": str,
        },
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["quote_index"].create_index(["speaker"])
    db["quote_index"].create_index(["article_id"])
    db["entity_index"].create(
        {"article_id": str, "entity_id": str, "label": str, "name": str, "mentions": int},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["entity_index"].create_index(["name"])
    db["entity_index"].create_index(["article_id"])
    db["highlights"].create(
        {
            "id": str,
            "article_id": str,
            "start": int,
            "end": int,
            "exact": str,
            "prefix": str,
            "suffix": str,
            "kind": str,
            "label": str,
            "note": str,
            "tags": str,
            "anchored": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["highlights"].create_index(["article_id"])
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")


@migrations()
def m002_superseded_articles(db: Database) -> None:
    """An article re-extracted from the same source with new text supersedes the old one.

    ``add_column`` is an ALTER TABLE: no table is rebuilt, so no user row can be lost.
    """
    db["articles"].add_column("superseded_by", str)
    db["articles"].create_index(["source"])


TABLES_SQL = """
create table entities (
    id integer primary key,
    article_id text not null references articles(id),
    key text not null,
    label text,
    name text,
    count integer
);
create index entities_article_id on entities(article_id);
create index entities_name on entities(name);
create table mentions (
    id integer primary key,
    entity integer not null references entities(id),
    article_id text not null references articles(id),
    start integer,
    "end" integer,
    text text
);
create index mentions_article_id on mentions(article_id);
create index mentions_entity on mentions(entity);
create table quotes (
    id integer primary key,
    article_id text not null references articles(id),
    start integer,
    "end" integer,
    text text,
    speaker text,
    speaker_entity integer references entities(id),
    speaker_text text,
    speaker_start integer,
    speaker_end integer,
    cue text,
    cue_start integer,
    cue_end integer,
    kind text,
    reason text,
    confidence real,
    runner_up text,
    runner_up_reason text
);
create index quotes_article_id on quotes(article_id);
create index quotes_speaker on quotes(speaker);
create table figures (
    id integer primary key,
    article_id text not null references articles(id),
    start integer,
    "end" integer,
    text text,
    kind text,
    value,
    unit text,
    sentence_start integer,
    sentence_end integer,
    sentence text
);
create index figures_article_id on figures(article_id);
create table analyses (
    article_id text primary key references articles(id),
    model text,
    version text,
    created_at text,
    people integer,
    quotes integer
);
"""
"""Plain SQL where sqlite-utils cannot say it: ``figures.value`` has no type, so a count stays
an integer and a share a float, as the analysis made them."""


@migrations()
def m003_analysis_tables(db: Database) -> None:
    """Analyses as tables (entities, mentions, quotes, figures) instead of a JSON blob that
    held the article's text a second time; the article's current analysis only.

    Highlights are copied into a table with a foreign key to their article (sqlite-utils'
    ``transform``: copy, drop, rename, in this migration's transaction), every row kept.
    """
    from reader.model import Analysis
    from reader.store.analyses import write_analysis

    conn = db.conn
    conn.execute("alter table analyses rename to analyses_json")
    for statement in TABLES_SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
    rows = conn.execute(
        "select j.data from analyses_json j join articles a on a.id = j.article_id"
        " order by j.created_at, j.rowid"
    ).fetchall()
    for (data,) in rows:  # the newest analysis of an article is written last, and stays
        try:
            analysis = Analysis.from_json(json.loads(data))
        except (ValueError, KeyError, TypeError):
            continue  # a cache entry that no longer parses is redone when the article opens
        write_analysis(conn, analysis)
    for table in ("analyses_json", "quote_index", "entity_index"):
        conn.execute(f"drop table {table}")
    db["quotes"].enable_fts(["text", "speaker"], create_triggers=True, tokenize="porter")
    db["highlights"].transform(add_foreign_keys=[("article_id", "articles", "id")])


FEEDS_SQL = """
create table feeds (
    id integer primary key,
    url text not null unique,
    name text not null unique collate nocase,
    tags text,
    site text,
    title text,
    etag text,
    modified text,
    added_at text,
    checked_at text,
    error text
);
create table feed_entries (
    feed_id integer not null references feeds(id),
    key text not null,
    article_id text references articles(id),
    title text,
    link text,
    published text,
    added_at text,
    read_at text,
    primary key (feed_id, key)
);
create index feed_entries_article_id on feed_entries(article_id);
"""


@migrations()
def m004_feeds(db: Database) -> None:
    """Feed subscriptions and the entries read from them, with their read state: the user's,
    like highlights. An entry points at an article of the library, which it never owns; an
    article deleted leaves its entry without one, so the next update does not bring it back."""
    for statement in FEEDS_SQL.split(";"):
        if statement.strip():
            db.conn.execute(statement)


ECHOES_SQL = """
create table echo_articles (
    article_id text primary key references articles(id)
);
create table echo_quotes (
    id integer primary key,
    article_id text not null references articles(id),
    start integer not null,
    "end" integer not null,
    size integer not null,
    hashes integer not null,
    words text not null
);
create index echo_quotes_article_id on echo_quotes(article_id);
create table echo_shingles (
    hash integer not null,
    quote integer not null,
    primary key (hash, quote)
) without rowid;
create table echo_pairs (
    a integer not null,
    b integer not null,
    score real not null,
    primary key (a, b)
) without rowid;
create index echo_pairs_b on echo_pairs(b);
"""


@migrations()
def m005_echoes(db: Database) -> None:
    """The echo index (``reader.echoes.index``): a cache like the analysis tables. Articles
    already in the library are indexed when echoes are first asked for (``index_pending``)."""
    for statement in ECHOES_SQL.split(";"):
        if statement.strip():
            db.conn.execute(statement)


@migrations()
def m006_quote_runner_up(db: Database) -> None:
    """A quote's runner-up speaker and why it was considered (``Quote.runner_up``); the
    ``confidence`` column was there from the start.

    ``m003`` writes the cached analyses with today's columns, so its table has them too (a
    library made since then); one made before gets them here."""
    columns = {row[1] for row in db.conn.execute("pragma table_info(quotes)")}
    for column in ("runner_up", "runner_up_reason"):
        if column not in columns:
            db.conn.execute(f"alter table quotes add column {column} text")


@migrations()
def m007_reading_position(db: Database) -> None:
    """Where the reader was in each article (``PositionStore``): a table of its own, so that
    saving a place never rewrites an article row (whose update re-indexes its whole text for
    full-text search). A new table: nothing existing changes."""
    db.conn.execute(
        "create table reading_positions ("
        " article_id text primary key references articles(id),"
        ' "offset" integer not null,'
        " saved_at text)"
    )


@migrations()
def m008_article_heads(db: Database) -> None:
    """An article's head lines as the head rules read them (``HeadStore``), so that reopening
    it does not read them again. A new table: nothing existing changes; an article opened
    again gets its lines then."""
    db.conn.execute(
        "create table article_heads ("
        " article_id text primary key references articles(id),"
        " rules integer not null,"
        " lines text not null)"
    )
