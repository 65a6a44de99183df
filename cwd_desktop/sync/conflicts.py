"""What a coordinator does after imports: review conflicts and take the other value, restore a row
edited after its deletion (each a new edit that later packages carry), and see the changes to
signed meetings that were kept aside, not applied. Duplicates are `duplicates`'."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cwd_desktop.domain import ENTITIES, Meeting
from cwd_desktop.domain.entity import Entity, field_types
from cwd_desktop.errors import NotFoundError
from cwd_desktop.messages import tr
from cwd_desktop.storage import Store

TABLES = {cls.TABLE: cls for cls in ENTITIES}

# Why a change to a signed meeting was kept aside (held_change.reason):
SIGNED_HERE = "signed-here"  # it arrived for a meeting signed here
SECOND_PROTOCOL = "second-protocol"  # a second, different signed protokół for a meeting signed here
SIGNED_ELSEWHERE = "signed-elsewhere"  # made here to a meeting that a package brought signed without it


@dataclass(frozen=True)
class LoggedConflict:
    id: str
    detected_at: str
    table: str
    row_id: str
    column: str
    kept_value: Any
    kept_device: str
    kept_hlc: str
    lost_value: Any
    lost_device: str
    lost_hlc: str
    resolved: bool


def conflicts(store: Store, include_resolved: bool = False) -> list[LoggedConflict]:
    sql = (
        "SELECT id, detected_at, tbl, row_id, col, kept_value, kept_device, kept_hlc, lost_value, lost_device, "
        "lost_hlc, resolved FROM sync_conflict"
    )
    if not include_resolved:
        sql += " WHERE resolved = 0"
    sql += " ORDER BY detected_at, tbl, row_id, col"
    return [
        LoggedConflict(
            r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7], json.loads(r[8]), r[9], r[10], bool(r[11])
        )
        for r in store.db.execute(sql)
    ]


@dataclass(frozen=True)
class HeldChange:
    """A change to a signed meeting kept aside by an import. `column` "*": a whole row."""

    id: str
    detected_at: str
    meeting: str  # its number, as the minutes write it
    reason: str
    table: str
    row_id: str
    column: str
    value: Any
    device: str
    file: bytes | None  # a second signed protokół's PDF


def held_changes(store: Store) -> list[HeldChange]:
    return [
        HeldChange(r[0], r[1], meeting_label(store.db, r[2]), r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9])
        for r in store.db.execute(
            "SELECT id, detected_at, meeting_id, reason, tbl, row_id, col, value, device, file FROM held_change "
            "ORDER BY detected_at, meeting_id, tbl, row_id, col"
        )
    ]


def meeting_label(db: Any, meeting_id: str) -> str:
    """A meeting's number as the minutes write it, e.g. "3/2026, wersja 2"."""
    found = db.execute("SELECT number, revision FROM meeting WHERE id = ?", [meeting_id]).fetchone()
    if found is None:
        return meeting_id[-12:]
    return Meeting(partnership_id="-", number=found[0], revision=found[1]).display_number


# The column that names a row of each table to a person (else the table's name and the id's tail).
_NAMING = {
    "partnership": "name",
    "member": "name",
    "person": "full_name",
    "meeting": "title",
    "agenda_item": "title",
    "swot_item": "text",
    "tows_strategy": "text",
    "goal": "title",
    "indicator": "name",
    "key_project": "title",
    "planned_action": "title",
    "decision": "motion",
    "action_item": "what",
    "consultation_remark": "text",
}


def row_label(db: Any, table: str, row_id: str) -> str:
    """A row as a person knows it: "spotkanie 3/2026: Diagnoza obszaru", "element SWOT: Góry"."""
    what = tr(table.replace("_", " "))
    if table == "meeting":
        found = db.execute(
            "SELECT m.title, p.name FROM meeting m LEFT JOIN partnership p ON p.id = m.partnership_id WHERE m.id = ?",
            [row_id],
        ).fetchone()
        title = f": {found[0]}" if found and found[0] else ""
        where = f" ({found[1]})" if found and found[1] else ""
        return f"{what} {meeting_label(db, row_id)}{where}{title}"
    column = _NAMING.get(table)
    found = db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [row_id]).fetchone() if column else None
    if found is None or not str(found[0]).strip():
        return f"{what} {row_id[-12:]}"
    text = " ".join(str(found[0]).split())
    return f"{what}: {text if len(text) <= 60 else text[:59] + '…'}"


def device_names(store: Store) -> dict[str, str]:
    names = {row[0]: row[1] for row in store.db.execute("SELECT device_id, name FROM sync_device")}
    names[store.device_id] = store.device_name
    return names


def _domain_value(cls: type[Entity], column: str, stored: Any) -> Any:
    base, _optional = field_types(cls)[column]
    return json.loads(stored) if base is list and isinstance(stored, str) else stored


def take_lost_value(store: Store, conflict_id: str) -> Entity:
    """Make the losing value current again, as a new edit; the conflict is marked resolved."""
    found = [c for c in conflicts(store, include_resolved=True) if c.id == conflict_id]
    if not found:
        raise NotFoundError("There is no conflict {conflict_id}.", conflict_id=conflict_id)
    conflict = found[0]
    cls = TABLES[conflict.table]
    with store.transaction():
        updated = store.update(
            cls, conflict.row_id, **{conflict.column: _domain_value(cls, conflict.column, conflict.lost_value)}
        )
        store.db.execute("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", [conflict_id])
    return updated


def dismiss(store: Store, conflict_id: str) -> None:
    """Keep the current value; the conflict stays in the log, marked resolved."""
    with store.transaction():
        store.db.execute("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", [conflict_id])
