"""The flipchart photos of a SWOT session: each with its picture, caption and time; add one (a JPEG
or PNG, checked whole), save a copy, or remove one. Adding and removing are undoable edits on the
meeting's stack; the bytes stay in the database by SHA-256 (as a signed PDF's do)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop import fileio
from cwd_desktop.domain import SwotPhoto
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import file_dialogs
from cwd_desktop.gui.commands import AddRows, ChangeRows, said
from cwd_desktop.gui.i18n import shown_date
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.gui.swot_board import SwotBoard
from cwd_desktop.services import paper_voting

THUMBNAIL = QSize(160, 120)


class PhotosDialog(QDialog):
    def __init__(self, board: SwotBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.setWindowTitle(self.tr("Photos of the flipchart"))
        self.list = QListWidget()
        self.list.setIconSize(THUMBNAIL)
        self.list.setAccessibleName(self.tr("Photos of the flipchart"))
        editable = not board.read_only and board.session() is not None
        self.add = QPushButton(self.tr("&Add a photo…"))
        self.add.clicked.connect(self.add_photo)
        self.save = QPushButton(self.tr("&Save a copy…"))
        self.save.clicked.connect(self.save_copy)
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_photo)
        self.add.setEnabled(editable)
        self.remove.setEnabled(editable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.add, self.save, self.remove):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        board.undo_stack.indexChanged.connect(self.undone_or_redone)  # (a method: let go when closed)
        self.reload()

    def undone_or_redone(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if not self.board.session_id:
            return
        for photo in paper_voting.photos(self.board.store, self.board.session_id):
            pixmap = QPixmap()
            pixmap.loadFromData(self.board.store.get_file(photo.sha256))
            icon = QIcon(pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            added = paper_voting.added_time(photo)
            text = f"{photo.file_name}\n{photo.caption}\n{shown_date(added.date())} {added:%H:%M}".replace("\n\n", "\n")
            item = QListWidgetItem(icon, text)
            item.setData(ID_ROLE, photo.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)

    def current(self) -> SwotPhoto | None:
        item = self.list.currentItem()
        return self.board.store.get(SwotPhoto, item.data(ID_ROLE)) if item is not None else None

    def add_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Photo of the flipchart"),
            file_dialogs.start("photos"),
            self.tr("Photos (*.jpg *.jpeg *.png)"),
        )
        if not name:
            return
        file_dialogs.remember("photos", name)
        caption, ok = QInputDialog.getText(
            self, self.tr("Photo of the flipchart"), self.tr("What the photo shows (optional):")
        )
        if not ok:
            return
        store, session_id, path = self.board.store, self.board.session_id, Path(name)
        try:
            paper_voting.read_photo(path)  # one sentence now, before anything is written
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("Photo of the flipchart"), said(exc))
            return
        label = self.tr("add a photo of the flipchart")
        self.board.push(
            AddRows(
                store,
                SwotPhoto,
                lambda: [paper_voting.attach_photo(store, session_id, path, caption.strip())],
                label,
                lambda _row: None,
            )
        )
        self.reload()

    def save_copy(self) -> None:
        photo = self.current()
        if photo is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the photo"), file_dialogs.start("photos", photo.file_name)
        )
        if not name:
            return
        try:
            fileio.write_atomic(Path(name), self.board.store.get_file(photo.sha256))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save a copy of the photo"), fileio.describe_os_error(exc, Path(name)))

    def remove_photo(self) -> None:
        photo = self.current()
        if photo is None or self.board.read_only:
            return
        label = self.tr("remove a photo of the flipchart")
        self.board.push(ChangeRows(self.board.store, SwotPhoto, {photo.id: {"deleted": True}}, label, lambda _r: None))
        self.reload()
