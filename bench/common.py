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
