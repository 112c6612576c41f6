"""Errors the search package raises for its callers to show to a person."""


class QueryError(ValueError):
    """A query or filter that cannot be run; the message says what was wrong and what is accepted."""


class IndexNotFound(FileNotFoundError):
    """No newsarchive index at the given path."""


class IndexOutdated(RuntimeError):
    """The index was built with another schema; it must be rebuilt."""


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""
