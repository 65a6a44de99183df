"""The conflict log as a table: what was kept, what lost, from which device, when."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cwd_desktop.messages import field_name
from cwd_desktop.storage import Store
from cwd_desktop.sync.conflicts import LoggedConflict, conflicts, device_names, row_label
from cwd_desktop.sync.merge import short_id

ROOT = QModelIndex()


def local_time(stamp: str) -> str:
    """A stored UTC time as this computer's clock shows it, as Poles write it: "1.12.2026 23:41"."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{local.day}.{local.month:02d}.{local.year} {local.hour:02d}:{local.minute:02d}"


class ConflictsModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[LoggedConflict] = []
        self.names: dict[str, str] = {}
        self.labels: dict[tuple[str, str], str] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = conflicts(self.store)
        self.names = device_names(self.store)
        self.labels = {(c.table, c.row_id): row_label(self.store.db, c.table, c.row_id) for c in self.rows}
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            self.tr("What"),
            self.tr("Field"),
            self.tr("Kept value"),
            self.tr("Kept from"),
            self.tr("Other value"),
            self.tr("Other from"),
            self.tr("Detected"),
        ]

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        values = [
            self.labels.get((c.table, c.row_id)) or f"{c.table} {short_id(c.row_id)}",
            str(field_name(c.column)),
            json.dumps(c.kept_value, ensure_ascii=False),
            self.names.get(c.kept_device) or short_id(c.kept_device),
            json.dumps(c.lost_value, ensure_ascii=False),
            self.names.get(c.lost_device) or short_id(c.lost_device),
            local_time(c.detected_at),
        ]
        return values[index.column()]
