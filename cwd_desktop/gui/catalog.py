"""Every window and dialog of the application, made on a database with data: the list that the
key and size checks (tests/gui) and `make screenshots` walk, so that none is forgotten."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cwd_desktop.domain import Meeting, Partnership
from cwd_desktop.storage import Store


def windows(store: Store) -> dict[str, Callable[[], QWidget]]:
    """name -> a function making it. The main window comes last: closing it closes the database."""
    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.gui.meeting_window import MeetingWindow
    from cwd_desktop.gui.minutes_dialog import MinutesDialog
    from cwd_desktop.gui.partnership_window import PartnershipWindow
    from cwd_desktop.gui.phase_timer import PhaseDialog
    from cwd_desktop.gui.photos_dialog import PhotosDialog
    from cwd_desktop.gui.settings_dialog import SettingsDialog
    from cwd_desktop.gui.signing_dialogs import CertificateDialog, VerifyDialog
    from cwd_desktop.gui.strategy_window import StrategyWindow
    from cwd_desktop.gui.sync_dialogs import ConflictsDialog
    from cwd_desktop.gui.tally_dialog import TallyDialog

    meeting = next((m for m in store.find(Meeting) if m.number == "3/2026"), None) or store.find(Meeting)[0]

    def of_meeting(make: Callable[[MeetingWindow], QWidget]) -> Callable[[], QWidget]:
        """A dialog or window of the meeting window (which it keeps alive as its parent)."""
        return lambda: make(MeetingWindow(store, meeting.id))

    partnership = store.get(Partnership, meeting.partnership_id)
    return {
        "meeting window": lambda: MeetingWindow(store, meeting.id),
        "partnership window": lambda: PartnershipWindow(store, partnership.id),
        "strategy window": lambda: StrategyWindow(store, partnership.id),
        "projector": of_meeting(lambda window: window.open_projector()),
        "tally dialog": of_meeting(lambda window: TallyDialog(window.board, window)),
        "photos dialog": of_meeting(lambda window: PhotosDialog(window.board, window)),
        "phase dialog": of_meeting(lambda window: PhaseDialog(window.timer, window)),
        "minutes dialog": lambda: MinutesDialog(store, meeting.id),
        "settings": lambda: SettingsDialog(),
        "key dialog": lambda: CertificateDialog(store),
        "CA dialog": lambda: CertificateDialog(store, ca=True),
        "verify dialog": lambda: VerifyDialog(store),
        "conflicts": lambda: ConflictsDialog(store),
        "main window": lambda: MainWindow(store),
    }
