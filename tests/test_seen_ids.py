"""The ids ``reader analyze --out`` keeps to skip repeats: the same answers as a set, whatever
the ids look like, across the merges that pack them."""

from __future__ import annotations

import random
import sys

from reader.seen_ids import MERGE_AT, SeenIds


def _ids(rng: random.Random, count: int) -> list[str]:
    found = []
    for _ in range(count):
        raw = rng.getrandbits(128).to_bytes(16, "big")
        if rng.random() < 0.2:
            raw = raw[: rng.randrange(16)] + b"\0" * (16 - rng.randrange(16))
            raw = raw[:16].ljust(16, b"\0")
        found.append(raw.hex())
    found += ["", "not-a-hash", "AB" * 16, "ab cd" * 6 + "ab", "g" * 32, "0" * 31]
    return found


def test_it_answers_as_a_set_does_across_merges():
    rng = random.Random(16)
    ids = _ids(rng, 3 * MERGE_AT)
    seen, plain = SeenIds(), set()
    for article_id in ids:
        assert (article_id in seen) == (article_id in plain), article_id
        seen.add(article_id)
        plain.add(article_id)
        assert article_id in seen
    assert len(seen) == len(plain)
    for article_id in _ids(random.Random(17), 2000) + [i.upper() for i in ids[:50]]:
        assert (article_id in seen) == (article_id in plain), article_id


def test_ids_found_in_the_folder_start_it():
    seen = SeenIds(["ab" * 16, "cd" * 16, "ab" * 16])
    assert len(seen) == 2
    assert "cd" * 16 in seen
    assert "ef" * 16 not in seen


def test_content_hashes_take_a_fraction_of_a_set_of_strings():
    rng = random.Random(18)
    ids = [rng.getrandbits(128).to_bytes(16, "big").hex() for _ in range(20 * MERGE_AT)]
    seen = SeenIds(ids)
    held = seen._packed.nbytes + sum(sys.getsizeof(k) for k in seen._recent)
    as_strings = sum(sys.getsizeof(i) for i in ids)
    assert held < as_strings / 3
