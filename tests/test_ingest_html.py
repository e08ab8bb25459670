"""HTML extraction: paragraphs kept, boilerplate out, metadata in, title not repeated."""

from __future__ import annotations

import pytest

from reader.errors import IngestError
from reader.ingest import article_from_bytes
from reader.ingest.html import combine, extract_html

STORY = [
    "The harbour authority in Portmere voted on Tuesday to close the old ferry pier after "
    "inspectors found that two of its timber piles had rotted through below the waterline.",
    "Engineers said the pier could not safely carry vehicles and that repairs would cost more "
    "than building a new landing stage on the northern side of the bay.",
    "Local traders, who depend on summer visitors arriving by boat, asked the council to "
    "publish the inspection report and to set a date for the replacement works to begin.",
    "The authority said a temporary pontoon would be in place before the start of the season "
    "and that the ferry timetable would not change for passengers travelling on foot.",
]


def page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def news_page() -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(12))
    nav += "</ul></nav>"
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    footer = "<footer><p>Copyright Portmere Gazette. All rights reserved. Cookie policy.</p>"
    footer += "<p>Sign up to our newsletter for the latest headlines.</p></footer>"
    head = (
        "<title>Ferry pier to close after inspection | Portmere Gazette</title>"
        "<meta property='og:site_name' content='Portmere Gazette'>"
        "<meta name='author' content='Ada Lovelock'>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>"
    )
    article = f"<article><h1>Ferry pier to close after inspection</h1>{paragraphs}</article>"
    return page(nav + "<main>" + article + "</main>" + footer, head)


def test_article_paragraphs_kept_and_boilerplate_dropped():
    extracted = extract_html(news_page())
    assert extracted.text.split("\n\n") == STORY
    assert "Section 3" not in extracted.text
    assert "newsletter" not in extracted.text


def test_metadata_title_without_site_name_byline_and_date():
    extracted = extract_html(news_page())
    assert extracted.title == "Ferry pier to close after inspection"
    assert extracted.byline == "Ada Lovelock"
    assert extracted.published == "2024-03-05"


def test_title_is_not_repeated_as_first_paragraph():
    extracted = extract_html(news_page())
    assert not extracted.text.startswith("Ferry pier")


def test_combine_keeps_only_paragraphs_both_extractors_found():
    main = "\n".join([*STORY, "Share this story on social media and follow us for more news"])
    second = "\n\n".join(STORY)
    text, extractor = combine(main, second)
    assert text == "\n\n".join(STORY) and extractor == "trafilatura"


def test_combine_falls_back_when_one_extractor_missed_the_article():
    text, extractor = combine("Subscribe now", "\n\n".join(STORY))
    assert text == "\n\n".join(STORY) and extractor == "readability"
    text, extractor = combine("\n".join(STORY), "Subscribe now")
    assert text == "\n\n".join(STORY) and extractor == "trafilatura"


def test_table_rows_stay_one_block():
    text, _ = combine("Results:\n| a | 1 |\n| b | 2 |\nEnd of results here.", "")
    assert text.split("\n\n") == ["Results:", "| a | 1 |\n| b | 2 |", "End of results here."]


def test_short_page_still_gives_its_text():
    extracted = extract_html(page("<p>Only one short line of text.</p>"))
    assert extracted.text == "Only one short line of text."


def test_page_without_text_is_a_clear_error():
    html = page("<script>var a = 1;</script><style>p {}</style>").encode()
    with pytest.raises(IngestError, match="no article text"):
        article_from_bytes(html, kind="html", source="x.html")


def test_deeply_nested_page_does_not_crash():
    html = page("<div>" * 5000 + "<p>" + STORY[0] + "</p>" + "</div>" * 5000)
    assert STORY[0] in extract_html(html).text
