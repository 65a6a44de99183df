"""Fixtures of the GUI tests."""

import pytest

from cwd_desktop.gui import i18n


@pytest.fixture
def english(qapp):
    """The interface in English (the tests read its texts); restored afterwards."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(params=["pl", "en"])
def language(request, qapp):
    """The test runs in Polish and in English (Polish labels are longer; both must fit)."""
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


@pytest.fixture
def synchronous_tasks():
    """Background work runs at once on the test's thread: its result is there when the call returns."""
    from cwd_desktop.gui import tasks

    tasks.run_synchronously(True)
    yield
    tasks.run_synchronously(False)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A modal message box nobody answers would hang the run: one a test did not expect (by
    patching it) fails the test instead, naming its text."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind):
        def show(_parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected QMessageBox.{kind}: {title}: {text}")

        return show

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def activate(qtbot):
    """Show a window and make it the active one, as for a user: its shortcuts and focus work then."""

    def show(window):
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return show
