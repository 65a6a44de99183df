"""One start of a window, run as its own process by bench/workspace.py.

    python -m bench.start_child bare                  a bare PySide6 main window
    python -m bench.start_child widgets               the main window's form (menus, navigator, details
                                                      pane) on a QMainWindow, without the application
    python -m bench.start_child app DB                the application on DB (its real start-up)
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


def watch(app, wanted: str, then=None) -> None:
    """Note when the `wanted` window is first painted, and when it is painted holding its data."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        for widget in app.topLevelWidgets():
            handle = widget.windowHandle()
            if type(widget).__name__ != wanted or not widget.isVisible() or not (handle and handle.isExposed()):
                continue
            if "visible" not in seen:
                widget.repaint()  # the first frame is drawn before we call it shown
                seen["visible"] = time.monotonic() - LAUNCHED
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
        window = QMainWindow()
        window.resize(1100, 700)
        if mode == "widgets":
            from cwd_desktop.gui.forms.ui_main_window import Ui_MainWindow

            Ui_MainWindow().setupUi(window)
        window.show()
        watch(app, "QMainWindow")
        app.exec()
    else:
        def open_meeting(main_window) -> None:
            main_window.ui.navigator.setCurrentIndex(main_window.model.index(0, 0, main_window.model.index(0, 0)))
            window = main_window.open_meeting()
            window.tabs.setCurrentWidget(window.board)
            window.repaint()

        watch(app, "MainWindow", open_meeting if mode == "meeting" else None)
        cli.main(["--db", sys.argv[2]])
    print(json.dumps({**seen, "peak_kib": peak_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
