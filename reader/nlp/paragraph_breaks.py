"""Paragraph breaks are sentence breaks, before the parser runs.

spaCy's parser runs a headline, a byline or a caption into the next paragraph ("… takes stock
\\n\\nJane Roe has told …" parses "Jane Roe" as the object of "takes"), which hides the subject of
the first sentence. The parser keeps sentence starts that are already set, so a token after a
line break starts a sentence.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
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
    columns = doc.to_array([ORTH, IS_SPACE])
    orths = columns[:, 0]
    strings = doc.vocab.strings
    breaking = [orth for orth in numpy.unique(orths).tolist() if "\n" in strings[orth]]
    if not breaking:
        return doc
    breaks = numpy.flatnonzero(numpy.isin(orths, breaking))
    words = numpy.flatnonzero(columns[:, 1] == 0)
    after = numpy.searchsorted(words, breaks, side="right")
    starts = doc.to_array(SENT_START)
    starts[words[after[after < len(words)]]] = 1
    doc.from_array([SENT_START], starts)
    return doc
