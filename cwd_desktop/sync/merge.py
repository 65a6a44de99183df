"""Importing a package: per-field last-writer-wins in one transaction, with a report.

A field takes the incoming version iff (hlc, device, value hash) is greater than the local one,
except that a "signed" meeting status always beats an unsigned one (a signature cannot be undone
by a package). The losing value of a concurrent edit (neither version built on the other) goes to
the conflict log. Writes to a signed meeting made after its signing are refused and reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from cwd_desktop import images
from cwd_desktop.domain import ENTITIES, Meeting, SignedMinutes
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.domain.entity import Entity
from cwd_desktop.errors import CwdError, StorageError, ValidationError
from cwd_desktop.messages import Message, field_name, tr
from cwd_desktop.minutes.verify import verify_pdf
from cwd_desktop.storage import Store, signed_state
from cwd_desktop.storage.codec import columns
from cwd_desktop.storage.device import set_meta
from cwd_desktop.storage.hlc import COUNTER_BITS, format_hlc, hlc_wall_ms, parse_hlc, wall_ms
from cwd_desktop.storage.ids import new_id
from cwd_desktop.sync import devices
from cwd_desktop.sync.conflicts import (
    SECOND_PROTOCOL,
    SIGNED_ELSEWHERE,
    SIGNED_HERE,
    device_names,
    meeting_label,
    row_label,
)
from cwd_desktop.sync.devices import FIRST_SOURCE, fingerprint
from cwd_desktop.sync.package import FieldVersion, Package, PackageError

FUTURE_TOLERANCE_MS = 24 * 3600 * 1000  # a clock more than a day ahead is an anomaly
CHUNK = 500
SIGNED = MeetingStatus.SIGNED.value


@dataclass
class Conflict:
    table: str
    row_id: str
    column: str
    kept: FieldVersion
    lost: FieldVersion


@dataclass
class Held:
    """A change to a signed meeting that was kept aside, not applied. `column` "*": a whole row
    (its values in `version.value`)."""

    meeting_id: str
    reason: str
    table: str
    row_id: str
    column: str
    version: FieldVersion


@dataclass
class ImportReport:
    file: str
    package_id: str
    device_id: str
    device_name: str
    records: int = 0
    rows_added: int = 0
    fields_changed: int = 0
    files_added: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
    edited_after_delete: list[tuple[str, str, str]] = field(default_factory=list)  # table, row id, device
    clock_anomalies: list[str] = field(default_factory=list)
    skipped: bool = False  # a folder import found it already imported
    from_this_computer: bool = False  # it claims this computer's device id: not imported
    new_device: bool = False  # from a device not accepted here: not imported
    device_key: str | None = None  # the public key that signed it; None: unsigned
    accepted_now: str = ""  # the device was accepted by this import (devices.BY_PERSON, FIRST_SOURCE)
    refused: str = ""  # a folder's package that was not imported: why (the rest of the folder was)
    waiting: bool = False  # a folder's file still being written: left for the next import
    conflict_copy: str = ""  # the sync engine that made this file a conflict copy (imported like any)
    preview: bool = False  # what an import would do: nothing was written
    names: dict[str, str] = field(default_factory=dict)  # "table:row id" (and "device:id") -> as people say it

    def name(self, table: str, row_id: str) -> str:
        """A row ("device": a device) as the report names it; else its kind and the id's tail."""
        found = self.names.get(f"{table}:{row_id}")
        if found:
            return found
        return short_id(row_id) if table == "device" else f"{tr(table.replace('_', ' '))} {short_id(row_id)}"

    def lines(self) -> list[str]:
        who = f"{self.device_name} ({short_id(self.device_id)})" if self.device_name else self.device_id
        if self.refused:
            return [self.refused]
        if self.waiting:
            return [tr("{file}: still being written; left for the next import.", file=self.file)]
        if self.skipped:
            return [tr("{file}: imported before, nothing to do.", file=self.file)]
        if self.from_this_computer:
            return [tr("{file}: written by this computer (or claims to be), not imported.", file=self.file)]
        if self.new_device:
            return [
                tr(
                    "{file}: from {who}, a device not accepted here (fingerprint {fingerprint}); not imported. "
                    "Compare the fingerprint with its owner, then import with --accept-new-devices.",
                    file=self.file,
                    who=who,
                    fingerprint=fingerprint(self.device_key),
                )
            ]
        out = [
            tr(
                "{file}: from {who}: {records} field records, {rows_added} new rows, {fields_changed} "
                "fields updated, {files_added} signed files, {count} conflicts.",
                file=self.file,
                who=who,
                records=self.records,
                rows_added=self.rows_added,
                fields_changed=self.fields_changed,
                files_added=self.files_added,
                count=len(self.conflicts),
            )
        ]
        if self.conflict_copy:
            out.append(tr("  a conflict copy made by {engine}, imported like any package", engine=self.conflict_copy))
        if self.accepted_now == FIRST_SOURCE:
            out.append(
                tr(
                    "  accepted {who} as the first source of this database (fingerprint {fingerprint})",
                    who=who,
                    fingerprint=fingerprint(self.device_key),
                )
            )
        elif self.accepted_now:
            out.append(
                tr("  accepted {who} (fingerprint {fingerprint})", who=who, fingerprint=fingerprint(self.device_key))
            )
        if self.device_key is None:
            out.append(tr("  unsigned: written by a release before packages were signed"))
        out += [
            tr(
                "  conflict: {row}, {field}: kept {value} ({device}); the other value {value2} ({device2}) "
                "is in the conflict log",
                row=self.name(c.table, c.row_id),
                field=field_name(c.column),
                value=short_value(c.kept.value),
                device=self.name("device", c.kept.device),
                value2=short_value(c.lost.value),
                device2=self.name("device", c.lost.device),
            )
            for c in self.conflicts
        ]
        out += self._held_lines()
        out += [
            tr(
                "  edited after deletion: {row} by {device} (it stays deleted; restore it to keep the edit)",
                row=self.name(table, row),
                device=self.name("device", device),
            )
            for table, row, device in self.edited_after_delete
        ]
        out += [tr("  clock anomaly: {item}", item=item) for item in self.clock_anomalies]
        return out

    def _held_lines(self) -> list[str]:
        """Changes to signed meetings kept aside, counted by meeting and why."""
        counts: dict[tuple[str, str], int] = {}
        for held in self.held:
            key = (self.name("meeting", held.meeting_id), held.reason)
            counts[key] = counts.get(key, 0) + 1
        return [_held_line(reason, meeting, count) for (meeting, reason), count in sorted(counts.items())]


def _held_line(reason: str, meeting: str, count: int) -> str:
    if reason == SECOND_PROTOCOL:
        return tr(
            "  {meeting}: a second, different signed protokół was not applied; the first one stays (see Conflicts)",
            meeting=meeting,
        )
    if reason == SIGNED_ELSEWHERE:
        return tr(
            "  {meeting} arrived signed; changes made here to it set aside (see Conflicts): {count}",
            meeting=meeting,
            count=count,
        )
    return tr(
        "  {meeting} is signed here; changes to it not applied (see Conflicts): {count}", meeting=meeting, count=count
    )


def short_id(value: str) -> str:
    """The random tail of a UUIDv7: ids made in the same millisecond share their first digits."""
    return value[-12:]


def short_value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _value_hash(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()


def _key(table: str, column: str, version: FieldVersion) -> tuple[int, str, str, str]:
    rank = 1 if table == Meeting.TABLE and column == "status" and version.value == SIGNED else 0
    return rank, version.hlc, version.device, _value_hash(version.value)


def _compare(table: str, column: str, theirs: FieldVersion, ours: FieldVersion) -> int:
    """-1, 0 or 1 as `theirs` orders before, equal to or after `ours` (the value hash only on a tie)."""
    a: tuple[object, ...]
    b: tuple[object, ...]
    if column == "status" and table == Meeting.TABLE:
        a, b = _key(table, column, theirs), _key(table, column, ours)
    elif theirs.hlc != ours.hlc or theirs.device != ours.device:
        a, b = (theirs.hlc, theirs.device), (ours.hlc, ours.device)
    elif theirs.value == ours.value:
        return 0
    else:
        a, b = (_value_hash(theirs.value),), (_value_hash(ours.value),)
    return (a > b) - (a < b)


def _version(entry: list[str]) -> FieldVersion:
    return FieldVersion(None, entry[0], entry[1], (entry[2], entry[3]) if len(entry) == 4 else None)


def _superseded(theirs: FieldVersion, entry: list[str]) -> bool:
    """Whether the local version (its clock entry) was made on top of `theirs`: an old version, not a change."""
    return entry[2:4] == [theirs.hlc, theirs.device] or (entry[1] == theirs.device and entry[0] > theirs.hlc)


def _clock_entry(version: FieldVersion) -> list[str]:
    base = version.base
    return [version.hlc, version.device] if base is None else [version.hlc, version.device, base[0], base[1]]


class _NewValues(Mapping[str, Any]):
    """The values of a row that only the package has, read from its field versions."""

    __slots__ = ("fields", "row_id")

    def __init__(self, row_id: str, fields: dict[str, FieldVersion]) -> None:
        self.row_id, self.fields = row_id, fields

    def __getitem__(self, column: str) -> Any:
        return self.row_id if column == "id" else self.fields[column].value

    def __iter__(self) -> Iterator[str]:
        return iter(["id", *self.fields])

    def __len__(self) -> int:
        return len(self.fields) + 1


class _NewClocks(Mapping[str, list[str]]):
    __slots__ = ("fields",)

    def __init__(self, fields: dict[str, FieldVersion]) -> None:
        self.fields = fields

    def __getitem__(self, column: str) -> list[str]:
        return _clock_entry(self.fields[column])

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def items(self) -> list[tuple[str, list[str]]]:  # type: ignore[override]  # a list: read once, quickly
        return [(column, _clock_entry(version)) for column, version in self.fields.items()]


# A row as it will be after the import: its values and its field clocks.
Merged = tuple[Mapping[str, Any], Mapping[str, list[str]]]
# A row as this database holds it.
Stored = tuple[dict[str, Any], dict[str, list[str]]]


def _links(cls: type[Entity]) -> set[str]:
    """The columns that decide where a row belongs: its parent link, its tree link, its tombstone."""
    return {c for c in (cls.PARENT[0] if cls.PARENT else None, cls.TREE, "deleted") if c}


_MEETING_AND_BELOW: tuple[type[Entity], ...] = (Meeting, *(c for c in ENTITIES if c.PARENT is not None))


class _Merger:
    def __init__(self, store: Store, package: Package, report: ImportReport) -> None:
        self.store, self.package, self.report = store, package, report
        # table -> id -> (values, clocks) as they will be after the import
        self.merged: dict[str, dict[str, Merged]] = {}
        self.changed: dict[str, dict[str, set[str]]] = {}  # table -> id -> columns taken from the package
        self.new_rows: dict[str, set[str]] = {}
        self.touched: dict[str, set[str]] = {}  # table -> ids of rows where the package differs from here
        self._meeting_cache: dict[tuple[str, str], str | None] = {}
        self._local_owner: dict[tuple[str, str], str | None] = {}
        self._package_owner: dict[tuple[str, str], str | None] = {}
        self.held: list[Held] = report.held
        self._held_rows: set[tuple[str, str]] = set()
        self.newly_signed: list[str] = []

    def local_rows(self, cls: type[Entity], ids: list[str]) -> dict[str, Stored]:
        names = columns(cls)
        found: dict[str, Stored] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            sql = f"SELECT {', '.join(names)}, clocks FROM {cls.TABLE} WHERE id IN ({', '.join('?' * len(chunk))})"
            for row in self.store.db.execute(sql, chunk):
                values = dict(zip(names, row[:-1], strict=True))
                found[row[0]] = (values, json.loads(row[-1]))
        return found

    def existing_touched(self, cls: type[Entity]) -> list[str]:
        """Ids of the rows this database has where the package differs from it."""
        return sorted(self.touched.get(cls.TABLE, set()) - self.new_rows.get(cls.TABLE, set()))

    def merge_table(self, cls: type[Entity]) -> None:
        """Decide each incoming field against the local one, a chunk of rows at a time; keep only
        the rows where the package differs from here (memory holds those, not every local row)."""
        incoming = self.package.rows.get(cls.TABLE, {})
        ids = list(incoming)
        width = len(columns(cls)) - 1
        merged = self.merged.setdefault(cls.TABLE, {})
        new_rows = self.new_rows.setdefault(cls.TABLE, set())
        touched = self.touched.setdefault(cls.TABLE, set())
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            local = self.local_rows(cls, chunk)
            for row_id in chunk:
                fields = incoming[row_id]
                if row_id in local:
                    self._merge_row(cls, row_id, fields, local[row_id])
                    continue
                if len(fields) != width:
                    self._refuse_incomplete(cls, row_id, fields)
                # Views, not copies: most rows of a first import are new, and copying them costs.
                merged[row_id] = (_NewValues(row_id, fields), _NewClocks(fields))
                new_rows.add(row_id)
                touched.add(row_id)

    def _refuse_incomplete(self, cls: type[Entity], row_id: str, fields: dict[str, FieldVersion]) -> NoReturn:
        missing = [c for c in columns(cls)[1:] if c not in fields]
        raise PackageError(
            "{file}: refused, row {row_id} of {table} lacks {columns}; nothing was imported.",
            file=self.report.file,
            row_id=short_id(row_id),
            table=cls.TABLE,
            columns=", ".join(missing[:3]),
        )

    def _merge_row(self, cls: type[Entity], row_id: str, fields: dict[str, FieldVersion], local: Stored) -> None:
        values, clocks = local
        touched = False
        for column, theirs in fields.items():
            entry = clocks[column]
            if theirs.hlc == entry[0] and theirs.device == entry[1] and theirs.value == values[column]:
                continue  # the same version: the common case of a re-import
            if not touched:
                touched = True
                values, clocks = dict(values), dict(clocks)
                self.touched.setdefault(cls.TABLE, set()).add(row_id)
            ours = _version(entry)
            ours.value = values[column]
            order = _compare(cls.TABLE, column, theirs, ours)
            if order > 0:
                winner, loser = theirs, ours
                values[column], clocks[column] = theirs.value, _clock_entry(theirs)
                self.changed.setdefault(cls.TABLE, {}).setdefault(row_id, set()).add(column)
            elif order < 0:
                winner, loser = ours, theirs
            else:
                continue
            if (
                loser.value != winner.value
                and loser.device != winner.device
                and winner.base != (loser.hlc, loser.device)
            ):
                self.report.conflicts.append(Conflict(cls.TABLE, row_id, column, winner, loser))
        if touched:
            self.merged.setdefault(cls.TABLE, {})[row_id] = (values, clocks)

    # -- signed meetings ----------------------------------------------------------------------
    #
    # A meeting signed here is frozen: whatever a package says about a row that is, was or would
    # be under it is kept aside, whatever its clocks. A meeting the package signs is taken as the
    # package has it (the signing device's state), and local changes to it are kept aside. After
    # the write, every signed meeting must hold what its signature recorded (check_signed).

    def _row(self, cls: type[Entity], row_id: str) -> Mapping[str, Any] | None:
        if row_id in self.merged.get(cls.TABLE, {}):
            return self.merged[cls.TABLE][row_id][0]
        found = self.local_rows(cls, [row_id])
        return found[row_id][0] if found else None

    def _meeting_of(self, cls: type[Entity], values: Mapping[str, Any]) -> str | None:
        """The meeting a row belongs to as the import leaves it (parents decided before children)."""
        if cls is Meeting:
            return str(values["id"])
        if cls.PARENT is None:
            return None
        column, parent = cls.PARENT
        if parent is Meeting:
            return str(values[column])
        key = (parent.TABLE, values[column])
        if key not in self._meeting_cache:  # many rows share a parent: look each parent up once
            parent_values = self._row(parent, values[column])
            self._meeting_cache[key] = self._meeting_of(parent, parent_values) if parent_values else None
        return self._meeting_cache[key]

    def _owner_local(self, cls: type[Entity], row_id: str) -> str | None:
        """The meeting a row belongs to in this database before the import."""
        key = (cls.TABLE, row_id)
        if key not in self._local_owner:
            owner = None
            if cls is Meeting:
                owner = row_id
            elif cls.PARENT is not None:
                found = self.local_rows(cls, [row_id]).get(row_id)
                column, parent = cls.PARENT
                owner = self._owner_local(parent, found[0][column]) if found else None
            self._local_owner[key] = owner
        return self._local_owner[key]

    def _owner_package(self, cls: type[Entity], row_id: str) -> str | None:
        """The meeting a row belongs to as the package has it (local parents where it names none)."""
        key = (cls.TABLE, row_id)
        if key not in self._package_owner:
            owner = None
            if cls is Meeting:
                owner = row_id
            elif cls.PARENT is not None:
                column, parent = cls.PARENT
                fields = self.package.rows.get(cls.TABLE, {}).get(row_id)
                if fields is not None and column in fields:
                    owner = self._owner_package(parent, fields[column].value)
                else:
                    owner = self._owner_local(cls, row_id)
            self._package_owner[key] = owner
        return self._package_owner[key]

    def _hold(self, meeting_id: str, reason: str, table: str, row_id: str, column: str, version: FieldVersion) -> None:
        self.held.append(Held(meeting_id, reason, table, row_id, column, version))
        self._held_rows.add((table, row_id))

    def hold_for_signed_here(self, frozen: Mapping[str, str], local_before: dict[str, dict[str, Stored]]) -> None:
        """Keep aside every incoming difference to a row under a meeting signed here (or moved into
        or out of one): not applied, and not a conflict."""
        if not frozen:
            return
        for cls in _MEETING_AND_BELOW:
            merged = self.merged.get(cls.TABLE, {})
            for row_id in sorted(self.touched.get(cls.TABLE, set())):
                if row_id not in merged:
                    continue
                is_new = row_id in self.new_rows.get(cls.TABLE, set())
                owners = {self._owner_package(cls, row_id), self._meeting_of(cls, merged[row_id][0])}
                if not is_new:
                    owners.add(self._owner_local(cls, row_id))
                hit = sorted(o for o in owners if o is not None and o in frozen)
                if not hit:
                    continue
                fields = self.package.rows[cls.TABLE][row_id]
                if is_new:
                    values = {c: v.value for c, v in fields.items()}
                    first = min(fields.values(), key=lambda v: v.hlc)
                    reason = SECOND_PROTOCOL if cls is SignedMinutes else SIGNED_HERE
                    self._hold(hit[0], reason, cls.TABLE, row_id, "*", FieldVersion(values, first.hlc, first.device))
                    del merged[row_id]
                    self.new_rows[cls.TABLE].discard(row_id)
                    continue
                old_values, old_clocks = local_before[cls.TABLE][row_id]
                for column, theirs in fields.items():
                    entry = old_clocks[column]
                    same = (theirs.hlc, theirs.device, theirs.value) == (entry[0], entry[1], old_values[column])
                    if not same and not _superseded(theirs, entry):
                        self._hold(hit[0], SIGNED_HERE, cls.TABLE, row_id, column, theirs)
                merged[row_id] = (dict(old_values), dict(old_clocks))
                self.changed.get(cls.TABLE, {}).pop(row_id, None)

    def adopt_signed_elsewhere(self, frozen: Mapping[str, str], local_before: dict[str, dict[str, Stored]]) -> None:
        """A meeting the package signs is taken as the package has it: local versions that differ,
        and local rows it does not have, are kept aside (the rows as tombstones)."""
        meetings = self.merged.get(Meeting.TABLE, {})
        newly = {m for m, (values, _c) in meetings.items() if values["status"] == SIGNED and m not in frozen}
        newly = {m for m in newly if self.package.rows.get(Meeting.TABLE, {}).get(m, {}).get("status")}
        self.newly_signed = sorted(newly)
        if not newly:
            return
        for cls in _MEETING_AND_BELOW:
            for row_id, fields in self.package.rows.get(cls.TABLE, {}).items():
                meeting_id = self._owner_package(cls, row_id)
                if meeting_id in newly and row_id not in self.new_rows.get(cls.TABLE, set()):
                    self._take_package_row(cls, row_id, fields, meeting_id)
        for meeting_id in self.newly_signed:
            for cls, row in signed_state.live_rows(self.store.db, meeting_id):  # the local state, before the write
                row_id = str(row[0])
                in_package = self.package.rows.get(cls.TABLE, {}).get(row_id)
                if cls is Meeting:
                    continue
                if in_package is not None:
                    # Under the meeting here, elsewhere in the package (moved in by another
                    # device's later write): the signing device's version takes it out again.
                    links = {c: v for c, v in in_package.items() if c in _links(cls)}
                    self._take_package_row(cls, row_id, links, meeting_id)  # only where it belongs
                    continue
                found = self.local_rows(cls, [row_id])[row_id]
                values, clocks = dict(found[0]), dict(found[1])
                self._hold(
                    meeting_id,
                    SIGNED_ELSEWHERE,
                    cls.TABLE,
                    row_id,
                    "*",
                    FieldVersion(
                        {c: v for c, v in values.items() if c != "id"}, clocks["deleted"][0], clocks["deleted"][1]
                    ),
                )
                values["deleted"] = 1
                clocks["deleted"] = [*self.store.stamp(), *clocks["deleted"][:2]]
                self.merged.setdefault(cls.TABLE, {})[row_id] = (values, clocks)
                local_before.setdefault(cls.TABLE, {})[row_id] = found
                self.changed.setdefault(cls.TABLE, {}).setdefault(row_id, set()).add("deleted")

    def _take_package_row(
        self, cls: type[Entity], row_id: str, fields: dict[str, FieldVersion], meeting_id: str
    ) -> None:
        """Every field of the row as the package has it; the versions it replaces are kept aside."""
        merged = self.merged.setdefault(cls.TABLE, {})
        current = merged.get(row_id) or self.local_rows(cls, [row_id])[row_id]
        values, clocks = dict(current[0]), dict(current[1])
        for column, theirs in fields.items():
            if clocks[column][:2] == [theirs.hlc, theirs.device] and values[column] == theirs.value:
                continue
            ours = _version(clocks[column])
            ours.value = values[column]
            self._hold(meeting_id, SIGNED_ELSEWHERE, cls.TABLE, row_id, column, ours)
            values[column], clocks[column] = theirs.value, _clock_entry(theirs)
            self.changed.setdefault(cls.TABLE, {}).setdefault(row_id, set()).add(column)
        merged[row_id] = (values, clocks)

    def check_signed(self, frozen: Mapping[str, str], file_digests: Mapping[str, str]) -> None:
        """After the write, inside the transaction: every signed meeting holds what its signature
        recorded. A meeting becomes signed only with one signed protokół whose digest is the state
        it now holds; a meeting signed here is unchanged. PackageError otherwise: nothing is written."""
        db = self.store.db
        for meeting_id in self.newly_signed:
            number = meeting_label(db, meeting_id)
            shas = sorted(
                {
                    row[0]
                    for row in db.execute(
                        "SELECT sha256 FROM signed_minutes WHERE meeting_id = ? AND deleted = 0", [meeting_id]
                    )
                }
            )
            if not shas:
                raise self._refused("it marks meeting {number} signed without a signed protokół", number=number)
            if len(shas) > 1:
                raise self._refused("it brings two different signed protokoły for meeting {number}", number=number)
            claimed = file_digests.get(shas[0])
            if claimed is None:
                claimed = verify_pdf(self.store.get_file(shas[0])).state_digest
            if claimed and signed_state.before_strategy(claimed):
                # Signed before the strategy left the meeting: its digest also covered goals and
                # projects, which may have moved on since. It is checked while they have not; after,
                # it is taken as a protokół without a digest is (docs/security.md).
                holds = signed_state.holds(db, meeting_id, claimed)
                signed_state.record(
                    db, meeting_id, signed_state.state_digest(db, meeting_id), "pdf" if holds else "legacy"
                )
                continue
            if claimed and not signed_state.holds(db, meeting_id, claimed):
                raise self._refused(
                    "its records of meeting {number} are not the ones its signed protokół records", number=number
                )
            actual = claimed or signed_state.state_digest(db, meeting_id)
            signed_state.record(db, meeting_id, actual, "pdf" if claimed else "legacy")
        unsigned = db.execute(
            "SELECT meeting.id FROM signed_minutes JOIN meeting ON meeting.id = meeting_id "
            "WHERE signed_minutes.deleted = 0 AND meeting.status != ? LIMIT 1",
            [SIGNED],
        ).fetchone()
        if unsigned is not None:
            raise self._refused(
                "it brings a signed protokół for meeting {meeting_label}, which is not signed",
                meeting_label=meeting_label(db, unsigned[0]),
            )
        if any(self.changed.values()) or any(self.new_rows.values()):
            for meeting_id, digest in frozen.items():
                if not signed_state.holds(db, meeting_id, digest):
                    number = meeting_label(db, meeting_id)
                    raise self._refused("it would change meeting {number}, which is signed", number=number)

    def _refused(self, reason: str, **params: Any) -> PackageError:
        """Refusal of the package; `reason` is a message id, with its parameters."""
        return PackageError(
            "{file}: refused, {reason}; nothing was imported.", file=self.report.file, reason=Message(reason, **params)
        )

    # -- writing ------------------------------------------------------------------------------

    def write(self) -> None:
        """Through the storage's one write path for decided versions, which checks every row."""
        for cls in ENTITIES:
            rows = self.merged.get(cls.TABLE, {})
            new = [rows[i] for i in sorted(self.new_rows.get(cls.TABLE, set())) if i in rows]
            self.store.put_versions(cls, new, new=True)
            self.report.rows_added += len(new)
            updates = [(rows[i], cols) for i, cols in self.changed.get(cls.TABLE, {}).items() if cols]
            self.store.put_versions(cls, [row for row, _cols in updates], new=False)
            self.report.fields_changed += sum(len(cols) for _row, cols in updates)


def import_package(
    store: Store,
    package: Package,
    file_name: str = "",
    progress: Callable[[int, int], None] | None = None,
    accept_new_devices: str = "",
) -> ImportReport:
    """Merge a validated package into the store in one transaction; a failure changes nothing.
    A package from a device not accepted here is not imported (its report says so) unless
    `accept_new_devices` says how it is accepted now (devices.BY_PERSON or FIRST_SOURCE)."""
    device_id, device_name = package.device
    report = ImportReport(
        file_name or package.package_id,
        package.package_id,
        device_id,
        device_name,
        records=package.record_count,
        device_key=package.device_key,
    )
    if device_id == store.device_id:
        # This computer's own package (a shared folder holds it too), or one that claims to be:
        # nothing in it may overwrite this computer's edits. Passed over, and said.
        report.from_this_computer = True
        return report
    known = devices.accepted(store, device_id)
    if known is None and not accept_new_devices:
        report.new_device = True
        return report
    if known is not None and known.public_key is not None and package.device_key != known.public_key:
        why = Message("carries no signature") if package.device_key is None else Message("was signed by another key")
        raise PackageError(
            "{file}: refused, it claims to come from {known} ({device_id}), whose packages are signed, "
            "but it {why}; nothing was imported.",
            file=report.file,
            known=known.name,
            device_id=short_id(device_id),
            why=why,
        )
    if known is None:
        report.accepted_now = accept_new_devices
    merger = _Merger(store, package, report)
    total = len(ENTITIES) + 2
    try:
        _merge(store, package, merger, report, progress, total)
    except (ValidationError, StorageError) as exc:
        # Values the local schema rejects (a type, a missing reference): the transaction rolled back.
        raise PackageError(
            "{file}: refused, {problem} Nothing was imported.",
            file=report.file,
            problem=exc,
        ) from exc
    if progress:
        progress(total, total)
    return report


def _merge(
    store: Store,
    package: Package,
    merger: _Merger,
    report: ImportReport,
    progress: Callable[[int, int], None] | None,
    total: int,
) -> None:
    with store.transaction():
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        if report.accepted_now or package.device_key:
            devices.accept(store, report.device_id, report.device_name, package.device_key, report.accepted_now)
        for index, cls in enumerate(ENTITIES):
            merger.merge_table(cls)
            if progress:
                progress(index + 1, total)
        frozen = signed_state.recorded(store.db)
        local_before = {cls.TABLE: merger.local_rows(cls, merger.existing_touched(cls)) for cls in ENTITIES}
        merger.hold_for_signed_here(frozen, local_before)
        merger.adopt_signed_elsewhere(frozen, local_before)
        report.conflicts = [c for c in report.conflicts if (c.table, c.row_id) not in merger._held_rows]
        _edits_after_delete(merger, report)
        merger.write()
        _name_rows(store, report)
        file_digests = {}
        for digest, data in sorted(package.files.items()):
            if store.db.execute("SELECT 1 FROM stored_file WHERE sha256 = ?", [digest]).fetchone() is None:
                if _photo_named(store, digest):  # a flipchart photo: an image, nothing signed in it
                    found = images.check_photo(data, f"files/{digest}")
                    named_as = store.db.execute("SELECT DISTINCT media_type FROM swot_photo WHERE sha256 = ?", [digest])
                    if {row[0] for row in named_as} != {found}:
                        raise ValidationError(
                            "The photo {name} is not the kind of image its row says.", name=f"files/{digest}"
                        )
                    store.put_file(data)
                    report.files_added += 1
                    continue
                if not _signed_in_package(package, digest, merger):
                    continue  # only a held second protokół names it: kept with what was held
                # Only files new here are checked: re-imports stay quick.
                file_digests[digest] = _check_signed_pdf(data, f"files/{digest}.pdf")
                store.put_file(data)
                report.files_added += 1
        merger.check_signed(frozen, file_digests)
        missing = store.db.execute(
            "SELECT sha256 FROM swot_photo WHERE sha256 NOT IN (SELECT sha256 FROM stored_file) LIMIT 1"
        ).fetchone()
        if missing:  # (the commit would refuse it too, naming no file)
            raise StorageError("a flipchart photo's file files/{sha256} is not in the package", sha256=missing[0])
        _log(store, package, report)
        _log_held(store, package, report)
        _observe_clocks(store, package, report)


def _photo_named(store: Store, digest: str) -> bool:
    """Whether a swot_photo row names the file (and no signed protokół does)."""
    sql = "SELECT 1 FROM swot_photo WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM signed_minutes WHERE sha256 = ?)"
    return store.db.execute(sql, [digest, digest]).fetchone() is not None


def _signed_in_package(package: Package, digest: str, merger: _Merger) -> bool:
    """Whether a live signed_minutes row after the merge names the file (else it was held)."""
    held = {
        h.version.value.get("sha256")
        for h in merger.held
        if h.reason == SECOND_PROTOCOL and isinstance(h.version.value, dict)
    }
    named = merger.store.db.execute("SELECT 1 FROM signed_minutes WHERE sha256 = ? LIMIT 1", [digest]).fetchone()
    return named is not None or digest not in held


def _check_signed_pdf(content: bytes, member: str) -> str:
    """A stored file is a signed protokół: a PDF whose every signature is intact and covers what was
    signed (later, at most signatures into its empty fields). Trust is not asked here: a signer is
    judged where the minutes are verified, against that computer's trusted CAs. Raises inside the
    import's transaction: the package is refused whole. Returns the state digest it records."""
    digest = hashlib.sha256(content).hexdigest()
    if digest not in _HOLDING_PDFS:  # the same bytes verify the same: once a process (many packages carry them)
        if not content.startswith(b"%PDF-"):
            raise StorageError("{member} is not a PDF", member=member)
        try:
            report = verify_pdf(content)
        except CwdError:
            raise StorageError("{member} cannot be read as a PDF", member=member) from None
        if not report.signatures or not all(s.holds for s in report.signatures):
            raise StorageError("{member} is not a signed protokół whose signatures hold", member=member)
        if len(_HOLDING_PDFS) >= 256:
            _HOLDING_PDFS.pop(next(iter(_HOLDING_PDFS)))
        _HOLDING_PDFS[digest] = report.state_digest
    return _HOLDING_PDFS[digest]


_HOLDING_PDFS: dict[str, str] = {}  # sha256 -> the state digest, of PDFs whose signatures held


def _edits_after_delete(merger: _Merger, report: ImportReport) -> None:
    for table, rows in merger.changed.items():
        for row_id, cols in rows.items():
            values, clocks = merger.merged[table][row_id]
            if not values.get("deleted"):
                continue
            deleted_at = clocks["deleted"][0]
            late = [c for c in cols if c != "deleted" and clocks[c][0] > deleted_at]
            if late:
                report.edited_after_delete.append((table, row_id, clocks[late[0]][1]))


def _name_rows(store: Store, report: ImportReport) -> None:
    """How the report names the rows and devices it speaks of, as they are after the merge."""
    rows = {(c.table, c.row_id) for c in report.conflicts}
    rows |= {(table, row_id) for table, row_id, _device in report.edited_after_delete}
    rows |= {("meeting", h.meeting_id) for h in report.held}
    report.names.update({f"{table}:{row_id}": row_label(store.db, table, row_id) for table, row_id in rows})
    # Only the devices it names: a folder of a thousand packages keeps a thousand reports.
    named = {device for c in report.conflicts for device in (c.kept.device, c.lost.device)}
    named |= {device for _table, _row, device in report.edited_after_delete}
    if named:
        names = device_names(store)
        report.names.update({f"device:{d}": names[d] for d in named if names.get(d)})


def _log(store: Store, package: Package, report: ImportReport) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO sync_conflict (id, detected_at, package_id, tbl, row_id, col, kept_value, kept_hlc, "
        "kept_device, lost_value, lost_hlc, lost_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                new_id(),
                now,
                package.package_id,
                c.table,
                c.row_id,
                c.column,
                json.dumps(c.kept.value),
                c.kept.hlc,
                c.kept.device,
                json.dumps(c.lost.value),
                c.lost.hlc,
                c.lost.device,
            )
            for c in report.conflicts
        ],
    )
    store.db.execute(
        "INSERT INTO sync_import (package_id, sha256, file_name, device_id, device_name, imported_at, report) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(package_id) DO UPDATE SET imported_at = excluded.imported_at, "
        "sha256 = excluded.sha256, file_name = excluded.file_name",
        [
            package.package_id,
            package.sha256,
            report.file,
            report.device_id,
            report.device_name,
            now,
            "\n".join(report.lines()),
        ],
    )
    store.db.execute(
        "INSERT INTO sync_device (device_id, name, last_package_at) VALUES (?, ?, ?) ON CONFLICT(device_id) "
        "DO UPDATE SET name = excluded.name, last_package_at = excluded.last_package_at",
        [report.device_id, report.device_name, package.manifest.get("created_at", now)],
    )


def _log_held(store: Store, package: Package, report: ImportReport) -> None:
    """Keep what was held aside, for the coordinator to see (with a second protokół's bytes)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = []
    for h in report.held:
        value = h.version.value
        file = None
        if h.reason == SECOND_PROTOCOL and isinstance(value, dict):
            file = package.files.get(str(value.get("sha256")))
        rows.append(
            (
                new_id(),
                now,
                package.package_id,
                h.meeting_id,
                h.reason,
                h.table,
                h.row_id,
                h.column,
                json.dumps(value, ensure_ascii=False),
                h.version.hlc,
                h.version.device,
                file,
            )
        )
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO held_change (id, detected_at, package_id, meeting_id, reason, tbl, row_id, col, "
        "value, hlc, device, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _observe_clocks(store: Store, package: Package, report: ImportReport) -> None:
    """Advance the local clock past what was seen, but not into a suspicious future."""
    limit = format_hlc((wall_ms() + FUTURE_TOLERANCE_MS) << COUNTER_BITS)  # fixed-width hex: text order
    newest, future = "0" * len(limit), dict[str, str]()
    for rows in package.rows.values():
        for fields in rows.values():
            for version in fields.values():
                if version.hlc > limit:
                    future[version.device] = max(future.get(version.device, ""), version.hlc)
                elif version.hlc > newest:
                    newest = version.hlc
    for device, value in sorted(future.items()):
        when = dt.datetime.fromtimestamp(hlc_wall_ms(parse_hlc(value)) / 1000, dt.UTC).isoformat(timespec="minutes")
        report.clock_anomalies.append(
            tr(
                "device {device} wrote with a clock set to {when}, far in the future; its edits win until then",
                device=short_id(device),
                when=when,
            )
        )
    store.clock.observe(parse_hlc(newest))
    set_meta(store.db, "hlc", format_hlc(store.clock.last))
