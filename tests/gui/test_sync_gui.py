import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTabWidget

from cwd_desktop.domain import Partnership, Person, SwotItem
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.gui.models.conflicts import ConflictsModel
from cwd_desktop.gui.sync_dialogs import ConflictsDialog
from cwd_desktop.services.demo import load_demo
from cwd_desktop.storage import open_store
from cwd_desktop.sync import devices, service


@pytest.fixture
def two_laptops(tmp_path):
    a = open_store(tmp_path / "a.sqlite3")
    load_demo(a)
    service.export(a, tmp_path / "seed.cwdsync")
    b = open_store(tmp_path / "b.sqlite3")
    service.import_paths(b, [tmp_path / "seed.cwdsync"])
    item = a.find(SwotItem)[0]
    a.update(SwotItem, item.id, text="Tekst z laptopa A")
    b.update(SwotItem, item.id, text="Tekst z laptopa B")
    partnership = a.find(Partnership)[0]
    a.add(Person(partnership_id=partnership.id, full_name="Nowa Osoba"))
    b.add(Person(partnership_id=partnership.id, full_name="nowa osoba"))
    folder = tmp_path / "shared"
    folder.mkdir()
    service.export(a, folder / "a.cwdsync")
    service.export(b, folder / "b.cwdsync")
    yield folder, item.id
    a.close()
    b.close()


def test_import_folder_then_resolve_conflict_and_merge_duplicates(
    qtbot, store, english, two_laptops, monkeypatch, activate
):
    folder, item_id = two_laptops
    window = MainWindow(store)
    qtbot.addWidget(window)
    asked = []

    def accept(_parent, title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", accept)
    before = service.digest(store)
    window.sync.run_import_sync([folder])
    # First what the import would do, package by package; nothing is written until Import.
    qtbot.waitUntil(lambda: window.sync.preview_dialog is not None, timeout=30000)
    preview = window.sync.preview_dialog
    assert service.digest(store) == before and asked == []
    table = preview.table
    assert sorted(table.item(row, 0).text() for row in range(table.rowCount())) == ["a.cwdsync", "b.cwdsync"]
    assert all("a device not accepted here" in table.item(row, 5).text() for row in range(2))
    assert preview.import_button.isEnabled()
    preview.import_button.click()
    qtbot.waitUntil(lambda: window.sync.last_import_dialog is not None, timeout=30000)
    # Both laptops were new here: asked once, naming each with its fingerprint, then imported.
    (question,) = asked
    for name in ("a", "b"):
        with open_store(folder.parent / f"{name}.sqlite3") as laptop:
            assert devices.fingerprint(devices.own_public_key(laptop)) in question
    assert len(devices.accepted_devices(store)) == 2
    assert window.model.rowCount() == 2  # the navigator shows the imported partnerships
    report_text = window.sync.last_import_dialog.findChild(QPlainTextEdit).toPlainText()
    assert "a.cwdsync" in report_text and "b.cwdsync" in report_text
    assert "Likely duplicates (Tools → Conflicts and duplicates, or `cwd-desktop merge`): 1" in report_text
    assert re.search(r"person: Nowa Osoba \[.+\] and nowa osoba \[.+\] \(the same name\)", report_text)

    dialog = ConflictsDialog(store)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.model.rowCount() == 1
    kept = store.get(SwotItem, item_id).text
    assert dialog.model.index(0, 0).data() == f"swot item: {kept}"  # named as people know it, not by its id
    assert dialog.model.index(0, 1).data() == "text"  # the field, by its name ("treść" in Polish)
    assert re.fullmatch(r"\d{1,2}\.\d\d\.\d{4} \d\d:\d\d", dialog.model.index(0, 6).data())  # local time
    dialog.table.selectRow(0)
    dialog._resolve(take_other=True)
    assert store.get(SwotItem, item_id).text != kept
    assert dialog.model.rowCount() == 0
    assert dialog.duplicates.list.count() == 1
    activate(dialog)
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    dialog.duplicates.list.setFocus()
    qtbot.keyClick(dialog.duplicates.list, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Merge, keeping the first
    # (a button's Alt+letter clicks it after a short animation)
    qtbot.waitUntil(
        lambda: [p.full_name for p in store.find(Person) if p.full_name.casefold() == "nowa osoba"] == ["Nowa Osoba"]
    )
    qtbot.keyClick(dialog.duplicates.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone
    assert dialog.duplicates.list.count() == 1
    dialog.duplicates.merge_selected(keep_second=True)
    assert [p.full_name for p in store.find(Person) if p.full_name.casefold() == "nowa osoba"] == ["nowa osoba"]
    assert dialog.duplicates.list.count() == 0 and dialog.duplicates.undo_button.isEnabled()
    dialog.duplicates.undo()  # the merge is undone: both people again, listed again
    assert sorted(p.full_name for p in store.find(Person) if p.full_name.casefold() == "nowa osoba") == [
        "Nowa Osoba",
        "nowa osoba",
    ]
    assert dialog.duplicates.list.count() == 1


def test_new_devices_declined_leave_the_database_as_it_was(qtbot, store, english, two_laptops, monkeypatch):
    folder, _item_id = two_laptops
    window = MainWindow(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    before = service.digest(store)
    window.sync.run_import_sync([folder], preview=False)
    qtbot.waitUntil(lambda: window.sync.last_import_dialog is not None, timeout=30000)
    report_text = window.sync.last_import_dialog.findChild(QPlainTextEdit).toPlainText()
    assert report_text.count("a device not accepted here (fingerprint ") == 2
    assert service.digest(store) == before and devices.accepted_devices(store) == []


def test_export_for_the_coordinator(qtbot, demo_store, english, tmp_path, synchronous_tasks):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.sync.run_export_sync(tmp_path / "out")
    assert (tmp_path / "out.cwdsync").exists()  # the task ran before run_export_sync returned
    with open_store(tmp_path / "check.sqlite3") as fresh:
        service.import_paths(fresh, [tmp_path / "out.cwdsync"])
        assert service.digest(fresh) == service.digest(demo_store)


def test_conflicts_model_columns(store, english):
    model = ConflictsModel(store)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.columnCount() == 7 and model.rowCount() == 0


def test_device_name_is_set_and_shown(qtbot, store, english):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.sync.set_device_name("Laptop moderatora — Rajcza")
    assert store.device_name == "Laptop moderatora — Rajcza"
    assert "device: Laptop moderatora — Rajcza" in window.statusBar().currentMessage()


def test_changes_to_a_signed_meeting_are_shown_aside(qtbot, store, english, tmp_path):
    """The conflicts window lists what an import kept aside for a signed meeting, in full on hover."""
    from cwd_desktop.domain import Meeting, SwotSession
    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import export_minutes

    load_demo(store)
    service.export(store, tmp_path / "start.cwdsync")
    with open_store(tmp_path / "laptop.sqlite3") as laptop:
        service.import_paths(laptop, [tmp_path / "start.cwdsync"])
        meeting = laptop.find(Meeting)[0]
        sessions = {s.id for s in laptop.find(SwotSession, meeting_id=meeting.id)}
        item = next(i for i in laptop.find(SwotItem) if i.session_id in sessions)
        laptop.update(SwotItem, item.id, text="Zmiana po podpisaniu, która nie może wejść")
        service.export(laptop, tmp_path / "laptop.cwdsync")
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    export_minutes(store, meeting.id, tmp_path / "p.pdf", key=key)
    (report,) = service.import_paths(store, [tmp_path / "laptop.cwdsync"], accept_new_devices=True)
    assert len(report.held) == 1 and report.conflicts == []
    dialog = ConflictsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.held.count() == 1
    shown = dialog.held.item(0)
    assert shown.text().startswith(f"Meeting {meeting.number}: swot item: {item.text[:50]}")  # as people know it
    assert ', text = "Zmiana po podpisaniu' in shown.text()
    assert "arrived for a meeting signed here" in shown.text()
    assert "Zmiana po podpisaniu, która nie może wejść" in shown.toolTip()
    assert store.get(SwotItem, item.id).text == item.text


def test_a_half_copied_package_in_the_folder_is_listed_and_the_rest_go_in(
    qtbot, store, english, two_laptops, monkeypatch
):
    folder, _item_id = two_laptops
    whole = (folder / "a.cwdsync").read_bytes()
    (folder / "c.cwdsync").write_bytes(whole[: len(whole) // 3])  # Syncthing still copying it
    (folder / ".syncthing.d.cwdsync.tmp").write_bytes(whole[:100])
    window = MainWindow(store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.sync.run_import_sync([folder], preview=False)
    qtbot.waitUntil(lambda: window.sync.last_import_dialog is not None, timeout=30000)
    report_text = window.sync.last_import_dialog.findChild(QPlainTextEdit).toPlainText()
    assert "c.cwdsync: refused, " in report_text and "nothing was imported" in report_text
    assert ".syncthing" not in report_text
    assert window.model.rowCount() == 2  # both laptops' partnerships came in all the same
