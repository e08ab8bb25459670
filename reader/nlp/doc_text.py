"""The text of a ``Doc``, joined from its tokens once per document.

``Doc.text`` is a property that rebuilds the whole string from the tokens on every access, and
each of our components needs it. A ``Doc``'s text never changes (setting entities or merging
tokens keeps it), so it is kept on the ``Doc`` itself: no state is shared between documents.
"""

from __future__ import annotations

from spacy.tokens import Doc

from reader.nlp import extensions  # noqa: F401  (registers doc._.reader_text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for this ``doc``."""
    text = doc._.reader_text
    if text is None:
        text = doc._.reader_text = doc.text
    return text
