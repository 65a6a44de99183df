import shutil
import subprocess

import pytest

from cwd_desktop.cli import main
from cwd_desktop.domain import Meeting, PartnershipCA
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.storage import open_store

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(capsys, db_path):
    assert run(capsys, "demo", "--db", db_path)[0] == 0
    return db_path


def status(db_path, number):
    with open_store(db_path) as store:
        return next(m.status for m in store.find(Meeting) if m.display_number == number)


def test_ca_key_sign_verify_reopen(capsys, demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("CA_PASS", "haslo-urzedu-1")
    monkeypatch.setenv("KEY_PASS", "haslo-moderatora-1")
    ca = tmp_path / "ca.p12"
    code, out, _ = run(
        capsys,
        "cert",
        "create-ca",
        "--db",
        demo_db,
        "--org",
        "Beskidy",
        "-o",
        ca,
        "--passphrase-env",
        "CA_PASS",
        "--partnership",
        "Partnerstwo Aglomeracji Beskidzkiej",
    )
    assert code == 0 and (tmp_path / "ca.pem").exists()
    with open_store(demo_db) as store:
        assert len(store.find(PartnershipCA)) == 1
    key = tmp_path / "kw.p12"
    code, out, _ = run(
        capsys,
        "cert",
        "create",
        "--name",
        "Katarzyna Wójcik",
        "--email",
        "kw@example.pl",
        "--org",
        "ZMP",
        "-o",
        key,
        "--passphrase-env",
        "KEY_PASS",
        "--ca",
        ca,
        "--ca-passphrase-env",
        "CA_PASS",
    )
    assert code == 0 and "issued by Beskidy — CA" in out

    signed = tmp_path / "protokol.pdf"
    code, out, _ = run(
        capsys, "minutes", "--db", demo_db, "3/2026", "-o", signed, "--sign", key, "--passphrase-env", "KEY_PASS"
    )
    assert code == 0 and "signed" in out
    assert status(demo_db, "3/2026") is MeetingStatus.SIGNED

    # The CA was made on this computer: trusted here. Elsewhere (here, once it is removed) a person
    # must confirm its fingerprint; the database naming it is not enough.
    code, out, _ = run(capsys, "verify", signed)
    assert code == 0 and "trust: trusted" in out and "covers: whole file" in out and "verdict: valid" in out
    code, out, _ = run(capsys, "trust", "list")
    fingerprint = out.split()[0]
    assert code == 0 and "Beskidy — CA" in out and len(fingerprint) == 95
    code, out, _ = run(capsys, "trust", "remove", fingerprint[:11])
    assert code == 0 and "No longer trusted" in out
    code, out, _ = run(capsys, "verify", "--db", demo_db, signed)
    assert code == 3 and "trust: unknown issuer" in out and "NOT confirmed on this computer" in out
    assert f"The database names the CA Beskidy — CA ({fingerprint}), not confirmed" in out
    code, out, _ = run(capsys, "verify", signed, "--trust", tmp_path / "ca.pem")
    assert code == 0 and "trust: trusted" in out
    code, out, err = run(capsys, "trust", "add", tmp_path / "ca.pem")
    assert code == 2 and fingerprint in out and "--fingerprint" in err
    code, out, err = run(capsys, "trust", "add", tmp_path / "ca.pem", "--fingerprint", "00" + fingerprint[2:])
    assert code == 2 and "does not match" in err
    code, out, _ = run(capsys, "trust", "add", tmp_path / "ca.pem", "--fingerprint", fingerprint[:23])
    assert code == 0 and "Trusted on this computer" in out
    code, out, _ = run(capsys, "verify", signed)
    assert code == 0 and "verdict: valid" in out

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(signed.read_bytes())
    data[data.index(b"Protok") + 3] ^= 1
    tampered.write_bytes(bytes(data))
    code, out, _ = run(capsys, "verify", tampered)
    assert code == 1 and "BROKEN" in out and "INVALID" in out

    code, out, _ = run(capsys, "reopen", "--db", demo_db, "3/2026")
    assert code == 0 and out.strip().endswith("3/2026, wersja 2")
    assert status(demo_db, "3/2026, wersja 2") is MeetingStatus.DRAFT


def test_bad_inputs_exit_2_with_one_line(capsys, demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("KEY_PASS", "haslo-moderatora-1")
    key = tmp_path / "k.p12"
    assert run(capsys, "cert", "create", "--name", "Jan", "-o", key, "--passphrase-env", "KEY_PASS")[0] == 0
    monkeypatch.setenv("WRONG", "zle-haslo")
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("to nie jest PDF")
    cases = [
        (
            [
                "minutes",
                "--db",
                demo_db,
                "3/2026",
                "-o",
                tmp_path / "p.pdf",
                "--sign",
                key,
                "--passphrase-env",
                "WRONG",
            ],
            "the passphrase is wrong",
        ),
        (
            ["minutes", "--db", demo_db, "3/2026", "-o", tmp_path / "p.pdf", "--sign", key, "--passphrase-env", "NOPE"],
            "NOPE",
        ),
        (
            [
                "minutes",
                "--db",
                demo_db,
                "3/2026",
                "-o",
                tmp_path / "p.pdf",
                "--sign",
                tmp_path / "none.p12",
                "--passphrase-env",
                "KEY_PASS",
            ],
            "does not exist",
        ),
        (["minutes", "--db", demo_db, "3/2026", "-o", tmp_path / "no" / "p.pdf"], "does not exist"),
        (["verify", not_pdf], "cannot be read as a PDF"),
        (["verify", tmp_path / "missing.pdf"], "does not exist"),
        (["reopen", "--db", demo_db, "3/2026"], "is not signed"),
        (["cert", "create", "--name", "Jan", "-o", tmp_path / "short.p12", "--passphrase-env", "SHORT"], "SHORT"),
    ]
    for argv, message in cases:
        code, _out, err = run(capsys, *argv)
        assert code == 2, argv
        assert message in err and err.count("\n") == 1, err
    assert not (tmp_path / "p.pdf").exists()
    assert status(demo_db, "3/2026") is MeetingStatus.DRAFT


def test_unsigned_minutes_and_attendance_sheet(capsys, demo_db, tmp_path):
    target = tmp_path / "minutes-en.pdf"
    assert run(capsys, "minutes", "--db", demo_db, "2/2026", "-o", target, "--lang", "en")[0] == 0
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Minutes no. 2/2026" in text
    sheet = tmp_path / "lista.pdf"
    assert run(capsys, "attendance-sheet", "--db", demo_db, "2/2026", "-o", sheet)[0] == 0
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert "Lista obecności" in text and "Henryka Łapińska" in text
    assert status(demo_db, "2/2026") is MeetingStatus.DRAFT
