"""The user's settings (interface language, recently opened databases, the coordinator's folders),
kept as JSON in the per-user config folder beside devices.json. A missing or unreadable file means
the defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cwd_desktop import paths
from cwd_desktop.fileio import read_json, write_json

RECENT_LIMIT = 8
DEFAULTS: dict[str, Any] = {
    "language": "",  # "": the system's
    "recent": [],
    "folders": {},
    "outbox": "",  # the folder for the coordinator ("": none): this laptop's packages are written there
    "inboxes": [],  # the coordinator's watched folders
    "inbox_auto": False,  # new packages in them: imported at once (True) or shown as a badge
}


def _file() -> Path:
    return paths.config_dir() / "settings.json"


def load() -> dict[str, Any]:
    stored = read_json(_file())
    if not isinstance(stored, dict):
        return dict(DEFAULTS)
    return {
        key: stored.get(key, default) if isinstance(stored.get(key), type(default)) else default
        for key, default in DEFAULTS.items()
    }


def save(settings: dict[str, Any]) -> None:
    write_json(_file(), settings)


def set_value(key: str, value: Any) -> None:
    settings = load()
    settings[key] = value
    save(settings)


def remember_database(path: Path) -> list[str]:
    """Put a database first in the recent list; returns the list."""
    resolved = str(Path(path).resolve())
    recent = [resolved] + [p for p in load()["recent"] if p != resolved]
    set_value("recent", recent[:RECENT_LIMIT])
    return recent[:RECENT_LIMIT]


def recent_databases() -> list[Path]:
    """Recently opened databases that still exist, newest first."""
    return [Path(p) for p in load()["recent"] if isinstance(p, str) and Path(p).exists()]


def folder(kind: str) -> Path | None:
    """The folder last used for a kind of file ("database", "minutes", "packages"...), if it still exists."""
    stored = load()["folders"].get(kind)
    return Path(stored) if isinstance(stored, str) and Path(stored).is_dir() else None


def remember_folder(kind: str, path: Path) -> None:
    folders = dict(load()["folders"])
    folders[kind] = str(Path(path).resolve())
    set_value("folders", folders)
