"""One list model per SWOT quadrant: the live cards of a session, in board order.

An edit changes one row (dataChanged / rowsInserted / rowsRemoved); the board never reloads as a
whole. The models read and write through the store; undo commands drive them.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from cwd_desktop.domain import SwotItem
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.models.ordered import place
from cwd_desktop.services.workshop import goals_fed_by
from cwd_desktop.storage import Store

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VOTES_ROLE = Qt.ItemDataRole.UserRole + 2
THEME_ROLE = Qt.ItemDataRole.UserRole + 3
ROOT = QModelIndex()
MIME = "application/x-cwd-swot-items"
THEME_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def theme_colour(theme: str) -> QColor:
    """The same colour for the same theme, on every board and every computer."""
    return QColor(THEME_COLOURS[zlib.crc32(theme.casefold().encode("utf-8")) % len(THEME_COLOURS)])


class QuadrantModel(QAbstractListModel):
    """The cards of one quadrant. Display: "text (votes)"; editing the display edits the text."""

    count_changed = Signal(int)

    def __init__(self, store: Store, session_id: str, quadrant: Quadrant, parent=None) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.quadrant = store, session_id, quadrant
        self.items: list[SwotItem] = [
            item for item in store.find(SwotItem, session_id=session_id, order_by="position")
            if item.quadrant is quadrant and item.merged_into is None
        ]
        self.read_only = False
        self.on_edit = None  # set by the board: (item id, new text) -> None, pushes an undo command
        self.on_drop = None  # set by the board: (item ids, quadrant, row) -> None, moves the cards

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.text}  ({item.votes})" if item.votes else item.text
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:  # read on hover only: the goals this card feeds
            goals = goals_fed_by(self.store, item.id)
            theme = f"\n#{item.theme}" if item.theme else ""
            return item.text + theme + "".join(f"\n→ {g.code} {g.title}" for g in goals)
        if role == Qt.ItemDataRole.DecorationRole:  # a theme's colour; an empty slot keeps texts aligned
            return theme_colour(item.theme) if item.theme else QColor(Qt.GlobalColor.transparent)
        if role == ID_ROLE:
            return item.id
        if role == VOTES_ROLE:
            return item.votes
        if role == THEME_ROLE:
            return item.theme
        return None

    def flags(self, index):
        base = super().flags(index)
        if self.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # dropped between cards, never onto one

    # -- drag and drop: within a quadrant to reorder, to another quadrant to move ------------------

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [self.items[i.row()].id for i in sorted(indexes, key=lambda i: i.row())]
        data.setData(MIME, QByteArray("\n".join(ids).encode("ascii")))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if self.read_only or self.on_drop is None or not data.hasFormat(MIME):
            return False
        ids = bytes(data.data(MIME)).decode("ascii").split()
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        self.on_drop(ids, self.quadrant, row)
        return True

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        text = str(value).strip()
        item = self.items[index.row()]
        if not text or text == item.text:
            return False
        self.on_edit(item.id, text)
        return True

    # -- changes, one row at a time ----------------------------------------------------------

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return -1

    def show(self, item: SwotItem) -> None:
        """Insert, refresh or move one card after the store changed it; remove it if it left the quadrant."""
        belongs = item.quadrant is self.quadrant and not item.deleted and item.merged_into is None
        if place(self, self.items, item, belongs, lambda i: (i.position, i.id)) not in ("changed", ""):
            self.count_changed.emit(len(self.items))
