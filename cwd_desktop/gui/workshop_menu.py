"""The meeting window's Workshop menu: the facilitator's kit around the SWOT board.

Paper voting and the tally (Ctrl+L), printable card sheets and voting slips, a photo of the
flipchart, the board and the matrix as PNG or A4 PDF, and the phase timer (F8 start or pause,
Ctrl+F8 one minute more, Shift+F8 reset, F9 the phase, and its optional sound).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from cwd_desktop import fileio, settings
from cwd_desktop.domain import Meeting
from cwd_desktop.errors import CwdError
from cwd_desktop.gui import file_dialogs
from cwd_desktop.gui.board_export import board_painter, matrix_painter, write_picture
from cwd_desktop.gui.commands import said
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.phase_timer import PhaseDialog, PhaseTimer
from cwd_desktop.gui.photos_dialog import PhotosDialog
from cwd_desktop.gui.priority_matrix import matrix_points
from cwd_desktop.gui.projector import board_cards, board_titles
from cwd_desktop.gui.swot_board import SwotBoard
from cwd_desktop.gui.tally_dialog import TallyDialog
from cwd_desktop.services import paper_voting

PDF, PNG_OR_PDF = "PDF (*.pdf)", "PNG (*.png);;PDF (*.pdf)"
SOUND_SETTING = "timer_sound"


class WorkshopMenu(QObject):
    def __init__(self, window: QMainWindow, board: SwotBoard, meeting_id: str, timer: PhaseTimer) -> None:
        super().__init__(window)
        self.window, self.board, self.meeting_id, self.timer = window, board, meeting_id, timer
        menu = window.menuBar().addMenu(self.tr("&Workshop"))
        self.menu = menu
        has_session = board.session() is not None

        def add(text: str, slot: Callable[[], object], key: str = "", enabled: bool = True):
            action = menu.addAction(text)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False: slot())
            action.setEnabled(enabled)
            return action

        self.tally = add(self.tr("Paper &voting and the tally…"), self.open_tally, "Ctrl+L", has_session)
        self.photo = add(self.tr("&Photos of the flipchart…"), self.open_photos, enabled=has_session)
        menu.addSeparator()
        self.cards4 = add(
            self.tr("Print &cards for the wall, 4 a page (PDF)…"), lambda: self.print_cards(4), enabled=has_session
        )
        self.cards6 = add(
            self.tr("Print cards for the wall, &6 a page (PDF)…"), lambda: self.print_cards(6), enabled=has_session
        )
        self.slips = add(self.tr("Print voting &slips (PDF)…"), self.print_slips, enabled=has_session)
        menu.addSeparator()
        self.export_board = add(self.tr("E&xport the board (PNG or PDF)…"), self.save_board, enabled=has_session)
        self.export_matrix = add(self.tr("Export the prioritisation &matrix (PNG or PDF)…"), self.save_matrix)
        menu.addSeparator()
        add(self.tr("&Timer: start or pause"), timer.start_or_pause, "F8")
        add(self.tr("Timer: one minute m&ore"), timer.add_minute, "Ctrl+F8")
        add(self.tr("Timer: &reset"), timer.reset, "Shift+F8")
        add(self.tr("Timer: p&hase and minutes…"), self.choose_phase, "F9")
        self.sound = menu.addAction(self.tr("Timer: so&und in the last minute and at zero"))
        self.sound.setCheckable(True)
        self.sound.setChecked(bool(settings.load().get(SOUND_SETTING, False)))
        timer.sound = self.sound.isChecked()
        self.sound.toggled.connect(self.set_sound)

    # -- paper voting ------------------------------------------------------------------------------

    def open_tally(self) -> TallyDialog:
        dialog = TallyDialog(self.board, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # (opened again, it is made again)
        dialog.show()
        return dialog

    def open_photos(self) -> PhotosDialog:
        dialog = PhotosDialog(self.board, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- files ---------------------------------------------------------------------------------------

    def _title(self) -> str:
        return paper_voting.meeting_heading(self.board.store, self.meeting_id, language())

    def _save(self, title: str, suggested: str, kinds: str, write: Callable[[Path], None]) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(self.window, title, file_dialogs.start("workshop", suggested), kinds)
        if not name:
            return None
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".png" if chosen.startswith("PNG") else ".pdf")
        file_dialogs.remember("workshop", str(path))
        try:
            write(path)
        except CwdError as exc:
            QMessageBox.warning(self.window, title, said(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self.window, title, fileio.describe_os_error(exc, path))
            return None
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path

    def print_cards(self, per_page: int) -> Path | None:
        session_id = self.board.session_id
        return self._save(
            self.tr("Cards for the wall"),
            f"karty-swot-{per_page}.pdf",
            PDF,
            lambda path: fileio.write_atomic(
                path, paper_voting.card_sheet_pdf(self.board.store, session_id, per_page, language())
            ),
        )

    def print_slips(self) -> Path | None:
        session_id = self.board.session_id
        present = paper_voting.present_count(self.board.store, self.meeting_id)
        copies, ok = QInputDialog.getInt(
            self.window,
            self.tr("Voting slips"),
            self.tr("How many slips (one for each person present)?"),
            max(present, 1),
            1,
            500,
        )
        if not ok:
            return None
        return self._save(
            self.tr("Voting slips"),
            "karty-do-glosowania.pdf",
            PDF,
            lambda path: fileio.write_atomic(
                path, paper_voting.voting_slips_pdf(self.board.store, session_id, copies, language())
            ),
        )

    def save_board(self) -> Path | None:
        session = self.board.session()
        cards = board_cards(self.board)
        paint = board_painter(cards, board_titles(cards), show_authors=not (session and session.hide_authors))
        title = f"{self._title()} · SWOT"
        return self._save(
            self.tr("Export the board"), "tablica-swot.png", PNG_OR_PDF, lambda p: write_picture(p, title, paint)
        )

    def save_matrix(self) -> Path | None:
        meeting = self.board.store.get(Meeting, self.meeting_id)
        paint = matrix_painter(matrix_points(self.board.store, meeting.partnership_id))
        matrix = self.tr("Prioritisation matrix")
        title = f"{self._title()} · {matrix}"
        return self._save(
            self.tr("Export the matrix"),
            "macierz-priorytetow.png",
            PNG_OR_PDF,
            lambda p: write_picture(p, title, paint),
        )

    # -- the timer -----------------------------------------------------------------------------------

    def choose_phase(self) -> None:
        PhaseDialog(self.timer, self.window).exec()

    def set_sound(self, on: bool) -> None:
        self.timer.sound = on
        settings.set_value(SOUND_SETTING, on)
