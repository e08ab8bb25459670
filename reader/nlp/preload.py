"""Imported only by the fork server of ``reader analyze --jobs N`` (never by anything else).

Importing spaCy and loading the model here, once, lets every worker start as a fork of a process
that already has them, instead of paying two to three seconds of CPU each to load its own copy.
"""

from contextlib import suppress

from reader.errors import ReaderError
from reader.nlp.pipeline import load_nlp

# Without the default model, each worker loads the one asked for and reports what fails.
with suppress(ReaderError):
    load_nlp()
