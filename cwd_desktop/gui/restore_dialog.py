"""File → Restore from backup: the automatic backups, newest first, with what each holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cwd_desktop.storage.backups import list_backups


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 360)
        self.chosen: Path | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in list_backups(db_path):
            text = f"{backup.taken_at:%Y-%m-%d %H:%M:%S} UTC — {backup.size / 1024:.0f} KiB — {backup.summary()}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The current state is backed up before the chosen backup replaces it.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
