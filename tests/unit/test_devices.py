"""Packages say who sent them and cannot lie about it (issue 14, promise 5): each device signs its
packages; a coordinator accepts a device once, by its fingerprint; a package changed on the way,
unsigned where its device signs, or signed by another key is refused; packages from devices not
accepted are left out and listed."""

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from cwd_desktop.domain import Meeting, Partnership, SwotItem, SwotSession
from cwd_desktop.storage import open_store
from cwd_desktop.sync import devices
from cwd_desktop.sync.package import PackageError, build_package
from cwd_desktop.sync.service import digest, import_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def offices(tmp_path):
    """A coordinator with data of its own, a laptop started from the coordinator's package."""
    coordinator = open_store(tmp_path / "coordinator.sqlite3")
    p = coordinator.add(Partnership(name="Partnerstwo"))
    m = coordinator.add(Meeting(partnership_id=p.id, number="1/2026"))
    session = coordinator.add(SwotSession(meeting_id=m.id))
    item = coordinator.add(SwotItem(session_id=session.id, quadrant="S", text="Góry"))
    start = tmp_path / "start.cwdsync"
    start.write_bytes(build_package(coordinator))
    laptop = open_store(tmp_path / "laptop.sqlite3")
    (first,) = import_paths(laptop, [start])
    yield coordinator, laptop, item, first
    coordinator.close()
    laptop.close()


def write(tmp_path, name, data) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def repack(data: bytes, change, keep_signature=True, sign_with=None) -> bytes:
    """`change(members)` on a package's members, the manifest's hashes recomputed (a forger's care)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(archive.read("manifest.json"))
    members = {n: archive.read(n) for n in archive.namelist() if n not in ("manifest.json", "manifest.sig")}
    signature = archive.read("manifest.sig")
    change(members, manifest)
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(members.items())
    ]
    manifest_bytes = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("manifest.json", manifest_bytes)
        if sign_with is not None:
            target.writestr("manifest.sig", devices.sign(sign_with, manifest_bytes))
        elif keep_signature:
            target.writestr("manifest.sig", signature)
        for name, content in sorted(members.items()):
            target.writestr(name, content)
    return out.getvalue()


def test_a_laptop_started_from_the_coordinators_package_trusts_the_coordinator(offices):
    coordinator, laptop, _item, first = offices
    assert first.accepted_now == devices.FIRST_SOURCE and first.rows_added == 4
    (accepted,) = devices.accepted_devices(laptop)
    assert accepted.device_id == coordinator.device_id
    assert accepted.fingerprint == devices.fingerprint(devices.own_public_key(coordinator))
    assert len(accepted.fingerprint) == 39 and accepted.fingerprint.count(" ") == 7
    assert "as the first source of this database" in first.lines()[1]


def test_a_new_device_is_listed_and_left_out_until_accepted(offices, tmp_path):
    coordinator, laptop, item, _first = offices
    laptop.update(SwotItem, item.id, text="Góry i lasy")
    path = write(tmp_path, "laptop.cwdsync", build_package(laptop))
    before = digest(coordinator)
    (report,) = import_paths(coordinator, [path])
    fingerprint = devices.fingerprint(devices.own_public_key(laptop))
    assert report.new_device and fingerprint in report.lines()[0] and "not imported" in report.lines()[0]
    assert digest(coordinator) == before and devices.accepted_devices(coordinator) == []
    assert coordinator.db.execute("SELECT count(*) FROM sync_import").fetchone() == (0,)
    (report,) = import_paths(coordinator, [path], accept_new_devices=True)
    assert report.accepted_now == devices.BY_PERSON and report.fields_changed == 1
    assert coordinator.get(SwotItem, item.id).text == "Góry i lasy"
    laptop.update(SwotItem, item.id, text="Góry, lasy i rzeki")  # from now on, no question asked
    (report,) = import_paths(coordinator, [write(tmp_path, "next.cwdsync", build_package(laptop))])
    assert not report.new_device and report.accepted_now == "" and report.fields_changed == 1


def test_packages_changed_on_the_way_or_in_another_name_are_refused(offices, tmp_path):
    """One byte on the USB stick; a member changed with the manifest's hashes recomputed; the
    signature taken off; a package of another key in an accepted device's name: refused whole,
    in one line, the database as it was."""
    coordinator, laptop, item, _first = offices
    laptop.update(SwotItem, item.id, text="Prawdziwa zmiana")
    valid = build_package(laptop)
    import_paths(coordinator, [write(tmp_path, "valid.cwdsync", valid)], accept_new_devices=True)
    laptop.update(SwotItem, item.id, text="Następna prawdziwa zmiana")
    honest = build_package(laptop)
    stranger = open_store(tmp_path / "stranger.sqlite3")

    def swap_text(members, _manifest):
        name = "data/swot_item.jsonl"
        members[name] = members[name].replace("Następna".encode(), "Fałszywa".encode())

    def claim_laptop(members, manifest):
        swap_text(members, manifest)
        manifest["device_key"] = devices.own_public_key(stranger)

    one_byte = bytearray(honest)
    one_byte[len(one_byte) // 2] ^= 0x01
    cases = {
        "one byte": (bytes(one_byte), "refused, "),
        "hashes recomputed": (repack(honest, swap_text), "was changed after its device signed it"),
        "signature taken off": (repack(honest, swap_text, keep_signature=False), "but it carries no signature"),
        "another key": (repack(honest, claim_laptop, sign_with=stranger), "but it was signed by another key"),
    }
    before = digest(coordinator)
    for label, (data, said) in cases.items():
        path = write(tmp_path, f"{label.replace(' ', '-')}.cwdsync", data)
        with pytest.raises(PackageError) as refused:
            import_paths(coordinator, [path], accept_new_devices=True)
        assert said in str(refused.value) and "\n" not in str(refused.value), label
        assert digest(coordinator) == before, label
    assert coordinator.get(SwotItem, item.id).text == "Prawdziwa zmiana"
    stranger.close()


def test_a_package_of_a_release_before_signing_needs_its_device_accepted(tmp_path):
    """Unsigned packages are imported only from devices accepted for them, and say so; the
    device's first signed package then binds its key."""
    package = FIXTURES / "release-34bb11d.cwdsync"
    with open_store(tmp_path / "coordinator.sqlite3") as coordinator:
        coordinator.add(Partnership(name="Własne partnerstwo"))  # not empty: no first-source trust
        (report,) = import_paths(coordinator, [package])
        assert report.new_device and "(fingerprint —)" in report.lines()[0]
        (report,) = import_paths(coordinator, [package], accept_new_devices=True)
        assert (
            report.rows_added > 100 and "  unsigned: written by a release before packages were signed" in report.lines()
        )
        (accepted,) = devices.accepted_devices(coordinator)
        assert accepted.public_key is None

        # The same device, updated, signs: its first signed package binds the key.
        laptop_path = tmp_path / "laptop.sqlite3"
        shutil.copy(FIXTURES / "release-34bb11d.sqlite3", laptop_path)
        with open_store(laptop_path) as laptop:
            laptop.db.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", [accepted.device_id])
            laptop.device_id = accepted.device_id
            signed = write(tmp_path, "signed.cwdsync", build_package(laptop))
        import_paths(coordinator, [signed])
        assert devices.accepted(coordinator, accepted.device_id).public_key is not None
        # Another unsigned package in its name (an old one, re-exported): refused now.
        archive = zipfile.ZipFile(package)
        manifest = json.loads(archive.read("manifest.json"))
        manifest["package_id"] = "01a20000-0000-7000-8000-000000000001"
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            target.writestr("manifest.json", json.dumps(manifest))
            for name in archive.namelist():
                if name != "manifest.json":
                    target.writestr(name, archive.read(name))
        with pytest.raises(PackageError, match="carries no signature"):
            import_paths(coordinator, [write(tmp_path, "old-again.cwdsync", out.getvalue())])


def test_a_copied_database_signs_with_a_key_of_its_own(tmp_path):
    original = tmp_path / "a.sqlite3"
    with open_store(original) as store:
        key = devices.own_public_key(store)
        assert devices.own_public_key(store) == key  # kept
    shutil.copy(original, tmp_path / "copy.sqlite3")
    with open_store(tmp_path / "copy.sqlite3") as copy:
        assert devices.own_public_key(copy) != key
