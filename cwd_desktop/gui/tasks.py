"""Long work off the GUI thread: a function runs in Qt's thread pool and reports by signals.

Workers never touch widgets and open their own database connection. A progress dialog is made
and shown only after half a second, so quick work does not flash one (and the database opened
at start-up, right after the first paint, builds no dialog).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cwd_desktop.errors import CwdError

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500


class Task(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, task: Task, function: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.task, self.function = task, function

    def run(self) -> None:
        try:
            result = self.function(self.task.progressed.emit)
        except CwdError as exc:
            self.task.failed.emit(str(exc))
        except Exception as exc:  # a bug: keep the app alive, say so, log the traceback
            log.exception("background task failed")
            self.task.failed.emit(f"Unexpected error: {exc.__class__.__name__}: {exc}")
        else:
            self.task.finished.emit(result)


_running: set[Task] = set()  # keeps each Task (and its signals) alive until it reports


def run_task(
    parent: QWidget | None,
    label: str,
    function: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
) -> Task:
    """Run `function(progress)` in the thread pool; `on_done(result)` or `on_error(message)` run
    on the GUI thread afterwards."""
    task = Task()
    _running.add(task)
    dialog = None
    done_of_total = (0, 0)  # the last progress reported, for a dialog made after it

    def show_dialog() -> None:
        nonlocal dialog
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, None, 0, done_of_total[1], parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setValue(done_of_total[0])
        dialog.show()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_dialog)
    timer.start(PROGRESS_DELAY_MS)

    def progress(done: int, total: int) -> None:
        nonlocal done_of_total
        done_of_total = (done, total)
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        timer.stop()
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        _running.discard(task)
        callback(value)

    task.progressed.connect(progress)
    task.finished.connect(lambda result: finish(on_done, result))
    task.failed.connect(lambda message: finish(on_error, message))
    QThreadPool.globalInstance().start(_Runnable(task, function))
    return task
