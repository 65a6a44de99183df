"""Fixtures of the GUI tests."""

import pytest

from cwd_desktop.gui import i18n


@pytest.fixture
def english(qapp):
    """The interface in English (the tests read its texts); restored afterwards."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def synchronous_tasks():
    """Background work runs at once on the test's thread: its result is there when the call returns."""
    from cwd_desktop.gui import tasks

    tasks.run_synchronously(True)
    yield
    tasks.run_synchronously(False)
