"""Feeds written for the tests, in each format feedparser reads, linking to the articles of
``news_articles`` as pages of a local server at ``base``."""

from __future__ import annotations

from html import escape

from news_articles import ARTICLES, GAZETTE, POST, WIRE, NewsArticle

RFC822 = {
    "2026-03-02": "Mon, 02 Mar 2026 09:00:00 GMT",
    "2026-03-03": "Tue, 03 Mar 2026 09:00:00 GMT",
    "2026-03-05": "Thu, 05 Mar 2026 09:00:00 GMT",
}


def page_path(news: NewsArticle) -> str:
    return f"/articles/{news.slug}.html"


def rss20(
    base: str, articles=ARTICLES, full_text: bool = False, title: str = "Valley News"
) -> bytes:
    """RSS 2.0; with ``full_text`` each item carries its article in content:encoded."""
    items = []
    for news in articles:
        content = ""
        if full_text:
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in news.body.split("\n\n"))
            content = f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded>"
        items.append(
            f"<item><title>{escape(news.title)}</title><link>{base}{page_path(news)}</link>"
            f"<guid isPermaLink='false'>{news.slug}</guid>"
            f"<pubDate>{RFC822[news.published]}</pubDate>"
            f"<description>{escape(news.body[:80])}…</description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>{base}/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def rss091(base: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">'
        '<rss version="0.91"><channel><title>Gazette 0.91</title>'
        f"<link>{base}/</link><description>d</description><language>en</language>"
        f"<item><title>{GAZETTE.title}</title><link>{base}{page_path(GAZETTE)}</link></item>"
        "</channel></rss>"
    ).encode("latin-1")


def rss092(base: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="0.92"><channel><title>Post 0.92</title>'
        f"<link>{base}/</link><description>d</description>"
        f"<item><title>{POST.title}</title><link>{base}{page_path(POST)}</link>"
        "<description>A visit to the riverbed.</description></item></channel></rss>"
    ).encode()


def rss10(base: str) -> bytes:
    link = f"{base}{page_path(WIRE)}"
    return (
        '<?xml version="1.0"?>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{base}/rss10"><title>Wire 1.0</title><link>{base}/</link>'
        f'<description>d</description><items><rdf:Seq><rdf:li rdf:resource="{link}"/>'
        "</rdf:Seq></items></channel>"
        f'<item rdf:about="{link}"><title>{WIRE.title}</title><link>{link}</link>'
        f"<dc:date>{WIRE.published}T09:00:00Z</dc:date></item></rdf:RDF>"
    ).encode()


def atom(base: str, full_text: bool = True) -> bytes:
    entries = []
    for news in (GAZETTE, WIRE):
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in news.body.split("\n\n"))
        content = f'<content type="html">{escape(paragraphs)}</content>' if full_text else ""
        entries.append(
            f"<entry><title>{escape(news.title)}</title><id>urn:test:{news.slug}</id>"
            f'<link rel="alternate" href="{base}{page_path(news)}"/>'
            f"<updated>{news.published}T09:00:00Z</updated>{content}</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom Desk</title><id>urn:test:feed</id><updated>2026-03-05T09:00:00Z</updated>"
        f'<link rel="self" href="{base}/atom.xml"/>' + "".join(entries) + "</feed>"
    ).encode()


def huge_rss(base: str, entries: int = 100_000) -> bytes:
    items = "".join(
        f"<item><title>Entry {n}</title><link>{base}/missing/{n}</link><guid>big-{n}</guid></item>"
        for n in range(entries)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}'
            "</channel></rss>").encode()  # fmt: skip


WEB_PAGE = (
    b"<!doctype html><html><head><title>Home</title>"
    b'<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
    b"<body><p>Welcome.</p></body></html>"
)
