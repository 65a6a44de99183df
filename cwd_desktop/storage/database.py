"""Opening a database file: checks that refuse a bad file untouched, pragmas, migrations.

Everything opens through `open_database()`. The checks run on a read-only connection first,
so a file that is not ours, or is from a newer version, is never modified, not even by the
switch to WAL.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cwd_desktop.domain import names
from cwd_desktop.errors import StorageError, ValidationError
from cwd_desktop.messages import Message, tr
from cwd_desktop.storage import migrations
from cwd_desktop.storage.backups import damaged_message
from cwd_desktop.storage.migrations import MIGRATION_SET, known_names
from cwd_desktop.storage.sqlite_file import connect_read_only, copy_database

# "CWD1": marks the file as ours (PRAGMA application_id), so other SQLite files are refused.
APPLICATION_ID = 0x43574431
BUSY_TIMEOUT_MS = 5000


class Database:
    """An open database file, as the store and the services use it. The connection is in autocommit
    mode: a statement outside `atomic()` is committed at once, as with sqlite-utils' Database (which
    is only loaded to migrate, see migrations.py)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; a nested block is a savepoint, undone alone when it fails."""
        nested = self.conn.in_transaction
        self.conn.execute("SAVEPOINT nested" if nested else "BEGIN")
        try:
            yield self
            self.conn.execute("RELEASE nested" if nested else "COMMIT")
        except BaseException:
            # A failure such as a full disk may already have ended the whole transaction.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO nested" if nested else "ROLLBACK")
                if nested:
                    self.conn.execute("RELEASE nested")
            raise

    def close(self) -> None:
        self.conn.close()


def open_database(path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Raises StorageError with one plain sentence when the file cannot be used.
    """
    path = Path(path)
    if path.is_dir():
        raise StorageError("{path} is a folder, not a database file.", path=path)
    if not path.parent.is_dir():
        raise StorageError("The folder {parent} does not exist.", parent=path.parent)
    existing = path.exists() and path.stat().st_size > 0
    with translate_sqlite_errors(path):
        if existing:
            pending = _inspect(path)
        conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
        try:
            db = Database(conn)
            conn.create_collation("pl", names.compare)  # ORDER BY ... COLLATE pl: Polish order
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            if existing and pending:
                backup_copy(conn, path, f"before-{pending[0]}")
            if not existing or pending:
                migrations.apply(conn)
                # Written only when the schema changes, so that merely opening a file never modifies it.
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {len(known_names())}")
        except BaseException:
            conn.close()
            raise
    return db


def _inspect(path: Path) -> list[str]:
    """Refuse a file that is not ours or is newer; return the migrations it still needs."""
    conn = connect_read_only(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID:
            if tables:
                raise StorageError("{path} is an SQLite database of another program, not of CWD Desktop.", path=path)
            return list(known_names())
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
            )
        ]
        known = known_names()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StorageError(
                "{path} was written by a newer version of CWD Desktop (schema {unknown}); install the "
                "newer version to open it.",
                path=path,
                unknown=unknown[-1],
            )
        pending = [name for name in known if name not in applied]
        problems = migrations.schema_problems(conn, migrated=not pending)
        if problems:
            raise StorageError(
                "{path} is not a CWD Desktop database as this version writes it: it holds {problems}{more}.",
                path=path,
                problems=", ".join(problems[:3]),
                more=" …" if len(problems) > 3 else "",
            )
        # Migrating a damaged file would fail half-way (its list of applied migrations may be
        # unreadable) or make things worse: say it is damaged, as opening it would.
        if pending and conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise StorageError(damaged_message(path))
    finally:
        conn.close()
    return pending


def backup_copy(conn: sqlite3.Connection, path: Path, label: str) -> Path:
    """Copy the database aside as `<name>.<label>.bak` (before a migration)."""
    return copy_database(conn, path.with_name(f"{path.name}.{label}.bak"), Message("The copy made before migrating"))


@contextlib.contextmanager
def translate_sqlite_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's low-level errors into one sentence a user can act on."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise ValidationError(_integrity_message(exc)) from exc
    except sqlite3.Error as exc:
        raise StorageError(describe_sqlite_error(exc, path)) from exc


def _integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "FOREIGN KEY" in text:
        return tr("The change refers to a row that does not exist.")
    if "UNIQUE" in text:
        return tr("A row with this id already exists.")
    return tr("The change breaks a rule of the database ({text}).", text=text)


def describe_sqlite_error(exc: sqlite3.Error, path: Path | str) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return tr("{path} is in use by another program; close it there and try again.", path=path)
    if "disk is full" in text or "disk full" in text:
        return tr("The disk holding {path} is full; free some space and try again.", path=path)
    if "not a database" in text or "malformed" in text:
        return damaged_message(Path(path), tr("{path} is damaged or is not a CWD Desktop database.", path=path))
    if "readonly" in text or "read-only" in text:
        return tr("{path} cannot be written (read-only file or folder).", path=path)
    if "unable to open" in text:
        return tr("{path} cannot be opened.", path=path)
    return tr("{path}: the database reported an error ({exc}).", path=path, exc=exc)
