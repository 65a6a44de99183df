"""The partnership's people with their attendance at one meeting; one row changes per check-in."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cwd_desktop.domain import Attendance, Member, Person
from cwd_desktop.gui.models.roles import PERSON_ROLE
from cwd_desktop.storage import Store

ROOT = QModelIndex()


class AttendanceModel(QAbstractTableModel):
    def __init__(self, store: Store, meeting_id: str, partnership_id: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.meeting_id, self.partnership_id = store, meeting_id, partnership_id
        self.members = {m.id: m for m in store.find(Member, partnership_id=partnership_id)}
        self.people = sorted(
            store.find(Person, partnership_id=partnership_id), key=lambda p: (p.full_name.split()[-1:], p.full_name)
        )
        self.attendance = {a.person_id: a for a in store.find(Attendance, meeting_id=meeting_id)}

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Represents"), self.tr("Present"), self.tr("Checked in")]

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        record = self.attendance.get(person.id)
        present = bool(record and record.present)
        if role == PERSON_ROLE:
            return person.id
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 2:
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return person.full_name
        if column == 1:
            member = self.members.get(person.member_id or "")
            return member.name if member else person.affiliation
        if column == 3:
            return f"{record.checked_in_at:%H:%M}" if record and present and record.checked_in_at else ""
        return None

    def row_of(self, person_id: str) -> int:
        return next((row for row, p in enumerate(self.people) if p.id == person_id), -1)

    def show_attendance(self, record: Attendance) -> None:
        self.attendance[record.person_id] = record
        row = self.row_of(record.person_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def show_person(self, person: Person) -> None:
        """A person added (or restored) or removed: one row in or out."""
        row = self.row_of(person.id)
        if person.deleted and row >= 0:
            self.beginRemoveRows(ROOT, row, row)
            del self.people[row]
            self.endRemoveRows()
        elif not person.deleted and row < 0:
            row = len(self.people)
            self.beginInsertRows(ROOT, row, row)
            self.people.append(person)
            self.endInsertRows()

    def counts(self) -> tuple[int, int, int]:
        """(people present, members represented, members in the partnership)."""
        present = [p for p in self.people if self.attendance.get(p.id) and self.attendance[p.id].present]
        represented = {p.member_id for p in present if p.member_id in self.members}
        return len(present), len(represented), len(self.members)
