"""Files written by earlier releases keep opening and importing; files that only look like ours
(our application id, but SQL of their own) are refused and left as they were.

tests/fixtures holds the demo data as five releases wrote it: c422a9b (the first, schema 0001),
dcaa548 (0001-0004), 932a319 (0001-0005), 34bb11d (0001-0005, with meeting 3/2026 signed by a
self-signed key, a PDF that carries no state digest) and e50bcb6 (0001-0008, the release before this
one: 3/2026 signed with a state digest, its package signed by its device key), and packages that
932a319, 34bb11d and e50bcb6 exported.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.errors import StorageError
from cwd_desktop.services.integrity import check
from cwd_desktop.storage import open_store, signed_state
from cwd_desktop.sync.package import build_package
from cwd_desktop.sync.service import digest, import_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASES = ["c422a9b", "dcaa548", "932a319", "34bb11d", "e50bcb6"]


@pytest.mark.parametrize("release", RELEASES)
def test_a_database_of_an_earlier_release_opens_and_is_sound(tmp_path, release):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"release-{release}.sqlite3", path)
    with open_store(path) as store:
        assert {p.name for p in store.find(Partnership)} == {
            "Partnerstwo Aglomeracji Beskidzkiej",
            "Partnerstwo Ziemia Wysokomazowiecka",
        }
        assert store.find(Meeting)
        assert check(store).sound
    with open_store(path) as again:  # migrated once, then opened as it is
        assert check(again).sound


@pytest.mark.parametrize("release", ["932a319", "34bb11d", "e50bcb6"])
def test_a_package_of_an_earlier_release_imports(tmp_path, release):
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"release-{release}.sqlite3", old)
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator, open_store(old) as source:
        (report,) = import_paths(coordinator, [FIXTURES / f"release-{release}.cwdsync"])
        assert report.rows_added > 100 and not report.conflicts and not report.held
        assert digest(coordinator) == digest(source)
        # A meeting signed by the earlier release arrives signed, frozen at the state it arrived in.
        assert signed_state.recorded(coordinator.db) == signed_state.recorded(source.db)


def test_a_meeting_signed_by_the_previous_release_stays_frozen(tmp_path):
    """Its PDF names no state digest: the state it has when first seen here is what it recorded."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "release-34bb11d.sqlite3", path)
    with open_store(path) as store:
        (signed,) = [m for m in store.find(Meeting) if m.status.value == "signed"]
        item = next(
            i
            for i in store.find(SwotItem)
            if i.session_id in {s.id for s in store.find(SwotSession, meeting_id=signed.id)}
        )
        laptop = open_store(tmp_path / "laptop.sqlite3")
        import_paths(laptop, [FIXTURES / "release-34bb11d.cwdsync"])
        laptop.clock.observe(laptop.clock.last + (1 << 40))  # a laptop whose clock is far ahead
        laptop.db.execute(
            "UPDATE swot_item SET text = 'Podmienione', "
            "clocks = json_set(clocks, '$.text', json_array(?, ?)) WHERE id = ?",
            [f"{laptop.clock.tick():016x}", laptop.device_id, item.id],
        )
        laptop.db.conn.commit()
        recorded = signed_state.recorded(store.db)[signed.id]
        assert store.db.execute("SELECT source FROM signed_state").fetchall() == [("legacy",)]
        package = tmp_path / "laptop.cwdsync"
        package.write_bytes(build_package(laptop))
        (report,) = import_paths(store, [package], accept_new_devices=True)
        assert [(h.table, h.column) for h in report.held] == [("swot_item", "text")]
        assert store.get(SwotItem, item.id).text == item.text
        assert signed_state.state_digest(store.db, signed.id) == recorded
        laptop.close()


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()


@pytest.mark.parametrize(
    ("sql", "said"),
    [
        (
            "CREATE TRIGGER steal AFTER INSERT ON swot_item BEGIN UPDATE partnership SET name = 'x'; END;",
            "a trigger 'steal'",
        ),
        ("CREATE VIEW everything AS SELECT * FROM person;", "a view 'everything'"),
        ("CREATE TABLE notes_of_mine (x TEXT);", "an unknown table 'notes_of_mine'"),
        ("ALTER TABLE swot_item ADD COLUMN secret TEXT;", "the table 'swot_item' defined otherwise"),
        ("CREATE TRIGGER idx__sqlite_migrations_x AFTER INSERT ON goal BEGIN SELECT 1; END;", "a trigger"),
    ],
)
def test_a_file_that_only_looks_like_ours_is_refused_untouched(tmp_path, sql, said):
    path = tmp_path / "cwd.sqlite3"
    shutil.copy(FIXTURES / "release-932a319.sqlite3", path)
    with open_store(path):
        pass
    _tamper(path, sql)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="is not a CWD Desktop database as this version writes it") as refused:
        open_store(path)
    assert said in str(refused.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_an_older_file_with_a_trigger_is_refused_before_migrating(tmp_path):
    path = tmp_path / "cwd.sqlite3"
    shutil.copy(FIXTURES / "release-c422a9b.sqlite3", path)
    _tamper(path, "CREATE TRIGGER t AFTER INSERT ON meeting BEGIN SELECT 1; END;")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="a trigger 't'"):
        open_store(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))  # not even copied aside for a migration
