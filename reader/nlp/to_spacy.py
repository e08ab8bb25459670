"""An ``Analysis`` as a spaCy ``Doc``: entities in ``doc.ents``, quotes and figures in span groups.

Every attribute is a custom extension whose value lives in ``doc.user_data``, so a ``DocBin``
made with ``store_user_data=True`` keeps all of it; the span labels and ``kb_id_`` (the entity
id) survive any ``DocBin``. ``displacy.render(doc, style="ent")`` shows the entities and
``style="span", options={"spans_key": "quotes"}`` the quotes, labelled with their speakers.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from reader.model import Analysis, Quote, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

QUOTES = "quotes"
FIGURES = "figures"
UNATTRIBUTED = "unattributed"
"""The label of a quote whose speaker the article does not name."""

ARTICLE_FIELDS = ("id", "title", "byline", "published", "source", "extractor", "model", "version")
ENTITY_ATTRIBUTES = ("entity_name",)
QUOTE_ATTRIBUTES = tuple(
    "quote_kind" if f.name == "kind" else f.name
    for f in fields(Quote)
    if f.name not in {"start", "end"}
)
FIGURE_ATTRIBUTES = ("value", "unit", "figure_kind", "sentence_start", "sentence_end")
"""Span extensions. spaCy keys a span's values by its character offsets alone, so a quote and a
figure over the same words need attributes of different names (hence quote_kind, figure_kind)."""


def register_extensions() -> None:
    """Register the extensions (once; a fresh process reading a ``DocBin`` calls this too)."""
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    if not Doc.has_extension("reader_article"):
        Doc.set_extension("reader_article", default=None)
    for name in (*ENTITY_ATTRIBUTES, *QUOTE_ATTRIBUTES, *FIGURE_ATTRIBUTES):
        if not SpacySpan.has_extension(name):
            SpacySpan.set_extension(name, default=None)


_blank: Language | None = None


def _tokenizer() -> Language:
    """A blank English pipeline: the model's tokenizer rules without loading the model."""
    global _blank
    if _blank is None:
        import spacy

        _blank = spacy.blank("en")
    return _blank


def to_spacy(analysis: Analysis, nlp: Language | None = None) -> Doc:
    """The analysis as a ``Doc`` over the article text.

    Without ``nlp`` the text is only tokenised (by a blank English pipeline). With ``nlp`` the
    text is run through it (reader's own components left out), and reader's entities replace
    its ``doc.ents``.
    """
    register_extensions()
    text = analysis.article.text
    if nlp is None:
        doc = _tokenizer().make_doc(text)
    else:
        from reader.nlp.pipeline import OUR_COMPONENTS

        with nlp.select_pipes(disable=[n for n in OUR_COMPONENTS if n in nlp.pipe_names]):
            doc = nlp(text)
    article = analysis.article
    doc._.reader_article = {
        "id": article.content_hash,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "source": article.source,
        "extractor": article.extractor,
        "model": analysis.model,
        "version": analysis.version,
    }
    doc.set_ents(_entity_spans(doc, analysis), default="outside")
    doc.spans[QUOTES] = [_quote_span(doc, quote) for quote in analysis.quotes]
    doc.spans[FIGURES] = [_figure_span(doc, figure) for figure in analysis.figures]
    return doc


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> SpacySpan:
    """The tokens covering ``start:end`` (widened to whole tokens when the offsets fall inside
    one, as they can with another tokenizer)."""
    span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
    if span is None:  # an empty range: the token it stands in
        from spacy.tokens import Span as SpacySpan

        index = min(_token_at(doc, start), len(doc) - 1)
        span = SpacySpan(doc, index, index + 1, label=label, kb_id=kb_id)
    return span


def _token_at(doc: Doc, offset: int) -> int:
    return next((token.i for token in doc if token.idx + len(token) > offset), len(doc))


def _entity_spans(doc: Doc, analysis: Analysis) -> list[SpacySpan]:
    """Each mention as an entity span, each token in one entity only.

    A mention claimed by two entities (two spellings of one name, say) goes to the one with
    more mentions; a mention overlapping one already placed is left out of ``doc.ents``.
    """
    ranked = sorted(analysis.entities, key=lambda e: -len(e.mentions))  # stable: ties by id
    taken: set[int] = set()
    spans = []
    for entity in ranked:
        for start, end in sorted(set(entity.mentions)):
            span = _span(doc, start, end, entity.label, entity.id)
            tokens = set(range(span.start, span.end))
            if tokens & taken:
                continue
            taken |= tokens
            span._.entity_name = entity.name
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def _quote_span(doc: Doc, quote: Any) -> SpacySpan:
    span = _span(
        doc, quote.start, quote.end, quote.speaker or UNATTRIBUTED, quote.speaker_entity or ""
    )
    for name in QUOTE_ATTRIBUTES:
        setattr(span._, name, getattr(quote, "kind" if name == "quote_kind" else name))
    return span


def _figure_span(doc: Doc, figure: Any) -> SpacySpan:
    span = _span(doc, figure.start, figure.end, figure.kind)
    span._.value, span._.unit, span._.figure_kind = figure.value, figure.unit, figure.kind
    span._.sentence_start, span._.sentence_end = _pair(figure.sentence)
    return span


def _pair(span: Span) -> tuple[int, int]:
    return int(span[0]), int(span[1])
