"""Storage benchmarks, each a ratio to a baseline timed in this same run.

- insert: 10,000 SWOT items through Store.add_many (ids, field versions, lock check)
  vs sqlite3.executemany of the same rows into the same schema with the same pragmas.
  Goal: at most 3x.
- open: open_store() on a database holding 10,000 items vs on an empty one (both already
  migrated and closed cleanly), and creating + migrating a new database. Goal: opening does not
  grow with data (at most 2x). Reported too: the same file when it was not closed cleanly (as
  after a crash), which open_store reads whole to check it (storage/clean_close.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
from pathlib import Path

from bench.common import timed
from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.storage.codec import columns, to_row

N_ITEMS = 10_000
REPEATS = 5


def _fresh_session(path: Path) -> tuple:
    store = open_store(path)
    partnership = store.add(Partnership(name="Bench"))
    meeting = store.add(Meeting(partnership_id=partnership.id, number="1/2026"))
    session = store.add(SwotSession(meeting_id=meeting.id))
    items = [
        SwotItem(
            session_id=session.id,
            quadrant="SWOT"[i % 4],
            text=f"Pozycja SWOT nr {i} – zażółć gęślą jaźń",
            votes=i % 7,
            theme="tourism",
            position=i,
        )
        for i in range(N_ITEMS)
    ]
    return store, items


def bench_insert(tmp: Path) -> tuple[float, float]:
    repo_times, base_times = [], []
    names = columns(SwotItem)
    for run in range(REPEATS):
        store, items = _fresh_session(tmp / f"repo{run}.sqlite3")
        repo_times.append(timed(lambda store=store, items=items: store.add_many(items)))
        store.close()

        store, items = _fresh_session(tmp / f"base{run}.sqlite3")
        conn: sqlite3.Connection = store.db.conn
        # The same rows the store writes, field versions included; only the ids are made up.
        clocks = json.dumps(dict.fromkeys(names[1:], ("0" * 16, store.device_id)))
        rows = [(f"id-{n}", *list(to_row(item).values())[1:], clocks) for n, item in enumerate(items)]
        sql = f"INSERT INTO swot_item ({', '.join(names)}, clocks) VALUES ({', '.join('?' * (len(names) + 1))})"

        def baseline(conn=conn, db=store.db, rows=rows, sql=sql):
            with db.atomic():  # one transaction, as add_many's (the connection autocommits)
                conn.executemany(sql, rows)

        base_times.append(timed(baseline))
        store.close()
    return statistics.median(repo_times), statistics.median(base_times)


def bench_open(tmp: Path) -> tuple[float, float, float, float]:
    empty = tmp / "empty.sqlite3"
    open_store(empty).close()
    store, items = _fresh_session(tmp / "full.sqlite3")
    store.add_many(items)
    store.close()
    full_times, empty_times, create_times, unclean_times = [], [], [], []
    for run in range(REPEATS):
        full_times.append(timed(lambda: open_store(tmp / "full.sqlite3").close()))
        os.utime(tmp / "full.sqlite3")  # changed since its clean close, as by a crash
        unclean_times.append(timed(lambda: open_store(tmp / "full.sqlite3").close()))
        empty_times.append(timed(lambda: open_store(empty).close()))
        create_times.append(timed(lambda run=run: open_store(tmp / f"new{run}.sqlite3").close()))
    return (
        statistics.median(full_times),
        statistics.median(empty_times),
        statistics.median(create_times),
        statistics.median(unclean_times),
    )


def run(tmp: Path) -> list[tuple]:
    """Rows of (benchmark, time, baseline, baseline time, goal or None)."""
    repo, base = bench_insert(tmp)
    full, empty, create, unclean = bench_open(tmp)
    return [
        ("insert 10,000 SWOT items: Store.add_many", repo, "sqlite3.executemany", base, 3.0),
        ("open a 10,000-item database", full, "open an empty database", empty, 2.0),
        ("the same, not closed cleanly (checked)", unclean, "open an empty database", empty, None),
        ("create + migrate a new database", create, "open an empty database", empty, None),
    ]
