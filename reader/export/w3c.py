"""W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection of every export.

Each highlight is an Annotation whose target carries both a TextQuoteSelector (exact,
prefix, suffix) and a TextPositionSelector (code-point offsets, as the model defines them);
its note is a commenting body and each tag a tagging body. Quotes are identifying
annotations naming the speaker; each entity is one classifying annotation targeting every
mention; each figure a describing annotation with its kind, value and unit.

The offsets count in reader's text of the article, which is not the page's or file's own text
(HTML and Markdown lose their markup, line ends are unified). So every target's ``source`` is
that text, ``urn:reader:article:<id>`` (the id is the text's content hash; its label, creator and
created are the article's title, author and publication date), and the page or file it came
from is the target's ``scope``: both selectors are exact in their source, and the quote selector
still finds the words on the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote as percent_encoded

from reader.export.gather import ExportItem
from reader.export.textformat import figure_description, json_text
from reader.model import Figure, Highlight
from reader.store.anchoring import context
from reader.wording import speaker_label

FILE_NAME = "annotations.w3c.json"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def files(items: list[ExportItem], what: frozenset[str]) -> list[tuple[str, str]]:
    annotations = [a for item in items for a in annotations_for(item, what)]
    collection = {
        "@context": CONTEXT,
        "id": "urn:reader:export",
        "type": "AnnotationCollection",
        "label": "reader export",
        "total": len(annotations),
        "first": {"id": "urn:reader:export:page1", "type": "AnnotationPage", "items": annotations},
    }
    return [(FILE_NAME, json_text(collection, indent=1) + "\n")]


def text_iri(item: ExportItem) -> str:
    """reader's text of the article: what every selector's offsets count in."""
    return f"urn:reader:article:{_safe(item.id)}"


def scope_iri(item: ExportItem) -> str | None:
    """The page or file the text came from, when it has an address."""
    source = item.article.source or ""
    if source.startswith(("http://", "https://")):
        return source
    if source.startswith("/"):
        return Path(source).as_uri()
    return None


def text_resource(item: ExportItem) -> dict[str, Any]:
    """reader's text as the Text resource it is, with the article's title, author and date."""
    article = item.article
    resource: dict[str, Any] = {"id": text_iri(item), "type": "Text", "format": "text/plain"}
    if article.title:
        resource["label"] = article.title
    if article.byline:
        resource["creator"] = {"type": "Person", "name": article.byline}
    if article.published:
        resource["created"] = article.published
    return resource


def _specific(item: ExportItem, selectors: list[dict[str, Any]]) -> dict[str, Any]:
    target: dict[str, Any] = {"type": "SpecificResource", "source": text_resource(item)}
    scope = scope_iri(item)
    if scope is not None:
        target["scope"] = scope
    target["selector"] = selectors
    return target


def annotations_for(item: ExportItem, what: frozenset[str]) -> list[dict[str, Any]]:
    out = []
    if "highlights" in what:
        out += [_highlight(item, h) for h in item.highlights]
    if "quotes" in what and item.analysis is not None:
        for quote in item.analysis.quotes:
            out.append(
                {
                    "@context": CONTEXT,
                    "id": f"urn:reader:quote:{_safe(item.id)}:{quote.start}-{quote.end}",
                    "type": "Annotation",
                    "motivation": "identifying",
                    "body": {
                        "type": "TextualBody",
                        "purpose": "identifying",
                        "value": speaker_label(quote),
                        "format": "text/plain",
                    },
                    "target": _target(item, quote.start, quote.end),
                }
            )
    if "entities" in what and item.analysis is not None:
        for entity in item.analysis.entities:
            out.append(
                {
                    "@context": CONTEXT,
                    "id": f"urn:reader:entity:{_safe(item.id)}:{_safe(entity.id)}",
                    "type": "Annotation",
                    "motivation": "classifying",
                    "body": [
                        {"type": "TextualBody", "purpose": "identifying", "value": entity.name},
                        {"type": "TextualBody", "purpose": "classifying", "value": entity.label},
                    ],
                    "target": [_target(item, start, end) for start, end in entity.mentions],
                }
            )
    if "figures" in what and item.analysis is not None:
        out += [_figure(item, figure) for figure in item.analysis.figures]
    return out


def _figure(item: ExportItem, figure: Figure) -> dict[str, Any]:
    bodies = [
        {"type": "TextualBody", "purpose": "classifying", "value": figure.kind},
        {"type": "TextualBody", "purpose": "describing", "value": figure_description(figure)},
    ]
    return {
        "@context": CONTEXT,
        "id": f"urn:reader:figure:{_safe(item.id)}:{figure.start}-{figure.end}",
        "type": "Annotation",
        "motivation": "describing",
        "body": bodies,
        "target": _target(item, figure.start, figure.end),
    }


def _highlight(item: ExportItem, highlight: Highlight) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    if highlight.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": highlight.note,
                "format": "text/plain",
            }
        )
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in highlight.tags]
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": highlight.exact,
            "prefix": highlight.prefix,
            "suffix": highlight.suffix,
        }
    ]
    if highlight.anchored:
        selectors.append(
            {"type": "TextPositionSelector", "start": highlight.start, "end": highlight.end}
        )
    annotation: dict[str, Any] = {
        "@context": CONTEXT,
        "id": _highlight_iri(highlight.id),
        "type": "Annotation",
        "motivation": "commenting" if highlight.note else "highlighting",
        "created": highlight.created_at or None,
        "modified": highlight.updated_at or None,
        "target": _specific(item, selectors),
    }
    if bodies:
        annotation["body"] = bodies
    return {k: v for k, v in annotation.items() if v is not None}


def _target(item: ExportItem, start: int, end: int) -> dict[str, Any]:
    exact, prefix, suffix = context(item.article.text, start, end)
    return _specific(
        item,
        [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ],
    )


def _highlight_iri(hex_id: str) -> str:
    """Highlight ids are uuid4 hex: shown as ``urn:uuid:`` IRIs in the dashed form."""
    if len(hex_id) == 32 and all(c in "0123456789abcdef" for c in hex_id):
        dashed = f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"
        return f"urn:uuid:{dashed}"
    return f"urn:reader:highlight:{_safe(hex_id)}"


def _safe(value: str) -> str:
    """An id as part of an IRI: anything but letters, digits and ``-._~`` percent-encoded."""
    return percent_encoded(value, safe="")
