"""Exceptions with messages a user can act on. Readers raise these; the pipeline records them as skips."""


class CrosscheckError(Exception):
    """Base class: anything crosscheck reports to the user as a clear one-line error."""


class InputError(CrosscheckError):
    """An input cannot be read as an article (binary, empty, too large, malformed)."""


class StoreError(CrosscheckError):
    """The store cannot be opened or written."""
