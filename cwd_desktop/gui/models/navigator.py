"""The navigator tree: partnerships, each with its meetings (number, date, status)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItem, QStandardItemModel

from cwd_desktop.gui.i18n import shown_date
from cwd_desktop.gui.models.roles import ID_ROLE, KIND_ROLE

if TYPE_CHECKING:
    from cwd_desktop.domain import Meeting
    from cwd_desktop.storage import Store


class NavigatorModel(QStandardItemModel):
    """Two columns: the name (partnership or meeting number and title) and date / status."""

    def __init__(self, store: Store | None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.reload()

    def reload(self) -> None:
        """Empty (headers only) while no database is open: the main window is painted before it opens."""
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Partnership / meeting"), self.tr("Date"), self.tr("Status")])
        if self.store is None:
            return
        from cwd_desktop.domain import Partnership
        from cwd_desktop.domain.choices import MeetingStatus
        from cwd_desktop.services.overview import meetings

        status_labels = {
            MeetingStatus.DRAFT: self.tr("draft"),
            MeetingStatus.CLOSED: self.tr("closed"),
            MeetingStatus.SIGNED: self.tr("signed"),
        }
        by_partnership: dict[str, QStandardItem] = {}
        for partnership in self.store.find(Partnership, order_by="name"):
            item = self._item(partnership.name, "partnership", partnership.id)
            by_partnership[partnership.id] = item
            self.appendRow([item, QStandardItem(""), QStandardItem("")])
        for row in meetings(self.store):
            meeting: Meeting = row.meeting
            parent = by_partnership.get(meeting.partnership_id)
            if parent is None:
                continue
            title = f"{meeting.display_number} — {meeting.title}" if meeting.title else meeting.display_number
            parent.appendRow(
                [
                    self._item(title, "meeting", meeting.id),
                    QStandardItem(shown_date(meeting.date) if meeting.date else ""),
                    QStandardItem(status_labels[meeting.status]),
                ]
            )

    @staticmethod
    def _item(text: str, kind: str, row_id: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(kind, KIND_ROLE)
        item.setData(row_id, ID_ROLE)
        item.setEditable(False)
        return item
