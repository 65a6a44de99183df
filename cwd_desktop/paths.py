"""Where things live on disk: the default database, per-user config, shipped resources.

CWD_DESKTOP_HOME puts data and config under one folder (tests); a file named `portable` beside
the executable does the same with the folder `data` beside it (a USB stick moved between a
hall's PC and an office); CWD_DESKTOP_DB names the database directly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "cwd-desktop"


def app_dir() -> Path:
    """The folder of the executable (a PyInstaller build) or of the launched script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def portable_home() -> Path | None:
    marker = app_dir() / "portable"
    return marker.parent / "data" if marker.is_file() else None


def _home() -> Path | None:
    value = os.environ.get("CWD_DESKTOP_HOME")
    return Path(value) if value else portable_home()


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    value = os.environ.get("CWD_DESKTOP_DB")
    return Path(value) if value else data_dir() / "cwd-desktop.sqlite3"


def resources_dir() -> Path:
    """The shipped resources: inside the package when installed or built, the top-level folder in a
    checkout."""
    installed = Path(__file__).parent / "_resources"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "resources"
