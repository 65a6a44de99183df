"""Keys that do what they say (issue 15): in every window and on every tab, in Polish and in
English, each Alt+letter belongs to one thing, each menu's letters are distinct, and no key
sequence is bound twice (Qt then runs neither: "Ambiguous shortcut overload")."""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from cwd_desktop.domain import Meeting, SwotItem
from cwd_desktop.gui.catalog import windows
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.gui.swot_board import QuadrantView

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _visible(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window)


def _in_a_menu(widget: QWidget) -> bool:
    while widget is not None:
        if isinstance(widget, QMenu):
            return True
        widget = widget.parentWidget()
    return False


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """letter -> the texts that claim it, among what is visible in the window now (a hidden tab's
    widgets take no keys) and the menu bar's titles."""
    claims: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            claims.setdefault(letter, []).append(text)

    for widget in window.findChildren(QWidget):
        if not _visible(widget, window) or _in_a_menu(widget):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            claim(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                claim(widget.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            claim(action.text())
    return claims


def menu_clashes(window: QWidget) -> list[str]:
    found = []
    for menu in window.findChildren(QMenu):
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                letters.setdefault(letter, []).append(action.text())
        found += [f"{menu.title()}: {texts}" for texts in letters.values() if len(texts) > 1]
    return found


def ambiguous_shortcuts(window: QWidget) -> list[str]:
    """Key sequences bound more than once in one scope: the window (actions and window-wide
    shortcuts), or the widget a widget-scoped shortcut belongs to. Only shortcuts that can fire."""
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    bound: dict[tuple[int, str], list[str]] = {}

    def bind(scope: object, sequences, owner: str) -> None:
        for sequence in sequences:
            if not sequence.isEmpty():
                bound.setdefault((id(scope), sequence.toString()), []).append(owner)

    for action in {*window.findChildren(QAction), *window.actions()}:
        if not action.isEnabled() and not action.isVisible():
            continue
        if action.shortcutContext() in window_wide:
            bind(window, action.shortcuts(), action.text() or action.objectName())
        else:
            for widget in action.associatedObjects():
                bind(widget, action.shortcuts(), action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if not shortcut.isEnabled() or (isinstance(owner, QWidget) and not owner.isVisibleTo(window)):
            continue  # Qt fires a shortcut only while its widget shows
        scope = window if shortcut.context() in window_wide else shortcut.parent()
        bind(scope, shortcut.keys(), f"shortcut of {type(shortcut.parent()).__name__}")
    return [f"{key}: {owners}" for (_scope, key), owners in bound.items() if len(owners) > 1]


def check_window(window: QWidget, where: str) -> list[str]:
    problems = [
        f"{where}: Alt+{letter} → {texts}" for letter, texts in window_mnemonics(window).items() if len(texts) > 1
    ]
    problems += [f"{where}: menu {clash}" for clash in menu_clashes(window)]
    problems += [f"{where}: ambiguous {clash}" for clash in ambiguous_shortcuts(window)]
    return problems


def every_tab_state(window: QWidget, where: str, qtbot) -> list[str]:
    """Check the window once for each page of each of its tab widgets (the top level first)."""
    problems = check_window(window, where)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            problems += check_window(window, f"{where} / {tabs.tabText(index)}")
            for inner in tabs.widget(index).findChildren(QTabWidget):
                for inner_index in range(inner.count()):
                    inner.setCurrentIndex(inner_index)
                    QApplication.processEvents()
                    problems += check_window(window, f"{where} / {tabs.tabText(index)} / {inner.tabText(inner_index)}")
    return sorted(set(problems))


def test_every_window_has_distinct_keys(qtbot, demo_store, language, monkeypatch):
    problems = []
    for name, make in windows(demo_store).items():
        window = make()
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        problems += every_tab_state(window, f"[{language}] {name}", qtbot)
        window.hide()
    assert not problems, "\n".join(problems)


def test_the_check_catches_a_clash_and_an_ambiguous_key(qtbot, qapp):
    """The checks above can fail: two buttons on one letter, one key on two actions."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QPushButton("&Zapisz"))
    layout.addWidget(QPushButton("&Zamknij"))
    window.setCentralWidget(body)
    for text in ("Cofnij", "Ponów"):
        action = QAction(text, window)
        action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        window.addAction(action)
    window.show()
    problems = check_window(window, "test")
    assert any("Alt+z" in p for p in problems) and any("ambiguous Ctrl+Shift+Z" in p for p in problems)


def test_every_key_says_what_it_does_and_f1_lists_it(qtbot, demo_store, language):
    """The sheet is read from the keys bound: a key bound without saying what it does fails here."""
    from cwd_desktop.gui.keys import bound_keys, show_sheet

    silent = []
    for name, make in windows(demo_store).items():
        window = make()
        qtbot.addWidget(window)
        for bound in window.findChildren(QShortcut):
            sequences = bound.keys()  # a QShortcut's key sequences
            if not bound.whatsThis():
                silent.append(f"{name}: {[k.toString() for k in sequences]}")
        window.hide()
    assert not silent, silent
    from cwd_desktop.gui.meeting_window import MeetingWindow

    meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
    window = MeetingWindow(demo_store, meeting.id)
    qtbot.addWidget(window)
    rows = dict((does, keys) for keys, does in bound_keys(window))
    merge = "SWOT: scal zaznaczone karty" if language == "pl" else "SWOT: merge the selected cards"
    assert rows[merge] == "Ctrl+M"
    assert any("F5" in keys for keys in rows.values()) and any("Ctrl+Z" in keys for keys in rows.values())
    sheet = show_sheet(window)
    qtbot.addWidget(sheet)
    text = sheet.findChild(QTextBrowser).toPlainText()
    assert merge in text and "Ctrl+M" in text
    # Keys a card list handles itself are on the sheet too, and do what the sheet says.
    more = "Jeden głos więcej dla zaznaczonych kart" if language == "pl" else "One vote more for the selected cards"
    assert rows[more] == "+" and more in text
    view = window.board.findChildren(QuadrantView)[0]
    view.setCurrentIndex(view.model().index(0, 0))
    view.selectionModel().select(view.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    item_id = view.currentIndex().data(ID_ROLE)
    before = demo_store.get(SwotItem, item_id).votes
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert demo_store.get(SwotItem, item_id).votes == before + 1
