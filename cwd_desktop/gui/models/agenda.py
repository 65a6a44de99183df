"""The agenda of a meeting: points in order; a change moves or refreshes one row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cwd_desktop.domain import AgendaItem
from cwd_desktop.gui.models.ordered import place
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.storage import Store

ROOT = QModelIndex()


class AgendaModel(QAbstractListModel):
    def __init__(self, store: Store, meeting_id: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        self.items: list[AgendaItem] = store.find(AgendaItem, meeting_id=meeting_id, order_by="position")

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {item.title}"
        if role == ID_ROLE:
            return item.id
        return None

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def show(self, item: AgendaItem) -> None:
        """Refresh, insert, move or remove the one row this item occupies."""
        if place(self, self.items, item, not item.deleted, lambda i: (i.position, i.id)) != "changed" and self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))  # the numbers shift
