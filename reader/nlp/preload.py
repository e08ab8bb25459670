"""Imported only by the fork server of ``reader analyze --jobs N`` (never by anything else).

Importing spaCy and loading the model here, once, lets every worker start as a fork of a process
that already has them, instead of paying two to three seconds of CPU each to load its own copy.
"""

from reader.nlp.pipeline import load_nlp

load_nlp()
