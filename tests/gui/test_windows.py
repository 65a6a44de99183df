"""Windows that fit a laptop (issue 15): every window can shrink to 1024×576 points (1280×720 at
125%), opens no larger than the screen's free area, and shows at once what other windows change."""

from __future__ import annotations

from cwd_desktop.gui.catalog import windows
from cwd_desktop.gui.screen import fit_to_screen


def test_every_window_can_be_as_small_as_a_small_laptop(qtbot, demo_store, language, monkeypatch):
    too_big = []
    for name, make in windows(demo_store).items():
        window = make()
        qtbot.addWidget(window)
        window.show()
        hint = window.minimumSizeHint()
        if hint.width() > 1024 or hint.height() > 576:
            too_big.append(f"{name}: {hint.width()}×{hint.height()}")
        window.hide()
    assert not too_big, too_big


def test_a_window_opens_no_larger_than_the_free_screen(qtbot, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(type(window.screen()), "availableGeometry", lambda self: QRect(0, 0, 1024, 546))
    fit_to_screen(window, 1200, 800)
    assert (window.width(), window.height()) == (1008, 498)
    fit_to_screen(window, 640, 420)
    assert (window.width(), window.height()) == (640, 420)


def test_the_main_window_shows_a_meeting_edit_and_a_signing_at_once(qtbot, demo_store, english, tmp_path):
    from cwd_desktop.domain import Meeting
    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import export_minutes

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    meeting = demo_store.find(Meeting)[0]
    window.select(meeting.id)
    workspace = window.open_meeting()
    workspace.agenda.form.edits["title"].setText("Nowy tytuł warsztatu")
    workspace.agenda.form.edits["title"].editingFinished.emit()
    assert demo_store.get(Meeting, meeting.id).title == "Nowy tytuł warsztatu"
    qtbot.waitUntil(lambda: "Nowy tytuł warsztatu" in window.ui.details.toPlainText(), timeout=3000)
    workspace.tabs.setCurrentIndex(2)
    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    export_minutes(demo_store, meeting.id, tmp_path / "p.pdf", key=key)
    window.refresh()  # as the minutes dialog does once it signed
    (reopened,) = [w for w in window.meeting_windows if w.meeting_id == meeting.id]
    assert reopened.read_only and reopened.isVisible() and reopened.tabs.currentIndex() == 2
    assert not workspace.isVisible()


def test_dates_and_amounts_read_as_polish_users_write_them(qtbot, demo_store, qapp):
    """12.03.2026, not 2026-03-12; 4 500 000, not 4500000; a year stays 2026."""
    from cwd_desktop.domain import Meeting
    from cwd_desktop.gui import i18n
    from cwd_desktop.gui.main_window import MainWindow
    from cwd_desktop.gui.meeting_window import MeetingWindow

    i18n.install(qapp, "pl")
    try:
        meeting = next(m for m in demo_store.find(Meeting) if m.number == "3/2026")
        window = MainWindow(demo_store)
        qtbot.addWidget(window)
        window.select(meeting.id)
        shown = window.model.itemFromIndex(window.ui.navigator.currentIndex().siblingAtColumn(1)).text()
        assert shown == f"{meeting.date.day}.{meeting.date.month:02d}.{meeting.date.year}"
        workspace = MeetingWindow(demo_store, meeting.id)
        qtbot.addWidget(workspace)
        assert workspace.agenda.form.edits["date"].text() == shown
        workspace.agenda.form.save("date")  # unchanged: no new version of the field
        assert workspace.undo_stack.count() == 0
        model = workspace.goals.details.indicators.model
        columns = {column.field: column for column in model.columns}
        assert model.label(columns["target_value"], 4500000) == "4\u00a0500\u00a0000"
        assert model.label(columns["target_year"], 2026) == "2026"
    finally:
        i18n.install(qapp, "en")
