"""Long work off the GUI thread: a function runs in Qt's thread pool and reports by signals.

Workers never touch widgets and open their own database connection. A progress dialog is made
and shown only after half a second, so quick work does not flash one (and the database opened
at start-up, right after the first paint, builds no dialog).

Cancelling: work that reports progress can be cancelled from that dialog when the caller passes
`on_cancel`. The next call of `progress` then raises `Cancelled`; the work is all or nothing (one
transaction, files written to a temporary name and renamed), so the exception undoes what it had
begun and nothing is left half-done.

Tests set `run_synchronously(True)`: the function then runs at once on the calling thread and the
callbacks follow before `run_task` returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from cwd_desktop.errors import Cancelled, CwdError

if TYPE_CHECKING:
    from cwd_desktop.storage import Store

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500
Progress = Callable[[int, int], None]

_synchronous = False


def run_synchronously(on: bool) -> None:
    """Run every task on the calling thread (tests): results arrive before run_task returns."""
    global _synchronous
    _synchronous = on


def unexpected_error_message() -> str:
    from cwd_desktop import logs

    text = QCoreApplication.translate(
        "Tasks", "Something went wrong that CWD Desktop did not expect; nothing was changed. The details are in %1."
    )
    return text.replace("%1", str(logs.log_file()))


class Task(QObject):
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancel_requested = False

    def cancel(self) -> None:
        self.cancel_requested = True

    def progress(self, done: int, total: int) -> None:
        """What the work calls: reports, or raises Cancelled once the user asked to cancel."""
        if self.cancel_requested:
            raise Cancelled("Cancelled; nothing was changed.")
        self.progressed.emit(done, total)

    def run(self, function: Callable[[Progress], Any]) -> None:
        try:
            result = function(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except CwdError as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug: keep the app alive, say so, log the traceback
            log.exception("background task failed")
            self.failed.emit(unexpected_error_message())
        else:
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task, function: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.task, self.function = task, function

    def run(self) -> None:
        self.task.run(self.function)


def on_own_connection(db_path: Path, work: Callable[[Store, Progress], Any]) -> Callable[[Progress], Any]:
    """A task function that runs `work(store, progress)` on a connection of the worker's own
    (a connection belongs to the thread that opened it)."""

    def in_worker(progress: Progress) -> Any:
        from cwd_desktop.storage import open_store

        with open_store(db_path, create=False) as store:
            return work(store, progress)

    return in_worker


_running: set[Task] = set()  # keeps each Task (and its signals) alive until it reports


def run_task(
    parent: QWidget | None,
    label: str,
    function: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_cancel: Callable[[], None] | None = None,
    quiet: bool = False,
) -> Task:
    """Run `function(progress)` in the thread pool; `on_done(result)`, `on_error(message)` or,
    when the user cancelled (possible only with `on_cancel`), `on_cancel()` run on the GUI thread
    afterwards. `quiet`: work the user did not ask for now (an hourly package, the inbox's
    import) shows no progress dialog."""
    task = Task()
    _running.add(task)
    dialog = None
    done_of_total = (0, 0)  # the last progress reported, for a dialog made after it

    def show_dialog() -> None:
        nonlocal dialog
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, done_of_total[1], parent)
        if on_cancel is None:
            dialog.setCancelButton(None)  # work that cannot stop half-way offers no Cancel
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(done_of_total[0])
        dialog.canceled.connect(task.cancel)
        dialog.show()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_dialog)

    def progress(done: int, total: int) -> None:
        nonlocal done_of_total
        done_of_total = (done, total)
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def finish(callback: Callable[..., None], *value: Any) -> None:
        timer.stop()
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        _running.discard(task)
        if parent is not None and not shiboken6.isValid(parent):
            return  # the window that asked was closed and deleted meanwhile: nowhere to show it
        callback(*value)

    task.progressed.connect(progress)
    task.finished.connect(lambda result: finish(on_done, result))
    task.failed.connect(lambda message: finish(on_error, message))
    task.cancelled.connect(lambda: finish(on_cancel or (lambda: None)))
    if _synchronous:
        task.run(function)
    else:
        if not quiet:
            timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Runnable(task, function))
    return task
