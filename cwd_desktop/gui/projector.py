"""The projector window for the hall: large type, high contrast, no editing, live.

It shows one of three pages: the SWOT board (mirrored from its models whenever the board changes),
the goal tree, or the result of the decision selected in the decisions tab. Keys 1, 2, 3 (or F5,
F6, F7 in the meeting window) switch; Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.swot_board import QUADRANT_COLOURS, SwotBoard

FONT_SIZES = (40, 34, 30, 26, 22, 19, 16, 14, 12, 10, 9, 8)
BOARD, GOALS, DECISION = range(3)


def fit(label: QLabel, body: str) -> None:
    """Set the text as large as fits: everything stays on the screen, however much there is."""
    for size in FONT_SIZES:
        label.setText(f"<div style='font-size: {size}pt'>{body}</div>")
        if label.heightForWidth(max(label.width(), 1)) <= label.height():
            break


class ProjectorWindow(QWidget):
    """`goals_html` and `decision_html` give the other pages' contents (from the meeting window)."""

    def __init__(
        self,
        board: SwotBoard,
        goals_html: Callable[[], str] | None = None,
        decision_html: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.board, self.goals_html, self.decision_html = board, goals_html, decision_html
        self.setWindowTitle(self.tr("CWD Desktop — projector"))
        self.setStyleSheet("background: black;")
        self.panels: dict[Quadrant, QLabel] = {}
        board_page = QWidget()
        grid = QGridLayout(board_page)
        for number, quadrant in enumerate(Quadrant):
            panel = self._label(f"background: {QUADRANT_COLOURS[quadrant]}; color: black; padding: 18px;")
            self.panels[quadrant] = panel
            grid.addWidget(panel, number // 2, number % 2)
        self.goals = self._label("background: white; color: black; padding: 28px;")
        self.decision = self._label("background: white; color: black; padding: 40px;")
        self.decision.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (board_page, self.goals, self.decision):
            self.pages.addWidget(page)
        QVBoxLayout(self).addWidget(self.pages)
        shortcut(self, Qt.Key.Key_Escape, self.tr("Projector: close"), self.close)
        for key, number, does in (
            (Qt.Key.Key_1, BOARD, self.tr("Projector: the SWOT board")),
            (Qt.Key.Key_2, GOALS, self.tr("Projector: the goals")),
            (Qt.Key.Key_3, DECISION, self.tr("Projector: the decision's result")),
        ):
            shortcut(self, key, does, lambda number=number: self.show_page(number))
        board.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _label(style: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet(style)
        return label

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.refresh()

    def refresh(self) -> None:
        page = self.pages.currentIndex()
        if page == GOALS and self.goals_html:
            fit(self.goals, self.goals_html())
        elif page == DECISION and self.decision_html:
            fit(self.decision, self.decision_html())
        elif page == BOARD:
            for quadrant, panel in self.panels.items():
                model = self.board.models[quadrant]
                lines = [escape(model.index(row, 0).data()) for row in range(model.rowCount())]
                title = escape(f"{quadrant.label(language())} ({len(lines)})")
                fit(panel, f"<b>{title}</b><br>" + "<br>".join(f"• {line}" for line in lines))

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
            if not self.isVisible():
                self.resize(1280, 800)
            self.show()
        self.raise_()
