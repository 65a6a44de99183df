"""Fixtures of the GUI tests."""

import pytest

from cwd_desktop.gui import i18n


@pytest.fixture
def english(qapp):
    """The interface in English (the tests read its texts); restored afterwards."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")
