"""The main window and the sync engine's folders: the moderator's outbox written when a meeting's
window closes and when the program closes; the coordinator's inbox counted on a badge, or imported
at once in the background; the conflicts that wait, on a badge."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cwd_desktop import settings
from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.gui import i18n
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.storage import open_store
from cwd_desktop.sync import devices, service
from cwd_desktop.sync.outbox import write_outbox


def laptop_in(tmp_path, folder, name="laptop", text="Góry"):
    """A laptop's package in the folder, as its outbox writes it; (device id, name, key)."""
    with open_store(tmp_path / f"{name}.sqlite3") as laptop:
        p = laptop.add(Partnership(name=f"Partnerstwo {name}"))
        meeting = laptop.add(Meeting(partnership_id=p.id, number="1/2026"))
        session = laptop.add(SwotSession(meeting_id=meeting.id))
        laptop.add(SwotItem(session_id=session.id, quadrant="S", text=text))
        write_outbox(laptop, folder)
        return laptop.device_id, laptop.device_name, devices.own_public_key(laptop)


def test_the_outbox_is_written_when_a_meeting_window_closes_and_when_the_program_closes(
    qtbot, demo_store, english, tmp_path, synchronous_tasks
):
    outbox = tmp_path / "Do koordynatora"
    outbox.mkdir()
    settings.set_value("outbox", str(outbox))
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert window.folders.hourly.isActive()
    window.select(demo_store.find(Meeting)[0].id)
    meeting_window = window.open_meeting()
    assert list(outbox.iterdir()) == []
    meeting_window.close()
    written = sorted(p.name for p in outbox.iterdir())
    assert len(written) == len(demo_store.find(Partnership)) and all(n.endswith(".cwdsync") for n in written)
    assert "Packages for the coordinator written: " in window.statusBar().currentMessage()
    before = {p.name: p.stat().st_mtime_ns for p in outbox.iterdir()}
    window.folders.write_outbox()  # the hour struck, nothing changed: nothing written
    assert {p.name: p.stat().st_mtime_ns for p in outbox.iterdir()} == before
    demo_store.update(Partnership, demo_store.find(Partnership)[0].id, description="Zmiana przed zamknięciem")
    path = demo_store.path
    window.close()  # the program closes: the changed partnership's package is written on the spot
    changed = [p.name for p in outbox.iterdir() if before.get(p.name) != p.stat().st_mtime_ns]
    assert len(changed) == 1
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        service.import_paths(coordinator, [outbox / changed[0]], accept_new_devices=True)
        assert [p.description for p in coordinator.find(Partnership)] == ["Zmiana przed zamknięciem"]
    assert path.exists()


def test_new_packages_in_the_inbox_show_a_badge_that_imports_them(
    qtbot, qapp, store, english, tmp_path, synchronous_tasks
):
    inbox = tmp_path / "Syncthing"
    inbox.mkdir()
    settings.set_value("inboxes", [str(inbox)])
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert not window.folders.inbox_badge.isVisible()
    laptop_in(tmp_path, inbox, "rajcza")
    laptop_in(tmp_path, inbox, "ujsoly", "Lasy")
    service_settle(window)
    window.folders.look()
    assert window.folders.inbox_badge.text() == "2 new package(s)" and not window.folders.inbox_badge.isHidden()
    assert store.find(Partnership) == []  # counted, not imported
    i18n.install(qapp, "pl")
    try:
        window.folders.look()
        assert window.folders.inbox_badge.text() == "2 nowe paczki"
    finally:
        i18n.install(qapp, "en")
    window.folders.inbox_badge.click()  # the import with its preview
    qtbot.waitUntil(lambda: window.sync.preview_dialog is not None)
    assert window.sync.preview_dialog.table.rowCount() == 2


def test_the_inbox_can_import_at_once_in_the_background(
    qtbot, store, english, tmp_path, synchronous_tasks, monkeypatch
):
    inbox = tmp_path / "Syncthing"
    inbox.mkdir()
    settings.set_value("inboxes", [str(inbox)])
    settings.set_value("inbox_auto", True)
    device_id, name, key = laptop_in(tmp_path, inbox, "rajcza")
    with store.transaction():
        devices.accept(store, device_id, name, key)
    stranger = laptop_in(tmp_path, inbox, "obcy", "Lasy")  # a device not accepted here
    window = MainWindow(store)
    qtbot.addWidget(window)
    service_settle(window)
    window.folders.look()
    assert [p.name for p in store.find(Partnership)] == ["Partnerstwo rajcza"]
    assert "Imported from the inbox: " in window.statusBar().currentMessage()
    # The stranger's package waits on the badge for a person to accept its device.
    assert window.folders.inbox_badge.text() == "1 new package(s)" and not window.folders.inbox_badge.isHidden()
    window.folders.look()  # looking again imports nothing more, and keeps the badge
    assert window.folders.inbox_badge.text() == "1 new package(s)" and len(store.find(Partnership)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window.folders.inbox_badge.click()
    window.sync.preview_dialog.import_button.click()
    assert sorted(p.name for p in store.find(Partnership)) == ["Partnerstwo obcy", "Partnerstwo rajcza"]
    assert devices.accepted(store, stranger[0]) is not None
    window.folders.look()
    assert window.folders.inbox_badge.isHidden()


def test_waiting_conflicts_are_counted_on_a_badge(qtbot, store, english, tmp_path, synchronous_tasks):
    with open_store(tmp_path / "a.sqlite3") as a:
        p = a.add(Partnership(name="Partnerstwo"))
        service.export(a, tmp_path / "seed.cwdsync")
        with open_store(tmp_path / "b.sqlite3") as b:
            service.import_paths(b, [tmp_path / "seed.cwdsync"], accept_new_devices=True)
            a.update(Partnership, p.id, name="Wersja A")
            b.update(Partnership, p.id, name="Wersja B")
            service.export(a, tmp_path / "a.cwdsync")
            service.export(b, tmp_path / "b.cwdsync")
    service.import_paths(store, [tmp_path / "a.cwdsync", tmp_path / "b.cwdsync"], accept_new_devices=True)
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.folders.conflicts_badge.text() == "Conflicts to review: 1"
    assert not window.folders.conflicts_badge.isHidden()
    window.folders.conflicts_badge.click()
    dialog = window.sync.conflicts_dialog
    dialog.table.selectRow(0)
    dialog._resolve(take_other=False)
    dialog.close()
    window.refresh()
    assert window.folders.conflicts_badge.isHidden()


def service_settle(window):
    """The packages were just written: not 'still being written' for these tests."""
    import os
    import time

    for folder in window.folders.inboxes():
        for path in folder.iterdir():
            old = time.time() - 60
            os.utime(path, (old, old))


def test_a_new_laptop_starts_from_the_coordinators_package(qtbot, store, english, tmp_path, synchronous_tasks):
    folder = tmp_path / "pendrive"
    folder.mkdir()
    laptop_in(tmp_path, folder, "koordynator")
    (package,) = folder.iterdir()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.database.run_start_from(package, tmp_path / "moj-laptop.sqlite3")
    qtbot.waitUntil(lambda: window.store is not None and window.store.path.name == "moj-laptop.sqlite3")
    assert [p.name for p in window.store.find(Partnership)] == ["Partnerstwo koordynator"]
    assert window.model.rowCount() == 1
