"""Make the README's screenshots from the demo data: `make screenshots` (runs under Xvfb).

The interface speaks Polish, as for the people who use it; every picture is taken from a fresh
demo database in a temporary folder, so it never touches the user's own data. Besides the four
README pictures, every window and dialog (`gui/catalog.py`), on each of its tabs, is drawn at
1366×768 into build/screenshots/ (not kept in the repository): look at them before a release."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="cwd-screenshots-"))
    os.environ["CWD_DESKTOP_HOME"] = str(home)
    os.environ["CWD_DESKTOP_LANG"] = "pl"
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from cwd_desktop.domain import Goal, Meeting
    from cwd_desktop.gui import i18n
    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.gui.projector import BOARD
    from cwd_desktop.services.demo import load_demo
    from cwd_desktop.storage import open_store

    i18n.install(app, "pl")
    store = open_store(home / "demo.sqlite3")
    load_demo(store)
    main_window = MainWindow(store)
    main_window.resize(1200, 720)
    main_window.show()
    meeting = next(m for m in store.find(Meeting) if m.number == "3/2026")
    main_window.select(meeting.id)
    shots = {"main-window.png": main_window}
    window = main_window.open_meeting()
    window.resize(1280, 800)
    window.tabs.setCurrentWidget(window.board)
    app.processEvents()
    shots_now(app, {**shots, "board.png": window})
    window.tabs.setCurrentWidget(window.goals)
    strategic = next(g for g in store.find(Goal, meeting_id=meeting.id, order_by="position") if g.parent_id is None)
    window.goals.goal_tree.select_goal(strategic.id)
    window.goals.tows.strategy_lists[next(iter(window.goals.tows.strategy_lists))].setCurrentRow(0)
    app.processEvents()
    shots_now(app, {"goals.png": window})
    projector = window.open_projector(BOARD)
    projector.resize(1280, 720)
    app.processEvents()
    shots_now(app, {"projector.png": projector})
    every_window(app, store, HERE.parents[1] / "build" / "screenshots")
    main_window.close()
    coordinator_shots(app, home, HERE.parents[1] / "build" / "screenshots")
    return 0


def coordinator_shots(app, home: Path, folder: Path) -> None:
    """A coordinator's database after two laptops each loaded the demo: the likely duplicates, the
    import preview of an inbox, and the main window's badges."""
    import os
    import time

    from PySide6.QtWidgets import QTabWidget

    from cwd_desktop import settings
    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.gui.sync_dialogs import ConflictsDialog
    from cwd_desktop.services.demo import load_demo
    from cwd_desktop.storage import open_store
    from cwd_desktop.storage.device import set_meta
    from cwd_desktop.sync.outbox import write_outbox
    from cwd_desktop.sync.service import import_paths, preview_paths

    inbox = home / "Syncthing" / "CWD"
    inbox.mkdir(parents=True)
    for name in ("Laptop moderatora — Rajcza", "Laptop moderatora — Wysokie Mazowieckie"):
        with open_store(home / f"{len(list(inbox.iterdir()))}.sqlite3") as laptop:
            load_demo(laptop)
            with laptop.transaction():
                set_meta(laptop.db, "device_name", name)
            write_outbox(laptop, inbox)
    for path in inbox.iterdir():
        os.utime(path, (time.time() - 60, time.time() - 60))
    store = open_store(home / "coordinator.sqlite3")
    first = sorted(inbox.iterdir())[:2]
    import_paths(store, first, accept_new_devices=True)
    settings.set_value("inboxes", [str(inbox)])
    window = MainWindow(store)
    window.resize(1200, 720)
    window.show()
    window.folders.look()
    app.processEvents()
    window.grab().save(str(folder / "coordinator-main-window.png"))
    dialog = ConflictsDialog(store)
    dialog.show()
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    app.processEvents()
    dialog.grab().save(str(folder / "coordinator-duplicates.png"))
    dialog.close()
    from cwd_desktop.gui.import_preview import ImportPreviewDialog

    preview = ImportPreviewDialog(preview_paths(store, [inbox], accept_new_devices=True), window)
    preview.show()
    app.processEvents()
    preview.grab().save(str(folder / "coordinator-import-preview.png"))
    preview.close()
    print("wrote", folder / "coordinator-*.png")
    window.close()


def every_window(app, store, folder: Path) -> None:
    """Each window and dialog, each tab of it, at the size it opens with on a 1366×768 screen."""
    from PySide6.QtWidgets import QTabWidget

    from cwd_desktop.gui.catalog import windows

    folder.mkdir(parents=True, exist_ok=True)
    for name, make in windows(store).items():
        window = make()
        window.show()
        app.processEvents()
        base = name.replace(" ", "-")
        shots = {f"{base}.png": window}
        tabs = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)][:1]
        for widget in tabs:
            for index in range(widget.count()):
                widget.setCurrentIndex(index)
                app.processEvents()
                label = widget.tabText(index).replace("&", "").split(" ")[0].lower()
                window.grab().save(str(folder / f"{base}-{index + 1}-{label}.png"))
        for file_name, shown in shots.items():
            shown.grab().save(str(folder / file_name))
        print("wrote", folder / f"{base}*.png")
        if name != "main window":
            window.close()


def shots_now(app, shots: dict) -> None:
    app.processEvents()
    for name, widget in shots.items():
        widget.grab().save(str(HERE / name))
        print("wrote", HERE / name)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Every picture is written. PySide's teardown of the many windows this script leaves behind
    # at interpreter exit can crash ("shared QObject was deleted directly", no Python frame): the
    # application itself quits through its event loop, which the tests exercise; this script ends
    # at once instead.
    os._exit(code)
