"""The main window's link to the sync engine's folders, and the counts that cannot be missed.

- Outbox (a moderator's laptop, Settings → Folder for the coordinator): each partnership's
  package is written there when a meeting's window closes, every hour, and when the program
  closes; off the GUI thread, except at the close.
- Inbox (a coordinator's, Settings → Inbox folders): watched while the program runs (the file
  system's notices, and a look every minute for network shares that send none). New packages
  are imported off the GUI thread, or shown as a badge "3 nowe paczki" that imports them on a
  click (with the preview), as the coordinator chose.
- A badge names the conflicts and the changes to signed meetings that wait for review.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QPushButton

from cwd_desktop import settings
from cwd_desktop.errors import CwdError
from cwd_desktop.gui.tasks import on_own_connection, run_task

if TYPE_CHECKING:
    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.sync.merge import ImportReport

log = logging.getLogger(__name__)
HOUR_MS = 3600 * 1000
LOOK_EVERY_MS = 60 * 1000
SETTLE_MS = 1500  # a burst of notices from the sync engine: one look when it ends


class CoordinatorFolders(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict[Path, tuple[int, int, str]] = {}
        self.ignored: set[str] = set()  # hashes of packages an import refused, or this computer's own
        self.unaccepted: set[str] = set()  # hashes of packages from devices not accepted here yet
        self.busy = False  # an inbox import is running
        self.closing = False  # the program is closing: the last package is written on the spot
        self.hourly = QTimer(self)
        self.hourly.setInterval(HOUR_MS)
        self.hourly.timeout.connect(self.write_outbox)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SETTLE_MS)
        self.soon.timeout.connect(self.look)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.soon.start())
        self.poll = QTimer(self)
        self.poll.setInterval(LOOK_EVERY_MS)
        self.poll.timeout.connect(self.look)
        self.inbox_badge = self._badge(self.tr("New packages in the inbox folders: click to import them"))
        self.inbox_badge.clicked.connect(self.import_interactively)
        self.conflicts_badge = self._badge(self.tr("Conflicts and changes to signed meetings wait for review"))
        self.conflicts_badge.clicked.connect(self.window.sync.show_conflicts)
        self.window.sync.imported.connect(self._reported)

    def _badge(self, tip: str) -> QPushButton:
        badge = QPushButton()
        badge.setToolTip(tip)
        badge.setStyleSheet("QPushButton { font-weight: bold; padding: 1px 8px; }")
        badge.hide()
        self.window.statusBar().addPermanentWidget(badge)
        return badge

    # -- settings -------------------------------------------------------------------------

    def outbox(self) -> Path | None:
        folder = settings.load()["outbox"]
        return Path(folder) if folder else None

    def inboxes(self) -> list[Path]:
        return [Path(p) for p in settings.load()["inboxes"] if isinstance(p, str) and p]

    def configure(self) -> None:
        """Follow the settings: start or stop the hourly outbox and the inbox's watch."""
        if self.outbox() is not None:
            self.hourly.start()
        else:
            self.hourly.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        inboxes = [str(p) for p in self.inboxes() if p.is_dir()]
        if inboxes:
            self.watcher.addPaths(inboxes)
            self.poll.start()
            self.soon.start()
        else:
            self.poll.stop()
            self.inbox_badge.hide()
        self.count_conflicts()

    # -- outbox ---------------------------------------------------------------------------

    def write_outbox(self, wait: bool = False) -> None:
        """Write the packages for the coordinator (changed partnerships only); `wait`: now, on this
        thread (the program is closing), else in the background."""
        folder, store = self.outbox(), self.window.store
        if folder is None or store is None:
            return
        from cwd_desktop.sync.outbox import write_outbox

        if wait:
            try:
                write_outbox(store, folder)
            except CwdError as exc:
                log.warning("outbox: %s", exc)
            return
        run_task(
            None,
            "",
            on_own_connection(store.path, lambda own, _progress: write_outbox(own, folder)),
            self._outbox_written,
            lambda message: self.window.statusBar().showMessage(message, 15000),
            quiet=True,
        )

    def _outbox_written(self, written: list[Path]) -> None:
        if written:
            self.window.statusBar().showMessage(
                self.tr("Packages for the coordinator written: %1").replace("%1", ", ".join(p.name for p in written)),
                8000,
            )

    # -- inbox ----------------------------------------------------------------------------

    def look(self) -> None:
        """Count the inbox's new packages; import them at once if the coordinator chose so."""
        store, folders = self.window.store, self.inboxes()
        if store is None or not folders or self.busy:
            return
        from cwd_desktop.sync.outbox import new_packages

        news = new_packages(store, folders, self.seen, frozenset(self.ignored | self.unaccepted))
        if news and settings.load()["inbox_auto"]:
            self.import_in_background(folders)
            return
        self.show_inbox_badge(len(news) + len(self.unaccepted))

    def show_inbox_badge(self, count: int) -> None:
        self.inbox_badge.setText(self.tr("%n new package(s)", "", count))
        self.inbox_badge.setVisible(count > 0)

    def import_interactively(self) -> None:
        """The badge's action: the inbox's packages, with the preview and the report."""
        self.window.sync.run_import_sync(self.inboxes())

    def import_in_background(self, folders: list[Path]) -> None:
        from cwd_desktop.sync import service

        store = self.window.current_store
        self.busy = True
        run_task(
            None,
            "",
            on_own_connection(store.path, lambda own, _progress: service.import_paths(own, folders)),
            self._imported_in_background,
            self._failed_in_background,
            quiet=True,
        )

    def _imported_in_background(self, reports: list[ImportReport]) -> None:
        self.busy = False
        self._reported(reports)
        done = [r for r in reports if r.rows_added or r.fields_changed or r.files_added]
        if done:
            self.window.refresh_keeping_selection()
            self.window.statusBar().showMessage(
                self.tr("Imported from the inbox: %1").replace("%1", ", ".join(r.file for r in done)), 15000
            )
        # Packages from devices not accepted yet stay on the badge: a click imports them with the
        # preview, asking about their devices.
        self.show_inbox_badge(len(self.unaccepted))

    def _failed_in_background(self, message: str) -> None:
        self.busy = False
        self.window.statusBar().showMessage(message, 15000)

    def _reported(self, reports: list[ImportReport]) -> None:
        """Packages an import left out stay out of the count until their files change (or the
        coordinator imports them by hand); the conflicts' count follows the import."""
        from cwd_desktop.sync.outbox import file_digest

        folders = self.inboxes()
        self.unaccepted = set()
        for report in reports:
            if report.refused or report.new_device or report.from_this_computer:
                for folder in folders:
                    digest = file_digest(folder / report.file, self.seen)
                    if digest is not None:
                        (self.unaccepted if report.new_device else self.ignored).add(digest)
        self.count_conflicts()

    # -- conflicts ------------------------------------------------------------------------

    def count_conflicts(self) -> None:
        store = self.window.store
        if store is None:
            self.conflicts_badge.hide()
            return
        count = store.db.execute("SELECT count(*) FROM sync_conflict WHERE resolved = 0").fetchone()[0]
        count += store.db.execute("SELECT count(*) FROM held_change").fetchone()[0]
        self.conflicts_badge.setText(self.tr("Conflicts to review: %1").replace("%1", str(count)))
        self.conflicts_badge.setVisible(count > 0)
