"""The one way to read and write entities: each call is one transaction that writes the row
and the versions of the fields it changed, and refuses writes to a signed meeting."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import json
import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from cwd_desktop.domain import ENTITIES, Partnership, StrategyChange
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.domain.entity import Entity, field_types, per_class
from cwd_desktop.domain.goals import STRATEGY
from cwd_desktop.domain.meeting import Meeting, check_transition
from cwd_desktop.errors import NotFoundError, ReadOnlyError, StorageError, ValidationError
from cwd_desktop.messages import tr
from cwd_desktop.storage import signed_state
from cwd_desktop.storage.backups import damaged_message
from cwd_desktop.storage.clean_close import closed_cleanly, note_clean_close
from cwd_desktop.storage.codec import columns, from_row, to_row
from cwd_desktop.storage.database import Database, open_database, translate_sqlite_errors
from cwd_desktop.storage.device import ensure_device, get_meta, set_meta
from cwd_desktop.storage.hlc import HybridLogicalClock, format_hlc
from cwd_desktop.storage.ids import new_id
from cwd_desktop.storage.sqlite_file import copy_database

log = logging.getLogger(__name__)

E = TypeVar("E", bound=Entity)
TABLES = {cls.TABLE: cls for cls in ENTITIES}


class Store:
    """An open database with its device id and clock. Not shared between threads."""

    def __init__(self, db: Database, path: Path, device_id: str) -> None:
        self.db = db
        self.path = path
        self.device_id = device_id
        self.clock = HybridLogicalClock(int(get_meta(db, "hlc") or "0", 16))
        self.writes = 0  # write transactions committed since opening (for backups)
        self.writes_at_backup = 0
        self._identity = _identity(path)
        # The meeting whose workspace the user edits in (the GUI sets it as a window becomes
        # active): a change to the strategy made there names it in its history.
        self.meeting_context: str | None = None

    def close(self) -> None:
        self.db.close()
        if self._identity is not None and _identity(self.path) == self._identity:
            note_clean_close(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def device_name(self) -> str:
        return get_meta(self.db, "device_name") or ""

    @staticmethod
    def new_id() -> str:
        """An id for a row about to be added (when other new rows must refer to it first)."""
        return new_id()

    # -- transactions -------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group several writes into one commit (nested calls join the outer one)."""
        outermost = not self.db.conn.in_transaction
        if outermost and _identity(self.path) != self._identity:
            # Writing now would go to a file that is no longer there (or to another one).
            raise StorageError(
                "The database file {path} was moved, replaced or deleted while open; nothing was written. "
                "Save a copy of what is open, or open the file again.",
                path=self.path,
            )
        with translate_sqlite_errors(self.path), self.db.atomic():
            yield self
        if outermost:
            self.writes += 1

    def save_copy(self, target: Path) -> None:
        """Write everything this connection sees to a new file (e.g. after the original vanished)."""
        copy_database(self.db.conn, target)

    def stamp(self) -> list[str]:
        """A new field version, persisted with the write so the clock survives restarts."""
        value = format_hlc(self.clock.tick())
        set_meta(self.db, "hlc", value)
        return [value, self.device_id]

    # -- reads --------------------------------------------------------------------------

    def get(self, cls: type[E], row_id: str) -> E:
        row = self.db.execute(f"SELECT {', '.join(columns(cls))} FROM {cls.TABLE} WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise NotFoundError("There is no {what} with the id {row_id}.", what=_what(cls), row_id=row_id)
        return from_row(cls, dict(zip(columns(cls), row, strict=True)))

    def find(
        self, cls: type[E], *, include_deleted: bool = False, order_by: str | None = None, **where: Any
    ) -> list[E]:
        """Rows of `cls` whose columns equal the given values, tombstones left out by default."""
        names = columns(cls)
        for key in [*where, *([order_by] if order_by else [])]:
            if key not in names:
                raise ValueError(f"{cls.__name__} has no column {key}")
        clauses = [f"{key} IS ?" for key in where]
        if not include_deleted:
            clauses.append("deleted = 0")
        sql = f"SELECT {', '.join(names)} FROM {cls.TABLE}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        order = order_by or "rowid"
        if order_by and field_types(cls)[order_by][0] is str:
            order += " COLLATE pl"  # names in Polish alphabetical order (storage/database.py)
        sql += f" ORDER BY {order}, rowid"
        params = [value.value if hasattr(value, "value") else value for value in where.values()]
        return [from_row(cls, dict(zip(names, row, strict=True))) for row in self.db.execute(sql, params)]

    def find_in(self, cls: type[E], column: str, values: Iterable[str], *, order_by: str | None = None) -> list[E]:
        """Live rows of `cls` whose `column` is one of `values` (one query per 500 values, not one
        per value), ordered by `order_by` then as stored."""
        names = columns(cls)
        if column not in names or (order_by and order_by not in names):
            raise ValueError(f"{cls.__name__} has no column {column} or {order_by}")
        wanted = list(dict.fromkeys(values))
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = (
                f"SELECT {', '.join(names)}, rowid FROM {cls.TABLE} WHERE deleted = 0 "
                f"AND {column} IN ({', '.join('?' * len(chunk))})"
            )
            found += self.db.execute(sql, chunk).fetchall()
        position = names.index(order_by) if order_by else len(names)
        found.sort(key=lambda row: (row[position] is None, row[position], row[-1]))
        return [from_row(cls, dict(zip(names, row[:-1], strict=True))) for row in found]

    def next_position(self, cls: type[Entity], **where: Any) -> int:
        """The position after every row of `cls` with these column values, deleted and merged ones
        too, so that undoing a delete never puts two rows in one place. One max() over an index
        where the table has one: the same cost for 10 rows or 10,000."""
        names = columns(cls)
        if "position" not in names or any(key not in names for key in where):
            raise ValueError(f"{cls.__name__} has no position or no column among {list(where)}")
        clauses = " AND ".join(f"{key} IS ?" for key in where) or "1"
        params = [value.value if hasattr(value, "value") else value for value in where.values()]
        row = self.db.execute(f"SELECT max(position) FROM {cls.TABLE} WHERE {clauses}", params).fetchone()
        return (row[0] or 0) + 1

    def field_clocks(self, cls: type[Entity], row_id: str) -> dict[str, list[str]]:
        row = self.db.execute(f"SELECT clocks FROM {cls.TABLE} WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise NotFoundError("There is no {what} with the id {row_id}.", what=_what(cls), row_id=row_id)
        clocks: dict[str, list[str]] = json.loads(row[0])
        return clocks

    def get_file(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT data FROM stored_file WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise NotFoundError("The stored file {sha256}… is missing from the database.", sha256=sha256[:12])
        data: bytes = row[0]
        return data

    # -- writes -------------------------------------------------------------------------

    def put_file(self, data: bytes) -> str:
        """Keep a file (a signed PDF) by its SHA-256; storing the same bytes twice keeps one copy."""
        import hashlib  # OpenSSL loads only when a file is stored: it is not needed to start

        digest = hashlib.sha256(data).hexdigest()
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO stored_file (sha256, size, data) VALUES (?, ?, ?)", [digest, len(data), data]
            )
        return digest

    def add(self, entity: E) -> E:
        return self.add_many([entity])[0]

    def add_many(self, entities: Iterable[E]) -> list[E]:
        """Insert new rows in one transaction; they share one version (one write, one instant)."""
        entities = list(entities)
        if not entities:
            return []
        added: list[E] = []
        with self.transaction():
            # Checked at commit, so a batch may hold rows that refer to each other in any order.
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            stamp = self.stamp()
            checked: set[tuple[type, str]] = set()
            by_class: dict[type[Entity], list[tuple[Any, ...]]] = {}
            for entity in entities:
                if not entity.id:
                    # A shallow copy, not dataclasses.replace: the entity is already validated.
                    entity = copy.copy(entity)
                    entity.id = new_id()
                kind: type[Entity] = type(entity)
                row = to_row(entity)
                if kind.PARENT and (kind, row[kind.PARENT[0]]) not in checked:
                    self._refuse_if_signed(self._owning_meeting(kind, row))
                    checked.add((kind, row[kind.PARENT[0]]))
                by_class.setdefault(kind, []).append(tuple(row.values()))
                added.append(entity)
            for cls, rows in by_class.items():
                names = columns(cls)
                clocks = json.dumps(dict.fromkeys(names[1:], stamp))
                self.db.conn.executemany(_insert_sql(cls), [(*row, clocks) for row in rows])
                self._check_tree(cls, [row[0] for row in rows])
                if cls in STRATEGY:
                    for inserted in rows:
                        values = dict(zip(names, inserted, strict=True))
                        label = next((values[k] for k in ("title", "name", "value") if k in values), None)
                        self._note_changes(cls, values, [("*", None, label)], stamp)
        return added

    def update(self, cls: type[E], row_id: str, **changes: Any) -> E:
        """Change some fields of one row; only the fields whose value changes get a new version."""
        if "id" in changes:
            raise ValidationError("A row's id never changes.")
        with self.transaction():
            current = self.get(cls, row_id)
            updated = dataclasses.replace(current, **changes)
            if isinstance(current, Meeting) and isinstance(updated, Meeting):
                if current.status is MeetingStatus.SIGNED:
                    raise ReadOnlyError(_signed_message(current))
                check_transition(current.status, updated.status)
                if updated.status is MeetingStatus.SIGNED:
                    self._record_signing(current)
            elif cls.PARENT:
                old_row = to_row(current)
                self._refuse_if_signed(self._owning_meeting(cls, old_row))
            old_row, new_row = to_row(current), to_row(updated)
            if cls.PARENT and new_row[cls.PARENT[0]] != old_row[cls.PARENT[0]]:
                self._refuse_if_signed(self._owning_meeting(cls, new_row))
            changed = {k: v for k, v in new_row.items() if v != old_row[k]}
            if not changed:
                return updated
            clocks = self.field_clocks(cls, row_id)
            stamp = self.stamp()
            # Each new version names the version it replaced (its base), so that sync can tell an
            # edit made on top of another device's value from a concurrent one.
            for name in changed:
                clocks[name] = [*stamp, *clocks[name][:2]]
            assignments = ", ".join(f"{name} = ?" for name in changed)
            self.db.execute(
                f"UPDATE {cls.TABLE} SET {assignments}, clocks = ? WHERE id = ?",
                [*changed.values(), json.dumps(clocks), row_id],
            )
            if cls in STRATEGY:
                self._note_changes(cls, new_row, [(n, old_row[n], v) for n, v in changed.items()], stamp)
            if cls.TREE in changed:
                self._check_tree(cls, [row_id])
        return updated

    def update_many(self, changes: Mapping[type[Entity], Mapping[str, Mapping[str, Any]]]) -> list[Entity]:
        """Change fields of rows of several kinds ({kind: {row id: {field: value}}}) in one
        transaction, all or none; deletions and restorations last, so a merge moves references
        before it deletes. The rows as written are returned."""
        steps = [(cls, row_id, fields) for cls, rows in changes.items() for row_id, fields in rows.items()]
        steps.sort(key=lambda step: "deleted" in step[2])
        with self.transaction():
            return [self.update(cls, row_id, **fields) for cls, row_id, fields in steps]

    def put_versions(
        self, cls: type[Entity], rows: Sequence[tuple[Mapping[str, Any], Mapping[str, list[str]]]], *, new: bool
    ) -> None:
        """Write rows whose field versions were decided elsewhere (a sync merge): each row's stored
        values with its field clocks, in one statement, inside the caller's transaction. `new`:
        insert them, else replace the rows of the same ids. Every row is first checked by the
        domain's rules, as a local edit is (ValidationError names the row). The lock on signed
        meetings is sync's own rule there (a version made after the signing loses), not checked here."""
        if not rows:
            return
        names = columns(cls)
        encoded = []
        for values, clocks in rows:
            row = [values[name] for name in names]
            _check_stored(cls, dict(zip(names, row, strict=True)))
            row.append(_encode_clocks(dict(clocks.items())))
            encoded.append(row)
        if new:
            sql = _insert_sql(cls)
        else:
            encoded = [[*row[1:], row[0]] for row in encoded]
            sql = f"UPDATE {cls.TABLE} SET {', '.join(f'{n} = ?' for n in names[1:])}, clocks = ? WHERE id = ?"
        with self.transaction():
            self.db.conn.executemany(sql, encoded)
            self._check_tree(cls, [str(values["id"]) for values, _clocks in rows])

    def delete(self, cls: type[E], row_id: str) -> E:
        """Mark a row deleted (a tombstone that syncs like any field); nothing is erased."""
        return self.update(cls, row_id, deleted=True)

    def restore(self, cls: type[E], row_id: str) -> E:
        return self.update(cls, row_id, deleted=False)

    def _check_tree(self, cls: type[Entity], row_ids: list[str]) -> None:
        """Inside the writing transaction: the rows' TREE links lead up without a loop, each to a
        row of the same parent (a goal under a goal of the same meeting). ValidationError otherwise."""
        if cls.TREE is None or cls.PARENT is None:
            return
        link, owner = cls.TREE, cls.PARENT[0]
        query = f"SELECT {link}, {owner} FROM {cls.TABLE} WHERE id = ?"
        for row_id in row_ids:
            seen = {row_id}
            above, home = self.db.execute(query, [row_id]).fetchone()
            while above is not None:
                if above in seen:
                    raise ValidationError(
                        "The {what} {row_id} would be below itself (a loop).", what=_what(cls), row_id=row_id[:13]
                    )
                seen.add(above)
                found = self.db.execute(query, [above]).fetchone()
                if found is None:
                    break  # a missing row: the foreign key names it, at commit
                if found[1] != home:
                    raise ValidationError(
                        "The {what} {row_id} is below one of another {owner}.",
                        what=_what(cls),
                        row_id=row_id[:13],
                        owner=owner[:-3],
                    )
                above = found[0]

    # -- the strategy's history ---------------------------------------------------------

    def _note_changes(
        self, cls: type[Entity], row: Mapping[str, Any], changes: list[tuple[str, Any, Any]], stamp: list[str]
    ) -> None:
        """Keep each change to a row of the strategy (StrategyChange), in the write's transaction."""
        partnership_id = self._partnership_of(cls, dict(row))
        if partnership_id is None:
            return
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        names = columns(StrategyChange)
        clocks = json.dumps(dict.fromkeys(names[1:], stamp))
        records = [
            StrategyChange(
                id=new_id(),
                partnership_id=partnership_id,
                table_name=cls.TABLE,
                row_id=str(row["id"]),
                column=column,
                old=json.dumps(old, ensure_ascii=False, default=str),
                new=json.dumps(new, ensure_ascii=False, default=str),
                changed_at=when,
                device_id=self.device_id,
                meeting_id=self.meeting_context,
            )
            for column, old, new in changes
        ]
        self.db.conn.executemany(
            _insert_sql(StrategyChange), [(*to_row(record).values(), clocks) for record in records]
        )

    def _partnership_of(self, cls: type[Entity], row: dict[str, Any]) -> str | None:
        """The partnership a row of the strategy belongs to, following PARENT links upwards."""
        while cls.PARENT:
            column, parent = cls.PARENT
            ref = row[column]
            if parent is Partnership:
                return str(ref)
            if parent.PARENT is None:
                return None
            link = parent.PARENT[0]
            found = self.db.execute(f"SELECT {link} FROM {parent.TABLE} WHERE id = ?", [ref]).fetchone()
            if found is None:
                return None
            cls, row = parent, {link: found[0]}
        return None

    # -- the lock on signed meetings ----------------------------------------------------

    def _owning_meeting(self, cls: type[Entity], row: dict[str, Any]) -> str | None:
        """The id of the meeting a row belongs to, following PARENT links upwards."""
        while cls.PARENT:
            column, parent = cls.PARENT
            ref: str = row[column]
            if parent is Meeting:
                return ref
            if parent.PARENT is None:  # a chain that does not lead to a meeting
                return None
            link = parent.PARENT[0]
            found = self.db.execute(f"SELECT {link} FROM {parent.TABLE} WHERE id = ?", [ref]).fetchone()
            if found is None:
                raise ValidationError(
                    "The {what} refers to a {what2} that does not exist.", what=_what(cls), what2=_what(parent)
                )
            cls, row = parent, {link: found[0]}
        return None

    def _record_signing(self, meeting: Meeting) -> None:
        """A meeting becomes signed only with its signed protokół stored (services.minutes signs
        both in one transaction), and this computer notes what it recorded then."""
        if (
            self.db.execute(
                "SELECT 1 FROM signed_minutes WHERE meeting_id = ? AND deleted = 0", [meeting.id]
            ).fetchone()
            is None
        ):
            raise ValidationError(
                "Meeting {display_number} becomes signed only by signing its minutes.",
                display_number=meeting.display_number,
            )
        signed_state.record(self.db, meeting.id, signed_state.state_digest(self.db, meeting.id), "pdf")

    def _refuse_if_signed(self, meeting_id: str | None) -> None:
        if meeting_id is None:
            return
        found = self.db.execute("SELECT status, number, revision FROM meeting WHERE id = ?", [meeting_id]).fetchone()
        if found is None:
            raise ValidationError("The row refers to a meeting that does not exist.")
        if found[0] == MeetingStatus.SIGNED.value:
            raise ReadOnlyError(_signed_message(Meeting(partnership_id="-", number=found[1], revision=found[2])))


@per_class
def _insert_sql(cls: type[Entity]) -> str:
    names = columns(cls)
    return f"INSERT INTO {cls.TABLE} ({', '.join(names)}, clocks) VALUES ({', '.join('?' * len(names))}, ?)"


_encode_clocks = json.JSONEncoder(check_circular=False).encode  # json.dumps, without its set-up per call


def _check_stored(cls: type[Entity], row: dict[str, Any]) -> None:
    """Raise ValidationError unless the stored values make a valid entity."""
    try:
        for name in _list_columns(cls):
            if isinstance(row[name], str):
                row[name] = json.loads(row[name])
        cls(**row)
    except ValidationError as exc:
        raise ValidationError(
            "The {what} {row_id}: {problem}", what=_what(cls), row_id=str(row.get("id"))[:13], problem=exc
        ) from None
    except (TypeError, ValueError):
        raise ValidationError(
            "The {what} {row_id} has values of the wrong kind.", what=_what(cls), row_id=str(row.get("id"))[:13]
        ) from None


@per_class
def _list_columns(cls: type[Entity]) -> frozenset[str]:
    return frozenset(name for name, (base, _optional) in field_types(cls).items() if base is list)


def _signed_message(meeting: Meeting) -> str:
    return tr(
        "Meeting {display_number} is signed and can no longer be changed; reopen it as a new revision to make changes.",
        display_number=meeting.display_number,
    )


def _what(cls: type[Entity]) -> str:
    return cls.TABLE.replace("_", " ")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def open_store(path: str | Path, create: bool = True, checked: bool = False) -> Store:
    """Open the database at `path` (created if missing, unless `create` is false), ready for reads
    and writes. A damaged file is refused (StorageError naming the newest sound backup, if any);
    `checked`: the caller has just run `backups.damage()` on it, which reads the whole file too.
    A file left unchanged since its last clean close is not read again (see clean_close.py)."""
    path = Path(path)
    if not create and not path.exists():
        raise StorageError("The database file {path} no longer exists (moved or deleted?).", path=path)
    checked = checked or closed_cleanly(path)  # before opening: an open connection makes a WAL file
    db = open_database(path)
    try:
        with translate_sqlite_errors(path):
            if not checked and db.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise StorageError(damaged_message(path))
            device_id = ensure_device(db, path)
    except BaseException:
        db.close()
        raise
    log.info("opened %s (device %s)", path, device_id)
    return Store(db, path, device_id)
