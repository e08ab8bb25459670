"""Paragraph breaks are sentence breaks, before the parser runs.

spaCy's parser runs a headline, a byline or a caption into the next paragraph ("… takes stock
\\n\\nJane Roe has told …" parses "Jane Roe" as the object of "takes"), which hides the subject of
the first sentence. The parser keeps sentence starts that are already set, so a token after a
line break starts a sentence; and a proper noun right after another on the same line does not.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("reader_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """The first token that is not white space after each token holding a line break starts a
    sentence. A token's trailing white space is a single space at most, so a line break is
    always in a token's own text. Found and set through the attribute arrays: no ``Token``
    objects, and not ``Token.is_sent_start``'s check of the whole ``Doc`` per token set."""
    if len(doc) == 0:
        return doc
    columns = doc.to_array([ORTH, IS_SPACE, TAG, SPACY])
    orths = columns[:, 0]
    strings = doc.vocab.strings
    starts = doc.to_array(SENT_START).view(numpy.int64)  # -1: not a sentence start
    _inside_names(columns, strings, starts)
    breaking = [orth for orth in numpy.unique(orths).tolist() if "\n" in strings[orth]]
    if breaking:
        breaks = numpy.flatnonzero(numpy.isin(orths, breaking))
        words = numpy.flatnonzero(columns[:, 1] == 0)
        after = numpy.searchsorted(words, breaks, side="right")
        starts[words[after[after < len(words)]]] = 1
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


def _inside_names(columns, strings, starts) -> None:
    """A proper noun right after a proper noun and one space goes on the same sentence: the
    parser otherwise breaks an unfamiliar name at a paragraph's start ("Priya" |
    "Raghunathan, a …"), and the first name is lost to the person."""
    tags, spaced, orths = columns[:, 2], columns[:, 3], columns[:, 0]
    proper = numpy.isin(tags, [strings[t] for t in ("NNP", "NNPS")])
    pairs = numpy.flatnonzero(proper[1:] & proper[:-1] & (spaced[:-1] == 1))
    # not after "Mr." or "U.S.", which may end a sentence
    inside = [i + 1 for i in pairs.tolist() if not strings[int(orths[i])].endswith(".")]
    starts[inside] = -1
