"""The likely duplicates page of the Conflicts and duplicates window: partnerships, members, people
and meetings entered on two laptops, each pair with its reason; merging two of them is an ordinary,
undoable edit that later packages carry to every laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.errors import CwdError
from cwd_desktop.gui.commands import ChangeMany, push
from cwd_desktop.storage import Store
from cwd_desktop.sync import duplicates

PAIR_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesPage(QWidget):
    changed = Signal(int)  # the number of pairs now listed

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Likely duplicates"))
        self.list.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "The same partnership, member, person or meeting entered on two laptops. Merging keeps one "
                "and moves everything that refers to the other to it (meetings, people, attendance, roles, "
                "projects); the other is deleted. Later packages carry the merge to every laptop; "
                "Ctrl+Z undoes it."
            )
        )
        explanation.setWordWrap(True)
        self.keep_first = QPushButton(self.tr("&Merge, keeping the first"))
        self.keep_second = QPushButton(self.tr("Merge, keeping the &second"))
        self.undo_button = QPushButton(self.tr("&Undo the merge"))
        # Ctrl+Z as everywhere (a shortcut of its own: the button keeps its Alt+letter).
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        undo.setWhatsThis(self.tr("Duplicates: undo the last merge"))
        self.keep_first.clicked.connect(lambda: self.merge_selected(keep_second=False))
        self.keep_second.clicked.connect(lambda: self.merge_selected(keep_second=True))
        self.undo_button.clicked.connect(self.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for button in (self.keep_first, self.keep_second, self.undo_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for pair in duplicates.find(self.store):
            item = QListWidgetItem(pair.line())
            item.setData(PAIR_ROLE, pair)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        has_pairs = self.list.count() > 0
        self.keep_first.setEnabled(has_pairs)
        self.keep_second.setEnabled(has_pairs)
        self.changed.emit(self.list.count())

    def merge_selected(self, keep_second: bool = False) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        pair: duplicates.Duplicate = item.data(PAIR_ROLE)
        keep_id, other_id = (pair.other_id, pair.keep_id) if keep_second else (pair.keep_id, pair.other_id)
        kept = pair.other_label if keep_second else pair.keep_label
        try:
            plan = duplicates.merge_plan(self.store, pair.kind, keep_id, other_id)
            push(self.undo_stack, ChangeMany(self.store, plan, self.tr("Merge into %1").replace("%1", kept)))
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("Merge"), str(exc))
        self.reload()

    def undo(self) -> None:
        try:
            self.undo_stack.undo()
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("Merge"), str(exc))
        self.reload()
