"""A moderator's morning with the keyboard only: from the main window, a new meeting; five people
checked in; twelve SWOT cards across the quadrants; votes; a merge; a TOWS strategy; a goal with
an indicator; undo twice, redo once. Then: what does the database hold?

The one modal dialog (the new meeting's number) is answered as Enter would: with its default."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from cwd_desktop.domain import Attendance, Goal, Indicator, Meeting, SwotItem, SwotSession, TowsLink, TowsStrategy
from cwd_desktop.domain.choices import Quadrant, TowsType
from cwd_desktop.gui.main_window import MainWindow

MOD = Qt.KeyboardModifier
CTRL, ALT, SHIFT = MOD.ControlModifier, MOD.AltModifier, MOD.ShiftModifier
CARDS = {
    Qt.Key.Key_1: ["Mountains", "Bike trails", "Culture"],
    Qt.Key.Key_2: ["Roads", "Buses", "Young leave"],
    Qt.Key.Key_3: ["EU funds", "Cycling boom", "Remote work"],
    Qt.Key.Key_4: ["Climate", "Competition", "Costs"],
}


def test_a_morning_with_the_keyboard_only(qtbot, demo_store, english, monkeypatch, activate):
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, label, text="", **k: (text, True))
    main = MainWindow(demo_store)
    qtbot.addWidget(main)
    activate(main)

    def press(key, modifiers=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)

    def type_text(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    # The first partnership is selected; Ctrl+Shift+N makes a meeting and opens its workspace.
    main.ui.navigator.setFocus()
    press(Qt.Key.Key_N, CTRL | SHIFT)
    window = main.meeting_windows[-1]
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    meeting = demo_store.get(Meeting, window.meeting_id)
    assert meeting.date == dt.date.today()

    press(Qt.Key.Key_A, ALT)  # Attendance: the cursor is in the check-in line
    assert QApplication.focusWidget() is window.attendance.search
    for name in ["Kubiak", "Juroszek", "Pietraszko", "Gacek", "Sikora"]:
        type_text(name)
        press(Qt.Key.Key_Return)
    assert window.attendance.counts.text().startswith("Present: 5 people")

    press(Qt.Key.Key_S, ALT)  # SWOT: the cursor is in the capture line
    for quadrant_key, texts in CARDS.items():
        press(quadrant_key, CTRL)
        for text in texts:
            type_text(text)
            press(Qt.Key.Key_Return)
    board = window.board
    assert [board.models[q].rowCount() for q in Quadrant] == [3, 3, 3, 3]

    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_Down)  # into the strengths, on the newest card ("Culture")
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)  # "Mountains"
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Plus)
    press(Qt.Key.Key_Down)  # "Bike trails"
    press(Qt.Key.Key_4)
    press(Qt.Key.Key_Return)  # four dots counted in the hall
    press(Qt.Key.Key_Up, SHIFT)  # "Mountains" and "Bike trails" selected: the same thing twice
    press(Qt.Key.Key_M, CTRL)

    press(Qt.Key.Key_T, ALT)  # TOWS and goals: the cursor is in the goal line
    press(Qt.Key.Key_Y, ALT)  # the strategy type
    press(Qt.Key.Key_Tab)
    type_text("Bike tourism with EU funds")
    press(Qt.Key.Key_Return)  # the strategy is added; the cursor goes to the items it may pair
    press(Qt.Key.Key_Space)  # the first strength
    for _ in range(2):
        press(Qt.Key.Key_Down)  # past "Culture"... to "EU funds"
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_L, ALT)  # the goal level
    press(Qt.Key.Key_Tab)
    type_text("An attractive area all year")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_N, ALT)  # Indicators of the selected (new) goal: the cursor is in their line
    type_text("Visitors per year")
    press(Qt.Key.Key_Return)
    goals_tab = window.goals
    qtbot.waitUntil(lambda: goals_tab.details.indicators.model.rowCount() == 1)

    press(Qt.Key.Key_Z, CTRL)  # the indicator goes
    press(Qt.Key.Key_Z, CTRL)  # the goal goes
    press(Qt.Key.Key_Z, CTRL | SHIFT)  # the goal comes back

    session = demo_store.find(SwotSession, meeting_id=meeting.id)[0]
    present = demo_store.find(Attendance, meeting_id=meeting.id, present=True)
    assert len(present) == 5
    cards = {i.text: i for i in demo_store.find(SwotItem, session_id=session.id)}
    assert len(cards) == 12
    assert cards["Mountains"].votes == 6 and cards["Bike trails"].merged_into == cards["Mountains"].id
    assert sum(1 for c in cards.values() if c.merged_into is None) == 11
    (strategy,) = demo_store.find(TowsStrategy, session_id=session.id)
    assert (strategy.kind, strategy.text) == (TowsType.SO, "Bike tourism with EU funds")
    links = demo_store.find(TowsLink, strategy_id=strategy.id)
    paired = {demo_store.get(SwotItem, link.swot_item_id).text for link in links}
    assert paired == {"Mountains", "EU funds"}
    (goal,) = demo_store.find(Goal, meeting_id=meeting.id)  # agreed in this meeting, for the partnership
    assert (goal.title, goal.partnership_id) == ("An attractive area all year", meeting.partnership_id)
    assert goal.code == "3"  # after the partnership's two strategic goals agreed at 3/2026
    assert demo_store.find(Indicator, goal_id=goal.id) == []
    assert [i.name for i in demo_store.find(Indicator, goal_id=goal.id, include_deleted=True)] == ["Visitors per year"]
    assert window.undo_stack.undoText() == "add goal" and window.undo_stack.redoText() == "add indicator"


def test_the_polish_window_s_letters_go_where_their_labels_say(qtbot, demo_store, monkeypatch, activate, qapp):
    """In Polish: Alt+S from the details tab goes to the SWOT board (it once focused the minute-taker
    field, and the next letters typed changed who took the minutes), Alt+O to attendance, and
    what is typed there lands in the check-in line, not in a field of another tab."""
    from cwd_desktop.gui import i18n
    from cwd_desktop.gui.meeting_window import MeetingWindow

    i18n.install(qapp, "pl")
    try:
        meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
        taker = meeting.minute_taker_id
        window = MeetingWindow(demo_store, meeting.id)
        qtbot.addWidget(window)
        activate(window)
        window.tabs.setCurrentIndex(0)
        window.agenda.setFocus()
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S, ALT)
        assert window.tabs.currentWidget() is window.board
        qtbot.keyClicks(QApplication.focusWidget(), "swierk")
        assert demo_store.get(Meeting, meeting.id).minute_taker_id == taker
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, ALT)
        assert QApplication.focusWidget() is window.attendance.search
        qtbot.keyClicks(QApplication.focusWidget(), "swierk")
        assert window.attendance.search.text() == "swierk"
        assert demo_store.get(Meeting, meeting.id).minute_taker_id == taker
    finally:
        i18n.install(qapp, "en")
