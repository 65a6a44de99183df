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

from cwd_desktop.domain import ENTITIES, Person
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.models.conflicts import ConflictsModel
from cwd_desktop.storage import Store
from cwd_desktop.sync.conflicts import (
    SECOND_PROTOCOL,
    SIGNED_ELSEWHERE,
    SIGNED_HERE,
    device_names,
    dismiss,
    held_changes,
    meeting_label,
    merge_people,
    take_lost_value,
)
from cwd_desktop.sync.devices import fingerprint
from cwd_desktop.sync.merge import ImportReport, short_id, short_value

TABLES = {cls.TABLE: cls for cls in ENTITIES}


class ImportReportDialog(QDialog):
    """What each package brought; rows edited after their deletion can be restored from here."""

    def __init__(self, store: Store, reports: list[ImportReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.reports = store, reports
        self.setWindowTitle(self.tr("Import report"))
        self.resize(760, 420)
        text = QPlainTextEdit("\n".join(line for r in reports for line in self.describe(r)))
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

    def describe(self, r: ImportReport) -> list[str]:
        """The report in the interface's language (the CLI prints ImportReport.lines())."""
        if r.refused or r.waiting:  # a folder's package left out: the core says why, in this language too
            return r.lines()
        if r.skipped:
            return [self.tr("%1: imported before, nothing to do.").replace("%1", r.file)]
        if r.from_this_computer:
            return [self.tr("%1: written by this computer (or claims to be), not imported.").replace("%1", r.file)]
        who = f"{r.device_name} ({short_id(r.device_id)})" if r.device_name else short_id(r.device_id)
        if r.new_device:
            return [
                self.tr("%1 from %2, a device not accepted here (fingerprint %3): not imported.")
                .replace("%1", r.file)
                .replace("%2", who)
                .replace("%3", fingerprint(r.device_key))
            ]
        lines = [
            self.tr("%1 from %2: %3 new rows, %4 fields updated, %5 signed files, %6 conflicts.")
            .replace("%1", r.file)
            .replace("%2", who)
            .replace("%3", str(r.rows_added))
            .replace("%4", str(r.fields_changed))
            .replace("%5", str(r.files_added))
            .replace("%6", str(len(r.conflicts)))
        ]
        if r.conflict_copy:
            lines.append(
                "  " + self.tr("a conflict copy made by %1, imported like any package").replace("%1", r.conflict_copy)
            )
        if r.accepted_now:
            lines.append(
                "  "
                + self.tr("accepted %1 (fingerprint %2)").replace("%1", who).replace("%2", fingerprint(r.device_key))
            )
        if r.device_key is None:
            lines.append("  " + self.tr("unsigned: written by a release before packages were signed"))
        for c in r.conflicts:
            lines.append(
                "  "
                + self.tr("conflict in %1 (%2): kept %3, the other value %4 is in the conflict log")
                .replace("%1", c.table)
                .replace("%2", c.column)
                .replace("%3", short_value(c.kept.value))
                .replace("%4", short_value(c.lost.value))
            )
        lines += self.held_lines(r)
        lines += [
            "  "
            + self.tr("edited after deletion: %1 %2 (it stays deleted unless you restore it)")
            .replace("%1", table)
            .replace("%2", short_id(row))
            for table, row, _device in r.edited_after_delete
        ]
        lines += ["  " + self.tr("clock anomaly: %1").replace("%1", item) for item in r.clock_anomalies]
        lines += ["  " + self.tr("likely duplicate: %1").replace("%1", item) for item in r.duplicates]
        return lines

    def held_lines(self, r: ImportReport) -> list[str]:
        """Changes to signed meetings kept aside, counted by meeting and reason."""
        counts: dict[tuple[str, str], int] = {}
        for held in r.held:
            key = (meeting_label(self.store.db, held.meeting_id), held.reason)
            counts[key] = counts.get(key, 0) + 1
        texts = {
            SIGNED_HERE: self.tr("meeting %1 is signed here: %2 changes to it were not applied (see Conflicts)"),
            SECOND_PROTOCOL: self.tr(
                "meeting %1: a second, different signed protokół was not applied; the first one stays (see Conflicts)"
            ),
            SIGNED_ELSEWHERE: self.tr(
                "meeting %1 arrived signed: %2 changes made here to it were set aside (see Conflicts)"
            ),
        }
        return [
            "  " + texts[reason].replace("%1", meeting).replace("%2", str(count))
            for (meeting, reason), count in sorted(counts.items())
        ]

    def restore(self) -> None:
        with self.store.transaction():
            for report in self.reports:
                for table, row_id, _device in report.edited_after_delete:
                    self.store.restore(TABLES[table], row_id)
        self.restore_button.setEnabled(False)


class ConflictsDialog(QDialog):
    """Conflicts to review (take the other value or keep the current one) and likely duplicates."""

    def __init__(self, store: Store, duplicates: list[tuple[Person, Person]], parent: QWidget | None = None) -> None:
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

        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Likely duplicates"))
        for keep_person, duplicate in duplicates:
            item = QListWidgetItem(f"{keep_person.full_name}  ⟵  {duplicate.full_name}")
            item.setData(256, (keep_person.id, duplicate.id))
            self.duplicates.addItem(item)
        merge = QPushButton(self.tr("&Merge the selected people"))
        merge.clicked.connect(self._merge)
        duplicates_page = QWidget()
        layout = QVBoxLayout(duplicates_page)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The same person entered on two laptops. Merging keeps the first and "
                    "moves attendance and roles of the second to it."
                )
            )
        )
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(merge)

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
            what = change.table if change.column == "*" else f"{change.table}.{change.column}"
            item = QListWidgetItem(
                self.tr("Meeting %1: %2 %3 = %4 (%5), %6")
                .replace("%1", change.meeting)
                .replace("%2", what)
                .replace("%3", short_id(change.row_id))
                .replace("%4", value)
                .replace("%5", names.get(change.device, short_id(change.device)))
                .replace("%6", reasons.get(change.reason, change.reason))
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
        tabs.addTab(duplicates_page, self.tr("Likely duplicates (%1)").replace("%1", str(len(duplicates))))
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

    def _merge(self) -> None:
        for item in self.duplicates.selectedItems():
            keep_id, duplicate_id = item.data(256)
            try:
                merge_people(self.store, keep_id, duplicate_id)
            except CwdError as exc:
                QMessageBox.critical(self, self.windowTitle(), str(exc))
                return
            self.duplicates.takeItem(self.duplicates.row(item))
