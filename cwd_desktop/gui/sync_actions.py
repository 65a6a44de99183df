"""The main window's sync actions: a package for the coordinator, importing packages and
folders of them, conflicts and likely duplicates, this computer's name.

Export and import run off the GUI thread on their own connection to the open file, can be
cancelled (each is all or nothing), and report what they did.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Signal

from cwd_desktop.gui import file_dialogs
from cwd_desktop.gui.tasks import on_own_connection, run_task

if TYPE_CHECKING:
    from cwd_desktop.gui.main_window import MainWindow

SYNC_FILTER = "CWD Desktop sync (*.cwdsync)"


class SyncActions(QObject):
    imported = Signal(list)  # the reports of an import the user ran

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.preview_dialog: QtWidgets.QDialog | None = None
        self.last_import_dialog: QtWidgets.QDialog | None = None
        self.conflicts_dialog: QtWidgets.QDialog | None = None

    def export_sync(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Export for the coordinator"), file_dialogs.start("packages"), SYNC_FILTER
        )
        file_dialogs.remember("packages", name)
        if name:
            self.run_export_sync(Path(name))

    def run_export_sync(self, target: Path) -> None:
        from cwd_desktop.sync import service

        run_task(
            self.window,
            self.tr("Writing the package…"),
            on_own_connection(
                self.window.current_store.path, lambda store, progress: service.export(store, target, progress)
            ),
            lambda written: self.window.statusBar().showMessage(self.tr("Wrote %1.").replace("%1", str(written)), 8000),
            self.window.show_error,
            self.window.show_cancelled,
        )

    def import_sync(self) -> None:
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self.window, self.tr("Import packages"), file_dialogs.start("packages"), SYNC_FILTER
        )
        if names:
            file_dialogs.remember("packages", names[0])
            self.run_import_sync([Path(n) for n in names])

    def import_folder(self) -> None:
        name = QtWidgets.QFileDialog.getExistingDirectory(
            self.window, self.tr("Import every new package of a folder"), file_dialogs.start("packages")
        )
        file_dialogs.remember("packages", name)
        if name:
            self.run_import_sync([Path(name)])

    def run_import_sync(self, paths: list[Path], preview: bool = True) -> None:
        """Import packages: first what the import would do (nothing written), then, if the user
        goes on, the import itself and its report."""
        from cwd_desktop.sync import service

        def previewed(reports) -> None:
            from cwd_desktop.gui.import_preview import ImportPreviewDialog

            self.preview_dialog = ImportPreviewDialog(reports, self.window)
            self.preview_dialog.accepted.connect(lambda: self.run_import_sync(paths, preview=False))
            self.preview_dialog.show()

        def done(reports) -> None:
            from cwd_desktop.gui.sync_dialogs import ImportReportDialog

            self.window.refresh()
            new = [r for r in reports if r.new_device]
            if new and self.accept_devices(new):
                self.run_import_sync(paths, preview=False)  # again: now the accepted devices' packages go in
                return
            self.last_import_dialog = ImportReportDialog(self.window.current_store, reports, self.window)
            self.last_import_dialog.show()
            self.imported.emit(reports)

        work = service.preview_paths if preview else service.import_paths
        run_task(
            self.window,
            self.tr("Reading the packages…") if preview else self.tr("Importing…"),
            on_own_connection(self.window.current_store.path, lambda store, progress: work(store, paths, progress)),
            previewed if preview else done,
            self.window.show_error,
            self.window.show_cancelled,
        )

    def accept_devices(self, reports: list) -> bool:
        """Ask whether to accept the devices of packages left out, showing their names and
        fingerprints; accept them (with the keys their packages were signed with) if so."""
        from cwd_desktop.sync import devices

        seen: dict[str, tuple[str, str | None]] = {}
        for r in reports:
            seen.setdefault(r.device_id, (r.device_name or r.device_id[-12:], r.device_key))
        listing = "\n".join(f"• {name}\n    {devices.fingerprint(key)}" for name, key in seen.values())
        answer = QtWidgets.QMessageBox.question(
            self.window,
            self.tr("New devices"),
            self.tr(
                "These packages come from devices not accepted on this computer:\n\n%1\n\n"
                "Compare each fingerprint with the one its owner reads out (Tools → This computer's name and "
                "fingerprint… shows it on their laptop). Accept these devices and import their packages?"
            ).replace("%1", listing),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        store = self.window.current_store
        with store.transaction():
            for device_id, (name, key) in seen.items():
                devices.accept(store, device_id, name, key)
        return True

    def show_conflicts(self) -> None:
        from cwd_desktop.gui.sync_dialogs import ConflictsDialog

        self.conflicts_dialog = ConflictsDialog(self.window.current_store, self.window)
        self.conflicts_dialog.finished.connect(lambda _result: self.window.refresh())
        self.conflicts_dialog.show()

    def ask_device_name(self) -> None:
        from cwd_desktop.sync import devices

        own = devices.fingerprint(devices.own_public_key(self.window.current_store))
        name, ok = QtWidgets.QInputDialog.getText(
            self.window,
            self.tr("This computer's name"),
            self.tr(
                "This computer's fingerprint, to read out to the coordinator: %1\n\n"
                'The name shown to the coordinator in import reports, e.g. "Laptop moderatora — Rajcza":'
            ).replace("%1", own),
            text=self.window.current_store.device_name,
        )
        if ok and name.strip():
            self.set_device_name(name.strip())

    def set_device_name(self, name: str) -> None:
        from cwd_desktop.storage.device import set_meta

        with self.window.current_store.transaction():
            set_meta(self.window.current_store.db, "device_name", name)
        self.window.show_database()
