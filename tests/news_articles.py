"""Three short articles written for these tests: one story told by three outlets.

The water minister's words are quoted whole, trimmed and re-punctuated; a farmer's words
are given to someone else by the third outlet (a misattribution); two people share the
surname Greer; one quote shares a few words with another but is a different statement.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NewsArticle:
    slug: str
    outlet: str
    published: str
    title: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}"

    def html(self) -> str:
        paragraphs = "".join(f"<p>{p}</p>\n" for p in self.body.split("\n\n"))
        return (
            f"<!doctype html><html><head><title>{self.title}</title>"
            f'<meta property="article:published_time" content="{self.published}">'
            f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{self.title}</h1>\n{paragraphs}</article>"
            f"<footer>Copyright {self.outlet}</footer></body></html>"
        )


GAZETTE = NewsArticle(
    slug="reservoir-approved",
    outlet="Harbour Gazette",
    published="2026-03-02",
    title="Reservoir plan approved after a summer of drought",
    body=(
        "The regional government approved a new reservoir for the Ashby valley on Monday, "
        "after a summer in which hundreds of homes went without running water.\n\n"
        '"We will not let another summer pass with empty taps in this valley. The reservoir '
        'is the answer, and we will build it," the water minister, Ilse Marrow, said.\n\n'
        "Farmers were less sure. "
        '"Nobody asked the people who actually use the water," said Tomas Greer, '
        "who chairs the Ashby Farmers Union.\n\n"
        'The Ashby Farmers Union said it "remains deeply concerned about the cost".\n\n'
        'A council official, who asked not to be named, said: "The budget has not been '
        'agreed yet."'
    ),
)

POST = NewsArticle(
    slug="minister-reservoir",
    outlet="Valley Post",
    published="2026-03-03",
    title="Minister promises reservoir for Ashby",
    body=(
        "Ms Marrow visited the dry riverbed at Ashby on Tuesday.\n\n"
        '"We will not let another summer pass with empty taps in this valley," Marrow told '
        "reporters.\n\n"
        "Daniel Greer, a hydrologist at the county university, said the aquifer under the "
        'valley was falling. "The ground water is dropping faster than anyone expected," '
        "Greer said."
    ),
)

WIRE = NewsArticle(
    slug="ashby-reservoir-doubts",
    outlet="North Wire",
    published="2026-03-05",
    title="Doubts over cost of Ashby reservoir",
    body=(
        "Questions about the cost of the Ashby reservoir grew on Thursday.\n\n"
        '"We will not let another summer pass with empty taps in this valley - the reservoir '
        'is the answer and we will build it," Ilse Marrow said last week.\n\n'
        '"Nobody asked the people who use the water," said Ruth Calloway, a farmer near '
        "Ashby.\n\n"
        '"We will build the new dam on time and within its budget," Marrow added on '
        "Thursday."
    ),
)

ARTICLES = (GAZETTE, POST, WIRE)
