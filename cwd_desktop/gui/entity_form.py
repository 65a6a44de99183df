"""A form for the fields of one row (a meeting's details, a partnership's): line edits for text,
dates and times, drop-downs for choices and references. A field is saved when the user leaves it
or picks from the list, as an undo command; a refused value says why and shows the stored one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from cwd_desktop.domain.choices import Choice
from cwd_desktop.domain.entity import Entity, field_types
from cwd_desktop.gui.commands import ChangeRows, push_or_warn
from cwd_desktop.gui.i18n import language, shown_date
from cwd_desktop.gui.models.entity_table import normalised
from cwd_desktop.storage import Store

Options = Callable[[], list[tuple[str, str]]]


def field_text(row: Entity, name: str) -> str:
    """A field as the form shows it: dates as the interface's readers write them (1.12.2026),
    times as HH:MM, choices and references by value."""
    value = getattr(row, name)
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="minutes") if hasattr(value, "hour") else shown_date(value)
    return str(value)


class EntityForm(QWidget):
    """`fields`: (field name, label with its &mnemonic, options for a reference or None)."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        cls: type[Entity],
        row_id: str,
        fields: list[tuple[str, str, Options | None]],
        undo_label: str,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.undo_stack, self.cls, self.row_id = store, undo_stack, cls, row_id
        self.undo_label, self.read_only = undo_label, read_only
        self.edits: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        self.options: dict[str, Options] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, label, options in fields:
            base = field_types(cls)[name][0]
            if options is None and isinstance(base, type) and issubclass(base, Choice):
                options = lambda base=base: [(m.value, m.label(language())) for m in base]  # noqa: E731
            widget: QWidget
            if options is None:
                edit = QLineEdit()
                edit.setReadOnly(read_only)
                edit.editingFinished.connect(lambda name=name: self.save(name))
                self.edits[name] = widget = edit
            else:
                combo = QComboBox()
                combo.setEnabled(not read_only)
                combo.activated.connect(lambda _index, name=name: self.save(name))
                self.choices[name], self.options[name] = combo, options
                widget = combo
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            layout.addRow(label, widget)
        self.show_row(store.get(cls, row_id))

    def save(self, name: str) -> None:
        if name in self.edits:
            value = normalised(self.edits[name].text(), field_types(self.cls)[name][0])
        else:
            value = self.choices[name].currentData() or ""
        stored = field_text(self.store.get(self.cls, self.row_id), name)
        if self.read_only or value == (
            normalised(stored, field_types(self.cls)[name][0]) if name in self.edits else stored
        ):
            return
        command = ChangeRows(self.store, self.cls, {self.row_id: {name: value}}, self.undo_label, self.show_row)
        if not push_or_warn(self.undo_stack, command, self, self.window().windowTitle()):
            self.show_row(self.store.get(self.cls, self.row_id))

    def show_row(self, row: Entity) -> None:
        for name, edit in self.edits.items():
            if edit.text() != field_text(row, name):
                edit.setText(field_text(row, name))
        for name, combo in self.choices.items():
            combo.clear()
            optional = field_types(self.cls)[name][1]
            for value, label in ([("", "—")] if optional else []) + self.options[name]():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(field_text(row, name))))

    def showEvent(self, event) -> None:
        self.show_row(self.store.get(self.cls, self.row_id))  # a person added elsewhere is listed
        super().showEvent(event)
