"""The minutes of one meeting: page preview, export, signing, the attendance sheet, reopening."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import Meeting
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.fileio import read_file
from cwd_desktop.gui import file_dialogs
from cwd_desktop.gui.preview import PagePreview, render_pages
from cwd_desktop.gui.screen import fit_to_screen
from cwd_desktop.gui.tasks import on_own_connection, run_task
from cwd_desktop.minutes.certs import KeyMaterial, load_pkcs12
from cwd_desktop.services import minutes
from cwd_desktop.storage import Store

PDF_FILTER = "PDF (*.pdf)"
DOCX_FILTER = "Word (*.docx)"
KEY_FILTER = "PKCS#12 (*.p12 *.pfx)"


class MinutesDialog(QDialog):
    """Everything about a meeting's protokół. Emits `changed` when the meeting's state changed."""

    changed = Signal()

    def __init__(self, store: Store, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        fit_to_screen(self, 900, 800)
        self.heading = QLabel()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.lang = QComboBox()
        self.lang.addItem("Polski", "pl")
        self.lang.addItem("English", "en")
        self.lang.setAccessibleName(self.tr("Language of the minutes"))
        self.lang.currentIndexChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.sign_button = QPushButton(self.tr("&Sign and export…"))
        self.sheet_button = QPushButton(self.tr("&Attendance sheet…"))
        self.bip_button = QPushButton(self.tr("Version for &BIP…"))
        self.docx_button = QPushButton(self.tr("&Word copy…"))
        self.docx_button.setToolTip(
            self.tr("An editable copy of the minutes for Word; the signed PDF stays the record.")
        )
        self.bip_button.setToolTip(
            self.tr(
                "The minutes for publication in BIP: private persons by initials or role (as set for each "
                "person in the partnership's people), no signatures."
            )
        )
        self.reopen_button = QPushButton(self.tr("&Reopen as a new revision"))
        self.export_button.clicked.connect(self.export)
        self.sign_button.clicked.connect(self.sign)
        self.sheet_button.clicked.connect(self.attendance_sheet)
        self.bip_button.clicked.connect(self.bip_version)
        self.docx_button.clicked.connect(self.word_copy)
        self.reopen_button.clicked.connect(self.reopen)
        self.preview = PagePreview(self)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.lang)
        buttons = QHBoxLayout()
        for widget in (
            language_label,
            self.lang,
            self.export_button,
            self.sign_button,
            self.sheet_button,
            self.bip_button,
            self.docx_button,
            self.reopen_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.state)
        layout.addWidget(self.preview, 1)
        self.busy = False
        self.update_state()
        self.refresh()

    @property
    def meeting(self) -> Meeting:
        return self.store.get(Meeting, self.meeting_id)

    @property
    def chosen_lang(self) -> str:
        return self.lang.currentData()

    def update_state(self) -> None:
        meeting = self.meeting
        signed = meeting.status is MeetingStatus.SIGNED
        title = self.tr("Minutes %1").replace("%1", meeting.display_number)
        self.setWindowTitle(title)
        self.heading.setText(f"<h2>{escape(title)}</h2>")
        if signed:
            record, _data = minutes.latest_signed(self.store, meeting.id)
            self.state.setText(
                self.tr("Signed by %1 on %2. The meeting is read-only; reopen it as a new revision to change anything.")
                .replace("%1", record.signer)
                .replace("%2", record.signed_at.replace("T", " "))
            )
        else:
            self.state.setText(self.tr("Not signed yet. Signing closes the meeting: it becomes read-only."))
        self.sign_button.setEnabled(not signed)
        self.reopen_button.setEnabled(signed)
        self.lang.setEnabled(not signed)

    # -- background work ------------------------------------------------------------------

    def _run(self, label: str, work, on_done) -> None:
        self.busy = True

        def done(result):
            self.busy = False
            on_done(result)

        def cancelled() -> None:
            self.busy = False

        run_task(self, label, on_own_connection(self.store.path, work), done, self.show_error, cancelled)

    def show_error(self, message: str) -> None:
        self.busy = False
        QMessageBox.critical(self, self.tr("Minutes"), message)

    def refresh(self) -> None:
        meeting_id, lang = self.meeting_id, self.chosen_lang
        self._run(
            self.tr("Preparing the preview…"),
            lambda store, progress: render_pages(minutes.render_preview(store, meeting_id, lang), progress=progress),
            self.preview.show_pages,
        )

    # -- actions ----------------------------------------------------------------------------

    def ask_save_path(self, title: str, suggested: str, kind: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, file_dialogs.start("minutes", suggested), kind or PDF_FILTER)
        file_dialogs.remember("minutes", name)
        return Path(name) if name else None

    def ask_key(self) -> KeyMaterial | None:
        settings = QSettings()
        remembered = str(settings.value("signing/key", ""))
        name = remembered if remembered and Path(remembered).is_file() else ""
        if not name:
            name = self.choose_or_create_key()
        else:  # the key used last: confirm it, or choose another
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose your signing key"), name, KEY_FILTER)
        if not name:
            return None
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            self.tr("Passphrase of %1:").replace("%1", Path(name).name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        try:
            key = load_pkcs12(read_file(Path(name), "The key file"), passphrase, Path(name).name)
        except Exception as exc:  # one clear sentence, nothing changed
            self.show_error(str(exc))
            return None
        settings.setValue("signing/key", name)
        return key

    def choose_or_create_key(self) -> str:
        """No key used here yet: choose a key file, or create one right here (then sign with it)."""
        from cwd_desktop.gui.signing_dialogs import CertificateDialog

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Signing key"))
        box.setText(self.tr("Signing needs your signing key (a .p12 file). Do you have one, or create it now?"))
        choose = box.addButton(self.tr("&Choose the key file…"), QMessageBox.ButtonRole.AcceptRole)
        create = box.addButton(self.tr("C&reate a key now…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is choose:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose your signing key"), file_dialogs.start("keys"), KEY_FILTER
            )
            return name
        if box.clickedButton() is create:
            dialog = CertificateDialog(self.store, parent=self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.output.path() is not None:
                return str(dialog.output.path())
        return ""

    def _suggested(self, kind: str) -> str:
        number = self.meeting.display_number.replace("/", "-").replace(", ", "-").replace(" ", "-")
        return f"{kind}-{number}.pdf"

    def export(self) -> None:
        target = self.ask_save_path(self.tr("Export the minutes"), self._suggested("protokol"))
        if target:
            meeting_id, lang = self.meeting_id, self.chosen_lang
            self._run(
                self.tr("Exporting the minutes…"),
                lambda store, progress: minutes.export_minutes(store, meeting_id, target, lang, None, progress),
                self.exported,
            )

    def sign(self) -> None:
        key = self.ask_key()
        if key is None:
            return
        target = self.ask_save_path(self.tr("Save the signed minutes"), self._suggested("protokol-podpisany"))
        if target:
            meeting_id, lang = self.meeting_id, self.chosen_lang
            self._run(
                self.tr("Signing the minutes…"),
                lambda store, progress: minutes.export_minutes(store, meeting_id, target, lang, key, progress),
                self.exported,
            )

    def attendance_sheet(self) -> None:
        target = self.ask_save_path(self.tr("Export the attendance sheet"), self._suggested("lista-obecnosci"))
        if target:
            meeting_id, lang = self.meeting_id, self.chosen_lang
            self._run(
                self.tr("Exporting the attendance sheet…"),
                lambda store, _p: minutes.export_attendance_sheet(store, meeting_id, target, lang),
                self.exported,
            )

    def bip_version(self) -> None:
        target = self.ask_save_path(self.tr("Save the version for BIP"), self._suggested("protokol-bip"))
        if target:
            meeting_id, lang = self.meeting_id, self.chosen_lang
            self._run(
                self.tr("Exporting the version for BIP…"),
                lambda store, _p: minutes.export_bip(store, meeting_id, target, lang),
                self.exported,
            )

    def word_copy(self) -> None:
        suggested = self._suggested("protokol-kopia-robocza").removesuffix(".pdf") + ".docx"
        target = self.ask_save_path(self.tr("Save the Word working copy"), suggested, DOCX_FILTER)
        if target:
            meeting_id, lang = self.meeting_id, self.chosen_lang
            self._run(
                self.tr("Writing the Word copy…"),
                lambda store, _p: minutes.export_docx(store, meeting_id, target, lang),
                self.exported,
            )

    def exported(self, result: minutes.ExportResult) -> None:
        if result.signed:
            self.changed.emit()
            self.update_state()
            self.refresh()
        self.state.setText(self.state.text() + "\n" + self.tr("Saved %1.").replace("%1", str(result.path)))

    def reopen(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reopen the meeting"),
            self.tr(
                "Make a new draft revision of this meeting with all its content? The signed minutes stay as they are."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            revised = minutes.reopen(self.store, self.meeting_id)
        except Exception as exc:
            self.show_error(str(exc))
            return
        self.meeting_id = revised.id
        self.changed.emit()
        self.update_state()
        self.refresh()
