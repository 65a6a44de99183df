"""The `.cwdsync` package: a zip with a manifest, one JSON line per field, and signed PDFs.

Export writes the full state, so packages can be imported in any order. Reading validates the
whole package before anything is written: member names, counts and sizes (counted while
reading, since headers can lie), compression ratios, every hash, format and schema, and every
table and column name against the local schema.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import operator
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cwd_desktop.domain import ENTITIES
from cwd_desktop.errors import CwdError
from cwd_desktop.storage import Store
from cwd_desktop.storage.codec import columns
from cwd_desktop.storage.hlc import HLC_TEXT
from cwd_desktop.storage.ids import new_id
from cwd_desktop.storage.migrations import known_names
from cwd_desktop.sync import devices

FORMAT = "cwd-sync"
FORMAT_VERSION = 1
SUFFIX = ".cwdsync"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"  # the sending device's signature of the manifest's bytes (sync/devices.py)
MEMBER_NAME = re.compile(r"^(manifest\.json|manifest\.sig|data/[a-z_]{1,40}\.jsonl|files/[0-9a-f]{64}\.pdf)\Z")
PUBLIC_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=\Z")  # 32 bytes in base64
DEVICE_TEXT = re.compile(r"^[0-9A-Za-z-]{1,64}\Z")
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # the package file itself (compressed)
MAX_RATIO = 200  # uncompressed / compressed; JSON lines of real data compress about 10x
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so the same state gives the same bytes
RECORD_KEYS = {"table", "id", "column", "value", "hlc", "device", "base"}
TABLES = {cls.TABLE: cls for cls in ENTITIES}


class PackageError(CwdError):
    """A package refused before anything was written."""


@dataclass(slots=True)
class FieldVersion:
    value: Any
    hlc: str
    device: str
    base: tuple[str, str] | None = None


@dataclass
class Package:
    manifest: dict[str, Any]
    # table -> row id -> column -> version
    rows: dict[str, dict[str, dict[str, FieldVersion]]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    sha256: str = ""
    signed: bool = False

    @property
    def package_id(self) -> str:
        package_id: str = self.manifest["package_id"]
        return package_id

    @property
    def device(self) -> tuple[str, str]:
        return self.manifest["device_id"], self.manifest.get("device_name", "")

    @property
    def device_key(self) -> str | None:
        """The public key that signed the package (checked when it was read); None: unsigned,
        as packages of releases before device keys were."""
        key: str | None = self.manifest.get("device_key") if self.signed else None
        return key

    @property
    def record_count(self) -> int:
        return sum(len(cols) for rows in self.rows.values() for cols in rows.values())


# -- writing ------------------------------------------------------------------------------


def records(store: Store) -> Iterator[dict[str, Any]]:
    """Every field of every row as a sync record, in a fixed order (table, id, column)."""
    for cls in ENTITIES:
        names = columns(cls)
        for row in store.db.execute(f"SELECT {', '.join(names)}, clocks FROM {cls.TABLE} ORDER BY id"):
            clocks = json.loads(row[-1])
            for column, value in sorted(zip(names[1:], row[1:-1], strict=True)):
                version = clocks[column]
                yield {
                    "table": cls.TABLE,
                    "id": row[0],
                    "column": column,
                    "value": value,
                    "hlc": version[0],
                    "device": version[1],
                    "base": version[2:4] if len(version) == 4 else None,
                }


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"


def build_package(
    store: Store,
    created_at: dt.datetime | None = None,
    package_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The full state of the database as package bytes. Apart from the manifest's time and
    package id, the same state always gives the same bytes."""
    members: dict[str, bytes] = {}
    buffers: dict[str, io.BytesIO] = {}
    for record in records(store):
        buffers.setdefault(record["table"], io.BytesIO()).write(_line(record))
    for table, buffer in sorted(buffers.items()):
        members[f"data/{table}.jsonl"] = buffer.getvalue()
    for (sha256,) in store.db.execute("SELECT sha256 FROM stored_file ORDER BY sha256"):
        members[f"files/{sha256}.pdf"] = store.get_file(sha256)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema": list(known_names()),
        "package_id": package_id or new_id(),
        "device_id": store.device_id,
        "device_name": store.device_name,
        "device_key": devices.own_public_key(store),
        "created_at": (created_at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "members": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(members.items())
        ],
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        entries = [(MANIFEST, manifest_bytes), (SIGNATURE, devices.sign(store, manifest_bytes))]
        entries += sorted(members.items())
        for index, (name, data) in enumerate(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=6)
            if progress:
                progress(index + 1, len(entries))
    return out.getvalue()


# -- reading ------------------------------------------------------------------------------


def _refuse(path: str, reason: str) -> PackageError:
    return PackageError(f"{path}: refused, {reason}; nothing was imported.")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: list[int]) -> bytes:
    """Read one member, counting bytes as they come: the sizes in the zip headers can lie."""
    chunks, total = [], 0
    with archive.open(info) as fh:
        while chunk := fh.read(1 << 16):
            total += len(chunk)
            budget[0] -= len(chunk)
            if total > MAX_MEMBER_BYTES or budget[0] < 0:
                raise _refuse(name, f"the member {info.filename} is too large")
            if total > 1 << 20 and total > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(name, f"the member {info.filename} expands suspiciously (a zip bomb?)")
            chunks.append(chunk)
    return b"".join(chunks)


def read_package(data: bytes, name: str = "package") -> Package:
    """Validate a package completely and return its content; raise PackageError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise _refuse(name, "it is not a sync package (not a readable zip file)") from None
    if len(infos) > MAX_MEMBERS:
        raise _refuse(name, f"it has more than {MAX_MEMBERS} members")
    seen: set[str] = set()
    for info in infos:
        if not MEMBER_NAME.match(info.filename):
            raise _refuse(name, f"it holds a member with a forbidden name ({info.filename[:80]!r})")
        if info.filename in seen:
            raise _refuse(name, f"the member {info.filename} appears twice")
        seen.add(info.filename)
        if stat.S_ISLNK(info.external_attr >> 16) or info.is_dir():
            raise _refuse(name, f"the member {info.filename} is a link or a folder")
    if MANIFEST not in seen:
        raise _refuse(name, "it has no manifest")
    budget = [MAX_TOTAL_BYTES]
    try:
        contents = {info.filename: _read_member(archive, info, name, budget) for info in infos}
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise _refuse(name, f"it is damaged ({exc.__class__.__name__})") from None
    manifest = _check_manifest(contents, name)
    package = Package(manifest, sha256=hashlib.sha256(data).hexdigest(), signed=SIGNATURE in contents)
    for member, content in contents.items():
        if member.startswith("data/"):
            _parse_table(member, content, package, name)
        elif member.startswith("files/"):
            digest = member[len("files/") : -len(".pdf")]
            package.files[digest] = content
    return package


def _check_manifest(contents: dict[str, bytes], name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(contents[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse(name, "its manifest is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(name, "it is not a CWD Desktop sync package")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise _refuse(
            name, f"it uses format version {manifest.get('format_version')!r}, not {FORMAT_VERSION}; update CWD Desktop"
        )
    schema = manifest.get("schema")
    if not isinstance(schema, list) or any(not isinstance(s, str) for s in schema):
        raise _refuse(name, "its manifest names no schema")
    unknown = [s for s in schema if s not in known_names()]
    if unknown:
        raise _refuse(name, f"it was written by a newer version of CWD Desktop (schema {unknown[-1]})")
    for key in ("package_id", "device_id"):
        if not isinstance(manifest.get(key), str) or not DEVICE_TEXT.match(manifest[key]):
            raise _refuse(name, f"its manifest has no valid {key}")
    if not isinstance(manifest.get("device_name", ""), str):
        raise _refuse(name, "its manifest has an invalid device name")
    listed = manifest.get("members")
    if not isinstance(listed, list):
        raise _refuse(name, "its manifest lists no members")
    expected: dict[str, dict[str, Any]] = {}
    for entry in listed:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise _refuse(name, "its manifest lists a malformed member")
        expected[entry["name"]] = entry
    if SIGNATURE in contents:
        signer = manifest.get("device_key")
        if not isinstance(signer, str) or not PUBLIC_KEY.match(signer):
            raise _refuse(name, "it is signed, but its manifest names no valid device key")
        if not devices.signature_holds(signer, contents[MANIFEST], contents[SIGNATURE]):
            raise _refuse(name, "it was changed after its device signed it (its signature does not hold)")
    actual = {k for k in contents if k not in (MANIFEST, SIGNATURE)}
    if set(expected) != actual:
        raise _refuse(name, "its members differ from those its manifest lists")
    for member, entry in expected.items():
        content = contents[member]
        if entry.get("size") != len(content) or entry.get("sha256") != hashlib.sha256(content).hexdigest():
            raise _refuse(name, f"the member {member} was changed (its SHA-256 or size does not match)")
        if member.startswith("files/") and member[6:-4] != hashlib.sha256(content).hexdigest():
            raise _refuse(name, f"the file {member} does not match its name")
    return manifest


def _parse_table(member: str, content: bytes, package: Package, name: str) -> None:
    table = member[len("data/") : -len(".jsonl")]
    cls = TABLES.get(table)
    if cls is None:
        raise _refuse(name, f"it holds an unknown table {table!r}")
    allowed = set(columns(cls)[1:])
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise _refuse(name, f"{member} is not UTF-8 text") from None
    rows = package.rows.setdefault(table, {})
    try:
        # One parse for the whole member (much faster than a call per line); on failure, find the line.
        body = text.strip()
        parsed = _loads("[" + body.replace("\n", ",") + "]") if body else []
        expected = body.count("\n") + 1 if body else 0
    except ValueError:
        parsed, expected = None, 0
    if parsed is None or len(parsed) != expected:
        lines = [line for line in text.split("\n") if line.strip()]
        for number, line in enumerate(lines, 1):
            try:
                _loads(line)
            except _BadNumber as exc:
                raise _refuse(name, f"line {number} of {member}: {exc}") from None
            except ValueError:
                raise _refuse(name, f"line {number} of {member} is not valid JSON") from None
        raise _refuse(name, f"{member} is not one JSON object per line")
    checked: set[str] = set()  # ids and device ids already found well-formed
    hlc_ok, id_ok = HLC_TEXT.match, DEVICE_TEXT.match
    fields_of = operator.itemgetter("id", "column", "hlc", "device", "value")
    for number, record in enumerate(parsed, 1):
        # The common, well-formed record passes these few cheap tests; anything else gets the full
        # check, which names the problem.
        try:
            row_id, column, hlc, device, value = fields_of(record)
            if type(row_id) is str and row_id not in checked and id_ok(row_id):
                checked.add(row_id)  # a well-formed id of a new row
            fast = (
                len(record) == 7
                and record["table"] == table
                and record["base"] is None
                and type(column) is str
                and column in allowed
                and type(row_id) is str
                and row_id in checked
                and type(device) is str
                and device in checked
                and type(hlc) is str
                and hlc_ok(hlc)
                and type(value) in _VALUE_TYPES
            )
        except (KeyError, TypeError, IndexError):
            fast = False
        if not fast:
            problem = _record_problem(record, table, allowed, checked)
            if problem:
                raise _refuse(name, f"line {number} of {member}: {problem}")
            row_id, column, hlc, device, value = fields_of(record)
        base = record.get("base")
        row = rows.get(row_id)
        if row is None:
            row = rows[row_id] = {}
        row[column] = FieldVersion(value, hlc, device, (base[0], base[1]) if base else None)


_REQUIRED_KEYS = frozenset({"table", "id", "column", "value", "hlc", "device"})
_ALLOWED_KEYS = frozenset(RECORD_KEYS)


def _record_problem(record: Any, table: str, allowed: set[str], checked: set[str]) -> str | None:
    if type(record) is not dict or not _REQUIRED_KEYS <= record.keys() <= _ALLOWED_KEYS:
        return "not a field record"
    if record["table"] != table:
        return f"a record of table {str(record['table'])[:40]!r} in the file of {table!r}"
    if type(record["column"]) is not str or record["column"] not in allowed:
        return f"unknown column {str(record['column'])[:40]!r} of {table}"
    row_id, hlc, device = record["id"], record["hlc"], record["device"]
    if type(row_id) is not str or row_id not in checked:
        if type(row_id) is not str or not DEVICE_TEXT.match(row_id):
            return "a malformed row id"
        checked.add(row_id)
    if type(hlc) is not str or not HLC_TEXT.match(hlc):
        return "a malformed clock"
    if type(device) is not str or device not in checked:
        if type(device) is not str or not DEVICE_TEXT.match(device):
            return "a malformed device id"
        checked.add(device)
    base = record.get("base")
    if base is not None and not (
        type(base) is list
        and len(base) == 2
        and type(base[0]) is str
        and HLC_TEXT.match(base[0])
        and type(base[1]) is str
        and DEVICE_TEXT.match(base[1])
    ):
        return "a malformed base version"
    if type(record["value"]) not in _VALUE_TYPES:
        return "a value that is not text, a number or null"
    return None


_VALUE_TYPES = (str, int, float, type(None))
SQLITE_INT = (-(2**63), 2**63 - 1)


class _BadNumber(ValueError):
    """A number no local edit could store: NaN, an infinity, an integer beyond SQLite's."""


def _int(text: str) -> int:
    value = int(text)
    if not SQLITE_INT[0] <= value <= SQLITE_INT[1]:
        raise _BadNumber(f"the number {text[:24]} is out of range")
    return value


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(f"the number {text[:24]} is out of range")
    return value


def _constant(name: str) -> float:
    raise _BadNumber(f"{name} is not a number a field can hold")


def _loads(text: str) -> Any:
    """json.loads, refusing what Python's JSON takes but no field may hold (NaN, Infinity, 2**64)."""
    return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
