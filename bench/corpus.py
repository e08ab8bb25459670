"""Synthetic articles for the batch and library benchmarks.

Paragraphs from ``sample_articles`` (and ``../shared/articles/text`` when it is there, read at bench
time only) are recombined, with names, places and numbers varied and a few quote paragraphs written
from templates, so every article has its own content hash and realistic entity and quote density.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SOURCES = [ROOT / "sample_articles", ROOT.parent / "shared" / "articles" / "text"]

FIRST = "Amira Tomás Grace Harriet Keir Olena Rajesh Mei Kwame Ingrid Diego Fatima Lars"
LAST = "Khalid Ferreira Obi Lowe Starmer Kovalenko Gupta Chen Mensah Berg Alvarez Haddad"
PLACES = "Geneva Calderbay Leeds Kyiv Lagos Osaka Lima Oslo Cardiff Nairobi Porto Dhaka"
FIRST, LAST, PLACES = FIRST.split(), LAST.split(), PLACES.split()
ORGS = [
    "the Maritime and Logistics Union",
    "the Institute for Strategic Studies",
    "the Bank of England",
    "Northfield Council",
    "the World Health Organization",
    "Harbour Freight Ltd",
]
VERBS = ["said", "told reporters", "added", "warned", "insisted"]
CLAIMS = [
    "We will not accept a deal that leaves {n} families worse off",
    "The figures speak for themselves: {n} per cent is not enough",
    "Nobody in {place} wants this to drag on for another {n} weeks",
    "This is the moment to act, not to wait for another report",
    "We have been clear from the first day, and we will stay clear",
]


def paragraphs() -> list[str]:
    """Every paragraph of the source articles (markup lines such as headings dropped)."""
    found = []
    for folder in SOURCES:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix not in {".txt", ".md"}:
                continue
            for block in path.read_text(encoding="utf-8").split("\n\n"):
                block = block.strip().lstrip("#*> ").rstrip("*")
                if len(block) > 60:
                    found.append(block)
    return found


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def quote_paragraph(rng: random.Random) -> str:
    claim = rng.choice(CLAIMS).format(n=rng.randint(2, 900), place=rng.choice(PLACES))
    who = person(rng)
    if rng.random() < 0.5:
        return f'"{claim}," {who} {rng.choice(VERBS)}.'
    return f'{who}, of {rng.choice(ORGS)}, said: "{claim}."'


def vary(text: str, rng: random.Random) -> str:
    text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), text)
    for name in LAST:
        if name in text and rng.random() < 0.5:
            text = text.replace(name, rng.choice(LAST))
    return text


def article(index: int, pool: list[str], rng: random.Random) -> str:
    title = f"{rng.choice(PLACES)} talks: {rng.choice(ORGS)} responds ({index})"
    body = [vary(rng.choice(pool), rng) for _ in range(rng.randint(10, 18))]
    for _ in range(rng.randint(2, 5)):
        body.insert(rng.randrange(len(body) + 1), quote_paragraph(rng))
    return "\n\n".join([title, f"By {person(rng)}", *body]) + "\n"


def texts(count: int, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    pool = paragraphs()
    return [article(index, pool, rng) for index in range(count)]


def write_corpus(count: int, seed: int = 8) -> Path:
    """Write ``count`` articles as .txt files (once; reused by later runs) and return the folder."""
    folder = RESULTS / f"corpus-{count}-{seed}"
    if len(list(folder.glob("*.txt"))) != count:
        folder.mkdir(parents=True, exist_ok=True)
        for index, text in enumerate(texts(count, seed)):
            (folder / f"article-{index:05d}.txt").write_text(text, encoding="utf-8")
    return folder
