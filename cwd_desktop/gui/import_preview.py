"""What an import would do, package by package, before anything is written: the coordinator reads
it and imports, or cancels and nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.sync.devices import fingerprint
from cwd_desktop.sync.merge import ImportReport


class ImportPreviewDialog(QDialog):
    def __init__(self, reports: list[ImportReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(1100, 440)
        headers = [
            self.tr("File"),
            self.tr("Device"),
            self.tr("New rows"),
            self.tr("Changed fields"),
            self.tr("Conflicts"),
            self.tr("What happens"),
        ]
        self.table = QTableWidget(len(reports), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Import preview"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, report in enumerate(reports):
            cells = [
                report.file,
                report.device_name or report.device_id[-12:] or "—",
                str(report.rows_added),
                str(report.fields_changed),
                str(len(report.conflicts)),
                self.outcome(report),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip("\n".join(report.lines()))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((0, 300), (1, 220)):  # long names: shortened in the middle, whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.changes = any(r.rows_added or r.fields_changed or r.files_added for r in reports)
        summary = QLabel(
            self.tr("Nothing has been written yet. Import writes what this table shows; a backup is taken first.")
            if self.changes
            else self.tr("These packages would change nothing here.")
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(self.changes or any(r.new_device for r in reports))
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def outcome(self, r: ImportReport) -> str:
        if r.refused:
            return self.tr("refused: %1").replace("%1", r.refused)
        if r.waiting:
            return self.tr("still being written; left for the next import")
        if r.skipped:
            return self.tr("imported before; nothing to do")
        if r.from_this_computer:
            return self.tr("written by this computer; not imported")
        if r.new_device:
            return self.tr("a device not accepted here (fingerprint %1); you will be asked").replace(
                "%1", fingerprint(r.device_key)
            )
        notes = [self.tr("will be imported")]
        if r.conflict_copy:
            notes.append(self.tr("a conflict copy made by %1").replace("%1", r.conflict_copy))
        if r.held:
            notes.append(self.tr("changes to signed meetings set aside: %1").replace("%1", str(len(r.held))))
        if r.accepted_now:
            notes.append(self.tr("its device is accepted now"))
        return "; ".join(notes)
