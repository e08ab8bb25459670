"""A quote credited by a dash: "…" — Jane Doe, or "…" — Jane Doe, the mayor, on the same line
or on the next one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, is_dash, name_head

if TYPE_CHECKING:
    from reader.nlp.quotes.frames import Frames


def dash_credit(text: str, start: int, end: int, words: list[Token]) -> Cue | None:
    """ "…" — Jane Doe, or "…" — Jane Doe, the mayor: a name and nothing more."""
    doc = words[0].doc
    commas = [t.i for t in doc[words[0].i : words[min(3, len(words) - 1)].i] if t.text == ","]
    name = [w for w in words[:4] if not commas or w.i < commas[0]]
    head = name_head(name)  # the name, not a role after its comma
    if head is None:
        return None
    rest = text[head.idx + len(head) : end].strip()
    if rest and not rest.startswith((",", "(", ".")) and len(rest) > 2:
        return None
    segment = text[start:end]
    offset = start + min(segment.find(c) for c in "—–-" if c in segment)
    return Cue(None, "—", offset, offset + 1, head, "dash")


def dash_line_credit(frames: Frames, index: int) -> Cue | None:
    """A quote that ends its paragraph, credited on the next line: "— Jane Doe, mayor"."""
    stretch = frames.stretches[index]
    last = stretch.paragraph + stretch.paragraphs - 1
    if last + 1 >= len(frames.paras) or frames.has_quote(*frames.paras[last + 1]):
        return None
    start, end = frames.paras[last + 1]
    if not is_dash(frames.text[start:end]):
        return None
    words = [t for t in frames.tokens(start, end) if not t.is_punct and not t.is_space]
    return dash_credit(frames.text, start, end, words) if words else None
