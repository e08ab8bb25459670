"""A quoted clause inside paraphrase with no cue of its own: whose words it is.

"The club will listen. Any bid must come at a price that 'the board can accept'." A quoted
fragment with a finite verb of its own is a stretch of someone's sentence, not a term or a
scare quote ('the "failing" agency'), so it is not dropped for want of a cue: it is the words of
the subject of the sentence's main clause when that names someone ("She attacked the thief who
'took what's ours'"; "Roe insists Doe 'should have known'" is Roe's), else of the paragraph's
speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.lexicon import VERB_FORMS
from reader.nlp.quotes.marks import Stretch
from reader.nlp.quotes.mentions import Mention
from reader.nlp.quotes.people import People
from reader.nlp.quotes.phrases import NAME_DEPS, bisect_token, name_top

_FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}


_FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves"}


def quoted_clause(frames: Frames, stretch: Stretch) -> bool:
    """Do the quoted words hold a finite verb ("is likely to", "may be", "hasn't worked") or
    speak in the first person ("our failure to fix the berths")? Then they are someone's words."""
    return any(
        t.tag_ in _FINITE_TAGS or (t.lower_ in _FIRST_PERSON and t.pos_ == "PRON")
        for t in frames.tokens(stretch.start, stretch.end)
    )


def main_subject(frames: Frames, stretch: Stretch) -> Token | None:
    """The subject of the main clause of the quote's sentence, when it stands before the
    quote, outside any quote."""
    words = frames.tokens(stretch.start, stretch.end)
    if not len(words):
        return None
    sentence = words[0].sent
    root = sentence.root
    if frames.in_quote(root.idx):
        return None
    subject = frames.subjects.of(root, sentence.start_char, sentence.end_char)
    if subject is None or subject.idx >= stretch.open_mark or frames.in_quote(subject.idx):
        return None
    return subject


def reporter_before(frames: Frames, people: People, stretch: Stretch) -> Mention | None:
    """The person whose words the sentence before reports ("…, Roe says."), when the quote's
    own sentence names nobody: 'It is not clear why, Roe says. Just because …, "…"'."""
    para_start = frames.paras[stretch.paragraph][0]
    here = people.sentence_of(stretch.open_mark)
    if here == 0 or people.sent_starts[here] <= para_start:
        return None
    before = people.sentences[here - 1]
    if before.start_char < para_start or frames.has_quote(before.start_char, before.end_char):
        return None
    mention = people.last_subject(before.start_char, before.end_char)
    if mention is None or not mention.name:
        return None
    verb = name_top(people.doc[bisect_token(people.doc, mention.start)], NAME_DEPS).head
    return mention if verb.lower_ in VERB_FORMS and verb.pos_ == "VERB" else None
