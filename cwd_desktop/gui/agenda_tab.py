"""Details and agenda: the meeting's data, and the points of the agenda with their notes ("Ad. N").

Notes are saved as they are typed (a second after the last key, and when leaving the field);
Alt+Up / Alt+Down move a point; Del removes it. Every change is undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import AgendaItem, Meeting
from cwd_desktop.gui import references
from cwd_desktop.gui.commands import AddRow, ChangeRows, push_or_warn
from cwd_desktop.gui.entity_form import EntityForm
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.agenda import AgendaModel
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.storage import Store

NOTES_DELAY_MS = 1000


class NotesEdit(QPlainTextEdit):
    """The notes field; tells when the moderator leaves it, so the notes are saved at once."""

    left = Signal()

    def focusOutEvent(self, event) -> None:
        self.left.emit()
        super().focusOutEvent(event)


class AgendaTab(QWidget):
    def __init__(
        self,
        store: Store,
        meeting_id: str,
        undo_stack: QUndoStack,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.meeting_id, self.undo_stack, self.read_only = store, meeting_id, undo_stack, read_only
        meeting = store.get(Meeting, meeting_id)
        people = references.people(store, meeting.partnership_id)
        self.form = EntityForm(
            store,
            undo_stack,
            Meeting,
            meeting_id,
            [
                ("number", self.tr("&Number:"), None),
                ("title", self.tr("Tit&le:"), None),
                ("kind", self.tr("&Kind:"), None),
                ("date", self.tr("Da&y (31.12.2026):"), None),
                ("start_time", self.tr("&From (9:30):"), None),
                ("end_time", self.tr("&Until (15:00):"), None),
                ("place", self.tr("&Place:"), None),
                ("chair_id", self.tr("C&hair:"), people),
                ("minute_taker_id", self.tr("&Minutes taken by:"), people),
            ],
            QCoreApplication.translate("Agenda", "edit meeting details"),
            read_only,
        )
        self.model = AgendaModel(store, meeting_id, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.selectionModel().currentChanged.connect(self.show_notes)
        self.new_point = QLineEdit()
        self.new_point.setPlaceholderText(self.tr("New agenda point, then Enter"))
        self.new_point.setAccessibleName(self.tr("New agenda point"))
        self.new_point.setEnabled(not read_only)
        self.new_point.returnPressed.connect(self.add_point)
        self.notes = NotesEdit()
        self.notes.left.connect(lambda: self.save_notes())
        self.notes.setAccessibleName(self.tr("Notes of the selected point"))
        self.notes.setReadOnly(read_only)
        self.notes.setEnabled(False)
        self.notes_timer = QTimer(self)
        self.notes_timer.setSingleShot(True)
        self.notes_timer.setInterval(NOTES_DELAY_MS)
        self.notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self.notes_timer.start)
        self.notes_item_id: str | None = None
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.new_point)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        for key, step, does in (
            ("Alt+Up", -1, self.tr("Agenda: move the point up")),
            ("Alt+Down", 1, self.tr("Agenda: move the point down")),
        ):
            shortcut(self.list, key, does, lambda step=step: self.move_current(step))
        shortcut(self.list, QKeySequence.StandardKey.Delete, self.tr("Agenda: delete the point"), self.delete_current)

    def push(self, command) -> bool:
        return push_or_warn(self.undo_stack, command, self, self.tr("Agenda"))

    # -- agenda -------------------------------------------------------------------------------------

    def add_point(self) -> None:
        title = self.new_point.text().strip()
        if not title:
            return
        position = self.store.next_position(AgendaItem, meeting_id=self.meeting_id)
        label = QCoreApplication.translate("Agenda", "add agenda point")
        item = AgendaItem(meeting_id=self.meeting_id, title=title, position=position)
        if self.push(AddRow(self.store, item, label, self.model.show)):
            self.new_point.clear()

    def current_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        other = row + step
        if self.read_only or row < 0 or not 0 <= other < self.model.rowCount():
            return
        a, b = self.model.items[row], self.model.items[other]
        positions = {a.id: {"position": b.position}, b.id: {"position": a.position}}
        if a.position == b.position:  # equal positions (old data): make them distinct
            positions = {a.id: {"position": b.position + step}, b.id: {"position": b.position}}
        label = QCoreApplication.translate("Agenda", "move agenda point")
        self.push(ChangeRows(self.store, AgendaItem, positions, label, self.model.show))
        self.list.setCurrentIndex(self.model.index(self.model.row_of(a.id)))

    def delete_current(self) -> None:
        item_id = self.current_id()
        if item_id and not self.read_only:
            label = QCoreApplication.translate("Agenda", "delete agenda point")
            self.push(ChangeRows(self.store, AgendaItem, {item_id: {"deleted": True}}, label, self.model.show))

    def show_notes(self, current, _previous=None) -> None:
        self.save_notes()  # nothing typed is lost when the selection moves
        self.notes_item_id = current.data(ID_ROLE) if current.isValid() else None
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.store.get(AgendaItem, self.notes_item_id).notes if self.notes_item_id else "")
        self.notes.blockSignals(False)
        self.notes.setEnabled(self.notes_item_id is not None)

    def save_notes(self) -> None:
        self.notes_timer.stop()
        if self.read_only or self.notes_item_id is None:
            return
        text = self.notes.toPlainText()
        if text == self.store.get(AgendaItem, self.notes_item_id).notes:
            return
        label = QCoreApplication.translate("Agenda", "edit notes")
        self.push(ChangeRows(self.store, AgendaItem, {self.notes_item_id: {"notes": text}}, label, self.model.show))

    def focusOutEvent(self, event) -> None:
        self.save_notes()
        super().focusOutEvent(event)
