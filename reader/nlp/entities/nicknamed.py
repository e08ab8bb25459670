"""A name written with a quoted nickname is one person's name: `Ada J. "Dot" Quell`.

The statistical NER reads such a name in pieces ("Ada J.", "Dot Quell"), so the nickname's
form and the surname went to a second row. The whole written name becomes one PERSON mention.
It keeps the nickname as written: that is how the article names the person, the form a reader
would search for, and the shorter forms ("Quell", "Dot Quell", "Ada Quell") still join it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from reader.nlp.doc_text import doc_text
from reader.nlp.nicknames import find_nicknames


def nicknamed_people(doc: Doc, names: list[Span]) -> list[Span]:
    """The names with a quoted nickname where the NER read some piece as a person's, or, misled
    by the marks, every piece as a title's ('Ada "Dot" Quell' as WORK_OF_ART), and the
    nickname's own form elsewhere ("Dot Quell"), which the NER may miss. An organisation's or a
    place's name with a quoted word inside, read with no person in it, is left alone."""
    text = doc_text(doc)
    found = []
    for nick in find_nicknames(text):
        span = doc.char_span(nick.start, nick.end, label="PERSON")
        if span is None:
            continue
        labels = {n.label_ for n in names if n.start < span.end and span.start < n.end}
        if "PERSON" not in labels and labels != {"WORK_OF_ART"}:
            continue
        found.append(span)
        form = f"{text[nick.nick_start : nick.nick_end]} {text[nick.surname_start : nick.end]}"
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            other = doc.char_span(match.start(), match.end(), label="PERSON")
            if other is not None:
                found.append(other)
    return found
