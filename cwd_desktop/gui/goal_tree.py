"""The meeting's goal tree: strategic goals → operational objectives → directions of action.

Keys: in the goal line, Enter adds a goal under the selected one, one level down (Alt+L chooses
another level); F2 renames, Del deletes a goal with the goals below it. The numbering, the level
a new goal takes and where it belongs are the core's rules (`services.workshop`, `domain.goals`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import Goal
from cwd_desktop.domain.choices import GoalLevel
from cwd_desktop.domain.goals import CHILD_LEVEL, tree_order
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import references
from cwd_desktop.gui.commands import AddRow, ChangeRows, push_or_warn
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.gui.tows_matrix import capture_row, ignore, tab_title
from cwd_desktop.services import workshop
from cwd_desktop.storage import Store


class GoalTree(QWidget):
    """`current_changed(goal_id or None)` fires when another goal is selected."""

    current_changed = Signal(object)

    def __init__(
        self,
        store: Store,
        partnership_id: str,
        meeting_id: str | None,
        undo_stack: QUndoStack,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        """The partnership's goal tree; a goal added from a meeting's workspace (`meeting_id`)
        notes that meeting as where it was agreed."""
        super().__init__(parent)
        self.store, self.partnership_id, self.meeting_id = store, partnership_id, meeting_id
        self.undo_stack, self.read_only = undo_stack, read_only
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
        self.tree.currentItemChanged.connect(lambda _current, _previous: self.show_current())
        self.tree.itemChanged.connect(self.rename_goal)
        shortcut(
            self.tree,
            QKeySequence.StandardKey.Delete,
            self.tr("Goals: delete the goal (with the goals below it)"),
            self.delete_goal,
            Qt.ShortcutContext.WidgetShortcut,
        )
        for widget in (self.new_goal, self.goal_level):
            widget.setEnabled(not self.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Goals</b>")))
        layout.addLayout(capture_row(QLabel(self.tr("&Level:")), self.goal_level, self.new_goal))
        layout.addWidget(self.tree, 1)

    # -- reading ------------------------------------------------------------------------------------

    def goals(self) -> list[Goal]:
        return self.store.find(Goal, partnership_id=self.partnership_id, order_by="position")

    def current_goal_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def reload(self) -> None:
        keep = self.current_goal_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        nodes: dict[str, QTreeWidgetItem] = {}
        for goal, _depth in tree_order(self.goals()):
            node = QTreeWidgetItem([references.goal_label(goal)])
            node.setData(0, ID_ROLE, goal.id)
            node.setToolTip(0, f"{goal.level.label(language())}: {goal.title}")
            if not self.read_only:
                node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
            parent = nodes.get(goal.parent_id) if goal.parent_id else None
            (parent.addChild if parent else self.tree.addTopLevelItem)(node)
            nodes[goal.id] = node
        self.tree.expandAll()
        if keep in nodes:
            self.tree.setCurrentItem(nodes[keep])
        self.tree.blockSignals(False)
        self.show_current()

    def show_current(self) -> None:
        """The level line offers one level below the selected goal; the details follow the selection."""
        goal_id = self.current_goal_id()
        level = CHILD_LEVEL[self.store.get(Goal, goal_id).level if goal_id else None]
        self.goal_level.setCurrentIndex(self.goal_level.findData(level.value))
        self.current_changed.emit(goal_id)

    def projector_html(self) -> str:
        """The goal tree for the hall: strategic goals bold, objectives and directions indented."""
        lines = []
        for goal, depth in tree_order(self.goals()):
            text = escape(references.goal_label(goal))
            text = f"<b>{text}</b>" if depth == 0 else text
            lines.append(f"<div style='margin-left: {depth * 1.5}em'>{text}</div>")
        title = escape(self.tr("Goals"))
        return f"<h2>{title}</h2>" + ("".join(lines) or escape(self.tr("No goals yet.")))

    # -- changes ------------------------------------------------------------------------------------

    def push(self, command) -> bool:
        return push_or_warn(self.undo_stack, command, self, tab_title())

    def add_goal_from_line(self) -> None:
        title = self.new_goal.text().strip()
        if not title or self.read_only:
            return
        level = GoalLevel(self.goal_level.currentData())
        parent = workshop.parent_for(self.store, self.current_goal_id(), level)
        if level is not GoalLevel.STRATEGIC and parent is None:
            QMessageBox.information(
                self,
                tab_title(),
                self.tr(
                    "Select the goal the new one belongs under: an operational objective goes under a strategic goal, "
                    "a direction of action under an operational objective."
                ),
            )
            return
        try:
            goal = workshop.new_goal(self.store, self.partnership_id, level, parent, title, self.meeting_id)
        except CwdError as exc:
            QMessageBox.warning(self, tab_title(), str(exc))
            return
        command = AddRow(self.store, goal, QCoreApplication.translate("Goals", "add goal"), ignore)
        if self.push(command):
            self.new_goal.clear()
            self.reload()
            self.select_goal(command.row_id)  # the level moves one down: the next goal goes under it
            self.new_goal.setFocus()

    def select_goal(self, goal_id: str) -> None:
        for node in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if node.data(0, ID_ROLE) == goal_id:
                self.tree.setCurrentItem(node)

    def rename_goal(self, node: QTreeWidgetItem) -> None:
        goal = self.store.get(Goal, node.data(0, ID_ROLE))
        title = node.text(0).strip()
        if goal.code and title.startswith(goal.code + " "):
            title = title[len(goal.code) + 1 :].strip()
        if title and title != goal.title:
            label = QCoreApplication.translate("Goals", "edit goal")
            self.push(ChangeRows(self.store, Goal, {goal.id: {"title": title}}, label, ignore))
        else:
            self.reload()

    def delete_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None or self.read_only:
            return
        doomed = workshop.with_goals_below(self.store, goal_id)
        label = QCoreApplication.translate("Goals", "delete goal")
        self.push(ChangeRows(self.store, Goal, {g: {"deleted": True} for g in doomed}, label, ignore))
