"""A plain, non-editable install carries the compiled forms, translations and resources."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_carries_forms_and_resources(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    wheel = next((tmp_path / "dist").glob("cwd_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in [
        "cwd_desktop/gui/forms/ui_main_window.py",
        "cwd_desktop/_resources/translations/cwd_desktop_pl.qm",
        "cwd_desktop/_resources/icons/cwd-desktop.svg",
        "cwd_desktop/_resources/fonts/NotoSans-Regular.ttf",
        "cwd_desktop/_resources/fonts/LICENSE-NotoSans.txt",
        "cwd_desktop/storage/migrations.py",
    ]:
        assert expected in names
    assert not any(name.endswith(".ts") for name in names)

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
    )
    probe = (
        "import cwd_desktop, cwd_desktop.paths as p, cwd_desktop.gui.forms.ui_main_window;"
        "from pathlib import Path;"
        f"assert Path(cwd_desktop.__file__).is_relative_to({str(target)!r}), cwd_desktop.__file__;"
        "assert (p.resources_dir() / 'translations' / 'cwd_desktop_pl.qm').is_file();"
        "from cwd_desktop.cli import main; raise SystemExit(main(['demo', '--db', 'installed.sqlite3']))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Added the demo partnerships" in result.stdout
