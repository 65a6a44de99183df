"""Signing keys and verification in the GUI: create a key or a partnership CA, verify a signed PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import Partnership
from cwd_desktop.errors import CwdError
from cwd_desktop.fileio import read_file, write_atomic
from cwd_desktop.gui import file_dialogs
from cwd_desktop.gui.tasks import run_task
from cwd_desktop.minutes import certs, trust
from cwd_desktop.minutes.verify import VerifyReport
from cwd_desktop.services import minutes
from cwd_desktop.storage import Store, open_store

KEY_FILTER = "PKCS#12 (*.p12 *.pfx)"


class PathField(QWidget):
    """A line edit with a Browse… button."""

    def __init__(self, save: bool, file_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save, self.file_filter = save, file_filter
        self.edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def browse(self) -> None:
        ask = QFileDialog.getSaveFileName if self.save else QFileDialog.getOpenFileName
        name, _ = ask(self, "", self.edit.text() or file_dialogs.start("keys"), self.file_filter)
        file_dialogs.remember("keys", name)
        if name:
            self.edit.setText(name)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class CertificateDialog(QDialog):
    """Create a moderator's signing key, or (ca=True) a partnership CA kept in the database."""

    def __init__(self, store: Store, ca: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ca = store, ca
        self.setWindowTitle(self.tr("Create a partnership CA") if ca else self.tr("Create a signing key"))
        self.name, self.email, self.org = QLineEdit(), QLineEdit(), QLineEdit()
        self.passphrase, self.repeat = _password(), _password()
        self.output = PathField(True, KEY_FILTER)
        self.use_ca = QCheckBox(self.tr("Issued by the partnership CA"))
        self.ca_file = PathField(False, KEY_FILTER)
        self.ca_passphrase = _password()
        self.partnership = QComboBox()
        for p in store.find(Partnership, order_by="name"):
            self.partnership.addItem(p.name, p.id)
        form = QFormLayout()
        if ca:
            form.addRow(self.tr("Partners&hip:"), self.partnership)
        else:
            form.addRow(self.tr("&Name:"), self.name)
            form.addRow(self.tr("&E-mail:"), self.email)
            form.addRow(self.tr("&Organisation:"), self.org)
        form.addRow(self.tr("Pass&phrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        form.addRow(self.tr("&Save as:"), self.output)
        if not ca:
            form.addRow(self.use_ca)
            form.addRow(self.tr("CA &file:"), self.ca_file)
            form.addRow(self.tr("CA passp&hrase:"), self.ca_passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create_key)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.result_message = ""

    def _problem(self) -> str:
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        if self.output.path() is None:
            return self.tr("Choose where to save the key file.")
        if self.ca and self.partnership.currentData() is None:
            return self.tr("Add a partnership first.")
        if not self.ca and self.use_ca.isChecked() and self.ca_file.path() is None:
            return self.tr("Choose the partnership CA's key file.")
        return ""

    def create_key(self) -> None:
        problem = self._problem()
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        output, passphrase = self.output.path(), self.passphrase.text()
        if output is None:  # (said by _problem)
            return
        if self.ca:
            partnership_id, org = self.partnership.currentData(), self.partnership.currentText()
            path = self.store.path

            def work(_progress):
                material = certs.create_ca(org, passphrase)
                pem = certs.certificate_pem(material.certificate).encode("ascii")
                with open_store(path, create=False) as store:
                    minutes.add_partnership_ca(store, partnership_id, pem, material.name)
                write_atomic(output, certs.to_pkcs12(material, passphrase))
                write_atomic(output.with_suffix(".pem"), pem)
                trust.add(trust.candidate(pem))  # made here, by the person at this computer: trusted here
                return material.name
        else:
            name, email, org = self.name.text(), self.email.text(), self.org.text()
            ca_path = self.ca_file.path() if self.use_ca.isChecked() else None
            ca_passphrase = self.ca_passphrase.text()

            def work(_progress):
                issuer = None
                if ca_path:
                    issuer = certs.load_pkcs12(read_file(ca_path, "The CA file"), ca_passphrase, ca_path.name)
                    if not issuer.is_ca:
                        raise CwdError("{ca} is not a certification authority's key.", ca=ca_path.name)
                material = certs.create_certificate(name, email, org, passphrase, issuer)
                write_atomic(output, certs.to_pkcs12(material, passphrase))
                return material.name

        run_task(
            self,
            self.tr("Creating the key…"),
            work,
            self.created,
            self.show_error,
        )

    def show_error(self, message: str) -> None:
        QMessageBox.critical(self, self.windowTitle(), message)

    def created(self, name: str) -> None:
        self.result_message = self.tr("Created %1 in %2.").replace("%1", name).replace("%2", str(self.output.path()))
        self.accept()


class VerifyDialog(QDialog):
    """Verify a signed PDF, also one signed later elsewhere; trusts the partnership CAs in the database."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Verify signed minutes"))
        self.resize(640, 420)
        self.file = PathField(False, "PDF (*.pdf)")
        verify_button = QPushButton(self.tr("&Verify"))
        verify_button.clicked.connect(self.verify)
        self.report_view = QTextBrowser()
        self.report_view.setAccessibleName(self.tr("Verification report"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.report_view, 1)
        self.last_report: VerifyReport | None = None

    def verify(self) -> None:
        path, db_path = self.file.path(), self.store.path
        if path is None:
            return

        def work(_progress):
            data = read_file(path, "The PDF")
            with open_store(db_path, create=False) as store:
                return minutes.verify(data, (), store)

        run_task(
            self, self.tr("Verifying…"), work, self.show_report, lambda message: self.report_view.setPlainText(message)
        )

    def show_report(self, report: VerifyReport) -> None:
        self.last_report = report
        trust_names = {
            "trusted": self.tr("trusted (a CA confirmed on this computer)"),
            "self-signed": self.tr("self-signed"),
            "unknown issuer": self.tr("unknown issuer"),
        }
        verdict = (
            self.tr("Every signature is intact, covers the document and is by a signer trusted on this computer.")
            if report.ok
            else self.tr(
                "Every signature is intact and covers the document, but a signer is NOT confirmed on this "
                "computer (Tools → Trust a partnership CA…)."
            )
            if report.holds_unconfirmed
            else self.tr("This document does NOT pass verification.")
        )
        parts = [f"<h3>{escape(verdict)}</h3>"]
        for ca in report.unconfirmed_cas:
            named = self.tr("The database names the CA %1, not confirmed on this computer.").replace("%1", ca)
            parts.append(f"<p>{escape(named)}</p>")
        if not report.signatures:
            no_signature = self.tr("The file has no signature.")
            parts.append(f"<p>{escape(no_signature)}</p>")
        for s in report.signatures:
            coverage = (
                self.tr("the whole file")
                if s.covers_whole_file
                else (
                    self.tr("its revision; later changes only add signatures")
                    if s.later_changes_allowed
                    else self.tr("NOT the whole file: the document was changed after signing")
                )
            )
            claimed = s.claimed_time.isoformat(sep=" ", timespec="seconds") if s.claimed_time else "?"
            integrity = self.tr("intact") if s.intact and s.valid else self.tr("BROKEN")
            rows = [
                (self.tr("Signer"), s.signer),
                (self.tr("Claimed time"), claimed),
                (self.tr("Integrity"), integrity),
                (self.tr("Covers"), coverage),
                (self.tr("Trust"), trust_names[s.trust]),
            ]
            parts.append(
                f"<h4>{escape(s.field)}</h4><table>"
                + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
                + "</table>"
            )
        empty_field = self.tr("Empty signature field: %1")
        for name in report.empty_fields:
            parts.append(f"<p>{escape(empty_field.replace('%1', name))}</p>")
        not_qualified = self.tr("An advanced electronic signature, not a qualified one.")
        parts.append(f"<p><i>{escape(not_qualified)}</i></p>")
        self.report_view.setHtml("".join(parts))


def trust_ca(parent: QWidget) -> trust.TrustedCA | None:
    """Tools → Trust a partnership CA…: choose its certificate, compare the fingerprint shown with
    the one the coordinator reads out, and confirm. Nothing that arrives in a package or a database
    is trusted without this step."""
    from PySide6.QtWidgets import QFileDialog

    title = QCoreApplication.translate("Trust", "Trust a partnership CA")
    name, _ = QFileDialog.getOpenFileName(parent, title, file_dialogs.start("ca"), "CA (*.pem *.crt *.cer);;*")
    file_dialogs.remember("ca", name)
    if not name:
        return None
    try:
        ca = trust.candidate(read_file(Path(name), "The CA certificate", 1024 * 1024), Path(name).name)
    except CwdError as exc:
        QMessageBox.critical(parent, title, str(exc))
        return None
    question = QCoreApplication.translate(
        "Trust",
        "%1\n\nFingerprint:\n%2\n\nDoes this fingerprint match, character for character, the one the "
        "partnership's coordinator read out to you? Only then will signatures by this CA's moderators "
        "count as trusted on this computer.",
    )
    question = question.replace("%1", ca.name).replace("%2", ca.fingerprint)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    if QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.No) != (
        QMessageBox.StandardButton.Yes
    ):
        return None
    return trust.add(ca)
