"""Page images of a PDF (pypdfium2), made off the GUI thread, shown in a scrolling column."""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_SCALE = 1.1  # about 80 dpi: readable, and quick for a 50-page protocol


def render_pages(
    pdf: bytes, scale: float = PREVIEW_SCALE, limit: int = 60, progress: Callable[[int, int], None] | None = None
) -> list[QImage]:
    """QImages (safe to make in a worker) of the first `limit` pages; `progress` after each."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        count = min(len(document), limit)
        for index in range(count):
            if progress:
                progress(index, count)
            bitmap = document[index].render(scale=scale, rev_byteorder=True, may_draw_forms=True)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            images.append(image.copy())
        return images
    finally:
        document.close()


class PagePreview(QScrollArea):
    """The pages one under another, like a PDF viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Page preview"))
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._inner)
        self.page_count = 0

    def show_pages(self, images: list[QImage]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            self._layout.addWidget(label)
        self.page_count = len(images)
