import pytest
from PySide6.QtWidgets import QMessageBox

from cwd_desktop.domain import Meeting
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.gui.main_window import MainWindow
from cwd_desktop.gui.minutes_dialog import MinutesDialog
from cwd_desktop.gui.signing_dialogs import CertificateDialog, VerifyDialog
from cwd_desktop.minutes.certs import create_ca, create_certificate, load_pkcs12
from cwd_desktop.services.minutes import add_partnership_ca, verify


@pytest.fixture(scope="module")
def keys():
    ca = create_ca("Partnerstwo Aglomeracji Beskidzkiej", "haslo-ca-123")
    return ca, create_certificate("Katarzyna Wójcik", "k@example.pl", "ZMP", "haslo-kw-123", issuer=ca)


@pytest.fixture
def meeting(demo_store):
    return next(m for m in demo_store.find(Meeting) if m.number == "3/2026")


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)


def test_preview_shows_the_pages(qtbot, demo_store, meeting, english):
    dialog = MinutesDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.preview.page_count >= 5
    assert dialog.sign_button.isEnabled() and not dialog.reopen_button.isEnabled()
    assert "Not signed yet" in dialog.state.text()


def test_sign_from_the_dialog_then_reopen(qtbot, demo_store, meeting, english, keys, tmp_path, monkeypatch):
    dialog = MinutesDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    target = tmp_path / "podpisany.pdf"
    monkeypatch.setattr(dialog, "ask_key", lambda: keys[1])
    monkeypatch.setattr(dialog, "ask_save_path", lambda title, suggested: target)
    with qtbot.waitSignal(dialog.changed, timeout=30000):
        dialog.sign_button.click()
    wait_idle(qtbot, dialog)
    assert demo_store.get(Meeting, meeting.id).status is MeetingStatus.SIGNED
    assert verify(target.read_bytes()).holds_unconfirmed  # intact; its CA is not confirmed here
    assert not dialog.sign_button.isEnabled() and dialog.reopen_button.isEnabled()
    assert "Signed by Katarzyna Wójcik" in dialog.state.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.reopen_button.click()
    wait_idle(qtbot, dialog)
    revised = demo_store.get(Meeting, dialog.meeting_id)
    assert (revised.revision, revised.status) == (2, MeetingStatus.DRAFT)
    assert dialog.sign_button.isEnabled() and "3/2026, wersja 2" in dialog.windowTitle()


def test_export_errors_are_shown_and_change_nothing(qtbot, demo_store, meeting, english, tmp_path, monkeypatch):
    dialog = MinutesDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(dialog, "ask_save_path", lambda title, suggested: tmp_path / "missing" / "p.pdf")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "does not exist" in shown[0]
    assert demo_store.get(Meeting, meeting.id).status is MeetingStatus.DRAFT


def test_minutes_action_opens_the_dialog_for_the_selected_meeting(qtbot, demo_store, english):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.ui.navigator.setCurrentIndex(window.model.index(0, 0))
    assert not window.ui.actionMinutes.isEnabled()
    window.ui.navigator.setCurrentIndex(window.model.index(0, 0, window.model.index(0, 0)))
    assert window.ui.actionMinutes.isEnabled()
    dialog = window.open_minutes()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    assert "3/2026" in dialog.windowTitle()


def test_create_a_signing_key(qtbot, demo_store, english, tmp_path):
    dialog = CertificateDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.name.setText("Piotr Zalewski")
    dialog.email.setText("p.zalewski@example.pl")
    dialog.passphrase.setText("dlugie-haslo-1")
    dialog.repeat.setText("dlugie-haslo-1")
    dialog.output.edit.setText(str(tmp_path / "pz.p12"))
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.create_key()
    assert load_pkcs12((tmp_path / "pz.p12").read_bytes(), "dlugie-haslo-1").name == "Piotr Zalewski"


def test_mismatched_passphrases_are_refused(qtbot, demo_store, english, tmp_path, monkeypatch):
    dialog = CertificateDialog(demo_store)
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog.name.setText("X")
    dialog.passphrase.setText("dlugie-haslo-1")
    dialog.repeat.setText("inne-haslo-22")
    dialog.output.edit.setText(str(tmp_path / "x.p12"))
    dialog.create_key()
    assert warnings == ["The two passphrases differ."] and not (tmp_path / "x.p12").exists()


def test_verify_dialog_trusts_a_partnership_ca_only_once_confirmed(
    qtbot, demo_store, meeting, english, keys, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.minutes import trust
    from cwd_desktop.minutes.certs import certificate_pem
    from cwd_desktop.services.minutes import export_minutes

    ca, moderator = keys
    pem = certificate_pem(ca.certificate).encode()
    add_partnership_ca(demo_store, meeting.partnership_id, pem)  # as a package or a database may carry it
    target = tmp_path / "signed.pdf"
    export_minutes(demo_store, meeting.id, target, key=moderator)
    dialog = VerifyDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.file.edit.setText(str(target))
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30000)
    text = dialog.report_view.toPlainText()
    assert "a signer is NOT confirmed on this computer" in text and "unknown issuer" in text
    assert "The database names the CA" in text

    (tmp_path / "ca.pem").write_bytes(pem)  # Tools → Trust a partnership CA…, the fingerprint checked
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "ca.pem"), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or a[1])
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.ui.actionTrustCA.trigger()  # declined (No is the default): nothing trusted
    assert trust.trusted() == [] and trust.fingerprint(ca.certificate) in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.ui.actionTrustCA.trigger()
    assert [c.fingerprint for c in trust.trusted()] == [trust.fingerprint(ca.certificate)]

    dialog.last_report = None
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30000)
    text = dialog.report_view.toPlainText()
    assert "Every signature is intact" in text and "trusted (a CA confirmed on this computer)" in text
    assert "Katarzyna Wójcik" in text and "Empty signature field: Prowadzący" in text


def test_signing_without_a_key_offers_to_create_one(qtbot, demo_store, meeting, english, keys, tmp_path, monkeypatch):
    """No key used on this computer yet: the dialog asks whether to choose a key file or create one
    right there; the key created is the one then used (after its passphrase), and remembered."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QInputDialog

    from cwd_desktop.minutes.certs import to_pkcs12

    QSettings().remove("signing/key")
    dialog = MinutesDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    offered = []

    def click_create(box):
        offered.append([b.text() for b in box.buttons()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_create)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: next(b for b in box.buttons() if "reate" in b.text()))
    key_file = tmp_path / "katarzyna.p12"

    def create(certificate_dialog):
        key_file.write_bytes(to_pkcs12(keys[1], "haslo-kw-123"))
        certificate_dialog.output.edit.setText(str(key_file))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CertificateDialog, "exec", create)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("haslo-kw-123", True))
    key = dialog.ask_key()
    assert "&Choose the key file…" in offered[0] and "C&reate a key now…" in offered[0]
    assert key is not None and key.name == "Katarzyna Wójcik"
    assert QSettings().value("signing/key") == str(key_file)


def test_the_version_for_bip_from_the_dialog(qtbot, demo_store, meeting, english, tmp_path, monkeypatch):
    import subprocess

    dialog = MinutesDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    target = tmp_path / "protokol-bip.pdf"
    asked = []
    monkeypatch.setattr(dialog, "ask_save_path", lambda title, suggested: asked.append(suggested) or target)
    dialog.bip_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=30000)
    wait_idle(qtbot, dialog)
    assert asked == ["protokol-bip-3-2026.pdf"]
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "wersja do publikacji w BIP" in text and "Podpisy" not in text
    assert "Saved" in dialog.state.text()
    assert demo_store.get(Meeting, meeting.id).status is not MeetingStatus.SIGNED
