"""The strategy window: reached from the navigator; after a meeting is signed its projects move on
and its indicators are measured; every edit undoes; the dashboard, chart and history show it."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from cwd_desktop.domain import Indicator, KeyProject, Measurement, Meeting, PlannedAction, StrategyChange
from cwd_desktop.gui.main_window import MainWindow

BESKIDY = "Partnerstwo Aglomeracji Beskidzkiej"


def column(table, field):
    return next(n for n, c in enumerate(table.model.columns) if c.field == field)


def open_strategy(qtbot, demo_store, activate):
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    activate(main)
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    main.select(meeting.partnership_id)
    qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (window,) = main.strategy_windows
    qtbot.addWidget(window)
    return main, window, meeting


def test_after_signing_projects_move_on_and_indicators_are_measured(qtbot, demo_store, english, activate, mark_signed):
    main, window, meeting = open_strategy(qtbot, demo_store, activate)
    mark_signed(demo_store, meeting.id)
    assert window.windowTitle() == f"Strategy: {BESKIDY}"
    assert "Goals" in window.dashboard.toPlainText() and "not measured yet" in window.dashboard.toPlainText()

    # A project agreed at the signed meeting: its progress is updated here, with its dated history.
    window.tabs.setCurrentIndex(3)
    projects = window.projects
    project = next(p for p in demo_store.find(KeyProject) if p.meeting_id == meeting.id)
    row = next(n for n, p in enumerate(projects.model.rows) if p.id == project.id)
    projects.table.setCurrentIndex(projects.model.index(row, 0))
    assert projects.model.setData(projects.model.index(row, column(projects, "progress")), "75")
    assert demo_store.get(KeyProject, project.id).progress == 75
    qtbot.waitUntil(lambda: window.project_history.count() >= 2)
    assert "progress: " in window.project_history.item(0).text() and "→ 75" in window.project_history.item(0).text()
    (change,) = demo_store.find(StrategyChange, row_id=project.id, column="progress")
    assert change.meeting_id is None  # made in the strategy window, not at a meeting

    # An indicator measured: typed into the measurements table, drawn on the chart.
    window.tabs.setCurrentIndex(2)
    indicator = demo_store.get(Indicator, window.current_indicator())
    capture = window.measurements.capture
    capture["year"].insert("2026")
    qtbot.keyClick(capture["year"], Qt.Key.Key_Return)  # on to the value
    capture["value"].insert("101,5")
    qtbot.keyClick(capture["value"], Qt.Key.Key_Return)
    (measured,) = demo_store.find(Measurement, indicator_id=indicator.id)
    assert (measured.year, measured.value) == (2026, 101.5)
    qtbot.waitUntil(lambda: "measured: 2026: 101.5" in window.chart.summary())
    window.undo_stack.undo()
    assert demo_store.find(Measurement) == []
    window.undo_stack.redo()
    assert len(demo_store.find(Measurement)) == 1

    # The plan of joint actions.
    window.tabs.setCurrentIndex(4)
    window.plan.capture["title"].insert("Wspólny kalendarz imprez")
    qtbot.keyClick(window.plan.capture["title"], Qt.Key.Key_Return)
    (action,) = demo_store.find(PlannedAction)
    assert (action.title, action.partnership_id) == ("Wspólny kalendarz imprez", meeting.partnership_id)

    # The SWOT of every meeting, filtered by one.
    window.tabs.setCurrentIndex(5)
    total = window.swot.rowCount()
    assert total > 0
    window.swot_meeting.setCurrentIndex(window.swot_meeting.findData(meeting.id))
    assert 0 < window.swot.rowCount() <= total
    assert {window.swot.item(r, 4).text() for r in range(window.swot.rowCount())} == {"3/2026"}
    main.close_workspaces()


def test_the_strategy_window_exports_word_and_fits_a_small_laptop(qtbot, demo_store, english, activate, tmp_path):
    _main, window, _meeting = open_strategy(qtbot, demo_store, activate)
    target = tmp_path / "strategia.docx"
    assert window.export(target)
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == f"The partnership's strategy: {BESKIDY}"  # the interface's language
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 576


def test_issuing_a_project_list_numbers_it_and_undoes(qtbot, demo_store, english, activate):
    from cwd_desktop.domain import ProjectList
    from cwd_desktop.domain.choices import ProjectKind

    main, window, _meeting = open_strategy(qtbot, demo_store, activate)
    issued = window.issue_list(ProjectKind.KEY)
    assert issued is not None and issued.version == 1
    assert "Issued the key project list: version 1 of" in window.statusBar().currentMessage()
    assert window.issue_list(ProjectKind.KEY).version == 2
    window.undo_stack.undo()
    assert [p.version for p in demo_store.find(ProjectList)] == [1]
    main.close_workspaces()
