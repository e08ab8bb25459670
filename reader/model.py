"""The data every layer shares: an article, and what analysis found in it.

Offsets are Python ``str`` (code point) offsets into ``Article.text``, end exclusive.
They are the one currency between ingest, analysis, storage, the app and exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

SCHEMA_VERSION = 1
"""Version of the JSON shape written by ``Analysis.to_json`` (``reader analyze --jsonl``)."""

Span = tuple[int, int]


HEAD_RULES = 1
"""The version of the rules that read an article's head, and its title, byline and date, from
its text (``reader.ingest.head`` and ``dates``): bump it when they read differently. The library
keeps each article's head lines with it and reads them again where it differs."""
HEAD_EXTRACTORS = ("text", "markdown")
"""Articles whose head is part of their text (an HTML page's metadata comes from the page)."""


@dataclass(frozen=True)
class HeadLine:
    """One line of the article's head, the lines above the body that are not body text."""

    kind: str
    """title, standfirst, byline, published, credit, or label (an outlet, section or kicker)."""
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    byline: str | None = None
    """The author's names, without a job title ("Jane Okafor", not "…, Health Editor")."""
    published: str | None = None
    """ISO 8601 when reader could read a date (``2025-11-28`` or ``2025-11-28T15:41``)."""
    source: str | None = None
    content_hash: str = ""
    extractor: str = "text"
    """How the text was obtained: text, markdown, trafilatura, readability, html-text."""
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    """What a corpus record said besides its text (a JSONL line's other fields, a WARC
    record's id and date): carried to the outputs, never analysed."""
    stored_head: tuple[HeadLine, ...] | None = field(default=None, compare=False, repr=False)
    """``head`` as the library keeps it, read by these ``HEAD_RULES``: reopening the article
    does not read it again. None: ``head`` is read from the text."""

    @cached_property
    def head(self) -> tuple[HeadLine, ...]:
        """The head's lines (headline, standfirst, byline, date, credits) as offsets into
        ``text``, top first; the text itself is unchanged. Read from the text (or kept by the
        library from that reading), so it is the same however the article was stored; empty
        for pages extracted from HTML, whose metadata comes from the page."""
        if self.extractor not in HEAD_EXTRACTORS:
            return ()
        if self.stored_head is not None:
            return self.stored_head
        from reader.ingest.head import find_head  # ingest builds on this module, not the reverse

        return find_head(self.text)


@dataclass(frozen=True)
class Kind:
    """One kind of thing the app marks and lists: its toggle, sidebar section and colour."""

    key: str
    """The toggle's and the sidebar section's id: people, places, orgs, figures, quotes."""
    section: str
    """The sidebar's heading for it."""
    plural: str
    """In a sentence: "hidden: organisations"."""
    word: str
    """One word for one of them (person, place, org…); its colour is ``article--<word>``."""
    labels: frozenset[str] = frozenset()
    """spaCy's entity labels of this kind (none for figures and quotes)."""


KINDS = (
    Kind("people", "People", "people", "person", frozenset({"PERSON"})),
    Kind("places", "Places", "places", "place", frozenset({"GPE", "LOC", "FAC"})),
    Kind("orgs", "Organisations", "organisations", "org", frozenset({"ORG"})),
    Kind("figures", "Figures", "figures", "figure"),
    Kind("quotes", "Quotes", "quotes", "quote"),
)
"""The one table of kinds: label → kind → section, name and colour. A new kind goes here."""
KIND = {kind.key: kind for kind in KINDS}
LABEL_KINDS = {label: kind.key for kind in KINDS for label in kind.labels}
"""Entity label → the kind (sidebar section, toggle) it is shown under."""
PLACE_LABELS = KIND["places"].labels
LABEL_WORDS = {label: KIND[kind].word for label, kind in LABEL_KINDS.items()} | {"NORP": "group"}
"""Entity label → one word for it (in tables and exports); NORP is shown but is no kind."""


def entity_kind(label: str) -> str | None:
    """The sidebar section / toggle an entity label belongs to (None: not shown)."""
    return LABEL_KINDS.get(label)


@dataclass
class Entity:
    id: str
    label: str
    """PERSON, GPE, LOC, FAC, ORG, NORP, … (spaCy's OntoNotes labels)."""
    name: str
    """The fullest name the article gives for this entity."""
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    start: int
    end: int
    """The quoted words, without the quote marks."""
    speaker: str | None = None
    """The speaker's fullest name, or None when the article does not name one."""
    speaker_entity: str | None = None
    """``Entity.id`` of the speaker's group, when there is one."""
    speaker_text: str | None = None
    """The words at the attribution that refer to the speaker ("he", "a spokesman")."""
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    """The attribution cue ("said", "according to", ":", "—") or a rule name."""
    cue_start: int | None = None
    cue_end: int | None = None
    kind: str = "direct"
    """direct (has its own cue), partial (a fragment inside paraphrase), continued (the rest
    of a quote split by its cue), floating (a quote-only paragraph taking the last speaker)."""
    reason: str | None = None
    """A short human explanation of why this speaker was chosen."""
    confidence: float | None = None
    """How likely the speaker is right, 0–1 (calibrated on news with known speakers)."""
    runner_up: str | None = None
    """The next most likely speaker (a name, or the words of an unnamed one), if any."""
    runner_up_reason: str | None = None
    """Why the runner-up was considered."""


@dataclass
class Figure:
    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None
    """What the number counts: "troops", "per cent", "GBP", …"""
    kind: str = "count"
    """count, money, percent, date, ordinal, quantity, time."""
    sentence: Span = (0, 0)


@dataclass
class Analysis:
    article: Article
    model: str
    version: str
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.article.content_hash

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_spacy(self, nlp: Any = None) -> Any:
        """This analysis as a spaCy ``Doc``: ``doc.ents``, ``doc.spans["quotes"]`` and
        ``doc.spans["figures"]`` (see ``reader.nlp.to_spacy``; spaCy is imported only here)."""
        from reader.nlp.to_spacy import to_spacy

        return to_spacy(self, nlp)

    def to_json(self) -> dict[str, Any]:
        """The documented, versioned JSONL record (see README, "JSONL schema")."""
        a = self.article
        return {
            "schema": SCHEMA_VERSION,
            "source": a.source,
            "id": a.content_hash,
            "title": a.title,
            "byline": a.byline,
            "published": a.published,
            "extractor": a.extractor,
            "head": [{"kind": h.kind, "start": h.start, "end": h.end} for h in a.head],
            "text": a.text,
            **({"meta": a.meta} if a.meta else {}),
            "pipeline": {"model": self.model, "version": self.version},
            "entities": [
                {
                    "id": e.id,
                    "label": e.label,
                    "name": e.name,
                    "mentions": [list(m) for m in e.mentions],
                }
                for e in self.entities
            ],
            "quotes": [_as_dict(q, _QUOTE_FIELDS) for q in self.quotes],
            "figures": [
                {**_as_dict(f, _FIGURE_FIELDS), "sentence": list(f.sentence)} for f in self.figures
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        article = Article(
            text=data["text"],
            title=data.get("title"),
            byline=data.get("byline"),
            published=data.get("published"),
            source=data.get("source"),
            content_hash=data["id"],
            extractor=data.get("extractor", "text"),
            meta=data.get("meta") or {},
        )
        return cls(
            article=article,
            model=data["pipeline"]["model"],
            version=data["pipeline"]["version"],
            entities=[
                Entity(e["id"], e["label"], e["name"], [tuple(m) for m in e["mentions"]])
                for e in data.get("entities", [])
            ],
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            figures=[
                Figure(**{**f, "sentence": tuple(f["sentence"])}) for f in data.get("figures", [])
            ],
        )


_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))


def _as_dict(item: Quote | Figure, names: tuple[str, ...]) -> dict[str, Any]:
    """``dataclasses.asdict`` for a record of plain values, without its recursive deep copy
    (the slowest part of writing an analysis)."""
    return {name: getattr(item, name) for name in names}


@dataclass
class Highlight:
    """A user's mark on an article: offsets plus a text anchor (W3C TextQuoteSelector)."""

    id: str
    article_id: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    kind: str = "range"
    """range, sentence, paragraph, quote or entity: what the user highlighted."""
    label: str = "yellow"
    note: str = ""
    tags: list[str] = field(default_factory=list)
    anchored: bool = True
    """False when re-anchoring against a new text failed; the highlight is kept, flagged."""
    created_at: str = ""
    updated_at: str = ""
