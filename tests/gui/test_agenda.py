import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from cwd_desktop.domain import AgendaItem, Meeting, Partnership
from cwd_desktop.gui.meeting_window import MeetingWindow


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    return store.add(Meeting(partnership_id=p.id, number="1/2026"))


def titles(store):
    return [i.title for i in store.find(AgendaItem, order_by="position")]


def test_agenda_points_notes_reorder_and_details(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.agenda
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for title in ["Otwarcie", "Analiza SWOT", "Wolne wnioski"]:
        tab.new_point.insert(title)
        qtbot.keyClick(tab.new_point, Qt.Key.Key_Return)
    assert titles(store) == ["Otwarcie", "Analiza SWOT", "Wolne wnioski"]
    assert tab.model.index(2).data() == "3. Wolne wnioski"

    tab.list.setCurrentIndex(tab.model.index(1))
    tab.notes.insertPlainText("Uczestnicy pracowali w trzech grupach.")
    tab.list.setCurrentIndex(tab.model.index(0))  # moving on saves the notes at once
    assert store.find(AgendaItem, title="Analiza SWOT")[0].notes == "Uczestnicy pracowali w trzech grupach."

    tab.list.setCurrentIndex(tab.model.index(2))
    tab.move_current(-1)
    assert titles(store) == ["Otwarcie", "Wolne wnioski", "Analiza SWOT"]
    assert tab.model.index(1).data() == "2. Wolne wnioski"
    window.undo_stack.undo()
    assert titles(store) == ["Otwarcie", "Analiza SWOT", "Wolne wnioski"]

    tab.form.edits["title"].setText("Warsztat strategiczny")
    tab.form.save("title")
    assert store.get(Meeting, meeting.id).title == "Warsztat strategiczny"
    assert window.undo_stack.undoText() == "edit meeting details"
    window.undo_stack.undo()
    assert store.get(Meeting, meeting.id).title == "" and tab.form.edits["title"].text() == ""

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    tab.form.edits["number"].setText("")
    tab.form.save("number")  # refused by validation: the field shows the stored number again
    assert store.get(Meeting, meeting.id).number == "1/2026" and tab.form.edits["number"].text() == "1/2026"
    assert "number must not be empty" in warnings[0]


def test_notes_are_saved_a_moment_after_typing(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.agenda
    tab.new_point.insert("Otwarcie")
    qtbot.keyClick(tab.new_point, Qt.Key.Key_Return)
    tab.list.setCurrentIndex(tab.model.index(0))
    tab.notes.insertPlainText("Kworum stwierdzono.")
    qtbot.waitUntil(lambda: store.find(AgendaItem)[0].notes == "Kworum stwierdzono.", timeout=3000)
