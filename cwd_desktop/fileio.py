"""User files: written safely (to a temporary name beside the target, then renamed when complete),
and read safely (a regular file only, of bounded size)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from cwd_desktop.errors import CwdError
from cwd_desktop.messages import Message, os_problem, tr


class FileWriteError(CwdError):
    """A file could not be written; the target is left as it was."""


def describe_os_error(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return tr("The disk is full; {name} was not written.", name=path.name)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("{folder} cannot be written (no permission or a read-only folder).", folder=path.parent)
    if exc.errno == errno.ENOENT:
        return tr("The folder {folder} does not exist.", folder=path.parent)
    if exc.errno == errno.EISDIR:
        return tr("{path} is a folder.", path=path)
    return tr("{path} could not be written ({problem}).", path=path, problem=os_problem(exc))


def stage(path: Path, data: bytes) -> Path:
    """Write `data` completely (flushed to disk) under a temporary name beside `path`."""
    path = Path(path)
    if path.is_dir():
        raise FileWriteError("{path} is a folder.", path=path)
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


READ_LIMIT = 256 * 1024 * 1024  # the largest file read by default: a signed PDF, a key, a certificate


def read_file(path: Path, what: str = "The file", limit: int = READ_LIMIT, error: type[CwdError] = CwdError) -> bytes:
    """The bytes of a file the user named. Only a regular file is read: a folder, a FIFO or a device
    (`/dev/zero`) is refused at once, never waited on or read without end; and no more than `limit`
    bytes are read (a larger file is refused). `error` is the kind of error raised."""
    path = Path(path)
    try:
        # Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error("{what} {path} does not exist.", what=Message(what), path=path) from None
    except IsADirectoryError:
        raise error("{path} is a folder, not a file.", path=path) from None
    except OSError as exc:
        raise error(
            "{what} {path} cannot be read ({strerror}).", what=Message(what), path=path, strerror=os_problem(exc)
        ) from None
    info = os.fstat(fd)
    problem = (
        error("{path} is a folder, not a file.", path=path)
        if stat.S_ISDIR(info.st_mode)
        else error("{what} {path} is not a regular file (a device, a pipe or a socket).", what=Message(what), path=path)
        if not stat.S_ISREG(info.st_mode)
        else error("{what} {path} is larger than {size}.", what=Message(what), path=path, size=_size(limit))
        if info.st_size > limit
        else None
    )
    if problem:
        os.close(fd)
        raise problem
    with os.fdopen(fd, "rb") as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise error(
                "{what} {path} cannot be read ({strerror}).", what=Message(what), path=path, strerror=os_problem(exc)
            ) from None
    if len(data) > limit:  # it grew while being read
        raise error("{what} {path} is larger than {size}.", what=Message(what), path=path, size=_size(limit))
    return data


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
