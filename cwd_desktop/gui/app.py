"""Starting the desktop application: QApplication, translations, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cwd_desktop import paths
from cwd_desktop.cli import quiet_libraries
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import i18n
from cwd_desktop.storage import open_store


def run(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CWD Desktop")
    app.setOrganizationName("cwd-desktop")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "cwd-desktop.svg")))
    i18n.install(app)
    quiet_libraries()
    path = db_path or paths.default_database_path()
    try:
        if db_path is None:
            path.parent.mkdir(parents=True, exist_ok=True)
        store = open_store(path)
    except (CwdError, OSError) as exc:
        QMessageBox.critical(None, app.translate("App", "Cannot open the database"), str(exc))
        return 2
    from cwd_desktop.gui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    window.offer_demo_if_empty()
    return app.exec()
