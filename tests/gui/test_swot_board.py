"""The SWOT board, keyboard only: capture, quadrants, votes, merge, undo/redo, projector."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from cwd_desktop.domain import Meeting, Partnership, SwotItem
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.meeting_window import MeetingWindow


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    return store.add(Meeting(partnership_id=p.id, number="1/2026"))


def type_card(qtbot, board, text):
    # QTest types ASCII only; Polish letters arrive as text input, as from a keyboard layout.
    board.capture.insert(text)
    qtbot.keyClick(board.capture, Qt.Key.Key_Return)


def live(store):
    return [i for i in store.find(SwotItem) if i.merged_into is None]


def test_keyboard_capture_votes_merge_undo_redo_and_projector(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window, as for a user
    board = window.board
    window.tabs.setCurrentWidget(board)
    for model in board.models.values():
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    plan = {1: ["Góry", "Szlaki", "Kultura"], 2: ["Drogi", "Transport", "Odpływ młodych"],
            3: ["Fundusze UE", "Turystyka rowerowa", "Praca zdalna"], 4: ["Klimat", "Konkurencja", "Koszty"]}
    for number, texts in plan.items():
        qtbot.keyClick(board, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        for text in texts:
            type_card(qtbot, board, text)
            assert window.focusWidget() is board.capture and board.capture.text() == ""
    assert len(live(store)) == 12
    assert [board.models[q].rowCount() for q in Quadrant] == [3, 3, 3, 3]
    assert board.titles[Quadrant.W].title() == "Weaknesses (3)"
    projector = window.open_projector()
    qtbot.addWidget(projector)
    assert "Odpływ młodych" in projector.panels[Quadrant.W].text()

    strengths = board.views[Quadrant.S]
    strengths.setFocus()
    strengths.setCurrentIndex(board.models[Quadrant.S].index(0))
    for _ in range(3):
        qtbot.keyClick(strengths, Qt.Key.Key_Plus)  # three dots for "Góry"
    strengths.setCurrentIndex(board.models[Quadrant.S].index(1))
    qtbot.keyClick(strengths, Qt.Key.Key_Plus)
    by_text = {i.text: i for i in store.find(SwotItem)}
    assert (by_text["Góry"].votes, by_text["Szlaki"].votes) == (3, 1)
    assert "Góry  (3)" in projector.panels[Quadrant.S].text()

    selection = strengths.selectionModel()
    selection.select(board.models[Quadrant.S].index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(board.models[Quadrant.S].index(1), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(strengths, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    by_text = {i.text: i for i in store.find(SwotItem)}
    assert by_text["Góry"].votes == 4 and by_text["Szlaki"].merged_into == by_text["Góry"].id
    assert board.models[Quadrant.S].rowCount() == 2
    assert window.undo_stack.undoText() == "merge cards"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the merge
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last vote
    by_text = {i.text: i for i in store.find(SwotItem)}
    assert (by_text["Góry"].votes, by_text["Szlaki"].votes, by_text["Szlaki"].merged_into) == (3, 0, None)
    assert board.models[Quadrant.S].rowCount() == 3
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.get(SwotItem, by_text["Szlaki"].id).votes == 1  # redo brings the vote back
    assert "Szlaki  (1)" in projector.panels[Quadrant.S].text()


def test_edit_in_place_and_delete_with_undo(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    board = window.board
    type_card(qtbot, board, "Pierwsza wersja")
    model = board.models[Quadrant.S]
    assert model.setData(model.index(0), "Poprawiona wersja")
    assert store.find(SwotItem)[0].text == "Poprawiona wersja"
    view = board.views[Quadrant.S]
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.find(SwotItem) == [] and model.rowCount() == 0
    assert window.undo_stack.undoText() == "delete cards"
    window.undo_stack.undo()
    assert [i.text for i in store.find(SwotItem)] == ["Poprawiona wersja"] and model.rowCount() == 1
    window.undo_stack.undo()
    assert store.find(SwotItem)[0].text == "Pierwsza wersja"


def test_a_signed_meeting_is_read_only(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    type_card(qtbot, window.board, "Przed podpisem")
    store.update(Meeting, meeting.id, status="signed")
    signed = MeetingWindow(store, meeting.id)
    qtbot.addWidget(signed)
    assert "read-only" in signed.windowTitle()
    assert not signed.board.capture.isEnabled()
    model = signed.board.models[Quadrant.S]
    assert not (model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable)
    view = signed.board.views[Quadrant.S]
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert store.find(SwotItem)[0].votes == 0
