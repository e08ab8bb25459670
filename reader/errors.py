"""Errors the CLI and the app show to the user as one clear line."""


class ReaderError(Exception):
    """A problem with the user's input or environment, worded for the user."""


class IngestError(ReaderError):
    """The source could not be turned into article text."""


class LibraryError(ReaderError):
    """The SQLite library could not be opened or written."""


def picklable(error: Exception) -> Exception:
    """An exception another process can receive: as it is when it pickles, else its type and
    text (a worker's failure must reach the parent as a message, not as a second failure)."""
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


class Cancelled(Exception):
    """The caller gave up on an analysis (a screen closed, the app quit): not a failure, and
    nothing is saved. The one exception every runner raises for it."""
