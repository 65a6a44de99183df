"""The SWOT board and the prioritisation matrix as pictures: a PNG (1920×1080) and a one-page A4
PDF (landscape), painted by the projector's own code, with a title line. A session that hides its
cards' authors is exported without them; the vote counts are shown. Files are written under a
temporary name and renamed (fileio)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from cwd_desktop import fileio
from cwd_desktop.domain.choices import Quadrant
from cwd_desktop.gui.priority_matrix import Point, paint_matrix
from cwd_desktop.gui.projector_board import Card, Measure, Options, fit_board, font, paint_board

PNG_SIZE = (1920, 1080)
Painter = Callable[[QPainter, QRectF], None]


def board_painter(cards: dict[Quadrant, list[Card]], titles: dict[Quadrant, str], show_authors: bool) -> Painter:
    """Paints the whole board on one page: the type as large as fits, at least 10 px in print."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        options = Options(show_votes=True, show_authors=show_authors, min_px=max(10, round(rect.height() / 60)))
        measure = Measure()
        layout = fit_board(cards, rect, options, measure, 0, titles)
        while layout.pages > 1 and options.min_px and options.min_px > 6:  # one page, whatever it holds
            options.min_px -= 1
            layout = fit_board(cards, rect, options, measure, 0, titles)
        paint_board(painter, layout, options, measure)

    return paint


def matrix_painter(points: list[Point]) -> Painter:
    def paint(painter: QPainter, rect: QRectF) -> None:
        paint_matrix(painter, rect, points, max(12, round(rect.height() / 28)))

    return paint


def _paint_page(painter: QPainter, rect: QRectF, title: str, paint: Painter) -> None:
    painter.fillRect(rect, QColor("white"))
    title_height = rect.height() * 0.05
    painter.setPen(QColor("black"))
    painter.setFont(font(max(10, round(title_height * 0.6)), bold=True))
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_height),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    paint(painter, rect.adjusted(0, title_height, 0, 0))


def png_bytes(title: str, paint: Painter, size: tuple[int, int] = PNG_SIZE) -> bytes:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _paint_page(painter, QRectF(16, 12, size[0] - 32, size[1] - 24), title, paint)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs say bytes; PySide takes str)
    buffer.close()
    return bytes(data.data())


def pdf_bytes(title: str, paint: Painter) -> bytes:
    """One A4 landscape page."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CWD Desktop")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    _paint_page(painter, QRectF(0, 0, page.width(), page.height()), title, paint)
    painter.end()
    buffer.close()
    return bytes(data.data())


def write_picture(path: Path, title: str, paint: Painter) -> None:
    """A .png or a .pdf, by the file's name."""
    data = pdf_bytes(title, paint) if path.suffix.lower() == ".pdf" else png_bytes(title, paint)
    fileio.write_atomic(path, data)
