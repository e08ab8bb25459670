"""Finding a new article's echoes in a library of 10,000 articles (run by hand).

    .venv/bin/python bench/echoes_scale.py [ARTICLES] [RUNS]

Builds an echo index of ARTICLES synthetic articles (8 quotes of 6-40 words each; words drawn
from a Zipf vocabulary whose commonest words are English function words, so common three-word
runs are as common as in news copy; 2% of quotes reproduce an earlier one, trimmed,
re-punctuated or with a word changed), kept in bench/results/ between runs. Then adds RUNS new
articles, one transaction each as the library saves an article, and prints the median and worst
time to find their echoes, with the index's size. Target: < 200 ms per article.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

from reader.echoes.index import EchoIndex, QuoteSpan  # noqa: E402
from reader.store import open_library  # noqa: E402

_FUNCTION_WORDS = (
    "the of and to a in that is for it we was on with he as i be at by this have not are but "
    "from they his an or had she which you there their all will been were one would so has "
    "if more can who what when about our up out them no do than could like said very just "
    "going think people now time need because want know"
)
FUNCTION_WORDS = _FUNCTION_WORDS.split()
QUOTES_PER_ARTICLE = 8
ECHO_SHARE = 0.02


class Writer:
    """Quotes from a Zipf vocabulary, some of them reproducing earlier ones."""

    def __init__(self, seed: int = 17, vocabulary: int = 30_000) -> None:
        self.rng = random.Random(seed)
        words = FUNCTION_WORDS + [f"w{n}" for n in range(vocabulary - len(FUNCTION_WORDS))]
        weights = [1 / (rank + 1) ** 1.07 for rank in range(len(words))]
        self.words, self.cumulative = words, _cumulative(weights)
        self.written: list[str] = []

    def quote(self) -> str:
        rng = self.rng
        if self.written and rng.random() < ECHO_SHARE:
            return self.echo(rng.choice(self.written))
        words = rng.choices(self.words, cum_weights=self.cumulative, k=rng.randint(6, 40))
        text = " ".join(words).capitalize() + "."
        self.written.append(text)
        return text

    def echo(self, text: str) -> str:
        words = text.rstrip(".").split()
        rng = self.rng
        change = rng.choice(("trim", "punctuate", "word"))
        if change == "trim" and len(words) > 10:
            start = rng.randrange(len(words) // 3)
            words = words[start : start + max(6, len(words) * 2 // 3)]
        elif change == "word":
            words[rng.randrange(len(words))] = rng.choice(self.words[:200])
        return ", ".join(" ".join(words[i : i + 5]) for i in range(0, len(words), 5)) + "!"

    def article(self) -> list[QuoteSpan]:
        quotes, at = [], 0
        for _ in range(QUOTES_PER_ARTICLE):
            text = self.quote()
            quotes.append(QuoteSpan(at, at + len(text), text))
            at += len(text) + 40
        return quotes


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def build(path: Path, articles: int, writer: Writer):
    """A library whose echo index holds ``articles`` articles (kept between runs)."""
    if path.exists():
        library = open_library(path)
        have = library.conn.execute("select count(*) from echo_articles").fetchone()[0]
        if have == articles:
            for _ in range(articles):
                writer.article()  # the same writer state as when it was built
            return library
        library.close()
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
    library = open_library(path)
    index = EchoIndex(library.conn)
    started = time.perf_counter()
    for number in range(articles):
        with library.transaction():
            index.add_article(f"article-{number}", writer.article())
        if number % 1000 == 999:
            elapsed = time.perf_counter() - started
            print(f"  {number + 1} articles, {elapsed:.0f} s", file=sys.stderr)
    return library


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"echoes-{articles}.library.db"
    writer = Writer()
    library = build(path, articles, writer)
    conn = library.conn
    index = EchoIndex(conn)
    quotes = conn.execute("select count(*) from echo_quotes").fetchone()[0]
    shingles = conn.execute("select count(*) from echo_shingles").fetchone()[0]
    pairs = conn.execute("select count(*) from echo_pairs").fetchone()[0]
    timings, found = [], 0
    for run in range(runs):
        quotes_of_new = writer.article()
        started = time.perf_counter()
        with library.transaction():
            found += len(index.add_article(f"new-{run}", quotes_of_new))
        timings.append((time.perf_counter() - started) * 1000)
        with library.transaction():
            index.remove_article(f"new-{run}")
    library.close()
    size = path.stat().st_size / 2**20
    print(
        f"{articles:,} articles, {quotes:,} quotes, {shingles:,} shingles, {pairs:,} echo pairs,"
        f" {size:.0f} MB\nadd an article ({QUOTES_PER_ARTICLE} quotes) and find its echoes:"
        f" median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms"
        f" over {runs} articles ({found} echoes found)"
    )


if __name__ == "__main__":
    main()
