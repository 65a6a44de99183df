"""Icons, the desktop entry, portable mode and version metadata, without building anything."""

import configparser
import subprocess
import sys
from pathlib import Path

from cwd_desktop import __version__, paths

ROOT = Path(__file__).resolve().parents[2]


def test_icons_and_desktop_entry():
    icons = ROOT / "resources" / "icons"
    assert (icons / "cwd-desktop.svg").is_file() and (icons / "cwd-desktop.ico").stat().st_size > 1000
    for size in (16, 32, 48, 256):
        assert (icons / f"cwd-desktop-{size}.png").read_bytes().startswith(b"\x89PNG")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "cwd-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"].split()[0], section["Icon"]) == (
        "Application",
        "cwd-desktop",
        "cwd-desktop",
    )
    assert "Warsztaty" in section["GenericName[pl]"]


def test_portable_mode(tmp_path, monkeypatch):
    monkeypatch.delenv("CWD_DESKTOP_HOME")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "cwd-desktop"))
    assert paths.portable_home() is None
    (tmp_path / "portable").write_text("")
    assert paths.data_dir() == tmp_path / "data" / "data"
    assert paths.config_dir() == tmp_path / "data" / "config"
    assert paths.default_database_path().is_relative_to(tmp_path)


def test_pdf_metadata_carries_name_and_version(demo_store, tmp_path):
    from cwd_desktop.domain import Meeting
    from cwd_desktop.services.minutes import export_minutes

    meeting = demo_store.find(Meeting)[0]
    export_minutes(demo_store, meeting.id, tmp_path / "p.pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "p.pdf")], capture_output=True, text=True).stdout
    assert f"CWD Desktop {__version__}" in info


def test_selftest_of_the_installed_package(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "cwd_desktop", "selftest"], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout and "FAIL" not in result.stdout
    assert not (tmp_path / ".local").exists()  # nothing written to the user's folders
