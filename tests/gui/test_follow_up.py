import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QMessageBox

from cwd_desktop.domain import ActionItem, ConsultationRemark, Meeting, Partnership, Person
from cwd_desktop.domain.choices import ActionStatus, MeetingKind, RemarkResponse
from cwd_desktop.gui.meeting_window import MeetingWindow


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    store.add(Person(partnership_id=p.id, full_name="Anna Nowak"))
    return store.add(Meeting(partnership_id=p.id, number="1/2026"))


def column(table, field):
    return next(n for n, c in enumerate(table.model.columns) if c.field == field)


def test_action_items_are_added_edited_deleted_and_undone(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    table = window.action_items
    QAbstractItemModelTester(table.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for what in ["Przygotować mapę tras", "Zebrać ankiety"]:
        table.capture["what"].insert(what)
        qtbot.keyClick(table.capture["what"], Qt.Key.Key_Return)
    assert [a.what for a in store.find(ActionItem, order_by="position")] == ["Przygotować mapę tras", "Zebrać ankiety"]
    assert table.model.rowCount() == 2

    model = table.model
    assert model.setData(model.index(0, column(table, "due_date")), "31.12.2026")
    assert model.setData(model.index(0, column(table, "status")), "in_progress")
    person = store.find(Person)[0]
    assert model.setData(model.index(0, column(table, "owner_person_id")), person.id)
    first = store.find(ActionItem, order_by="position")[0]
    assert (first.due_date, first.status, first.owner_person_id) == (
        dt.date(2026, 12, 31),
        ActionStatus.IN_PROGRESS,
        person.id,
    )
    assert model.index(0, column(table, "owner_person_id")).data() == "Anna Nowak"
    assert model.index(0, column(table, "status")).data() == "in progress"
    assert window.undo_stack.undoText() == "edit action item"

    table.table.selectRow(1)
    table.delete_selected()
    assert [a.what for a in store.find(ActionItem)] == ["Przygotować mapę tras"] and model.rowCount() == 1
    window.undo_stack.undo()
    assert model.rowCount() == 2 and len(store.find(ActionItem)) == 2
    window.undo_stack.undo()  # the owner
    window.undo_stack.undo()  # the status
    assert store.get(ActionItem, first.id).status is ActionStatus.OPEN


def test_a_cell_chooses_from_a_list_and_a_bad_value_is_refused(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    table = window.action_items
    table.capture["what"].insert("Zadanie")
    qtbot.keyClick(table.capture["what"], Qt.Key.Key_Return)
    index = table.model.index(0, column(table, "status"))
    editor = table.table.itemDelegate().createEditor(table.table.viewport(), None, index)
    assert isinstance(editor, QComboBox) and editor.count() == len(ActionStatus)
    editor.setCurrentIndex(editor.findData("done"))
    table.table.itemDelegate().setModelData(editor, table.model, index)
    assert store.find(ActionItem)[0].status is ActionStatus.DONE

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    table.model.setData(table.model.index(0, column(table, "due_date")), "jutro")
    assert store.find(ActionItem)[0].due_date is None
    assert "cannot take the value 'jutro'" in warnings[0]


def test_remarks_need_an_author_and_a_justification_when_rejected(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    table = window.remarks
    table.capture["author_group"].insert("Mieszkańcy sołectwa Zwardoń")
    qtbot.keyClick(table.capture["author_group"], Qt.Key.Key_Return)  # moves on to the remark
    assert not store.find(ConsultationRemark)
    table.capture["text"].insert("Więcej kursów w weekendy")
    qtbot.keyClick(table.capture["text"], Qt.Key.Key_Return)
    remark = store.find(ConsultationRemark)[0]
    assert (remark.author_group, remark.text) == ("Mieszkańcy sołectwa Zwardoń", "Więcej kursów w weekendy")

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    model = table.model
    model.setData(model.index(0, column(table, "response")), "rejected")
    assert store.get(ConsultationRemark, remark.id).response is RemarkResponse.PENDING
    assert "needs a justification" in warnings[0]
    model.setData(model.index(0, column(table, "justification")), "Brak środków w budżecie.")
    model.setData(model.index(0, column(table, "response")), "rejected")
    assert store.get(ConsultationRemark, remark.id).response is RemarkResponse.REJECTED
    model.setData(model.index(0, column(table, "subject_ref")), "Rozdział 3")  # a section, typed
    assert model.index(0, column(table, "subject_ref")).data() == "Rozdział 3"


def test_meeting_details_kind_date_times_and_chair(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.agenda
    tab.form.edits["date"].setText("12.3.2026")
    tab.form.save("date")
    tab.form.edits["start_time"].setText("9.30")
    tab.form.save("start_time")
    tab.form.choices["kind"].setCurrentIndex(tab.form.choices["kind"].findData("debate"))
    tab.form.save("kind")
    person = store.find(Person)[0]
    tab.form.choices["chair_id"].setCurrentIndex(tab.form.choices["chair_id"].findData(person.id))
    tab.form.save("chair_id")
    saved = store.get(Meeting, meeting.id)
    assert (saved.date, saved.start_time, saved.kind, saved.chair_id) == (
        dt.date(2026, 3, 12),
        dt.time(9, 30),
        MeetingKind.DEBATE,
        person.id,
    )
    assert tab.form.edits["date"].text() == "2026-03-12"

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    tab.form.edits["end_time"].setText("8:00")
    tab.form.save("end_time")  # before the start: refused, the field shows the stored value again
    assert store.get(Meeting, meeting.id).end_time is None and tab.form.edits["end_time"].text() == ""
    assert "cannot end before it starts" in warnings[0]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert store.get(Meeting, meeting.id).kind is MeetingKind.STRATEGIC_WORKSHOP
    assert tab.form.choices["kind"].currentData() == "strategic_workshop"


def test_tab_leaves_a_table_after_saving_the_cell(qtbot, store, meeting, english, activate):
    """Typed into a cell, Tab saves it and leaves the table, as from a field; it never moves on to
    the next cell, where the next typed keys would land in another field."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    activate(window)
    window.tabs.setCurrentWidget(window.action_items)
    table = window.action_items
    table.capture["what"].insert("Przygotować mapę tras")
    qtbot.keyClick(table.capture["what"], Qt.Key.Key_Return)
    view = table.table
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, column(table, "what")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Mapa tras rowerowych")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert store.find(ActionItem)[0].what == "Mapa tras rowerowych"
    assert view.state() != QAbstractItemView.State.EditingState
    assert not view.hasFocus() and QApplication.focusWidget() is not view
    qtbot.keyClicks(QApplication.focusWidget(), "x")  # lands outside the table
    assert store.find(ActionItem)[0].what == "Mapa tras rowerowych"
    assert [a.owner_person_id for a in store.find(ActionItem)] == [None]


def test_the_text_column_takes_the_room(qtbot, store, meeting, english):
    """What the task is gets the width; a status or a date is as wide as its content."""
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.tabs.setCurrentWidget(window.action_items)
    table = window.action_items
    table.capture["what"].insert("Przygotować mapę tras rowerowych dla całego obszaru partnerstwa")
    qtbot.keyClick(table.capture["what"], Qt.Key.Key_Return)
    header = table.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(table.model.columnCount())]
    assert widths[column(table, "what")] == max(widths) and widths[column(table, "what")] > 400
    assert widths[column(table, "status")] < 250
    window.tabs.setCurrentWidget(window.remarks)
    remarks = window.remarks.table.horizontalHeader()
    widths = [remarks.sectionSize(c) for c in range(window.remarks.model.columnCount())]
    assert widths[column(window.remarks, "text")] == max(widths)  # the remark, not its author


@pytest.fixture
def polish(qapp):
    from cwd_desktop.gui import i18n

    i18n.install(qapp, "pl")
    yield
    i18n.install(qapp, "en")


def test_a_refusal_from_the_core_reaches_a_polish_user_in_polish(qtbot, store, meeting, polish, monkeypatch):
    """A core error in the Polish window: in Polish, and naming the field as its column does."""
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    table = window.action_items
    table.capture["what"].insert("Zadanie")
    qtbot.keyClick(table.capture["what"], Qt.Key.Key_Return)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    table.model.setData(table.model.index(0, column(table, "due_date")), "pojutrze")
    header = table.model.columns[column(table, "due_date")].header.replace("&", "")
    assert warnings == [f"Pole „{header}” nie może przyjąć wartości „pojutrze”."]
    assert store.find(ActionItem)[0].due_date is None

    # a signed meeting refuses in Polish too (the storage's lock, not a check of the window)
    with store.transaction():
        store.db.execute("UPDATE meeting SET status = 'signed' WHERE id = ?", [meeting.id])
    table.model.setData(table.model.index(0, column(table, "what")), "Inne zadanie")
    assert warnings[-1].startswith("Spotkanie 1/2026 jest podpisane i nie można go już zmieniać")
    assert store.find(ActionItem)[0].what == "Zadanie"
