"""Load spaCy once, add our components, and turn an article into an ``Analysis``."""

from __future__ import annotations

import itertools
import re
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from reader.errors import ReaderError
from reader.language import looks_english
from reader.model import Analysis, Article
from reader.nlp.versions import pipeline_version, resolve_model

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 20_000
"""spaCy's statistical pipes run on paragraph-aligned chunks of about this size."""

BATCH_SIZE = 8
"""Chunks per ``nlp.pipe`` batch. Measured on news-length texts: 8 costs less CPU than spaCy's
default of 1000 (which also peaks near 2 GB on 200 articles) and no more than 64."""

PARSE_BATCH = 32
"""Chunks per batch for the parser and the NER alone: their step-by-step decoding pays a fixed
cost a step for the whole batch, so more chunks a batch cost less an article (tok2vec, a
plain matrix product, stays at ``BATCH_SIZE``). Each chunk's result does not depend on its
batch."""
PARSE_BATCH_CHARS = BATCH_SIZE * CHUNK_CHARS
"""No more text than ``BATCH_SIZE`` full chunks in one such batch: the parser's precomputed
features take ~4 KB a token of the batch, so a long article's batches stay as they were."""

T = TypeVar("T")

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

    from reader.nlp import entities, figures, paragraph_breaks, quotes  # noqa: F401  (factories)
    from reader.nlp.attribute_rules import use_array_rules

    try:
        nlp = spacy.load(name, exclude=["lemmatizer"])
    except OSError as error:
        raise ReaderError(f"spaCy pipeline {name!r} is not installed") from error
    use_array_rules(nlp)
    _split_glued_marks(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("reader_paragraph_breaks", before="parser")
    for component in OUR_COMPONENTS:
        nlp.add_pipe(component, last=True)
    return nlp


# A double quote mark glued to the word after it, with the punctuation before it
# ('too high,"Jo Roe said', 'said,"Look'), or to a dash ('the end"—that was how Roe put it'),
# is one token to spaCy: the name or the verb is lost inside it.
_GLUED_MARKS = (
    r'(?<=\w)[,.!?](?=["“”]\w)',
    r'(?<=[,.!?])["“”](?=\w)',
    r'(?<=\w)["“”](?=[—–])',
    r'(?<=["“”])[—–](?=\w)',
)


def _split_glued_marks(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *_GLUED_MARKS]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def analyze(
    article: Article,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:
    """Run the whole pipeline on ``article``; ``progress(done, total)`` is called per chunk."""
    nlp = load_nlp(model)
    return _analysis(article, resolve_model(model), _parse(nlp, article.text, progress))


# Every space separator but the plain one (no-break, en, em, thin, figure, ideographic …).
_PLAIN_SPACES = str.maketrans(
    {c: " " for c in map(chr, range(0x3001)) if unicodedata.category(c) == "Zs" and c != " "}
)


# An opening single mark between two letters is an apostrophe typed wrong ("Roe‘s").
_OPENING_MARK_AS_APOSTROPHE = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])")


def readable(text: str) -> str:
    """The text every pipe reads: ``text`` with its no-break, thin and other wide spaces made
    plain, and an opening single mark typed for an apostrophe ("Roe‘s") made one.

    The tokenizer makes a no-break space a token of its own, which splits the phrase it sits
    in: "his nephew Jo Roe added" with one after "nephew" parses as two phrases, and "Jo Roe"
    with one is another name than "Jo Roe". One character for one, so offsets into the
    article's text are unchanged.
    """
    text = text.translate(_PLAIN_SPACES)
    return _OPENING_MARK_AS_APOSTROPHE.sub("’", text) if "‘" in text else text


def _parse(nlp: Language, text: str, progress: Callable[[int, int], None] | None) -> Doc:
    """Statistical pipes per chunk (bounded memory, progress), then our layer on the whole doc."""
    text = readable(text)
    chunks = list(split_chunks(text)) or [""]
    docs = []
    for index, doc in enumerate(nlp.pipe(chunks, batch_size=BATCH_SIZE, disable=_ours(nlp))):
        docs.append(_without_tensor(doc))
        if progress:
            progress(index + 1, len(chunks))
    return _run_ours(nlp, docs, text)


@dataclass
class _Job:
    """One article on its way through ``analyze_many``."""

    article: Article
    context: Any
    chunks: int
    check: Callable[[int, int], None] | None
    docs: list[Doc] = field(default_factory=list)
    failed: Exception | None = None

    @property
    def settled(self) -> bool:
        return self.failed is not None or len(self.docs) == self.chunks


def analyze_many(
    items: Iterable[tuple[Article, T]],
    model: str | None = None,
    time_limit: Callable[[], Callable[[int, int], None]] | None = None,
) -> Iterator[tuple[Analysis | Exception, T]]:
    """Analyse a stream of articles, each with a context value passed through, in input order.

    The chunks of consecutive articles share ``nlp.pipe`` batches, which keeps the statistical
    pipes busy on short articles. spaCy is only loaded once the first article arrives.
    ``time_limit()`` gives each article its own ``progress(done, total)`` check (which raises
    ``ReaderError`` to stop it). An article that fails, there or in our components, comes out
    as its exception, and the others go on.
    """
    items = iter(items)
    first = next(items, None)
    if first is None:
        return
    nlp = load_nlp(model)
    model_name = resolve_model(model)
    jobs: deque[_Job] = deque()

    def chunks() -> Iterator[tuple[str, _Job]]:
        for article, context in itertools.chain([first], items):
            pieces = list(split_chunks(readable(article.text))) or [""]
            job = _Job(article, context, len(pieces), time_limit() if time_limit else None)
            jobs.append(job)
            for piece in pieces:
                if job.failed is not None:
                    break  # stopped: its remaining chunks are never parsed
                yield piece, job

    for doc, job in _parsed(nlp, chunks()):
        if job.failed is None:
            job.docs.append(_without_tensor(doc))
            if job.check is not None:
                try:
                    job.check(len(job.docs), job.chunks)
                except ReaderError as error:
                    job.failed, job.docs = error, []
        while jobs and jobs[0].settled:
            done = jobs.popleft()
            yield _finished(nlp, done, model_name), done.context


def _parsed(nlp: Language, chunks: Iterator[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe`` over ``(chunk, context)`` pairs, with the parser and the NER batched by
    ``PARSE_BATCH`` and ``PARSE_BATCH_CHARS``."""
    for group in _batches(chunks):
        larger = {name: {"batch_size": len(group)} for name in ("parser", "ner")}
        yield from nlp.pipe(
            group,
            as_tuples=True,
            batch_size=BATCH_SIZE,
            disable=_ours(nlp),
            component_cfg=larger,
        )


def _batches(chunks: Iterator[tuple[str, T]]) -> Iterator[list[tuple[str, T]]]:
    batch: list[tuple[str, T]] = []
    chars = 0
    for chunk in chunks:
        if batch and chars + len(chunk[0]) > PARSE_BATCH_CHARS:
            yield batch
            batch, chars = [], 0
        batch.append(chunk)
        chars += len(chunk[0])
        if len(batch) == PARSE_BATCH:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _finished(nlp: Language, job: _Job, model_name: str) -> Analysis | Exception:
    if job.failed is not None:
        return job.failed
    try:
        return _finish(nlp, job.article, model_name, job.docs)
    except Exception as error:  # a bug on one article: reported for it, the batch goes on
        return error


def _ours(nlp: Language) -> list[str]:
    return [name for name in OUR_COMPONENTS if name in nlp.pipe_names]


def _without_tensor(doc: Doc) -> Doc:
    """Drop the tok2vec output (96 floats a token) once the statistical pipes are done with it.

    Nothing downstream reads it (the model has no word vectors, and our components work on
    tags, parses and entities), and on a 7 MB article it would be most of the peak memory.
    """
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def _finish(nlp: Language, article: Article, model_name: str, docs: list[Doc]) -> Analysis:
    return _analysis(article, model_name, _run_ours(nlp, docs, readable(article.text)))


def _run_ours(nlp: Language, docs: list[Doc], text: str) -> Doc:
    """Join an article's chunk docs and run our components on the whole of it.

    Our components need the whole article (a quote's speaker can be named paragraphs earlier),
    so they run on the joined ``Doc``, never per chunk. ``text`` is the article's text, which
    the joined ``Doc``'s text is (spaCy's tokens keep every character): it is handed to
    ``doc_text`` rather than rebuilt from a ``Token`` per word.
    """
    from spacy.tokens import Doc

    doc = (
        docs[0]
        if len(docs) == 1
        else Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    )
    doc._.reader_text = text
    for name in _ours(nlp):
        doc = nlp.get_pipe(name)(doc)
    return doc


def _analysis(article: Article, model_name: str, doc: Doc) -> Analysis:
    # An English model reads names and quotes into any language: none rather than invented ones.
    english = looks_english(article.text)
    return Analysis(
        article=article,
        model=model_name,
        version=pipeline_version(),
        entities=list(doc._.reader_entities) if english else [],
        quotes=list(doc._.reader_quotes) if english else [],
        figures=list(doc._.reader_figures),
    )


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
