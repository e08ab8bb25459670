"""A quote as the words that make it, whatever its marks, case or house style."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})

_CONTRACTIONS = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("is", "not"),
}
_ENDINGS = (
    ("n't", ("not",)),
    ("'re", ("are",)),
    ("'ve", ("have",)),
    ("'ll", ("will",)),
    ("'m", ("am",)),
    ("'d", ("would",)),
)
_IS_CONTRACTED = frozenset({"it", "that", "there", "here", "what", "who", "he", "she", "where"})
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_TENS_WORDS = "thirty forty fifty sixty seventy eighty ninety"
_NUMBERS = {word: str(value) for value, word in enumerate(_NUMBER_WORDS.split())}
_NUMBERS.update({word: str(10 * n) for n, word in enumerate(_TENS_WORDS.split(), start=3)})
_NUMBERS["percent"] = "per cent"


def quote_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as echoes compare them: NFKC, case-folded, accents and apostrophes
    unified, no punctuation, hyphens and dashes splitting words ("co-operate" is "co operate"),
    contractions spelt out ("won't" is "will not") and number words as digits ("twenty" is
    "20"), since outlets differ in exactly these when they reproduce a quote."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    folded = unicodedata.normalize(
        "NFKC", "".join(ch for ch in folded if not unicodedata.combining(ch))
    )
    words: list[str] = []
    for word in _WORD.findall(folded):
        words.extend(_spelt_out(word))
    return tuple(words)


def _spelt_out(word: str) -> tuple[str, ...]:
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if word in _NUMBERS:
        return tuple(_NUMBERS[word].split())
    if "'" not in word:
        return (word,)
    if word.endswith("'s") and word[:-2] in _IS_CONTRACTED:
        return (word[:-2], "is")
    for ending, spelt in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return (word[: -len(ending)], *spelt)
    return (word,)


def normalised(text: str) -> str:
    """One string per wording: two quotes with the same words are the same quote."""
    return " ".join(quote_words(text))
