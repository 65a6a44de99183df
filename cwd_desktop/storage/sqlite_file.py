"""The database file as a file: its SQLite header, a read-only look that never writes, and a
whole-or-nothing copy. The lowest piece of storage: opening, backups and the store build on it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from cwd_desktop.errors import StorageError
from cwd_desktop.messages import Message

SQLITE_HEADER = b"SQLite format 3\x00"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`, refused (StorageError) when it is not an SQLite file.
    Without a WAL file (a clean close) the file is read as immutable: no -wal or -shm is created."""
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise StorageError("{path} is not a CWD Desktop database (it is not an SQLite file).", path=path)
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)


def copy_database(conn: sqlite3.Connection, target: Path, what: str | Message = "The copy") -> Path:
    """Copy what `conn` sees, consistently (WAL included), to `target`: written under a temporary
    name and renamed when complete, so `target` is whole or untouched."""
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    try:
        destination = sqlite3.connect(partial)
        try:
            conn.backup(destination)
        finally:
            destination.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageError(
            "{what} could not be written to {target} ({exc}).", what=what, target=target, exc=exc
        ) from None
    return target


def remove_database(path: Path) -> None:
    """Remove a database file that was only just created, with its companions (WAL, shared memory,
    journal, the single-writer lock): what a refused first import leaves behind."""
    path = Path(path)
    for found in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal", ".lock"))):
        with contextlib.suppress(OSError):
            found.unlink()
