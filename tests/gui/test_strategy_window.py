"""The strategy window: reached from the navigator; after a meeting is signed its projects move on
and its indicators are measured; every edit undoes; the dashboard, chart and history show it."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt

from cwd_desktop.domain import Indicator, KeyProject, Measurement, Meeting, PlannedAction, StrategyChange
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.gui.models.roles import ID_ROLE

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
    assert "Progress %: " in window.project_history.item(0).text() and "→ 75" in window.project_history.item(0).text()
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
    table = window.swot.table
    total = table.rowCount()
    assert total > 0
    window.swot.meeting.setCurrentIndex(window.swot.meeting.findData(meeting.id))
    assert 0 < table.rowCount() <= total
    assert {table.item(r, 3).text() for r in range(table.rowCount())} == {"3/2026"}
    main.close_workspaces()


def test_the_strategy_window_exports_word_and_fits_a_small_laptop(
    qtbot, demo_store, english, activate, tmp_path, synchronous_tasks
):
    _main, window, _meeting = open_strategy(qtbot, demo_store, activate)
    target = tmp_path / "strategia.docx"
    window.export(target)
    assert window.statusBar().currentMessage() == f"Wrote {target}"
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


def test_cards_of_two_meetings_merge_and_enter_the_diagnosis_with_keys(
    qtbot, demo_store, english, activate, mark_signed
):
    from PySide6.QtCore import QItemSelectionModel

    from cwd_desktop.domain import SwotItem, SwotMark, SwotSession
    from cwd_desktop.services.strategy import gather

    main, window, meeting = open_strategy(qtbot, demo_store, activate)
    first = max(
        (
            i
            for s in demo_store.find(SwotSession, meeting_id=meeting.id)
            for i in demo_store.find(SwotItem, session_id=s.id)
        ),
        key=lambda i: i.votes,
    )
    later = demo_store.add(Meeting(partnership_id=meeting.partnership_id, number="4/2026", date="2026-05-20"))
    session = demo_store.add(SwotSession(meeting_id=later.id, topic="młodzież"))
    again = demo_store.add(
        SwotItem(session_id=session.id, quadrant=first.quadrant, text=first.text + " (młodzi)", votes=4)
    )
    mark_signed(demo_store, meeting.id)  # the first card's meeting is signed: the partnership marks it all the same
    window.reload()
    activate(window)
    window.tabs.setCurrentIndex(5)
    table = window.swot.table
    rows = {table.item(r, 0).data(ID_ROLE): r for r in range(table.rowCount())}
    table.setFocus()
    table.setCurrentCell(rows[first.id], 1)
    table.selectionModel().select(
        table.model().index(rows[again.id], 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    (mark,) = demo_store.find(SwotMark)
    assert (mark.swot_item_id, mark.merged_into) == (again.id, first.id)
    (row,) = [r for r in gather(demo_store, meeting.partnership_id).swot if r.item.id == first.id]
    assert row.votes == first.votes + 4 and [m.number for m in row.sources] == ["3/2026", "4/2026"]

    def row_of(item_id):
        return next((r for r in range(table.rowCount()) if table.item(r, 0).data(ID_ROLE) == item_id), None)

    qtbot.waitUntil(
        lambda: table.rowCount() == len(rows) - 1 and table.item(row_of(first.id), 2).text() == str(first.votes + 4)
    )
    assert table.item(row_of(first.id), 3).text() == "3/2026, 4/2026"

    table.setCurrentCell(row_of(first.id), 1)
    table.selectionModel().select(
        table.model().index(row_of(first.id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [m.in_diagnosis for m in demo_store.find(SwotMark, swot_item_id=first.id)] == [True]
    qtbot.waitUntil(lambda: table.item(row_of(first.id), 4).text() == "yes")
    assert demo_store.get(SwotItem, first.id).votes == first.votes  # the meeting's card is as it was
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [m for m in demo_store.find(SwotMark)] == []
    main.close_workspaces()


def test_enter_on_a_partnership_in_the_navigator_opens_its_strategy(qtbot, demo_store, english, activate):
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    activate(main)
    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    main.select(meeting.partnership_id)
    main.ui.navigator.setFocus()
    qtbot.keyClick(main.ui.navigator, Qt.Key.Key_Return)
    (window,) = main.strategy_windows
    qtbot.addWidget(window)
    assert window.partnership_id == meeting.partnership_id and window.isVisible()
    qtbot.keyClick(main.ui.navigator, Qt.Key.Key_Return)  # again: the same window comes up, not a second
    assert len(main.strategy_windows) == 1
    assert main.ui.actionStrategy in main.ui.navigator.actions()  # and on the right button
    main.close_workspaces()


def test_the_history_tab_lists_every_change_newest_first(qtbot, demo_store, english, activate):
    main, window, meeting = open_strategy(qtbot, demo_store, activate)
    project = next(p for p in demo_store.find(KeyProject) if p.meeting_id == meeting.id)
    window.projects.model.setData(
        window.projects.model.index(
            next(n for n, p in enumerate(window.projects.model.rows) if p.id == project.id),
            column(window.projects, "progress"),
        ),
        "90",
    )
    qtbot.waitUntil(lambda: window.history.item(0, 4) is not None and window.history.item(0, 4).text() == "Progress %")
    row = [window.history.item(0, c).text() for c in range(7)]
    assert row[3] == project.title and row[5:] == [str(project.progress), "90"]
    assert row[1] == (demo_store.device_name or "this computer") and row[2] == ""
    assert window.history.rowCount() == len(demo_store.find(StrategyChange, partnership_id=meeting.partnership_id))
    main.close_workspaces()
