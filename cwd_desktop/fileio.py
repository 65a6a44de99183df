"""Writing user files safely: to a temporary name beside the target, then renamed when complete."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from cwd_desktop.errors import CwdError


class FileWriteError(CwdError):
    """A file could not be written; the target is left as it was."""


def describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"The disk is full; {path.name} was not written."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path.parent} cannot be written (no permission or a read-only folder)."
    if exc.errno == errno.ENOENT:
        return f"The folder {path.parent} does not exist."
    if exc.errno == errno.EISDIR:
        return f"{path} is a folder."
    return f"{path} could not be written ({exc.strerror or exc})."


def stage(path: Path, data: bytes) -> Path:
    """Write `data` completely (flushed to disk) under a temporary name beside `path`."""
    path = Path(path)
    if path.is_dir():
        raise FileWriteError(f"{path} is a folder.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, path)) from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; a user's file gets the usual mode
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        discard(Path(name))
        raise FileWriteError(describe_os_error(exc, path)) from None
    return Path(name)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def commit(staged: Path, path: Path) -> None:
    try:
        os.replace(staged, path)
    except OSError as exc:
        discard(staged)
        raise FileWriteError(describe_os_error(exc, Path(path))) from None


def discard(staged: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(staged)


def write_atomic(path: Path, data: bytes) -> None:
    """Either the whole new file is at `path`, or whatever was there before is untouched."""
    commit(stage(path, data), path)


def read_json(path: Path) -> Any:
    """The JSON value stored at `path`; None when the file is missing, unreadable or not JSON."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, value: Any) -> None:
    """Store `value` as JSON at `path` (creating its folder), completely or not at all."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, path)) from None
    write_atomic(path, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))


def read_file(path: Path, what: str = "The file") -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CwdError(f"{what} {path} does not exist.") from None
    except IsADirectoryError:
        raise CwdError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise CwdError(f"{what} {path} cannot be read ({exc.strerror}).") from None
