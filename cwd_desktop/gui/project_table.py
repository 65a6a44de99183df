"""The partnership's key and complementary projects as an editable table: the same in a meeting's
"TOWS and goals" tab and in the strategy window. Ctrl+P chooses a project's partner members."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from cwd_desktop.domain import KeyProject, Member, ProjectPartner, names
from cwd_desktop.gui import references
from cwd_desktop.gui.commands import AddRow, ChangeRows
from cwd_desktop.gui.entity_table import EntityTable, Texts
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.entity_table import Column
from cwd_desktop.gui.partners_dialog import PartnersDialog
from cwd_desktop.storage import Store


class ProjectTable(EntityTable):
    """`goal_id()` gives the goal a new project belongs to (the one selected, or None); a project
    added from a meeting's workspace (`meeting_id`) notes the meeting."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        partnership_id: str,
        meeting_id: str | None,
        goal_id: Callable[[], str | None],
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        self.partnership_id = partnership_id
        super().__init__(
            store,
            undo_stack,
            KeyProject,
            [
                Column("title", self.tr("Project")),
                Column("goal_id", self.tr("Goal"), references.goals(store, partnership_id)),
                Column("leader_member_id", self.tr("Leader"), references.members(store, partnership_id)),
                Column("partners", self.tr("Partners (Ctrl+P)"), compute=self.partner_names),
                Column("estimated_cost_pln", self.tr("Cost (PLN)")),
                Column("funding_source", self.tr("Funding source")),
                Column("start_date", self.tr("Start")),
                Column("end_date", self.tr("End")),
                Column("status", self.tr("Status")),
                Column("progress", self.tr("Progress %")),
                Column("kind", self.tr("Kind")),
                Column("priority", self.tr("Priority")),
            ],
            {"partnership_id": partnership_id},
            [("title", self.tr("New key project, then Enter"))],
            lambda values: KeyProject(
                partnership_id=partnership_id, meeting_id=meeting_id, title=values["title"], goal_id=goal_id()
            ),
            Texts(
                self.tr("Key projects"),
                QCoreApplication.translate("Goals", "add key project"),
                QCoreApplication.translate("Goals", "edit key project"),
                QCoreApplication.translate("Goals", "delete key projects"),
            ),
            read_only,
            parent,
        )
        shortcut(
            self,
            "Ctrl+P",
            self.tr("Key projects: the project's partners"),
            self.edit_partners,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def partner_names(self, project: KeyProject) -> str:
        partners = self.store.find(ProjectPartner, project_id=project.id)
        return ", ".join(sorted((self.store.get(Member, p.member_id).name for p in partners), key=names.sort_key))

    def edit_partners(self) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        project = self.store.get(KeyProject, ids[0])
        members = self.store.find(Member, partnership_id=self.partnership_id, order_by="name")
        existing = {p.member_id: p for p in self.store.find(ProjectPartner, project_id=project.id)}
        dialog = PartnersDialog(project.title, members, set(existing), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        label = QCoreApplication.translate("Goals", "change project partners")

        def redraw(_row) -> None:
            self.model.refresh_row(project.id)

        self.undo_stack.beginMacro(label)
        try:
            for member_id in chosen - set(existing):
                self.push(AddRow(self.store, ProjectPartner(project_id=project.id, member_id=member_id), label, redraw))
            gone = {existing[m].id: {"deleted": True} for m in set(existing) - chosen}
            if gone:
                self.push(ChangeRows(self.store, ProjectPartner, gone, label, redraw))
        finally:
            self.undo_stack.endMacro()
