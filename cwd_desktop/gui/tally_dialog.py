"""Paper voting (Ctrl+L in the meeting window): the session's rules (dots per person, at most per
card), then the dots counted on the flipchart typed card by card (digits, Enter: the next card),
the total checked against dots per person × people present, the difference shown as it changes.

Every number typed is an undoable edit on the meeting's stack, as on the board.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import SwotItem
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.swot_board import SwotBoard
from cwd_desktop.services.paper_voting import tally

DOTS = 2  # the column typed into


class TallyDialog(QDialog):
    def __init__(self, board: SwotBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.setWindowTitle(self.tr("Paper voting: dots counted on the flipchart"))
        session = board.session()
        self.budget = QSpinBox()
        self.budget.setRange(0, 100)
        self.budget.setSpecialValueText(self.tr("not set"))
        self.budget.setValue(session.dot_budget or 0 if session else 0)
        self.per_card = QSpinBox()
        self.per_card.setRange(0, 100)
        self.per_card.setSpecialValueText(self.tr("no limit"))
        self.per_card.setValue(session.max_per_card or 0 if session else 0)
        for spin in (self.budget, self.per_card):
            spin.editingFinished.connect(self.save_rules)
            spin.setEnabled(not board.read_only)
        rules = QFormLayout()
        budget_label, per_card_label = QLabel(self.tr("&Dots per person:")), QLabel(self.tr("At &most on one card:"))
        budget_label.setBuddy(self.budget)
        per_card_label.setBuddy(self.per_card)
        rules.addRow(budget_label, self.budget)
        rules.addRow(per_card_label, self.per_card)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Quadrant"), self.tr("Card"), self.tr("Dots")])
        self.table.setAccessibleName(self.tr("Dots counted per card"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(1, 460)
        self.table.itemChanged.connect(self.dots_typed)
        self.table.itemDelegate().closeEditor.connect(self.editor_closed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Dots counted against the dots the room had"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(rules)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(820, 600)
        self.cards: list[SwotItem] = []
        self.reload()
        board.changed.connect(self.reload)
        board.session_changed.connect(self.reload)
        self.table.setFocus()
        if self.cards:
            self.table.setCurrentCell(0, DOTS)

    def reload(self) -> None:
        self.cards = [i for q in Quadrant for i in self.board.models[q].items]
        current = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.cards))
        for row, card in enumerate(self.cards):
            for column, value in enumerate([card.quadrant.label(language()), card.text, str(card.votes)]):
                item = QTableWidgetItem(value)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                editable = column == DOTS and not self.board.read_only
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
                if column == DOTS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if 0 <= current < len(self.cards):
            self.table.setCurrentCell(current, DOTS)
        self.show_summary()

    def save_rules(self) -> None:
        session = self.board.session()
        budget, per_card = self.budget.value() or None, self.per_card.value() or None
        if session is None or (session.dot_budget, session.max_per_card) == (budget, per_card):
            return
        if not self.board.change_session(self.tr("paper voting rules"), dot_budget=budget, max_per_card=per_card):
            self.budget.setValue(session.dot_budget or 0)
            self.per_card.setValue(session.max_per_card or 0)

    def dots_typed(self, item: QTableWidgetItem) -> None:
        card = self.cards[item.row()]
        text = item.text().strip()
        if not text.isdigit() or int(text) > 100000:
            self.summary.setText(self.tr("Type the number of dots counted on the card (a whole number)."))
            item.setText(str(card.votes))
            return
        if int(text) != card.votes:
            self.board.set_votes(card.id, int(text))

    def editor_closed(self, _editor, hint) -> None:
        """Enter: on to the next card, as the counting goes (also when the number stayed the same)."""
        row = self.table.currentRow()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, DOTS)

    def show_summary(self) -> None:
        if self.board.session() is None:
            return
        found = tally(self.board.store, self.board.session_id)
        lines = [self.tr("Counted: %1 dots.").replace("%1", str(found.counted))]
        if found.expected is not None and found.difference is not None:
            expected = self.tr("The room had %1 × %2 present = %3.")
            lines.append(
                expected.replace("%1", str(found.budget))
                .replace("%2", str(found.present))
                .replace("%3", str(found.expected))
            )
            if found.difference == 0:
                lines.append(self.tr("The count agrees."))
            elif found.difference > 0:
                lines.append(
                    self.tr("%1 dots more than the room had: count again.").replace("%1", str(found.difference))
                )
            else:
                lines.append(
                    self.tr("%1 dots fewer: not all given, or not all typed yet.").replace("%1", str(-found.difference))
                )
        else:
            lines.append(self.tr("Set the dots per person to check the count."))
        if found.over_max:
            over = "; ".join(f"{c.text[:40]} ({c.votes})" for c in found.over_max)
            lines.append(self.tr("More dots than the people present could give one card: %1").replace("%1", over))
        colour = "#1b5e20" if found.difference == 0 and not found.over_max else "#b71c1c"
        if found.difference is None:
            colour = "#333333"
        self.summary.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.summary.setText(" ".join(lines))
