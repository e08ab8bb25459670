"""An interview told as alternating quotes: the one pressed answers.

'Roe pressed Doe on the ferry contract. "Who signed it off?" she said.' then a
paragraph that is only a quote: Doe's answer, not more of Roe's question.
"""

from __future__ import annotations

from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.marks import Stretch
from reader.nlp.quotes.mentions import Mention
from reader.nlp.quotes.people import People

_ASKING = {
    "asked", "asks", "pressed", "presses", "questioned", "questions", "challenged",
    "challenges", "quizzed", "quizzes", "grilled", "grills",
}  # fmt: skip


def the_one_asked(
    frames: Frames, people: People, stretch: Stretch, asker: str | None, paragraph: int
) -> Mention | None:
    """The person the last speaker (``asker``, who spoke in ``paragraph``, the one before the
    quote's) asked or pressed there, by name: the quote-only paragraph is that person's."""
    if asker is None or stretch.paragraph - paragraph != 1:
        return None
    start, end = frames.paras[paragraph]
    for token in frames.tokens(start, end):
        if token.lower_ not in _ASKING or token.pos_ != "VERB" or frames.in_quote(token.idx):
            continue
        subject = frames.subjects.of(token, start, end)
        asked = next((c for c in token.children if c.dep_ == "dobj"), None)
        if subject is None or asked is None:
            continue
        who = people.mention_at(subject.idx, subject.idx + len(subject))
        whom = people.mention_at(asked.idx, asked.idx + len(asked))
        if who is not None and whom is not None and who.name == asker and whom.name:
            return whom if whom.name != asker else None
    return None
