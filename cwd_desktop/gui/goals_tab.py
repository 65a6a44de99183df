"""The "TOWS and goals" tab of a meeting: the TOWS matrix above (`tows_matrix`), the goal tree
(`goal_tree`) and what belongs to the selected goal (`goal_details`) below. The goals are the
partnership's (docs/strategy.md); one added here notes this meeting as where it was agreed.

Every change is an undo command; the tab redraws once after each change of the undo stack (the
lists hold tens of rows, not thousands), and only when it is in view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from cwd_desktop.domain import Meeting
from cwd_desktop.gui.commands import push_or_warn
from cwd_desktop.gui.goal_details import GoalDetails
from cwd_desktop.gui.goal_tree import GoalTree
from cwd_desktop.gui.references import AgendaPointChoice
from cwd_desktop.gui.tows_matrix import TowsMatrix
from cwd_desktop.storage import Store


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
        self.read_only = read_only
        self.dirty = False
        self.tows = TowsMatrix(store, session_id, undo_stack, read_only)
        partnership_id = store.get(Meeting, meeting_id).partnership_id
        self.goal_tree = GoalTree(store, partnership_id, meeting_id, undo_stack, read_only)
        self.details = GoalDetails(store, partnership_id, meeting_id, undo_stack, read_only)
        self.goal_tree.current_changed.connect(self.details.show_goal)
        below = QSplitter()
        below.addWidget(self.goal_tree)
        below.addWidget(self.details)
        below.setSizes([480, 700])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tows)
        splitter.addWidget(below)
        splitter.setSizes([320, 480])
        # The agenda point the minutes print the goals under ("Ad. N").
        self.point_choice = AgendaPointChoice(
            store,
            meeting_id,
            Meeting,
            meeting_id,
            "goals_agenda_item_id",
            lambda command: push_or_warn(undo_stack, command, self, self.tr("Goals")),
            QCoreApplication.translate("Goals", "goals under an agenda point"),
            not read_only,
        )
        self.point = self.point_choice.combo
        self.point.setAccessibleName(self.tr("Agenda point of the goals"))
        point_label = QLabel(self.tr("Goals in agenda &point:"))
        point_label.setBuddy(self.point)
        point_row = QHBoxLayout()
        point_row.addWidget(point_label)
        point_row.addWidget(self.point)
        point_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(point_row)
        layout.addWidget(splitter, 1)
        # Redrawn once after a change settles (a macro's several steps, or a tick in the list of
        # pairs, whose handler must not see its list cleared under it).
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
        self.reload_timer.timeout.connect(self.reload_when_seen)
        undo_stack.indexChanged.connect(lambda _index: self.reload_timer.start())
        self.reload()

    def create_strategy(self, kind: str, text: str, item_ids: list[str]) -> str | None:
        """The board's Ctrl+T: a strategy pairing the selected cards."""
        return self.tows.create_strategy(kind, text, item_ids)

    def projector_html(self) -> str:
        return self.goal_tree.projector_html()

    def reload_when_seen(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.dirty = True

    def showEvent(self, event) -> None:
        if self.dirty:
            self.reload()
        self.point_choice.refresh()  # the agenda may have changed on its tab
        super().showEvent(event)

    def reload(self) -> None:
        self.dirty = False
        self.tows.reload()
        self.goal_tree.reload()
        if self.details.projects is not None:  # a goal's new title in the projects' goal column
            self.details.projects.model.refresh_labels()
        self.changed.emit()
