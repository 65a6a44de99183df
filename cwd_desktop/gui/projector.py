"""The projector window for the hall: large type, high contrast, no editing, live.

A header (partnership, meeting, date, "present: N", the phase and its timer) over one of five
pages: the SWOT board (painted by `projector_board`, one type size for all quadrants), the goal
tree, the selected decision's result, the TOWS strategies and the prioritisation matrix. Keys: 1-5
(or F5, F6, F7, Shift+F6, Shift+F5 in the meeting window) switch pages; F11 full screen; Esc
closes; Space shows the selected card big; V shows or hides the vote counts; A the cards'
authors; PageDown/PageUp page a long board or scroll a long page; F8, Ctrl+F8, Shift+F8, F9 the
timer. Text pages follow the board's rule: the largest type that fits, never below the minimum;
what does not fit then scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from cwd_desktop.domain import Meeting, Member, Partnership, formats
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.keys import shortcut
from cwd_desktop.gui.models.roles import ID_ROLE
from cwd_desktop.gui.models.swot_board import theme_colour
from cwd_desktop.gui.phase_timer import COLOURS, PhaseTimer
from cwd_desktop.gui.priority_matrix import MatrixCanvas
from cwd_desktop.gui.projector_board import (
    BoardLayout,
    Card,
    Measure,
    Options,
    fit_board,
    min_px_for,
    paint_board,
    paint_spotlight,
)
from cwd_desktop.gui.swot_board import SwotBoard
from cwd_desktop.services.paper_voting import present_count

BOARD, GOALS, DECISION, TOWS, MATRIX = range(5)


def board_cards(board: SwotBoard) -> dict[Quadrant, list[Card]]:
    """The board's live cards as the hall sees them, with their members' names (the members of
    the meeting's partnership only)."""
    session = board.session()
    members: dict[str, str] = {}
    if session is not None:
        partnership_id = board.store.get(Meeting, session.meeting_id).partnership_id
        members = {m.id: m.name for m in board.store.find(Member, partnership_id=partnership_id, include_deleted=True)}
    return {
        quadrant: [
            Card(
                id=item.id,
                quadrant=quadrant,
                text=" ".join(item.text.split()),
                votes=item.votes,
                theme=item.theme,
                theme_colour=theme_colour(item.theme).name() if item.theme else "",
                author=members.get(item.source_member_id or "", ""),
            )
            for item in model.items
        ]
        for quadrant, model in board.models.items()
    }


def board_titles(cards: dict[Quadrant, list[Card]]) -> dict[Quadrant, str]:
    return {q: f"{q.label(language())} ({len(cards.get(q, []))})" for q in Quadrant}


class ElidedLabel(QLabel):
    """One line that is cut with "…" at its end when it is wider than the label (never wider)."""

    def __init__(self) -> None:
        super().__init__()
        self.full = ""
        self.setMinimumWidth(1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(self.width(), 1)))


class BoardCanvas(QWidget):
    """The board page: lays the cards out when they change or the window is resized, paints the
    layout it keeps."""

    def __init__(self, board: SwotBoard, options: Options) -> None:
        super().__init__()
        self.board, self.options = board, options
        self.measure = Measure()
        self.page = 0
        self.spotlight: str | None = None  # the card shown big
        self.cards: dict[Quadrant, list[Card]] = {}
        self.layout_now: BoardLayout | None = None
        self.shown_key: tuple | None = None
        self.setAccessibleName(self.tr("SWOT board"))

    def relayout(self) -> None:
        """Lay the board out again when what it shows changed (cards, size, page or choices)."""
        self.cards = board_cards(self.board)
        rect = QRectF(self.rect())
        key = (self.cards, rect.getRect(), self.page, self.options.show_votes, self.options.show_authors)
        if key == self.shown_key:
            self.update()  # (a card shown big, or the selection, may have changed)
            return
        self.shown_key = key
        self.layout_now = fit_board(self.cards, rect, self.options, self.measure, self.page, board_titles(self.cards))
        self.page = self.layout_now.page
        self.update()

    def turn(self, step: int) -> None:
        if self.layout_now is not None:
            self.page = max(0, min(self.layout_now.pages - 1, self.page + step))
            self.relayout()

    def show_card_page(self, card_id: str | None) -> None:
        """The page that holds the selected card (the moderator's selection leads the hall)."""
        if self.layout_now is not None and card_id in self.layout_now.by_page:
            wanted = self.layout_now.by_page[card_id]
            if wanted != self.page:
                self.page = wanted
                self.relayout()

    def shown(self, quadrant: Quadrant) -> list[str]:
        """The quadrant's cards on the page shown, as "text (votes)" ("text" while votes are hidden)."""
        placed = self.layout_now.placed if self.layout_now is not None else []
        votes = self.options.show_votes
        return [
            f"{p.card.text} ({p.card.votes})" if votes else p.card.text for p in placed if p.card.quadrant is quadrant
        ]

    def spotlit(self) -> Card | None:
        return next((c for q in self.cards.values() for c in q if c.id == self.spotlight), None)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        card = self.spotlit()
        if card is not None:
            paint_spotlight(painter, QRectF(self.rect()), card, card.quadrant.label(language()), self.options)
        elif self.layout_now is not None:
            paint_board(painter, self.layout_now, self.options, self.measure)
        painter.end()


class TextPage(QScrollArea):
    """A page of text (goals, TOWS, a decision): the largest type that fits, never below the
    minimum; longer text scrolls (PageDown, PageUp)."""

    def __init__(self, source: Callable[[], str] | None, options: Options, centred: bool = False) -> None:
        super().__init__()
        self.source, self.options = source, options
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(
            Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        self.label.setStyleSheet("background: white; color: black; padding: 28px;")
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setStyleSheet("QScrollArea { background: white; border: none; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.px = 0

    def text(self) -> str:
        return self.label.text()

    def refresh(self) -> None:
        if self.source is None:
            return
        body = self.source()
        low = min_px_for(self.viewport().height(), self.options)
        width, height = max(self.viewport().width(), 1), max(self.viewport().height(), 1)
        for px in [*range(round(low * 2.5), low, -2), low]:
            self.px = px
            self.label.setText(f"<div style='font-size: {px}px'>{body}</div>")
            if self.label.heightForWidth(width) <= height:
                break

    def scroll_page(self, step: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep())


class ProjectorWindow(QWidget):
    """`goals_html`, `decision_html` and `tows_html` give the text pages' contents (from the
    meeting window); `matrix` is the prioritisation matrix's canvas."""

    def __init__(
        self,
        board: SwotBoard,
        meeting_id: str,
        timer: PhaseTimer,
        goals_html: Callable[[], str] | None = None,
        decision_html: Callable[[], str] | None = None,
        tows_html: Callable[[], str] | None = None,
        matrix: QWidget | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.board, self.meeting_id, self.timer = board, meeting_id, timer
        self.setWindowTitle(self.tr("CWD Desktop — projector"))
        self.setStyleSheet("background: black;")
        session = board.session()
        self.options = Options(show_authors=not (session and session.hide_authors))
        self.canvas = BoardCanvas(board, self.options)
        self.goals = TextPage(goals_html, self.options)
        self.decision = TextPage(decision_html, self.options, centred=True)
        self.tows = TextPage(tows_html, self.options)
        self.matrix = matrix or QLabel()
        self.pages = QStackedWidget()
        for page in (self.canvas, self.goals, self.decision, self.tows, self.matrix):
            self.pages.addWidget(page)
        self.info = ElidedLabel()  # a long name is cut, it never widens the window
        self.info.setAccessibleName(self.tr("Meeting"))
        self.clock = QLabel()
        self.clock.setAccessibleName(self.tr("Phase timer"))
        header = QHBoxLayout()
        self.headcount = QLabel()
        header.addWidget(self.info, 1)
        header.addWidget(self.headcount)
        header.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        self._bind_keys()
        board.changed.connect(self.refresh)
        board.session_changed.connect(self.session_changed)
        timer.changed.connect(self.show_timer)
        for view in board.views.values():
            view.selectionModel().currentChanged.connect(lambda current, _previous: self.follow_selection(current))
        self.refresh()

    def _bind_keys(self) -> None:
        shortcut(self, Qt.Key.Key_Escape, self.tr("Projector: close"), self.close)
        for key, number, does in (
            (Qt.Key.Key_1, BOARD, self.tr("Projector: the SWOT board")),
            (Qt.Key.Key_2, GOALS, self.tr("Projector: the goals")),
            (Qt.Key.Key_3, DECISION, self.tr("Projector: the decision's result")),
            (Qt.Key.Key_4, TOWS, self.tr("Projector: the TOWS strategies")),
            (Qt.Key.Key_5, MATRIX, self.tr("Projector: the prioritisation matrix")),
        ):
            shortcut(self, key, does, lambda number=number: self.show_page(number))
        shortcut(self, "F11", self.tr("Projector: full screen on or off"), self.toggle_full_screen)
        shortcut(
            self, Qt.Key.Key_Space, self.tr("Projector: the selected card big, or the board again"), self.spotlight
        )
        shortcut(self, "V", self.tr("Projector: show or hide the vote counts"), self.toggle_votes)
        shortcut(self, "A", self.tr("Projector: show or hide the cards' authors"), self.toggle_authors)
        shortcut(self, Qt.Key.Key_PageDown, self.tr("Projector: next page"), lambda: self.turn(1))
        shortcut(self, Qt.Key.Key_PageUp, self.tr("Projector: previous page"), lambda: self.turn(-1))
        shortcut(self, "F8", self.tr("Timer: start or pause"), self.timer.start_or_pause)
        shortcut(self, "Ctrl+F8", self.tr("Timer: one minute more"), self.timer.add_minute)
        shortcut(self, "Shift+F8", self.tr("Timer: reset"), self.timer.reset)

    # -- what is shown ---------------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.refresh()

    def refresh(self, board: bool = True) -> None:
        """The header and the page shown; `board`: the board page too."""
        self.show_header()
        page = self.pages.currentIndex()
        if page == BOARD:
            if board:
                self.canvas.relayout()
        elif isinstance(current := self.pages.currentWidget(), TextPage):
            current.refresh()
        elif isinstance(self.matrix, MatrixCanvas):
            self.matrix.refresh()

    def header_px(self) -> int:
        return max(18, round(self.height() * 0.03))

    def show_header(self) -> None:
        store = self.board.store
        meeting = store.get(Meeting, self.meeting_id)
        partnership = store.get(Partnership, meeting.partnership_id)
        parts = [self.tr("meeting %1").replace("%1", meeting.display_number)]
        if meeting.date:
            parts.append(formats.long_date(meeting.date, language()))
        parts.append(partnership.name)
        state = [self.tr("present: %1").replace("%1", str(present_count(store, self.meeting_id)))]
        if self.pages.currentIndex() == BOARD:
            if not self.options.show_votes:
                state.append(self.tr("votes hidden"))
            if self.canvas.layout_now is not None and self.canvas.layout_now.pages > 1:
                page = self.tr("page %1 of %2").replace("%1", str(self.canvas.page + 1))
                state.append(page.replace("%2", str(self.canvas.layout_now.pages)))
        self.headcount.setText(" · ".join(state))
        text = " · ".join(parts)
        style = f"color: white; font-size: {self.header_px()}px;"
        self.info.setStyleSheet(style)
        self.headcount.setStyleSheet(style + "font-weight: bold;")
        self.info.set_full_text(text)
        self.show_timer()

    def show_timer(self) -> None:
        background, ink = COLOURS[self.timer.level()]
        paused = "" if self.timer.running else " · " + self.tr("paused")
        self.clock.setText(f"{self.timer.label}  {self.timer.text()}{paused}")
        self.clock.setStyleSheet(
            f"background: {background}; color: {ink}; font-size: {round(self.header_px() * 1.2)}px;"
            "font-weight: bold; padding: 2px 14px; border-radius: 6px;"
        )

    def follow_selection(self, current) -> None:
        """The moderator's selected card is outlined, and its page shown."""
        self.options.selected = current.data(ID_ROLE) if current.isValid() else None
        self.canvas.show_card_page(self.options.selected)
        self.canvas.update()

    # -- what the keys do ------------------------------------------------------------------------

    def turn(self, step: int) -> None:
        page = self.pages.currentWidget()
        if page is self.canvas:
            self.canvas.turn(step)
            self.show_header()
        elif isinstance(page, TextPage):
            page.scroll_page(step)

    def spotlight(self) -> None:
        """The selected card over the whole board, or the board again."""
        if self.canvas.spotlight is not None or self.options.selected is None:
            self.canvas.spotlight = None
        else:
            self.canvas.spotlight = self.options.selected
            self.pages.setCurrentIndex(BOARD)
        self.refresh()

    def toggle_votes(self) -> None:
        self.options.show_votes = not self.options.show_votes
        self.refresh()

    def toggle_authors(self) -> None:
        """The session's choice (it also makes the exports anonymous), as an undoable edit."""
        self.board.set_hide_authors(self.options.show_authors)

    def session_changed(self) -> None:
        session = self.board.session()
        self.options.show_authors = not (session and session.hide_authors)
        self.refresh()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refresh()

    def present(self) -> None:
        """Full screen on the second screen when there is one; on a single screen a window that
        fits it (F11 makes it full screen there too)."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            if not self.isVisible():
                available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
                self.setGeometry(available.adjusted(40, 40, -40, -40))
            self.show()
        self.raise_()
