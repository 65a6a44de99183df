"""Nothing lost: crashes, backups, damaged files, a second instance, full disks, vanished files."""

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from cwd_desktop.cli import main
from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.errors import StorageError
from cwd_desktop.services.csv_import import import_swot
from cwd_desktop.services.integrity import check
from cwd_desktop.storage import backups, open_store
from cwd_desktop.storage.instance import InstanceLock


@pytest.fixture
def meeting(store):
    p = store.add(Partnership(name="P"))
    m = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    store.add(SwotSession(meeting_id=m.id))
    return m


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from cwd_desktop.storage import open_store
    from cwd_desktop.domain import SwotItem
    from cwd_desktop.services.csv_import import import_swot
    store = open_store(sys.argv[1])
    item_id, csv_path = sys.argv[2], Path(sys.argv[3])
    for i in range(1, 100000):
        store.update(SwotItem, item_id, votes=i)
        print("ack", i, flush=True)
        if i % 5 == 0:
            import_swot(store, "1/2026", csv_path)
            print("csv", i, flush=True)
""")


def test_edits_survive_sigkill_at_random_moments(store, meeting, db_path, tmp_path):
    session = store.find(SwotSession)[0]
    item = store.add(SwotItem(session_id=session.id, quadrant="S", text="Licznik"))
    csv_path = tmp_path / "batch.csv"
    csv_path.write_text("quadrant,text\n" + "".join(f"O,Szansa {n}\n" for n in range(40)), encoding="utf-8")
    store.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    rng = random.Random(2026)
    for _round in range(12):
        child = subprocess.Popen(
            [sys.executable, str(script), str(db_path), item.id, str(csv_path)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )
        acked = 0
        deadline = time.monotonic() + rng.uniform(0.3, 1.2)
        os.set_blocking(child.stdout.fileno(), False)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith("ack") and line.endswith("\n"):  # a whole line: acknowledged
                acked = int(line.split()[1])
            elif not line:
                time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout.read().splitlines(keepends=True):  # acknowledged just before the kill
            if line.startswith("ack") and line.endswith("\n"):  # (killed mid-line: not acknowledged)
                acked = int(line.split()[1])
        with open_store(db_path) as after:
            assert after.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert after.get(SwotItem, item.id).votes >= acked  # every acknowledged edit is there
            imported = len(after.find(SwotItem)) - 1
            assert imported % 40 == 0  # a CSV import is all or nothing
            assert check(after).sound


def test_backups_are_consistent_listed_and_pruned(store, meeting, db_path):
    start = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)
    for day in range(40):
        for hour in range(3):
            backups.make_backup(store.db.conn, db_path, start + dt.timedelta(days=day, hours=hour))
    kept = backups.list_backups(db_path)
    now = start + dt.timedelta(days=39, hours=2)
    newest_ten = [now - dt.timedelta(hours=h) for h in (0, 1, 2)] + [
        start + dt.timedelta(days=d, hours=h) for d in (38, 37, 36) for h in (2, 1, 0)
    ][:7]
    assert {b.taken_at for b in kept[:10]} == set(newest_ten)
    days = {b.taken_at.date() for b in kept}
    assert days == {(now - dt.timedelta(days=d)).date() for d in range(31) if now - dt.timedelta(days=d) >= start}
    assert len(kept) == 10 + (len(days) - 4)
    assert kept[0].summary() == "1 partnerships, 1 meetings, 0 SWOT items"
    assert not list(backups.backup_dir(db_path).glob("*.part"))


def test_a_backup_at_most_hourly_while_changes_happen(store, meeting):
    now = dt.datetime.now(dt.UTC)
    assert backups.maybe_backup(store, now) is not None  # writes happened since opening
    assert backups.maybe_backup(store, now + dt.timedelta(hours=2)) is None  # no change since
    store.add(SwotItem(session_id=store.find(SwotSession)[0].id, quadrant="S", text="x"))
    assert backups.maybe_backup(store, now + dt.timedelta(minutes=30)) is None  # too soon
    assert backups.maybe_backup(store, now + dt.timedelta(minutes=61)) is not None


def test_a_damaged_database_is_refused_untouched_and_a_backup_is_named(store, meeting, db_path, capsys, damage):
    backups.make_backup(store.db.conn, db_path)
    store.close()
    damage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match=r"damaged.*newest sound backup.*cwd-desktop restore"):
        open_store(db_path)
    assert db_path.read_bytes() == before
    code = main(["meetings", "--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 2 and "damaged" in err and err.count("\n") == 1
    newest = backups.newest_sound_backup(db_path)
    code = main(["restore", "--db", str(db_path), str(newest.path)])
    out = capsys.readouterr().out
    assert code == 0 and ".damaged-" in out
    moved = next(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert moved.read_bytes() == before  # kept, never deleted
    with open_store(db_path) as restored:
        assert [m.number for m in restored.find(Meeting)] == ["1/2026"]


def test_restore_backs_up_the_current_state_first(store, meeting, db_path, capsys):
    first = backups.make_backup(store.db.conn, db_path, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    store.update(Meeting, meeting.id, title="Po kopii")
    store.close()
    assert main(["backups", "--db", str(db_path)]) == 0
    assert "1 partnerships, 1 meetings" in capsys.readouterr().out
    assert main(["restore", "--db", str(db_path), str(first.path)]) == 0
    with open_store(db_path) as restored:
        assert restored.get(Meeting, meeting.id).title == ""
    newest = backups.list_backups(db_path)[0]
    conn = sqlite3.connect(newest.path)
    assert conn.execute("SELECT title FROM meeting").fetchone()[0] == "Po kopii"
    conn.close()


LOCK_HOLDER = textwrap.dedent("""
    import sys, time
    from cwd_desktop.storage.instance import InstanceLock
    lock = InstanceLock(sys.argv[1])
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
""")


def test_one_instance_per_database_and_a_crashed_lock_is_recovered(db_path, tmp_path):
    script = tmp_path / "holder.py"
    script.write_text(LOCK_HOLDER)
    holder = subprocess.Popen([sys.executable, str(script), str(db_path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(StorageError, match=rf"already open in another CWD Desktop window \(process {holder.pid}\)"):
        InstanceLock(db_path).acquire()
    holder.send_signal(signal.SIGKILL)  # a crash leaves the lock file behind
    holder.wait()
    assert db_path.with_name(db_path.name + ".lock").exists()
    lock = InstanceLock(db_path)
    lock.acquire()
    lock.release()


def test_a_full_disk_writes_nothing(store, meeting, tmp_path):
    csv_path = tmp_path / "many.csv"
    csv_path.write_text("quadrant,text\n" + "".join(f"S,{'długi tekst ' * 40}{n}\n" for n in range(400)))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up during the import
    with pytest.raises(StorageError, match=r"disk .* is full"):
        import_swot(store, "1/2026", csv_path)
    assert store.find(SwotItem) == []
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_database_says_so(store, meeting):
    store.db.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageError, match="cannot be written"):
        store.add(Partnership(name="Nowe"))
    store.db.execute("PRAGMA query_only = 0")
    assert len(store.find(Partnership)) == 1


def test_a_file_removed_under_the_app_is_refused_and_can_be_saved(store, meeting, db_path, tmp_path):
    moved = tmp_path / "moved-away.sqlite3"
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_path.rename(moved)
    with pytest.raises(StorageError, match="moved, replaced or deleted while open; nothing was written"):
        store.add(Partnership(name="Nowe"))
    rescued = tmp_path / "rescued.sqlite3"
    store.save_copy(rescued)
    with open_store(rescued) as copy:
        assert [m.id for m in copy.find(Meeting)] == [meeting.id]
    with pytest.raises(StorageError, match="no longer exists"):
        open_store(db_path, create=False)


def test_check_reports_orphans(store, meeting):
    session = store.find(SwotSession)[0]
    store.add(SwotItem(session_id=session.id, quadrant="S", text="Sierota"))
    store.delete(SwotSession, session.id)
    report = check(store)
    assert not report.sound and any(p.startswith("orphan: swot_item") for p in report.problems)
