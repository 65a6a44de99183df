"""Render resources/icons/cwd-desktop.svg to the PNG sizes and the Windows .ico the build needs.

Run once after changing the SVG (`python build_spec/make_icons.py`); the outputs are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "cwd-desktop.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - Qt needs it
    for size in SIZES:
        render(size).save(str(ICONS / f"cwd-desktop-{size}.png"))
    # Qt's ico writer stores one image; Windows scales it. 256 px is the size Explorer prefers.
    render(256).save(str(ICONS / "cwd-desktop.ico"))


if __name__ == "__main__":
    main()
