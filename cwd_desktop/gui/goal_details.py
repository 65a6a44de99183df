"""What belongs to the selected goal: where it comes from (strategies and SWOT items), its
indicators, and the partnership's key projects (gui/project_table.py). Alt+C, Alt+N, Alt+K switch between them; in the
projects, Ctrl+P chooses the partner members."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import GoalSource, Indicator
from cwd_desktop.gui.commands import AddRow, ChangeRows, push_or_warn
from cwd_desktop.gui.entity_table import EntityTable, Texts
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.entity_table import Column
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.gui.project_table import ProjectTable
from cwd_desktop.gui.tows_matrix import ignore, tab_title
from cwd_desktop.services import workshop
from cwd_desktop.storage import Store


class GoalDetails(QWidget):
    """Shows the goal given to `show_goal` (None: no goal selected; nothing can be added)."""

    def __init__(
        self,
        store: Store,
        partnership_id: str,
        meeting_id: str | None,
        undo_stack: QUndoStack,
        read_only: bool,
        parent: QWidget | None = None,
        with_projects: bool = True,
    ) -> None:
        """Of the partnership's strategy (the strategy window shows projects on a tab of their own:
        `with_projects` False); sources may come from any of its meetings (this
        meeting's first); a project added from a meeting's workspace notes the meeting."""
        super().__init__(parent)
        self.store, self.partnership_id, self.meeting_id = store, partnership_id, meeting_id
        self.undo_stack, self.read_only = undo_stack, read_only
        self.goal_id: str | None = None
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Where the goal comes from"))
        self.sources.setWordWrap(True)
        shortcut(
            self.sources,
            QKeySequence.StandardKey.Delete,
            self.tr("Goals: remove the selected source"),
            self.delete_source,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.source_choice = QComboBox()
        self.source_choice.setAccessibleName(self.tr("Strategy or SWOT item to add as a source"))
        self.add_source_button = QPushButton(self.tr("Add so&urce"))
        self.add_source_button.clicked.connect(self.add_source)
        source_line = QHBoxLayout()
        source_line.addWidget(self.source_choice, 1)
        source_line.addWidget(self.add_source_button)
        sources = QWidget()
        sources_layout = QVBoxLayout(sources)
        sources_layout.addLayout(source_line)
        sources_layout.addWidget(self.sources, 1)

        self.indicators = EntityTable(
            self.store,
            self.undo_stack,
            Indicator,
            [
                Column("name", self.tr("Indicator")),
                Column("unit", self.tr("Unit")),
                Column("baseline_value", self.tr("Baseline")),
                Column("baseline_year", self.tr("Year")),
                Column("target_value", self.tr("Target")),
                Column("target_year", self.tr("Target year")),
                Column("source", self.tr("Data source")),
                Column("kind", self.tr("Type")),
                Column("code", self.tr("Code")),
            ],
            None,
            [("name", self.tr("New indicator of the selected goal, then Enter"))],
            lambda values: Indicator(goal_id=self.goal_id or "", name=values["name"]),
            Texts(
                self.tr("Indicators"),
                QCoreApplication.translate("Goals", "add indicator"),
                QCoreApplication.translate("Goals", "edit indicator"),
                QCoreApplication.translate("Goals", "delete indicators"),
            ),
            self.read_only,
        )
        self.projects: ProjectTable | None = None
        if with_projects:
            self.projects = ProjectTable(
                self.store, self.undo_stack, partnership_id, meeting_id, lambda: self.goal_id, self.read_only
            )
        self.tabs = QTabWidget()
        self.tabs.addTab(sources, self.tr("Where it &comes from"))
        self.tabs.addTab(self.indicators, self.tr("I&ndicators"))
        if self.projects is not None:
            self.tabs.addTab(self.projects, self.tr("&Key projects"))
        self.tabs.currentChanged.connect(self.focus_input)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def focus_input(self) -> None:
        """Alt+N, Alt+K: the cursor goes where the new indicator or project is typed."""
        page = self.tabs.currentWidget()
        if isinstance(page, EntityTable):
            page.focus_capture()
        else:
            self.source_choice.setFocus()

    # -- reading ------------------------------------------------------------------------------------

    def show_goal(self, goal_id: str | None) -> None:
        self.goal_id = goal_id
        self.indicators.set_where({"goal_id": goal_id} if goal_id else None)
        self.sources.clear()
        self.source_choice.clear()
        self.add_source_button.setEnabled(goal_id is not None and not self.read_only)
        if goal_id is None:
            return
        direct = {s.strategy_id or s.swot_item_id: s.id for s in self.store.find(GoalSource, goal_id=goal_id)}
        strategies, items = workshop.goal_sources(self.store, goal_id)
        for strategy in strategies:
            self._add_source_line(f"{strategy.kind.value}: {strategy.text}", direct.get(strategy.id))
        for item in items:
            self._add_source_line(f"{item.quadrant.label(language())}: {item.text}", direct.get(item.id))
        for meeting, session in workshop.partnership_sessions(self.store, self.partnership_id, first=self.meeting_id):
            where = "" if meeting.id == self.meeting_id else f" ({meeting.display_number})"
            for strategy in workshop.strategies(self.store, session.id):
                if strategy.id not in direct:
                    text = f"{strategy.kind.value}: {strategy.text}{where}"
                    self.source_choice.addItem(text, f"strategy:{strategy.id}")
            for item in workshop.live_items(self.store, session.id):
                if item.id not in direct:
                    self.source_choice.addItem(f"{item.quadrant.value}: {item.text}{where}", f"item:{item.id}")

    def _add_source_line(self, text: str, source_id: str | None) -> None:
        entry = QListWidgetItem(text if source_id else "   ↳ " + text)
        entry.setData(ID_ROLE, source_id)  # None: it comes through a strategy, not named directly
        self.sources.addItem(entry)

    # -- changes ------------------------------------------------------------------------------------

    def push(self, command) -> bool:
        return push_or_warn(self.undo_stack, command, self, tab_title())

    def add_source(self) -> None:
        choice = self.source_choice.currentData()
        if self.goal_id is None or choice is None or self.read_only:
            return
        kind, ref = choice.split(":", 1)
        source = GoalSource(
            goal_id=self.goal_id,
            strategy_id=ref if kind == "strategy" else None,
            swot_item_id=ref if kind == "item" else None,
        )
        self.push(AddRow(self.store, source, QCoreApplication.translate("Goals", "add goal source"), ignore))

    def delete_source(self) -> None:
        entry = self.sources.currentItem()
        if entry is None or entry.data(ID_ROLE) is None or self.read_only:
            return
        label = QCoreApplication.translate("Goals", "remove goal source")
        self.push(ChangeRows(self.store, GoalSource, {entry.data(ID_ROLE): {"deleted": True}}, label, ignore))
