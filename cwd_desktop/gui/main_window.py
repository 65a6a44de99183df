"""The main window: the navigator of partnerships and meetings, the details of the selection, and
the wiring of the menus. The database's lifecycle lives in `database_actions`, the sync actions in
`sync_actions`.

It is painted before any database is open: checking and backing up the file read all of it, so
they start, off the GUI thread, once the window has been painted (`after_first_paint`). For
the same reason this module imports the domain model, the storage, the services and the dialogs
only where they are used, and names the dialogs' classes and the `Qt` namespace through
`QtWidgets.` and `QtCore.`: PySide builds a class, with all its enums, when it is first named.
tests/gui/test_start_up.py checks what exists when the window is first painted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from cwd_desktop import __version__, settings
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import i18n
from cwd_desktop.gui.coordinator_folders import CoordinatorFolders
from cwd_desktop.gui.database_actions import DatabaseActions
from cwd_desktop.gui.forms.ui_main_window import Ui_MainWindow
from cwd_desktop.gui.models.navigator import NavigatorModel
from cwd_desktop.gui.models.roles import ID_ROLE, KIND_ROLE
from cwd_desktop.gui.screen import fit_to_screen
from cwd_desktop.gui.sync_actions import SyncActions
from cwd_desktop.storage.instance import InstanceLock

if TYPE_CHECKING:
    from cwd_desktop.gui.meeting_window import MeetingWindow
    from cwd_desktop.gui.partnership_window import PartnershipWindow
    from cwd_desktop.gui.strategy_window import StrategyWindow
    from cwd_desktop.storage import Store

FIRST_PAINT_WAIT_MS = 2000
log = logging.getLogger(__name__)


def next_meeting_number(store: Store, partnership_id: str) -> str:
    """ "4/2026" when the partnership has three meetings numbered this year."""
    import datetime as dt

    from cwd_desktop.domain import Meeting

    year = dt.date.today().year
    numbers = [m.number for m in store.find(Meeting, partnership_id=partnership_id)]
    used = [int(n.split("/")[0]) for n in numbers if n.endswith(f"/{year}") and n.split("/")[0].isdigit()]
    return f"{max(used, default=0) + 1}/{year}"


class MainWindow(QMainWindow):
    opened = Signal()  # a database is open and shown (at start, or after switching to another)

    def __init__(self, store: Store | None = None, lock: InstanceLock | None = None) -> None:
        """With `store`, the window shows it at once; without, it waits for `open_file`."""
        super().__init__()
        self.lock = lock
        self._after_first_paint: Callable[[], None] | None = None
        self.meeting_windows: list[MeetingWindow] = []
        self._refresh_timer = QTimer(self)  # edits in meeting windows: one reload when a burst ends
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh_keeping_selection)
        self.partnership_windows: list[PartnershipWindow] = []
        self.strategy_windows: list[StrategyWindow] = []
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        fit_to_screen(self, self.width(), self.height())
        self.database = DatabaseActions(self)
        self.sync = SyncActions(self)
        self.folders = CoordinatorFolders(self)
        self.store: Store | None = None
        self.model = NavigatorModel(None, self)
        self.ui.navigator.setModel(self.model)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([460, 740])
        self.ui.actionNewDatabase.triggered.connect(self.database.new_database)
        self.ui.actionOpenDatabase.triggered.connect(self.database.open_database)
        self.ui.actionStartFromPackage.triggered.connect(self.database.start_from_package)
        self.ui.actionLoadDemo.triggered.connect(self.load_demo)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionProjector.triggered.connect(self.open_projector)
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.actionShowLog.triggered.connect(self.show_log)
        self.ui.actionKeys.triggered.connect(self.show_keys)
        self.ui.actionMinutes.triggered.connect(self.open_minutes)
        self.ui.actionOpenMeeting.triggered.connect(self.open_meeting)
        # Enter or a double click: a meeting opens its workspace, a partnership its strategy.
        self.ui.navigator.activated.connect(lambda _index: self.open_meeting() or self.open_strategy())
        self.ui.actionCreateKey.triggered.connect(lambda: self.create_key(ca=False))
        self.ui.actionCreateCA.triggered.connect(lambda: self.create_key(ca=True))
        self.ui.actionVerify.triggered.connect(self.verify)
        self.ui.actionTrustCA.triggered.connect(self.trust_ca)
        self.ui.actionExportSync.triggered.connect(self.sync.export_sync)
        self.ui.actionImportSync.triggered.connect(self.sync.import_sync)
        self.ui.actionImportFolder.triggered.connect(self.sync.import_folder)
        self.ui.actionConflicts.triggered.connect(self.sync.show_conflicts)
        self.ui.actionDeviceName.triggered.connect(self.sync.ask_device_name)
        self.ui.actionRestoreBackup.triggered.connect(self.database.restore_backup)
        self.ui.actionSaveCopy.triggered.connect(self.database.save_copy)
        self.ui.actionNewPartnership.triggered.connect(self.ask_new_partnership)
        self.ui.actionEditPartnership.triggered.connect(self.edit_partnership)
        self.ui.actionStrategy.triggered.connect(self.open_strategy)
        self.ui.actionNewMeeting.triggered.connect(self.ask_new_meeting)
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.menuRecent.aboutToShow.connect(self.database.fill_recent)
        self.ui.navigator.selectionModel().currentChanged.connect(self.show_details)
        if store is None:
            self.menuBar().setEnabled(False)
            self.ui.centralWidget.setEnabled(False)
        else:
            self.use_store(store)

    # -- database -----------------------------------------------------------------------

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run `then` once the window has been painted, so that it does not delay the first frame
        (at start-up: opening the database, whose check runs in a thread). A window that is not
        painted soon (started minimised) runs it anyway."""
        self._after_first_paint = then
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run_after_first_paint)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._after_first_paint is not None:
            QTimer.singleShot(0, self._run_after_first_paint)  # once this frame is on the screen

    def _run_after_first_paint(self) -> None:
        then, self._after_first_paint = self._after_first_paint, None
        if then is not None:
            then()

    @property
    def current_store(self) -> Store:
        """The open database: the menus and the navigator that lead here are enabled only then."""
        if self.store is None:
            raise RuntimeError("no database is open")
        return self.store

    def use_store(self, store: Store) -> None:
        self.store = store
        self.model.store = store
        settings.remember_database(store.path)
        self.menuBar().setEnabled(True)
        self.ui.centralWidget.setEnabled(True)
        self._navigator_menu()
        self.refresh()
        self.folders.configure()

    def _navigator_menu(self) -> None:
        """The right button on the navigator offers what the Partnership and Meeting menus do (set
        up with the data, not before the first frame: it needs Qt's namespace, slow to load)."""
        from PySide6.QtCore import Qt

        self.ui.navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.ui.actionOpenMeeting,
            self.ui.actionMinutes,
            self.ui.actionStrategy,
            self.ui.actionEditPartnership,
            self.ui.actionNewMeeting,
        ):
            if action not in self.ui.navigator.actions():
                self.ui.navigator.addAction(action)

    def close_workspaces(self) -> None:
        """Close the meeting, partnership and strategy windows (they save as they go) before the store closes."""
        for window in [*self.meeting_windows, *self.partnership_windows, *self.strategy_windows]:
            window.close()
        self.meeting_windows.clear()
        self.partnership_windows.clear()
        self.strategy_windows.clear()
        self._refresh_timer.stop()  # their last edits need no reload: the store may close next

    def open_settings(self) -> None:
        from cwd_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            dialog.save_folders()
            self.apply_language(dialog.chosen_language())
            self.folders.configure()

    def apply_language(self, lang: str) -> None:
        """Remember the choice and speak it now in this window and in every window opened next."""
        settings.set_value("language", lang)
        i18n.install(QApplication.instance(), lang or None)
        self.ui.retranslateUi(self)
        self.refresh()

    # -- partnerships and meetings ---------------------------------------------------------------

    def selected_partnership_id(self) -> str | None:
        kind, row_id = self.selected()
        if kind == "meeting":
            return self.ui.navigator.currentIndex().siblingAtColumn(0).parent().data(ID_ROLE)
        return row_id if kind == "partnership" else None

    def select(self, row_id: str) -> None:
        found = self.model.match(
            self.model.index(0, 0),
            ID_ROLE,
            row_id,
            1,
            QtCore.Qt.MatchFlag.MatchExactly | QtCore.Qt.MatchFlag.MatchRecursive,
        )
        if found:
            self.ui.navigator.setCurrentIndex(found[0])

    def ask_new_partnership(self) -> None:
        name, ok = QtWidgets.QInputDialog.getText(self, self.tr("New partnership"), self.tr("The partnership's name:"))
        if ok and name.strip():
            self.new_partnership(name.strip())

    def new_partnership(self, name: str) -> PartnershipWindow | None:
        from cwd_desktop.domain import Partnership

        try:
            partnership = self.current_store.add(Partnership(name=name))
        except CwdError as exc:
            self.show_error(str(exc))
            return None
        self.refresh()
        self.select(partnership.id)
        return self.edit_partnership()

    def edit_partnership(self) -> PartnershipWindow | None:
        partnership_id = self.selected_partnership_id()
        if partnership_id is None:
            return None
        from cwd_desktop.gui.partnership_window import PartnershipWindow  # loaded when first needed

        window = PartnershipWindow(self.current_store, partnership_id, self)
        window.renamed.connect(lambda: self._reload_keeping(partnership_id))
        window.show()
        self.partnership_windows.append(window)
        return window

    def open_strategy(self) -> QtWidgets.QMainWindow | None:
        """The selected partnership's strategy workspace (one window per partnership)."""
        partnership_id = self.selected_partnership_id()
        if partnership_id is None:
            return None
        from cwd_desktop.gui.strategy_window import StrategyWindow  # loaded when first needed

        for window in self.strategy_windows:
            if window.partnership_id == partnership_id and window.isVisible():
                window.raise_()
                window.activateWindow()
                return window
        window = StrategyWindow(self.current_store, partnership_id, self)
        window.show()
        self.strategy_windows.append(window)
        return window

    def ask_new_meeting(self) -> None:
        partnership_id = self.selected_partnership_id()
        if partnership_id is None:
            QtWidgets.QMessageBox.information(self, self.tr("New meeting"), self.tr("Select the partnership first."))
            return
        number, ok = QtWidgets.QInputDialog.getText(
            self,
            self.tr("New meeting"),
            self.tr("The meeting's number, as on its minutes:"),
            text=next_meeting_number(self.current_store, partnership_id),
        )
        if ok and number.strip():
            self.new_meeting(partnership_id, number.strip())

    def new_meeting(self, partnership_id: str, number: str) -> MeetingWindow | None:
        """Add a meeting dated today, show it in the navigator and open its workspace."""
        import datetime as dt

        from cwd_desktop.domain import Meeting

        try:
            meeting = self.current_store.add(
                Meeting(partnership_id=partnership_id, number=number, date=dt.date.today())
            )
        except CwdError as exc:
            self.show_error(str(exc))
            return None
        self.refresh()
        self.select(meeting.id)
        return self.open_meeting()

    def offer_demo_if_empty(self) -> None:
        if self.model.rowCount():  # the navigator lists every partnership
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Empty database"),
            self.tr(
                "This database has no partnerships yet. Load the two demo partnerships "
                "(Aglomeracja Beskidzka and Ziemia Wysokomazowiecka) to look around?"
            ),
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self) -> None:
        from cwd_desktop.services.demo import load_demo

        try:
            added = load_demo(self.current_store)
        except CwdError as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Cannot load the demo"), str(exc))
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("Added %n demo partnership(s).", "", len(added)), 5000)

    # -- view ---------------------------------------------------------------------------

    def _reload_keeping(self, row_id: str) -> None:
        self.model.reload()
        self._after_model_reset(row_id)

    def refresh(self) -> None:
        self.model.reload()
        self._after_model_reset()
        self._reopen_signed_workspaces()
        self.folders.count_conflicts()

    def refresh_keeping_selection(self) -> None:
        """After an edit in a meeting's window: the navigator and details show it at once."""
        if self.store is None:
            return
        _kind, row_id = self.selected()
        if row_id:
            self._reload_keeping(row_id)
        else:
            self.refresh()
        self._reopen_signed_workspaces()

    def _reopen_signed_workspaces(self) -> None:
        """A meeting's window still open for editing when its minutes were signed turns read-only
        at once: it is opened again, read-only, where it was and on the same tab."""
        from cwd_desktop.domain import Meeting
        from cwd_desktop.domain.choices import MeetingStatus

        if self.store is None:
            return
        for window in list(self.meeting_windows):
            if window.read_only or not window.isVisible():
                continue
            if self.current_store.get(Meeting, window.meeting_id).status is not MeetingStatus.SIGNED:
                continue
            geometry, tab = window.geometry(), window.tabs.currentIndex()
            window.close()
            self.meeting_windows.remove(window)
            reopened = self._open_meeting_window(window.meeting_id)
            reopened.setGeometry(geometry)
            reopened.tabs.setCurrentIndex(tab)

    def _after_model_reset(self, keep: str | None = None) -> None:
        if self.store is None:
            return
        self.ui.navigator.expandAll()
        # The model's reset removed the columns, and their sizing with them: the name takes the
        # room left by the date and the status, which always stay in view.
        header = self.ui.navigator.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            self.ui.navigator.resizeColumnToContents(column)
        self.show_database()
        first = self.model.index(0, 0)
        if keep:
            self.select(keep)
        elif first.isValid():
            self.ui.navigator.setCurrentIndex(first)
        else:
            self.ui.details.setHtml(
                self.tr(
                    "<p>No partnerships yet. Use <b>File → Load demo partnerships</b> "
                    "to add the two demo partnerships.</p>"
                )
            )

    def show_database(self) -> None:
        """The open file in the title and the status bar."""
        title = self.tr("CWD Desktop %1 — %2")
        self.setWindowTitle(title.replace("%1", __version__).replace("%2", self.current_store.path.name))
        status = self.tr("Database: %1 · device: %2")
        self.statusBar().showMessage(
            status.replace("%1", str(self.current_store.path)).replace("%2", self.current_store.device_name)
        )

    def selected(self) -> tuple[str | None, str | None]:
        first_column = self.ui.navigator.currentIndex().siblingAtColumn(0)
        return first_column.data(KIND_ROLE), first_column.data(ID_ROLE)

    def show_details(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        first_column = current.siblingAtColumn(0)
        kind, row_id = first_column.data(KIND_ROLE), first_column.data(ID_ROLE)
        self.ui.actionMinutes.setEnabled(kind == "meeting")
        self.ui.actionOpenMeeting.setEnabled(kind == "meeting")
        if kind == "partnership":
            self.ui.details.show_partnership(self.current_store, row_id)
        elif kind == "meeting":
            self.ui.details.show_meeting(self.current_store, row_id)

    # -- minutes and signatures ---------------------------------------------------------------

    def open_minutes(self):
        from cwd_desktop.gui.minutes_dialog import MinutesDialog  # ReportLab and pyHanko load on first use

        kind, row_id = self.selected()
        if kind != "meeting" or row_id is None:
            return None
        dialog = MinutesDialog(self.current_store, row_id, self)
        dialog.changed.connect(self.refresh)
        dialog.show()
        return dialog

    def open_meeting(self) -> MeetingWindow | None:
        kind, row_id = self.selected()
        if kind != "meeting" or row_id is None:
            return None
        return self._open_meeting_window(row_id)

    def _open_meeting_window(self, meeting_id: str) -> MeetingWindow:
        from cwd_desktop.gui.meeting_window import MeetingWindow  # loaded when first needed

        window = MeetingWindow(self.current_store, meeting_id, self)
        # Its edits show here at once (once the burst of an edit is over: one reload, not one a key).
        window.undo_stack.indexChanged.connect(lambda _index: self._refresh_timer.start())
        window.closed.connect(self._meeting_window_closed)
        window.show()
        self.meeting_windows.append(window)
        return window

    def _meeting_window_closed(self) -> None:
        """A meeting's work is done for now: its package for the coordinator (if one is set)."""
        if not self.folders.closing:
            self.folders.write_outbox()

    def open_projector(self) -> None:
        """F5, as in a meeting's window: the selected meeting's workspace, with its projector."""
        window = self.open_meeting()
        if window is None:
            self.statusBar().showMessage(self.tr("Select a meeting first."), 8000)
            return
        window.open_projector()

    def create_key(self, ca: bool) -> None:
        from cwd_desktop.gui.signing_dialogs import CertificateDialog

        dialog = CertificateDialog(self.current_store, ca=ca, parent=self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(dialog.result_message, 8000)

    def trust_ca(self) -> None:
        from cwd_desktop.gui.signing_dialogs import trust_ca

        ca = trust_ca(self)
        if ca is not None:
            message = self.tr("Trusted on this computer: %1 (%2).").replace("%1", ca.name).replace("%2", ca.fingerprint)
            self.statusBar().showMessage(message, 15000)

    def verify(self) -> None:
        from cwd_desktop.gui.signing_dialogs import VerifyDialog

        VerifyDialog(self.current_store, self).exec()

    def show_error(self, message: str) -> None:
        log.warning("refused: %s", message)
        QtWidgets.QMessageBox.critical(self, "CWD Desktop", message)

    def show_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 8000)

    def show_keys(self) -> None:
        from cwd_desktop.gui.keys import show_sheet  # when asked: not needed for the first frame

        show_sheet(self)

    def show_log(self) -> None:
        """The log's folder in the file manager, the file selected where the system allows: what a
        coordinator asks for when something went wrong."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from cwd_desktop import logs

        path = logs.start()  # makes the folder
        if path is None:
            self.show_error(self.tr("The log folder %1 cannot be created.").replace("%1", str(logs.log_file().parent)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        self.statusBar().showMessage(self.tr("The log file: %1").replace("%1", str(path)), 15000)

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About CWD Desktop"),
            self.tr(
                "<p><b>CWD Desktop %1</b></p><p>Workshops, SWOT analysis, goals and minutes for partnerships "
                "of local governments (Centrum Wsparcia Doradczego). Works offline; your data stays "
                "in the database file on this computer.</p>"
            ).replace("%1", __version__),
        )

    def closeEvent(self, event) -> None:
        # Every edit is already committed; closing only takes a last backup, writes the package for
        # the coordinator (if a folder is set) and releases the file.
        self.folders.closing = True
        self.close_workspaces()
        if self.store is not None:
            self.database.backup_if_due()
            self.folders.write_outbox(wait=True)
            self.store.close()
        if self.lock:
            self.lock.release()
        super().closeEvent(event)
