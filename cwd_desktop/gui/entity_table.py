"""An editable table of one entity kind with its capture line, used by every list the workspace
edits as a table: action items, consultation remarks, indicators, key projects, members, people.

Type the required text in the capture line(s) and press Enter: the row is added and the focus
stays there for the next one. F2 or typing edits a cell in place (choices and references with a
list); Del deletes the selected rows; Insert goes back to the capture line. Every change is an
undo command on the owner's stack and is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain.entity import Entity, field_types
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.commands import AddRow, ChangeRows, push_or_warn, said
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.entity_table import Column, EntityTableModel
from cwd_desktop.gui.models.roles import FREE_TEXT_ROLE, ID_ROLE, OPTIONS_ROLE
from cwd_desktop.storage import Store


@dataclass(frozen=True)
class Texts:
    """What the user reads about this table: its name and the names of its undo actions."""

    title: str
    add: str
    edit: str
    delete: str


class ListDelegate(QStyledItemDelegate):
    """A list to choose from for choice and reference columns, a line edit for the rest."""

    def createEditor(self, parent, option, index):
        options = index.data(OPTIONS_ROLE)
        if options is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(bool(index.data(FREE_TEXT_ROLE)))
        for value, label in options:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(value)
            if found < 0 and editor.isEditable():
                editor.setEditText(value)
            else:
                editor.setCurrentIndex(max(0, found))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            listed = editor.currentIndex() >= 0 and editor.currentText() == editor.itemText(editor.currentIndex())
            model.setData(index, editor.currentData() if listed else editor.currentText())
        else:
            super().setModelData(editor, model, index)


MAIN_TEXT = ("what", "text", "name", "title")  # the column that takes the room, first found


class LeavingTable(QTableView):
    """A table that Tab leaves, as it leaves a field: an edited cell is saved and the focus goes to
    the next field of the window, never to the table's next cell (typing there went into another
    field). Arrow keys move between cells."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabKeyNavigation(False)

    def closeEditor(self, editor, hint) -> None:
        hints = QAbstractItemDelegate.EndEditHint
        if hint in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hints.SubmitModelCache)
            self.focusNextPrevChild(hint == hints.EditNextItem)
            return
        super().closeEditor(editor, hint)


class EntityTable(QWidget):
    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        cls: type[Entity],
        columns: list[Column],
        where: dict[str, Any] | None,
        capture: list[tuple[str, str]],
        make: Callable[[dict[str, str]], Entity],
        texts: Texts,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.undo_stack, self.cls, self.make, self.texts = store, undo_stack, cls, make, texts
        self.read_only = read_only
        self.model = EntityTableModel(store, cls, columns, where, parent=self)
        self.model.read_only = read_only
        self.model.on_edit = self.edit
        self.table = LeavingTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(texts.title)
        self.table.setItemDelegate(ListDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The row's text (what to do, the remark, the indicator, the project) takes the room left;
        # the other columns are as wide as their content (a status is one word, not 850 px).
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        fields = [c.field for c in columns]
        text = next((fields.index(name) for name in MAIN_TEXT if name in fields), 0)
        for column in range(self.model.columnCount()):  # long texts wrap instead of pushing columns away
            if column != text:
                header.resizeSection(column, max(60, min(header.sectionSize(column), 320)))
        header.setSectionResizeMode(text, QHeaderView.ResizeMode.Stretch)
        self.capture: dict[str, QLineEdit] = {}
        row = QHBoxLayout()
        for field, placeholder in capture:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            edit.setEnabled(not read_only and where is not None)
            edit.returnPressed.connect(self.add_from_capture)
            self.capture[field] = edit
            row.addWidget(edit, 2 if field == capture[-1][0] else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        shortcut(
            self.table,
            QKeySequence.StandardKey.Delete,
            self.tr("Tables: delete the selected rows"),
            self.delete_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        shortcut(
            self,
            Qt.Key.Key_Insert,
            self.tr("Tables: back to the line that adds a row"),
            self.focus_capture,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def focus_capture(self) -> None:
        next(iter(self.capture.values())).setFocus()

    def set_where(self, where: dict[str, Any] | None) -> None:
        """Show the rows of another parent; None (nothing selected) shows none and adds nothing."""
        self.model.set_where(where)
        for edit in self.capture.values():
            edit.setEnabled(not self.read_only and where is not None)

    def showEvent(self, event) -> None:
        self.model.refresh_labels()  # a person or goal added in another tab appears in the lists
        super().showEvent(event)

    def push(self, command) -> bool:
        return push_or_warn(self.undo_stack, command, self, self.texts.title, self.labels())

    def labels(self) -> dict[str, str]:
        """field -> the column's header: how the window names a field in an error."""
        return {column.field: column.header for column in self.model.columns}

    def add_from_capture(self) -> Entity | None:
        values = {field: edit.text().strip() for field, edit in self.capture.items()}
        empty = next((edit for edit in self.capture.values() if not edit.text().strip()), None)
        if self.read_only or self.model.where is None:
            return None
        if empty is not None:
            empty.setFocus()  # Enter in the first of two fields moves on to the next
            return None
        try:
            row = self.make(values)
        except CwdError as exc:
            QMessageBox.warning(self, self.texts.title, said(exc, self.labels()))
            return None
        if "position" in field_types(self.cls):
            row.position = self.store.next_position(self.cls, **(self.model.where or {}))  # type: ignore[attr-defined]
        command = AddRow(self.store, row, self.texts.add, self.model.show)
        if not self.push(command):
            return None
        for edit in self.capture.values():
            edit.clear()
        self.focus_capture()
        number = self.model.row_of(command.row_id)
        self.table.scrollTo(self.model.index(number, 0))
        return self.store.get(self.cls, command.row_id)

    def edit(self, row_id: str, field: str, value: Any) -> None:
        self.push(ChangeRows(self.store, self.cls, {row_id: {field: value}}, self.texts.edit, self.model.show))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.index(row, 0).data(ID_ROLE) for row in rows]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.read_only or not ids:
            return
        self.push(
            ChangeRows(
                self.store, self.cls, {row_id: {"deleted": True} for row_id in ids}, self.texts.delete, self.model.show
            )
        )
