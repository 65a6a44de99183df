"""The `.cwdsync` package: a zip with a manifest, one JSON line per field, and signed PDFs.

Export writes the full state, so packages can be imported in any order. Reading validates the
whole package before anything is written: member names, counts and sizes (counted while
reading, since headers can lie), compression ratios, every hash, format and schema, and every
table and column name against the local schema.
"""

from __future__ import annotations

import contextlib
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

from cwd_desktop import images
from cwd_desktop.domain import ENTITIES
from cwd_desktop.errors import CwdError
from cwd_desktop.messages import Message, tr
from cwd_desktop.storage import Store
from cwd_desktop.storage.codec import columns
from cwd_desktop.storage.hlc import HLC_TEXT, MAX_HLC_TEXT
from cwd_desktop.storage.ids import new_id
from cwd_desktop.storage.migrations import ADDED_COLUMNS, MOVED_TO_PARTNERSHIP, known_names
from cwd_desktop.sync import devices

FORMAT = "cwd-sync"
FORMAT_VERSION = 1
SUFFIX = ".cwdsync"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"  # the sending device's signature of the manifest's bytes (sync/devices.py)
MEMBER_NAME = re.compile(
    r"^(manifest\.json|manifest\.sig|data/[a-z_]{1,40}\.jsonl|files/[0-9a-f]{64}\.(pdf|jpg|png))\Z"  # (photos: 0014)
)
PUBLIC_KEY = re.compile(r"^[A-Za-z0-9+/]{43}=\Z")  # 32 bytes in base64
DEVICE_TEXT = re.compile(r"^[0-9A-Za-z-]{1,64}\Z")
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # the package file itself (compressed)
MAX_MANIFEST_BYTES = 16 * 1024 * 1024  # the manifest (it lists every member) and its signature
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


def records(store: Store, partnership_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Every field of every row as a sync record, in a fixed order (table, id, column); with
    `partnership_id`, only the rows of that partnership (see `partnership_rows`)."""
    owned = partnership_rows(store, partnership_id) if partnership_id is not None else None
    for cls in ENTITIES:
        names = columns(cls)
        for row in store.db.execute(f"SELECT {', '.join(names)}, clocks FROM {cls.TABLE} ORDER BY id"):
            if owned is not None and row[0] not in owned[cls.TABLE]:
                continue
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


def partnership_rows(store: Store, partnership_id: str) -> dict[str, set[str]]:
    """The ids of every row of a partnership, deleted ones too, by table: the partnership, then
    each row whose owner (its PARENT, else its partnership) is one of them. ENTITIES lists owners
    before the rows they own."""
    owned: dict[str, set[str]] = {cls.TABLE: set() for cls in ENTITIES}
    for cls in ENTITIES:
        if cls.TABLE == "partnership":
            if store.db.execute("SELECT 1 FROM partnership WHERE id = ?", [partnership_id]).fetchone():
                owned[cls.TABLE].add(partnership_id)
            continue
        column, owner = cls.PARENT or ("partnership_id", None)
        owners = owned[owner.TABLE] if owner is not None else {partnership_id}
        owned[cls.TABLE] = {
            row_id for row_id, value in store.db.execute(f"SELECT id, {column} FROM {cls.TABLE}") if value in owners
        }
    return owned


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"


def build_package(
    store: Store,
    created_at: dt.datetime | None = None,
    package_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    partnership_id: str | None = None,
) -> bytes:
    """The full state of the database (or of one partnership: its rows and its signed files) as
    package bytes. Apart from the manifest's time and package id, the same state always gives the
    same bytes."""
    members: dict[str, bytes] = {}
    buffers: dict[str, io.BytesIO] = {}
    named: set[str] = set()  # the files the rows name (deleted ones too): signed protokoły, flipchart photos
    for record in records(store, partnership_id):
        buffers.setdefault(record["table"], io.BytesIO()).write(_line(record))
        if record["table"] in ("signed_minutes", "swot_photo") and record["column"] == "sha256":
            named.add(record["value"])
    for table, buffer in sorted(buffers.items()):
        members[f"data/{table}.jsonl"] = buffer.getvalue()
    for (sha256,) in store.db.execute("SELECT sha256 FROM stored_file ORDER BY sha256"):
        if sha256 in named:  # (a file no row names would be refused by the receiver)
            data = store.get_file(sha256)
            members[f"files/{sha256}.{images.EXTENSIONS.get(images.media_type(data) or '', 'pdf')}"] = data
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


def _refuse(path: str, reason: str, **params: Any) -> PackageError:
    """Refusal of a whole package; `reason` is a message id, with its parameters."""
    return PackageError("{path}: refused, {reason}; nothing was imported.", path=path, reason=Message(reason, **params))


def read_package(data: bytes, name: str = "package") -> Package:
    """Validate a package completely and return its content; raise PackageError otherwise.

    Members are read as streams, each checked against the manifest (size, SHA-256) as it ends, and
    data members are parsed a batch of lines at a time: memory holds the records and a batch, never
    a member's text whole. Sizes are checked against the format's limits before reading, and
    counted while reading (the zip headers can lie)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise _refuse(name, "it is not a sync package (not a readable zip file)") from None
    by_name = _check_members(infos, name)
    manifest, manifest_bytes = _read_manifest(archive, by_name, name)
    signed = SIGNATURE in by_name
    if signed:
        signature = _read_whole(archive, by_name[SIGNATURE], name, MAX_MANIFEST_BYTES, [MAX_MANIFEST_BYTES])
        signer = manifest.get("device_key")
        if not isinstance(signer, str) or not PUBLIC_KEY.match(signer):
            raise _refuse(name, "it is signed, but its manifest names no valid device key")
        if not devices.signature_holds(signer, manifest_bytes, signature):
            raise _refuse(name, "it was changed after its device signed it (its signature does not hold)")
    expected = _listed_members(manifest, name)
    if set(expected) != set(by_name) - {MANIFEST, SIGNATURE}:
        raise _refuse(name, "its members differ from those its manifest lists")
    package = Package(manifest, sha256=hashlib.sha256(data).hexdigest(), signed=signed)
    budget = [MAX_TOTAL_BYTES]
    for member, entry in expected.items():
        if not isinstance(entry.get("size"), int) or not 0 <= entry["size"] <= MAX_MEMBER_BYTES:
            raise _refuse(name, "the member {member} is too large, or its size is not stated", member=member)
        if member.startswith("data/"):
            reader = _TableReader(member, package, name)
            digest = _stream(archive, by_name[member], name, budget, reader.feed)
            reader.close()
        else:
            chunks: list[bytes] = []
            digest = _stream(archive, by_name[member], name, budget, chunks.append)
            content = b"".join(chunks)
            if member[len("files/") :].split(".")[0] != digest.hexdigest():
                raise _refuse(name, "the file {member} does not match its name", member=member)
            package.files[digest.hexdigest()] = content
        if entry.get("size") != by_name[member].file_size or entry.get("sha256") != digest.hexdigest():
            raise _refuse(name, "the member {member} was changed (its SHA-256 or size does not match)", member=member)
    _fill_added_columns(package)
    return package


def _fill_added_columns(package: Package) -> None:
    """A package of an earlier release lacks the columns added since: each row gets the column's
    default with its `deleted` field's version, as the migration gives the rows of a database."""
    written_with = set(package.manifest["schema"])
    for migration, table, column, default in ADDED_COLUMNS:
        if migration in written_with:
            continue
        for fields in package.rows.get(table, {}).values():
            tombstone = fields.get("deleted")
            if column not in fields and tombstone is not None:
                fields[column] = FieldVersion(default, tombstone.hlc, tombstone.device)
    # Rows that belonged to a meeting then belong to its partnership now, as the migration moved them.
    meetings = package.rows.get("meeting", {})
    for migration, table in MOVED_TO_PARTNERSHIP:
        if migration in written_with:
            continue
        for fields in package.rows.get(table, {}).values():
            link = fields.get("meeting_id")
            owner = meetings.get(str(link.value), {}).get("partnership_id") if link is not None else None
            if "partnership_id" not in fields and link is not None and owner is not None:
                fields["partnership_id"] = FieldVersion(owner.value, link.hlc, link.device)


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    """Names, kinds, compression and declared sizes, before anything is read."""
    if len(infos) > MAX_MEMBERS:
        raise _refuse(name, "it has more than {limit} members", limit=MAX_MEMBERS)
    by_name: dict[str, zipfile.ZipInfo] = {}
    declared = 0
    for info in infos:
        if not MEMBER_NAME.match(info.filename):
            raise _refuse(name, "it holds a member with a forbidden name ({filename!r})", filename=info.filename[:80])
        if info.filename in by_name:
            raise _refuse(name, "the member {filename} appears twice", filename=info.filename)
        if stat.S_ISLNK(info.external_attr >> 16) or info.is_dir():
            raise _refuse(name, "the member {filename} is a link or a folder", filename=info.filename)
        if info.flag_bits & 0x1:
            raise _refuse(name, "the member {filename} is encrypted", filename=info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(
                name,
                "the member {filename} is compressed in a way this format does not use ({compress_type})",
                filename=info.filename,
                compress_type=info.compress_type,
            )
        if info.file_size > MAX_MEMBER_BYTES:
            raise _refuse(name, "the member {filename} is too large", filename=info.filename)
        declared += info.file_size
        by_name[info.filename] = info
    if declared > MAX_TOTAL_BYTES:
        raise _refuse(name, "it is too large")
    if MANIFEST not in by_name:
        raise _refuse(name, "it has no manifest")
    return by_name


def _stream(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: list[int], sink: Callable[[bytes], None]
) -> Any:
    """Read one member in chunks into `sink`, counting bytes as they come; its SHA-256."""
    digest = hashlib.sha256()
    total = 0
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(1 << 16):
                total += len(chunk)
                budget[0] -= len(chunk)
                if total > MAX_MEMBER_BYTES or total > info.file_size or budget[0] < 0:
                    raise _refuse(name, "the member {filename} is too large", filename=info.filename)
                if total > 1 << 20 and total > MAX_RATIO * max(info.compress_size, 1):
                    raise _refuse(
                        name, "the member {filename} expands suspiciously (a zip bomb?)", filename=info.filename
                    )
                digest.update(chunk)
                sink(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, NotImplementedError, RuntimeError) as exc:
        raise _refuse(name, "it is damaged ({kind})", kind=exc.__class__.__name__) from None
    return digest


def _read_whole(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int, budget: list[int]) -> bytes:
    if info.file_size > limit:
        raise _refuse(name, "the member {filename} is too large", filename=info.filename)
    chunks: list[bytes] = []
    _stream(archive, info, name, budget, chunks.append)
    return b"".join(chunks)


def _read_manifest(
    archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], name: str
) -> tuple[dict[str, Any], bytes]:
    raw = _read_whole(archive, by_name[MANIFEST], name, MAX_MANIFEST_BYTES, [MAX_MANIFEST_BYTES])
    try:
        manifest = _loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(name, "its manifest is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(name, "it is not a CWD Desktop sync package")
    if manifest.get("format_version") != FORMAT_VERSION:
        version = str(manifest.get("format_version"))[:20]
        raise _refuse(
            name,
            "it uses format version {version}, not {expected}; update CWD Desktop",
            version=version,
            expected=FORMAT_VERSION,
        )
    schema = manifest.get("schema")
    if not isinstance(schema, list) or any(not isinstance(s, str) for s in schema):
        raise _refuse(name, "its manifest names no schema")
    unknown = [s for s in schema if s not in known_names()]
    if unknown:
        raise _refuse(
            name, "it was written by a newer version of CWD Desktop (schema {unknown})", unknown=unknown[-1][:40]
        )
    for key in ("package_id", "device_id"):
        if not isinstance(manifest.get(key), str) or not DEVICE_TEXT.match(manifest[key]):
            raise _refuse(name, "its manifest has no valid {key}", key=key)
    if not isinstance(manifest.get("device_name", ""), str) or len(manifest.get("device_name", "")) > 200:
        raise _refuse(name, "its manifest has an invalid device name")
    return manifest, raw


def _listed_members(manifest: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    listed = manifest.get("members")
    if not isinstance(listed, list):
        raise _refuse(name, "its manifest lists no members")
    expected: dict[str, dict[str, Any]] = {}
    for entry in listed:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise _refuse(name, "its manifest lists a malformed member")
        expected[entry["name"]] = entry
    return expected


BATCH_BYTES = 1 << 20  # lines parsed at once: one parse per batch is much faster than one per line


class _TableReader:
    """Parses one data member as its bytes arrive, a batch of whole lines at a time, into the
    package's field versions. Device ids and column names repeat: one string object each."""

    def __init__(self, member: str, package: Package, name: str) -> None:
        self.member, self.name = member, name
        table = member[len("data/") : -len(".jsonl")]
        cls = TABLES.get(table)
        if cls is None:
            raise _refuse(name, "it holds an unknown table {table!r}", table=table)
        self.table = table
        self.allowed = {column: column for column in columns(cls)[1:]}
        self.rows = package.rows.setdefault(table, {})
        self.checked: set[str] = set()  # ids and device ids already found well-formed
        self.shared: dict[str, str] = {}
        self.pending: list[bytes] = []
        self.pending_size = 0
        self.line = 0  # lines parsed before the pending ones

    def feed(self, chunk: bytes) -> None:
        self.pending.append(chunk)
        self.pending_size += len(chunk)
        if self.pending_size >= BATCH_BYTES:
            data = b"".join(self.pending)
            cut = data.rfind(b"\n") + 1
            self.pending, self.pending_size = [data[cut:]], len(data) - cut
            if cut:
                self._parse(data[:cut])

    def close(self) -> None:
        self._parse(b"".join(self.pending))
        self.pending, self.pending_size = [], 0

    def _parse(self, data: bytes) -> None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise _refuse(self.name, "{member} is not UTF-8 text", member=self.member) from None
        body = text.strip()
        count = body.count("\n") + 1 if body else 0
        parsed: Any = None
        with contextlib.suppress(ValueError, RecursionError):
            parsed = _loads("[" + body.replace("\n", ",") + "]")
        if not isinstance(parsed, list) or len(parsed) != count:
            # Blank lines, or a line that is not one JSON object: look line by line.
            lines = [line for line in text.split("\n") if line.strip()]
            with contextlib.suppress(ValueError, RecursionError):
                parsed = _loads("[" + ",".join(lines) + "]")
            if not isinstance(parsed, list) or len(parsed) != len(lines):
                self._find_bad_line(lines)
            count = len(lines)
        del text, body
        self._add_all(parsed)
        self.line += count

    def _find_bad_line(self, lines: list[str]) -> None:
        for number, line in enumerate(lines, self.line + 1):
            try:
                _loads(line)
            except _BadNumber as exc:
                raise _refuse(
                    self.name, "line {number} of {member}: {exc}", number=number, member=self.member, exc=exc
                ) from None
            except (ValueError, RecursionError):
                raise _refuse(
                    self.name, "line {number} of {member} is not valid JSON", number=number, member=self.member
                ) from None
        raise _refuse(self.name, "{member} is not one JSON object per line", member=self.member)

    def _add_all(self, parsed: list[Any]) -> None:
        # The common, well-formed record passes these few cheap tests; anything else gets the full
        # check, which names the problem. One loop with local names: it runs for every record.
        checked, allowed, shared, rows, table = self.checked, self.allowed, self.shared, self.rows, self.table
        fields_of, id_ok, hlc_ok, value_types, newest = _FIELDS, _ID_OK, _HLC_OK, _VALUE_TYPES, MAX_HLC_TEXT
        for number, record in enumerate(parsed, self.line + 1):
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
                    and hlc <= newest
                    and type(value) in value_types
                )
            except (KeyError, TypeError, IndexError):
                fast = False
            if not fast:
                problem = _record_problem(record, table, set(allowed), checked)
                if problem:
                    raise _refuse(
                        self.name,
                        "line {number} of {member}: {problem}",
                        number=number,
                        member=self.member,
                        problem=problem,
                    )
                row_id, column, hlc, device, value = fields_of(record)
            base = record.get("base")
            row = rows.get(row_id)
            if row is None:
                row = rows[row_id] = {}
            # One string object for each device id (a few in a package, repeated on every record).
            row[allowed[column]] = FieldVersion(
                value,
                hlc,
                shared.setdefault(device, device),
                (base[0], shared.setdefault(base[1], base[1])) if base else None,
            )


_FIELDS = operator.itemgetter("id", "column", "hlc", "device", "value")
_REQUIRED_KEYS = frozenset({"table", "id", "column", "value", "hlc", "device"})
_ALLOWED_KEYS = frozenset(RECORD_KEYS)
_ID_OK = DEVICE_TEXT.match
_HLC_OK = HLC_TEXT.match


def _record_problem(record: Any, table: str, allowed: set[str], checked: set[str]) -> str | None:
    if type(record) is not dict or not _REQUIRED_KEYS <= record.keys() <= _ALLOWED_KEYS:
        return tr("not a field record")
    if record["table"] != table:
        return tr(
            "a record of table {record!r} in the file of {table!r}", record=str(record["table"])[:40], table=table
        )
    if type(record["column"]) is not str or record["column"] not in allowed:
        return tr("unknown column {record!r} of {table}", record=str(record["column"])[:40], table=table)
    row_id, hlc, device = record["id"], record["hlc"], record["device"]
    if type(row_id) is not str or row_id not in checked:
        if type(row_id) is not str or not DEVICE_TEXT.match(row_id):
            return tr("a malformed row id")
        checked.add(row_id)
    if type(hlc) is not str or not HLC_TEXT.match(hlc):
        return tr("a malformed clock")
    if hlc > MAX_HLC_TEXT:
        return tr("a clock beyond the year 9999")
    if type(device) is not str or device not in checked:
        if type(device) is not str or not DEVICE_TEXT.match(device):
            return tr("a malformed device id")
        checked.add(device)
    base = record.get("base")
    if base is not None and not (
        type(base) is list
        and len(base) == 2
        and type(base[0]) is str
        and HLC_TEXT.match(base[0])
        and type(base[1]) is str
        and DEVICE_TEXT.match(base[1])
        and base[0] <= MAX_HLC_TEXT
    ):
        return tr("a malformed base version")
    if type(record["value"]) not in _VALUE_TYPES:
        return tr("a value that is not text, a number or null")
    return None


_VALUE_TYPES = (str, int, float, type(None))
SQLITE_INT = (-(2**63), 2**63 - 1)


class _BadNumber(CwdError, ValueError):
    """A number no local edit could store: NaN, an infinity, an integer beyond SQLite's."""


def _int(text: str) -> int:
    value = int(text)
    if not SQLITE_INT[0] <= value <= SQLITE_INT[1]:
        raise _BadNumber("the number {text} is out of range", text=text[:24])
    return value


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber("the number {text} is out of range", text=text[:24])
    return value


def _constant(name: str) -> float:
    raise _BadNumber("{name} is not a number a field can hold", name=name)


def _loads(text: str) -> Any:
    """json.loads, refusing what Python's JSON takes but no field may hold (NaN, Infinity, 2**64)."""
    return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
