"""Names with lower-case particles the model cut in two: "Ines van der Roon", "Tomas de Ville".

The model often ends a person at the particles ("Ines van der" + "Roon" read as a place) or
starts one after them ("Roon" alone, "Ines van der" left out). A person's name runs on through
its particles to the capitalised word after them; a bare surname with its particles
("van der Roon said") takes them too when the article writes the full name with them. A
hyphened surname alone ("Adeyemi-Cole said") keeps its first part.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reader.nlp.entities.described import hyphen_joined
from reader.nlp.entities.person_cues import is_name_word, is_particle
from reader.nlp.words import HYPHENS


def join_particle_names(doc: Doc, spans: list[Span]) -> list[Span]:
    at = {i: span for span in spans for i in range(span.start, span.end)}
    absorbed: set[int] = set()
    grown: dict[int, Span] = {}
    for span in spans:
        if id(span) in absorbed or not (span.label_ == "PERSON" or _person_shaped(span)):
            continue
        start, end = span.start, span.end
        if end - start > 2 and span[0].tag_ in _NOT_NAME_TAGS and is_particle(span[1]):
            start += 1  # "Later de Wael told …": the adverb opening the sentence
        while end > start + 1 and is_particle(doc[end - 1]):
            end -= 1  # "Ines van der" as the model read it
        after = _past_particles(doc, end, 1)
        if after is not None and _joinable(doc[after], at, absorbed, span):
            end = after + 1
        lead = start
        while lead < end - 1 and is_particle(doc[lead]):
            lead += 1  # "van der Roon" as the model read it
        before = _past_particles(doc, lead - 1, -1)
        if before is not None and _joinable(doc[before], at, absorbed, span):
            start = before  # "Ines" the model left out (or typed apart), before "van der Roon"
        if span.label_ != "PERSON" or (start, end) != (span.start, span.end):
            grown[id(span)] = Span(doc, start, end, label="PERSON")
    return [grown.get(id(s), s) for s in spans if id(s) not in absorbed]


_NOT_NAME_TAGS = frozenset({"RB", "RBR", "RBS", "IN", "CC", "DT", "UH"})
_MISREAD = frozenset({"PRODUCT", "WORK_OF_ART", "NORP"})


def _person_shaped(span: Span) -> bool:
    """ "Ines van der Roon" read as a product or a work: one name word, particles, one name
    word is how people are named (places and firms with particles the model types as such)."""
    if span.label_ not in _MISREAD or len(span) < 3:
        return False
    inner = span[1:-1]
    ends = (span[0], span[-1])
    return all(is_particle(t) for t in inner) and all(is_name_word(t) for t in ends)


def _past_particles(doc: Doc, i: int, step: int) -> int | None:
    """The index of the word past one or more particles from ``i`` (going ``step``), on the
    same line, or None."""
    j = i
    while 0 <= j < len(doc) and is_particle(doc[j]) and _spaced(doc, j, step):
        j += step
    if j == i or not 0 <= j < len(doc) or not is_name_word(doc[j]):
        return None
    return j


def _spaced(doc: Doc, i: int, step: int) -> bool:
    """One plain space between ``doc[i]`` and its neighbour towards ``step``."""
    left = doc[i] if step > 0 else doc[i - 1] if i > 0 else None
    return left is not None and left.whitespace_ == " "


def _joinable(word: Token, at: dict[int, Span], absorbed: set[int], span: Span) -> bool:
    """The name word is free, or a one-word name of its own ("Roon" as a place) to take in."""
    other = at.get(word.i)
    if other is None:
        return word.pos_ == "PROPN"
    if other is span or len(other) != 1:
        return False
    absorbed.add(id(other))
    return True


def with_bare_particles(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "van der Roon" on its own: a one-word name after the particles the article's full name
    puts before that word takes them, as the same person."""
    starts = _tails(spans, lambda span, i: is_particle(span[i]) and not is_particle(span[i - 1]))
    tails = {tail[1:] for tail in starts}  # from the first particle

    def start_of(span: Span) -> int:
        start = span.start
        if len(span) > 2 and span[0].tag_ in _NOT_NAME_TAGS and is_particle(span[1]):
            start += 1  # "Later de Wael" read as an organisation
        while start > 0 and is_particle(doc[start - 1]) and doc[start - 1].whitespace_ == " ":
            start -= 1
        return start

    return _widened(doc, spans, tails, start_of) if tails else spans


def with_hyphened_starts(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Adeyemi-Cole" read as a person called "Cole": a person's name takes the name word a
    hyphen glues before it (no space either side) when the article's full name has both."""
    tails = _tails(spans, lambda span, i: span[i].text in HYPHENS)  # from the word before
    taken = {i for span in spans for i in range(span.start, span.end)}

    def start_of(span: Span) -> int:
        start = span.start
        glued = span.label_ == "PERSON"
        while glued and start > 1 and hyphen_joined(doc, start - 1) and start - 2 not in taken:
            start -= 2
        return start

    return _widened(doc, spans, tails, start_of) if tails else spans


def _tails(spans: list[Span], starts_tail) -> set[tuple[str, ...]]:
    """The lower-case words of the persons' names from each place ``starts_tail`` marks (one
    word before it, for the word a hyphen joins)."""
    return {
        tuple(t.lower_ for t in span[i - 1 :])
        for span in spans
        if span.label_ == "PERSON"
        for i in range(1, len(span))
        if starts_tail(span, i)
    }


def _widened(doc: Doc, spans: list[Span], tails: set, start_of) -> list[Span]:
    """Each span started where ``start_of`` says, when the words from there are a tail."""
    out = []
    for span in spans:
        start = start_of(span)
        if start != span.start and tuple(t.lower_ for t in doc[start : span.end]) in tails:
            span = Span(doc, start, span.end, label="PERSON")
        out.append(span)
    return out
