"""One start of a window, run as its own process by bench/workspace.py.

    python -m bench.start_child bare                  a bare PySide6 main window
    python -m bench.start_child app DB                the application on DB (its real start-up)
    python -m bench.start_child meeting DB            ... then the workspace of DB's first meeting

The process quits as soon as the window is on the screen and painted, and prints its peak memory
(KiB) as JSON; the parent times the whole process, interpreter start included."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def quit_when_shown(app, wanted: str, then=None) -> None:
    from PySide6.QtCore import QTimer

    def check() -> None:
        for widget in app.topLevelWidgets():
            handle = widget.windowHandle()
            if type(widget).__name__ == wanted and widget.isVisible() and handle and handle.isExposed():
                timer.stop()
                widget.repaint()  # the first frame is drawn before we call it shown
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
    if mode != "bare":
        from cwd_desktop import cli  # first, as `python -m cwd_desktop` does: the storage before Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        window.resize(1100, 700)
        window.show()
        quit_when_shown(app, "QMainWindow")
        app.exec()
    else:
        def open_meeting(main_window) -> None:
            main_window.ui.navigator.setCurrentIndex(main_window.model.index(0, 0, main_window.model.index(0, 0)))
            window = main_window.open_meeting()
            window.tabs.setCurrentWidget(window.board)
            window.repaint()

        quit_when_shown(app, "MainWindow", open_meeting if mode == "meeting" else None)
        cli.main(["--db", sys.argv[2]])
    print(json.dumps({"peak_kib": peak_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
