"""The head of a text or Markdown article (headline, standfirst, byline, date, credits) is
recognised as a view over the unchanged text, and fills the article's title, byline and ISO 8601
date, and every export. The articles here are invented in the styles of UK and US news sites."""

from __future__ import annotations

import csv
import json

import pytest
import yaml
from conftest import SAMPLES

from reader.export import export, gather
from reader.ingest import article_from_text, load_article
from reader.ingest.head import byline_names, read_head
from reader.store import open_library

UK_TABLOID = """Council approves new bridge for Millbrook 'after years of delay'

Residents say the crossing will cut journeys into town by half

MILLBROOK HERALD

Nadia Farouk

By Nadia Farouk


Published: 04/03/2026

- 09:15

Residents gathered outside the town hall for the vote (Image: Millbrook Herald)

The council voted nine to two on Tuesday to approve the £14m crossing over the river.

By March next year, the first lorries will use it, the council said.
"""

US_WIRE = """Senate passes stopgap bill hours before shutdown deadline
By Marcus Bell and Dana Ortiz, Capitol Bureau
Nov. 14, 2025 3:41 p.m. ET
WASHINGTON — The Senate on Friday passed a bill to keep the government open until January, \
sending it to the House with hours to spare.
"""

BROADSHEET = """Water firms told to tie bosses' bonuses to pollution record

Regulator says payouts will be cut for every serious spill

Tom Reyes Environment correspondent

Thu 12 Feb 2026 07.00 GMT

Photograph: Alamy

Water companies in England will have to show they cut sewage spills before paying bonuses, \
the regulator said on Thursday.
"""

NO_HEAD = (
    "The council met on Tuesday to discuss the budget, which has grown by a fifth since last "
    "year and now stands at £2m.\n\nBy March, the money will have run out, officials said.\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(line.kind, text[line.start : line.end]) for line in read_head(text).lines]


def test_a_uk_tabloid_head():
    assert kinds(UK_TABLOID) == [
        ("title", "Council approves new bridge for Millbrook 'after years of delay'"),
        ("standfirst", "Residents say the crossing will cut journeys into town by half"),
        ("label", "MILLBROOK HERALD"),
        ("byline", "Nadia Farouk"),
        ("byline", "By Nadia Farouk"),
        ("published", "Published: 04/03/2026"),
        ("published", "- 09:15"),
        (
            "credit",
            "Residents gathered outside the town hall for the vote (Image: Millbrook Herald)",
        ),
    ]
    head = read_head(UK_TABLOID)
    assert (head.byline, head.published) == ("Nadia Farouk", "2026-03-04T09:15")


def test_a_us_wire_head_on_single_lines():
    assert [kind for kind, _ in kinds(US_WIRE)] == ["title", "byline", "published"]
    head = read_head(US_WIRE)
    assert head.byline == "Marcus Bell and Dana Ortiz"
    assert head.published == "2025-11-14T15:41"  # "ET" is EST or EDT: no offset is invented


def test_a_broadsheet_head_with_a_byline_without_by():
    assert [kind for kind, _ in kinds(BROADSHEET)] == [
        "title",
        "standfirst",
        "byline",
        "published",
        "credit",
    ]
    head = read_head(BROADSHEET)
    assert (head.byline, head.published) == ("Tom Reyes", "2026-02-12T07:00+00:00")


def test_a_text_that_opens_with_its_body_has_no_head():
    assert kinds(NO_HEAD) == []


def test_a_dateline_or_byline_in_the_body_is_not_head():
    text = (
        "Ferry fares to rise by a tenth\n\n"
        + "The operator said on Monday that fares would rise in April. " * 3
        + "\n\nBy Jane Smith, Transport Correspondent\n\nPublished: 01/02/2026\n"
    )
    assert [kind for kind, _ in kinds(text)] == ["title"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Harriet Okoye, Political Correspondent", "Harriet Okoye"),
        ("By Jane Smith, John Doe and Ann Lee", "Jane Smith, John Doe and Ann Lee"),
        ("BY LENA PARK in Seoul", "LENA PARK"),
        ("By Jean-Luc de la Croix · Paris bureau", "Jean-Luc de la Croix"),
        ("Words by Kwame Mensah", "Kwame Mensah"),
        ("Ana Ruiz, Science Editor", "Ana Ruiz"),
        ("By March, prices had risen", None),
        ("By contrast, the plan failed", None),
        ("By Staff Reporter", None),
        ("Ministers Clash With Health Editor", None),
    ],
)
def test_byline_names_never_include_a_job_title(line, names):
    assert byline_names(line) == names


def test_the_text_is_unchanged_and_metadata_comes_from_the_head():
    article = article_from_text(UK_TABLOID, kind="text", source="/tmp/bridge.txt")
    assert article.text == UK_TABLOID
    assert article.title == "Council approves new bridge for Millbrook 'after years of delay'"
    assert (article.byline, article.published) == ("Nadia Farouk", "2026-03-04T09:15")
    assert [line.kind for line in article.head][:2] == ["title", "standfirst"]
    body = article.text[article.head[-1].end :].lstrip()
    assert body.startswith("The council voted nine to two")


def test_markdown_front_matter_gives_title_author_and_date_and_is_not_body():
    source = (
        "---\n"
        'title: "Ferry fares to rise by a tenth"\n'
        "author: [Ola Nwosu, Ben Carter]\n"
        "date: 2026-02-01\n"
        "tags: [transport]\n"
        "---\n\n"
        "The operator said on Monday that fares would rise in April.\n"
    )
    article = article_from_text(source, kind="markdown", source="/tmp/ferry.md")
    assert article.text == "The operator said on Monday that fares would rise in April."
    assert article.title == "Ferry fares to rise by a tenth"
    assert (article.byline, article.published) == ("Ola Nwosu and Ben Carter", "2026-02-01")


@pytest.mark.parametrize(
    "front",
    ["title: [unclosed\n", "- just\n- a list\n", "a: &x [*x]\n", "title: {a: b}\n", "x" * 70_000],
)
def test_broken_or_odd_front_matter_is_not_body_and_not_an_error(front):
    source = f"---\n{front}\n---\n\n# Headline here\n\nBody text of the article.\n"
    article = article_from_text(source, kind="markdown", source="/tmp/odd.md")
    assert article.text == "Body text of the article."
    assert article.title == "Headline here"


def test_a_markdown_byline_with_a_date():
    source = "# Dock strike called off\n\n*By Ola Nwosu · 14 March 2026*\n\nThe union said so.\n"
    article = article_from_text(source, kind="markdown", source="/tmp/dock.md")
    assert [line.kind for line in article.head] == ["byline"]
    assert (article.byline, article.published) == ("Ola Nwosu", "2026-03-14")


def test_sample_articles_heads():
    ceasefire = load_article(str(SAMPLES / "uk-ceasefire-talks.txt"))
    assert [line.kind for line in ceasefire.head] == ["title", "byline"]
    assert ceasefire.byline == "Harriet Lowe"
    vaccine = load_article(str(SAMPLES / "vaccine-trial.txt"))
    assert [line.kind for line in vaccine.head] == ["title"]
    harbour = load_article(str(SAMPLES / "harbour-strike.md"))
    assert harbour.byline == "Tomás Ferreira" and harbour.published is None  # no year given


def test_every_export_carries_the_heads_author_and_date(tmp_path):
    from test_store_fixtures import make_analysis

    article = article_from_text(UK_TABLOID, kind="text", source="/tmp/bridge.txt")
    with open_library(tmp_path / "lib.db") as library:
        analysis = make_analysis(article)
        library.save(analysis)
        library.add_highlight(article, 0, 7)
        items = gather(library)
    out = tmp_path / "out"
    what = frozenset({"highlights", "quotes"})
    md = export(items, "md", out, what)[0].read_text(encoding="utf-8")
    meta = yaml.safe_load(md.split("---\n")[1])
    assert (meta["author"], meta["date"]) == ("Nadia Farouk", "2026-03-04T09:15")
    with export(items, "readwise-csv", out, what)[0].open(newline="", encoding="utf-8") as handle:
        assert {row["Author"] for row in csv.DictReader(handle)} == {"Nadia Farouk"}
    [record] = [json.loads(line) for line in export(items, "jsonl", out, what)[0].open()]
    assert record["article"]["published"] == "2026-03-04T09:15"
    title_end = UK_TABLOID.index("\n")
    assert record["article"]["head"][0] == {"kind": "title", "start": 0, "end": title_end}
    w3c = json.loads(export(items, "w3c", out, what)[0].read_text(encoding="utf-8"))
    source = w3c["first"]["items"][0]["target"]["source"]
    assert source["creator"]["name"] == "Nadia Farouk" and source["created"].startswith("2026")
