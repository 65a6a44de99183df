"""An indicator's chart: the planned line from baseline to target (dashed) and the measured values
(dots joined), by year. Painted with QPainter: no chart library for one line and a few dots."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cwd_desktop.domain import Indicator, Measurement
from cwd_desktop.gui.i18n import shown_number

PLANNED, MEASURED = QColor("#1f5fa8"), QColor("#c0392b")


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None
        self.measured: list[Measurement] = []
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Indicator chart"))

    def show_indicator(self, indicator: Indicator | None, measured: list[Measurement]) -> None:
        self.indicator, self.measured = indicator, sorted(measured, key=lambda m: m.year)
        self.setToolTip(self.summary())
        self.update()

    def points(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """(planned: baseline and target, measured), as (year, value)."""
        i = self.indicator
        planned = []
        if i is not None and i.baseline_value is not None and i.baseline_year:
            planned.append((i.baseline_year, i.baseline_value))
        if i is not None and i.target_value is not None and i.target_year:
            planned.append((i.target_year, i.target_value))
        return planned, [(m.year, m.value) for m in self.measured]

    def summary(self) -> str:
        """What the chart shows, in words (its tooltip and accessible description)."""
        planned, measured = self.points()
        parts = [self.tr("plan: %1").replace("%1", " → ".join(f"{y}: {shown_number(v)}" for y, v in planned))]
        if measured:
            parts.append(
                self.tr("measured: %1").replace("%1", ", ".join(f"{y}: {shown_number(v)}" for y, v in measured))
            )
        return "; ".join(parts)

    def paintEvent(self, event) -> None:
        planned, measured = self.points()
        everything = planned + measured
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not everything:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No baseline, target or measurement yet")
            )
            return
        years = [y for y, _v in everything]
        values = [v for _y, v in everything]
        low_year, high_year = min(years), max(max(years), min(years) + 1)
        low, high = min(0.0, min(values)), max(values) or 1.0
        area = QRectF(self.rect()).adjusted(56, 16, -16, -32)

        def at(year: int, value: float) -> QPointF:
            x = area.left() + (year - low_year) / (high_year - low_year) * area.width()
            y = area.bottom() - (value - low) / ((high - low) or 1.0) * area.height()
            return QPointF(x, y)

        painter.setPen(QPen(self.palette().text().color(), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())
        for year in range(low_year, high_year + 1):
            point = at(year, low)
            painter.drawText(
                QRectF(point.x() - 24, area.bottom() + 4, 48, 20), Qt.AlignmentFlag.AlignHCenter, str(year)
            )
        for value in (low, high):
            point = at(low_year, value)
            painter.drawText(QRectF(0, point.y() - 10, 52, 20), Qt.AlignmentFlag.AlignRight, shown_number(value))
        if len(planned) == 2:
            painter.setPen(QPen(PLANNED, 2, Qt.PenStyle.DashLine))
            painter.drawLine(at(*planned[0]), at(*planned[1]))
        painter.setPen(QPen(MEASURED, 2))
        for (y1, v1), (y2, v2) in itertools.pairwise(measured):
            painter.drawLine(at(y1, v1), at(y2, v2))
        for colour, found in ((PLANNED, planned), (MEASURED, measured)):
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 1))
            for year, value in found:
                painter.drawEllipse(at(year, value), 4, 4)
        painter.end()
