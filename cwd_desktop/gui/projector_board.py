"""The SWOT board as the hall sees it: four quadrants of cards painted in one type size.

`fit_board` picks the size: the largest at which the fullest quadrant still fits, never below
`min_px_for` (24 px for a board 720 px tall, in proportion on a taller one, as the back row sees
the same picture). A fuller board first cuts each card's text to fewer lines (ending in "…"; Space
on the projector shows a card whole), then pages, all quadrants together (PageDown, PageUp); it
never shrinks. `paint_board` draws a layout; the projector, the PNG and the A4 PDF all use it.
Text is laid out once for each text, size and width (`Measure`): after one card is added, only
that card (and its quadrant) is laid out again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextLayout, QTextOption

from cwd_desktop.domain.choices import Quadrant

QUADRANT_FILL = {Quadrant.S: "#d9f0d9", Quadrant.W: "#f7d9d9", Quadrant.O: "#d6e4f7", Quadrant.T: "#fbe3c4"}
QUADRANT_INK = {Quadrant.S: "#1b5e20", Quadrant.W: "#8e1b1b", Quadrant.O: "#0d3c7a", Quadrant.T: "#7a3d00"}
TOP_BORDER = "#c77700"  # the most-voted cards: a thick amber frame
SELECTED = "#1565c0"
BADGE = "#263238"  # a vote count's badge
COLUMNS = (1, 2, 3)


@dataclass(frozen=True)
class Card:
    id: str
    quadrant: Quadrant
    text: str
    votes: int = 0
    theme: str = ""
    theme_colour: str = ""  # "#rrggbb" of the theme's stripe, "" without a theme
    author: str = ""  # the member (gmina) the card came from


@dataclass
class Options:
    show_votes: bool = True
    show_authors: bool = True
    selected: str | None = None
    min_px: int | None = None  # None: 24 px scaled to the height from 720


@dataclass
class Placed:
    card: Card
    rect: QRectF
    top: bool  # one of the most-voted cards (shown only while votes are shown)


@dataclass
class BoardLayout:
    px: int  # the cards' type size in pixels
    pages: int
    page: int
    clamps: dict[Quadrant, int | None] = field(default_factory=dict)  # lines a card's text takes (None: all)
    quadrants: dict[Quadrant, QRectF] = field(default_factory=dict)
    titles: dict[Quadrant, str] = field(default_factory=dict)
    placed: list[Placed] = field(default_factory=list)  # the cards on this page
    by_page: dict[str, int] = field(default_factory=dict)  # card id -> its page


def font(px: int, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(px)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def wrap_option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long word breaks, never overflows
    return option


class Measure:
    """Wrapped text, remembered: (text, px, width) -> its lines as (start, length), and the line
    height. Laying out is what costs; after one card is added only that card is laid out again."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, int, int], tuple[list[tuple[int, int]], float]] = {}
        # A quadrant's pages for its cards, size, columns, lines and area: adding a card to one
        # quadrant leaves the other three laid out as they were.
        self.pages: dict[tuple, list[list[tuple[Card, QRectF]]] | None] = {}

    def lines(self, text: str, px: int, width: float) -> tuple[list[tuple[int, int]], float]:
        key = (text, px, int(width))
        found = self.found.get(key)
        if found is None:
            if len(self.found) > 200_000:  # (a projector left open all day on a board of thousands)
                self.found.clear()
            layout = QTextLayout(text, font(px))
            layout.setTextOption(wrap_option())
            layout.beginLayout()
            spans, height = [], 0.0
            while (line := layout.createLine()).isValid():
                line.setLineWidth(int(width))
                spans.append((line.textStart(), line.textLength()))
                height = max(height, line.height())
            layout.endLayout()
            found = (spans or [(0, 0)], height or px * 1.2)
            self.found[key] = found
        return found

    def height(self, text: str, px: int, width: float, clamp: int | None = None) -> float:
        """The text's height in `width`, at most `clamp` lines."""
        spans, line = self.lines(text, px, width)
        return line * (len(spans) if clamp is None else min(len(spans), clamp))


def min_px_for(height: float, options: Options) -> int:
    return options.min_px or max(24, int(24 * height / 720))


def _metrics(px: int) -> dict[str, float]:
    return {"pad": round(px * 0.16), "gap": round(px * 0.16), "stripe": round(px * 0.3), "badge": px * 2.0}


def _text_width(rect_width: float, px: int, options: Options) -> float:
    m = _metrics(px)
    return rect_width - 2 * m["pad"] - m["stripe"] - (m["badge"] if options.show_votes else 0)


def _card_height(card: Card, px: int, width: float, options: Options, measure: Measure, clamp: int | None) -> float:
    inner = _text_width(width, px, options)
    text = measure.height(card.text, px, inner, clamp)
    if options.show_authors and card.author:
        text += measure.height(f"— {card.author}", px, inner, 1)
    return text + 2 * _metrics(px)["pad"]


class _Cards:
    """A quadrant's cards as a dictionary key, hashed once (a tuple would hash every card at
    every lookup)."""

    __slots__ = ("cards", "hashed")

    def __init__(self, cards: list[Card]) -> None:
        self.cards = tuple(cards)
        self.hashed = hash(self.cards)

    def __hash__(self) -> int:
        return self.hashed

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Cards) and other.hashed == self.hashed and other.cards == self.cards


def _pages(
    cards: _Cards, px: int, columns: int, area: QRectF, options: Options, measure: Measure, clamp: int | None
) -> list[list[tuple[Card, QRectF]]] | None:
    """The quadrant's cards in rows of `columns`, split into pages that fit `area` (None when a
    single card does not fit a page, or the columns are too narrow for the type); remembered."""
    key = (cards, px, columns, clamp, area.getRect(), options.show_votes, options.show_authors)
    if key not in measure.pages:
        if len(measure.pages) > 20_000:
            measure.pages.clear()
        measure.pages[key] = _pages_now(list(cards.cards), px, columns, area, options, measure, clamp)
    return measure.pages[key]


def _cannot_fit(cards: list[Card], px: int, area: QRectF, options: Options, measure: Measure) -> bool:
    """Whether even one line a card, in the most columns, is taller than the quadrant: then only
    pages will do (this spares trying each number of lines on a full board)."""
    rows = -(-len(cards) // COLUMNS[-1])
    one_line = measure.lines("X", px, 1000)[1] + 2 * _metrics(px)["pad"]
    return rows * one_line + (rows - 1) * _metrics(px)["gap"] > area.height()


def _pages_now(
    cards: list[Card], px: int, columns: int, area: QRectF, options: Options, measure: Measure, clamp: int | None
) -> list[list[tuple[Card, QRectF]]] | None:
    m = _metrics(px)
    width = (area.width() - (columns - 1) * m["gap"]) / columns
    if width < px * 9:
        return None
    pages: list[list[tuple[Card, QRectF]]] = [[]]
    y = area.top()
    for start in range(0, len(cards), columns):
        row = cards[start : start + columns]
        height = max(_card_height(c, px, width, options, measure, clamp) for c in row)
        if height > area.height():
            return None
        if y + height > area.bottom() + 0.5 and pages[-1]:
            pages.append([])
            y = area.top()
        for n, card in enumerate(row):
            pages[-1].append((card, QRectF(area.left() + n * (width + m["gap"]), y, width, height)))
        y += height + m["gap"]
    return pages


def _quadrant_areas(rect: QRectF, px: int) -> tuple[dict[Quadrant, QRectF], dict[Quadrant, QRectF]]:
    """(quadrant panels, the card area inside each, below its title)."""
    gap = max(6.0, rect.height() * 0.01)
    width, height = (rect.width() - gap) / 2, (rect.height() - gap) / 2
    panels, areas = {}, {}
    title = px * 1.25
    inset = round(px * 0.25)
    for n, quadrant in enumerate(Quadrant):
        panel = QRectF(rect.left() + (n % 2) * (width + gap), rect.top() + (n // 2) * (height + gap), width, height)
        panels[quadrant] = panel
        areas[quadrant] = panel.adjusted(inset, inset + title, -inset, -inset)
    return panels, areas


CLAMPS = (None, 4, 3, 2, 1)  # lines a card's text may take on the board (None: all); the spotlight shows all
Laid = dict[Quadrant, list[list[tuple[Card, QRectF]]]]


def fit_board(
    cards: dict[Quadrant, list[Card]],
    rect: QRectF,
    options: Options,
    measure: Measure,
    page: int = 0,
    titles: dict[Quadrant, str] | None = None,
) -> BoardLayout:
    """The layout of `page`. Every card whole, in the largest type at which all fit one page;
    else each card's text cut to a number of lines (4, 3, 2, then 1, ending in "…": Space shows
    it whole), again in the largest type that fits; else the smallest type with 2 lines a card,
    paged. Never below the minimum size (unless one card alone is taller than a quadrant)."""
    low = min_px_for(rect.height(), options)
    keyed = {q: _Cards(cards.get(q, [])) for q in Quadrant}
    sizes = list(range(round(low * 2.5), low - 1, -2))
    if sizes[-1] != low:
        sizes.append(low)

    def attempt(px: int, clamp: int | None, generous: bool = False) -> tuple[Laid, dict[Quadrant, int | None]] | None:
        """Each quadrant in the fewest pages at `px` with `clamp`; `generous`: a quadrant with
        room to spare keeps more lines of its cards (from all of them down to `clamp`)."""
        _panels, areas = _quadrant_areas(rect, px)
        found: Laid = {}
        clamps: dict[Quadrant, int | None] = {}
        for quadrant in Quadrant:
            tries = CLAMPS[: CLAMPS.index(clamp) + 1] if generous else (clamp,)
            best = None
            for lines in tries:
                for columns in COLUMNS:
                    pages = _pages(keyed[quadrant], px, columns, areas[quadrant], options, measure, lines)
                    if pages is not None and (best is None or len(pages) < len(best[0])):
                        best = (pages, lines)
                    if best is not None and len(best[0]) == 1:
                        break
                if best is not None and len(best[0]) == 1:
                    break
            if best is None:
                return None
            found[quadrant], clamps[quadrant] = best
        return found, clamps

    def one_page(found: tuple[Laid, dict[Quadrant, int | None]] | None) -> bool:
        return found is not None and all(len(pages) == 1 for pages in found[0].values())

    chosen: tuple[int, int | None] | None = None
    _panels, low_areas = _quadrant_areas(rect, low)
    paged = any(_cannot_fit(cards.get(q, []), low, low_areas[q], options, measure) for q in Quadrant)
    for clamp in () if paged else CLAMPS:
        if not one_page(attempt(low, clamp)):
            continue
        # Binary search over the sizes, largest first: fitting only gets easier as the type shrinks.
        first, last = 0, len(sizes) - 1
        while first <= last:
            middle = (first + last) // 2
            if one_page(attempt(sizes[middle], clamp)):
                chosen, last = (sizes[middle], clamp), middle - 1
            else:
                first = middle + 1
        break
    if chosen is None:  # more cards than one page holds at the smallest type: pages
        px, clamp = low, 2
        while attempt(px, clamp) is None and px > 8:  # one card taller than a quadrant: the only case below `low`
            px -= 2
        chosen = (px, clamp)
    px, clamp = chosen
    laid, clamps = attempt(px, clamp, generous=paged is False and chosen[1] is not None) or ({}, {})
    pages = max((len(p) for p in laid.values()), default=1)
    page = max(0, min(page, pages - 1))
    panels, _areas = _quadrant_areas(rect, px)
    layout = BoardLayout(px=px, pages=pages, page=page, clamps=clamps, quadrants=panels, titles=titles or {})
    top = _top_votes(cards) if options.show_votes else set()
    for quadrant_pages in laid.values():
        for number, on_page in enumerate(quadrant_pages):
            for card, card_rect in on_page:
                layout.by_page[card.id] = number
                if number == page:
                    layout.placed.append(Placed(card, card_rect, card.id in top))
    return layout


def _top_votes(cards: dict[Quadrant, list[Card]]) -> set[str]:
    """The cards with one of the three highest vote counts on the board (above zero)."""
    counts = sorted({c.votes for q in cards.values() for c in q if c.votes > 0}, reverse=True)[:3]
    return {c.id for q in cards.values() for c in q if c.votes in counts}


def paint_board(painter: QPainter, layout: BoardLayout, options: Options, measure: Measure) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    px = layout.px
    for quadrant, panel in layout.quadrants.items():
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(QUADRANT_FILL[quadrant]))
        painter.drawRoundedRect(panel, 8, 8)
        painter.setPen(QColor(QUADRANT_INK[quadrant]))
        painter.setFont(font(round(px * 1.05), bold=True))
        inset = round(px * 0.25)
        title = panel.adjusted(inset, inset * 0.5, -inset, 0)
        title.setHeight(px * 1.25)
        painter.drawText(
            title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, layout.titles.get(quadrant, "")
        )
    for placed in layout.placed:
        paint_card(painter, placed, px, options, measure, layout.clamps.get(placed.card.quadrant))
    painter.restore()


def draw_lines(
    painter: QPainter, x: float, y: float, text: str, px: int, width: float, measure: Measure, clamp: int | None
) -> float:
    """The text wrapped as measured, at most `clamp` lines, the last one ending in "…" when text
    is left out; returns the height used. Set the painter's font first."""
    spans, line_height = measure.lines(text, px, width)
    shown = spans if clamp is None else spans[:clamp]
    ascent = painter.fontMetrics().ascent()
    for number, (start, length) in enumerate(shown):
        line = text[start : start + length].rstrip()
        if number == len(shown) - 1 and len(shown) < len(spans):
            line = painter.fontMetrics().elidedText(text[start:], Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(QPointF(x, y + number * line_height + ascent), line)
    return len(shown) * line_height


def paint_card(
    painter: QPainter, placed: Placed, px: int, options: Options, measure: Measure, clamp: int | None = None
) -> None:
    card, rect = placed.card, placed.rect
    m = _metrics(px)
    painter.setBrush(QColor("white"))
    border = QPen(QColor(TOP_BORDER), max(4.0, px * 0.2)) if placed.top else QPen(QColor("#444444"), 1.5)
    if card.id == options.selected:
        border = QPen(QColor(SELECTED), max(4.0, px * 0.2), Qt.PenStyle.DashLine)
    painter.setPen(border)
    painter.drawRoundedRect(rect, 6, 6)
    if card.theme_colour:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(card.theme_colour))
        painter.drawRect(QRectF(rect.left() + 3, rect.top() + 3, m["stripe"], rect.height() - 6))
    x, y = rect.left() + m["pad"] + m["stripe"], rect.top() + m["pad"]
    width = _text_width(rect.width(), px, options)
    painter.setPen(QColor("black"))
    painter.setFont(font(px))
    used = draw_lines(painter, x, y, card.text, px, width, measure, clamp)
    if options.show_authors and card.author:
        painter.setPen(QColor("#333333"))
        painter.setFont(font(px, italic=True))
        draw_lines(painter, x, y + used, f"— {card.author}", px, width, measure, 1)
    if options.show_votes:
        _spans, line_height = measure.lines(card.text, px, width)
        badge = QRectF(
            rect.right() - m["badge"] + m["pad"] * 0.5, rect.top() + m["pad"], m["badge"] - m["pad"], line_height
        )
        painter.setFont(font(px, bold=True))
        paint_badge(painter, badge, card.votes, TOP_BORDER if placed.top else BADGE)


def paint_badge(painter: QPainter, rect: QRectF, votes: int, colour: str) -> None:
    """A vote count, white on a rounded dark (or amber) badge, in the painter's font."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(votes))


def paint_spotlight(painter: QPainter, rect: QRectF, card: Card, title: str, options: Options) -> int:
    """One card over the whole page, as large as fits; returns its type size."""
    measure = Measure()
    inner = rect.adjusted(rect.width() * 0.06, rect.height() * 0.2, -rect.width() * 0.06, -rect.height() * 0.08)
    text = card.text + (f"\u2028— {card.author}" if options.show_authors and card.author else "")  # (a line break)
    px = 160
    while px > 24 and measure.height(text, px, inner.width()) > inner.height():
        px -= 4
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor(QUADRANT_FILL[card.quadrant]))
    painter.setPen(QColor(QUADRANT_INK[card.quadrant]))
    painter.setFont(font(max(28, round(rect.height() * 0.06)), bold=True))
    heading = QRectF(inner.left(), rect.top() + rect.height() * 0.05, inner.width(), rect.height() * 0.12)
    painter.drawText(heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    if options.show_votes:
        badge = QRectF(
            heading.right() - heading.height() * 1.8, heading.top(), heading.height() * 1.8, heading.height()
        )
        paint_badge(painter, badge, card.votes, BADGE)
    if card.theme_colour:
        painter.fillRect(
            QRectF(rect.left() + rect.width() * 0.02, inner.top(), px * 0.4, inner.height()), QColor(card.theme_colour)
        )
    painter.setPen(QColor("black"))
    painter.setFont(font(px))
    painter.drawText(inner, text, wrap_option())
    painter.restore()
    return px
