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


def test_keyboard_capture_votes_merge_undo_redo_and_projector(qtbot, store, meeting, english, activate):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)  # shortcuts work in the active window, as for a user
    board = window.board
    window.tabs.setCurrentWidget(board)
    for model in board.models.values():
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    plan = {
        1: ["Góry", "Szlaki", "Kultura"],
        2: ["Drogi", "Transport", "Odpływ młodych"],
        3: ["Fundusze UE", "Turystyka rowerowa", "Praca zdalna"],
        4: ["Klimat", "Konkurencja", "Koszty"],
    }
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
    assert "Odpływ młodych (0)" in projector.canvas.shown(Quadrant.W)

    strengths = board.views[Quadrant.S]
    strengths.setFocus()
    strengths.setCurrentIndex(board.models[Quadrant.S].index(0, 0))
    for _ in range(3):
        qtbot.keyClick(strengths, Qt.Key.Key_Plus)  # three dots for "Góry"
    strengths.setCurrentIndex(board.models[Quadrant.S].index(1, 0))
    qtbot.keyClick(strengths, Qt.Key.Key_Plus)
    by_text = {i.text: i for i in store.find(SwotItem)}
    assert (by_text["Góry"].votes, by_text["Szlaki"].votes) == (3, 1)
    assert "Góry (3)" in projector.canvas.shown(Quadrant.S)

    selection = strengths.selectionModel()
    selection.select(board.models[Quadrant.S].index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(board.models[Quadrant.S].index(1, 0), QItemSelectionModel.SelectionFlag.Select)
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
    assert "Szlaki (1)" in projector.canvas.shown(Quadrant.S)


def test_edit_in_place_and_delete_with_undo(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    board = window.board
    type_card(qtbot, board, "Pierwsza wersja")
    model = board.models[Quadrant.S]
    assert model.setData(model.index(0, 0), "Poprawiona wersja")
    assert store.find(SwotItem)[0].text == "Poprawiona wersja"
    view = board.views[Quadrant.S]
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.find(SwotItem) == [] and model.rowCount() == 0
    assert window.undo_stack.undoText() == "delete cards"
    window.undo_stack.undo()
    assert [i.text for i in store.find(SwotItem)] == ["Poprawiona wersja"] and model.rowCount() == 1
    window.undo_stack.undo()
    assert store.find(SwotItem)[0].text == "Pierwsza wersja"


def test_a_signed_meeting_is_read_only(qtbot, store, meeting, english, mark_signed):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    type_card(qtbot, window.board, "Przed podpisem")
    mark_signed(store, meeting.id)
    signed = MeetingWindow(store, meeting.id)
    qtbot.addWidget(signed)
    assert "read-only" in signed.windowTitle()
    assert not signed.board.capture.isEnabled()
    model = signed.board.models[Quadrant.S]
    assert not (model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    view = signed.board.views[Quadrant.S]
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert store.find(SwotItem)[0].votes == 0


def texts(board, quadrant):
    model = board.models[quadrant]
    return [model.items[row].text for row in range(model.rowCount())]


def test_drag_and_drop_keyboard_moves_and_sorting(qtbot, store, meeting, english, activate):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    board = window.board
    for text in ["A", "B", "C"]:
        type_card(qtbot, board, text)
    board.choose_quadrant(Quadrant.W)
    type_card(qtbot, board, "X")
    strengths, weaknesses = board.models[Quadrant.S], board.models[Quadrant.W]
    QAbstractItemModelTester(strengths, QAbstractItemModelTester.FailureReportingMode.Fatal)

    # Drag "C" to the top of its quadrant, as a view's drop does.
    data = strengths.mimeData([strengths.index(2, 0)])
    assert strengths.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, strengths.index(-1, 0))
    assert texts(board, Quadrant.S) == ["C", "A", "B"]
    assert [i.text for i in sorted(store.find(SwotItem, quadrant="S"), key=lambda i: i.position)] == ["C", "A", "B"]
    # Drag "A" into the weaknesses, after "X".
    data = strengths.mimeData([strengths.index(1, 0)])
    assert weaknesses.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, weaknesses.index(-1, 0))
    assert texts(board, Quadrant.S) == ["C", "B"] and texts(board, Quadrant.W) == ["X", "A"]
    assert store.find(SwotItem, text="A")[0].quadrant is Quadrant.W
    assert board.titles[Quadrant.W].title() == "Weaknesses (2)"
    window.undo_stack.undo()
    assert texts(board, Quadrant.S) == ["C", "A", "B"] and texts(board, Quadrant.W) == ["X"]

    view = board.views[Quadrant.S]
    view.setFocus()
    view.setCurrentIndex(strengths.index(0, 0))
    board.move_current(+1)  # Alt+Down
    assert texts(board, Quadrant.S) == ["A", "C", "B"] and view.currentIndex().row() == 1
    view.setCurrentIndex(strengths.index(2, 0))
    view.selectionModel().select(strengths.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    board.move_selected_to(Quadrant.O)  # Ctrl+Shift+3
    assert store.find(SwotItem, text="B")[0].quadrant is Quadrant.O

    # Typing the number counted in the hall, then sorting the quadrant by votes.
    view.setCurrentIndex(strengths.index(1, 0))  # "C"
    for key in (Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(view, key)
    assert "Votes: 12" in board.feeds.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert store.find(SwotItem, text="C")[0].votes == 12
    board.views[Quadrant.W].setFocus()
    board.sort_by_votes()  # Ctrl+Shift+V, from another quadrant: the whole board is sorted
    assert texts(board, Quadrant.S) == ["C", "A"]
    assert window.undo_stack.undoText() == "sort by votes"
    window.undo_stack.undo()  # one step for the board
    assert texts(board, Quadrant.S) == ["A", "C"]


def test_theme_tags_colours_and_filter(qtbot, store, meeting, english, monkeypatch, activate):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QInputDialog

    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    board = window.board
    type_card(qtbot, board, "Szlaki rowerowe #turystyka")
    type_card(qtbot, board, "Dobre szkoły")
    type_card(qtbot, board, "Zabytki #turystyka")
    assert [(i.text, i.theme) for i in store.find(SwotItem, order_by="position")] == [
        ("Szlaki rowerowe", "turystyka"),
        ("Dobre szkoły", ""),
        ("Zabytki", "turystyka"),
    ]
    model, view = board.models[Quadrant.S], board.views[Quadrant.S]
    colour = model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(colour, QColor) and colour == model.index(2, 0).data(Qt.ItemDataRole.DecorationRole)
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole).alpha() == 0

    view.setFocus()
    view.selectionModel().select(model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("edukacja", True))
    board.ask_theme()  # Ctrl+G
    assert store.find(SwotItem, text="Dobre szkoły")[0].theme == "edukacja"
    assert [board.theme_filter.itemText(n) for n in range(board.theme_filter.count())] == [
        "All themes",
        "turystyka",
        "edukacja",
    ]

    board.theme_filter.setCurrentIndex(board.theme_filter.findData("turystyka"))
    assert [view.isRowHidden(row) for row in range(3)] == [False, True, False]
    type_card(qtbot, board, "Basen #sport")  # a new card of another theme is hidden at once
    assert view.isRowHidden(3)
    board.theme_filter.setCurrentIndex(0)
    assert not any(view.isRowHidden(row) for row in range(4))


def test_selecting_in_one_quadrant_clears_the_other_of_its_side(qtbot, store, meeting, english):
    """What is seen selected is what Ctrl+T, Ctrl+M and Del act on: selecting strengths clears the
    weaknesses (an opportunity may stay selected, to pair with it)."""
    from cwd_desktop.domain import SwotSession

    session = store.add(SwotSession(meeting_id=meeting.id))
    for quadrant, text in [("S", "Góry"), ("S", "Lasy"), ("W", "Drogi"), ("O", "Fundusze UE")]:
        store.add(SwotItem(session_id=session.id, quadrant=quadrant, text=text))
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    board = window.board
    strengths, weaknesses = board.views[Quadrant.S], board.views[Quadrant.W]
    flags = QItemSelectionModel.SelectionFlag.Select
    opportunities = board.views[Quadrant.O]
    weaknesses.selectionModel().select(weaknesses.model().index(0, 0), flags)
    opportunities.selectionModel().select(opportunities.model().index(0, 0), flags)
    strengths.selectionModel().select(strengths.model().index(0, 0), flags)
    strengths.selectionModel().select(strengths.model().index(1, 0), flags)
    assert not weaknesses.selectionModel().hasSelection() and opportunities.selectionModel().hasSelection()
    assert len(strengths.selectionModel().selectedIndexes()) == 2 and board.last_view is strengths
    board.delete_selected(board.focused_view())
    assert sorted(i.text for i in store.find(SwotItem)) == ["Drogi", "Fundusze UE"]  # the two strengths only


def test_undo_from_another_tab_shows_what_it_undoes(qtbot, store, meeting, english, activate):
    """Ctrl+Z on the details tab undoes the card just added on the SWOT tab: the SWOT tab comes up
    and the status bar names the edit, instead of a silent change elsewhere."""
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    window.tabs.setCurrentWidget(window.board)
    window.board.capture.setFocus()
    type_card(qtbot, window.board, "Walory krajobrazowe")
    assert [i.text for i in live(store)] == ["Walory krajobrazowe"]
    window.tabs.setCurrentWidget(window.agenda)
    window.undo_stack.undo()
    assert live(store) == []
    assert window.tabs.currentWidget() is window.board
    assert window.statusBar().currentMessage().startswith("Undone: ")
    window.tabs.setCurrentWidget(window.agenda)
    window.undo_stack.redo()
    assert window.tabs.currentWidget() is window.board and [i.text for i in live(store)] == ["Walory krajobrazowe"]
