"""Finding the few tokens of a ``Doc`` that matter through its attribute arrays.

A Python loop over a ``Doc`` creates a ``Token`` object per word, which costs more than the test
it is made for. Where only a few tokens of an article can match, they are looked up in
``Doc.to_array`` first, and only those become ``Token`` objects.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy
from spacy.attrs import IS_LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc


def token_indexes(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """Indexes, in document order, of the tokens whose ``attr`` is one of ``values``.

    ``attr`` is a string-valued attribute: "ORTH" (the text), "LOWER", "TAG", "DEP", ….
    """
    column = doc.to_array(attr)
    if isinstance(values, list):
        values = tuple(values)  # a literal list of the rules: hashed once, as a tuple
    # a word list of the rules is hashed once per process
    wanted = _ids(values) if isinstance(values, frozenset | tuple) else _sorted_ids(values)
    return numpy.flatnonzero(is_in(column, wanted)).tolist()


FEW_VALUES = 8
"""Up to this many values, comparing the column with each is quicker than a binary search."""


def is_in(column: numpy.ndarray, wanted: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(column, wanted)`` for ``wanted`` sorted: each value looked up by binary
    search, several times quicker than ``numpy.isin``'s sort of both arrays on a ``Doc``'s
    column (hashes of a few hundred distinct words)."""
    if len(wanted) <= FEW_VALUES:
        hits = numpy.zeros(len(column), dtype=bool)
        for value in wanted:
            hits |= column == value
        return hits
    places = numpy.searchsorted(wanted, column)
    places[places == len(wanted)] = 0
    return wanted[places] == column


@functools.lru_cache(maxsize=128)
def _ids(values: frozenset[str] | tuple[str, ...]) -> numpy.ndarray:
    """The string ids of ``values``, sorted (as ``is_in`` wants them)."""
    return _sorted_ids(values)


def _sorted_ids(values: Iterable[str]) -> numpy.ndarray:
    return numpy.unique(numpy.array([get_string_id(v) for v in values], dtype=numpy.uint64))


def lower_case_texts(doc: Doc) -> set[str]:
    """The distinct texts of the tokens that are written in lower case (``Token.is_lower``)."""
    columns = doc.to_array([ORTH, IS_LOWER])
    orths = set(columns[columns[:, 1] == 1, 0].tolist())
    return {doc.vocab.strings[orth] for orth in orths}


def token_starts(doc: Doc) -> list[int]:
    """``Token.idx`` of every token, in order."""
    return doc.to_array("IDX").tolist()
