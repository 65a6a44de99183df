"""The projector window: the SWOT board for the hall, large type, no editing, live."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.swot_board import QUADRANT_COLOURS, SwotBoard

FONT_SIZES = (30, 26, 22, 19, 16, 14, 12, 10, 9, 8)


class ProjectorWindow(QWidget):
    """Mirrors a SwotBoard: redrawn from its models whenever the board changes. Esc closes."""

    def __init__(self, board: SwotBoard) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.board = board
        self.setWindowTitle(self.tr("SWOT — projector"))
        self.setStyleSheet("background: black;")
        self.panels: dict[Quadrant, QLabel] = {}
        grid = QGridLayout(self)
        for number, quadrant in enumerate(Quadrant):
            panel = QLabel()
            panel.setWordWrap(True)
            panel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            panel.setTextFormat(Qt.TextFormat.RichText)
            panel.setStyleSheet(f"background: {QUADRANT_COLOURS[quadrant]}; color: black; padding: 18px;")
            self.panels[quadrant] = panel
            grid.addWidget(panel, number // 2, number % 2)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        board.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        for quadrant, panel in self.panels.items():
            model = self.board.models[quadrant]
            lines = [escape(model.index(row).data()) for row in range(model.rowCount())]
            title = escape(f"{quadrant.label(language())} ({len(lines)})")
            body = f"<b>{title}</b><br>" + "<br>".join(f"• {line}" for line in lines)
            # As large as fits: every card stays on the screen, however full the quadrant.
            for size in FONT_SIZES:
                panel.setText(f"<div style='font-size: {size}pt'>{body}</div>")
                if panel.heightForWidth(max(panel.width(), 1)) <= panel.height():
                    break

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refresh()

    def present(self) -> None:
        """Full screen on the second screen when there is one, a normal window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()
