"""Start-up: the main window is painted first, and the database opens after that frame.

docs/workspace.md (Speed) says why: everything built before the first paint delays it, so the
window must not need the data layer, the dialogs' classes, the icon or PySide's `Qt` namespace (its 93 enums
cost 20-25 ms to build).
"""

import json
import os
import subprocess
import sys

from PySide6.QtGui import QAction

from cwd_desktop.domain import Partnership
from cwd_desktop.gui import main_window as main_window_module
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.storage import open_store
from cwd_desktop.storage.instance import InstanceLock

# Run as the desktop launcher runs it (`cwd-desktop`, no arguments); when the opening begins,
# report what had been built for the first frame, then end.
WHAT_THE_FIRST_FRAME_NEEDED = """
import json, sys
from cwd_desktop import cli
from cwd_desktop.gui.main_window import MainWindow

def report(window, path):
    import PySide6.QtCore as QtCore, PySide6.QtGui as QtGui, PySide6.QtWidgets as QtWidgets
    heavy = ("sqlite_utils", "sqlite3", "cwd_desktop.domain", "cwd_desktop.storage.store",
             "cwd_desktop.services.overview", "reportlab", "pyhanko", "html", "datetime")
    print(json.dumps({
        "painted": window.windowHandle().isExposed(),
        "qt_namespace": "Qt" in QtCore.__dict__,
        "classes": sorted(n for n in ("QMessageBox", "QFileDialog", "QInputDialog", "QProgressDialog", "QIcon")
                          if n in QtWidgets.__dict__ or n in QtGui.__dict__),
        "modules": sorted(m for m in heavy if m in sys.modules),
        "path": str(path),
    }))
    window.close()

from cwd_desktop.gui.database_actions import DatabaseActions
DatabaseActions.open_at_start = lambda actions, path: report(actions.window, path)
sys.exit(cli.main([]))
"""


def test_the_first_frame_needs_neither_the_data_layer_nor_the_qt_namespace(tmp_path):
    path = tmp_path / "start.sqlite3"
    with open_store(path) as store:
        store.add(Partnership(name="Start"))
    env = dict(
        os.environ, CWD_DESKTOP_DB=str(path), CWD_DESKTOP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen"
    )
    done = subprocess.run(
        [sys.executable, "-c", WHAT_THE_FIRST_FRAME_NEEDED], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"painted": True, "qt_namespace": False, "classes": [], "modules": [], "path": str(path)}


def test_the_database_opens_once_the_window_is_painted(qtbot, english, db_path, monkeypatch):
    with open_store(db_path) as store:
        store.add(Partnership(name="Po pierwszej klatce"))
    monkeypatch.setattr(main_window_module, "FIRST_PAINT_WAIT_MS", 60_000)  # only the paint can start it
    lock = InstanceLock(db_path)
    lock.acquire()
    window = MainWindow(lock=lock)
    qtbot.addWidget(window)
    window.after_first_paint(lambda: window.database.open_at_start(db_path))
    qtbot.wait(50)
    assert window.store is None  # not shown, not painted: not opened yet
    with qtbot.waitSignal(window.opened, timeout=10_000):
        window.show()
    assert window.model.index(0, 0).data() == "Po pierwszej klatce"
    assert window.menuBar().isEnabled()
    # the form sets its shortcuts through setShortcuts (build_spec/compile_assets.py): all there
    assert {
        action.objectName(): action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    } == {
        "actionNewDatabase": "Ctrl+N",
        "actionOpenDatabase": "Ctrl+O",
        "actionQuit": "Ctrl+Q",
        "actionRefresh": "Ctrl+R",
        "actionProjector": "F5",
        "actionKeys": "F1",
        "actionOpenMeeting": "Ctrl+Return",
        "actionMinutes": "Ctrl+P",
        "actionEditPartnership": "Ctrl+E",
        "actionStrategy": "Ctrl+Shift+T",
        "actionNewMeeting": "Ctrl+Shift+N",
        "actionSettings": "Ctrl+,",
    }


def test_a_window_never_painted_opens_its_database_all_the_same(qtbot, english, db_path, monkeypatch):
    with open_store(db_path) as store:
        store.add(Partnership(name="Zminimalizowane"))
    monkeypatch.setattr(main_window_module, "FIRST_PAINT_WAIT_MS", 100)
    lock = InstanceLock(db_path)
    lock.acquire()
    window = MainWindow(lock=lock)  # e.g. started minimised: never shown here
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.opened, timeout=10_000):
        window.after_first_paint(lambda: window.database.open_at_start(db_path))
    assert window.model.index(0, 0).data() == "Zminimalizowane"
