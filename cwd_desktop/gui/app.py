"""Starting the desktop application: QApplication, translations, the lock, backups, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cwd_desktop import __version__, paths
from cwd_desktop.cli import quiet_libraries
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import i18n
from cwd_desktop.storage import backups
from cwd_desktop.storage.instance import InstanceLock
from cwd_desktop.storage.store import open_store

BACKUP_CHECK_MS = 5 * 60 * 1000


def prepare(path: Path) -> bool:
    """Before opening: back the file up, or, when it is damaged, offer the newest sound backup.
    False when the user declines (the damaged file is left exactly as it is)."""
    problem = backups.damage(path) if path.exists() and path.stat().st_size else None
    if problem is None:
        backups.backup_file(path, checked=True)
        return True
    found = backups.newest_sound_backup(path)
    if found is None:
        title = QApplication.translate("App", "Damaged database")
        QMessageBox.critical(None, title, problem + " " + QApplication.translate("App", "No sound backup was found."))
        return False
    question = QApplication.translate(
        "App", "%1\n\nRestore the backup of %2? The damaged file is kept beside it, renamed.").replace(
        "%1", problem).replace("%2", f"{found.taken_at:%Y-%m-%d %H:%M} UTC")
    title = QApplication.translate("App", "Damaged database")
    if QMessageBox.question(None, title, question) != QMessageBox.StandardButton.Yes:
        return False
    backups.restore(path, found.path)
    return True


def run(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CWD Desktop")
    app.setOrganizationName("cwd-desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cwd-desktop")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "cwd-desktop.svg")))
    i18n.install(app)
    quiet_libraries()
    path = db_path or paths.default_database_path()
    lock = InstanceLock(path)
    try:
        if db_path is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
        if not prepare(path):
            return 2
        store = open_store(path)
    except (CwdError, OSError) as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Cannot open the database"), str(exc))
        lock.release()
        return 2
    from cwd_desktop.gui.main_window import MainWindow

    window = MainWindow(store, lock)
    timer = QTimer(window)
    timer.timeout.connect(window.backup_if_due)
    timer.start(BACKUP_CHECK_MS)
    window.show()
    window.offer_demo_if_empty()
    return app.exec()
