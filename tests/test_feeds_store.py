"""Feed subscriptions and entries in the library: names, read state, outlets, removal."""

import pytest

from reader.errors import LibraryError
from reader.feeds.parse import FeedEntry
from reader.ingest import article_from_text
from reader.model import Analysis


def saved(library, text: str) -> str:
    article = article_from_text(text, kind="text", source="test")
    library.save(Analysis(article, "model", "v"))
    return article.content_hash


def test_a_feed_is_added_once_by_url_and_by_name(library):
    feed = library.add_feed("https://a.example/rss", "Valley News", ["local"], "https://a.example/")
    assert (feed.name, feed.tags, feed.entries, feed.unread) == ("Valley News", ("local",), 0, 0)
    with pytest.raises(LibraryError, match="this feed is already in the library, as “Valley News”"):
        library.add_feed("https://a.example/rss", "Other")
    with pytest.raises(LibraryError, match="a feed is already in the library, as “Valley News”"):
        library.add_feed("https://b.example/rss", "valley news")
    assert library.feed("VALLEY NEWS").id == feed.id
    assert [f.name for f in library.feeds()] == ["Valley News"]


def test_entries_have_read_state_speakers_and_give_their_articles_an_outlet(library):
    feed = library.add_feed("https://a.example/rss", "Valley News")
    first = saved(library, "First story\n\nText one.")
    second = saved(library, "Second story\n\nText two.")
    library.add_entry(feed.id, FeedEntry("k1", "https://a.example/1", "One", "2026-03-02"), first)
    library.add_entry(feed.id, FeedEntry("k2", "https://a.example/2", "Two", "2026-03-03"), second)
    assert library.seen_entries(feed.id, ["k1", "k3"]) == {"k1"}
    assert [e.title for e in library.entries(feed.id)] == ["Two", "One"]  # newest first
    assert library.feed("Valley News").unread == 2
    library.set_read(second)
    assert library.feed("Valley News").unread == 1
    assert [e.read for e in library.entries(feed.id)] == [True, False]
    library.set_read(second, read=False)
    assert library.feed("Valley News").unread == 2
    assert library.feed_outlets() == {first: "Valley News", second: "Valley News"}


def test_a_check_keeps_validators_and_the_last_problem(library):
    feed = library.add_feed("https://a.example/rss", "Valley News")
    library.feed_checked(feed.id, etag='"v1"', modified="Mon", title="The Valley", error=None)
    state = library.feed_state(feed.id)
    assert (state.etag, state.modified) == ('"v1"', "Mon")
    library.feed_checked(feed.id, etag=None, modified=None, title=None, error="a 404")
    info = library.feed("Valley News")
    assert (info.title, info.error) == ("The Valley", "a 404")


def test_removing_a_feed_keeps_its_articles_and_deleting_an_article_its_entry(library):
    feed = library.add_feed("https://a.example/rss", "Valley News")
    kept = saved(library, "First story\n\nText one.")
    gone = saved(library, "Second story\n\nText two.")
    library.add_entry(feed.id, FeedEntry("k1", None, "One", None), kept)
    library.add_entry(feed.id, FeedEntry("k2", None, "Two", None), gone)
    library.set_read(gone)
    library.delete_article(gone)
    assert [e.key for e in library.entries(feed.id)] == ["k1"]
    assert (library.feed("Valley News").entries, library.feed("Valley News").unread) == (1, 1)
    assert library.seen_entries(feed.id, ["k2"]) == {"k2"}  # an update will not bring it back
    assert library.remove_feed("valley news") == 1
    assert library.feeds() == [] and library.article(kept) is not None
    with pytest.raises(LibraryError, match="no feed called"):
        library.remove_feed("Valley News")
