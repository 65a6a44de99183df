"""Opening skips the whole-file integrity check only for a file exactly as this application left
it at a clean close (storage/clean_close.py)."""

import os
import sqlite3

import pytest

from cwd_desktop.domain import Partnership
from cwd_desktop.errors import StorageError
from cwd_desktop.storage import open_store
from cwd_desktop.storage.clean_close import closed_cleanly
from cwd_desktop.storage.database import Database


@pytest.fixture
def checks(monkeypatch):
    """The whole-file checks that open_store runs."""
    ran = []
    execute = Database.execute

    def spy(self, sql, parameters=()):
        if "quick_check" in sql:
            ran.append(sql)
        return execute(self, sql, parameters)

    monkeypatch.setattr(Database, "execute", spy)
    return ran


def names(path):
    with open_store(path) as store:
        return sorted(p.name for p in store.find(Partnership))


def test_a_cleanly_closed_file_opens_without_being_read_whole(db_path, checks):
    with open_store(db_path) as store:
        store.add(Partnership(name="Pierwsze"))
    assert checks and closed_cleanly(db_path)
    checks.clear()
    with open_store(db_path) as store:
        store.add(Partnership(name="Drugie"))  # written and closed again: still known sound
    assert names(db_path) == ["Drugie", "Pierwsze"]
    assert checks == []


def test_bytes_changed_after_the_close_are_found_even_with_the_times_set_back(db_path, damage):
    with open_store(db_path) as store:
        for n in range(300):
            store.add(Partnership(name=f"Partnerstwo {n}"))
    info = os.stat(db_path)
    damage(db_path)
    os.utime(db_path, ns=(info.st_atime_ns, info.st_mtime_ns))  # times set back, size unchanged
    assert os.stat(db_path).st_mtime_ns == info.st_mtime_ns and os.stat(db_path).st_size == info.st_size
    before = db_path.read_bytes()
    assert not closed_cleanly(db_path)  # the change time moved
    with pytest.raises(StorageError, match="damaged"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_a_file_another_connection_has_open_is_checked(db_path, checks):
    with open_store(db_path) as store:
        store.add(Partnership(name="Otwarte"))
    other = sqlite3.connect(db_path)  # as a crashed process or another program leaves it: a WAL file
    other.execute("SELECT count(*) FROM partnership").fetchone()
    try:
        assert not closed_cleanly(db_path)
        checks.clear()
        assert names(db_path) == ["Otwarte"]
        assert checks
    finally:
        other.close()


def test_a_file_replaced_while_open_is_not_taken_for_the_one_closed(db_path, tmp_path, checks):
    with open_store(db_path) as store:
        store.add(Partnership(name="Oryginał"))
    store = open_store(db_path)
    replacement = tmp_path / "replacement.sqlite3"
    with open_store(replacement) as other:
        other.add(Partnership(name="Podmieniony"))
    os.replace(replacement, db_path)
    store.close()  # the file under its name is not the one it opened and checked
    assert not closed_cleanly(db_path)
    checks.clear()
    assert names(db_path) == ["Podmieniony"]
    assert checks


def test_an_unwritable_config_folder_only_means_checking_again(db_path, isolated_home, checks):
    (isolated_home / "config").write_text("not a folder")
    with open_store(db_path) as store:
        store.add(Partnership(name="Bez notatki"))
    assert not closed_cleanly(db_path)
    checks.clear()
    assert names(db_path) == ["Bez notatki"]
    assert checks
