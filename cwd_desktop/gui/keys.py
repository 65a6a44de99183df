"""Keyboard shortcuts: one way to bind a key (with what it does, in the interface's language), and
the sheet (Help → Keyboard shortcuts, F1) read from the keys bound in the window itself, so the
sheet and the bindings cannot drift apart (tests/gui/test_keys.py checks every key says what it does)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cwd_desktop.gui.screen import fit_to_screen


def shortcut(
    parent: QWidget,
    key: str | QKeySequence | QKeySequence.StandardKey | Qt.Key,
    does: str,
    slot: Callable[..., object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """Bind `key` on `parent` to `slot`; `does` (translated) is what the sheet says of it."""
    bound = QShortcut(key if isinstance(key, QKeySequence) else QKeySequence(key), parent, context=context)
    bound.setWhatsThis(does)
    bound.activated.connect(slot)
    return bound


def bound_keys(window: QWidget) -> list[tuple[str, str]]:
    """(keys as the platform writes them, what they do) for every action and shortcut of the
    window that has a key, sorted by what they do."""
    found: dict[str, set[str]] = {}
    for action in {*window.findChildren(QAction), *window.actions()}:
        text = action.text().replace("&", "")
        for sequence in action.shortcuts():
            if text and not sequence.isEmpty():
                found.setdefault(text, set()).add(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    for bound in window.findChildren(QShortcut):
        sequences = bound.keys()  # a QShortcut's key sequences
        if bound.whatsThis():
            for sequence in sequences:
                found.setdefault(bound.whatsThis(), set()).add(
                    sequence.toString(QKeySequence.SequenceFormat.NativeText)
                )
    # Keys a widget handles itself (a SWOT quadrant's digits, + and −) name themselves.
    for widget in {*window.findChildren(QWidget), window}:
        in_place = getattr(widget, "keys_in_place", None)
        if callable(in_place):
            for keys, does in in_place():
                found.setdefault(does, set()).add(keys)
    return sorted(((", ".join(sorted(keys)), does) for does, keys in found.items()), key=lambda row: row[1].casefold())


def show_sheet(window: QWidget) -> QDialog:
    """The window's keys as a table: what each does, and the keys."""
    title = QCoreApplication.translate("Keys", "Keyboard shortcuts")
    dialog = QDialog(window)
    dialog.setWindowTitle(title)
    browser = QTextBrowser()
    rows = "".join(
        f"<tr><td style='padding-right: 24px'>{escape(does)}</td><td><b>{escape(keys)}</b></td></tr>"
        for keys, does in bound_keys(window)
    )
    note = QCoreApplication.translate(
        "Keys",
        "Alt with an underlined letter moves to that field or tab. A meeting's window has keys of its own: F1 there.",
    )
    browser.setHtml(f"<h3>{escape(title)}</h3><table>{rows}</table><p>{escape(note)}</p>")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    fit_to_screen(dialog, 640, 640)
    dialog.show()
    return dialog
