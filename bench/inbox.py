"""The coordinator's inbox at the scale of a national programme (issue 17): a folder of 10, 100 and
1,000 packages of ~10,000 field records each, every one from its own laptop, imported into an
empty database. Each size runs in a child process (peak resident memory only grows in a process).

- time: the folder's import (reading, checking and merging every package, the backup before it)
  against a plain sqlite3.executemany of the same rows, already read, into the same schema, one
  transaction a package as the import commits them. Goal: at most 3x.
- time per package at 100 and 1,000 against at 10. Goal: at most 1.5x (flat).
- peak memory at 100 and 1,000 against at 10. Goal: at most 1.2x (flat); and at 1,000 against
  300 MiB. Goal: at most 1x.

`CWD_BENCH_INBOX=10,100` runs fewer sizes (the packages take about a minute a thousand to make).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from multiprocessing import Pool
from pathlib import Path

from bench.common import add_laptop_cards
from cwd_desktop.domain import Meeting, Partnership, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.sync.service import export

MIB = 1024 * 1024

CHILD = """
import json, sys, time
from pathlib import Path
from cwd_desktop.domain import ENTITIES
from cwd_desktop.storage import open_store
from cwd_desktop.storage.codec import columns
from cwd_desktop.sync.package import read_package
from cwd_desktop.sync.service import import_paths
kind, folder, target = sys.argv[1:4]
store = open_store(Path(target))
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
start = time.perf_counter()
if kind == "import":
    reports = import_paths(store, [Path(folder)], accept_new_devices=True, settle=0)
    assert not any(r.refused or r.new_device for r in reports), [r.lines() for r in reports if r.refused]
else:  # the same rows, package by package, each in one transaction, with plain executemany
    conn = store.db.conn
    writing = 0.0  # only the writes are timed: the rows are read from the packages first
    for path in sorted(Path(folder).iterdir()):
        rows = read_package(path.read_bytes()).rows
        began = time.perf_counter()
        with store.db.atomic():
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for cls in ENTITIES:
                names = columns(cls)
                conn.executemany(
                    f"INSERT OR REPLACE INTO {cls.TABLE} ({', '.join(names)}, clocks) "
                    f"VALUES ({', '.join('?' * len(names))}, ?)",
                    [
                        (
                            row_id,
                            *(f[n].value for n in names[1:]),
                            json.dumps({n: [f[n].hlc, f[n].device] for n in names[1:]}),
                        )
                        for row_id, f in rows.get(cls.TABLE, {}).items()
                    ],
                )
        writing += time.perf_counter() - began
elapsed = time.perf_counter() - start if kind == "import" else writing
store.close()
print(json.dumps({"seconds": elapsed, "peak": peak()}))
"""


def _make_one(args: tuple[Path, int]) -> None:
    tmp, n = args
    database = tmp / f"inbox-laptop{n}.sqlite3"
    with open_store(database) as laptop:
        p = laptop.add(Partnership(name=f"Partnerstwo {n}"))
        m = laptop.add(Meeting(partnership_id=p.id, number="1/2026"))
        session = laptop.add(SwotSession(meeting_id=m.id))
        add_laptop_cards(laptop, session.id, n)
        export(laptop, tmp / "inbox-all" / f"laptop-{n:04d}.cwdsync")
    for leftover in tmp.glob(f"inbox-laptop{n}.sqlite3*"):
        leftover.unlink()


def _folder(tmp: Path, size: int) -> Path:
    folder = tmp / f"inbox-{size}"
    folder.mkdir()
    for path in sorted((tmp / "inbox-all").iterdir())[:size]:
        os.link(path, folder / path.name)
    return folder


def _child(kind: str, folder: Path, target: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(folder), str(target)], capture_output=True, text=True, check=True
    )
    measured: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    for leftover in [*target.parent.glob(target.name + "*"), target.parent / "backups"]:
        if leftover.is_file():
            leftover.unlink()
    return measured


def run(tmp: Path) -> list[tuple]:
    sizes = [int(s) for s in os.environ.get("CWD_BENCH_INBOX", "10,100,1000").split(",")]
    (tmp / "inbox-all").mkdir()
    with Pool(2) as pool:
        pool.map(_make_one, [(tmp, n) for n in range(max(sizes))])
    measured = {}
    for size in sizes:
        folder = _folder(tmp, size)
        measured[size] = (
            _child("import", folder, tmp / f"inbox-coordinator{size}.sqlite3"),
            _child("executemany", folder, tmp / f"inbox-baseline{size}.sqlite3"),
        )
    first = sizes[0]
    rows: list[tuple] = []
    for size in sizes:
        imported, base = measured[size]
        rows.append(
            (f"inbox: import {size} packages", imported["seconds"], "executemany, same rows", base["seconds"], 3.0)
        )
    small = measured[first][0]
    for size in sizes[1:]:
        imported = measured[size][0]
        rows.append(
            (
                f"inbox: time a package, {size} packages",
                imported["seconds"] / size,
                f"a package, {first} packages",
                small["seconds"] / first,
                1.5,
            )
        )
        rows.append(
            (
                f"inbox: peak memory, {size} packages",
                imported["peak"] / MIB,
                f"peak memory, {first} packages",
                small["peak"] / MIB,
                1.2,
                "MB",
            )
        )
    largest = sizes[-1]
    rows.append(
        (f"inbox: peak memory, {largest} packages", measured[largest][0]["peak"] / MIB, "300 MiB", 300.0, 1.0, "MB")
    )
    return rows
