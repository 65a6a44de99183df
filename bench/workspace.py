"""Workspace benchmarks, each a ratio to a baseline timed in this same run.

- start: from launching the process to the main window painted on the screen, on the demo
  database and on one holding 10,000 SWOT cards, vs a process showing a bare PySide6 main window
  (same interpreter, same Qt platform). Goal: at most 1.3x. Reported too, without a goal: to the
  window painted again with the partnerships in it (the database is checked, backed up and opened
  after the first paint). Peak memory with the large database and the meeting's board open is
  reported beside the bare window's.
- board: adding one card and voting on one, with 10,000 cards on the board vs 10 (the edit must
  change one row, never reload the board). Goal: at most 1.5x.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import timed
from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.services.demo import load_demo
from cwd_desktop.storage import open_store

N_CARDS = 10_000
START_REPEATS = 40  # launches vary by ±30% on this machine: a median of many
EDITS = 40


def big_database(path: Path, cards: int) -> Path:
    with open_store(path) as store:
        partnership = store.add(Partnership(name="Bench"))
        meeting = store.add(Meeting(partnership_id=partnership.id, number="1/2026"))
        session = store.add(SwotSession(meeting_id=meeting.id))
        store.add_many(
            SwotItem(
                session_id=session.id,
                quadrant="SWOT"[i % 4],
                votes=i % 7,
                position=i,
                text=f"Karta SWOT nr {i}: zażółć gęślą jaźń, {'długi opis ' * (i % 5)}",
            )
            for i in range(cards)
        )
    return path


def start_times(runs: dict[str, list[str]], env: dict) -> dict[str, dict]:
    """For each named way of starting: median seconds to "visible" and "filled", peak memory.
    The ways are launched in turn, round after round, so that a slower spell of the machine
    weighs on all of them alike."""
    found: dict[str, list[dict]] = {name: [] for name in runs}
    for round_number in range(1 + START_REPEATS):
        for name, args in runs.items():
            env["CWD_BENCH_LAUNCHED"] = repr(time.monotonic())
            done = subprocess.run(
                [sys.executable, "-m", "bench.start_child", *args],
                env=env,
                check=True,
                capture_output=True,
                text=True,
                timeout=120,
            )
            if round_number:  # the first round only brings the files into the page cache
                found[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        name: {
            "visible": statistics.median(o["visible"] for o in outs),
            "filled": statistics.median(o["filled"] for o in outs),
            "peak_kib": max(o["peak_kib"] for o in outs),
        }
        for name, outs in found.items()
    }


def bench_start(tmp: Path) -> list[tuple]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM") or "offscreen",
        CWD_DESKTOP_LANG="pl",
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    # As installed by pip: bytecode compiled ahead (PYTHONDONTWRITEBYTECODE would otherwise make
    # every start compile whichever modules changed since their .pyc was written).
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "cwd_desktop", quiet=1)
    compileall.compile_dir(Path(__file__).resolve().parent, quiet=1)
    demo = tmp / "demo.sqlite3"
    with open_store(demo) as store:
        load_demo(store)
    big = big_database(tmp / "big.sqlite3", N_CARDS)
    t = start_times(
        {
            "bare": ["bare"],
            "widgets": ["widgets"],
            "demo": ["app", str(demo)],
            "big": ["app", str(big)],
            "board": ["meeting", str(big)],
        },
        env,
    )
    bare = t["bare"]["visible"]
    print(
        f"peak memory: bare window {t['bare']['peak_kib'] / 1024:.0f} MiB; 10,000 cards with the board open "
        f"{t['board']['peak_kib'] / 1024:.0f} MiB"
    )
    return [
        ("start to window: demo database", t["demo"]["visible"], "bare PySide6 window", bare, 1.3),
        ("start to window: 10,000 SWOT cards", t["big"]["visible"], "bare PySide6 window", bare, 1.3),
        ("the same window's widgets, no application", t["widgets"]["visible"], "bare PySide6 window", bare, None),
        (
            "start to window: demo database",
            t["demo"]["visible"],
            "the same widgets, no app",
            t["widgets"]["visible"],
            None,
        ),
        ("start to navigator filled: demo", t["demo"]["filled"], "bare PySide6 window", bare, None),
        ("start to navigator filled: 10,000 cards", t["big"]["filled"], "bare PySide6 window", bare, None),
    ]


def edit_times(tmp: Path, cards: int) -> tuple[float, float]:
    """Median time of adding a card and of voting, events processed, on a board of `cards`."""
    from PySide6.QtWidgets import QApplication

    from cwd_desktop.gui.meeting_window import MeetingWindow

    app = QApplication.instance() or QApplication([])
    store = open_store(big_database(tmp / f"board{cards}.sqlite3", cards))
    window = MeetingWindow(store, store.find(Meeting)[0].id)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.board)
    app.processEvents()
    board = window.board

    def add(n: int) -> None:
        board.capture.setText(f"Nowa karta {n}")
        board.add_from_capture()
        app.processEvents()

    some = [i.id for i in board.models[board.current].items[:EDITS]]

    def vote(n: int) -> None:
        board.set_votes(some[n], 50 + n)
        app.processEvents()

    adds = [timed(lambda n=n: add(n)) for n in range(EDITS)]
    votes = [timed(lambda n=n: vote(n)) for n in range(min(EDITS, len(some)))]
    window.close()
    store.close()
    return statistics.median(adds), statistics.median(votes)


def bench_board(tmp: Path) -> list[tuple]:
    big_add, big_vote = edit_times(tmp, N_CARDS)
    small_add, small_vote = edit_times(tmp, 10)
    return [
        ("add a card, 10,000 on the board", big_add, "add a card, 10 on the board", small_add, 1.5),
        ("vote, 10,000 cards on the board", big_vote, "vote, 10 cards on the board", small_vote, 1.5),
    ]


def run(tmp: Path) -> list[tuple]:
    """Rows of (benchmark, time, baseline, baseline time, goal or None)."""
    return bench_start(tmp) + bench_board(tmp)
