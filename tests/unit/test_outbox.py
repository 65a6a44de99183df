"""The moderator's outbox: one package per partnership, named so that no two devices write the
same name, written whole (temporary name, then renamed) and only when its contents changed; a
partnership's package holds that partnership's rows and signed files, and nothing of another's.
The coordinator's inbox: which ready packages are new here."""

from __future__ import annotations

import io
import zipfile

from cwd_desktop.domain import ENTITIES, Meeting, Partnership, Person, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.storage.device import set_meta
from cwd_desktop.sync import outbox
from cwd_desktop.sync.package import partnership_rows
from cwd_desktop.sync.service import import_paths


def filled(store, name: str, text: str) -> Partnership:
    p = store.add(Partnership(name=name))
    store.add(Person(partnership_id=p.id, full_name=f"Osoba {text}"))
    meeting = store.add(Meeting(partnership_id=p.id, number="1/2026"))
    session = store.add(SwotSession(meeting_id=meeting.id))
    store.add(SwotItem(session_id=session.id, quadrant="S", text=text))
    return p


def test_every_table_reaches_its_partnership():
    for cls in ENTITIES:
        if cls.TABLE != "partnership":
            column = cls.PARENT[0] if cls.PARENT else "partnership_id"
            assert column in cls.__dataclass_fields__, cls.TABLE


def test_one_file_per_partnership_written_only_when_it_changed(tmp_path):
    folder = tmp_path / "Do koordynatora"
    folder.mkdir()
    with open_store(tmp_path / "laptop.sqlite3") as laptop:
        with laptop.transaction():
            set_meta(laptop.db, "device_name", "Laptop moderatora — Rajcza")
        beskidy = filled(laptop, "Partnerstwo Aglomeracji Beskidzkiej", "Góry")
        zywiec = filled(laptop, "Partnerstwo Żywieckie", "Jezioro")
        written = outbox.write_outbox(laptop, folder)
        tail = laptop.device_id.replace("-", "")[-12:]
        assert sorted(p.name for p in written) == sorted(
            [
                f"Partnerstwo-Aglomeracji-Beskidzkiej-{beskidy.id[-8:]}_Laptop-moderatora-Rajcza-{tail}.cwdsync",
                f"Partnerstwo-Zywieckie-{zywiec.id[-8:]}_Laptop-moderatora-Rajcza-{tail}.cwdsync",
            ]
        )
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)  # no temporaries left
        assert outbox.write_outbox(laptop, folder) == []  # nothing changed: nothing written
        laptop.update(Partnership, zywiec.id, name="Partnerstwo Żywieckie i Jeleśnia")
        (again,) = outbox.write_outbox(laptop, folder)
        assert again.name.startswith("Partnerstwo-Zywieckie-i-Jelesnia-")
        assert len(list(folder.iterdir())) == 2  # the renamed partnership's older file is replaced
        (meeting,) = laptop.find(Meeting, partnership_id=beskidy.id)
        laptop.add(
            SwotItem(session_id=laptop.find(SwotSession, meeting_id=meeting.id)[0].id, quadrant="W", text="Drogi")
        )
        assert len(outbox.write_outbox(laptop, folder)) == 1
        beskidy_file = next(folder.glob("Partnerstwo-Aglomeracji-*"))
    # A partnership's package holds its rows only: a coordinator importing it gets that partnership.
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        import_paths(coordinator, [beskidy_file], accept_new_devices=True)
        assert [p.name for p in coordinator.find(Partnership)] == ["Partnerstwo Aglomeracji Beskidzkiej"]
        assert sorted(i.text for i in coordinator.find(SwotItem)) == ["Drogi", "Góry"]
        assert [p.full_name for p in coordinator.find(Person)] == ["Osoba Góry"]


def test_two_devices_never_write_the_same_name(tmp_path):
    names = set()
    for n in range(2):
        with open_store(tmp_path / f"l{n}.sqlite3") as laptop:
            p = laptop.add(Partnership(name="Partnerstwo"))
            with laptop.transaction():  # both laptops named alike, and the same partnership id's tail
                set_meta(laptop.db, "device_name", "Laptop")
            names.add(outbox.outbox_name(laptop, Partnership(id="0" * 28 + p.id[-8:], name="Partnerstwo")))
    assert len(names) == 2


def test_a_partnership_package_carries_its_own_signed_files_only(tmp_path):
    from cwd_desktop.minutes.certs import create_certificate
    from cwd_desktop.services.minutes import export_minutes
    from cwd_desktop.sync.package import build_package

    key = create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")
    with open_store(tmp_path / "laptop.sqlite3") as laptop:
        signed = filled(laptop, "Podpisane", "Góry")
        other = filled(laptop, "Inne", "Lasy")
        result = export_minutes(
            laptop, laptop.find(Meeting, partnership_id=signed.id)[0].id, tmp_path / "p.pdf", key=key
        )
        with_file = zipfile.ZipFile(io.BytesIO(build_package(laptop, partnership_id=signed.id)))
        without = zipfile.ZipFile(io.BytesIO(build_package(laptop, partnership_id=other.id)))
        assert f"files/{result.sha256}.pdf" in with_file.namelist()
        assert not [n for n in without.namelist() if n.startswith("files/")]
        owned = partnership_rows(laptop, other.id)
        assert owned["signed_minutes"] == set() and len(owned["swot_item"]) == 1


def test_the_inbox_lists_each_new_package_once(tmp_path, monkeypatch):
    from cwd_desktop.sync import service

    monkeypatch.setattr(service, "SETTLE_SECONDS", 0)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with open_store(tmp_path / "laptop.sqlite3") as laptop:
        filled(laptop, "Partnerstwo", "Góry")
        (written,) = outbox.write_outbox(laptop, inbox)
    (inbox / ".syncthing.x.cwdsync.tmp").write_bytes(b"half")
    seen: outbox.Seen = {}
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        assert outbox.new_packages(coordinator, [inbox, tmp_path / "nie ma"], seen) == [written]
        assert seen[written][2] and outbox.new_packages(coordinator, [inbox], seen, frozenset({seen[written][2]})) == []
        import_paths(coordinator, [inbox], accept_new_devices=True)
        assert outbox.new_packages(coordinator, [inbox], seen) == []
