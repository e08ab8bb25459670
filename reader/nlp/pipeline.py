"""Load spaCy once, add our components, and turn an article into an ``Analysis``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from reader.errors import ReaderError
from reader.model import Analysis, Article
from reader.nlp.versions import pipeline_version, resolve_model

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 20_000
"""spaCy's statistical pipes run on paragraph-aligned chunks of about this size (see ``_parse``)."""

OUR_COMPONENTS = (
    "reader_entity_cleanup",
    "reader_entity_groups",
    "reader_figures",
    "reader_quotes",
)

_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def load_nlp(model: str | None = None) -> Language:
    name = resolve_model(model)
    with _lock:
        if name not in _loaded:
            _loaded[name] = _build(name)
        return _loaded[name]


def _build(name: str) -> Language:
    import spacy

    from reader.nlp import entities, figures, quotes  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as error:
        raise ReaderError(f"spaCy pipeline {name!r} is not installed") from error
    for component in OUR_COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp


def analyze(
    article: Article,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:
    """Run the whole pipeline on ``article``; ``progress(done, total)`` is called per chunk."""
    nlp = load_nlp(model)
    doc = _parse(nlp, article.text, progress)
    return Analysis(
        article=article,
        model=resolve_model(model),
        version=pipeline_version(),
        entities=list(doc._.reader_entities),
        quotes=list(doc._.reader_quotes),
        figures=list(doc._.reader_figures),
    )


def _parse(nlp: Language, text: str, progress: Callable[[int, int], None] | None) -> Doc:
    """Statistical pipes per chunk (bounded memory, progress), then our layer on the whole doc.

    Our components need the whole article (a quote's speaker can be named paragraphs earlier),
    so the chunks are joined with ``Doc.from_docs`` before they run.
    """
    from spacy.tokens import Doc

    chunks = list(split_chunks(text))
    ours = [name for name in OUR_COMPONENTS if name in nlp.pipe_names]
    statistical = [name for name in nlp.pipe_names if name not in ours]
    docs = []
    with nlp.select_pipes(enable=statistical):
        for index, doc in enumerate(nlp.pipe(chunks, batch_size=8)):
            docs.append(doc)
            if progress:
                progress(index + 1, len(chunks))
    doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    for name in ours:
        doc = nlp.get_pipe(name)(doc)
    return doc


def split_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Cut ``text`` at paragraph breaks into pieces of about ``size``; joined, they are ``text``."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        yield text[start:end]
        start = end
