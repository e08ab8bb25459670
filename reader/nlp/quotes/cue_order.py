"""Every cue a quote has, in the order to trust them.

A cue that introduces a whole quoted sentence ("Roe said: '…'") comes first, then the cue right
after the quote ('"…," Roe said'), a copula naming its owner, the verb that governs a fragment,
the cue before, a paragraph's introduction, any verb before a comma or colon, a verb of
thinking, "as Roe put it", "Her verdict:", and "according to" later in the sentence. A fragment
whose own clause reports it ("While Roe called it 'a farce', Doe said …") is that clause's.
"""

from __future__ import annotations

from reader.nlp.quotes.according import according_later
from reader.nlp.quotes.cataphora import as_clause, copular_source, owned_words
from reader.nlp.quotes.cue import Cue
from reader.nlp.quotes.frames import MANNER, Frames
from reader.nlp.quotes.governing import fragment_head, governing_cues
from reader.nlp.quotes.headline import headline_cue
from reader.nlp.quotes.lexicon import VERB_FORMS

_NAMING = {"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise"}
"""Verbs whose object a fragment names ("called the plan 'a farce'")."""


def cues_of(frames: Frames, index: int, embedded: bool) -> list[Cue]:
    """Every cue the quote has, the one to trust first."""
    found = []
    if not embedded and frames.introduced_before(index):
        found.append(frames.cue_before(index))  # "Roe said: '…'" whatever follows the quote
    after = frames.cue_after(index, embedded)
    if after is not None and after.where == MANNER:
        found.append(frames.cue_before(index))  # 'Roe snapped, "…," and walked out.'
    governed, thought = governing_cues(frames, index) if embedded else (None, None)
    if _first_hand(frames, index, governed):
        found.append(governed)  # "While Roe called it 'a farce', Doe said …": Roe's word
    found += [
        after,
        None if embedded or after is not None else copular_source(frames, index),
        governed,
        frames.cue_before(index, embedded),
        frames.cue_intro(index),
        None if embedded else frames.cue_any_verb(index),
        thought,
        as_clause(frames, index) if after is None else None,
        owned_words(frames, index),
        according_later(frames, index) if embedded else None,
    ]
    headline = headline_cue(frames, index)
    if headline is not None and (not embedded or any(found)):
        found.insert(0, headline)  # "Roe: Doe Would Wreck It, 'I Fear So'" is Roe's
    unique: dict[tuple[int, int], Cue] = {}
    for cue in found:
        if cue is not None:
            unique.setdefault((cue.start, cue.end), cue)
    return list(unique.values())


def _first_hand(frames: Frames, index: int, governed: Cue | None) -> bool:
    """Is the fragment what a verb of naming before it calls something ("called it 'a
    farce'"), in the parse as well as in the text?"""
    if governed is None or governed.token is None:
        return False
    verb = governed.token
    if VERB_FORMS.get(verb.lower_) not in _NAMING or verb != fragment_head(frames, index):
        return False
    return verb.idx < frames.stretches[index].open_mark
