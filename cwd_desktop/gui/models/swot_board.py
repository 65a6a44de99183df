"""One list model per SWOT quadrant: the live cards of a session, in board order.

An edit changes one row (dataChanged / rowsInserted / rowsRemoved); the board never reloads as a
whole. The models read and write through the store; undo commands drive them.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from cwd_desktop.domain import SwotItem
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.models.ordered import find
from cwd_desktop.gui.models.roles import ID_ROLE, TEXT_ROLE, THEME_ROLE, VOTES_ROLE
from cwd_desktop.storage import Store

ROOT = QModelIndex()
MIME = "application/x-cwd-swot-items"
THEME_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def theme_colour(theme: str) -> QColor:
    """The same colour for the same theme, on every board and every computer."""
    return QColor(THEME_COLOURS[zlib.crc32(theme.casefold().encode("utf-8")) % len(THEME_COLOURS)])


def card_item(card: SwotItem, read_only: bool, item: QStandardItem | None = None) -> QStandardItem:
    """The board's row for a card: every role set once here, so that painting thousands of rows
    never calls into Python (and an edit rewrites this one row)."""
    item = item or QStandardItem()
    item.setData(f"{card.text}  ({card.votes})" if card.votes else card.text, Qt.ItemDataRole.DisplayRole)
    item.setData(card.text, TEXT_ROLE)
    item.setData(card.text, Qt.ItemDataRole.AccessibleTextRole)
    item.setData(card.text + (f"\n#{card.theme}" if card.theme else ""), Qt.ItemDataRole.ToolTipRole)
    # A theme's colour; an empty slot keeps the texts aligned.
    item.setData(
        theme_colour(card.theme) if card.theme else QColor(Qt.GlobalColor.transparent), Qt.ItemDataRole.DecorationRole
    )
    item.setData(card.id, ID_ROLE)
    item.setData(card.votes, VOTES_ROLE)
    item.setData(card.theme, THEME_ROLE)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if not read_only:
        flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled  # dropped between cards only
    item.setFlags(flags)
    return item


class QuadrantModel(QStandardItemModel):
    """The cards of one quadrant, in board order. Display: "text (votes)"; editing edits the text.

    A QStandardItemModel: the view lays out thousands of rows without calling into Python for
    each one; only the cards on screen are asked for their texts."""

    count_changed = Signal(int)

    def __init__(self, store: Store, session_id: str, quadrant: Quadrant, parent=None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.quadrant, self.read_only = store, session_id, quadrant, read_only
        self.items: list[SwotItem] = [
            item
            for item in store.find(SwotItem, session_id=session_id, order_by="position")
            if item.quadrant is quadrant and item.merged_into is None
        ]
        self.ids = {item.id for item in self.items}  # a new card is known not to be here without a search
        # Set by the board: (item id, new text) -> None pushes an undo command; (item ids, quadrant,
        # row) -> None moves the cards.
        self.on_edit: Callable[[str, str], None] | None = None
        self.on_drop: Callable[[list[str], Quadrant, int], None] | None = None
        root = self.invisibleRootItem()
        root.setFlags(Qt.ItemFlag.NoItemFlags if read_only else Qt.ItemFlag.ItemIsDropEnabled)
        if self.items:
            root.appendRows([card_item(item, read_only) for item in self.items])

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """Typing in place does not change the card here: it asks the board for an undo command,
        whose result comes back through `show`."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return super().setData(index, value, role)
        text = str(value).strip()
        card = self.items[index.row()]
        if not text or text == card.text or self.on_edit is None:
            return False
        self.on_edit(card.id, text)
        return True

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

    def removeRows(self, row, count, parent=ROOT) -> bool:
        return False  # a move is done by the board's undo command; Qt must not drop the dragged rows

    # -- changes, one row at a time ----------------------------------------------------------

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def show(self, item: SwotItem) -> None:
        """Insert, refresh or move one card after the store changed it; remove it if it left the quadrant."""
        belongs = item.quadrant is self.quadrant and not item.deleted and item.merged_into is None
        number = find(self.items, item, card_order) if item.id in self.ids else -1
        if number >= 0 and belongs and card_order(self.items[number]) == card_order(item):
            self.items[number] = item
            card_item(item, self.read_only, self.item(number))
            return
        if number >= 0:
            del self.items[number]
            self.ids.discard(item.id)
            super().removeRows(number, 1)
        if belongs:
            self.ids.add(item.id)
            target = bisect.bisect_left(self.items, card_order(item), key=card_order)
            self.items.insert(target, item)
            self.insertRow(target, card_item(item, self.read_only))
        if number >= 0 or belongs:
            self.count_changed.emit(len(self.items))


def card_order(item: SwotItem) -> tuple:
    return (item.position, item.id)
