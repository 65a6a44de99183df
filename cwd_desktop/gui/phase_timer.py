"""The workshop's phase timer: writing, grouping, voting, discussion or a label of the moderator's
own; shown large on the projector and small in the meeting window's status bar.

F8 starts and pauses, Ctrl+F8 adds a minute, Shift+F8 resets, F9 chooses the phase and its
minutes. The time runs on a monotonic clock (a paused laptop or a changed clock does not skew it).
The colour changes in the last minute and at zero; a sound then is optional (off by default).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

NORMAL, LAST_MINUTE, OVER = "normal", "last_minute", "over"
COLOURS = {NORMAL: ("#ffffff", "#000000"), LAST_MINUTE: ("#ffb300", "#000000"), OVER: ("#c62828", "#ffffff")}


def phases() -> list[tuple[str, int]]:
    """The usual phases of a SWOT workshop with their usual minutes."""
    return [
        (QCoreApplication.translate("PhaseTimer", "Writing cards"), 10),
        (QCoreApplication.translate("PhaseTimer", "Grouping"), 10),
        (QCoreApplication.translate("PhaseTimer", "Voting"), 5),
        (QCoreApplication.translate("PhaseTimer", "Discussion"), 15),
    ]


class PhaseTimer(QObject):
    """A countdown with a phase label; `changed` fires when what it shows changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.label, self.duration = phases()[0]
        self.duration *= 60
        self.used = 0.0  # seconds run before the last start
        self.started: float | None = None  # the clock when it was last started, None while paused
        self.sound = False
        self._shown = ""
        self._level = NORMAL
        self.ticker = QTimer(self)
        self.ticker.setInterval(200)
        self.ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self.started is not None

    def remaining(self) -> int:
        """Whole seconds left (never below zero), rounded up: 0:01 shows until the last second ends."""
        run = self.used + (self.clock() - self.started if self.started is not None else 0.0)
        left = self.duration - run
        return max(0, int(left) + (1 if left > int(left) else 0))

    def level(self) -> str:
        left = self.remaining()
        return OVER if left == 0 else LAST_MINUTE if left <= 60 else NORMAL

    def text(self) -> str:
        left = self.remaining()
        return f"{left // 60:02d}:{left % 60:02d}"

    def start_or_pause(self) -> None:
        if self.running:
            self.used += self.clock() - (self.started or 0.0)
            self.started = None
            self.ticker.stop()
        elif self.remaining() > 0:
            self.started = self.clock()
            self.ticker.start()
        self.tick(force=True)

    def add_minute(self) -> None:
        self.duration += 60
        self.tick(force=True)

    def reset(self) -> None:
        self.used, self.started = 0.0, None
        self.ticker.stop()
        self.tick(force=True)

    def set_phase(self, label: str, minutes: int) -> None:
        self.label, self.duration = label, minutes * 60
        self.reset()

    def tick(self, force: bool = False) -> None:
        shown = f"{self.label} {self.text()} {self.running}"
        level = self.level()
        if level != self._level and self.sound and self.running:
            QApplication.beep()  # entering the last minute, and at zero
        self._level = level
        if level == OVER and self.running:  # at zero it stops, showing 00:00 in red
            self.used, self.started = float(self.duration), None
            self.ticker.stop()
        if force or shown != self._shown:
            self._shown = shown
            self.changed.emit()


class TimerLabel(QLabel):
    """The timer in a label: "Voting 04:12", coloured by how much time is left."""

    def __init__(self, timer: PhaseTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setAccessibleName(self.tr("Phase timer"))
        timer.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        paused = "" if self.timer.running else " · " + self.tr("paused")
        self.setText(f"{self.timer.label} {self.timer.text()}{paused}")
        background, ink = COLOURS[self.timer.level()]
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {ink}; padding: 2px 8px; border-radius: 4px; }}"
        )


class PhaseDialog(QDialog):
    """F9: the phase (a usual one or the moderator's own words) and its minutes."""

    def __init__(self, timer: PhaseTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phase timer"))
        self.phase = QComboBox()
        self.phase.setEditable(True)
        for label, minutes in phases():
            self.phase.addItem(label, minutes)
        self.phase.setCurrentText(timer.label)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(max(1, timer.duration // 60))
        self.phase.activated.connect(lambda index: self.minutes.setValue(self.phase.itemData(index)))
        form = QFormLayout(self)
        phase_label, minutes_label = QLabel(self.tr("&Phase:")), QLabel(self.tr("&Minutes:"))
        phase_label.setBuddy(self.phase)
        minutes_label.setBuddy(self.minutes)
        form.addRow(phase_label, self.phase)
        form.addRow(minutes_label, self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.timer = timer

    def accept(self) -> None:
        label = " ".join(self.phase.currentText().split()) or phases()[0][0]
        self.timer.set_phase(label[:60], self.minutes.value())
        super().accept()
