"""``reader feed`` against a local server: add, ls, update, export, rm, import; bad input is
one line from the real console script."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from feed_fixtures import WEB_PAGE, page_path, rss20
from feed_server import Reply, feed_server
from news_articles import ARTICLES

from reader.cli import cli

HTML = "text/html; charset=utf-8"


@pytest.fixture(autouse=True)
def _quick(monkeypatch):
    monkeypatch.setenv("READER_SOURCE_SECONDS", "10")
    from reader.feeds import polite

    monkeypatch.setattr(polite, "HOST_DELAY_SECONDS", 0.0)


@pytest.fixture
def server():
    with feed_server() as running:
        running.routes.update(
            {page_path(n): Reply(body=n.html().encode(), content_type=HTML) for n in ARTICLES}
        )
        running.routes["/rss.xml"] = Reply(body=rss20(running.base), etag='"v1"')
        running.routes["/page.html"] = Reply(body=WEB_PAGE, content_type=HTML)
        yield running


def feed(*args: str) -> str:
    result = CliRunner().invoke(cli, ["feed", *args])
    assert result.exit_code == 0, result.output
    return result.output


def reader(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=60
    )


def test_add_update_ls_export_rm(server, tmp_path, nlp):
    db = str(tmp_path / "library.db")
    url = server.url("/rss.xml")
    assert feed("add", url, "--db", db).startswith("added “Valley News” (3 entries)")
    assert feed("update", "--db", db).strip() == "Valley News: 3 new"
    assert feed("update", "Valley News", "--db", db).strip() == "Valley News: not changed"
    listed = feed("ls", "--db", db)
    assert "3 unread" in listed and "Valley News" in listed and url in listed
    opml = feed("export", "--db", db)
    assert f'xmlUrl="{url}"' in opml and 'text="Valley News"' in opml
    removed = feed("rm", "valley news", "--db", db)
    assert "removed “valley news” (3 entries; the articles stay)" in removed
    assert "Valley News" not in feed("ls", "--db", db)
    opml_file = tmp_path / "subs.opml"
    opml_file.write_text(opml, encoding="utf-8")
    assert "imported 1 feeds" in feed("import", str(opml_file), "--db", db)
    assert "Valley News" in feed("ls", "--db", db)


def test_bad_input_is_one_line_and_stores_nothing(server, tmp_path):
    db = str(tmp_path / "library.db")
    page = reader("feed", "add", server.url("/page.html"), "--db", db)
    assert page.returncode == 2
    assert page.stderr.strip() == (
        f"reader: a web page, not a feed; its feed is {server.base}/feed.xml"
    )
    gone = reader("feed", "add", server.url("/gone.xml"), "--db", db)
    assert gone.returncode == 2 and len(gone.stderr.strip().splitlines()) == 1
    assert "404" in gone.stderr
    missing = reader("feed", "rm", "Nothing", "--db", db)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "reader: no feed called “Nothing” (see `reader feed ls`)"
    not_opml = tmp_path / "x.opml"
    not_opml.write_text("<rss/>", encoding="utf-8")
    bad = reader("feed", "import", str(not_opml), "--db", db)
    assert bad.returncode == 2 and bad.stderr.strip() == "reader: not OPML (no <opml> element)"
    assert reader("feed", "ls", "--db", db).stderr.strip() == "no feeds yet: `reader feed add URL`"
