"""The installed PySide6 must not corrupt Python's reference counts: 6.12.0 dropped a reference to
None on every call of a void method, and the application died after a few thousand edits."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_alive(qapp):
    label, item = QLabel(), QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Mocne strony")
        item.setData("Szanse", Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) >= before - 10
