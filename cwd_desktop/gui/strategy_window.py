"""The partnership's strategy workspace (Partnership → Strategy, Ctrl+Shift+S): the dashboard, the
goal tree, indicators with their measurements and chart, projects with their history, the plan of
joint actions, and the SWOT of all its meetings. Every edit is an undo command, as in a meeting's
workspace; nothing here is locked by a signed meeting (the strategy belongs to the partnership)."""

from __future__ import annotations

import datetime as dt
import json
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from cwd_desktop import messages
from cwd_desktop.domain import Measurement, Partnership, PlannedAction, ProjectList, StrategyChange
from cwd_desktop.domain.choices import ProjectKind, ProjectStatus
from cwd_desktop.domain.formats import long_date
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import file_dialogs, references
from cwd_desktop.gui.commands import AddRow, add_undo_menu, push_or_warn, said
from cwd_desktop.gui.entity_table import EntityTable, Texts
from cwd_desktop.gui.goal_details import GoalDetails
from cwd_desktop.gui.goal_tree import GoalTree
from cwd_desktop.gui.i18n import language, shown_date
from cwd_desktop.gui.indicator_chart import IndicatorChart
from cwd_desktop.gui.keys import show_sheet
from cwd_desktop.gui.models.entity_table import Column
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.gui.partnership_swot import PartnershipSwot
from cwd_desktop.gui.project_table import ProjectTable
from cwd_desktop.gui.screen import fit_to_screen
from cwd_desktop.gui.tasks import on_own_connection, run_task
from cwd_desktop.services import csv_import, strategy_export
from cwd_desktop.services.strategy import Strategy, gather, glance, new_project_list, on_track
from cwd_desktop.storage import Store


class StrategyWindow(QMainWindow):
    def __init__(self, store: Store, partnership_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.partnership_id = store, partnership_id
        name = store.get(Partnership, partnership_id).name
        self.setWindowTitle(self.tr("Strategy: %1").replace("%1", name))
        fit_to_screen(self, 1280, 800)
        self.undo_stack = QUndoStack(self)
        self.strategy: Strategy = gather(store, partnership_id)

        self.dashboard = QTextBrowser()
        self.dashboard.setAccessibleName(self.tr("The strategy at a glance"))

        self.goal_tree = GoalTree(store, partnership_id, None, self.undo_stack, False)
        self.goal_details = GoalDetails(store, partnership_id, None, self.undo_stack, False, with_projects=False)
        self.goal_tree.current_changed.connect(self.goal_details.show_goal)
        goals = QSplitter()
        goals.addWidget(self.goal_tree)
        goals.addWidget(self.goal_details)
        goals.setSizes([480, 700])

        self.indicator_list = QListWidget()
        self.indicator_list.setAccessibleName(self.tr("Indicators of the strategy"))
        self.indicator_list.currentItemChanged.connect(lambda _item, _previous: self.show_indicator())
        self.measurements = EntityTable(
            store,
            self.undo_stack,
            Measurement,
            [
                Column("year", self.tr("Year")),
                Column("value", self.tr("Value")),
                Column("source", self.tr("Data source")),
                Column("note", self.tr("Note")),
            ],
            None,
            [("year", self.tr("Year of the measurement")), ("value", self.tr("Value, then Enter"))],
            lambda values: Measurement(
                indicator_id=self.current_indicator() or "",
                year=values["year"],  # type: ignore[arg-type]  # text as typed: the entity checks it
                value=values["value"],  # type: ignore[arg-type]
            ),
            Texts(
                self.tr("Measurements"),
                QCoreApplication.translate("Strategy", "add measurement"),
                QCoreApplication.translate("Strategy", "edit measurement"),
                QCoreApplication.translate("Strategy", "delete measurements"),
            ),
        )
        self.chart = IndicatorChart()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.measurements)
        right.addWidget(self.chart)
        indicators = QSplitter()
        indicators.addWidget(self.indicator_list)
        indicators.addWidget(right)
        indicators.setSizes([460, 720])

        self.projects = ProjectTable(store, self.undo_stack, partnership_id, None, lambda: None, False)
        self.project_history = QListWidget()
        self.project_history.setAccessibleName(self.tr("The selected project's history"))
        self.projects.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_history())
        projects = QSplitter(Qt.Orientation.Vertical)
        projects.addWidget(self.projects)
        projects.addWidget(self.project_history)
        projects.setSizes([520, 200])

        self.plan = EntityTable(
            store,
            self.undo_stack,
            PlannedAction,
            [
                Column("title", self.tr("Action")),
                Column("goal_id", self.tr("Goal"), references.goals(store, partnership_id)),
                Column("leader_member_id", self.tr("Leader"), references.members(store, partnership_id)),
                Column("start_date", self.tr("Start")),
                Column("end_date", self.tr("End")),
                Column("status", self.tr("Status")),
                Column("description", self.tr("Description")),
            ],
            {"partnership_id": partnership_id},
            [("title", self.tr("New joint action, then Enter"))],
            lambda values: PlannedAction(
                partnership_id=partnership_id,
                title=values["title"],
                position=store.next_position(PlannedAction, partnership_id=partnership_id),
            ),
            Texts(
                self.tr("Plan of joint actions"),
                QCoreApplication.translate("Strategy", "add joint action"),
                QCoreApplication.translate("Strategy", "edit joint action"),
                QCoreApplication.translate("Strategy", "delete joint actions"),
            ),
        )

        self.swot = PartnershipSwot(store, partnership_id, self.undo_stack, lambda: self.strategy)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        self.tabs.addTab(goals, self.tr("&Goals"))
        self.tabs.addTab(indicators, self.tr("&Indicators and measurements"))
        self.tabs.addTab(projects, self.tr("&Projects"))
        self.tabs.addTab(self.plan, self.tr("Plan of &joint actions"))
        self.tabs.addTab(self.swot, self.tr("&SWOT of the partnership"))
        self.history = QTableWidget(0, 7)
        self.history.setAccessibleName(self.tr("Every change to the strategy, newest first"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Device"),
                self.tr("Meeting"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Was"),
                self.tr("Is"),
            ]
        )
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        self.setCentralWidget(self.tabs)

        menu = self.menuBar().addMenu(self.tr("S&trategy"))
        menu.addAction(self.tr("Export for &Word…"), self.ask_export_word)
        menu.addAction(self.tr("Export for E&xcel…"), self.ask_export_excel)
        menu.addAction(self.tr("&Import measurements from CSV…"), QKeySequence("Ctrl+I"), self.ask_import)
        menu.addSeparator()
        menu.addAction(self.tr("Issue the &key project list"), lambda: self.issue_list(ProjectKind.KEY))
        menu.addAction(
            self.tr("Issue the com&plementary project list"), lambda: self.issue_list(ProjectKind.COMPLEMENTARY)
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        add_undo_menu(self, self.undo_stack)
        view = self.menuBar().addMenu(self.tr("&View"))
        sheet = view.addAction(self.tr("&Keyboard shortcuts"))
        sheet.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        sheet.triggered.connect(lambda: show_sheet(self))

        # Redrawn once after a change settles (a macro's several steps).
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
        self.reload_timer.timeout.connect(self.reload)
        self.undo_stack.indexChanged.connect(lambda _index: self.reload_timer.start())
        self.reload()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.strategy = gather(self.store, self.partnership_id)
        self.dashboard.setHtml(self.dashboard_html(dt.date.today()))
        self.goal_tree.reload()
        self.projects.model.refresh_labels()
        self.plan.model.refresh_labels()
        self.fill_indicators()
        self.swot.reload()
        self.show_changes()
        self.show_history()

    def dashboard_html(self, today: dt.date) -> str:
        s, lang = self.strategy, language()
        state = glance(s, today)
        parts = [f"<h2>{escape(s.partnership.name)}</h2>"]
        rows = [
            (self.tr("Goals"), str(state.goals)),
            (
                self.tr("Indicators"),
                self.tr("%1 on track, %2 behind, %3 not measured yet")
                .replace("%1", str(state.indicators_on_track))
                .replace("%2", str(state.indicators_behind))
                .replace("%3", str(state.indicators_unmeasured)),
            ),
            (
                self.tr("Projects"),
                ", ".join(f"{status.label(lang)}: {n}" for status, n in state.projects_by_status.items() if n)
                or self.tr("none yet"),
            ),
            (self.tr("Overdue joint actions"), str(state.overdue_actions)),
            (self.tr("Last meeting"), _meeting_line(state.last_meeting, lang)),
            (self.tr("Next meeting"), _meeting_line(state.next_meeting, lang)),
        ]
        parts.append(
            "<table cellpadding='4'>"
            + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )
        behind = [i for _goal, i in s.all_indicators if on_track(i, s.measurements.get(i.id, []), today) is False]
        if behind:
            heading = self.tr("Indicators behind their plan")
            parts.append(f"<h3>{escape(heading)}</h3><ul>")
            parts += [f"<li>{escape(i.name)}</li>" for i in behind]
            parts.append("</ul>")
        done = [p for p in s.projects if p.status is ProjectStatus.DONE]
        if done:
            heading = self.tr("Projects done")
            parts.append(f"<h3>{escape(heading)}</h3><ul>")
            parts += [f"<li>{escape(p.title)}</li>" for p in done]
            parts.append("</ul>")
        return "".join(parts)

    def fill_indicators(self) -> None:
        current = self.current_indicator()
        self.indicator_list.blockSignals(True)
        self.indicator_list.clear()
        for goal, indicator in self.strategy.all_indicators:
            label = f"{goal.code}  {indicator.code + ' ' if indicator.code else ''}{indicator.name}"
            measured = len(self.strategy.measurements.get(indicator.id, []))
            entry = QListWidgetItem(label + (f"  ({measured})" if measured else ""))
            entry.setData(ID_ROLE, indicator.id)
            self.indicator_list.addItem(entry)
            if indicator.id == current:
                self.indicator_list.setCurrentItem(entry)
        self.indicator_list.blockSignals(False)
        if self.indicator_list.currentItem() is None and self.indicator_list.count():
            self.indicator_list.setCurrentRow(0)
        else:
            self.show_indicator()

    def current_indicator(self) -> str | None:
        entry = self.indicator_list.currentItem()
        return entry.data(ID_ROLE) if entry is not None else None

    def show_indicator(self) -> None:
        indicator_id = self.current_indicator()
        self.measurements.set_where({"indicator_id": indicator_id} if indicator_id else None)
        indicator = next((i for _g, i in self.strategy.all_indicators if i.id == indicator_id), None)
        self.chart.show_indicator(indicator, self.strategy.measurements.get(indicator_id or "", []))

    def show_history(self) -> None:
        """The selected project's changes, newest first: status and progress with their dates."""
        self.project_history.clear()
        ids = self.projects.selected_ids() or (
            [self.projects.model.rows[self.projects.table.currentIndex().row()].id]
            if self.projects.table.currentIndex().isValid()
            else []
        )
        if not ids:
            return
        meetings = self.strategy.meetings
        for change in sorted(
            self.store.find(StrategyChange, row_id=ids[0]), key=lambda c: (c.changed_at, c.id), reverse=True
        ):
            when = dt.datetime.fromisoformat(change.changed_at).astimezone()
            where = f" ({meetings[change.meeting_id].display_number})" if change.meeting_id in meetings else ""
            if change.column == "*":
                what = self.tr("added")
            else:
                what = f"{self.field_label(change.column)}: {_shown(change.old)} → {_shown(change.new)}"
            self.project_history.addItem(f"{shown_date(when.date())} {when:%H:%M}{where}  {what}")

    def field_label(self, column: str) -> str:
        """A field of the strategy as the windows label it (its name in the data otherwise)."""
        labels = {
            "title": self.tr("Title"),
            "name": self.tr("Name"),
            "description": self.tr("Description"),
            "progress": self.tr("Progress %"),
            "status": self.tr("Status"),
            "priority": self.tr("Priority"),
            "kind": self.tr("Kind"),
            "code": self.tr("Code"),
            "value": self.tr("Value"),
            "year": self.tr("Year"),
            "target_value": self.tr("Target"),
            "baseline_value": self.tr("Baseline"),
            "estimated_cost_pln": self.tr("Cost (PLN)"),
            "start_date": self.tr("Start"),
            "end_date": self.tr("End"),
            "deleted": self.tr("Deleted"),
        }
        return labels.get(column, column)

    def show_changes(self, limit: int = 500) -> None:
        """The strategy's history, newest first (the last `limit` changes)."""
        s = self.strategy
        labels = {goal.id: s.goal_titles[goal.id] for goal, _depth in s.goals}
        labels |= {p.id: p.title for p in s.projects} | {a.id: a.title for a in s.actions}
        labels |= {i.id: i.name for _goal, i in s.all_indicators}
        devices = {row[0]: row[1] for row in self.store.db.execute("SELECT device_id, name FROM accepted_device")}
        devices[self.store.device_id] = self.store.device_name or self.tr("this computer")
        changes = sorted(
            self.store.find(StrategyChange, partnership_id=self.partnership_id),
            key=lambda c: (c.changed_at, c.id),
            reverse=True,
        )[:limit]
        self.history.setRowCount(len(changes))
        for row, change in enumerate(changes):
            when = dt.datetime.fromisoformat(change.changed_at).astimezone()
            meeting = s.meetings.get(change.meeting_id or "")
            added = change.column == "*"
            cells = [
                f"{shown_date(when.date())} {when:%H:%M}",
                devices.get(change.device_id, change.device_id[-12:]),
                meeting.display_number if meeting else "",
                labels.get(change.row_id) or messages.tr(change.table_name.replace("_", " ")),
                self.tr("added") if added else self.field_label(change.column),
                "" if added else _shown(change.old),
                "" if added else _shown(change.new),
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        for column in range(3):
            self.history.resizeColumnToContents(column)

    # -- files --------------------------------------------------------------------------------

    def ask_export_word(self) -> None:
        self.ask_export(".docx", self.tr("Word documents (*.docx)"))

    def ask_export_excel(self) -> None:
        self.ask_export(".xlsx", self.tr("Excel workbooks (*.xlsx)"))

    def ask_export(self, suffix: str, kind: str) -> None:
        suggested = str(Path(file_dialogs.start("strategy")) / f"strategia{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the strategy"), suggested, kind)
        file_dialogs.remember("strategy", name)
        if name:
            self.export(Path(name).with_suffix(suffix) if not name.endswith(suffix) else Path(name))

    def export(self, path: Path) -> None:
        """Write the strategy's tables off the GUI thread (a large partnership takes a second)."""
        lang, partnership_id = language(), self.partnership_id
        title = self.tr("Export the strategy")
        run_task(
            self,
            self.tr("Exporting the strategy…"),
            on_own_connection(
                self.store.path,
                lambda store, _progress: strategy_export.export_strategy(store, partnership_id, path, lang),
            ),
            lambda written: self.statusBar().showMessage(self.tr("Wrote %1").replace("%1", str(written)), 10000),
            lambda message: self.show_error(title, message),
        )

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import measurements"), file_dialogs.start("csv"), self.tr("CSV files (*.csv);;*")
        )
        file_dialogs.remember("csv", name)
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> bool:
        """All rows or none; then the indicators show them."""
        try:
            added, replaced = csv_import.import_measurements(self.store, self.partnership_id, path)
        except CwdError as exc:
            QMessageBox.warning(self, self.tr("Import measurements"), said(exc))
            return False
        self.reload()
        text = self.tr("Measurements added: %1, replaced: %2").replace("%1", str(added)).replace("%2", str(replaced))
        self.statusBar().showMessage(text, 10000)
        return True

    def issue_list(self, kind: ProjectKind) -> ProjectList | None:
        """Issue the list of projects of `kind` as they stand today: its next version (undoable)."""
        issued = new_project_list(self.store, self.partnership_id, kind, dt.date.today())
        label = QCoreApplication.translate("Strategy", "issue project list")
        if not push_or_warn(self.undo_stack, AddRow(self.store, issued, label, lambda _row: None), self, label):
            return None
        text = (
            self.tr("Issued the key project list: version %1 of %2")
            if kind is ProjectKind.KEY
            else self.tr("Issued the complementary project list: version %1 of %2")
        )
        text = text.replace("%1", str(issued.version)).replace("%2", long_date(issued.issued_on, language()))
        self.statusBar().showMessage(text, 10000)
        return issued

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.store.meeting_context = None  # edits here are made outside any meeting
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        super().closeEvent(event)


def _meeting_line(meeting, lang: str) -> str:
    if meeting is None:
        return "—"
    return f"{meeting.display_number} — {long_date(meeting.date, lang)} — {meeting.title}".rstrip(" —")


def _shown(value: str) -> str:
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return "—" if decoded is None else str(decoded)
