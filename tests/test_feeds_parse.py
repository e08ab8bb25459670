"""Feed documents in every format feedparser reads, bad ones as one line, OPML both ways."""

import re
import time

import pytest
from feed_fixtures import WEB_PAGE, atom, huge_rss, rss091, rss092, rss10, rss20
from news_articles import GAZETTE, POST, WIRE

from reader.feeds.opml import Subscription, read_opml, write_opml
from reader.feeds.parse import MAX_ENTRIES, FeedError, parse_feed
from reader.feeds.polite import HostDelay

BASE = "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    ("document", "title", "entry_title"),
    [
        (rss091, "Gazette 0.91", GAZETTE.title),
        (rss092, "Post 0.92", POST.title),
        (rss10, "Wire 1.0", WIRE.title),
        (rss20, "Valley News", GAZETTE.title),
        (atom, "Atom Desk", GAZETTE.title),
    ],
)
def test_every_format_gives_entries_with_links(document, title, entry_title):
    feed = parse_feed(document(BASE), f"{BASE}/feed")
    assert feed.title == title
    assert feed.entries[0].title == entry_title
    assert feed.entries[0].link.startswith(f"{BASE}/articles/")
    assert feed.entries[0].key


def test_dates_and_keys():
    rss = parse_feed(rss20(BASE), BASE)
    assert [e.published[:10] for e in rss.entries] == ["2026-03-02", "2026-03-03", "2026-03-05"]
    assert len({e.key for e in rss.entries}) == 3
    assert parse_feed(rss10(BASE), BASE).entries[0].published.startswith("2026-03-05")


def test_full_content_is_kept_and_a_teaser_is_not():
    assert all(e.content is None for e in parse_feed(rss20(BASE), BASE).entries)
    assert all(e.content is None for e in parse_feed(atom(BASE, full_text=False), BASE).entries)


def test_a_long_content_is_the_article():
    from reader.feeds import parse

    long = parse.FULL_TEXT_WORDS
    parse.FULL_TEXT_WORDS = 20
    try:
        entries = parse_feed(atom(BASE), BASE).entries
    finally:
        parse.FULL_TEXT_WORDS = long
    assert "empty taps" in entries[0].content


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (WEB_PAGE, f"a web page, not a feed; its feed is {BASE}/feed.xml"),
        (b"<html><body>plain page</body></html>", "a web page, not a feed"),
        (b"just some words", "not a feed (no RSS or Atom in it)"),
        (b'{"items": []}', "not a feed (no RSS or Atom in it)"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a feed (no RSS or Atom in it)"),
        (b"", "not a feed (no RSS or Atom in it)"),
    ],
)
def test_what_is_not_a_feed_is_one_line(body, message):
    with pytest.raises(FeedError) as caught:
        parse_feed(body, f"{BASE}/page")
    assert str(caught.value) == message


def test_entities_are_not_expanded():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
        b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss version="2.0"><channel><title>&d;'
        b"</title><item><title>x</title><link>http://h/x</link></item></channel></rss>"
    )
    feed = parse_feed(bomb, BASE)
    assert len(feed.title or "") < 1000


def test_a_feed_of_100000_entries_keeps_its_first_entries_quickly():
    started = time.monotonic()
    feed = parse_feed(huge_rss(BASE), BASE)
    assert time.monotonic() - started < 30  # feedparser alone: about a minute
    assert feed.total == 100_000 and len(feed.entries) == MAX_ENTRIES
    assert feed.entries[0].title == "Entry 0"


def test_opml_round_trip_keeps_names_folders_and_categories():
    opml = b"""<?xml version="1.0"?><opml version="1.0"><head><title>mine</title></head><body>
      <outline text="Local">
        <outline text="Valley Post" title="Valley Post" type="rss" xmlUrl="https://post.example/rss"
                 htmlUrl="https://post.example/" category="water,council"/>
        <outline text="Gazette" type="rss" xmlUrl="https://gazette.example/feed"/>
      </outline>
      <outline text="Wire" type="rss" xmlUrl="https://wire.example/atom.xml"/>
      <outline text="again" type="rss" xmlUrl="https://wire.example/atom.xml"/>
      <outline text="not a feed" xmlUrl="file:///etc/passwd"/>
    </body></opml>"""
    subs = read_opml(opml)
    assert subs == [
        Subscription("https://post.example/rss", "Valley Post", ("Local", "water", "council"),
                     "https://post.example/"),
        Subscription("https://gazette.example/feed", "Gazette", ("Local",)),
        Subscription("https://wire.example/atom.xml", "Wire", ()),
    ]  # fmt: skip
    assert read_opml(write_opml(subs).encode()) == subs


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not xml", "not OPML (not well-formed XML"),
        (b"<rss version='2.0'/>", "not OPML (no <opml> element)"),
    ],
)
def test_a_bad_opml_file_is_one_line(data, message):
    with pytest.raises(FeedError, match=re.escape(message)):
        read_opml(data)


def test_requests_to_one_host_wait_for_each_other_and_other_hosts_do_not():
    now = [100.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    delay = HostDelay(2.0, clock=lambda: now[0], sleep=sleep)
    assert delay.wait("http://a.example/feed") == 0
    now[0] += 0.5
    assert delay.wait("http://a.example/page") == 1.5
    assert delay.wait("http://b.example/feed") == 0
    now[0] += 5
    assert delay.wait("http://A.example/other") == 0
    assert slept == [1.5]
