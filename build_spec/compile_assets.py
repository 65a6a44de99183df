"""Compile Qt Designer forms (ui/*.ui -> cwd_desktop/gui/forms/ui_*.py) and translations
(resources/translations/*.ts -> .qm) with the Qt tools that ship inside PySide6.

Run by `make` before tests and the app start, and by setup.py when a wheel is built.
`python build_spec/compile_assets.py --update-translations` refreshes the .ts files from the sources.
"""

from __future__ import annotations

import ast
import copy
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_SRC = ROOT / "ui"
FORMS_OUT = ROOT / "cwd_desktop" / "gui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("pl",)


def qt_tool(name: str) -> Path:
    """A Qt tool bundled with PySide6, found without importing Qt itself."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("PySide6 is not installed; it is needed to compile the forms.")
    base = Path(spec.origin).parent
    for candidate in (base / "Qt" / "libexec" / name, base / name, base / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise SystemExit(f"The Qt tool {name} was not found in {base}.")


def compile_forms() -> list[Path]:
    FORMS_OUT.mkdir(parents=True, exist_ok=True)
    (FORMS_OUT / "__init__.py").write_text('"""Forms compiled from ui/*.ui by build_spec/compile_assets.py."""\n')
    outputs = []
    for form in sorted(FORMS_SRC.glob("*.ui")):
        target = FORMS_OUT / f"ui_{form.stem}.py"
        newest_input = max(form.stat().st_mtime, Path(__file__).stat().st_mtime)
        if not target.exists() or target.stat().st_mtime < newest_input:
            subprocess.run([str(qt_tool("uic")), "-g", "python", "-o", str(target), str(form)], check=True)
            source = keep_qt_namespace_unbuilt(target.read_text(encoding="utf-8"))
            target.write_text(drop_unused_imports(source), encoding="utf-8")
        outputs.append(target)
    return outputs


def keep_qt_namespace_unbuilt(source: str) -> str:
    """PySide6 builds the whole `Qt` namespace (93 enums, 20-25 ms) the first time it resolves an
    overloaded call that could take one of them: uic's `QSplitter(parent)` (there is also
    `QSplitter(Qt.Orientation, parent)`) and `setShortcut("Ctrl+N")` (a key sequence converts from
    `Qt.Key` too). The keyword parent and the list overload of `setShortcuts` resolve without it, so
    the main window is painted before the namespace is built. Splitters in the forms leave their
    orientation at the default, which uic would otherwise set with `Qt.Orientation`."""
    source = re.sub(r"= QSplitter\((self\.\w+)\)", r"= QSplitter(parent=\1)", source)
    return re.sub(
        r"\.setShortcut\((QCoreApplication\.translate\(.*?, None\))\)",
        r".setShortcuts([QKeySequence.fromString(\1)])",
        source,
    )


def drop_unused_imports(source: str) -> str:
    """uic imports a fixed list of ~40 Qt classes into every form; PySide6 builds a class (and its
    enums) on first import, which made importing the main window's form cost 45 ms at start-up."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
            names = [alias.name for alias in node.names if alias.name in used]
            kept = [f"from {node.module} import {', '.join(names)}\n"] if names else []
            lines[node.lineno - 1 : node.end_lineno] = kept
    return "".join(lines)


def compile_translations(out_dir: Path = TRANSLATIONS) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = out_dir / f"{source.stem}.qm"
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)], check=True)
        outputs.append(target)
    return outputs


def update_translations() -> None:
    """Re-extract every tr() string from the code and forms into the .ts files."""
    sources = [str(p) for p in sorted((ROOT / "cwd_desktop" / "gui").rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in sorted(FORMS_SRC.glob("*.ui"))]
    for lang in LANGUAGES:
        target = TRANSLATIONS / f"cwd_desktop_{lang}.ts"
        known = finished_translations(target) if target.exists() else {}
        lupdate = [str(qt_tool("lupdate")), "-silent", "-no-obsolete", *sources, "-ts", str(target)]
        subprocess.run(lupdate, check=True)
        if carry_over(target, known):
            subprocess.run(lupdate, check=True)  # back in lupdate's own layout


def finished_translations(ts: Path) -> dict[str, ET.Element]:
    """Each source text's finished translation, whatever its context."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and "".join(translation.itertext()).strip():
            found[message.findtext("source") or ""] = translation
    return found


def carry_over(ts: Path, known: dict[str, ET.Element]) -> bool:
    """A text that moved to another class (another tr() context) keeps the translation it had:
    lupdate alone would mark it unfinished in its new context."""
    tree = ET.parse(ts)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is not None and translation.get("type") == "unfinished" and source in known:
            message.remove(translation)
            message.append(copy.deepcopy(known[source]))
            changed = True
    if changed:
        text = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return changed


def install_resources(target: Path) -> None:
    """Copy resources/ (with freshly built .qm files) to `target` inside a built package."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))
    compile_translations(target / "translations")


def main(argv: list[str]) -> None:
    if "--update-translations" in argv:
        update_translations()
    compile_forms()
    compile_translations()


if __name__ == "__main__":
    main(sys.argv[1:])
