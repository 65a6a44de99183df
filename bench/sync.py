"""Sync benchmarks, each a ratio to a baseline timed in this same run.

- import: 10 packages of about 10,000 field records each into an empty database, against a plain
  sqlite3.executemany of the same rows (same schema, same field versions). Goal: at most 3x.
- re-import: the same 10 packages again (nothing changes). Goal: at most 0.3x of the first import.
- export: a database with 50,000 field records, against reading the same rows. Reported.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.common import add_laptop_cards, timed
from cwd_desktop.domain import ENTITIES, Meeting, Partnership, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.storage.codec import columns
from cwd_desktop.sync.package import build_package, read_package
from cwd_desktop.sync.service import export, import_paths

PACKAGES = 10
REPEATS = 3


def make_packages(tmp: Path) -> list[Path]:
    seed = open_store(tmp / "seed.sqlite3")
    p = seed.add(Partnership(name="Partnerstwo"))
    m = seed.add(Meeting(partnership_id=p.id, number="1/2026"))
    session = seed.add(SwotSession(meeting_id=m.id))
    seed_path = export(seed, tmp / "seed.cwdsync")
    seed.close()
    paths = []
    for n in range(PACKAGES):
        laptop = open_store(tmp / f"laptop{n}.sqlite3")
        import_paths(laptop, [seed_path], accept_new_devices=True)
        add_laptop_cards(laptop, session.id, n)
        paths.append(export(laptop, tmp / f"laptop{n}.cwdsync"))
        laptop.close()
    return paths


def baseline_insert(database: Path, paths: list[Path]) -> float:
    """The rows of the packages, already in memory, inserted with executemany into the same schema."""
    rows_by_table: dict[str, dict[str, dict]] = {}
    for path in paths:
        for table, rows in read_package(path.read_bytes()).rows.items():
            for row_id, fields in rows.items():
                rows_by_table.setdefault(table, {})[row_id] = fields
    store = open_store(database)
    conn = store.db.conn

    def insert():
        with store.db.atomic():  # one transaction, as the import's (the connection autocommits)
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for cls in ENTITIES:  # parents first, as the import writes them
                rows = rows_by_table.get(cls.TABLE, {})
                names = columns(cls)
                conn.executemany(
                    f"INSERT INTO {cls.TABLE} ({', '.join(names)}, clocks) VALUES ({', '.join('?' * len(names))}, ?)",
                    [
                        (
                            row_id,
                            *(f[n].value for n in names[1:]),
                            json.dumps({n: [f[n].hlc, f[n].device] for n in names[1:]}),
                        )
                        for row_id, f in rows.items()
                    ],
                )

    elapsed = timed(insert)
    store.close()
    return elapsed


def run(tmp: Path) -> list[tuple]:
    paths = make_packages(tmp)
    first_times, base_times = [], []
    for attempt in range(REPEATS):
        coordinator = open_store(tmp / f"coordinator{attempt}.sqlite3")
        first_times.append(
            timed(lambda coordinator=coordinator: import_paths(coordinator, paths, accept_new_devices=True))
        )
        if attempt < REPEATS - 1:
            coordinator.close()
        base_times.append(baseline_insert(tmp / f"baseline{attempt}.sqlite3", paths))
    first, base = min(first_times), min(base_times)
    again = min(timed(lambda: import_paths(coordinator, paths, accept_new_devices=True)) for _ in range(REPEATS))
    coordinator.close()
    half = open_store(tmp / "half.sqlite3")
    import_paths(half, paths[: PACKAGES // 2], accept_new_devices=True)
    records = sum(1 for _ in half.db.execute("SELECT 1 FROM swot_item")) * 9
    exported = min(timed(lambda: build_package(half)) for _ in range(REPEATS))
    read_all = min(
        timed(lambda: [list(half.db.execute(f"SELECT * FROM {cls.TABLE}")) for cls in ENTITIES]) for _ in range(REPEATS)
    )
    half.close()
    return [
        (f"import {PACKAGES} packages of ~10,000 records", first, "sqlite3.executemany", base, 3.0),
        ("re-import the same packages", again, "their first import", first, 0.3),
        (f"export {records:,} records", exported, "SELECT of the same rows", read_all, None),
    ]
