"""Projector benchmark, as a ratio to a baseline timed in this same run.

- repaint: a card is added on the board and the projector (1280×720) lays the board out and paints
  it again, with 200 cards on the board vs 10. Goal: at most 1.5x. (Each text is laid out once
  for each type size and width; a new card costs its own layouts, never the others'.)
"""

from __future__ import annotations

import statistics
from pathlib import Path

from bench.common import timed
from bench.workspace import big_database
from cwd_desktop.domain import Meeting
from cwd_desktop.storage import open_store

ADDS = 30


def repaint_time(tmp: Path, cards: int) -> float:
    """Median time from a card added to the projector painted again."""
    from PySide6.QtWidgets import QApplication

    from cwd_desktop.gui.meeting_window import MeetingWindow

    app = QApplication.instance() or QApplication([])
    store = open_store(big_database(tmp / f"projector{cards}.sqlite3", cards))
    window = MeetingWindow(store, store.find(Meeting)[0].id)
    window.show()
    projector = window.open_projector()
    projector.showNormal()
    projector.resize(1280, 720)
    app.processEvents()
    board = window.board

    def add(n: int) -> None:
        board.capture.setText(f"Nowa karta {n} z sali: {'opis ' * (n % 3)}")
        board.add_from_capture()  # the board's `changed` lays the projector out again
        projector.canvas.repaint()  # painted now, not on the next turn of the event loop
        app.processEvents()

    times = [timed(lambda n=n: add(n)) for n in range(ADDS)]
    projector.close()
    window.close()
    store.close()
    return statistics.median(times)


def run(tmp: Path) -> list[tuple]:
    """Rows of (benchmark, time, baseline, baseline time, goal or None)."""
    big = repaint_time(tmp, 200)
    small = repaint_time(tmp, 10)
    return [("projector: card added, 200 on the board", big, "card added, 10 on the board", small, 1.5)]
