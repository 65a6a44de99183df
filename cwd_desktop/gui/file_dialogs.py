"""Where file dialogs start: the folder last used for that kind of file, else the user's
Documents folder (never the program's own folder, where a moderator's files do not belong)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from cwd_desktop import settings


def start(kind: str, file_name: str = "") -> str:
    """The folder (and a suggested file name in it) a dialog for `kind` opens in."""
    folder = settings.folder(kind) or Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
    )
    return str(folder / file_name) if file_name else str(folder)


def remember(kind: str, chosen: str) -> None:
    """Note the folder of what the user chose (a file's folder, or the folder itself)."""
    if chosen:
        path = Path(chosen)
        settings.remember_folder(kind, path if path.is_dir() else path.parent)
