"""One start of a window, run as its own process by bench/workspace.py.

    python -m bench.start_child bare                  a bare PySide6 main window
    python -m bench.start_child widgets               the main window's form (menus, navigator, details
                                                      pane) on a QMainWindow, without the application
    python -m bench.start_child app DB                the application on DB, started as the desktop
                                                      launcher starts it (no arguments; DB is the
                                                      default database, from CWD_DESKTOP_DB)
    python -m bench.start_child meeting DB            ... then the workspace of DB's first meeting

It prints, as JSON, the seconds from the parent's launch of this process (CWD_BENCH_LAUNCHED, a
time.monotonic() reading, which is system-wide) to the main window painted on the screen
("visible") and to the window painted with the database's partnerships in it ("filled"; the same
as "visible" for the bare window), and its peak memory (KiB).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

LAUNCHED = float(os.environ.get("CWD_BENCH_LAUNCHED", time.monotonic()))
seen: dict[str, float] = {}


def mark_first_frame(window_class) -> None:
    """Make `window_class` note "visible" when its first frame is drawn: its first paint event
    queues the note, which runs once Qt has painted the window's widgets, put the frame on the
    screen and returned to its event loop (before anything the paint event itself queues)."""
    from PySide6.QtCore import QTimer

    paint_event = window_class.paintEvent
    queued = []

    def note_then_paint(self, event) -> None:
        if not queued:
            queued.append(True)
            QTimer.singleShot(0, lambda: seen.setdefault("visible", time.monotonic() - LAUNCHED))
        paint_event(self, event)

    window_class.paintEvent = note_then_paint


def watch(app, window_class, then=None) -> None:
    """Quit once the window is painted holding its data ("filled"), after `then(window)`."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        for widget in app.topLevelWidgets():
            if not isinstance(widget, window_class) or "visible" not in seen:
                continue
            if getattr(widget, "store", True) is not None:  # the bare window has no database to wait for
                widget.repaint()
                seen["filled"] = time.monotonic() - LAUNCHED
                timer.stop()
                if then is not None:
                    then(widget)
                app.quit()
            return

    timer = QTimer(app)
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()


def peak_kib() -> int:
    """This process's peak memory (VmHWM: unlike ru_maxrss, not inherited from the parent)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    mode = sys.argv[1]
    if mode in ("app", "meeting"):
        from cwd_desktop import cli  # first, as `python -m cwd_desktop` does
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode in ("bare", "widgets"):

        class BareWindow(QMainWindow):  # a paint event in Python, as the application's window has
            def paintEvent(self, event) -> None:
                super().paintEvent(event)

        mark_first_frame(BareWindow)
        window = BareWindow()
        window.resize(1100, 700)
        if mode == "widgets":
            from cwd_desktop.gui.forms.ui_main_window import Ui_MainWindow

            Ui_MainWindow().setupUi(window)
        window.show()
        watch(app, BareWindow)
        app.exec()
    else:
        from cwd_desktop.gui.main_window import MainWindow

        def open_meeting(main_window) -> None:
            main_window.ui.navigator.setCurrentIndex(main_window.model.index(0, 0, main_window.model.index(0, 0)))
            window = main_window.open_meeting()
            window.tabs.setCurrentWidget(window.board)
            window.repaint()

        mark_first_frame(MainWindow)
        watch(app, MainWindow, open_meeting if mode == "meeting" else None)
        os.environ["CWD_DESKTOP_DB"] = sys.argv[2]
        cli.main([])
    print(json.dumps({**seen, "peak_kib": peak_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
