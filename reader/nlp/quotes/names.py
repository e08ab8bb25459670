"""The words of a person's name, as an article writes it.

"Sen. Jane Roe's" → ["Jane", "Roe"]; a Title Case headline that glued a verb onto a name
("Jane Roe Blasts Doe") loses the verb and what follows; a given name NER missed in front of a
surname it found ("Eva-Marie" of "Eva-Marie Persson") is found from the tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from reader.nlp.quotes.lexicon import VERB_FORMS
from reader.nlp.quotes.person_words import TITLE_WORDS
from reader.nlp.words import PERSON_PARTICLES

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?")
_INITIAL = re.compile(r"(?:[A-Z]\.)+|[JS]r\.")
_NAME_TRIM = "\"'“”‘’«»()[]{},;:!?—–- \n\t"
_NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ance", "ence", "ship", "ism", "ure")


def name_words(text: str) -> list[str]:
    """The words of a name without titles, possessives or punctuation."""
    text = text.replace("’", "'").strip(_NAME_TRIM)
    text = re.sub(r"'s$|'$", "", text)
    # Initials and Jr./Sr. keep their full stop ("John F. Kennedy", "J.R. Tolkien"); other
    # words lose it.
    words = [w if _INITIAL.fullmatch(w) else w.strip(".") for w in _WORD.findall(text)]
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    # Title Case headlines make NER read "Jane Roe Blasts Doe" as one name.
    verb = next((i for i, w in enumerate(words) if i and _verb_like(w, i, len(words))), None)
    if verb is not None:
        words = words[:verb]
    return [w for w in words if w]


def _verb_like(word: str, index: int, count: int) -> bool:
    """A reporting verb, or a past tense in the middle ("Jane Doe Thanked John Roe")."""
    lower = word.lower()
    return lower in VERB_FORMS or (index < count - 1 and len(lower) >= 5 and lower.endswith("ed"))


def plausible_name(words) -> bool:
    """Title Case headlines make NER read "Jane Roe Blasts Doe" as one name. Particles may sit
    inside one ("Lia van der Roon")."""
    inner = words[1:-1]
    ends = (words[0], words[-1])
    return all(w[:1].isupper() and w.lower() not in VERB_FORMS for w in ends) and all(
        (w[:1].isupper() or w in PERSON_PARTICLES) and w.lower() not in VERB_FORMS for w in inner
    )


def in_headline(text: str, start: int) -> bool:
    """Is the name inside a Title Case line, where NER glues words onto names?"""
    window = max(0, start - 120)
    newline = text.rfind("\n", window, start)
    line_start = newline + 1 if newline >= 0 else window
    line_end = text.find("\n", start, start + 120)
    words = text[line_start : line_end if line_end >= 0 else start + 120].split()
    content = [w for w in words if w[:1].isalpha() and len(w) > 3]
    return len(content) >= 3 and all(w[:1].isupper() for w in content)


def given_name_start(surname: Token) -> Token | None:
    """The first token of the given name right before ``surname`` ("Eva" of "Eva-Marie")."""
    doc = surname.doc
    i = surname.i - 1
    if i < 0 or doc[i].whitespace_ == "":
        return None
    last = doc[i]
    first = last
    # "Eva-Marie": capitalised pieces joined by hyphens with no spaces.
    while (
        first.i >= 2
        and doc[first.i - 1].text == "-"
        and not doc[first.i - 1].whitespace_
        and not doc[first.i - 2].whitespace_
        and doc[first.i - 2].is_alpha
        and doc[first.i - 2].is_title
    ):
        first = doc[first.i - 2]
    for piece in doc[first.i : last.i + 1]:
        if piece.text == "-":
            continue
        word = piece.lower_
        if not (piece.is_alpha and piece.is_title and piece.pos_ == "PROPN"):
            return None
        if piece.tag_ == "NNPS" or word in TITLE_WORDS or word.endswith(_NOUN_ENDINGS):
            return None
        if piece.ent_type_ not in {"", "PERSON"}:
            return None
        if piece.is_sent_start:
            return None  # a capitalised first word says nothing
    return first
