"""Is an article written in English? The analysis (an English model and English rules) only
makes sense if it is; on other languages it finds names and quotes that are not there.

A cheap test on the start of the text alone: mostly non-Latin letters, or the commonest words
of one of 15 other languages far outnumbering those of English. Short texts count as English.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")
NOT_ENGLISH = "not in English: names and quotes are not marked"
SAMPLE_CHARS = 30_000
MIN_LETTERS = 150
_NOT_LATIN = re.compile("[^\u0000-\u024f]")  # beyond Basic Latin to Latin Extended-B
OTHER_SHARE = 0.08
"""Another language's commonest words are at least this share of the words …"""
OVER_ENGLISH = 2
"""… and this many times the share of English's."""

_COMMON = {
    "en": "the of and to a in is that for it was on with as he she said by at from his her they "
    "this be are have has not but an were their which who will would its been had or we you",
    "de": "der die das und ist nicht ein eine zu den mit sich des auf für im dem von auch es als "
    "wird bei oder",
    "fr": "le la les et des est une un du que pour dans qui pas sur au avec ce il elle sont par",
    "es": "el la los las y de que en un una es por con para del se no lo su al como más",
    "pt": "o a os as e de que em um uma é do da não para com por se na no mais",
    "it": "il la le e di che è un una per non con del della sono si da in lo gli",
    "nl": "de het een en van is dat op te in voor niet met zijn er ook als aan",
    "id": "yang dan di ke dari ini itu dengan untuk tidak ada dalam akan pada juga",
    "pl": "na się nie że jest jak po co ale za od tak przez są",
    "sv": "och att det som en på är av för med till den har inte om ett var",
    "da": "og at det er en til som på de med for ikke af har den var fra",
    "tr": "ve bir bu da de için ile olarak çok daha gibi ama ne olan kadar",
    "ro": "și în de la cu o pe că nu din este un care mai sunt pentru",
    "cs": "se na je že jako ale pro jsou také být",
    "fi": "ja on ei se että oli hän mutta kun niin myös ovat tai",
    "hu": "a az és hogy nem is egy de meg van volt csak már",
}
_WORDS = {language: frozenset(words.split()) for language, words in _COMMON.items()}
# Only the words that tell a language from English count: "a", "in", "de" say little.
_OTHERS = {language: words - _WORDS["en"] for language, words in _WORDS.items() if language != "en"}
_ENGLISH = _WORDS["en"] - frozenset().union(*(_WORDS[language] for language in _OTHERS))


@functools.lru_cache(maxsize=2)  # the article on screen or in hand, asked again: not a store
def looks_english(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    letters = "".join(filter(str.isalpha, sample))
    if len(letters) < MIN_LETTERS:
        return True
    if len(_NOT_LATIN.sub("", letters)) < len(letters) / 2:
        return False  # Cyrillic, Greek, Arabic, Chinese, Japanese …
    counts = Counter(w.lower() for w in _WORD.findall(sample))
    total = counts.total()

    def share(common: frozenset[str]) -> float:
        return sum(counts[w] for w in common if w in counts) / total

    english = share(_ENGLISH)
    others = [share(common) for common in _OTHERS.values()]
    return not any(o >= OTHER_SHARE and o > OVER_ENGLISH * english for o in others)
