"""The partnership's SWOT: the cards of every session of every meeting in one table, filtered by
meeting, group (the session's topic: "młodzież", "seniorzy") and theme. Cards that say the same in
two sessions are merged (Ctrl+M: the votes add up, both meetings stay as sources) and cards are
marked as part of the diagnosis (Space). Both are the partnership's marks (SwotMark): the cards
themselves stay as their meetings had them, signed or not. Every change is an undo command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import SwotMark
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.commands import AddRows, ChangeRows, push_or_warn, said
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.services.strategy import Strategy, SwotRow, merge_marks
from cwd_desktop.storage import Store


class PartnershipSwot(QWidget):
    """Shows `strategy()`'s SWOT (the window's strategy, read again after every change)."""

    def __init__(
        self, store: Store, partnership_id: str, undo_stack: QUndoStack, strategy: Callable[[], Strategy]
    ) -> None:
        super().__init__()
        self.store, self.partnership_id, self.undo_stack, self.strategy = store, partnership_id, undo_stack, strategy
        self.meeting, self.group, self.theme = QComboBox(), QComboBox(), QComboBox()
        self.only_diagnosis = QCheckBox(self.tr("Only the diag&nosis"))
        line = QHBoxLayout()
        for combo, text, name in (
            (self.meeting, self.tr("&Meeting:"), self.tr("Meeting")),
            (self.group, self.tr("Gr&oup:"), self.tr("Group (the session's topic)")),
            (self.theme, self.tr("T&heme:"), self.tr("Theme")),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(lambda _index: self.redraw())
            line.addWidget(label)
            line.addWidget(combo, 1)
        line.addWidget(self.only_diagnosis)
        self.only_diagnosis.toggled.connect(lambda _on: self.redraw())
        headers = [self.tr("Quadrant"), self.tr("Factor"), self.tr("Votes"), self.tr("Meetings"), self.tr("Diagnosis")]
        self.table = _SwotTable(0, len(headers))
        self.table.space = self.toggle_diagnosis
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("The SWOT of every meeting of the partnership"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr("Ctrl+M merges the selected cards into the first; Space puts them in the diagnosis or out.")
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        shortcut(
            self.table,
            "Ctrl+M",
            self.tr("SWOT of the partnership: merge the selected cards"),
            self.merge_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        s = self.strategy()
        for combo, values in (
            (self.meeting, [(m.id, m.display_number) for m in s.meetings.values()]),
            (self.group, sorted({(r.session.topic, r.session.topic) for r in s.swot if r.session.topic})),
            (self.theme, sorted({(r.item.theme, r.item.theme) for r in s.swot if r.item.theme})),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("all"), None)
            for value, label in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.redraw()

    def rows(self) -> list[SwotRow]:
        meeting, group, theme = self.meeting.currentData(), self.group.currentData(), self.theme.currentData()
        return [
            r
            for r in self.strategy().swot
            if (meeting is None or meeting in {m.id for m in r.sources})
            and (group is None or r.session.topic == group)
            and (theme is None or r.item.theme == theme)
            and (r.in_diagnosis or not self.only_diagnosis.isChecked())
        ]

    def redraw(self) -> None:
        selected = set(self.selected_ids())
        shown = self.rows()
        self.table.clearSelection()
        self.table.setRowCount(len(shown))
        for row, r in enumerate(shown):
            cells = [
                r.item.quadrant.label(language()),
                r.item.text + (f"  (+{len(r.merged)})" if r.merged else ""),
                str(r.votes),
                ", ".join(m.display_number for m in r.sources),
                self.tr("yes") if r.in_diagnosis else "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, r.item.id)
                self.table.setItem(row, column, cell)
            if r.item.id in selected:  # (not selectRow: it toggles while Ctrl is still held after Ctrl+M)
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().select(self.table.model().index(row, 0), flags)
        self.table.resizeColumnToContents(0)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        cells = [self.table.item(row, 0) for row in rows]
        return [cell.data(ID_ROLE) for cell in cells if cell is not None]

    # -- changes ------------------------------------------------------------------------------

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        label = QCoreApplication.translate("Strategy", "merge SWOT cards")
        try:
            marks = merge_marks(self.store, self.partnership_id, ids[0] if ids else "", ids[1:])
        except CwdError as exc:
            QMessageBox.warning(self, label, said(exc))
            return
        push_or_warn(
            self.undo_stack,
            AddRows(self.store, SwotMark, lambda: self.store.add_many(marks), label, _ignore),
            self,
            label,
        )

    def toggle_diagnosis(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = {r.item.id: r for r in self.strategy().swot}
        label = QCoreApplication.translate("Strategy", "diagnosis")
        if all(rows[i].in_diagnosis for i in ids if i in rows):  # all in: take them out
            marks = [
                m.id
                for m in self.store.find(SwotMark, partnership_id=self.partnership_id, in_diagnosis=True)
                if m.swot_item_id in ids or m.swot_item_id in {x.id for i in ids for x in rows[i].merged}
            ]
            command: ChangeRows | AddRows = ChangeRows(
                self.store, SwotMark, {m: {"deleted": True} for m in marks}, label, _ignore
            )
        else:
            new = [SwotMark(partnership_id=self.partnership_id, swot_item_id=i, in_diagnosis=True) for i in ids]
            command = AddRows(self.store, SwotMark, lambda: self.store.add_many(new), label, _ignore)
        push_or_warn(self.undo_stack, command, self, label)


class _SwotTable(QTableWidget):
    """Space puts the selected cards in the diagnosis or out (a table takes Space before any
    shortcut sees it, so the table handles it, and names it on the F1 sheet)."""

    space: Callable[[], None] | None = None

    def keys_in_place(self) -> list[tuple[str, str]]:
        does = QCoreApplication.translate("PartnershipSwot", "SWOT of the partnership: in the diagnosis or out")
        return [(QCoreApplication.translate("PartnershipSwot", "Space"), does)]

    def keyPressEvent(self, event) -> None:  # the key keys_in_place() names
        if event.key() == Qt.Key.Key_Space and not event.modifiers() and self.space is not None:
            self.space()
        else:
            super().keyPressEvent(event)


def _ignore(_row) -> None:
    """The window redraws after every change of the undo stack."""
