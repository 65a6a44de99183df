"""Where things live on disk: the default database, per-user config, shipped resources.

CWD_DESKTOP_HOME puts data and config under one folder (tests, portable installs);
CWD_DESKTOP_DB names the database directly.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cwd-desktop"


def _home() -> Path | None:
    value = os.environ.get("CWD_DESKTOP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    value = os.environ.get("CWD_DESKTOP_DB")
    return Path(value) if value else data_dir() / "cwd-desktop.sqlite3"


def resources_dir() -> Path:
    """The shipped resources: inside the package when installed, the top-level folder in a checkout."""
    installed = Path(__file__).parent / "_resources"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "resources"
