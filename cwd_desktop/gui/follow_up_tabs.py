"""The Action items and Consultation remarks tabs of a meeting: editable tables."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from cwd_desktop.domain import ActionItem, ConsultationRemark, Meeting
from cwd_desktop.gui import references
from cwd_desktop.gui.entity_table import EntityTable, Texts
from cwd_desktop.gui.models.entity_table import Column
from cwd_desktop.storage import Store


def action_items(store: Store, meeting: Meeting, undo_stack: QUndoStack, read_only: bool) -> EntityTable:
    columns = [
        Column("what", QCoreApplication.translate("FollowUp", "What")),
        Column(
            "owner_person_id",
            QCoreApplication.translate("FollowUp", "Who"),
            references.people(store, meeting.partnership_id),
        ),
        Column(
            "owner_member_id",
            QCoreApplication.translate("FollowUp", "Member responsible"),
            references.members(store, meeting.partnership_id),
        ),
        Column("due_date", QCoreApplication.translate("FollowUp", "Due (31.12.2026)")),
        Column("status", QCoreApplication.translate("FollowUp", "Status")),
    ]
    texts = Texts(
        QCoreApplication.translate("FollowUp", "Action items"),
        QCoreApplication.translate("FollowUp", "add action item"),
        QCoreApplication.translate("FollowUp", "edit action item"),
        QCoreApplication.translate("FollowUp", "delete action items"),
    )
    capture = [("what", QCoreApplication.translate("FollowUp", "New action item, then Enter"))]
    return EntityTable(
        store,
        undo_stack,
        ActionItem,
        columns,
        {"meeting_id": meeting.id},
        capture,
        lambda values: ActionItem(meeting_id=meeting.id, what=values["what"]),
        texts,
        read_only,
    )


def remarks(store: Store, meeting: Meeting, undo_stack: QUndoStack, read_only: bool) -> EntityTable:
    columns = [
        Column("author_group", QCoreApplication.translate("FollowUp", "Author (group)")),
        Column(
            "author_person_id",
            QCoreApplication.translate("FollowUp", "Author (person)"),
            references.people(store, meeting.partnership_id),
        ),
        Column("text", QCoreApplication.translate("FollowUp", "Remark")),
        Column("subject_kind", QCoreApplication.translate("FollowUp", "About")),
        Column(
            "subject_ref",
            QCoreApplication.translate("FollowUp", "Goal, project or section"),
            references.goals_and_projects(store, meeting.partnership_id),
            free_text=True,
        ),
        Column("response", QCoreApplication.translate("FollowUp", "Response")),
        Column("justification", QCoreApplication.translate("FollowUp", "Justification")),
    ]
    texts = Texts(
        QCoreApplication.translate("FollowUp", "Consultation remarks"),
        QCoreApplication.translate("FollowUp", "add remark"),
        QCoreApplication.translate("FollowUp", "edit remark"),
        QCoreApplication.translate("FollowUp", "delete remarks"),
    )
    capture = [
        ("author_group", QCoreApplication.translate("FollowUp", "Who remarks (e.g. residents of Zwardoń)")),
        ("text", QCoreApplication.translate("FollowUp", "The remark, then Enter")),
    ]
    return EntityTable(
        store,
        undo_stack,
        ConsultationRemark,
        columns,
        {"meeting_id": meeting.id},
        capture,
        lambda values: ConsultationRemark(
            meeting_id=meeting.id, author_group=values["author_group"], text=values["text"]
        ),
        texts,
        read_only,
    )
