"""Errors the CLI and the app show to the user as one clear line."""


class ReaderError(Exception):
    """A problem with the user's input or environment, worded for the user."""


class IngestError(ReaderError):
    """The source could not be turned into article text."""


class LibraryError(ReaderError):
    """The SQLite library could not be opened or written."""
