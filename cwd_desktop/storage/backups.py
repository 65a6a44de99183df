"""Automatic backups: consistent copies (SQLite's backup API) in a `backups/` folder beside the
database, on start and at most once an hour while changes happen; restore; damage checks.

Kept: the 10 newest, and the newest of each day for 30 days. Each copy is written to a temporary
name and renamed when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cwd_desktop.errors import StorageError
from cwd_desktop.messages import Message, os_problem, tr
from cwd_desktop.storage.sqlite_file import connect_read_only, copy_database

if TYPE_CHECKING:
    from cwd_desktop.storage.store import Store

log = logging.getLogger(__name__)

KEEP_NEWEST = 10
KEEP_DAYS = 30
INTERVAL = dt.timedelta(hours=1)
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    size: int

    def summary(self) -> str:
        """What the copy holds, in a few words (read without modifying it)."""
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                counts = [
                    conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
                    for table in ("partnership", "meeting", "swot_item")
                ]
            finally:
                conn.close()
        except sqlite3.Error:
            return tr("unreadable")
        return tr(
            "{counts} partnerships, {counts2} meetings, {counts3} SWOT items",
            counts=counts[0],
            counts2=counts[1],
            counts3=counts[2],
        )


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _pattern(db_path: Path) -> re.Pattern[str]:
    # The fields of _STAMP, read without strptime (whose first call costs 5 ms at start-up).
    return re.compile(re.escape(Path(db_path).stem) + r"-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)-(\d{6})\.sqlite3$")


def list_backups(db_path: Path) -> list[Backup]:
    """The database's backups, newest first."""
    folder, pattern = backup_dir(db_path), _pattern(db_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.match(path.name)
            if match:
                year, month, day, hour, minute, second, micro = map(int, match.groups())
                taken = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=dt.UTC)
                found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(source: sqlite3.Connection, db_path: Path, now: dt.datetime | None = None) -> Backup:
    """Copy the database consistently (WAL included) into the backups folder, then prune."""
    now = now or dt.datetime.now(dt.UTC)
    folder = backup_dir(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageError(
            "The folder {folder} cannot be written ({strerror}).", folder=folder, strerror=os_problem(exc)
        ) from None
    target = copy_database(
        source,
        folder / f"{Path(db_path).stem}-{now.strftime(_STAMP)}.sqlite3",
        Message("The backup of {name}", name=Path(db_path).name),
    )
    prune(db_path, now)
    return Backup(target, now, target.stat().st_size)


def maybe_backup(store: Store, now: dt.datetime | None = None) -> Backup | None:
    """A backup if changes happened since the last one and the last one is an hour old."""
    now = now or dt.datetime.now(dt.UTC)
    if store.writes == store.writes_at_backup:
        return None
    newest = list_backups(store.path)
    if newest and now - newest[0].taken_at < INTERVAL:
        return None
    taken = make_backup(store.db.conn, store.path, now)
    store.writes_at_backup = store.writes
    return taken


def prune(db_path: Path, now: dt.datetime) -> list[Path]:
    backups = list_backups(db_path)
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    days_seen: set[dt.date] = set()
    for b in backups:  # newest first: the first of each day is that day's newest
        if now - b.taken_at <= dt.timedelta(days=KEEP_DAYS) and b.taken_at.date() not in days_seen:
            days_seen.add(b.taken_at.date())
            keep.add(b.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def backup_file(db_path: Path, checked: bool = False) -> Backup | None:
    """A backup of a database file that is not open (at start, before any migration).
    None when there is nothing to back up; StorageError when the file is damaged (`checked`: the
    caller has just run `damage()` itself)."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    problem = None if checked else damage(db_path)
    if problem:
        raise StorageError(problem)
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return make_backup(source, db_path)
    finally:
        source.close()


def damage(path: Path) -> str | None:
    """One sentence if the file is not a sound SQLite database, else None. Reads only."""
    try:
        conn = connect_read_only(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except StorageError as exc:
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return tr("{path} is damaged ({exc}).", path=path, exc=exc)
    except OSError as exc:
        return tr("{path} cannot be read ({strerror}).", path=path, strerror=os_problem(exc))
    if result != [("ok",)]:
        return tr("{path} is damaged (the integrity check failed: {result}).", path=path, result=result[0][0])
    return None


def check_and_back_up(path: Path) -> str | None:
    """Before opening a file: back it up and return None, or return what is damaged (one sentence)
    and write nothing. A missing or empty file (a new database) has nothing to back up."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    problem = damage(path)
    if problem is None:
        backup_file(path, checked=True)
    return problem


def newest_sound_backup(db_path: Path) -> Backup | None:
    for b in list_backups(db_path):
        if damage(b.path) is None:
            return b
    return None


def damaged_message(path: Path, problem: str = "") -> str:
    """`problem` (or "the file is damaged"), and where its newest sound backup is."""
    found = newest_sound_backup(path)
    hint = (
        tr(
            " The newest sound backup is from {taken_at:%Y-%m-%d %H:%M} UTC: cwd-desktop restore --db {path} {path2}",
            taken_at=found.taken_at,
            path=path,
            path2=found.path,
        )
        if found
        else tr(" No sound backup was found.")
    )
    return (problem or tr("{path} is damaged (its integrity check failed).", path=path)) + hint


def restore(db_path: Path, backup: Path) -> Path | None:
    """Put a backup in place of the database. The current file is first backed up (or, when it is
    damaged, moved aside as `<name>.damaged-<time>`, never deleted). Returns where it went."""
    db_path, backup = Path(db_path), Path(backup)
    problem = damage(backup)
    if problem:
        raise StorageError("The backup {backup} cannot be used: {problem}", backup=backup.name, problem=problem)
    kept: Path | None = None
    if db_path.exists():
        try:
            taken = backup_file(db_path)
            kept = taken.path if taken else None
        except StorageError:
            stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
            kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
            os.replace(db_path, kept)
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, partial)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(db_path.with_name(db_path.name + suffix))
        os.replace(partial, db_path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StorageError(
            "{db_path} could not be restored ({strerror}).", db_path=db_path.name, strerror=os_problem(exc)
        ) from None
    log.info("restored %s from %s (the previous file kept as %s)", db_path, backup, kept)
    return kept
