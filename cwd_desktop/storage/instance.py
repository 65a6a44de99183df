"""One writer per database: an OS lock on `<database>.lock`, held by a window for as long as it has
the database open, and by a CLI command that writes for as long as it runs.

The operating system releases the lock when the process ends, however it ends, so a lock left by
a crash is no obstacle: the next start simply takes it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from cwd_desktop.errors import StorageError
from cwd_desktop.messages import os_problem, tr


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path).with_name(Path(db_path).name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self, holder: str = "") -> None:
        """Take the lock or raise StorageError naming the process that holds it. `holder` says
        what holds it (a CLI command), for the message another process then shows."""
        try:
            fh = open(self.path, "a+")  # noqa: SIM115 - held open for the life of the lock
        except OSError as exc:
            raise StorageError(
                "{parent} cannot be written ({strerror}).", parent=self.path.parent, strerror=os_problem(exc)
            ) from None
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise StorageError(
                "{path} is already open in another CWD Desktop window ({holder}); switch to that window.",
                path=self.path.name[:-5],
                holder=holder,
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(tr("process {pid}", pid=os.getpid()) + (f", {holder}" if holder else ""))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
