"""The prioritisation matrix tab: directions of action and key projects scored on impact (wpływ)
and feasibility (wykonalność), 0-10, typed in a table (from the room's consensus or from paper),
drawn as a 2×2 matrix beside it; the ranking can mark projects key or complementary.

`paint_matrix` draws the matrix for this tab, the projector and the PNG/PDF export alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwd_desktop.domain import Goal, KeyProject
from cwd_desktop.domain.choices import MatrixQuadrant
from cwd_desktop.gui.commands import ChangeMany, ChangeRows, push_or_warn
from cwd_desktop.gui.i18n import language
from cwd_desktop.gui.projector_board import font, wrap_option
from cwd_desktop.services import prioritisation
from cwd_desktop.services.prioritisation import HIGH
from cwd_desktop.storage import Store

QUADRANT_FILL = {
    MatrixQuadrant.FIRST: "#c8e6c9",
    MatrixQuadrant.CHALLENGE: "#bbdefb",
    MatrixQuadrant.QUICK: "#fff9c4",
    MatrixQuadrant.LATER: "#eeeeee",
}


@dataclass(frozen=True)
class Point:
    mark: str  # "K1" (a direction), "P2" (a project): the rank within its kind
    title: str
    impact: int
    feasibility: int
    quadrant: MatrixQuadrant


def matrix_points(store: Store, partnership_id: str) -> list[Point]:
    """The scored rows, directions then projects, each by rank."""
    rows = prioritisation.candidates(store, partnership_id)
    points = []
    for kind, prefix in ((Goal, "K"), (KeyProject, "P")):
        for row in prioritisation.ranked([r for r in rows if isinstance(r, kind)]):
            title = f"{row.code} {row.title}".strip() if isinstance(row, Goal) else row.title
            points.append(
                Point(f"{prefix}{row.matrix_rank}", title, row.impact or 0, row.feasibility or 0, row.matrix_quadrant)
            )
    return points


def paint_matrix(painter: QPainter, rect: QRectF, points: list[Point], px: int) -> None:
    """Feasibility across, impact up, the four quadrants named; each point by its mark, the legend
    (mark, title, scores) on the right."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    side = min(rect.height() - px * 3, rect.width() * 0.55)
    plot = QRectF(rect.left() + px * 2.2, rect.top() + px * 0.6, side, side)
    # Eleven steps (0-10) a side; "high" is 5 and above: the split lies below the sixth step.
    low = side * HIGH / 11
    high = side - low
    corners = {
        MatrixQuadrant.CHALLENGE: QRectF(plot.left(), plot.top(), low, high),
        MatrixQuadrant.FIRST: QRectF(plot.left() + low, plot.top(), high, high),
        MatrixQuadrant.LATER: QRectF(plot.left(), plot.top() + high, low, low),
        MatrixQuadrant.QUICK: QRectF(plot.left() + low, plot.top() + high, high, low),
    }
    small = max(12, round(px * 0.8))  # the legend and the axes
    for quadrant, area in corners.items():
        painter.fillRect(area, QColor(QUADRANT_FILL[quadrant]))
        painter.setPen(QColor("#546e7a"))
        painter.setFont(font(max(10, round(px * 0.55)), bold=True))
        painter.drawText(area.adjusted(6, 4, -6, -4), quadrant.label(language()), wrap_option())
    painter.setPen(QPen(QColor("black"), 2))
    painter.drawRect(plot)
    painter.setFont(font(small))
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 4, plot.width(), px * 1.2),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("PriorityMatrix", "feasibility (0–10)"),
    )
    painter.save()
    painter.translate(plot.left() - px * 1.6, plot.bottom())
    painter.rotate(-90)
    painter.drawText(
        QRectF(0, 0, plot.height(), px * 1.2),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("PriorityMatrix", "impact (0–10)"),
    )
    painter.restore()
    radius = px * 0.75
    placed: dict[tuple[int, int], int] = {}
    for point in points:
        centre = QPointF(
            plot.left() + (point.feasibility + 0.5) / 11 * side, plot.bottom() - (point.impact + 0.5) / 11 * side
        )
        same = placed.get((point.impact, point.feasibility), 0)  # equal scores: side by side
        placed[(point.impact, point.feasibility)] = same + 1
        centre += QPointF(same * radius * 1.2, 0)
        painter.setPen(QPen(QColor("black"), 1.5))
        painter.setBrush(QColor("#263238") if point.mark.startswith("P") else QColor("#6a1b9a"))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("white"))
        painter.setFont(font(max(10, round(px * 0.6)), bold=True))
        painter.drawText(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            point.mark,
        )
    legend = QRectF(plot.right() + px, rect.top() + px * 0.6, rect.right() - plot.right() - px * 1.5, rect.height())
    painter.setPen(QColor("black"))
    y = legend.top()
    for point in points:
        line = f"{point.mark}  {point.title} ({point.impact}/{point.feasibility})"
        painter.setFont(font(small))
        area = QRectF(legend.left(), y, legend.width(), legend.bottom() - y)
        painter.drawText(area, line, wrap_option())
        y += painter.fontMetrics().boundingRect(area.toRect(), Qt.TextFlag.TextWordWrap, line).height() + 4
        if y > rect.bottom():
            break
    painter.restore()


class MatrixCanvas(QWidget):
    """The matrix, painted to the widget's size (the tab's right side; the projector's page 5)."""

    def __init__(self, store: Store, partnership_id: str, min_px: int = 14) -> None:
        super().__init__()
        self.store, self.partnership_id, self.min_px = store, partnership_id, min_px
        self.points: list[Point] = []
        self.setAccessibleName(self.tr("Prioritisation matrix"))
        self.refresh()

    def refresh(self) -> None:
        self.points = matrix_points(self.store, self.partnership_id)
        self.update()

    def px(self) -> int:
        return max(self.min_px, round(min(self.height() / 24, self.width() / 40)))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        paint_matrix(painter, QRectF(self.rect()), self.points, self.px())
        painter.end()


COLUMNS = ("kind", "title", "impact", "feasibility", "quadrant", "rank", "project_kind")


class PriorityTab(QWidget):
    """Scores typed in the table (digits, Enter; Del empties), the matrix beside it."""

    changed = Signal()

    def __init__(self, store: Store, partnership_id: str, undo_stack: QUndoStack, read_only: bool = False) -> None:
        super().__init__()
        self.store, self.partnership_id, self.undo_stack, self.read_only = store, partnership_id, undo_stack, read_only
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Direction or project"),
                self.tr("Impact"),
                self.tr("Feasibility"),
                self.tr("Quadrant"),
                self.tr("Rank"),
                self.tr("Project kind"),
            ]
        )
        self.table.setAccessibleName(self.tr("Scores of directions and projects"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(1, 300)
        self.table.itemChanged.connect(self.score_typed)
        self.canvas = MatrixCanvas(store, partnership_id)
        self.mark = QPushButton(self.tr("&Mark projects by the ranking…"))
        self.mark.clicked.connect(self.mark_projects)
        self.mark.setEnabled(not read_only)
        self.rerank = QPushButton(self.tr("Number the ranking again"))
        self.rerank.setToolTip(
            self.tr("Scores typed on two computers and merged: the places no longer follow from the scores.")
        )
        self.rerank.clicked.connect(self.number_again)
        self.message = QLabel()
        self.message.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.mark)
        row.addWidget(self.rerank)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.canvas)
        splitter.setSizes([560, 520])
        QVBoxLayout(self).addWidget(splitter)
        self.rows: list[Goal | KeyProject] = []
        self.reload()

    def showEvent(self, event) -> None:
        self.reload()  # the goals and projects may have changed on their tabs
        super().showEvent(event)

    def reload(self) -> None:
        self.rows = prioritisation.candidates(self.store, self.partnership_id)
        current = (self.table.currentRow(), self.table.currentColumn())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        lang = language()
        for number, row in enumerate(self.rows):
            is_goal = isinstance(row, Goal)
            title = f"{row.code} {row.title}".strip() if isinstance(row, Goal) else row.title
            values = [
                self.tr("direction") if is_goal else self.tr("project"),
                title,
                "" if row.impact is None else str(row.impact),
                "" if row.feasibility is None else str(row.feasibility),
                row.matrix_quadrant.label(lang) if row.matrix_quadrant else "",
                "" if row.matrix_rank is None else str(row.matrix_rank),
                row.kind.label(lang) if isinstance(row, KeyProject) else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                editable = column in (2, 3) and not self.read_only
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
                if column in (2, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(number, column, item)
        self.table.blockSignals(False)
        for column in (0, 2, 3, 4, 5, 6):
            self.table.resizeColumnToContents(column)
        if current[0] >= 0:
            self.table.setCurrentCell(min(current[0], len(self.rows) - 1), max(current[1], 0))
        self.rerank.setVisible(not self.read_only and bool(prioritisation.stale_ranks(self.store, self.partnership_id)))
        self.canvas.refresh()
        self.changed.emit()

    def score_typed(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        text = item.text().strip()
        try:
            value = None if text == "" else int(text)
            if value is not None and not 0 <= value <= 10:
                raise ValueError
        except ValueError:
            self.message.setText(self.tr("A score is a whole number from 0 to 10 (empty: not scored)."))
            self.reload()
            return
        self.message.clear()
        impact, feasibility = row.impact, row.feasibility
        if item.column() == 2:
            impact = value
        else:
            feasibility = value
        changes = prioritisation.score_changes(self.store, self.partnership_id, row, impact, feasibility)
        self.push(ChangeRows(self.store, type(row), changes, self.tr("score"), lambda _row: None))

    def number_again(self) -> None:
        """The places and quadrants as the scores give them, in one undo step."""
        stale = prioritisation.stale_ranks(self.store, self.partnership_id)
        if stale:
            self.push(ChangeMany(self.store, stale, self.tr("number the ranking again")))

    def mark_projects(self) -> None:
        scored = [r for r in self.rows if isinstance(r, KeyProject) and r.matrix_rank is not None]
        if not scored:
            self.message.setText(self.tr("Score the projects first: the ranking comes from their scores."))
            return
        count, ok = QInputDialog.getInt(
            self,
            self.tr("Mark projects by the ranking"),
            self.tr("How many of the first projects of the ranking are key (the others complementary)?"),
            min(3, len(scored)),
            0,
            len(scored),
        )
        if ok:
            self.apply_marks(count)

    def apply_marks(self, count: int) -> None:
        changes = prioritisation.kind_changes(self.store, self.partnership_id, count)
        if changes:
            self.push(
                ChangeRows(self.store, KeyProject, changes, self.tr("mark projects by the ranking"), lambda _r: None)
            )

    def push(self, command) -> None:
        push_or_warn(self.undo_stack, command, self, self.tr("Prioritisation matrix"))
        self.reload()
