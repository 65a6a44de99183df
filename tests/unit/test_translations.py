"""Every visible string goes through tr() and has a finished Polish translation."""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cwd_desktop_pl.ts"
sys.path.insert(0, str(ROOT / "build_spec"))
import compile_assets  # noqa: E402


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context") for msg in ctx.iter("message")
    }


def test_no_unfinished_polish_message():
    root = ET.parse(TS).getroot()
    unfinished = [
        msg.findtext("source")
        for msg in root.iter("message")
        if msg.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(msg.find("translation").itertext()).strip()
    ]
    assert unfinished == []


def test_translation_file_is_up_to_date_with_the_code(tmp_path):
    work = tmp_path / "cwd_desktop_pl.ts"
    shutil.copy(TS, work)
    code = ROOT / "cwd_desktop" / "gui"
    files = [str(p) for p in sorted(code.rglob("*.py")) if "forms" not in p.parts]
    files += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    subprocess.run(
        [str(compile_assets.qt_tool("lupdate")), "-silent", "-no-obsolete", *files, "-ts", str(work)], check=True
    )
    assert sources(work) == sources(TS), "run `make translations` and translate the new strings"


def test_tr_is_never_called_inside_an_f_string():
    """lupdate cannot see tr() inside f-string braces, so such strings would stay English."""
    offenders = []
    for path in (ROOT / "cwd_desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") in ("tr", "translate"):
                        offenders.append(f"{path.name}:{inner.lineno}")
    assert offenders == []


def test_compiled_translation_loads():
    from PySide6.QtCore import QTranslator

    from cwd_desktop import paths

    translator = QTranslator()
    assert translator.load(str(paths.resources_dir() / "translations" / "cwd_desktop_pl.qm"))
    assert translator.translate("MainWindow", "&File") == "&Plik"
