"""The coordinator's inbox: a folder filled by a sync engine is not a transaction. Each package goes
in on its own; a half-copied or refused one is listed with its reason and the rest go in; the sync
engine's temporaries, partial downloads, office locks and hidden files are not looked at; a
conflict copy is imported like any package and said to be one; a file still being written waits for
the next import; nothing in the folder is ever changed."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from cwd_desktop import cli
from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.sync import service
from cwd_desktop.sync.package import build_package
from cwd_desktop.sync.service import conflict_copy_of, digest, import_paths


def laptop_package(tmp_path: Path, name: str, text: str) -> bytes:
    with open_store(tmp_path / f"{name}.sqlite3") as store:
        p = store.add(Partnership(name=f"Partnerstwo {name}"))
        meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
        session = store.add(SwotSession(meeting_id=meeting.id))
        store.add(SwotItem(session_id=session.id, quadrant="S", text=text))
        return build_package(store)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())
    }


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "Syncthing" / "cwd"
    folder.mkdir(parents=True)
    rajcza = laptop_package(tmp_path, "rajcza", "Góry")
    ujsoly = laptop_package(tmp_path, "ujsoly", "Lasy")
    istebna = laptop_package(tmp_path, "istebna", "Koronka")
    (folder / "rajcza.cwdsync").write_bytes(rajcza)
    (folder / "ujsoly.cwdsync").write_bytes(ujsoly)
    (folder / "istebna.sync-conflict-20260817-144138-O4SHF2J.cwdsync").write_bytes(istebna)
    (folder / "milowka.cwdsync").write_bytes(rajcza[: len(rajcza) // 2])  # half-copied
    for name in (
        ".syncthing.ujsoly.cwdsync.tmp",
        "~syncthing~ujsoly.cwdsync.tmp",
        ".ukryta.cwdsync",
        "~$notatki.cwdsync",
        "rajcza.cwdsync.part",
        "opis.txt",
    ):
        (folder / name).write_bytes(b"not a package")
    return folder


def test_each_package_of_a_folder_goes_in_on_its_own_and_the_folder_is_untouched(tmp_path, inbox):
    before = snapshot(inbox)
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        reports = import_paths(coordinator, [inbox], accept_new_devices=True)
        by_file = {r.file: r for r in reports}
        assert sorted(by_file) == [
            "istebna.sync-conflict-20260817-144138-O4SHF2J.cwdsync",
            "milowka.cwdsync",
            "rajcza.cwdsync",
            "ujsoly.cwdsync",
        ]  # the temporaries, partials, locks and hidden files are not looked at
        assert by_file["milowka.cwdsync"].refused.startswith("milowka.cwdsync: refused, ")
        assert by_file["istebna.sync-conflict-20260817-144138-O4SHF2J.cwdsync"].conflict_copy == "Syncthing"
        assert "a conflict copy made by Syncthing" in "\n".join(
            by_file["istebna.sync-conflict-20260817-144138-O4SHF2J.cwdsync"].lines()
        )
        texts = {i.text for i in coordinator.find(SwotItem)}
        assert texts == {"Góry", "Lasy", "Koronka"}  # the readable ones all went in
        again = import_paths(coordinator, [inbox], accept_new_devices=True)
        assert {r.file for r in again if r.skipped} == {
            "istebna.sync-conflict-20260817-144138-O4SHF2J.cwdsync",
            "rajcza.cwdsync",
            "ujsoly.cwdsync",
        }
    assert snapshot(inbox) == before


def test_a_file_still_being_written_waits_for_the_next_import(tmp_path, monkeypatch):
    monkeypatch.setattr(service, "SETTLE_SECONDS", 5.0)
    folder = tmp_path / "inbox"
    folder.mkdir()
    package = folder / "rajcza.cwdsync"
    package.write_bytes(laptop_package(tmp_path, "rajcza", "Góry"))
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        (report,) = import_paths(coordinator, [folder], accept_new_devices=True)
        assert report.waiting and report.lines() == ["rajcza.cwdsync: still being written; left for the next import."]
        assert coordinator.find(SwotItem) == []
        old = time.time() - 60
        os.utime(package, (old, old))
        (report,) = import_paths(coordinator, [folder], accept_new_devices=True)
        assert not report.waiting and report.rows_added > 0
        assert [i.text for i in coordinator.find(SwotItem)] == ["Góry"]


def test_packages_named_one_by_one_stay_all_or_nothing(tmp_path, inbox):
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        before = digest(coordinator)
        from cwd_desktop.sync.package import PackageError

        with pytest.raises(PackageError, match=r"milowka\.cwdsync: refused"):
            import_paths(coordinator, [inbox / "rajcza.cwdsync", inbox / "milowka.cwdsync"], accept_new_devices=True)
        assert digest(coordinator) == before


def test_the_cli_lists_what_a_folder_left_out_and_exits_1(tmp_path, inbox, capsys):
    db = tmp_path / "coordinator.sqlite3"
    assert cli.main(["sync", "import", "--db", str(db), str(inbox), "--accept-new-devices"]) == 1
    out = capsys.readouterr().out
    assert "milowka.cwdsync: refused, " in out and "rajcza.cwdsync: from " in out
    assert "syncthing" not in out.replace("Syncthing", "").lower()  # no temporary file was looked at


@pytest.mark.parametrize(
    ("name", "engine"),
    [
        ("rajcza.sync-conflict-20260817-144138-O4SHF2J.cwdsync", "Syncthing"),
        ("rajcza (conflicted copy 2026-08-17 144138).cwdsync", "Nextcloud"),
        ("rajcza_conflict-20260817-144138.cwdsync", "ownCloud"),
        ("rajcza-DESKTOP-7QK2M1.cwdsync", "OneDrive"),
        ("rajcza.cwdsync", ""),
        ("partnerstwo-beskidy-laptop-rajcza-01a2.cwdsync", ""),
    ],
)
def test_conflict_copies_are_known_by_name(name, engine):
    assert conflict_copy_of(name) == engine


def test_an_import_that_may_change_the_database_is_backed_up_first(tmp_path, inbox):
    from cwd_desktop.storage.backups import list_backups

    db = tmp_path / "coordinator.sqlite3"
    with open_store(db) as coordinator:
        coordinator.add(Partnership(name="Partnerstwo koordynatora"))
        import_paths(coordinator, [inbox], accept_new_devices=True)
        (backup,) = list_backups(db)  # one, before the folder's first new package
        import_paths(coordinator, [inbox], accept_new_devices=True)  # nothing new: no second backup
        assert len(list_backups(db)) == 1
    with open_store(backup.path) as before:
        assert [p.name for p in before.find(Partnership)] == ["Partnerstwo koordynatora"]


def test_a_preview_says_what_each_package_would_do_and_writes_nothing(tmp_path, inbox, capsys):
    db = tmp_path / "coordinator.sqlite3"
    with open_store(db) as coordinator:
        coordinator.add(Partnership(name="Już tu"))
        before = digest(coordinator)
        reports = service.preview_paths(coordinator, [inbox], accept_new_devices=True)
        by_file = {r.file: r for r in reports}
        assert by_file["rajcza.cwdsync"].preview and by_file["rajcza.cwdsync"].rows_added == 4
        assert by_file["rajcza.cwdsync"].device_name and by_file["milowka.cwdsync"].refused
        assert digest(coordinator) == before  # nothing written
        assert coordinator.db.execute("SELECT count(*) FROM sync_import").fetchone()[0] == 0
        assert coordinator.db.execute("SELECT count(*) FROM sync_device").fetchone()[0] == 0
    from cwd_desktop.storage.backups import list_backups

    assert list_backups(db) == []  # a preview leaves no backup either
    code = cli.main(["sync", "import", "--db", str(db), "--preview", "--accept-new-devices", str(inbox)])
    out = capsys.readouterr().out
    assert code == 1 and "nothing was written" in out and "rajcza.cwdsync: from " in out
    with open_store(db) as coordinator:
        assert digest(coordinator) == before
        assert [p.name for p in coordinator.find(Partnership)] == ["Już tu"]


def test_a_new_laptop_starts_from_the_coordinators_package_and_a_refused_one_leaves_no_file(tmp_path, capsys):
    package = tmp_path / "koordynator.cwdsync"
    package.write_bytes(laptop_package(tmp_path, "koordynator", "Góry"))
    report = service.start_from(package, tmp_path / "nowy.sqlite3")
    assert report.rows_added == 4 and report.accepted_now == "first-source"
    with open_store(tmp_path / "nowy.sqlite3") as laptop, open_store(tmp_path / "koordynator.sqlite3") as source:
        assert [p.id for p in laptop.find(Partnership)] == [p.id for p in source.find(Partnership)]  # the same ids
    with pytest.raises(service.PackageError, match="already exists"):
        service.start_from(package, tmp_path / "nowy.sqlite3")
    broken = tmp_path / "ucięta.cwdsync"
    broken.write_bytes(package.read_bytes()[:300])
    with pytest.raises(service.PackageError, match="refused"):
        service.start_from(broken, tmp_path / "drugi.sqlite3")
    assert not list(tmp_path.glob("drugi.sqlite3*"))
    # The CLI: a refused first import into a database that did not exist leaves no file either.
    assert cli.main(["sync", "import", "--db", str(tmp_path / "trzeci.sqlite3"), str(broken)]) == 2
    assert "refused" in capsys.readouterr().err and not list(tmp_path.glob("trzeci.sqlite3*"))
    assert cli.main(["sync", "import", "--db", str(tmp_path / "trzeci.sqlite3"), str(package)]) == 0
    with open_store(tmp_path / "trzeci.sqlite3") as laptop:
        assert [p.name for p in laptop.find(Partnership)] == ["Partnerstwo koordynator"]


def test_a_file_locked_by_another_program_is_listed_and_the_rest_go_in(tmp_path, inbox, monkeypatch):
    """Windows keeps a file being written by Syncthing or an office suite locked: opening it fails.
    That package is listed with the reason, and the rest of the folder goes in."""
    import errno

    real_open = os.open

    def locked(path, flags, *args):
        if str(path).endswith("ujsoly.cwdsync"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", locked)
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        by_file = {r.file: r for r in import_paths(coordinator, [inbox], accept_new_devices=True)}
        assert "cannot be read (no permission)" in by_file["ujsoly.cwdsync"].refused
        assert {i.text for i in coordinator.find(SwotItem)} == {"Góry", "Koronka"}
