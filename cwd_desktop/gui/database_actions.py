"""The database's life in the main window: opening at start, switching to another file, open
recent, backups while it is open, restoring one, saving a copy.

Checking and backing up a file read all of it, so opening runs them off the GUI thread; a damaged
file is offered its newest sound backup and is otherwise left exactly as it is. Like the main
window, this module imports the storage only where it is used (see main_window.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject

from cwd_desktop import settings
from cwd_desktop.errors import EXIT_ERROR, CwdError
from cwd_desktop.gui import file_dialogs
from cwd_desktop.gui.tasks import run_task
from cwd_desktop.storage.instance import InstanceLock

if TYPE_CHECKING:
    from cwd_desktop.gui.main_window import MainWindow

DB_FILTER = "CWD Desktop (*.sqlite3 *.db);;*"
log = logging.getLogger(__name__)


class DatabaseActions(QObject):
    """File menu's database actions for `window`, which shows the store that is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- opening --------------------------------------------------------------------------

    def open_file(self, path: Path, lock: InstanceLock | None, on_failure: Callable[[str | None], None]) -> None:
        """Check `path` and back it up off the GUI thread; offer the newest sound backup when it is
        damaged; then open it in place of the current database. `lock` is already held for `path`.
        `on_failure(message)` runs when it cannot be opened (message None: the user declined)."""
        from cwd_desktop.storage import backups

        self.window.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(path)))
        run_task(
            self.window,
            self.tr("Checking the database and saving a backup…"),
            lambda _progress: backups.check_and_back_up(path),
            lambda problem: self._open_checked(path, lock, problem, on_failure),
            on_failure,
        )

    def _open_checked(
        self, path: Path, lock: InstanceLock | None, problem: str | None, on_failure: Callable[[str | None], None]
    ) -> None:
        from cwd_desktop.storage import open_store

        try:
            if problem is not None and not self.restore_sound_backup(path, problem):
                on_failure(None)
                return
            store = open_store(path, checked=True)  # by check_and_back_up, or restored from a sound backup
        except CwdError as exc:
            on_failure(str(exc))
            return
        window = self.window
        if window.store is not None:
            window.close_workspaces()
            window.store.close()
        if window.lock is not None and window.lock is not lock:
            window.lock.release()
        window.lock = lock
        window.use_store(store)
        window.offer_demo_if_empty()
        window.opened.emit()

    def restore_sound_backup(self, path: Path, problem: str) -> bool:
        """`path` is damaged: offer its newest sound backup. False when there is none or the user
        declines; the damaged file is then left exactly as it is."""
        from cwd_desktop.storage import backups

        log.warning("damaged: %s", problem)
        title = self.tr("Damaged database")
        found = backups.newest_sound_backup(path)
        if found is None:
            QtWidgets.QMessageBox.critical(self.window, title, problem + " " + self.tr("No sound backup was found."))
            return False
        question = self.tr("%1\n\nRestore the backup of %2? The damaged file is kept beside it, renamed.")
        question = question.replace("%1", problem).replace("%2", f"{found.taken_at:%Y-%m-%d %H:%M} UTC")
        if QtWidgets.QMessageBox.question(self.window, title, question) != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        backups.restore(path, found.path)
        return True

    def open_at_start(self, path: Path) -> None:
        """The first database. If it cannot be opened, the application ends with exit code 2 and
        the file is left as it was."""
        self.open_file(path, self.window.lock, self._cannot_start)

    def _cannot_start(self, message: str | None) -> None:
        window = self.window
        if message:
            log.warning("cannot start: %s", message)
            QtWidgets.QMessageBox.critical(window, self.tr("Cannot open the database"), message)
        if window.lock is not None:
            window.lock.release()
            window.lock = None
        window.hide()
        QCoreApplication.exit(EXIT_ERROR)

    def switch_to(self, path: Path) -> None:
        """Open another database; on failure say why and keep the current one."""
        lock = InstanceLock(path) if self.window.lock else None
        try:
            if lock:
                lock.acquire()
        except CwdError as exc:
            QtWidgets.QMessageBox.critical(self.window, self.tr("Cannot open the database"), str(exc))
            return

        def failed(message: str | None) -> None:
            if lock:
                lock.release()
            if message:
                log.warning("cannot open: %s", message)
                QtWidgets.QMessageBox.critical(self.window, self.tr("Cannot open the database"), message)
            self.window.show_database()

        self.open_file(path, lock, failed)

    def new_database(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), file_dialogs.start("database"), DB_FILTER
        )
        file_dialogs.remember("database", name)
        if name:
            self.switch_to(Path(name))

    def start_from_package(self) -> None:
        """A new laptop: a new database made from the coordinator's package, then opened."""
        from cwd_desktop.gui.sync_actions import SYNC_FILTER

        package, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, self.tr("The coordinator's package"), file_dialogs.start("packages"), SYNC_FILTER
        )
        if not package:
            return
        file_dialogs.remember("packages", package)
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window,
            self.tr("The new database for this computer"),
            file_dialogs.start("database"),
            DB_FILTER,
            options=QtWidgets.QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused below
        )
        if name:
            file_dialogs.remember("database", name)
            self.run_start_from(Path(package), Path(name))

    def run_start_from(self, package: Path, target: Path) -> None:
        from cwd_desktop.sync import service

        def started(report) -> None:
            self.switch_to(target)
            self.window.statusBar().showMessage(report.lines()[0], 15000)

        run_task(
            self.window,
            self.tr("Importing…"),
            lambda progress: service.start_from(package, target, progress),
            started,
            self.window.show_error,
        )

    def open_database(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), file_dialogs.start("database"), DB_FILTER
        )
        file_dialogs.remember("database", name)
        if name:
            self.switch_to(Path(name))

    def fill_recent(self) -> None:
        menu = self.window.ui.menuRecent
        menu.clear()
        current = self.window.current_store.path.resolve()
        recent = [p for p in settings.recent_databases() if p != current]
        for number, path in enumerate(recent, 1):
            action = menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.triggered.connect(lambda _checked=False, path=path: self.switch_to(path))
        if not recent:
            menu.addAction(self.tr("No other database opened yet")).setEnabled(False)

    # -- backups and copies -----------------------------------------------------------------------

    def backup_if_due(self) -> None:
        store = self.window.store
        if store is None:
            return
        from cwd_desktop.storage import backups

        try:
            taken = backups.maybe_backup(store)
        except CwdError as exc:
            self.window.statusBar().showMessage(str(exc), 15000)
            return
        if taken:
            self.window.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", taken.path.name), 5000)

    def save_copy(self) -> None:
        """A copy of everything open now, also when the original file was moved or deleted."""
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy"), file_dialogs.start("database"), DB_FILTER
        )
        file_dialogs.remember("database", name)
        if name:
            try:
                self.window.current_store.save_copy(Path(name))
            except CwdError as exc:
                self.window.show_error(str(exc))
                return
            self.window.statusBar().showMessage(self.tr("Saved a copy as %1.").replace("%1", name), 8000)

    def restore_backup(self) -> None:
        from cwd_desktop.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.window.current_store.path, self.window)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.chosen:
            self.restore_from(dialog.chosen)

    def restore_from(self, backup: Path) -> None:
        from cwd_desktop.storage import backups, open_store

        window = self.window
        path = window.current_store.path
        window.close_workspaces()
        window.current_store.close()
        try:
            backups.restore(path, backup)
        except CwdError as exc:
            QtWidgets.QMessageBox.critical(window, self.tr("Restore from backup"), str(exc))
        window.use_store(open_store(path))
        window.statusBar().showMessage(self.tr("Restored from %1.").replace("%1", backup.name), 8000)
