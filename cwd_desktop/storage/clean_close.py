"""Whether a database file is exactly as this application left it at a clean close, so that
opening it again may skip the whole-file integrity check.

`PRAGMA quick_check` reads every page (15 ms for 10,000 SWOT cards, seconds for a large file), and
the CLI opens the database for every command. After a clean close (the last connection closed, no
WAL file left, the file still the one that was opened and checked), the file's device, inode, size,
modification and change times are noted in the per-user config folder. An open skips the check only
when all of them are unchanged and there is no WAL file. A crash or a power cut (no note), a write
by another program, a restore, a copy, or any byte changed since, changes at least one of them (and
no tool sets the change time back), so such a file is checked as before. The GUI's start-up check
(`backups.check_and_back_up`) always reads the whole file; so does `cwd-desktop check`.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from cwd_desktop import paths
from cwd_desktop.errors import CwdError
from cwd_desktop.fileio import read_json, write_json

REMEMBERED = 32  # files; the note of the file closed longest ago is dropped first


def _notes_file() -> Path:
    return paths.config_dir() / "closed-cleanly.json"


def _notes() -> dict[str, list[int]]:
    notes = read_json(_notes_file())
    return notes if isinstance(notes, dict) else {}


def _state(path: Path) -> list[int] | None:
    if path.with_name(path.name + "-wal").exists():
        return None  # another connection has it open, or one ended without closing
    try:
        info = os.stat(path)
    except OSError:
        return None
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]


def note_clean_close(path: Path) -> None:
    """`path`, opened after its check, has just been closed by this process."""
    key = str(Path(path).resolve())
    state = _state(Path(key))
    if state is None:
        return
    notes = _notes()
    if notes.get(key) == state:
        return
    notes.pop(key, None)
    notes[key] = state
    with contextlib.suppress(CwdError):  # unwritable config: the next open checks the file, that is all
        write_json(_notes_file(), dict(list(notes.items())[-REMEMBERED:]))


def closed_cleanly(path: Path) -> bool:
    """True when `path` is exactly as this application left it at its last clean close."""
    key = str(Path(path).resolve())
    state = _state(Path(key))
    return state is not None and _notes().get(key) == state
