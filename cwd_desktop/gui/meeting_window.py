"""A meeting's workspace: its tabs, its undo stack (Edit → Undo <action>), the projector (F5), the
Workshop menu (gui/workshop_menu.py) and the phase timer in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import (
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from cwd_desktop.domain import Meeting
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.gui import follow_up_tabs
from cwd_desktop.gui.agenda_tab import AgendaTab
from cwd_desktop.gui.attendance_tab import AttendanceTab
from cwd_desktop.gui.commands import add_undo_menu, origin_of
from cwd_desktop.gui.decisions_tab import DecisionsTab
from cwd_desktop.gui.goals_tab import GoalsTab
from cwd_desktop.gui.keys import show_sheet
from cwd_desktop.gui.phase_timer import PhaseTimer, TimerLabel
from cwd_desktop.gui.priority_matrix import MatrixCanvas, PriorityTab
from cwd_desktop.gui.projector import BOARD, DECISION, GOALS, MATRIX, TOWS, ProjectorWindow
from cwd_desktop.gui.screen import fit_to_screen
from cwd_desktop.gui.swot_board import SwotBoard, session_for
from cwd_desktop.gui.workshop_menu import WorkshopMenu
from cwd_desktop.storage import Store


class MeetingWindow(QMainWindow):
    closed = Signal()  # its work is done for now (the main window writes the coordinator's package)

    def __init__(self, store: Store, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        meeting = store.get(Meeting, meeting_id)
        self.read_only = meeting.status is MeetingStatus.SIGNED
        title = self.tr("Meeting %1").replace("%1", meeting.display_number)
        if self.read_only:
            title += " — " + self.tr("signed, read-only")
        self.setWindowTitle(title)
        fit_to_screen(self, 1200, 800)
        self.undo_stack = QUndoStack(self)
        session_id = session_for(store, meeting_id) if not self.read_only else self._existing_session()
        self.board = SwotBoard(store, session_id, self.undo_stack, read_only=self.read_only)
        self.attendance = AttendanceTab(
            store, meeting_id, meeting.partnership_id, self.undo_stack, read_only=self.read_only
        )
        self.agenda = AgendaTab(store, meeting_id, self.undo_stack, read_only=self.read_only)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("&Details and agenda"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.board, self.tr("&SWOT"))
        self.goals = GoalsTab(store, meeting_id, session_id, self.undo_stack, read_only=self.read_only)
        self.tabs.addTab(self.goals, self.tr("&TOWS and goals"))
        self.priorities = PriorityTab(store, meeting.partnership_id, self.undo_stack, read_only=self.read_only)
        self.tabs.addTab(self.priorities, self.tr("Priorities"))
        self.board.strategy_requested.connect(self.goals.create_strategy)
        self.decisions = DecisionsTab(store, meeting_id, self.undo_stack, read_only=self.read_only)
        self.tabs.addTab(self.decisions, self.tr("Decisi&ons"))
        self.action_items = follow_up_tabs.action_items(store, meeting, self.undo_stack, self.read_only)
        self.tabs.addTab(self.action_items, self.tr("Action &items"))
        self.remarks = follow_up_tabs.remarks(store, meeting, self.undo_stack, self.read_only)
        self.tabs.addTab(self.remarks, self.tr("Consultation &remarks"))
        self.setCentralWidget(self.tabs)
        # Switching tabs (Alt+letter, Ctrl+Tab) puts the cursor where typing starts on that tab.
        self.first_inputs = {
            self.agenda: self.agenda.new_point,
            self.attendance: self.attendance.search,
            self.board: self.board.capture,
            self.goals: self.goals.goal_tree.new_goal,
            self.priorities: self.priorities.table,
            self.decisions: self.decisions.new_motion,
            self.action_items: next(iter(self.action_items.capture.values())),
            self.remarks: next(iter(self.remarks.capture.values())),
        }
        self.tabs.currentChanged.connect(lambda _index: self.first_inputs[self.tabs.currentWidget()].setFocus())
        add_undo_menu(self, self.undo_stack)
        view = self.menuBar().addMenu(self.tr("&View"))
        for text, key, page in (
            (self.tr("&Projector: SWOT board"), "F5", BOARD),
            (self.tr("Projector: &goals"), "F6", GOALS),
            (self.tr("Projector: &decision result"), "F7", DECISION),
            (self.tr("Projector: &TOWS strategies"), "Shift+F6", TOWS),
            (self.tr("Projector: prioritisation &matrix"), "Shift+F5", MATRIX),
        ):
            action = view.addAction(text)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, page=page: self.open_projector(page))
        for text, key, does in (
            (self.tr("Projector: &full screen on or off"), "F11", lambda p: p.toggle_full_screen()),
            (self.tr("Projector: show or hide the &vote counts"), "Ctrl+Shift+H", lambda p: p.toggle_votes()),
            (self.tr("Projector: show or hide the cards' &authors"), "Ctrl+Shift+A", lambda p: p.toggle_authors()),
        ):
            action = view.addAction(text)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, does=does: does(self.open_projector(keep_page=True)))
        sheet = view.addAction(self.tr("&Keyboard shortcuts"))
        sheet.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        sheet.triggered.connect(lambda: show_sheet(self))
        self.timer = PhaseTimer(self)
        self.statusBar().addPermanentWidget(TimerLabel(self.timer))
        self.workshop = WorkshopMenu(self, self.board, meeting_id, self.timer)
        self.board.spotlight_requested.connect(lambda: self.open_projector(keep_page=True).spotlight())
        self.undo_stack.indexChanged.connect(self._reload_priorities)
        self.projector: ProjectorWindow | None = None
        # (The board page follows the board's own `changed`; the other pages follow every edit.)
        self.undo_stack.indexChanged.connect(lambda _index: self.projector and self.projector.refresh(board=False))
        self._undo_index = self.undo_stack.index()
        self.undo_stack.indexChanged.connect(self._show_undone)
        self.decisions.list.currentRowChanged.connect(lambda _row: self.projector and self.projector.refresh())

    def _reload_priorities(self, _index: int) -> None:
        if self.priorities.isVisible():  # (else it reloads when shown)
            self.priorities.reload()

    def _show_undone(self, index: int) -> None:
        """Undo or redo of an edit made on another tab: that tab comes up, and the status bar
        says what changed (an edit elsewhere is never undone unseen)."""
        previous, self._undo_index = self._undo_index, index
        if index == previous:
            return
        undone = index < previous
        command = self.undo_stack.command(index if undone else index - 1)
        origin = origin_of(command)
        if command is None or origin is None:
            return
        for tab in range(self.tabs.count()):
            page = self.tabs.widget(tab)
            if page is None or page is self.tabs.currentWidget():
                continue
            if page is origin or page.isAncestorOf(origin):
                self.tabs.setCurrentIndex(tab)
                origin.setFocus()
                text = self.tr("Undone: %1") if undone else self.tr("Redone: %1")
                self.statusBar().showMessage(text.replace("%1", command.text()), 8000)
                break

    def changeEvent(self, event) -> None:
        # Edits to the strategy made while this window is the active one were made at this meeting:
        # their history says so (Store.meeting_context).
        if event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self.store.meeting_context = self.meeting_id
            elif self.store.meeting_context == self.meeting_id:
                self.store.meeting_context = None
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        if self.store.meeting_context == self.meeting_id:
            self.store.meeting_context = None
        # Every edit is already saved. Dropping the undo history now, while Python is fully alive,
        # frees the Python commands in order (PySide can crash freeing them at interpreter exit).
        self.agenda.save_notes()
        self.undo_stack.blockSignals(True)  # nothing to redraw any more (the store may be closed next)
        self.undo_stack.clear()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
        self.closed.emit()

    def _existing_session(self) -> str:
        from cwd_desktop.domain import SwotSession

        sessions = self.store.find(SwotSession, meeting_id=self.meeting_id)
        return sessions[0].id if sessions else ""

    def open_projector(self, page: int = BOARD, keep_page: bool = False) -> ProjectorWindow:
        """The projector window, opened where the hall sees it; `keep_page`: on the page it shows."""
        if self.projector is None:
            self.projector = ProjectorWindow(
                self.board,
                self.meeting_id,
                self.timer,
                self.goals.projector_html,
                self.decisions.projector_html,
                self.goals.tows.projector_html,
                MatrixCanvas(self.store, self.store.get(Meeting, self.meeting_id).partnership_id, min_px=30),
            )
            keep_page = False
        self.projector.present()
        if not keep_page:
            self.projector.show_page(page)
        return self.projector
