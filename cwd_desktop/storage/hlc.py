"""Hybrid logical clock: the version stamped on every field write.

A value is (wall milliseconds << 16) | counter, stored as 16 hex digits so that text
order equals numeric order. It never goes backwards, even when the laptop's clock does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

HLC_WIDTH = 16
HLC_TEXT = re.compile(rf"^[0-9a-f]{{{HLC_WIDTH}}}\Z")  # a clock as stored: fixed-width hex
COUNTER_BITS = 16
# The last clock a real one can reach: the end of the year 9999 (dates beyond are not dates).
MAX_HLC_TEXT = f"{((253402300800000 - 1) << COUNTER_BITS) | 0xFFFF:0{HLC_WIDTH}x}"


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    def __init__(self, last: int = 0, now: Callable[[], int] = wall_ms) -> None:
        self.last = last
        self._now = now

    def tick(self) -> int:
        """The version for a new local write: greater than every value seen so far."""
        physical = self._now() << COUNTER_BITS
        self.last = physical if physical > self.last else self.last + 1
        return self.last

    def observe(self, remote: int) -> None:
        """Account for a version written elsewhere (sync), so later local writes win over it."""
        self.last = max(self.last, remote)


def format_hlc(value: int) -> str:
    return f"{value:0{HLC_WIDTH}x}"


def parse_hlc(text: str) -> int:
    # Exactly the digits: int() alone would also take " ff", "0x…", "1_0" and a trailing newline.
    if not HLC_TEXT.match(text):
        raise ValueError(f"not a clock value: {text!r}")
    return int(text, 16)


def hlc_wall_ms(value: int) -> int:
    return value >> COUNTER_BITS
