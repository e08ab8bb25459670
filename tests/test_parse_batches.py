"""The parser and the NER take bigger batches than tok2vec (``pipeline._batches``), bounded in
chunks and in characters, and an article's analysis does not depend on the batch it was in."""

from __future__ import annotations

import random

import reader
from reader.nlp.pipeline import PARSE_BATCH, PARSE_BATCH_CHARS, _batches


def test_batches_keep_order_and_stay_within_both_bounds():
    rng = random.Random(7)
    for _ in range(200):
        sizes = [
            rng.choice([1, 50, 3_000, PARSE_BATCH_CHARS // 3, PARSE_BATCH_CHARS + 5])
            for _ in range(rng.randrange(0, 120))
        ]
        chunks = [("x" * size, index) for index, size in enumerate(sizes)]
        batches = list(_batches(iter(chunks)))
        assert [chunk for batch in batches for chunk in batch] == chunks
        for batch in batches:
            assert 1 <= len(batch) <= PARSE_BATCH
            if len(batch) > 1:
                assert sum(len(text) for text, _ in batch) <= PARSE_BATCH_CHARS


def test_an_article_analysed_alone_or_among_others_is_the_same(nlp):
    texts = [
        f"Mara Quell, the mayor of Dunmore, said on {day} that {n} homes were flooded. "
        f'"We will rebuild," she said. The Dunmore Water Board blamed the storm.'
        for n, day in zip(range(3, 43), ["Monday", "Tuesday", "Friday", "Sunday"] * 10, strict=True)
    ]
    together = [analysis.to_json() for analysis in reader.analyze_many(texts)]
    assert len(together) == 40  # more than one parser batch
    alone = [reader.analyze(text).to_json() for text in texts[::13]]
    assert together[::13] == alone
