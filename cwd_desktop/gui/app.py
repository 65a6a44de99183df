"""Starting the desktop application: QApplication, translations, the lock, then the main window.

The window is painted before the database is checked, backed up and opened (both read the whole
file): see `MainWindow.after_first_paint`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cwd_desktop import __version__, logs, paths
from cwd_desktop.errors import EXIT_ERROR, CwdError
from cwd_desktop.gui import crash, i18n
from cwd_desktop.logs import quiet_libraries
from cwd_desktop.storage.instance import InstanceLock

BACKUP_CHECK_MS = 5 * 60 * 1000


def run(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CWD Desktop")
    app.setOrganizationName("cwd-desktop")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("cwd-desktop")
    i18n.install(app)
    crash.install()
    quiet_libraries()
    path = db_path or paths.default_database_path()
    lock = InstanceLock(path)
    try:
        if db_path is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except (CwdError, OSError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, QApplication.translate("App", "Cannot open the database"), str(exc))
        return EXIT_ERROR
    from cwd_desktop.gui.main_window import MainWindow

    window = MainWindow(lock=lock)
    timer = QTimer(window)
    timer.timeout.connect(window.database.backup_if_due)
    timer.start(BACKUP_CHECK_MS)

    def after_first_paint() -> None:
        logs.start()  # not before: logging.handlers is not needed for the first frame
        window.database.open_at_start(path)
        # The icon is not needed for the first frame (the launcher shows its own meanwhile), and
        # QIcon's class with its enums and the SVG plugin would cost 3-4 ms before it.
        from PySide6.QtGui import QIcon

        QApplication.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "cwd-desktop.svg")))

    window.after_first_paint(after_first_paint)
    window.show()
    return app.exec()
