"""TOWS and goals: the TOWS matrix (strategies pairing SWOT items), the goal tree (strategic goal →
operational objectives → directions of action), where each goal comes from, its indicators, and
the meeting's key projects.

Keys: in the strategy line, Enter adds a strategy of the chosen type (Alt+Y); Space ticks the SWOT
items it pairs; on the board, Ctrl+T makes one from the selected cards. In the goal line, Enter adds
a goal under the selected one, one level down (Alt+L chooses another level); F2 renames, Del deletes
a goal with the goals below it. Every change is an
undo command; the lists redraw after each (they hold tens of rows, not thousands).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import (
    Goal,
    GoalSource,
    Indicator,
    KeyProject,
    Meeting,
    Member,
    ProjectPartner,
    SwotItem,
    TowsLink,
    TowsStrategy,
)
from cwd_desktop.domain.choices import GoalLevel, Quadrant, TowsType
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import references
from cwd_desktop.gui.commands import AddRow, ChangeRows, push
from cwd_desktop.gui.entity_table import EntityTable, Texts
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.models.entity_table import Column
from cwd_desktop.services import workshop
from cwd_desktop.storage import Store

ID = Qt.ItemDataRole.UserRole + 1
NEXT_LEVEL = {
    None: GoalLevel.STRATEGIC,
    GoalLevel.STRATEGIC: GoalLevel.OPERATIONAL,
    GoalLevel.OPERATIONAL: GoalLevel.DIRECTION,
    GoalLevel.DIRECTION: GoalLevel.DIRECTION,
}


def ignore(_row) -> None:
    """Commands of this tab show their result through the redraw after each stack change."""


def tree_order(goals: list[Goal]) -> list[tuple[Goal, int]]:
    """The goals parents first, each followed by the goals below it, with their depth (0: strategic)."""
    by_parent: dict[str | None, list[Goal]] = {}
    for goal in goals:
        by_parent.setdefault(goal.parent_id, []).append(goal)
    ordered: list[tuple[Goal, int]] = []

    def walk(parent_id: str | None, depth: int) -> None:
        for goal in by_parent.get(parent_id, []):
            ordered.append((goal, depth))
            walk(goal.id, depth + 1)

    walk(None, 0)
    return ordered


def capture_row(label: QLabel, choice: QComboBox, line: QLineEdit) -> QHBoxLayout:
    """ "Type: [choice] [line, then Enter]": the label's mnemonic reaches the choice."""
    label.setBuddy(choice)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(choice)
    row.addWidget(line, 1)
    return row


def quadrant_pair(kind: TowsType) -> str:
    first, second = Quadrant(kind.value[0]), Quadrant(kind.value[1])
    return f"{first.label(language())} × {second.label(language())}"


class GoalsTab(QWidget):
    """`changed` fires after every redraw (the projector's goals page listens)."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        meeting_id: str,
        session_id: str,
        undo_stack: QUndoStack,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.meeting_id, self.session_id = store, meeting_id, session_id
        self.undo_stack, self.read_only = undo_stack, read_only
        meeting = store.get(Meeting, meeting_id)
        self.current_strategy_id: str | None = None
        self.dirty = False
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_tows())
        splitter.addWidget(self._build_goals(meeting))
        splitter.setSizes([320, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Redrawn once after a change settles (a macro's several steps, or a tick in the list of
        # pairs, whose handler must not see its list cleared under it).
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
        self.reload_timer.timeout.connect(self.reload_when_seen)
        undo_stack.indexChanged.connect(lambda _index: self.reload_timer.start())
        self.reload()

    # -- building -----------------------------------------------------------------------------------

    def _build_tows(self) -> QWidget:
        self.new_strategy = QLineEdit()
        self.new_strategy.setPlaceholderText(self.tr("New TOWS strategy, then Enter"))
        self.new_strategy.setAccessibleName(self.tr("New TOWS strategy"))
        self.new_strategy.returnPressed.connect(self.add_strategy_from_line)
        self.strategy_kind = QComboBox()
        self.strategy_kind.setAccessibleName(self.tr("Strategy type"))
        for kind in TowsType:
            self.strategy_kind.addItem(f"{kind.value}: {quadrant_pair(kind)}", kind.value)
        self.strategy_lists: dict[TowsType, QListWidget] = {}
        self.strategy_boxes: dict[TowsType, QGroupBox] = {}
        grid = QGridLayout()
        for number, kind in enumerate(TowsType):
            view = QListWidget()
            view.setAccessibleName(kind.label(language()))
            view.setWordWrap(True)
            view.currentItemChanged.connect(lambda current, _prev: self.choose_strategy(current))
            view.itemDoubleClicked.connect(lambda item: self.rename_strategy(item))
            QShortcut(
                QKeySequence(QKeySequence.StandardKey.Delete), view, context=Qt.ShortcutContext.WidgetShortcut
            ).activated.connect(self.delete_strategy)
            QShortcut(QKeySequence("F2"), view, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                lambda view=view: self.rename_strategy(view.currentItem())
            )
            box = QGroupBox()
            QVBoxLayout(box).addWidget(view)
            self.strategy_lists[kind], self.strategy_boxes[kind] = view, box
            grid.addWidget(box, number // 2, number % 2)
        self.pairs = QListWidget()
        self.pairs.setAccessibleName(self.tr("SWOT items the strategy pairs"))
        self.pairs.setWordWrap(True)
        self.pairs.itemChanged.connect(self.toggle_pair)
        self.pairs_title = QLabel()
        self.pairs_title.setWordWrap(True)
        self.pairs_title.setBuddy(self.pairs)
        line = capture_row(QLabel(self.tr("T&ype:")), self.strategy_kind, self.new_strategy)
        matrix = QWidget()
        matrix_layout = QVBoxLayout(matrix)
        matrix_layout.addWidget(QLabel(self.tr("<b>TOWS matrix</b>")))
        matrix_layout.addLayout(line)
        matrix_layout.addLayout(grid, 1)
        pairs = QWidget()
        pairs_layout = QVBoxLayout(pairs)
        pairs_layout.addWidget(self.pairs_title)
        pairs_layout.addWidget(self.pairs, 1)
        row = QSplitter()
        row.addWidget(matrix)
        row.addWidget(pairs)
        row.setStretchFactor(0, 3)
        row.setStretchFactor(1, 2)
        for widget in (self.new_strategy, self.strategy_kind):
            widget.setEnabled(not self.read_only)
        return row

    def _build_goals(self, meeting: Meeting) -> QWidget:
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(self.tr("New goal, then Enter"))
        self.new_goal.setAccessibleName(self.tr("New goal"))
        self.new_goal.returnPressed.connect(self.add_goal_from_line)
        self.goal_level = QComboBox()
        self.goal_level.setAccessibleName(self.tr("Level of the new goal"))
        for level in GoalLevel:
            self.goal_level.addItem(level.label(language()), level.value)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Goal tree"))
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.currentItemChanged.connect(lambda _current, _previous: self.show_goal())
        self.tree.itemChanged.connect(self.rename_goal)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.tree, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.delete_goal)
        for widget in (self.new_goal, self.goal_level):
            widget.setEnabled(not self.read_only)
        line = capture_row(QLabel(self.tr("&Level:")), self.goal_level, self.new_goal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Goals</b>")))
        left_layout.addLayout(line)
        left_layout.addWidget(self.tree, 1)

        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Where the goal comes from"))
        self.sources.setWordWrap(True)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.sources, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.delete_source)
        self.source_choice = QComboBox()
        self.source_choice.setAccessibleName(self.tr("Strategy or SWOT item to add as a source"))
        self.add_source_button = QPushButton(self.tr("&Add source"))
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
            ],
            None,
            [("name", self.tr("New indicator of the selected goal, then Enter"))],
            lambda values: Indicator(goal_id=self.current_goal_id(), name=values["name"]),
            Texts(
                self.tr("Indicators"),
                QCoreApplication.translate("Goals", "add indicator"),
                QCoreApplication.translate("Goals", "edit indicator"),
                QCoreApplication.translate("Goals", "delete indicators"),
            ),
            self.read_only,
        )
        self.projects = EntityTable(
            self.store,
            self.undo_stack,
            KeyProject,
            [
                Column("title", self.tr("Project")),
                Column("goal_id", self.tr("Goal"), references.goals(self.store, self.meeting_id)),
                Column("leader_member_id", self.tr("Leader"), references.members(self.store, meeting.partnership_id)),
                Column("partners", self.tr("Partners (Ctrl+P)"), compute=self.partner_names),
                Column("estimated_cost_pln", self.tr("Cost (PLN)")),
                Column("funding_source", self.tr("Funding source")),
                Column("start_date", self.tr("Start")),
                Column("end_date", self.tr("End")),
                Column("status", self.tr("Status")),
                Column("progress", self.tr("Progress %")),
            ],
            {"meeting_id": self.meeting_id},
            [("title", self.tr("New key project, then Enter"))],
            lambda values: KeyProject(
                meeting_id=self.meeting_id, title=values["title"], goal_id=self.current_goal_id()
            ),
            Texts(
                self.tr("Key projects"),
                QCoreApplication.translate("Goals", "add key project"),
                QCoreApplication.translate("Goals", "edit key project"),
                QCoreApplication.translate("Goals", "delete key projects"),
            ),
            self.read_only,
        )
        QShortcut(
            QKeySequence("Ctrl+P"), self.projects, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.edit_partners)
        self.details = QTabWidget()
        self.details.addTab(sources, self.tr("Where it &comes from"))
        self.details.addTab(self.indicators, self.tr("I&ndicators"))
        self.details.addTab(self.projects, self.tr("&Key projects"))
        self.details.currentChanged.connect(self.focus_details_input)
        row = QSplitter()
        row.addWidget(left)
        row.addWidget(self.details)
        row.setSizes([480, 700])
        return row

    def focus_details_input(self) -> None:
        """Alt+N, Alt+K: the cursor goes where the new indicator or project is typed."""
        page = self.details.currentWidget()
        if isinstance(page, EntityTable):
            page.focus_capture()
        else:
            self.source_choice.setFocus()

    # -- reading ------------------------------------------------------------------------------------

    def reload_when_seen(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.dirty = True

    def showEvent(self, event) -> None:
        if self.dirty:
            self.reload()
        super().showEvent(event)

    def live_items(self) -> list[SwotItem]:
        return [
            i
            for i in self.store.find(SwotItem, session_id=self.session_id, order_by="position")
            if i.merged_into is None
        ]

    def strategies(self) -> list[TowsStrategy]:
        return self.store.find(TowsStrategy, session_id=self.session_id, order_by="position")

    def goals(self) -> list[Goal]:
        return self.store.find(Goal, meeting_id=self.meeting_id, order_by="position")

    def current_goal_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID) if item else None

    def reload(self) -> None:
        self.dirty = False
        strategies = self.strategies()
        for kind, view in self.strategy_lists.items():
            view.blockSignals(True)
            view.clear()
            mine = [s for s in strategies if s.kind is kind]
            for strategy in mine:
                item = QListWidgetItem(strategy.text)
                item.setData(ID, strategy.id)
                view.addItem(item)
                if strategy.id == self.current_strategy_id:
                    view.setCurrentItem(item)
            view.blockSignals(False)
            self.strategy_boxes[kind].setTitle(f"{kind.label(language())}: {quadrant_pair(kind)} ({len(mine)})")
        if self.current_strategy_id not in {s.id for s in strategies}:
            self.current_strategy_id = None
        self.show_pairs()
        keep = self.current_goal_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        for goal, _depth in tree_order(self.goals()):
            node = QTreeWidgetItem([references.goal_label(goal)])
            node.setData(0, ID, goal.id)
            node.setToolTip(0, f"{goal.level.label(language())}: {goal.title}")
            if not self.read_only:
                node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
            parent = nodes.get(goal.parent_id)
            (parent.addChild if parent else self.tree.addTopLevelItem)(node)
            nodes[goal.id] = node
        self.tree.expandAll()
        if keep in nodes:
            self.tree.setCurrentItem(nodes[keep])
        self.tree.blockSignals(False)
        self.show_goal()
        self.projects.model.refresh_labels()  # a goal's new title in the projects' goal column
        self.changed.emit()

    def show_pairs(self) -> None:
        keep = self.pairs.currentRow()
        self.pairs.blockSignals(True)
        self.pairs.clear()
        if self.current_strategy_id is None:
            self.pairs_title.setText(self.tr("Select a strategy to tick the SWOT items it pairs."))
            self.pairs.blockSignals(False)
            return
        strategy = self.store.get(TowsStrategy, self.current_strategy_id)
        self.pairs_title.setText(self.tr("&SWOT items paired by “%1” (Space ticks):").replace("%1", strategy.text))
        linked = {link.swot_item_id for link in self.store.find(TowsLink, strategy_id=strategy.id)}
        for item in self.live_items():
            if item.quadrant not in strategy.pairs_allowed():
                continue
            entry = QListWidgetItem(f"{item.quadrant.value}: {item.text}")
            entry.setData(ID, item.id)
            if not self.read_only:
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.id in linked else Qt.CheckState.Unchecked)
            self.pairs.addItem(entry)
        self.pairs.setCurrentRow(min(keep, self.pairs.count() - 1))
        self.pairs.blockSignals(False)

    def show_goal(self) -> None:
        goal_id = self.current_goal_id()
        self.indicators.set_where({"goal_id": goal_id} if goal_id else None)
        self.sources.clear()
        self.source_choice.clear()
        self.add_source_button.setEnabled(goal_id is not None and not self.read_only)
        if goal_id is None:
            self.goal_level.setCurrentIndex(0)
            return
        goal = self.store.get(Goal, goal_id)
        self.goal_level.setCurrentIndex(self.goal_level.findData(NEXT_LEVEL[goal.level].value))
        direct = {s.strategy_id or s.swot_item_id: s.id for s in self.store.find(GoalSource, goal_id=goal_id)}
        strategies, items = workshop.goal_sources(self.store, goal_id)
        for strategy in strategies:
            self._add_source_line(f"{strategy.kind.value}: {strategy.text}", direct.get(strategy.id))
        for item in items:
            self._add_source_line(f"{item.quadrant.label(language())}: {item.text}", direct.get(item.id))
        for strategy in self.strategies():
            if strategy.id not in direct:
                self.source_choice.addItem(f"{strategy.kind.value}: {strategy.text}", f"strategy:{strategy.id}")
        for item in self.live_items():
            if item.id not in direct:
                self.source_choice.addItem(f"{item.quadrant.value}: {item.text}", f"item:{item.id}")

    def _add_source_line(self, text: str, source_id: str | None) -> None:
        entry = QListWidgetItem(text if source_id else "   ↳ " + text)
        entry.setData(ID, source_id)  # None: it comes through a strategy, not named directly
        self.sources.addItem(entry)

    def projector_html(self) -> str:
        """The goal tree for the hall: strategic goals bold, objectives and directions indented."""
        lines = []
        for goal, depth in tree_order(self.goals()):
            text = escape(references.goal_label(goal))
            text = f"<b>{text}</b>" if depth == 0 else text
            lines.append(f"<div style='margin-left: {depth * 1.5}em'>{text}</div>")
        title = escape(self.tr("Goals"))
        return f"<h2>{title}</h2>" + ("".join(lines) or escape(self.tr("No goals yet.")))

    def partner_names(self, project: KeyProject) -> str:
        partners = self.store.find(ProjectPartner, project_id=project.id)
        return ", ".join(sorted(self.store.get(Member, p.member_id).name for p in partners))

    # -- changes ------------------------------------------------------------------------------------

    def push(self, command) -> bool:
        try:
            push(self.undo_stack, command)
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("TOWS and goals"), str(exc))
            return False
        return True

    def add_strategy_from_line(self) -> None:
        text = self.new_strategy.text().strip()
        if text and self.create_strategy(self.strategy_kind.currentData(), text, []):
            self.new_strategy.clear()
            self.pairs.setFocus()
            if self.pairs.count():
                self.pairs.setCurrentRow(0)

    def create_strategy(self, kind: str, text: str, item_ids: list[str]) -> str | None:
        """A strategy of this type pairing these SWOT items, as one undoable step."""
        if self.read_only:
            return None
        position = len(self.store.find(TowsStrategy, session_id=self.session_id, include_deleted=True)) + 1
        strategy = TowsStrategy(session_id=self.session_id, kind=kind, text=text, position=position)
        command = AddRow(self.store, strategy, QCoreApplication.translate("Goals", "add strategy"), ignore)
        self.undo_stack.beginMacro(QCoreApplication.translate("Goals", "add strategy"))
        try:
            if not self.push(command):
                return None
            self.current_strategy_id = command.row_id
            for item_id in item_ids:
                self.link(command.row_id, item_id)
        finally:
            self.undo_stack.endMacro()
        self.reload()
        return command.row_id

    def link(self, strategy_id: str, item_id: str) -> bool:
        try:
            workshop.check_tows_pair(self.store, strategy_id, item_id)
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("TOWS and goals"), str(exc))
            return False
        link = TowsLink(strategy_id=strategy_id, swot_item_id=item_id)
        return self.push(AddRow(self.store, link, QCoreApplication.translate("Goals", "pair SWOT item"), ignore))

    def choose_strategy(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.current_strategy_id = item.data(ID)
        for view in self.strategy_lists.values():
            if view is not item.listWidget():
                view.blockSignals(True)
                view.setCurrentItem(None)
                view.blockSignals(False)
        self.show_pairs()

    def toggle_pair(self, entry: QListWidgetItem) -> None:
        if self.read_only or self.current_strategy_id is None:
            return
        item_id = entry.data(ID)
        if entry.checkState() == Qt.CheckState.Checked:
            self.link(self.current_strategy_id, item_id)
        else:
            links = self.store.find(TowsLink, strategy_id=self.current_strategy_id, swot_item_id=item_id)
            label = QCoreApplication.translate("Goals", "unpair SWOT item")
            self.push(ChangeRows(self.store, TowsLink, ignore, label, {link.id: {"deleted": True} for link in links}))

    def rename_strategy(self, item: QListWidgetItem | None) -> None:
        if item is None or self.read_only:
            return
        text, ok = QInputDialog.getText(self, self.tr("Strategy"), self.tr("Text of the strategy:"), text=item.text())
        if ok and text.strip() and text.strip() != item.text():
            label = QCoreApplication.translate("Goals", "edit strategy")
            self.push(ChangeRows(self.store, TowsStrategy, ignore, label, {item.data(ID): {"text": text.strip()}}))

    def delete_strategy(self) -> None:
        if self.current_strategy_id and not self.read_only:
            label = QCoreApplication.translate("Goals", "delete strategy")
            self.push(
                ChangeRows(self.store, TowsStrategy, ignore, label, {self.current_strategy_id: {"deleted": True}})
            )

    def add_goal_from_line(self) -> None:
        title = self.new_goal.text().strip()
        if not title or self.read_only:
            return
        level = GoalLevel(self.goal_level.currentData())
        parent = self.parent_for(level)
        if level is not GoalLevel.STRATEGIC and parent is None:
            QMessageBox.information(
                self,
                self.tr("TOWS and goals"),
                self.tr(
                    "Select the goal the new one belongs under: an operational objective goes under a strategic goal, "
                    "a direction of action under an operational objective."
                ),
            )
            return
        goal = Goal(
            meeting_id=self.meeting_id,
            level=level,
            parent_id=parent.id if parent else None,
            title=title,
            code=workshop.next_goal_code(self.store, self.meeting_id, parent),
            position=len(self.store.find(Goal, meeting_id=self.meeting_id, include_deleted=True)) + 1,
        )
        try:
            workshop.check_goal_parent(self.store, goal)
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("TOWS and goals"), str(exc))
            return
        command = AddRow(self.store, goal, QCoreApplication.translate("Goals", "add goal"), ignore)
        if self.push(command):
            self.new_goal.clear()
            self.reload()
            self.select_goal(command.row_id)  # the level moves one down: the next goal goes under it
            self.new_goal.setFocus()

    def parent_for(self, level: GoalLevel) -> Goal | None:
        """The selected goal, or the nearest goal above it, that a goal of `level` belongs under."""
        goal_id = self.current_goal_id()
        while goal_id:
            goal = self.store.get(Goal, goal_id)
            if NEXT_LEVEL[goal.level] is level and goal.level is not level:
                return goal
            goal_id = goal.parent_id
        return None

    def select_goal(self, goal_id: str) -> None:
        for node in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if node.data(0, ID) == goal_id:
                self.tree.setCurrentItem(node)

    def rename_goal(self, node: QTreeWidgetItem) -> None:
        goal = self.store.get(Goal, node.data(0, ID))
        title = node.text(0).strip()
        if goal.code and title.startswith(goal.code + " "):
            title = title[len(goal.code) + 1 :].strip()
        if title and title != goal.title:
            label = QCoreApplication.translate("Goals", "edit goal")
            self.push(ChangeRows(self.store, Goal, ignore, label, {goal.id: {"title": title}}))
        else:
            self.reload()

    def delete_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None or self.read_only:
            return
        doomed, frontier = [goal_id], [goal_id]
        while frontier:
            frontier = [g.id for parent in frontier for g in self.store.find(Goal, parent_id=parent)]
            doomed += frontier
        label = QCoreApplication.translate("Goals", "delete goal")
        self.push(ChangeRows(self.store, Goal, ignore, label, {g: {"deleted": True} for g in doomed}))

    def add_source(self) -> None:
        goal_id, choice = self.current_goal_id(), self.source_choice.currentData()
        if goal_id is None or choice is None or self.read_only:
            return
        kind, ref = choice.split(":", 1)
        source = GoalSource(
            goal_id=goal_id,
            strategy_id=ref if kind == "strategy" else None,
            swot_item_id=ref if kind == "item" else None,
        )
        self.push(AddRow(self.store, source, QCoreApplication.translate("Goals", "add goal source"), ignore))

    def delete_source(self) -> None:
        entry = self.sources.currentItem()
        if entry is None or entry.data(ID) is None or self.read_only:
            return
        label = QCoreApplication.translate("Goals", "remove goal source")
        self.push(ChangeRows(self.store, GoalSource, ignore, label, {entry.data(ID): {"deleted": True}}))

    def edit_partners(self) -> None:
        ids = self.projects.selected_ids()
        if not ids or self.read_only:
            return
        project = self.store.get(KeyProject, ids[0])
        meeting = self.store.get(Meeting, self.meeting_id)
        members = self.store.find(Member, partnership_id=meeting.partnership_id, order_by="name")
        existing = {p.member_id: p for p in self.store.find(ProjectPartner, project_id=project.id)}
        dialog = PartnersDialog(project.title, members, set(existing), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        label = QCoreApplication.translate("Goals", "change project partners")

        def redraw(_row) -> None:
            self.projects.model.refresh_row(project.id)

        self.undo_stack.beginMacro(label)
        try:
            for member_id in chosen - set(existing):
                self.push(AddRow(self.store, ProjectPartner(project_id=project.id, member_id=member_id), label, redraw))
            gone = {existing[m].id: {"deleted": True} for m in set(existing) - chosen}
            if gone:
                self.push(ChangeRows(self.store, ProjectPartner, redraw, label, gone))
        finally:
            self.undo_stack.endMacro()


class PartnersDialog(QDialog):
    """Tick the members taking part in a key project (Space ticks, Enter confirms)."""

    def __init__(self, title: str, members: list[Member], ticked: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partners of “%1”").replace("%1", title))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Partner members"))
        for member in members:
            entry = QListWidgetItem(member.name)
            entry.setData(ID, member.id)
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
            self.list.item(n).data(ID)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        }
