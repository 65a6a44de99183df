"""Partnerships, meetings, recent databases and the language setting, from the main window."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cwd_desktop import settings
from cwd_desktop.domain import Meeting, Member, Partnership, Person
from cwd_desktop.domain.choices import MemberKind
from cwd_desktop.gui import i18n
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.storage import open_store


def test_new_partnership_members_people_and_csv_import(qtbot, store, english, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window = MainWindow(store)
    qtbot.addWidget(window)
    editor = window.new_partnership("Partnerstwo Doliny Soły")
    qtbot.addWidget(editor)
    assert [p.name for p in store.find(Partnership)] == ["Partnerstwo Doliny Soły"]
    assert window.model.index(0, 0).data() == "Partnerstwo Doliny Soły"

    editor.form.edits["lead_organisation"].setText("Gmina Rajcza")
    editor.form.save("lead_organisation")
    editor.form.choices["voivodeship"].setCurrentIndex(editor.form.choices["voivodeship"].findData("slaskie"))
    editor.form.save("voivodeship")
    saved = store.find(Partnership)[0]
    assert (saved.lead_organisation, saved.voivodeship.value) == ("Gmina Rajcza", "slaskie")

    for name in ["Gmina Rajcza", "Gmina Milówka"]:
        editor.members.capture["name"].insert(name)
        qtbot.keyClick(editor.members.capture["name"], Qt.Key.Key_Return)
    members = editor.members.model
    members.setData(members.index(0, 1), "urban_rural_gmina")
    assert store.find(Member, name="Gmina Rajcza")[0].kind is MemberKind.URBAN_RURAL_GMINA
    assert members.index(0, 1).data() == "urban-rural municipality"

    csv = tmp_path / "osoby.csv"
    csv.write_text("name;role;affiliation\nAnna Nowak;moderator;\nJan Kowalski;;Gmina Milówka\n", encoding="utf-8")
    assert editor.import_csv(csv) == 2
    jan = store.find(Person, full_name="Jan Kowalski")[0]
    assert jan.member_id == store.find(Member, name="Gmina Milówka")[0].id
    assert editor.people.model.rowCount() == 2
    editor.undo_stack.undo()  # the whole import at once
    assert not store.find(Person) and editor.people.model.rowCount() == 0
    editor.undo_stack.redo()
    assert len(store.find(Person)) == 2

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    bad = tmp_path / "zle.csv"
    bad.write_text("name;email\nOla;not-an-address\n", encoding="utf-8")
    assert editor.import_csv(bad) == 0
    assert "not an e-mail address" in warnings[0] and len(store.find(Person)) == 2

    editor.people.table.selectRow(0)
    editor.people.delete_selected()
    assert len(store.find(Person)) == 1
    editor.undo_stack.undo()
    assert len(store.find(Person)) == 2


def test_new_meeting_gets_the_next_number_and_opens(qtbot, demo_store, english, monkeypatch):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.ui.navigator.setCurrentIndex(window.model.index(0, 0))  # Aglomeracja Beskidzka
    asked = []

    def answer(parent, title, label, text=""):
        asked.append(text)
        return text, True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", answer)
    window.ask_new_meeting()
    year = dt.date.today().year
    partnership = demo_store.find(Partnership, name="Partnerstwo Aglomeracji Beskidzkiej")[0]
    numbers = sorted(m.number for m in demo_store.find(Meeting, partnership_id=partnership.id))
    assert asked == [f"{4 if year == 2026 else 1}/{year}"] and asked[0] in numbers
    meeting_window = window.meeting_windows[-1]
    qtbot.addWidget(meeting_window)
    assert meeting_window.windowTitle() == f"Meeting {asked[0]}"
    assert window.selected()[0] == "meeting"


def test_recent_databases_and_switching(qtbot, store, english, monkeypatch, tmp_path):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    other = tmp_path / "inna.sqlite3"
    open_store(other).close()
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened):
        window.database.switch_to(other)
    assert window.store.path == other
    window.database.fill_recent()
    actions = [a for a in window.ui.menuRecent.actions() if a.isEnabled()]
    assert len(actions) == 1 and store.path.name in actions[0].text()
    with qtbot.waitSignal(window.opened):
        actions[0].trigger()
    assert window.store.path == store.path
    assert settings.load()["recent"][:2] == [str(store.path.resolve()), str(other.resolve())]


def test_language_chosen_in_settings(qtbot, demo_store, qapp, english):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    try:
        window.apply_language("pl")
        assert window.ui.menuFile.title() == "&Plik" and settings.load()["language"] == "pl"
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Partnerstwo / spotkanie"
        window.apply_language("en")
        assert window.ui.menuFile.title() == "&File"
    finally:
        i18n.install(qapp, "en")


def test_a_broken_settings_file_means_defaults(tmp_path):
    settings._file().parent.mkdir(parents=True, exist_ok=True)
    settings._file().write_text("{not json", encoding="utf-8")
    assert settings.load() == settings.DEFAULTS
    settings._file().write_text('{"language": 5, "recent": "x"}', encoding="utf-8")
    assert settings.load() == settings.DEFAULTS
