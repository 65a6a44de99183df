"""Shared fixtures: every test gets its own folders and database; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from cwd_desktop.storage import open_store


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Config, data and the default database live under tmp_path, never in the user's folders."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CWD_DESKTOP_HOME", str(home))
    monkeypatch.delenv("CWD_DESKTOP_DB", raising=False)
    monkeypatch.setenv("CWD_DESKTOP_LANG", "en")
    from cwd_desktop import messages

    messages.set_language(None)  # a language a test chose does not outlive it
    from cwd_desktop.sync import service

    # Packages a test has just written are ready at once (tests/unit/test_inbox.py checks the wait).
    monkeypatch.setattr(service, "SETTLE_SECONDS", 0.0)
    yield home
    messages.set_language(None)
    from cwd_desktop import logs

    logs.stop()  # the next test logs into its own folder


@pytest.fixture(autouse=True)
def every_pdf_is_pdfa(monkeypatch):
    """Every protokół and attendance sheet a test makes, signed or not, passes the PDF/A-2b self-check."""
    from cwd_desktop.minutes import pdfa
    from cwd_desktop.services import minutes

    def checked(make, pick=lambda result: result):
        def run(*args, **kwargs):
            result = make(*args, **kwargs)
            found = pdfa.problems(pick(result))
            assert found == [], f"not PDF/A-2b: {found}"
            return result

        return run

    monkeypatch.setattr(minutes, "unsigned_pdf", checked(minutes.unsigned_pdf))
    monkeypatch.setattr(minutes, "signed_pdf", checked(minutes.signed_pdf))
    monkeypatch.setattr(
        minutes, "render_attendance_sheet", checked(minutes.render_attendance_sheet, lambda rendered: rendered.data)
    )


@pytest.fixture
def damage():
    """Damage a database file in place: flip bytes across the pages after the first (the header
    stays valid, so only an integrity check finds it)."""

    def flip(path):
        data = bytearray(path.read_bytes())
        for offset in range(4096 + 100, min(len(data), 4096 * 6), 7):
            data[offset] ^= 0x5A
        path.write_bytes(bytes(data))

    return flip


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cwd.sqlite3"


@pytest.fixture
def store(db_path):
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def demo_store(store):
    from cwd_desktop.services.demo import load_demo

    load_demo(store)
    return store


@pytest.fixture
def mark_signed():
    """Sign a meeting as the storage sees it: its signed protokół stored with it, in one transaction.
    The bytes are not a real PDF: tests using this look at the lock on the meeting, not at the file."""
    from cwd_desktop.domain import Meeting, SignedMinutes

    def sign(store, meeting_id):
        with store.transaction():
            sha256 = store.put_file(b"%PDF-1.7 test " + meeting_id.encode())
            store.add(
                SignedMinutes(
                    meeting_id=meeting_id,
                    sha256=sha256,
                    file_name="protokol.pdf",
                    signed_at="2026-11-30T12:00:00+00:00",
                    signer="Test",
                )
            )
            store.update(Meeting, meeting_id, status="signed")

    return sign
