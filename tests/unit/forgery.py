"""Forged packages for the tests: a valid package's field records changed, the manifest's hashes
recomputed, and the manifest signed again by a device key (a dishonest device that was accepted)."""

import hashlib
import io
import json
import zipfile

from cwd_desktop.sync import devices
from cwd_desktop.sync.merge import import_package
from cwd_desktop.sync.package import read_package

NEWER = "0fffffffffffffff"  # a clock later than any real one


def merge(store, data: bytes, name="p.cwdsync"):
    """Import a package from a device accepted now (the tests look at what the merge does)."""
    return import_package(store, read_package(data, name), name, accept_new_devices="person")


def edit_records(data: bytes, change, signer, claim=None) -> bytes:
    """Re-pack a valid package after `change(records)` (a list of field records, changed in place
    or returned anew), with the manifest's hashes recomputed and signed by `signer`'s device key:
    a dishonest device that the coordinator accepted."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(archive.read("manifest.json"))
    records = []
    members = {}
    for name in archive.namelist():
        if name.startswith("data/"):
            records += [json.loads(line) for line in archive.read(name).splitlines() if line.strip()]
        elif name not in ("manifest.json", "manifest.sig"):
            members[name] = archive.read(name)
    records = change(records) or records
    for table in sorted({r["table"] for r in records}):
        lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records if r["table"] == table]
        members[f"data/{table}.jsonl"] = ("\n".join(lines) + "\n").encode()
    if claim is not None:  # the package now says it comes from `claim`'s device, signed by it
        manifest["device_id"], manifest["device_key"] = claim.device_id, devices.own_public_key(claim)
    manifest["members"] = [
        {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(members.items())
    ]
    manifest_bytes = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("manifest.json", manifest_bytes)
        target.writestr("manifest.sig", devices.sign(signer, manifest_bytes))
        for name, content in sorted(members.items()):
            target.writestr(name, content)
    return out.getvalue()


def setter(row_id: str, column: str, value, hlc=NEWER, device="0190ffffffffffff"):
    def change(records):
        for r in records:
            if r["id"] == row_id and r["column"] == column:
                r["value"], r["hlc"], r["device"], r["base"] = value, hlc, device, None

    return change


def just_after(store, row) -> str:
    """A clock one tick after the row's creation: before any later edit, and before the signing."""
    created = store.field_clocks(type(row), row.id)["deleted"][0]
    return f"{int(created, 16) + 1:016x}"


def new_row(table: str, row_id: str, values: dict, hlc=NEWER, device="0190ffffffffffff"):
    def change(records):
        records += [
            {"table": table, "id": row_id, "column": c, "value": v, "hlc": hlc, "device": device, "base": None}
            for c, v in values.items()
        ]

    return change
