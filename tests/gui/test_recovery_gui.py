import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from cwd_desktop.domain import Meeting, Partnership
from cwd_desktop.gui import app as gui_app
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.gui.restore_dialog import RestoreDialog
from cwd_desktop.storage import backups, open_store
from cwd_desktop.storage.instance import InstanceLock


def start(qtbot, db_path, monkeypatch) -> tuple[MainWindow, list[int]]:
    """The start of the application on `db_path`, up to the database opened or the exit code set."""
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    lock = InstanceLock(db_path)
    lock.acquire()
    window = MainWindow(lock=lock)
    qtbot.addWidget(window)
    window.show()
    assert not window.menuBar().isEnabled()  # painted before the database opens
    window.database.open_at_start(db_path)
    qtbot.waitUntil(lambda: window.store is not None or bool(exits))
    return window, exits


def test_start_backs_up_and_a_damaged_file_offers_the_newest_sound_backup(qtbot, english, db_path, monkeypatch, damage):
    with open_store(db_path) as store:
        store.add(Partnership(name="Sprzed awarii"))
    window, exits = start(qtbot, db_path, monkeypatch)  # a sound file: backed up on start
    assert exits == [] and window.model.index(0, 0).data() == "Sprzed awarii"
    assert window.menuBar().isEnabled()
    assert len(backups.list_backups(db_path)) == 1
    window.close()
    damage(db_path)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    window, exits = start(qtbot, db_path, monkeypatch)
    assert exits == []
    assert "damaged" in asked[0] and "Restore the backup of" in asked[0]
    assert [p.name for p in window.store.find(Partnership)] == ["Sprzed awarii"]
    assert list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    window.close()


def test_declining_leaves_the_damaged_file_as_it_is(qtbot, english, db_path, monkeypatch):
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = db_path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window, exits = start(qtbot, db_path, monkeypatch)
    assert exits == [2] and window.store is None and window.isHidden()
    assert "No sound backup was found" in shown[0]
    assert db_path.read_bytes() == before
    InstanceLock(db_path).acquire()  # released: the file is free for another try


def test_the_application_starts_on_its_database_and_a_damaged_one_ends_it(english, db_path, qapp, monkeypatch):
    with open_store(db_path) as store:
        store.add(Partnership(name="Start"))
    seen = []

    def look() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.store is not None:
                seen.append(widget.model.index(0, 0).data())
                seen.append(not qapp.windowIcon().isNull())  # set once the window was painted
                widget.close()  # the last window: the application ends
                return
        QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)
    assert gui_app.run(db_path) == 0
    assert seen == ["Start", True]
    db_path.write_bytes(b"not a database at all")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert gui_app.run(db_path) == 2
    assert db_path.read_bytes() == b"not a database at all"


def test_second_window_on_the_same_database_is_refused(english, db_path, monkeypatch):
    holder = InstanceLock(db_path)
    holder.acquire()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        assert gui_app.run(db_path) == 2
    finally:
        holder.release()
    assert "already open in another CWD Desktop window" in shown[0]


def test_restore_from_backup_in_the_window(qtbot, english, store, monkeypatch):
    store.add(Partnership(name="Pierwsza"))
    taken = backups.make_backup(store.db.conn, store.path, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    store.add(Partnership(name="Druga"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    dialog = RestoreDialog(store.path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "1 partnerships" in dialog.list.item(0).text()
    monkeypatch.setattr(
        RestoreDialog, "exec", lambda self: (setattr(self, "chosen", taken.path), QDialog.DialogCode.Accepted)[1]
    )
    window.database.restore_backup()
    assert [p.name for p in window.store.find(Partnership)] == ["Pierwsza"]
    assert window.model.rowCount() == 1
    assert window.store.find(Meeting) == []


def test_save_a_copy_after_the_file_vanished(qtbot, english, store, tmp_path, monkeypatch):
    store.add(Partnership(name="Ocalona"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.path.rename(tmp_path / "gone.sqlite3")
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a: (str(target), ""))
    window.database.save_copy()
    with open_store(target) as copy:
        assert [p.name for p in copy.find(Partnership)] == ["Ocalona"]
