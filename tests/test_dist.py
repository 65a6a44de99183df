"""The built application (make dist) runs: --version, the self-test, portable mode. Run by
`make test-dist` (and .ci/run) after the PyInstaller build."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cwd_desktop import __version__

pytestmark = pytest.mark.dist
BUILT = Path(__file__).resolve().parents[1] / "dist" / "cwd-desktop"
EXE = BUILT / ("cwd-desktop.exe" if os.name == "nt" else "cwd-desktop")


@pytest.fixture(scope="module")
def exe():
    if not EXE.exists():
        pytest.fail("dist/cwd-desktop was not built; run `make dist` first")
    return EXE


def run(*args, env=None):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("CWD_DESKTOP_HOME", None)
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, env=environment, timeout=300)


def test_version(exe):
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"cwd-desktop {__version__}"


def test_selftest(exe):
    result = run("selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("\nok    ") == 7 and "self-test passed" in result.stdout


def test_portable_mode_keeps_data_beside_the_executable(exe, tmp_path):
    marker, data = BUILT / "portable", BUILT / "data"
    assert not data.exists()
    marker.write_text("")
    try:
        result = run("demo", env={"XDG_DATA_HOME": str(tmp_path / "xdg")})
        assert result.returncode == 0, result.stderr
        assert (data / "data" / "cwd-desktop.sqlite3").exists()
        assert not (tmp_path / "xdg").exists()
    finally:
        marker.unlink()
        shutil.rmtree(data, ignore_errors=True)


def test_size_goal():
    # Links (PyInstaller makes a few for Qt libraries) would count their target twice.
    total = sum(f.stat().st_size for f in BUILT.rglob("*") if f.is_file() and not f.is_symlink())
    assert total < 200 * 1024 * 1024, f"{total / 1024 / 1024:.0f} MB"
