"""Coordinator's sync in the GUI: the import report and the conflicts view."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import ENTITIES
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.duplicates_page import DuplicatesPage
from cwd_desktop.gui.models.conflicts import ConflictsModel
from cwd_desktop.messages import field_name
from cwd_desktop.storage import Store
from cwd_desktop.sync import duplicates
from cwd_desktop.sync.conflicts import (
    SECOND_PROTOCOL,
    SIGNED_ELSEWHERE,
    SIGNED_HERE,
    device_names,
    dismiss,
    held_changes,
    row_label,
    take_lost_value,
)
from cwd_desktop.sync.merge import ImportReport, short_id, short_value

TABLES = {cls.TABLE: cls for cls in ENTITIES}


class ImportReportDialog(QDialog):
    """What each package brought; rows edited after their deletion can be restored from here."""

    def __init__(self, store: Store, reports: list[ImportReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.reports = store, reports
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 420)
        lines = [line for r in reports for line in r.lines()] + duplicates.report_lines(store)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Import report"))
        self.restore_button = QPushButton(self.tr("&Restore the rows edited after deletion"))
        self.restore_button.setVisible(any(r.edited_after_delete for r in reports))
        self.restore_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)

    def restore(self) -> None:
        with self.store.transaction():
            for report in self.reports:
                for table, row_id, _device in report.edited_after_delete:
                    self.store.restore(TABLES[table], row_id)
        self.restore_button.setEnabled(False)


class ConflictsDialog(QDialog):
    """Conflicts to review (take the other value or keep the current one) and likely duplicates."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Conflicts and duplicates"))
        self.resize(900, 480)
        self.model = ConflictsModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.resizeColumnsToContents()
        for column in (2, 4):  # the two values side by side; the full text is in the tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        take = QPushButton(self.tr("&Take the other value"))
        keep = QPushButton(self.tr("&Keep the current value"))
        take.clicked.connect(lambda: self._resolve(take_other=True))
        keep.clicked.connect(lambda: self._resolve(take_other=False))
        conflicts_page = QWidget()
        layout = QVBoxLayout(conflicts_page)
        layout.addWidget(
            QLabel(
                self.tr(
                    "When two laptops changed the same field, the later change was kept. "
                    "Taking the other value is a new change that later packages carry."
                )
            )
        )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(take)
        row.addWidget(keep)
        row.addStretch()
        layout.addLayout(row)

        self.duplicates = DuplicatesPage(store)

        self.held = QListWidget()
        self.held.setAccessibleName(self.tr("Changes to signed meetings, not applied"))
        self.held.setWordWrap(True)
        held = held_changes(store)
        names = device_names(store)
        reasons = {
            SIGNED_HERE: self.tr("arrived for a meeting signed here"),
            SECOND_PROTOCOL: self.tr("a second, different signed protokół; the first one stays"),
            SIGNED_ELSEWHERE: self.tr("made here; the meeting arrived signed without it"),
        }
        for change in held:
            value = short_value(change.value) if change.column != "*" else self.tr("a whole row")
            what = row_label(store.db, change.table, change.row_id)
            if change.column != "*":
                what += f", {field_name(change.column)}"
            item = QListWidgetItem(
                self.tr("Meeting %1: %2 = %3 (%4), %5")
                .replace("%1", change.meeting)
                .replace("%2", what)
                .replace("%3", value)
                .replace("%4", names.get(change.device, short_id(change.device)))
                .replace("%5", reasons.get(change.reason, change.reason))
            )
            item.setToolTip(json.dumps(change.value, ensure_ascii=False, indent=1)[:4000])  # the whole value
            self.held.addItem(item)
        held_page = QWidget()
        layout = QVBoxLayout(held_page)
        explanation = QLabel(
            self.tr(
                "A signed meeting does not change. These changes arrived for signed meetings, or were "
                "made here to a meeting that arrived signed, and were kept aside, not applied. "
                "To change a signed meeting, reopen it as a new revision."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.held, 1)

        tabs = QTabWidget()
        tabs.addTab(conflicts_page, self.tr("Conflicts (%1)").replace("%1", str(self.model.rowCount())))
        tabs.addTab(self.duplicates, "")
        self.duplicates.changed.connect(
            lambda count: tabs.setTabText(1, self.tr("Likely duplicates (%1)").replace("%1", str(count)))
        )
        self.duplicates.reload()
        tabs.addTab(held_page, self.tr("Signed meetings: not applied (%1)").replace("%1", str(len(held))))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        main = QVBoxLayout(self)
        main.addWidget(tabs, 1)
        main.addWidget(close)

    def _resolve(self, take_other: bool) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        try:
            for row in rows:
                conflict = self.model.rows[row]
                if take_other:
                    take_lost_value(self.store, conflict.id)
                else:
                    dismiss(self.store, conflict.id)
        except CwdError as exc:
            QMessageBox.critical(self, self.windowTitle(), str(exc))
        self.model.reload()
