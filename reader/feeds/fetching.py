"""A feed fetched by the project's one fetch path, conditionally (ETag / Last-Modified)."""

from __future__ import annotations

from reader.feeds.update import FeedResponse

FEED_TYPES = {
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
}
"""Content types a feed may come as, beside the HTML and text an article may."""
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9,"
    " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)


def fetch_feed(url: str, etag: str | None, modified: str | None) -> FeedResponse:
    """The feed at ``url``: status 304 and no body when it has not changed since ``etag`` /
    ``modified``. ``IngestError`` (one line) when it cannot be fetched."""
    from reader.ingest.fetch import fetch_url

    headers = {"Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    page = fetch_url(url, headers=headers, kinds=FEED_TYPES)
    return FeedResponse(page.status, page.body, page.url, page.etag, page.modified)
