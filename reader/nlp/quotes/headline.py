"""A headline that opens with its speaker: "Roe: Doe Would Wreck the Harbour, 'I Fear It'",
"Harbour Chief on the Levy: 'We Will Not Pay'"; or with a verb: "Roe blasts 'ludicrous' deal".

Everything after the colon is the named speaker's, whatever verb the rest of the headline
has ("Would Wreck" is Roe's claim, not Doe's words). The speaker is a short Title Case name
before the colon, cut at "on"/"about" (the topic). "The Latest: …" names nobody.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.entities.described import family_names
from reader.nlp.entities.person_cues import is_name_word
from reader.nlp.quotes.cue import Cue
from reader.nlp.quotes.marks import Stretch

if TYPE_CHECKING:
    from reader.nlp.quotes.frames import Frames

MAX_NAME_WORDS = 6
_SUBHEADING_CHARS = 60
_TOPIC = {"on", "about"}
_MAX_SUBJECT_WORDS = 3


def headline_cue(frames: Frames, index: int) -> Cue | None:
    """The speaker a headline names before its colon, for a quote after the colon."""
    stretch = frames.stretches[index]
    if stretch.paragraph != 0:
        return None
    start = frames.paras[0][0]
    words = [t for t in frames.tokens(start, stretch.open_mark) if not t.is_space]
    colon = next((t for t in words if t.text == ":"), None)
    if colon is None:
        return _named_subject(words)
    if frames.in_quote(colon.idx):
        return None
    name = [t for t in words if t.i < colon.i]
    topic = next((i for i, t in enumerate(name) if t.lower_ in _TOPIC and i > 0), None)
    if topic is not None:
        name = name[:topic]
    if not 0 < len(name) <= MAX_NAME_WORDS or name[0].pos_ == "DET":
        return None
    if not all(t.text[:1].isupper() for t in name if t.is_alpha):
        return None
    surnames = family_names(words[0].doc.ents)
    proper = [
        t
        for t in name
        if t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"} or t.text in surnames
    ]  # a surname the tagger took for a common noun ("O'Rourke: …")
    if not proper or any(t.ent_type_ in {"DATE", "TIME", "GPE"} for t in proper):
        return None
    head = proper[-1]
    return Cue(None, ":", colon.idx, colon.idx + 1, head, "colon before the quote (headline)")


def is_subheading(text: str, stretch: Stretch, paras: list[tuple[int, int]]) -> bool:
    """A paragraph that is nothing but a short quoted phrase in Title Case or capitals ("'Tides
    Wait For Nobody.'", "“FERRIES FIRST”") heads a section: it is no one's quote there."""
    if stretch.close_mark is None or stretch.paragraphs != 1:
        return False
    start, end = paras[stretch.paragraph]
    rest = text[start : stretch.open_mark] + text[stretch.close_mark + 1 : end]
    if rest.strip(" .\t") or stretch.end - stretch.start > _SUBHEADING_CHARS:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text[stretch.start : stretch.end])
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 2 and bool(long_words) and all(w[0].isupper() for w in long_words)


def _named_subject(words: list) -> Cue | None:
    """ "Roe blasts 'ludicrous' harbour deal": a person the article names, then one verb (which
    the tagger may take for a plural noun), right before the quote."""
    if not 2 <= len(words) <= _MAX_SUBJECT_WORDS + 1:
        return None
    *name, verb = words
    if not (verb.is_alpha and verb.lower_.endswith("s")) or not all(map(is_name_word, name)):
        return None
    people = {e[-1].text for e in verb.doc.ents if e.label_ == "PERSON"}
    if name[-1].text not in people:
        return None
    return Cue(
        verb, verb.text, verb.idx, verb.idx + len(verb), name[-1], "before the quote (headline)"
    )
