"""Reading numbers as a news article writes them: "600,000", "£64.6 billion", "$2.3bn",
"twenty-five", "half", "104th". Pure functions, no spaCy.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


def _words(text: str) -> list[str]:
    return text.split()


CURRENCY_SYMBOLS = {
    "US$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₴": "UAH",
    "₪": "ILS",
}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "franc": "CHF",
    "francs": "CHF",
}
CURRENCY_CODES = frozenset(
    _words(
        "USD GBP EUR JPY CNY INR RUB CHF AUD CAD NZD HKD SGD BRL KRW TRY UAH ILS ZAR SEK NOK DKK"
    )
)
MULTIPLIERS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "tn": 1e12,
    "trillion": 1e12,
}
_UNITS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
WORD_VALUES.update({"a": 1.0, "an": 1.0, "dozen": 12.0, "half": 0.5, "quarter": 0.25})
_ORDINALS = _words(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
ORDINAL_VALUES = {w: float(i) for i, w in enumerate(_ORDINALS)}

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_FRACTION = re.compile(r"(?:(\d+)(?:-| |\u2009)?)??(\d+)/(\d+)(?![\d/])")
"""A fraction, with or without a whole part: "7/32", "1-1/2", "2 3/4"."""
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64})
"""Only these make "a/b" a fraction: "9/11" and "24/7" are names, not numbers."""
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅛": 0.125}
_VULGAR = re.compile(r"(\d*)\s?([" + "".join(VULGAR_FRACTIONS) + "])")
_AFTER = re.compile(r"\s*-?\s*([a-z]+)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def parse_value(text: str) -> float | None:
    """The number a figure's text states ("more than 19 per cent" → 19, "$2.3bn" → 2.3e9,
    "1-1/2" → 1.5, "7/32" → 0.21875, "2½" → 2.5)."""
    lowered = text.lower()
    fraction = _fraction_value(lowered)
    if fraction is not None:
        return fraction
    match = _DIGITS.search(lowered)
    if match:
        try:
            value = Decimal(match.group().replace(",", ""))
        except InvalidOperation:
            return None
        after = _AFTER.match(lowered, match.end())
        if after and after.group(1) in MULTIPLIERS:
            value *= Decimal(int(MULTIPLIERS[after.group(1)]))
        return float(value)
    return _words_value(lowered)


def _fraction_value(text: str) -> float | None:
    """The value of the first number in ``text`` when it is written as a fraction."""
    vulgar = _VULGAR.search(text)
    first = _DIGITS.search(text)
    if vulgar and (first is None or vulgar.start() <= first.start()):
        whole = float(vulgar.group(1)) if vulgar.group(1) else 0.0
        return whole + VULGAR_FRACTIONS[vulgar.group(2)]
    match = _FRACTION.search(text)
    if match is None or (first is not None and match.start() > first.start()):
        return None
    whole, numerator, denominator = match.groups()
    if int(denominator) not in FRACTION_DENOMINATORS:
        return None
    return (float(whole) if whole else 0.0) + int(numerator) / int(denominator)


def _words_value(text: str) -> float | None:
    """ "twenty-five" → 25, "three million" → 3e6, "half" → 0.5, "third" → 3."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.findall(r"[a-z]+", text):
        denominator = _denominator(word)
        if seen and current and denominator:
            current /= denominator  # "a third", "two thirds", "a quarter"
        elif word in WORD_VALUES and not (word in {"a", "an"} and seen):
            current += WORD_VALUES[word]
            seen = True
        elif word in ORDINAL_VALUES:
            current += ORDINAL_VALUES[word]
            seen = True
        elif word in MULTIPLIERS and word not in {"k", "m", "b", "mn", "bn", "tn", "mln"}:
            current = (current or 1.0) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1e3:
                total += current
                current = 0.0
            seen = True
    return total + current if seen else None


def _denominator(word: str) -> float | None:
    if word in {"half", "halves"}:
        return 2.0
    if word in {"quarter", "quarters"}:
        return 4.0
    singular = word[:-1] if word.endswith("s") else word
    value = ORDINAL_VALUES.get(singular)
    return value if value and value > 2 else None


def year_of(text: str) -> float | None:
    match = _YEAR.search(text)
    return float(match.group(1)) if match else None


def currency_of(text: str) -> str | None:
    """ISO code of the currency a money figure names, by symbol, code or word."""
    for symbol, code in CURRENCY_SYMBOLS.items():
        if symbol in text:
            return code
    for word in re.findall(r"[A-Za-z]+", text):
        if word in CURRENCY_CODES:
            return word
        code = CURRENCY_WORDS.get(word.lower())
        if code:
            return code
    return None
