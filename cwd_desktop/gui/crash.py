"""The last resort for an error the code did not expect: its traceback goes to the log file, and
the user sees a plain message (in their language) that names the file to send. The built app for
Windows has no console, so without this an exception would vanish without a word.

Every edit is committed when it is made, so the message can say truthfully that the work saved so
far is kept. The app goes on running: the action that failed is the only thing lost.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from cwd_desktop import logs

log = logging.getLogger(__name__)
_showing = False  # an error raised while the message is open is logged, not shown again


def install() -> None:
    sys.excepthook = handle


def message(log_path: object) -> str:
    text = QCoreApplication.translate(
        "Crash",
        "Something went wrong that CWD Desktop did not expect. Everything saved so far is kept in the "
        "database; the last action may not have been completed.\n\nThe details are in the log file:\n%1\n\n"
        "Please send this file to your coordinator.",
    )
    return text.replace("%1", str(log_path))


def handle(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    path = logs.start() or logs.log_file()
    log.critical("unexpected error", exc_info=(kind, error, trace))
    if _showing:
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    _showing = True
    try:
        parent = QApplication.activeWindow()  # over the window the user was working in
        QMessageBox.critical(parent, QCoreApplication.translate("Crash", "Unexpected error"), message(path))
    finally:
        _showing = False
