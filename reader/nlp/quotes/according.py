"""A fragment whose sentence ends "according to X": X's words, when no verb cues it.

"Bookings stayed 'flat,' with 'slight' summer gains, according to the survey." The
"according to" after the fragment, later in its own sentence, attributes the whole sentence,
the quoted words with it.
"""

from __future__ import annotations

from reader.nlp.quotes.cue import Cue, cue_words, name_head, object_of
from reader.nlp.quotes.frames import Frames


def according_later(frames: Frames, index: int) -> Cue | None:
    """The "according to" cue later in the fragment's own sentence, outside any quote."""
    stretch = frames.stretches[index]
    words = frames.tokens(stretch.start, stretch.end)
    if not len(words):
        return None
    sentence = words[-1].sent
    doc = frames.doc
    for token in doc[words[-1].i + 1 : sentence.end - 1]:
        if token.lower_ != "according" or frames.in_quote(token.idx):
            continue
        follows = doc[token.i + 1]
        if follows.lower_ != "to":
            continue
        head = object_of(follows) or name_head(
            doc[follows.i + 1 : min(follows.i + 7, sentence.end)]
        )
        if head is not None and not frames.in_quote(head.idx):
            return cue_words(doc, token, follows, head, "after the quote")
    return None
