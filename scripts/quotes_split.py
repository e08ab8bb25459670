"""The train publishers held back from all quote-rule work (chosen before any error browsing).

Their documents in ``quotes_train.jsonl`` are never shown as error examples, never used to
train the speaker ranker, and are reported last, as the figures on text the rules were not
written against. Chosen once, by name: the two smallest publishers (about 1,430 quotes).
"""

from __future__ import annotations

HELD_BACK = ("usa-today", "west-journal")
