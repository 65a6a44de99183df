"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def timed(fn: Callable[[], object]) -> float:
    gc.collect()  # the garbage of the run before is not this run's to collect
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_time(fn: Callable[[], object], repeats: int) -> float:
    """The fastest of several runs: the least disturbed by whatever else the machine does."""
    return min(timed(fn) for _ in range(repeats))


ITEMS_PER_PACKAGE = 1_111  # 9 fields each: about 10,000 field records a laptop's package


def add_laptop_cards(store, session_id: str, laptop: int) -> None:
    """One laptop's SWOT cards for the sync benchmarks: ~10,000 field records."""
    from cwd_desktop.domain import SwotItem

    store.add_many(
        SwotItem(
            session_id=session_id,
            quadrant="SWOT"[i % 4],
            votes=i % 9,
            position=i,
            text=f"Laptop {laptop}, pozycja {i}: zażółć gęślą jaźń",
        )
        for i in range(ITEMS_PER_PACKAGE)
    )
