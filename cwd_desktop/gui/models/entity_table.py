"""One editable table model for the rows of one entity kind (action items, remarks, indicators,
key projects, members, people): a column per field, one edit changes one row.

Edits do not write directly: `on_edit(row_id, field, value)` is called, and the owner pushes an
undo command whose result comes back through `show(row)`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cwd_desktop.domain.choices import Choice
from cwd_desktop.domain.entity import Entity, field_types
from cwd_desktop.gui.i18n import language, shown_date, shown_number
from cwd_desktop.gui.models.ordered import place
from cwd_desktop.gui.models.roles import FREE_TEXT_ROLE, ID_ROLE, OPTIONS_ROLE
from cwd_desktop.storage import Store

ROOT = QModelIndex()
POLISH_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")

Options = Callable[[], list[tuple[str, str]]]


@dataclass(frozen=True)
class Column:
    """A field shown as a column. `options` lists (value, label) for a reference to another row;
    choice fields take their options from their enumeration. With `free_text` the user may also
    type a value that is not listed (a remark's subject: a goal, a project or a section's name)."""

    field: str
    header: str
    options: Options | None = None
    editable: bool = True
    free_text: bool = False
    compute: Callable[[Any], str] | None = None  # a shown-only column worked out from the row
    shown: Callable[[Any], str] | None = None  # how an editable value reads in its row ("obecna")


class EntityTableModel(QAbstractTableModel):
    def __init__(
        self,
        store: Store,
        cls: type[Entity],
        columns: list[Column],
        where: dict[str, Any] | None,
        order_by: str = "position",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.store, self.cls, self.columns, self.where = store, cls, columns, where
        self.order_by = order_by if order_by in field_types(cls) else None
        self.read_only = False
        self.on_edit: Callable[[str, str, Any], None] | None = None
        self.rows: list[Entity] = store.find(cls, order_by=self.order_by, **where) if where is not None else []
        self._labels: dict[str, dict[str, str]] = {}
        self.refresh_labels()

    def refresh_labels(self) -> None:
        """Read the labels of referenced rows again (a person added elsewhere gets its name)."""
        self._labels = {c.field: dict(c.options()) for c in self.columns if c.options}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].header
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.compute is not None:
            shown_only = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            return column.compute(row) if shown_only else (row.id if role == ID_ROLE else None)
        value = getattr(row, column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.shown(row) if column.shown is not None else self.label(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if isinstance(value, Choice):
                return value.value
            return (
                ""
                if value is None
                else (value.isoformat(timespec="minutes") if isinstance(value, dt.time) else str(value))
            )
        if role == ID_ROLE:
            return row.id
        if role == OPTIONS_ROLE:
            return self.options(column)
        if role == FREE_TEXT_ROLE:
            return column.free_text
        return None

    def label(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, Choice):
            return value.label(language())
        if column.options:
            return self._labels.get(column.field, {}).get(value, value if column.free_text else "?")
        if isinstance(value, bool) or column.field.endswith("year"):
            return str(value)  # a year is not an amount: 2026, not 2 026
        if isinstance(value, (int, float)):
            return shown_number(value)
        if isinstance(value, dt.time):
            return value.isoformat(timespec="minutes")
        if isinstance(value, dt.date):
            return shown_date(value)
        return str(value)

    def options(self, column: Column) -> list[tuple[str, str]] | None:
        """(value, label) pairs for a field chosen from a list, with an empty entry when optional."""
        base, optional = field_types(self.cls)[column.field]
        if column.options:
            listed = column.options()
        elif isinstance(base, type) and issubclass(base, Choice):
            listed = [(member.value, member.label(language())) for member in base]
        else:
            return None
        return ([("", "—")] if optional else []) + listed

    def flags(self, index):
        base = super().flags(index)
        column = self.columns[index.column()] if index.isValid() else None
        if column and not self.read_only and column.editable and column.compute is None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        column = self.columns[index.column()]
        value = normalised(value, field_types(self.cls)[column.field][0])
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.on_edit(self.rows[index.row()].id, column.field, value)
        return True

    # -- changes, one row at a time ------------------------------------------------------------

    def row_of(self, row_id: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.id == row_id), -1)

    def _key(self, row: Entity) -> tuple:
        return (getattr(row, self.order_by) if self.order_by else 0, row.id)

    def show(self, row: Entity) -> None:
        """Refresh, insert or remove the one row this entity occupies."""
        belongs = (
            self.where is not None and not row.deleted and all(getattr(row, k) == v for k, v in self.where.items())
        )
        place(self, self.rows, row, belongs, self._key)

    def refresh_row(self, row_id: str) -> None:
        """Redraw a row whose shown-only columns changed (a key project's partners)."""
        number = self.row_of(row_id)
        if number >= 0:
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def set_where(self, where: dict[str, Any] | None) -> None:
        """Show the rows of another parent (the indicators of another goal); None shows none."""
        self.beginResetModel()
        self.where = where
        self.rows = self.store.find(self.cls, order_by=self.order_by, **where) if where is not None else []
        self.endResetModel()


def normalised(value: Any, kind: type) -> Any:
    """What the user typed, made ready for the entity's own coercion: trimmed text, a Polish
    date (31.12.2026) turned into ISO, a time like 9.30 into 09:30."""
    text = str(value).strip()
    if kind is dt.date and (match := POLISH_DATE.match(text)):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if kind is dt.time and re.fullmatch(r"\d{1,2}[.:]\d{2}", text):
        hours, minutes = re.split(r"[.:]", text)
        return f"{int(hours):02d}:{minutes}"
    return text
