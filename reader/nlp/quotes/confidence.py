"""A quote's confidence: how likely its speaker is right, from what its attribution rested on.

A logistic model over ``evidence.features``, its weights in ``confidence.json`` beside this file
(made by ``scripts/train_quote_confidence.py`` from PolNeAR train's gold speaker mentions,
without the held-back publishers). Plain Python: a dot product and a sigmoid.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from reader.nlp.quotes.evidence import Evidence, features

WEIGHTS = Path(__file__).with_name("confidence.json")


@cache
def _weights() -> dict[str, float]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]


def confidence(evidence: Evidence) -> float:
    """Between 0 and 1, three decimals."""
    weights = _weights()
    total = sum(weights.get(name, 0.0) * value for name, value in features(evidence).items())
    return round(1.0 / (1.0 + math.exp(-total)), 3)
