"""The TOWS matrix of a meeting: SO/ST/WO/WT strategies, each pairing SWOT items.

Keys: in the strategy line, Enter adds a strategy of the chosen type (Alt+Y); Space ticks the SWOT
items it pairs (only the quadrants its type allows are offered); F2 renames, Del deletes. On the
board, Ctrl+T makes one from the selected cards (`create_strategy`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import SwotItem, TowsLink, TowsStrategy
from cwd_desktop.domain.choices import Quadrant, TowsType
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.commands import AddRow, ChangeRows, push_or_warn
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.services import workshop
from cwd_desktop.storage import Store


def ignore(_row) -> None:
    """Commands of the TOWS and goals tab show their result through its redraw after each change."""


def tab_title() -> str:
    return QCoreApplication.translate("GoalsTab", "TOWS and goals")


def capture_row(label: QLabel, choice: QComboBox, line: QLineEdit) -> QHBoxLayout:
    """ "Type: [choice] [line, then Enter]": the label's mnemonic reaches the choice."""
    label.setBuddy(choice)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(choice)
    row.addWidget(line, 1)
    return row


def quadrant_pair(kind: TowsType) -> str:
    first, second = Quadrant(kind.value[0]), Quadrant(kind.value[1])
    return f"{first.label(language())} × {second.label(language())}"


class TowsMatrix(QWidget):
    """Four lists of strategies (one per TOWS type) and the SWOT items the chosen one pairs."""

    def __init__(
        self, store: Store, session_id: str, undo_stack: QUndoStack, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.undo_stack, self.read_only = store, session_id, undo_stack, read_only
        self.current_strategy_id: str | None = None
        self.new_strategy = QLineEdit()
        self.new_strategy.setPlaceholderText(self.tr("New TOWS strategy, then Enter"))
        self.new_strategy.setAccessibleName(self.tr("New TOWS strategy"))
        self.new_strategy.returnPressed.connect(self.add_strategy_from_line)
        self.strategy_kind = QComboBox()
        self.strategy_kind.setAccessibleName(self.tr("Strategy type"))
        for kind in TowsType:
            self.strategy_kind.addItem(f"{kind.value}: {quadrant_pair(kind)}", kind.value)
        self.strategy_lists: dict[TowsType, QListWidget] = {}
        self.strategy_boxes: dict[TowsType, QGroupBox] = {}
        grid = QGridLayout()
        for number, kind in enumerate(TowsType):
            view = QListWidget()
            view.setAccessibleName(kind.label(language()))
            view.setWordWrap(True)
            view.currentItemChanged.connect(lambda current, _prev: self.choose_strategy(current))
            view.itemDoubleClicked.connect(lambda item: self.rename_strategy(item))
            shortcut(
                view,
                QKeySequence.StandardKey.Delete,
                self.tr("TOWS: delete the strategy"),
                self.delete_strategy,
                Qt.ShortcutContext.WidgetShortcut,
            )
            shortcut(
                view,
                "F2",
                self.tr("TOWS: rename the strategy"),
                lambda view=view: self.rename_strategy(view.currentItem()),
                Qt.ShortcutContext.WidgetShortcut,
            )
            box = QGroupBox()
            QVBoxLayout(box).addWidget(view)
            self.strategy_lists[kind], self.strategy_boxes[kind] = view, box
            grid.addWidget(box, number // 2, number % 2)
        self.pairs = QListWidget()
        self.pairs.setAccessibleName(self.tr("SWOT items the strategy pairs"))
        self.pairs.setWordWrap(True)
        self.pairs.itemChanged.connect(self.toggle_pair)
        self.pairs_title = QLabel()
        self.pairs_title.setWordWrap(True)
        self.pairs_title.setBuddy(self.pairs)
        line = capture_row(QLabel(self.tr("T&ype:")), self.strategy_kind, self.new_strategy)
        matrix = QWidget()
        matrix_layout = QVBoxLayout(matrix)
        matrix_layout.addWidget(QLabel(self.tr("<b>TOWS matrix</b>")))
        matrix_layout.addLayout(line)
        matrix_layout.addLayout(grid, 1)
        pairs = QWidget()
        pairs_layout = QVBoxLayout(pairs)
        pairs_layout.addWidget(self.pairs_title)
        pairs_layout.addWidget(self.pairs, 1)
        row = QSplitter()
        row.addWidget(matrix)
        row.addWidget(pairs)
        row.setStretchFactor(0, 3)
        row.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        for widget in (self.new_strategy, self.strategy_kind):
            widget.setEnabled(not self.read_only)

    # -- reading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        strategies = workshop.strategies(self.store, self.session_id)
        for kind, view in self.strategy_lists.items():
            view.blockSignals(True)
            view.clear()
            mine = [s for s in strategies if s.kind is kind]
            for strategy in mine:
                item = QListWidgetItem(strategy.text)
                item.setData(ID_ROLE, strategy.id)
                view.addItem(item)
                if strategy.id == self.current_strategy_id:
                    view.setCurrentItem(item)
            view.blockSignals(False)
            self.strategy_boxes[kind].setTitle(f"{kind.label(language())}: {quadrant_pair(kind)} ({len(mine)})")
        if self.current_strategy_id not in {s.id for s in strategies}:
            self.current_strategy_id = None
        self.show_pairs()

    def projector_html(self) -> str:
        """The strategies for the hall, by type, each with the SWOT items it pairs."""
        from html import escape

        strategies = workshop.strategies(self.store, self.session_id) if self.session_id else []
        title = escape(self.tr("TOWS strategies"))
        parts = [f"<h2>{title}</h2>"]
        for kind in TowsType:
            mine = [s for s in strategies if s.kind is kind]
            if not mine:
                continue
            parts.append(f"<p><b>{escape(kind.label(language()))}: {escape(quadrant_pair(kind))}</b></p><ul>")
            for strategy in mine:
                links = self.store.find(TowsLink, strategy_id=strategy.id)
                items = [self.store.get(SwotItem, link.swot_item_id) for link in links]
                paired = "; ".join(escape(i.text) for i in items if not i.deleted)
                parts.append(f"<li>{escape(strategy.text)}" + (f"<br><i>← {paired}</i>" if paired else "") + "</li>")
            parts.append("</ul>")
        if len(parts) == 1:
            parts.append(escape(self.tr("No TOWS strategies yet.")))
        return "".join(parts)

    def show_pairs(self) -> None:
        keep = self.pairs.currentRow()
        self.pairs.blockSignals(True)
        self.pairs.clear()
        if self.current_strategy_id is None:
            self.pairs_title.setText(self.tr("Select a strategy to tick the SWOT items it pairs."))
            self.pairs.blockSignals(False)
            return
        strategy = self.store.get(TowsStrategy, self.current_strategy_id)
        self.pairs_title.setText(self.tr("&SWOT items paired by “%1” (Space ticks):").replace("%1", strategy.text))
        linked = {link.swot_item_id for link in self.store.find(TowsLink, strategy_id=strategy.id)}
        for item in workshop.live_items(self.store, self.session_id):
            if item.quadrant not in strategy.pairs_allowed():
                continue
            entry = QListWidgetItem(f"{item.quadrant.value}: {item.text}")
            entry.setData(ID_ROLE, item.id)
            if not self.read_only:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.id in linked else Qt.CheckState.Unchecked)
            self.pairs.addItem(entry)
        self.pairs.setCurrentRow(min(keep, self.pairs.count() - 1))
        self.pairs.blockSignals(False)

    # -- changes ------------------------------------------------------------------------------------

    def push(self, command) -> bool:
        return push_or_warn(self.undo_stack, command, self, tab_title())

    def add_strategy_from_line(self) -> None:
        text = self.new_strategy.text().strip()
        if text and self.create_strategy(self.strategy_kind.currentData(), text, []):
            self.new_strategy.clear()
            self.pairs.setFocus()
            if self.pairs.count():
                self.pairs.setCurrentRow(0)

    def create_strategy(self, kind: str, text: str, item_ids: list[str]) -> str | None:
        """A strategy of this type pairing these SWOT items, as one undoable step."""
        if self.read_only:
            return None
        position = self.store.next_position(TowsStrategy, session_id=self.session_id)
        strategy = TowsStrategy(session_id=self.session_id, kind=TowsType(kind), text=text, position=position)
        command = AddRow(self.store, strategy, QCoreApplication.translate("Goals", "add strategy"), ignore)
        self.undo_stack.beginMacro(QCoreApplication.translate("Goals", "add strategy"))
        try:
            if not self.push(command):
                return None
            self.current_strategy_id = command.row_id
            for item_id in item_ids:
                self.link(command.row_id, item_id)
        finally:
            self.undo_stack.endMacro()
        self.reload()
        return command.row_id

    def link(self, strategy_id: str, item_id: str) -> bool:
        try:
            workshop.check_tows_pair(self.store, strategy_id, item_id)
        except CwdError as exc:
            QMessageBox.warning(self, tab_title(), str(exc))
            return False
        link = TowsLink(strategy_id=strategy_id, swot_item_id=item_id)
        return self.push(AddRow(self.store, link, QCoreApplication.translate("Goals", "pair SWOT item"), ignore))

    def choose_strategy(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.current_strategy_id = item.data(ID_ROLE)
        for view in self.strategy_lists.values():
            if view is not item.listWidget():
                view.blockSignals(True)
                view.setCurrentRow(-1)
                view.blockSignals(False)
        self.show_pairs()

    def toggle_pair(self, entry: QListWidgetItem) -> None:
        if self.read_only or self.current_strategy_id is None:
            return
        item_id = entry.data(ID_ROLE)
        if entry.checkState() == Qt.CheckState.Checked:
            self.link(self.current_strategy_id, item_id)
        else:
            links = self.store.find(TowsLink, strategy_id=self.current_strategy_id, swot_item_id=item_id)
            label = QCoreApplication.translate("Goals", "unpair SWOT item")
            self.push(ChangeRows(self.store, TowsLink, {link.id: {"deleted": True} for link in links}, label, ignore))

    def rename_strategy(self, item: QListWidgetItem | None) -> None:
        if item is None or self.read_only:
            return
        text, ok = QInputDialog.getText(self, self.tr("Strategy"), self.tr("Text of the strategy:"), text=item.text())
        if ok and text.strip() and text.strip() != item.text():
            label = QCoreApplication.translate("Goals", "edit strategy")
            self.push(ChangeRows(self.store, TowsStrategy, {item.data(ID_ROLE): {"text": text.strip()}}, label, ignore))

    def delete_strategy(self) -> None:
        if self.current_strategy_id and not self.read_only:
            label = QCoreApplication.translate("Goals", "delete strategy")
            changes = {self.current_strategy_id: {"deleted": True}}
            self.push(ChangeRows(self.store, TowsStrategy, changes, label, ignore))
