"""`cwd-desktop selftest`: proves an installed or built copy works, end to end, offline.

Creates a temporary database with the demo data, opens the main window (offscreen when there
is no screen), exports and signs a protocol with a throwaway certificate, verifies it, exports
and re-imports a sync package. Prints each check; exit 0 only if all passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from cwd_desktop import __version__, paths


def run_selftest(out: Callable[[str], None] = print) -> int:
    failures = 0

    def step(name: str, check: Callable[[], str]) -> None:
        nonlocal failures
        try:
            detail = check()
            out(f"ok    {name}: {detail}")
        except Exception as exc:  # a self-test reports every failure and goes on
            failures += 1
            out(f"FAIL  {name}: {exc.__class__.__name__}: {exc}")
            if os.environ.get("CWD_DESKTOP_DEBUG"):
                traceback.print_exc()

    out(f"CWD Desktop {__version__} self-test (resources: {paths.resources_dir()})")
    with tempfile.TemporaryDirectory(prefix="cwd-selftest-") as folder:
        tmp = Path(folder)
        os.environ["CWD_DESKTOP_HOME"] = str(tmp / "home")  # nothing touches the user's folders
        state: dict = {}
        step("database and demo data", lambda: _demo(tmp, state))
        step("main window", lambda: _window(state))
        step("signed protocol", lambda: _sign(tmp, state))
        step("verification", lambda: _verify(tmp, state))
        step("page preview", lambda: _preview(tmp))
        step("sync export and re-import", lambda: _sync(tmp, state))
        step("strategy for Word and Excel", lambda: _strategy(tmp, state))
        if "store" in state:
            state["store"].close()
    out("self-test passed" if not failures else f"self-test FAILED: {failures} check(s)")
    return 0 if not failures else 1


def _strategy(tmp: Path, state: dict) -> str:
    """The strategy's tables written and read back (python-docx and openpyxl, with their templates)."""
    import docx
    import openpyxl

    from cwd_desktop.services.strategy_export import export_strategy

    partnership_id = state["meeting"].partnership_id
    word = export_strategy(state["store"], partnership_id, tmp / "strategia.docx")
    excel = export_strategy(state["store"], partnership_id, tmp / "strategia.xlsx")
    tables = len(docx.Document(str(word)).tables)
    sheets = len(openpyxl.load_workbook(excel).sheetnames)
    if tables < 9 or sheets < 9:
        raise AssertionError(f"{tables} Word tables and {sheets} Excel sheets, not 9 or more")
    return f"{tables} Word tables, {sheets} Excel sheets"


def _demo(tmp: Path, state: dict) -> str:
    from cwd_desktop.domain import Meeting
    from cwd_desktop.services.demo import load_demo
    from cwd_desktop.storage import open_store

    store = state["store"] = open_store(tmp / "selftest.sqlite3")
    added = load_demo(store)
    state["meeting"] = next(m for m in store.find(Meeting) if m.number == "3/2026")
    return f"{len(added)} partnerships, {len(store.find(Meeting))} meetings"


def _window(state: dict) -> str:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from cwd_desktop.gui import i18n
    from cwd_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    i18n.install(app)
    window = MainWindow(state["store"])
    window.show()
    app.processEvents()
    rows = window.model.rowCount()
    title = window.windowTitle()
    window.hide()
    if rows != 2:
        raise AssertionError(f"the navigator shows {rows} partnerships, not 2")
    return f"{title!r}, {rows} partnerships ({QGuiApplication.platformName()})"


def _sign(tmp: Path, state: dict) -> str:
    from cwd_desktop.minutes import pdfa
    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.minutes.document import CHAIR
    from cwd_desktop.minutes.signing import sign_field
    from cwd_desktop.services.minutes import export_minutes

    key = create_certificate("Self-test", "", "CWD Desktop", "self-test-passphrase")
    result = export_minutes(state["store"], state["meeting"].id, tmp / "protokol.pdf", key=key)
    first = (tmp / "protokol.pdf").read_bytes()
    found = pdfa.problems(first)
    if found:
        raise AssertionError("not PDF/A-2b after the first signature: " + "; ".join(found))
    # A second signature into the chair's empty field (as a qualified one added later) keeps it so.
    second = sign_field(first, CHAIR, key)
    found = pdfa.problems(second)
    if found:
        raise AssertionError("not PDF/A-2b after the second signature: " + "; ".join(found))
    return f"{result.pages} pages, SHA-256 {result.sha256[:16]}…, PDF/A-2b after the first and the second signature"


def _verify(tmp: Path, state: dict) -> str:
    from cwd_desktop.services.minutes import verify

    report = verify((tmp / "protokol.pdf").read_bytes())
    if not report.signatures or not all(s.holds for s in report.signatures):  # (its own key: not trusted)
        raise AssertionError("the signature does not verify")
    return f"{len(report.signatures)} signature intact over the whole file, {len(report.empty_fields)} empty fields"


def _preview(tmp: Path) -> str:
    from cwd_desktop.gui.preview import render_pages

    images = render_pages((tmp / "protokol.pdf").read_bytes(), limit=2)
    if not images or images[0].isNull():
        raise AssertionError("no page was rendered")
    return f"{len(images)} pages rendered, {images[0].width()}x{images[0].height()} px"


def _sync(tmp: Path, state: dict) -> str:
    from cwd_desktop.storage import open_store
    from cwd_desktop.sync.service import digest, export, import_paths

    package = export(state["store"], tmp / "selftest.cwdsync")
    with open_store(tmp / "coordinator.sqlite3") as coordinator:
        import_paths(coordinator, [package])
        if digest(coordinator) != digest(state["store"]):
            raise AssertionError("the re-imported database differs")
    return f"{package.stat().st_size} bytes, digests equal"
