"""Paragraph breaks are sentence breaks, before the parser runs.

spaCy's parser runs a headline, a byline or a caption into the next paragraph ("… takes stock
\\n\\nJane Roe has told …" parses "Jane Roe" as the object of "takes"), which hides the subject of
the first sentence. The parser keeps sentence starts that are already set, so a token after a
line break starts a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("reader_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
    return doc
