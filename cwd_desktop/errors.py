"""Errors a user may see: each carries one plain sentence that the CLI and GUI show as is."""


class CwdError(Exception):
    """Base of every error whose message is meant for the user."""


class ValidationError(CwdError, ValueError):
    """A value does not fit the domain rules (empty name, negative votes, ...)."""


class NotFoundError(CwdError, LookupError):
    """The row, meeting or partnership asked for does not exist."""


class ReadOnlyError(CwdError):
    """A write was attempted on a signed meeting or anything that belongs to it."""


class StorageError(CwdError):
    """The database file cannot be used: missing folder, not a database, newer schema, locked."""


class ImportFormatError(CwdError):
    """A file to import is malformed; the message names the row and the reason."""
