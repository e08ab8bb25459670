"""Batch analysis: streaming through shared spaCy batches, and ``--jobs N`` worker processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader.ingest import article_from_text
from reader.nlp.pipeline import analyze, analyze_many
from reader.processing import process_sources

TEXTS = [
    'Council leader Mara Lind said on Monday the bridge would reopen. "We are ready," she said.',
    "Shares in Orbin Ltd fell 12 per cent after the company cut its forecast for the third time.",
    '"Nobody expected this," said Tom Reyes, a fisherman from Port Alma.\n\nHe worked 30 years.',
    "The festival drew 40,000 visitors to Wexley, organisers said, up from 31,000 last summer.",
    'Dr Ines Varga told the inquiry: "The warnings were there for anyone who read them."',
]


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for index, text in enumerate(TEXTS):
        (articles / f"{index}.txt").write_text(f"Headline {index}\n\n{text}\n", encoding="utf-8")
    return articles


def run_analyze(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reader", "analyze", *args],
        capture_output=True,
        text=True,
    )


def test_analyze_many_matches_analysing_one_at_a_time(nlp):
    articles = [article_from_text(text, kind="text", source=str(i)) for i, text in enumerate(TEXTS)]
    together = [
        (a.to_json(), context)
        for a, context in analyze_many((a, i) for i, a in enumerate(articles))
    ]
    alone = [analyze(article).to_json() for article in articles]
    assert [context for _, context in together] == list(range(len(TEXTS)))
    assert [record for record, _ in together] == alone


def test_analyze_many_of_nothing_yields_nothing():
    assert list(analyze_many([])) == []


def test_a_long_article_split_into_chunks_comes_out_whole(nlp):
    from reader.nlp.pipeline import CHUNK_CHARS, split_chunks

    long_text = "\n\n".join([TEXTS[0]] * (CHUNK_CHARS // len(TEXTS[0]) + 20))
    assert len(list(split_chunks(long_text))) > 1
    article = article_from_text(long_text, kind="text", source="long")
    short = article_from_text(TEXTS[1], kind="text", source="short")
    (first, _), (second, _) = analyze_many([(article, 0), (short, 1)])
    assert first.article is article and second.article is short
    assert first.to_json() == analyze(article).to_json()
    assert first.quotes[-1].end > CHUNK_CHARS


def test_the_text_handed_to_our_components_is_the_joined_docs_text(nlp):
    """Our components read the article's text instead of rebuilding it from the tokens: it must
    be the ``Doc``'s own text, for one chunk, for several, and for odd white space (a no-break
    space read as a plain one, at the same offset)."""
    from reader.nlp.pipeline import CHUNK_CHARS, _parse, readable, split_chunks

    long_text = "\n\n".join([TEXTS[2]] * (CHUNK_CHARS // len(TEXTS[2]) + 20)) + "\n \t"
    assert len(list(split_chunks(long_text))) > 1
    for text in [TEXTS[0], "  \n\nLead spaces\r\nand\u00a0breaks\n\n\n", "", long_text]:
        doc = _parse(nlp, text, None)
        assert doc._.reader_text == doc.text == readable(text)
        assert len(doc.text) == len(text)


def test_process_sources_keeps_input_order_with_errors_and_cache_hits(folder, library, nlp):
    paths = [str(path) for path in sorted(folder.iterdir())]
    list(process_sources(paths[1:2], library))  # one of them is cached already
    mixed = [paths[3], str(folder / "missing.txt"), paths[1], paths[0]]
    results = list(process_sources(mixed, library))
    assert [getattr(r, "article", None) and r.article.source for r in results] == [
        paths[3],
        None,
        paths[1],
        paths[0],
    ]
    assert "no such file" in str(results[1])


def test_jobs_two_gives_the_same_jsonl_as_one_process(folder, tmp_path):
    sources = [str(folder / name) for name in ("3.txt", "0.txt", "4.txt", "1.txt", "2.txt")]
    one = run_analyze(*sources, "--db", str(tmp_path / "one.db"))
    two = run_analyze(*sources, "--jobs", "2", "--db", str(tmp_path / "two.db"))
    assert one.returncode == two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
    lines = [json.loads(line) for line in two.stdout.splitlines()]
    assert [line["source"] for line in lines] == sources


def test_jobs_saves_analyses_for_the_next_run_and_reports_failures(folder, tmp_path):
    db = str(tmp_path / "lib.db")
    sources = [str(folder / "0.txt"), str(folder / "nope.txt"), str(folder / "2.txt")]
    first = run_analyze(*sources, "--jobs", "2", "--db", db)
    assert first.returncode == 1
    assert "nope.txt" in first.stderr
    assert len(first.stdout.splitlines()) == 2
    from reader.store import open_library

    with open_library(db) as library:
        assert len(library.articles()) == 2
    again = run_analyze(*sources, "--jobs", "2", "--db", db)
    assert again.stdout == first.stdout


def test_jobs_with_a_model_that_is_not_installed_fails_with_one_line(folder, tmp_path):
    done = run_analyze(
        str(folder), "--jobs", "2", "--model", "no_such_model", "--db", str(tmp_path / "l.db")
    )
    assert done.returncode != 0
    assert "no_such_model" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_time_limit_stops_one_long_article_and_the_batch_goes_on(nlp):
    from reader.errors import ReaderError
    from reader.nlp.pipeline import CHUNK_CHARS

    long_text = "\n\n".join([TEXTS[0]] * (3 * CHUNK_CHARS // len(TEXTS[0])))
    articles = [article_from_text(t, kind="text", source=t[:9]) for t in (TEXTS[1], long_text)]
    articles.append(article_from_text(TEXTS[2], kind="text", source="after"))

    def time_limit():
        def check(done: int, total: int) -> None:
            if done < total:  # anything in several parts runs out of time after its first
                raise ReaderError(f"stopped after {done} of {total} parts")

        return check

    results = [
        r for r, _ in analyze_many(((a, i) for i, a in enumerate(articles)), None, time_limit)
    ]
    assert results[0].to_json() == analyze(articles[0]).to_json()
    assert isinstance(results[1], ReaderError) and "stopped after 1 of" in str(results[1])
    assert results[2].to_json() == analyze(articles[2]).to_json()


def test_a_bug_on_one_article_is_reported_for_it_alone(folder, library, nlp, monkeypatch):
    from reader.nlp import pipeline

    finish = pipeline._finish

    def flaky(nlp, article, model_name, docs):
        if "Orbin" in article.text:
            raise ValueError("boom")
        return finish(nlp, article, model_name, docs)

    monkeypatch.setattr(pipeline, "_finish", flaky)
    paths = [str(path) for path in sorted(folder.iterdir())]
    results = list(process_sources(paths, library))
    assert [type(r).__name__ for r in results] == [
        "Analysis",
        "ValueError",
        "Analysis",
        "Analysis",
        "Analysis",
    ]
    assert len(library.articles()) == 4
