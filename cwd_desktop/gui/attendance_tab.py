"""Attendance: type part of a name and press Enter to check someone in with the time; a name that
is not on the list adds the person on the fly. Counts of people and members at the top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import Attendance, Member, Person, names
from cwd_desktop.domain.choices import PersonRole
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.commands import AddRow, StoreCommand, push
from cwd_desktop.gui.models.attendance import AttendanceModel
from cwd_desktop.storage import Store


class CheckIn(StoreCommand):
    """Mark a person present (with the time) or absent; undo restores the previous record."""

    def __init__(self, store: Store, model: AttendanceModel, person_id: str, present: bool) -> None:
        label = (
            QCoreApplication.translate("Attendance", "check in")
            if present
            else QCoreApplication.translate("Attendance", "mark absent")
        )
        super().__init__(label)
        self.store, self.model, self.person_id, self.present = store, model, person_id, present
        self.before: Attendance | None = model.attendance.get(person_id)

    def apply(self) -> None:
        now = dt.datetime.now().time().replace(second=0, microsecond=0)
        record = self.model.attendance.get(self.person_id)
        if record is None:
            record = self.store.add(
                Attendance(
                    meeting_id=self.model.meeting_id,
                    person_id=self.person_id,
                    present=self.present,
                    checked_in_at=now if self.present else None,
                )
            )
        else:
            record = self.store.update(
                Attendance, record.id, present=self.present, checked_in_at=now if self.present else None
            )
        self.model.show_attendance(record)

    def undo(self) -> None:
        current = self.model.attendance[self.person_id]
        if self.before is None:
            restored = self.store.update(Attendance, current.id, present=False, checked_in_at=None)
        else:
            restored = self.store.update(
                Attendance, current.id, present=self.before.present, checked_in_at=self.before.checked_in_at
            )
        self.model.show_attendance(restored)


class AttendanceTab(QWidget):
    def __init__(
        self,
        store: Store,
        meeting_id: str,
        partnership_id: str,
        undo_stack: QUndoStack,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.undo_stack, self.read_only = store, undo_stack, read_only
        self.partnership_id = partnership_id
        self.model = AttendanceModel(store, meeting_id, partnership_id, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name and press Enter"))
        self.search.setAccessibleName(self.tr("Check in"))
        self.search.setEnabled(not read_only)
        self.names = QStringListModel([p.full_name for p in self.model.people], self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.search.returnPressed.connect(self.check_in_typed)
        # A name picked from the list is checked in at once, and the field is free for the next one.
        self.completer.activated.connect(self.check_in_picked)
        self.counts = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attendance list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.toggle_row)
        row = QHBoxLayout()
        label = QLabel(self.tr("Chec&k in:"))
        label.setBuddy(self.search)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        self.model.dataChanged.connect(self.update_counts)
        self.model.rowsInserted.connect(self.update_counts)
        self.update_counts()

    def update_counts(self, *_args) -> None:
        present, represented, members = self.model.counts()
        self.counts.setText(
            self.tr("Present: %1 people; %2 of %3 members represented")
            .replace("%1", str(present))
            .replace("%2", str(represented))
            .replace("%3", str(members))
        )

    def matches(self, text: str) -> list[Person]:
        """The people a typed text finds, ignoring case and diacritics; an exact name wins."""
        key = names.search_key(text)
        exact = [p for p in self.model.people if names.search_key(p.full_name) == key]
        return exact or [p for p in self.model.people if key and names.matches(text, p.full_name)]

    def check_in_picked(self, name: str) -> None:
        self.search.setText(name)
        self.check_in_typed()

    def check_in_typed(self) -> None:
        text = self.search.text().strip()
        if not text or self.read_only:
            return
        found = self.matches(text)
        if len(found) > 1:
            listed = ", ".join(p.full_name for p in found[:5])
            QMessageBox.information(
                self,
                self.tr("Check in"),
                self.tr("Several people match: %1. Type more of the name.").replace("%1", listed),
            )
            return
        if not found:
            similar = [p for p in self.model.people if names.close(text, p.full_name)]
            if similar and self.confirm_similar(text, similar[0]):
                found = similar[:1]
        try:
            if not found:
                person = self.add_person(text)
                if person is None:
                    return
                found = [person]
            push(self.undo_stack, CheckIn(self.store, self.model, found[0].id, True))
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("Check in"), str(exc))
            return
        self.search.clear()
        self.search.setFocus()

    def confirm_similar(self, typed: str, person: Person) -> bool:
        """Before adding a new person whose name is close to one on the list: is it that person?"""
        answer = QMessageBox.question(
            self,
            self.tr("Check in"),
            self.tr("%1 is not on the list, but %2 is. Check in %2?\n\n(No: add %1 as a new person.)")
            .replace("%1", typed)
            .replace("%2", person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_affiliation(self, name: str) -> str | None:
        members = [m.name for m in self.store.find(Member, partnership_id=self.partnership_id, order_by="name")]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("New participant"),
            self.tr("%1 is not on the list. Whom does this person represent?").replace("%1", name),
            [self.tr("(nobody / a resident)"), *members],
            0,
            True,
        )
        return choice if ok else None

    def add_person(self, name: str) -> Person | None:
        affiliation = self.ask_affiliation(name)
        if affiliation is None:
            return None
        member = next((m for m in self.model.members.values() if m.name == affiliation), None)
        person = Person(
            partnership_id=self.partnership_id,
            full_name=name,
            member_id=member.id if member else None,
            role=PersonRole.MEMBER_REPRESENTATIVE if member else PersonRole.RESIDENT,
        )
        command = AddRow(
            self.store, person, QCoreApplication.translate("Attendance", "add person"), self.model.show_person
        )
        push(self.undo_stack, command)
        self.names.setStringList([p.full_name for p in self.model.people])
        return self.store.get(Person, command.row_id)

    def toggle_row(self, index) -> None:
        if self.read_only:
            return
        person = self.model.people[index.row()]
        record = self.model.attendance.get(person.id)
        push(self.undo_stack, CheckIn(self.store, self.model, person.id, not (record and record.present)))
