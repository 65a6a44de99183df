"""The device id that stamps this database's writes, kept in the database and in user config.

A database copied to another place or laptop must not write under the same id as the
original (two writers with one id break the merge), so each user's config remembers which
file holds which id. A database whose id is unknown here, or is registered for another file
that still exists, is a copy: it gets a fresh id. A file that moved keeps its id.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from cwd_desktop import paths
from cwd_desktop.errors import CwdError
from cwd_desktop.fileio import read_json, write_json
from cwd_desktop.storage.ids import new_id

if TYPE_CHECKING:
    from cwd_desktop.storage.database import Database


def get_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def _registry_path() -> Path:
    return paths.config_dir() / "devices.json"


def _load_registry() -> dict[str, str]:
    data = read_json(_registry_path())
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _save_registry(registry: dict[str, str]) -> None:
    # An unwritable config folder must not stop the moderator from working; the only cost is
    # that this database may be given a fresh id again next time.
    with contextlib.suppress(CwdError):
        write_json(_registry_path(), registry)


def ensure_device(db: Database, path: Path) -> str:
    """Return this database's device id, minting a new one when the file is a copy."""
    here = str(path.resolve())
    registry = _load_registry()
    device_id = get_meta(db, "device_id")
    registered = registry.get(device_id or "")
    is_copy = registered is None or (registered != here and Path(registered).exists())
    if device_id is None or is_copy:
        device_id = new_id()
        with db.atomic():
            set_meta(db, "device_id", device_id)
            if get_meta(db, "device_name") is None:
                set_meta(db, "device_name", default_device_name())
    if registry.get(device_id) != here:
        registry[device_id] = here
        _save_registry(registry)
    return device_id


def default_device_name() -> str:
    import socket  # needed once per new database, not at every start

    return socket.gethostname() or "CWD Desktop"
