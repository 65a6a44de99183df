"""Sync: packages, per-field merge, conflicts, refusals. Outcomes are read from the databases."""

import hashlib
import io
import json
import zipfile

import pytest

from cwd_desktop.domain import Attendance, Meeting, Partnership, Person, SwotItem, SwotSession
from cwd_desktop.errors import ValidationError
from cwd_desktop.storage import hlc as hlc_module
from cwd_desktop.storage import open_store
from cwd_desktop.sync import conflicts as conflict_log
from cwd_desktop.sync import devices
from cwd_desktop.sync import package as package_module
from cwd_desktop.sync.merge import import_package
from cwd_desktop.sync.package import PackageError, build_package, read_package
from cwd_desktop.sync.service import digest, export, import_paths

# The stores whose packages these tests build, by public key: a forged package is re-signed with
# the key its manifest names, as a dishonest but accepted device would sign it, so that the checks behind the
# signature are what refuse it (a package changed on the way: test_a_package_changed_on_the_way...).
SIGNERS: dict[str, object] = {}


def pkg(store) -> bytes:
    SIGNERS[devices.own_public_key(store)] = store
    return build_package(store)


def merge(store, data: bytes, name="p.cwdsync"):
    return import_package(store, read_package(data, name), name, accept_new_devices="person")


@pytest.fixture
def seed(tmp_path):
    """A coordinator's database with one meeting, copied to two laptops through a package."""
    coordinator = open_store(tmp_path / "coordinator.sqlite3")
    p = coordinator.add(Partnership(name="Partnerstwo"))
    m = coordinator.add(Meeting(partnership_id=p.id, number="1/2026", title="Warsztat"))
    session = coordinator.add(SwotSession(meeting_id=m.id))
    item = coordinator.add(SwotItem(session_id=session.id, quadrant="S", text="Góry", votes=1))
    base = pkg(coordinator)
    laptops = []
    for name in ("a", "b"):
        laptop = open_store(tmp_path / f"{name}.sqlite3")
        merge(laptop, base)
        laptops.append(laptop)
    yield coordinator, laptops, {"partnership": p, "meeting": m, "session": session, "item": item}
    for store in [coordinator, *laptops]:
        store.close()


def test_same_state_gives_the_same_bytes_apart_from_the_manifest(seed):
    coordinator = seed[0]
    first = zipfile.ZipFile(io.BytesIO(build_package(coordinator, package_id="x" * 8)))
    second = zipfile.ZipFile(io.BytesIO(build_package(coordinator, package_id="y" * 8)))
    names = [n for n in first.namelist() if n not in ("manifest.json", "manifest.sig")]
    assert names == [n for n in second.namelist() if n not in ("manifest.json", "manifest.sig")]
    assert all(first.read(n) == second.read(n) for n in names)


def test_copies_converge_and_reimport_changes_nothing(seed):
    coordinator, (a, b), _ = seed
    assert digest(a) == digest(b) == digest(coordinator)
    assert a.device_id != b.device_id != coordinator.device_id
    data = pkg(a)
    before = digest(coordinator)
    report = merge(coordinator, data)
    assert (report.rows_added, report.fields_changed) == (0, 0) and digest(coordinator) == before


def test_concurrent_edits_keep_the_greatest_write_and_log_the_loser(seed, monkeypatch):
    coordinator, (a, b), rows = seed
    item = rows["item"]
    a.update(SwotItem, item.id, text="Góry i lasy")
    b.update(SwotItem, item.id, votes=7)  # another field: both survive
    b.update(SwotItem, item.id, text="Góry Beskidu")  # same field: b's write is later
    pa, pb = pkg(a), pkg(b)
    merge(coordinator, pa)
    merge(coordinator, pb)
    merged = coordinator.get(SwotItem, item.id)
    assert (merged.text, merged.votes) == ("Góry Beskidu", 7)
    logged = conflict_log.conflicts(coordinator)
    assert [(c.column, c.kept_value, c.lost_value, c.lost_device) for c in logged] == [
        ("text", "Góry Beskidu", "Góry i lasy", a.device_id)
    ]

    other_order = open_store(coordinator.path.with_name("other.sqlite3"))
    merge(other_order, pb)
    merge(other_order, pa)
    merge(other_order, pa)  # a duplicate import
    assert digest(other_order) == digest(coordinator) != ""
    assert [(c.column, c.lost_value) for c in conflict_log.conflicts(other_order)] == [("text", "Góry i lasy")]

    conflict_log.take_lost_value(coordinator, logged[0].id)
    assert coordinator.get(SwotItem, item.id).text == "Góry i lasy"
    assert conflict_log.conflicts(coordinator) == []
    merge(other_order, pkg(coordinator))  # the choice travels as a new edit
    assert other_order.get(SwotItem, item.id).text == "Góry i lasy"
    other_order.close()


def test_an_edit_on_top_of_another_devices_value_is_no_conflict(seed):
    coordinator, (a, b), rows = seed
    a.update(SwotItem, rows["item"].id, text="Wersja A")
    merge(b, pkg(a))
    b.update(SwotItem, rows["item"].id, text="Wersja B po A")
    merge(coordinator, pkg(a))
    merge(coordinator, pkg(b))
    assert coordinator.get(SwotItem, rows["item"].id).text == "Wersja B po A"
    assert conflict_log.conflicts(coordinator) == []


def test_deletes_stay_deleted_and_edits_after_delete_are_reported(seed):
    coordinator, (a, b), rows = seed
    a.delete(SwotItem, rows["item"].id)
    merge(coordinator, pkg(a))
    assert coordinator.get(SwotItem, rows["item"].id).deleted
    b.update(SwotItem, rows["item"].id, votes=9)  # b did not know; its edit is later
    report = merge(coordinator, pkg(b))
    merged = coordinator.get(SwotItem, rows["item"].id)
    assert merged.deleted and merged.votes == 9
    assert [(t, r) for t, r, _d in report.edited_after_delete] == [("swot_item", rows["item"].id)]
    coordinator.restore(SwotItem, rows["item"].id)
    assert not coordinator.get(SwotItem, rows["item"].id).deleted


def test_future_clocks_are_reported_and_not_adopted(seed, monkeypatch):
    coordinator, (a, _b), rows = seed
    real = hlc_module.time.time_ns
    monkeypatch.setattr(hlc_module.time, "time_ns", lambda: real() + 400 * 24 * 3600 * 10**9)
    a.clock.last = 0
    a.update(SwotItem, rows["item"].id, votes=5)
    monkeypatch.setattr(hlc_module.time, "time_ns", real)
    report = merge(coordinator, pkg(a))
    assert len(report.clock_anomalies) == 1 and "far in the future" in report.clock_anomalies[0]
    assert hlc_module.hlc_wall_ms(coordinator.clock.last) < (real() // 10**6) + 25 * 3600 * 1000


def test_likely_duplicates_and_merging_people(seed):
    from cwd_desktop.sync import duplicates

    coordinator, (a, b), rows = seed
    pa = a.add(Person(partnership_id=rows["partnership"].id, full_name="Anna  Nowak"))
    a.add(Attendance(meeting_id=rows["meeting"].id, person_id=pa.id))
    pb = b.add(Person(partnership_id=rows["partnership"].id, full_name="nowak anna"))
    merge(coordinator, pkg(a))
    merge(coordinator, pkg(b))
    (pair,) = duplicates.find(coordinator)
    assert (pair.kind, pair.keep_id, pair.other_id, pair.reason) == ("person", pa.id, pb.id, "the same name")
    duplicates.merge(coordinator, "person", pb.id, pa.id)
    assert coordinator.find(Attendance)[0].person_id == pb.id
    assert [p.id for p in coordinator.find(Person)] == [pb.id]
    assert duplicates.find(coordinator) == []


@pytest.fixture(scope="module")
def moderator_key():
    from cwd_desktop.minutes.certs import create_certificate

    return create_certificate("Anna Nowak", "anna@example.pl", "Partnerstwo", "haslo-anny-123")


def test_signed_pdfs_travel(seed, tmp_path, moderator_key):
    from cwd_desktop.services.minutes import export_minutes, latest_signed

    coordinator, (a, _b), rows = seed
    result = export_minutes(a, rows["meeting"].id, tmp_path / "p.pdf", key=moderator_key)
    merge(coordinator, pkg(a))
    assert coordinator.get_file(result.sha256) == (tmp_path / "p.pdf").read_bytes()
    assert latest_signed(coordinator, rows["meeting"].id)[0].sha256 == result.sha256


def test_a_package_cannot_bring_a_forged_or_second_signed_protocol(seed, tmp_path, moderator_key):
    """Bytes that are not a PDF, or a PDF whose signature is broken: the package is refused whole,
    and the stored one stays what was signed (a second protokół: test_signed_frozen.py)."""
    from cwd_desktop.domain import SignedMinutes
    from cwd_desktop.services.minutes import export_minutes, latest_signed

    coordinator, (a, _b), rows = seed
    first = export_minutes(a, rows["meeting"].id, tmp_path / "p.pdf", key=moderator_key)
    merge(coordinator, pkg(a))
    before = digest(coordinator)
    signed = (tmp_path / "p.pdf").read_bytes()
    flipped = bytearray(signed)
    flipped[signed.index(b"Protok") + 2] ^= 1

    def replace_file(new: bytes):
        def change(members, _manifest):
            del members[f"files/{first.sha256}.pdf"]
            members[f"files/{hashlib.sha256(new).hexdigest()}.pdf"] = new

        return change

    cases = {
        "not a PDF": (_rebuild(pkg(a), replace_file(b"<html>not a pdf</html>")), "is not a PDF"),
        "broken signature": (_rebuild(pkg(a), replace_file(bytes(flipped))), "whose signatures hold"),
    }
    for label, (data, said) in cases.items():
        path = tmp_path / f"{label.replace(' ', '-')}.cwdsync"
        path.write_bytes(data)
        with pytest.raises(PackageError, match=said):
            import_paths(coordinator, [path], accept_new_devices=True)
        assert digest(coordinator) == before, label
    assert [m.sha256 for m in coordinator.find(SignedMinutes)] == [first.sha256]
    assert latest_signed(coordinator, rows["meeting"].id)[1] == signed


def test_a_package_that_claims_to_come_from_this_computer_is_not_imported(seed, tmp_path):
    """Its records could otherwise overwrite this computer's own edits without a conflict."""
    coordinator, (a, _b), rows = seed
    a.update(SwotItem, rows["item"].id, text="Nadpisane przez paczkę")
    data = _rebuild(pkg(a), lambda members, manifest: manifest.update(device_id=coordinator.device_id))
    path = tmp_path / "mine.cwdsync"
    path.write_bytes(data)
    before = digest(coordinator)
    (report,) = import_paths(coordinator, [path], accept_new_devices=True)
    assert report.lines() == ["mine.cwdsync: written by this computer (or claims to be), not imported."]
    assert digest(coordinator) == before and coordinator.get(SwotItem, rows["item"].id).text == "Góry"


def test_folder_import_skips_packages_imported_before(seed, tmp_path):
    coordinator, (a, b), _ = seed
    folder = tmp_path / "shared"
    folder.mkdir()
    export(a, folder / "a")
    first = import_paths(coordinator, [folder], accept_new_devices=True)
    assert [r.skipped for r in first] == [False]
    export(b, folder / "b.cwdsync")
    second = import_paths(coordinator, [folder], accept_new_devices=True)
    assert [(r.file, r.skipped) for r in second] == [("a.cwdsync", True), ("b.cwdsync", False)]


def test_import_into_a_new_database_creates_it(seed, tmp_path):
    export(seed[1][0], tmp_path / "a.cwdsync")
    with open_store(tmp_path / "fresh.sqlite3") as fresh:
        import_paths(fresh, [tmp_path / "a.cwdsync"], accept_new_devices=True)
        assert digest(fresh) == digest(seed[1][0])


# -- hostile packages ---------------------------------------------------------------------------


def _zip(members: dict[str, bytes], manifest: dict | None = None, raw_manifest: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if raw_manifest is not None:
            archive.writestr("manifest.json", raw_manifest)
        elif manifest is not None:
            manifest_bytes = json.dumps(manifest).encode()
            archive.writestr("manifest.json", manifest_bytes)
            signer = SIGNERS.get(manifest.get("device_key"))
            if signer is not None:
                archive.writestr("manifest.sig", devices.sign(signer, manifest_bytes))
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _rebuild(data: bytes, change) -> bytes:
    """Re-pack a valid package after `change(members, manifest)`, fixing hashes unless told not to."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    members = {n: archive.read(n) for n in archive.namelist() if n not in ("manifest.json", "manifest.sig")}
    manifest = json.loads(archive.read("manifest.json"))
    fix = change(members, manifest)
    if fix is not False:
        manifest["members"] = [
            {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(members.items())
        ]
    return _zip(members, manifest)


def _line(table="swot_item", **overrides):
    record = {
        "table": table,
        "id": "01a2000000000000",
        "column": "text",
        "value": "x",
        "hlc": "01a2000000000000",
        "device": "dev",
        "base": None,
    }
    record.update(overrides)
    return json.dumps(record).encode() + b"\n"


def hostile(valid: bytes) -> dict[str, bytes]:
    def symlink() -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            info = zipfile.ZipInfo("data/swot_item.jsonl")
            info.external_attr = 0o120777 << 16
            archive.writestr(info, "/etc/passwd")
            archive.writestr("manifest.json", "{}")
        return out.getvalue()

    def bomb() -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", "{}")
            archive.writestr("data/swot_item.jsonl", b"\n" * (60 * 1024 * 1024))
        return out.getvalue()

    return {
        "truncated": valid[: len(valid) // 2],
        "not a zip": b"PK\x03\x04 not really a zip" + b"\x00" * 100,
        "empty": b"",
        "changed member": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"].replace(b"G", b"H")}) or False,
        ),
        "dot-dot name": _zip({"data/../../evil.jsonl": b"x"}, {"format": "cwd-sync"}),
        "absolute path": _zip({"/etc/evil.jsonl": b"x"}, {"format": "cwd-sync"}),
        "symlink": symlink(),
        "zip bomb": bomb(),
        "too many members": _zip({f"files/{i:064x}.pdf": b"" for i in range(20_001)}, {"format": "cwd-sync"}),
        "unknown table": _rebuild(valid, lambda m, man: m.update({"data/evil.jsonl": _line("evil")})),
        "unknown column": _rebuild(
            valid,
            lambda m, man: m.update(
                {"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(column="text; DROP TABLE x")}
            ),
        ),
        "newer schema": _rebuild(valid, lambda m, man: man["schema"].append("0099_future")),
        "newer format": _rebuild(valid, lambda m, man: man.update(format_version=2)),
        "malformed json": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + b"{not json\n"})
        ),
        "invalid utf-8": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + b"\xff\xfe\n"})
        ),
        "manifest not json": _zip({}, raw_manifest=b"\xff{"),
        "wrong value type": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(value={"a": 1})})
        ),
        "incomplete new row": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(id="01a2ffffffffffff")}),
        ),
        "a list as row id": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(id=["a"])})
        ),
        "a list as column": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(column=["text"])})
        ),
        "a number as clock": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(hlc=12)})
        ),
        "text in an integer column": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": _votes_as_text(m["data/swot_item.jsonl"])})
        ),
        # Well-formed records whose values break a domain rule: refused by the storage's one write
        # path, which checks a merged row as it checks a local edit.
        "negative votes": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "votes", -5)}),
        ),
        "an empty card": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "text", "   ")}),
        ),
        "an unknown quadrant": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "quadrant", "X")}),
        ),
        # Values Python's JSON takes but no local edit could store, and patterns with a trailing newline.
        "NaN votes": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "votes", NAN)})
        ),
        "infinite votes": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "votes", INF)}),
        ),
        "1e999 votes": _rebuild(
            valid,
            lambda m, man: m.update(
                {
                    "data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "votes", 7).replace(
                        b'"value": 7', b'"value": 1e999'
                    )
                }
            ),
        ),
        "votes beyond SQLite's integers": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": _newest(m["data/swot_item.jsonl"], "votes", 2**63)}),
        ),
        "a text of 200,000 characters": _rebuild(
            valid,
            lambda m, man: m.update(
                {"data/meeting.jsonl": _newest(m["data/meeting.jsonl"], "title", "słowo " * 33_334)}
            ),
        ),
        "a clock with a trailing newline": _rebuild(
            valid,
            lambda m, man: m.update(
                {"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(hlc="01a2000000000000\n")}
            ),
        ),
        "a device id with a trailing newline": _rebuild(
            valid,
            lambda m, man: m.update({"data/swot_item.jsonl": m["data/swot_item.jsonl"] + _line(device="dev\n")}),
        ),
        "an unknown meeting kind": _rebuild(
            valid,
            lambda m, man: m.update({"data/meeting.jsonl": _newest(m["data/meeting.jsonl"], "kind", "planet")}),
        ),
        "an empty partnership name": _rebuild(
            valid,
            lambda m, man: m.update({"data/partnership.jsonl": _newest(m["data/partnership.jsonl"], "name", "")}),
        ),
        "an encrypted member": _patched_header(valid, "data/swot_item.jsonl", flag_bits=0x1),
        "a Deflate64 member": _patched_header(valid, "data/swot_item.jsonl", method=9),
        "deep nesting in a value": _rebuild(
            valid, lambda m, man: m.update({"data/swot_item.jsonl": _line(value=None)[:-2] + b"[" * 100_000 + b"\n"})
        ),
        "deep nesting in the manifest": _zip({}, raw_manifest=b"[" * 100_000),
        "a number of 5,000 digits": _rebuild(
            valid,
            lambda m, man: m.update(
                {
                    "data/swot_item.jsonl": _line(column="votes", value=None).replace(
                        b'"value": null', b'"value": ' + b"9" * 5000
                    )
                }
            ),
        ),
        "a clock beyond the year 9999": _rebuild(
            valid,
            lambda m, man: m.update(
                {"data/swot_item.jsonl": _clock_all(m["data/swot_item.jsonl"], "ffff000000000000")}
            ),
        ),
    }


NAN, INF = float("nan"), float("inf")


def _clock_all(content: bytes, hlc: str) -> bytes:
    lines = []
    for line in content.splitlines():
        record = json.loads(line)
        record["hlc"] = hlc
        lines.append(json.dumps(record).encode())
    return b"\n".join(lines) + b"\n"


def _patched_header(data: bytes, member: str, flag_bits: int = 0, method: int | None = None) -> bytes:
    """The package with one member's zip headers (local and central) claiming encryption or
    another compression method, as a hostile zip tool would write them."""
    import struct

    out = bytearray(data)
    for signature, flags_at, method_at, name_at, name_len_at in (
        (b"PK\x03\x04", 6, 8, 30, 26),
        (b"PK\x01\x02", 8, 10, 46, 28),
    ):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            (length,) = struct.unpack_from("<H", out, start + name_len_at)
            if out[start + name_at : start + name_at + length] == member.encode():
                (flags,) = struct.unpack_from("<H", out, start + flags_at)
                struct.pack_into("<H", out, start + flags_at, flags | flag_bits)
                if method is not None:
                    struct.pack_into("<H", out, start + method_at, method)
            start += 4
    return bytes(out)


def _newest(content: bytes, column: str, value) -> bytes:
    """Every row's `column` set to `value` by a version newer than any local one."""
    lines = []
    for line in content.splitlines():
        record = json.loads(line)
        if record["column"] == column:
            record["value"], record["hlc"] = value, "0fffffffffffffff"
        lines.append(json.dumps(record).encode())
    return b"\n".join(lines) + b"\n"


def _votes_as_text(content: bytes) -> bytes:
    lines = []
    for line in content.splitlines():
        record = json.loads(line)
        if record["column"] == "votes":
            record["value"] = "dużo"
            record["hlc"] = "f" * 16
        lines.append(json.dumps(record).encode())
    return b"\n".join(lines) + b"\n"


def test_hostile_packages_are_refused_and_change_nothing(seed, tmp_path):
    coordinator, (a, _b), _ = seed
    valid = pkg(a)
    before = digest(coordinator)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    for label, data in hostile(valid).items():
        path = tmp_path / f"{label.replace(' ', '-')}.cwdsync"
        path.write_bytes(data)
        with pytest.raises(Exception) as caught:
            import_paths(coordinator, [path], accept_new_devices=True)
        assert caught.type is PackageError, (label, caught.value)
        message = str(caught.value)
        assert message.startswith(f"{path.name}: refused, ") and "\n" not in message, (label, message)
        assert digest(coordinator) == before, label
        path.unlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before
    assert coordinator.db.execute("SELECT count(*) FROM sync_import").fetchone()[0] == 0


def test_a_refused_package_in_a_batch_imports_nothing(seed, tmp_path):
    coordinator, (a, _b), _ = seed
    export(a, tmp_path / "a.cwdsync")
    (tmp_path / "bad.cwdsync").write_bytes(b"garbage")
    before = digest(coordinator)
    with pytest.raises(PackageError, match=r"bad\.cwdsync: refused"):
        import_paths(coordinator, [tmp_path / "a.cwdsync", tmp_path / "bad.cwdsync"], accept_new_devices=True)
    assert digest(coordinator) == before


def test_a_package_cannot_make_a_goal_tree_loop_or_cross_partnerships(seed, tmp_path):
    from cwd_desktop.domain import Goal
    from cwd_desktop.domain.choices import GoalLevel

    coordinator, (a, _b), rows = seed
    pid = rows["partnership"].id
    top = a.add(Goal(partnership_id=pid, title="Cel strategiczny"))
    first = a.add(Goal(partnership_id=pid, level=GoalLevel.OPERATIONAL, parent_id=top.id, title="1.1"))
    second = a.add(Goal(partnership_id=pid, level=GoalLevel.OPERATIONAL, parent_id=first.id, title="x"))
    other = a.add(Partnership(name="Inne partnerstwo"))
    elsewhere = a.add(Goal(partnership_id=other.id, title="Cel innego partnerstwa"))
    valid = pkg(a)
    before = digest(coordinator)

    def parent(goal_id: str, new_parent: str):
        def change(members, _manifest):
            lines = []
            for line in members["data/goal.jsonl"].splitlines():
                record = json.loads(line)
                if record["id"] == goal_id and record["column"] == "parent_id":
                    record["value"], record["hlc"] = new_parent, "0fffffffffffffff"
                lines.append(json.dumps(record).encode())
            members["data/goal.jsonl"] = b"\n".join(lines) + b"\n"

        return change

    for label, change, said in [
        ("loop", parent(first.id, second.id), "would be below itself"),
        ("other partnership", parent(first.id, elsewhere.id), "is below one of another partnership"),
    ]:
        path = tmp_path / f"{label}.cwdsync"
        path.write_bytes(_rebuild(valid, change))
        with pytest.raises(PackageError, match=said):
            import_paths(coordinator, [path], accept_new_devices=True)
        assert digest(coordinator) == before, label
    with pytest.raises(ValidationError, match="would be below itself"):
        a.update(Goal, first.id, parent_id=second.id)  # a local edit: the same rule
    assert a.get(Goal, first.id).parent_id == top.id


def test_a_large_member_is_read_in_batches_and_errors_name_the_right_line(seed, tmp_path):
    """Members are parsed a batch of lines at a time (memory holds records, not a member's text):
    a bad line far into a member of several megabytes is still named by its number."""
    coordinator, (a, _b), _ = seed
    good = [
        json.dumps(
            {
                "table": "agenda_item",
                "id": f"01a20000-0000-7000-8000-{n:012d}",
                "column": "title",
                "value": f"Punkt {n} " + "x" * 150,
                "hlc": "01a2000000000000",
                "device": "01a20000-0000-7000-8000-000000000000",
                "base": None,
            }
        ).encode()
        for n in range(20_000)
    ]
    assert sum(map(len, good)) > 3 * package_module.BATCH_BYTES
    member = b"\n".join([*good[:15_000], b"{not json", *good[15_000:]]) + b"\n"
    path = tmp_path / "large.cwdsync"
    path.write_bytes(_rebuild(pkg(a), lambda m, man: m.update({"data/agenda_item.jsonl": member})))
    with pytest.raises(PackageError, match=r"line 15001 of data/agenda_item.jsonl is not valid JSON"):
        import_paths(coordinator, [path], accept_new_devices=True)
    member = b"\n".join(good) + b"\n"
    read = read_package(_rebuild(pkg(a), lambda m, man: m.update({"data/agenda_item.jsonl": member})))
    assert len(read.rows["agenda_item"]) == 20_000
    assert read.rows["agenda_item"]["01a20000-0000-7000-8000-000000019999"]["title"].value.startswith("Punkt 19999 ")


def test_flipchart_photos_travel_and_a_forged_one_is_refused(seed, tmp_path):
    """A photo travels with its session like a signed PDF; bytes that are not a whole image, named
    by a photo row, refuse the package whole."""
    from images import png

    from cwd_desktop.domain import SwotPhoto
    from cwd_desktop.services.paper_voting import attach_photo

    coordinator, (a, b), rows = seed
    (tmp_path / "flipchart.png").write_bytes(png(40, 30))
    photo = attach_photo(a, rows["session"].id, tmp_path / "flipchart.png")
    package = pkg(a)
    assert f"files/{photo.sha256}.png" in zipfile.ZipFile(io.BytesIO(package)).namelist()
    outbox = build_package(a, partnership_id=rows["partnership"].id)  # the coordinator's outbox too
    assert f"files/{photo.sha256}.png" in zipfile.ZipFile(io.BytesIO(outbox)).namelist()
    merge(coordinator, package)
    assert coordinator.get_file(photo.sha256) == png(40, 30)
    assert digest(coordinator) == digest(a)

    (tmp_path / "other.png").write_bytes(png(10, 10, (0, 0, 255)))
    other = attach_photo(b, rows["session"].id, tmp_path / "other.png")
    before = digest(coordinator)
    fake = png(10, 10, (0, 0, 255))[:33]  # cut short: the header promises an image that is not there
    fake_sha = hashlib.sha256(fake).hexdigest()

    def forge(members, _manifest):
        del members[f"files/{other.sha256}.png"]
        members[f"files/{fake_sha}.png"] = fake
        members["data/swot_photo.jsonl"] = members["data/swot_photo.jsonl"].replace(
            other.sha256.encode(), fake_sha.encode()
        )

    def mislabel(members, _manifest):  # a PNG its row calls a JPEG
        members["data/swot_photo.jsonl"] = members["data/swot_photo.jsonl"].replace(b"image/png", b"image/jpeg")

    def without_file(members, _manifest):  # the row comes, its photo does not
        del members[f"files/{other.sha256}.png"]

    cases = {
        "cut": (forge, "damaged"),
        "mislabelled": (mislabel, "kind of image"),
        "no file": (without_file, "photo's file"),
    }
    for label, (forgery, said) in cases.items():
        path = tmp_path / f"{label}.cwdsync"
        path.write_bytes(_rebuild(pkg(b), forgery))
        with pytest.raises(PackageError, match=said):
            import_paths(coordinator, [path], accept_new_devices=True)
        assert digest(coordinator) == before, label
    assert [p.sha256 for p in coordinator.find(SwotPhoto)] == [photo.sha256]
