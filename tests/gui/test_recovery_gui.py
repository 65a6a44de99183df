import datetime as dt

from PySide6.QtWidgets import QDialog, QMessageBox

from cwd_desktop.domain import Meeting, Partnership
from cwd_desktop.gui import app as gui_app
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.gui.restore_dialog import RestoreDialog
from cwd_desktop.storage import backups, open_store
from cwd_desktop.storage.instance import InstanceLock


def test_start_backs_up_and_a_damaged_file_offers_the_newest_sound_backup(english, db_path, monkeypatch):
    with open_store(db_path) as store:
        store.add(Partnership(name="Sprzed awarii"))
    assert gui_app.prepare(db_path)  # a sound file: backed up on start
    assert len(backups.list_backups(db_path)) == 1
    data = bytearray(db_path.read_bytes())
    for offset in range(4196, len(data), 11):
        data[offset] ^= 0x33
    db_path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    assert gui_app.prepare(db_path)
    assert "damaged" in asked[0] and "Restore the backup of" in asked[0]
    with open_store(db_path) as restored:
        assert [p.name for p in restored.find(Partnership)] == ["Sprzed awarii"]
    assert list(db_path.parent.glob(f"{db_path.name}.damaged-*"))


def test_declining_leaves_the_damaged_file_as_it_is(english, db_path, monkeypatch):
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = db_path.read_bytes()
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    assert not gui_app.prepare(db_path)
    assert db_path.read_bytes() == before


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
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: (setattr(self, "chosen", taken.path),
                                                             QDialog.DialogCode.Accepted)[1])
    window.restore_backup()
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
    monkeypatch.setattr("cwd_desktop.gui.main_window.QFileDialog.getSaveFileName", lambda *a: (str(target), ""))
    window.save_copy()
    with open_store(target) as copy:
        assert [p.name for p in copy.find(Partnership)] == ["Ocalona"]
