"""Windows that fit the laptop they open on: 1366×768, or 1280×720 at 125% (1024×576 points)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, but never beyond the screen's free area (the taskbar and
    title bar take some of it): a window taller than the screen hides its buttons."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - 16)
        height = min(height, free.height() - 48)  # the window manager's title bar
    window.resize(max(width, 320), max(height, 240))
