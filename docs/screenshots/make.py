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
    projector.showNormal()
    projector.resize(1280, 720)
    app.processEvents()
    shots_now(app, {"projector.png": projector})
    kit_shots(app, store, window, projector)
    every_window(app, store, HERE.parents[1] / "build" / "screenshots")
    main_window.close()
    coordinator_shots(app, home, HERE.parents[1] / "build" / "screenshots")
    return 0


def kit_shots(app, store, window, projector) -> None:
    """The facilitator's kit: the timer in its last minute with the votes hidden, the tally, the
    prioritisation matrix (in the workspace and on the projector) and a card sheet for the wall."""
    import subprocess

    from cwd_desktop.gui.projector import MATRIX
    from cwd_desktop.services import paper_voting, prioritisation

    clock = [0.0]
    window.timer.clock = lambda: clock[0]
    window.timer.set_phase("Głosowanie", 5)
    window.timer.start_or_pause()
    clock[0] = 4 * 60 + 15
    window.timer.tick()
    projector.toggle_votes()
    app.processEvents()
    shots_now(app, {"projector-timer.png": projector})
    projector.toggle_votes()
    tally = window.workshop.open_tally()
    tally.table.setCurrentCell(3, 2)
    app.processEvents()
    shots_now(app, {"tally.png": tally})
    tally.close()
    partnership_id = window.priorities.partnership_id
    scores = [(8, 7), (6, 3), (9, 8), (4, 9), (7, 5), (3, 2), (5, 8), (9, 4)]
    for number, (impact, feasibility) in enumerate(scores):
        rows = prioritisation.candidates(store, partnership_id)
        if number < len(rows):
            row = rows[number]
            for row_id, fields in prioritisation.score_changes(store, partnership_id, row, impact, feasibility).items():
                store.update(type(row), row_id, **fields)
    window.tabs.setCurrentWidget(window.priorities)
    window.priorities.reload()
    app.processEvents()
    shots_now(app, {"matrix.png": window})
    projector.show_page(MATRIX)
    app.processEvents()
    shots_now(app, {"projector-matrix.png": projector})
    sheet = HERE.parents[1] / "build" / "card-sheet.pdf"
    sheet.parent.mkdir(parents=True, exist_ok=True)
    sheet.write_bytes(paper_voting.card_sheet_pdf(store, window.board.session_id, 4, "pl"))
    page = ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(sheet), str(HERE / "card-sheet")]
    subprocess.run(page, check=True)
    print("wrote", HERE / "card-sheet.png")


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
