"""Speakers named after the quote without a plain "said": a copula, or "as X put it".

"'The plan is dead,' is the verdict of Roe": a quote that is the subject of "is/was the (…)
verdict/view/assessment of X" (or "X's …") names X in the words right after it. "… one 'secret
weapon', as one activist put it": an "as" clause right after the quote whose verb reports
(put, said, wrote …) names its subject, even with a verb that otherwise cues only before.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.quotes.cue import Cue, is_dash, make_cue, object_of
from reader.nlp.quotes.frames import Frames
from reader.nlp.quotes.lexicon import OPINION_NOUNS, REPLY_NOUNS, SPEECH_NOUNS, VERB_FORMS
from reader.nlp.quotes.phrases import DASHES

_COPULAS = {"is", "was", "'s", "were", "are", "remains", "remained"}
_DEMONSTRATIVES = {"that", "this", "those", "these", "such", "it"}
_DASHES = DASHES | {"-"}
_OWNED = OPINION_NOUNS | SPEECH_NOUNS
_SAYING = {"say", "write"}


def copular_source(frames: Frames, index: int) -> Cue | None:
    """The owner of the opinion noun a copula right after the quote equates it with, the
    subject of the verb after "was how"/"is what" ("'Flawed' was how Roe described it"), or of
    the next sentence's "That was the verdict of Roe", "That was how Roe put it", "So said
    Roe" (a quote that ends its sentence, named by the one after it)."""
    start, end = frames.after_window(index)
    words = [t for t in frames.tokens(start, end) if not t.is_punct and not t.is_space]
    stretch = frames.stretches[index]
    set_off = frames.text[stretch.end - 1] in ".!?…" or is_dash(frames.text[start:end])
    if len(words) >= 3 and set_off:  # "'…' - that was the verdict of Roe"
        if words[0].lower_ in _DEMONSTRATIVES:
            # "That, at least, was the view of Roe.": on to its copula
            at = next((i for i, t in enumerate(words[1:5], 1) if t.lower_ in _COPULAS), 1)
            words = words[at:]
            cue = _how_put(frames, words, start, end)
            if cue is not None:
                return cue
        elif words[0].lower_ == "so" and VERB_FORMS.get(words[1].lower_) in _SAYING:
            subject = frames.subjects.inverted(words[1], end)
            return make_cue(words[1], subject, "after the quote") if subject is not None else None
    if len(words) < 2 or words[0].lower_ not in _COPULAS:
        return None
    if words[1].lower_ in {"how", "what"}:  # "'Flawed' was how Roe described it"
        return _how_put(frames, words, start, end)
    noun = next((t for t in words[1:10] if t.lower_ in OPINION_NOUNS and t.pos_ == "NOUN"), None)
    if noun is None or noun.head.i != words[0].i and noun.head.i != words[0].head.i:
        return None
    owner = _owner_or_reply(noun)
    if owner is None or owner.idx >= end:
        return None
    return make_cue(noun, owner, "after the quote")


def _how_put(frames: Frames, words: list[Token], start: int, end: int) -> Cue | None:
    """ "(That) was how Roe put it", "(That) is what Roe told the crowd": the subject of the
    reporting verb after "how"/"what"."""
    if len(words) < 4 or words[0].lower_ not in _COPULAS or words[1].lower_ not in {"how", "what"}:
        return None
    verb = next((t for t in words[2:6] if t.lower_ in VERB_FORMS and t.pos_ == "VERB"), None)
    return None if verb is None else _subject_before(frames, verb, start, end)


def _owner_or_reply(noun: Token) -> Token | None:
    """The owner of the words, or an unowned reply itself, which is the one just asked's
    ("'No,' was the answer")."""
    owner = _owner(noun)
    return noun if owner is None and noun.lower_ in REPLY_NOUNS else owner


def _owner(noun: Token) -> Token | None:
    """ "the verdict of Roe" → Roe; "Roe's verdict" → Roe."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
        if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            return object_of(child)
    return None


def as_clause(frames: Frames, index: int) -> Cue | None:
    """ "'…', as Roe put it" / "…, as one activist said": the subject of the "as" clause."""
    start, end = frames.after_window(index)
    words = [t for t in frames.tokens(start, end) if not t.is_punct and not t.is_space]
    if len(words) < 3 or words[0].lower_ != "as":
        return None
    verb = words[0].head
    if verb.lower_ not in VERB_FORMS or verb.idx >= end or frames.in_quote(verb.idx):
        return None
    return _subject_before(frames, verb, start, end)


def _subject_before(frames: Frames, verb: Token, start: int, end: int) -> Cue | None:
    """The cue of ``verb`` after the quote, when its subject stands in the window before it."""
    subject = frames.subjects.of(verb, start, end)
    if subject is None or not start <= subject.idx < verb.idx:
        return None
    return make_cue(verb, subject, "after the quote")


def owned_words(frames: Frames, index: int) -> Cue | None:
    """ "Her verdict: '…'", "Roe's message - '…' - was blunt", "'…' - the words of Roe -":
    a quote set beside someone's verdict, message or words, by a colon or dashes."""
    start, end = frames.before_window(index)
    words = [t for t in frames.tokens(start, end) if not t.is_space]
    if len(words) > 1 and words[-1].text in _DASHES | {":"}:
        cue = _owned_noun(words[:-1], "before the quote")
        if cue is not None:
            return cue
    start, end = frames.after_window(index)
    words = [t for t in frames.tokens(start, end) if not t.is_space]
    if len(words) > 2 and words[0].text in _DASHES:
        aside = []
        for token in words[1:]:
            if token.text in _DASHES:
                return _owned_noun(aside, "after the quote")
            aside.append(token)
    return None


def _owned_noun(words: list[Token], where: str) -> Cue | None:
    """The owner of the verdict, message or words a phrase is, with no verb of its own ("Her
    verdict: '…'") or only a copula it is the subject of ("Her verdict was blunt: '…'")."""
    verbs = [t for t in words if t.pos_ in {"VERB", "AUX"}]
    if not words or len(verbs) > 1 or verbs and verbs[0].lower_ not in _COPULAS:
        return None
    for noun in words:
        subject = not verbs or noun.head == verbs[0] and noun.dep_ == "nsubj"
        if noun.pos_ == "NOUN" and noun.lower_ in _OWNED and subject:
            owner = _owner_or_reply(noun)
            return make_cue(noun, owner, where) if owner is not None else None
    return None
