"""Errors a user may see: each carries one plain sentence that the CLI and GUI show as is; and the
exit codes that the CLI and the GUI end with."""

from __future__ import annotations

from typing import Any

from cwd_desktop.messages import language, worded

# 0: done; 1: done, and the answer is "no" (a signature that does not hold); 2: refused or failed,
# with one sentence said and nothing changed; 3: a signature that holds, by a signer not confirmed
# on this computer.
EXIT_OK, EXIT_UNSOUND, EXIT_ERROR, EXIT_UNCONFIRMED = 0, 1, 2, 3


class CwdError(Exception):
    """Base of every error whose message is meant for the user: a message id (its English text)
    and its parameters, worded in the user's language when shown (see `messages`)."""

    def __init__(self, message: str = "", /, **params: Any) -> None:
        super().__init__(message)
        self.message, self.params = message, params

    def __str__(self) -> str:
        return worded(self.message, self.params, language())

    def label(self, lang: str) -> str:
        """The sentence in `lang` (an error may be a parameter of another message)."""
        return worded(self.message, self.params, lang)


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


class Cancelled(CwdError):
    """The user cancelled long work; like any refusal, it left nothing half-done behind."""
