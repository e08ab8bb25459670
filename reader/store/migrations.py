"""Schema of the library, one migration per change. Never edit an applied migration: add one.

Cache tables (``analyses``, ``quote_index``, ``entity_index``) can be dropped and rebuilt
from the articles at any time. User tables (``highlights``) are only ever migrated, never
rebuilt.
"""

from __future__ import annotations

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
