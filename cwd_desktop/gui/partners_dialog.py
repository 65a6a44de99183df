"""Ticking the members that take part in a key project (Space ticks, Enter confirms)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cwd_desktop.domain import Member
from cwd_desktop.gui.models.roles import ID_ROLE


class PartnersDialog(QDialog):
    """The partnership's members, those in `ticked` ticked; `chosen()` after Enter."""

    def __init__(self, title: str, members: list[Member], ticked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partners of “%1”").replace("%1", title))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Partner members"))
        for member in members:
            entry = QListWidgetItem(member.name)
            entry.setData(ID_ROLE, member.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if member.id in ticked else Qt.CheckState.Unchecked)
            self.list.addItem(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> set[str]:
        return {
            self.list.item(n).data(ID_ROLE)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        }
