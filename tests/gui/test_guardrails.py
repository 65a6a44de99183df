"""The guardrails around the GUI: the handler of unexpected errors, the log of what the app did,
long work that can be cancelled and leaves nothing behind, tasks run synchronously in tests."""

from __future__ import annotations

import sys
import time

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from cwd_desktop import logs
from cwd_desktop.domain import Meeting
from cwd_desktop.errors import Cancelled
from cwd_desktop.gui import crash, i18n, tasks
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.minutes.certs import create_certificate
from cwd_desktop.services import minutes
from cwd_desktop.storage import open_store
from cwd_desktop.sync import service


def test_an_unexpected_error_is_logged_and_told_in_polish(qapp, store, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    i18n.install(qapp, "pl")
    try:
        try:
            {}["nowhere"]
        except KeyError:
            crash.handle(*sys.exc_info())
    finally:
        i18n.install(qapp, "en")
    text = logs.log_file().read_text(encoding="utf-8")
    assert "unexpected error" in text and "Traceback" in text and "KeyError: 'nowhere'" in text
    [(title, message)] = shown
    assert title == "Nieoczekiwany błąd"
    assert str(logs.log_file()) in message and "koordynatorowi" in message


def test_the_gui_installs_the_handler(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.handle


def test_the_log_tells_what_the_app_did(qtbot, demo_store, english, tmp_path, monkeypatch):
    logs.start()
    with open_store(tmp_path / "other.sqlite3"):
        pass
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    window.new_partnership("  ")
    text = logs.log_file().read_text(encoding="utf-8")
    assert f"opened {tmp_path / 'other.sqlite3'}" in text
    assert "WARNING cwd_desktop.gui.main_window: refused: The partnership's name" in text


def test_tasks_run_synchronously_in_tests(qapp, synchronous_tasks):
    got = []
    tasks.run_task(None, "", lambda progress: progress(1, 1) or 42, got.append, got.append)
    assert got == [42]


def slow_work(progress):
    for step in range(200):
        progress(step, 200)
        time.sleep(0.02)
    return "done"


def test_the_progress_dialog_cancels_the_work(qtbot, qapp):
    outcome = []
    tasks.run_task(None, "Importing…", slow_work, outcome.append, outcome.append, lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) for w in QApplication.topLevelWidgets()), timeout=5000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    cancel.click()
    qtbot.waitUntil(lambda: outcome != [], timeout=5000)
    assert outcome == ["cancelled"]


def test_work_without_on_cancel_offers_no_cancel(qtbot, qapp):
    outcome = []
    tasks.run_task(None, "Checking…", lambda p: slow_work(p) and "done", outcome.append, outcome.append)
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) for w in QApplication.topLevelWidgets()), timeout=5000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
    assert [b for b in dialog.findChildren(QPushButton) if b.isVisible()] == []
    qtbot.waitUntil(lambda: outcome != [], timeout=10000)
    assert outcome == ["done"]


def cancel_at(step: int):
    def progress(done, _total):
        if done >= step:
            raise Cancelled("Cancelled; nothing was changed.")

    return progress


def test_a_cancelled_import_changes_nothing(demo_store, tmp_path):
    service.export(demo_store, tmp_path / "a.cwdsync")
    with open_store(tmp_path / "coordinator.sqlite3") as target:
        before = service.digest(target)
        with pytest.raises(Cancelled):
            service.import_paths(target, [tmp_path / "a.cwdsync"], cancel_at(1))
        assert service.digest(target) == before
        assert target.db.execute("SELECT count(*) FROM sync_import").fetchone()[0] == 0


def test_a_cancelled_export_writes_no_file(demo_store, tmp_path):
    with pytest.raises(Cancelled):
        service.export(demo_store, tmp_path / "a.cwdsync", cancel_at(3))
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.suffix != ".cwdsync"]
    assert not (tmp_path / "a.cwdsync").exists()


@pytest.mark.parametrize("step", [1, 2, 3])
def test_cancelled_signing_leaves_the_meeting_unsigned_and_no_file(demo_store, tmp_path, step):
    meeting = demo_store.find(Meeting)[0]
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "a long passphrase")
    with pytest.raises(Cancelled):
        minutes.export_minutes(demo_store, meeting.id, tmp_path / "p.pdf", "pl", key, cancel_at(step))
    assert demo_store.get(Meeting, meeting.id).status.value != "signed"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("p.pdf")) == []


def test_cancelling_the_import_in_the_window_says_so(qtbot, demo_store, english, tmp_path, monkeypatch):
    monkeypatch.setattr(service, "import_paths", lambda store, paths, progress: slow_work(progress) and [])
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.sync.run_import_sync([tmp_path], preview=False)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is not None, timeout=5000)
    [cancel] = [b for b in window.findChild(QProgressDialog).findChildren(QPushButton) if b.isVisible()]
    cancel.click()
    qtbot.waitUntil(lambda: "Cancelled" in window.statusBar().currentMessage(), timeout=5000)
    assert window.sync.last_import_dialog is None


def test_the_minutes_preview_can_be_cancelled(qtbot, demo_store, english, monkeypatch):
    from cwd_desktop.gui import minutes_dialog, preview
    from cwd_desktop.gui.minutes_dialog import MinutesDialog

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    pdf = minutes.render_preview(demo_store, meeting.id, "pl")
    with pytest.raises(Cancelled):
        preview.render_pages(pdf, progress=cancel_at(2))

    def slow_pages(data, progress):
        slow_work(progress)
        return preview.render_pages(data)

    monkeypatch.setattr(minutes_dialog, "render_pages", slow_pages)
    dialog = MinutesDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is not None, timeout=5000)
    [cancel] = [b for b in dialog.findChild(QProgressDialog).findChildren(QPushButton) if b.isVisible()]
    cancel.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.preview.page_count == 0  # nothing half-drawn; the dialog works on (Export, Sign)
    assert dialog.sign_button.isEnabled()


def test_help_shows_the_log_folder(qtbot, demo_store, english, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.ui.actionShowLog.trigger()
    assert opened == [str(logs.log_file().parent)]
    assert logs.log_file().parent.is_dir()
    assert str(logs.log_file()) in window.statusBar().currentMessage()


def test_work_that_ends_after_its_window_closed_shows_nothing(qtbot, qapp):
    """A preview or an import finishing after its window was closed and deleted is not shown in
    it (that raised "Internal C++ object already deleted")."""
    import threading

    from PySide6.QtWidgets import QWidget

    from cwd_desktop.gui.tasks import run_task

    window = QWidget()
    release, shown = threading.Event(), []
    task = run_task(window, "…", lambda progress: release.wait(5) and "done", shown.append, shown.append)
    finished = []
    task.finished.connect(finished.append)
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    release.set()
    qtbot.waitUntil(lambda: finished == ["done"])
    assert shown == []


def test_file_dialogs_start_in_documents_then_where_the_user_went(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    from cwd_desktop.gui import file_dialogs

    documents = tmp_path / "Dokumenty"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(documents))
    assert file_dialogs.start("minutes", "protokol-3-2026.pdf") == str(documents / "protokol-3-2026.pdf")
    usb = tmp_path / "pendrive"
    usb.mkdir()
    file_dialogs.remember("minutes", str(usb / "protokol-3-2026.pdf"))
    assert file_dialogs.start("minutes", "nastepny.pdf") == str(usb.resolve() / "nastepny.pdf")
    assert file_dialogs.start("packages") == str(documents)  # each kind of file its own folder


def test_qt_file_dialogs_speak_polish(qapp):
    """Qt's own file dialog, in Polish throughout: Qt's translation lacks "Look in" and "Files of
    type" since Qt added their mnemonics; the application fills them in."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    i18n.install(qapp, "pl")
    try:
        dialog = QFileDialog(None, "Eksport")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {
            label: dialog.labelText(label)
            for label in (
                QFileDialog.DialogLabel.LookIn,
                QFileDialog.DialogLabel.FileType,
                QFileDialog.DialogLabel.FileName,
            )
        }
        assert labels == {
            QFileDialog.DialogLabel.LookIn: "&Szukaj w:",
            QFileDialog.DialogLabel.FileType: "Pliki &typu:",
            QFileDialog.DialogLabel.FileName: "Nazwa &pliku:",
        }
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
        assert {b.text() for b in box.buttons()} == {"&Tak", "Anuluj"}
    finally:
        i18n.install(qapp, "en")
