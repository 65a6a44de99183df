import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from cwd_desktop.domain import Attendance, Meeting, Member, Partnership, Person
from cwd_desktop.gui.meeting_window import MeetingWindow


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    rajcza, ujsoly = store.add_many(
        [Member(partnership_id=p.id, name="Gmina Rajcza"), Member(partnership_id=p.id, name="Gmina Ujsoly")]
    )
    store.add_many(
        [
            Person(partnership_id=p.id, full_name=name, member_id=member)
            for name, member in [
                ("Anna Juroszek", rajcza.id),
                ("Marek Pietraszko", rajcza.id),
                ("Jozef Gacek", ujsoly.id),
                ("Barbara Sikora", ujsoly.id),
                ("Ewa Slezak", None),
                ("Anna Nowak", None),
            ]
        ]
    )
    return store.add(Meeting(partnership_id=p.id, number="1/2026"))


def check_in(qtbot, tab, text):
    tab.search.insert(text)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)


def present(store):
    people = {p.id: p.full_name for p in store.find(Person)}
    return sorted(people[a.person_id] for a in store.find(Attendance) if a.present and a.checked_in_at)


def test_type_ahead_check_in_counts_and_undo(qtbot, store, meeting, english, monkeypatch):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.attendance
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for text in ["juroszek", "Pietr", "gacek", "Ewa"]:
        check_in(qtbot, tab, text)
        assert tab.search.text() == ""
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    check_in(qtbot, tab, "Anna")  # two Annas: nothing happens until more is typed
    assert tab.search.text() == "Anna" and "Anna Juroszek, Anna Nowak" in told[0]
    tab.search.clear()
    monkeypatch.setattr(tab, "ask_affiliation", lambda name: "Gmina Ujsoly")
    check_in(qtbot, tab, "Nowy Uczestnik")  # not on the list: added and checked in
    assert present(store) == ["Anna Juroszek", "Ewa Slezak", "Jozef Gacek", "Marek Pietraszko", "Nowy Uczestnik"]
    newcomer = next(p for p in store.find(Person) if p.full_name == "Nowy Uczestnik")
    assert newcomer.member_id == next(m.id for m in store.find(Member) if m.name == "Gmina Ujsoly")
    assert tab.counts.text() == "Present: 5 people; 2 of 2 members represented"
    window.undo_stack.undo()  # the check-in of the newcomer
    window.undo_stack.undo()  # adding the newcomer
    assert "Nowy Uczestnik" not in present(store)
    assert "Nowy Uczestnik" not in [p.full_name for p in store.find(Person)]
    assert tab.counts.text() == "Present: 4 people; 2 of 2 members represented"
    window.undo_stack.redo()
    assert "Nowy Uczestnik" in [p.full_name for p in store.find(Person)]


def test_double_click_toggles_presence(qtbot, store, meeting, english):
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.attendance
    tab.toggle_row(tab.model.index(0, 0))
    assert len(present(store)) == 1
    tab.toggle_row(tab.model.index(0, 0))
    assert present(store) == [] and store.find(Attendance)[0].present is False


def test_check_in_ignores_diacritics_and_asks_before_a_near_duplicate(qtbot, store, meeting, english, monkeypatch):
    """Typed without Polish letters or capitals, a name still finds its person; a new name close to
    one on the list asks first (yes: that person; no: a new one); a name picked from the list is
    checked in at once and the field is cleared for the next one."""
    p = store.find(Person)[0]
    store.add(Person(partnership_id=p.partnership_id, full_name="Łucja Świerkosz"))
    window = MeetingWindow(store, meeting.id)
    qtbot.addWidget(window)
    tab = window.attendance
    qtbot.keyClicks(tab.search, "swierk")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert present(store) == ["Łucja Świerkosz"] and tab.search.text() == ""
    qtbot.keyClicks(tab.search, "LUCJA")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert present(store) == ["Łucja Świerkosz"]  # the same person: no second one

    asked = []

    def answer(choice):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClicks(tab.search, "Barbra Sikora")  # a typo of Barbara Sikora
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "Barbra Sikora is not on the list, but Barbara Sikora is" in asked[-1]
    assert present(store) == ["Barbara Sikora", "Łucja Świerkosz"]
    assert [x.full_name for x in store.find(Person)].count("Barbra Sikora") == 0

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    monkeypatch.setattr(tab, "ask_affiliation", lambda name: "(nobody / a resident)")
    qtbot.keyClicks(tab.search, "Anna Nowakowska")  # close to Anna Nowak, but another person
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "Anna Nowakowska" in present(store) and "Anna Nowak" not in present(store)

    tab.completer.activated.emit("Marek Pietraszko")  # picked from the list
    assert "Marek Pietraszko" in present(store) and tab.search.text() == ""
