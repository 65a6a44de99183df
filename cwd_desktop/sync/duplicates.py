"""Likely duplicates among partnerships, members, people and meetings (the same thing entered on two
laptops), and merging two of them into one.

Names are compared as a person would: case, diacritics, spaces and punctuation aside, without the
"Gmina"/"Powiat" prefix, and a person's name in either order. A meeting is a duplicate of another
of its partnership with the same number (and revision), or the same date and title.

A merge points every live reference to the other row at the kept one, then deletes the other: all
ordinary edits, so the packages that carry them make every laptop converge on the merge, and an
undo is the reverse edits (`merge_plan` gives them before anything is written). A row added on a
laptop that had not yet received the merge still refers to the deleted one: it is listed again
(kept row, deleted row, "still referred to"), and merging that pair moves it too."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cwd_desktop.domain import ENTITIES, Meeting, Member, Partnership, Person
from cwd_desktop.domain.entity import Entity
from cwd_desktop.errors import NotFoundError, ValidationError
from cwd_desktop.messages import Message, tr
from cwd_desktop.storage import Store
from cwd_desktop.storage.codec import columns
from cwd_desktop.sync.conflicts import device_names, meeting_label

KINDS: dict[str, type[Entity]] = {
    "partnership": Partnership,
    "member": Member,
    "person": Person,
    "meeting": Meeting,
}

_PREFIXES = re.compile(r"^(gmina|gm|powiat|pow)\b\.?\s*")


def normalised(name: str) -> str:
    """ "Gmina  Rajcza" and "rajcza", "Żywiec" and "zywiec": one key."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ł", "l"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return _PREFIXES.sub("", text)


@dataclass(frozen=True)
class Duplicate:
    kind: str  # a key of KINDS
    keep_id: str  # the one entered first
    other_id: str
    keep_label: str
    other_label: str
    reason: str  # worded

    def line(self) -> str:
        return tr(
            "{kind}: {keep} and {other} ({reason})",
            kind=Message(self.kind),
            keep=self.keep_label,
            other=self.other_label,
            reason=self.reason,
        )


def find(store: Store) -> list[Duplicate]:
    """Every likely duplicate pair, each later entry paired with the first of its kind; and rows
    a merge deleted that live rows still refer to (added on a laptop that had not yet received the
    merge), paired with the row they were merged into, so that one more merge moves them too."""
    partnerships = {p.id: p.name for p in store.find(Partnership, include_deleted=True)}
    devices = device_names(store)

    def where(partnership_id: str) -> str:
        return partnerships.get(partnership_id, "")

    def meeting(m: Meeting) -> str:
        return f"{meeting_label(store.db, m.id)} ({where(m.partnership_id)})"

    def entered(label: str, row: Entity) -> Callable[[], str]:
        """Two rows of the same name told apart by the device that entered each (read only for
        the rows that pair up)."""
        return lambda: f"{label} [{devices.get(_entered_on(store, row), '?')}]"

    keys: dict[str, list[tuple[Entity, tuple[Any, ...], Callable[[], str]]]] = {
        "partnership": [
            (p, (normalised(p.name),), entered(p.name, p)) for p in _rows(store, Partnership) if p.name.strip()
        ],
        "member": [
            (m, (m.partnership_id, normalised(m.name)), entered(f"{m.name} ({where(m.partnership_id)})", m))
            for m in _rows(store, Member)
            if m.name.strip()
        ],
        "person": [
            (p, (p.partnership_id, " ".join(sorted(normalised(p.full_name).split()))), entered(p.full_name, p))
            for p in _rows(store, Person)
            if p.full_name.strip()
        ],
        "meeting": [
            (m, (m.partnership_id, normalised(m.number), m.revision), entered(meeting(m), m))
            for m in _rows(store, Meeting)
            if m.number.strip()
        ],
    }
    found: list[Duplicate] = []
    for kind, rows in keys.items():
        same = Message("the same number") if kind == "meeting" else Message("the same name")
        found += _pairs(kind, rows, same)
        found += _left_behind(store, kind, rows)
    paired = {(d.keep_id, d.other_id) for d in found}
    by_date = [
        (m, (m.partnership_id, m.date.isoformat(), normalised(m.title)), entered(meeting(m), m))
        for m in _rows(store, Meeting)
        if m.date is not None and m.title.strip()
    ]
    found += [
        d
        for d in _pairs("meeting", by_date, Message("the same date and title"))
        if (d.keep_id, d.other_id) not in paired
    ]
    return found


def _entered_on(store: Store, row: Entity) -> str:
    """The device whose clock is on the row's oldest field version: the one that entered it."""
    clocks = store.field_clocks(type(row), row.id)
    return min(clocks.values(), key=lambda version: version[0])[1] if clocks else ""


def _rows(store: Store, cls: type[Entity]) -> list[Any]:
    return store.find(cls, include_deleted=True, order_by="id")


def _pairs(
    kind: str, rows: list[tuple[Entity, tuple[Any, ...], Callable[[], str]]], reason: Message
) -> list[Duplicate]:
    first: dict[tuple[Any, ...], tuple[str, Callable[[], str]]] = {}
    pairs = []
    for row, key, label in rows:
        if getattr(row, "deleted", False):
            continue
        if key in first:
            keep_id, keep_label = first[key]
            pairs.append(Duplicate(kind, keep_id, row.id, keep_label(), label(), str(reason)))
        else:
            first[key] = (row.id, label)
    return pairs


def _left_behind(
    store: Store, kind: str, rows: list[tuple[Entity, tuple[Any, ...], Callable[[], str]]]
) -> list[Duplicate]:
    live: dict[tuple[Any, ...], tuple[str, Callable[[], str]]] = {}
    for row, key, label in rows:
        if not getattr(row, "deleted", False):
            live.setdefault(key, (row.id, label))
    pairs = []
    for row, key, label in rows:
        if getattr(row, "deleted", False) and key in live and _referred_to(store, KINDS[kind], row.id):
            keep_id, keep_label = live[key]
            pairs.append(
                Duplicate(kind, keep_id, row.id, keep_label(), label(), str(Message("deleted, still referred to")))
            )
    return pairs


def _referred_to(store: Store, cls: type[Entity], row_id: str) -> bool:
    for referring in ENTITIES:
        for column in _references(store, referring, cls):
            found = store.db.execute(
                f"SELECT 1 FROM {referring.TABLE} WHERE {column} = ? AND deleted = 0 LIMIT 1", [row_id]
            ).fetchone()
            if found:
                return True
    return False


def report_lines(store: Store) -> list[str]:
    """What an import report says of the likely duplicates after it: their number, then each."""
    found = find(store)
    if not found:
        return []
    return [
        tr("Likely duplicates (Tools → Conflicts and duplicates, or `cwd-desktop merge`): {count}", count=len(found)),
        *(f"  {d.line()}" for d in found),
    ]


Plan = dict[type[Entity], dict[str, dict[str, Any]]]


def merge_plan(store: Store, kind: str, keep_id: str, other_id: str) -> Plan:
    """The edits that merge `other_id` into `keep_id`: every live reference to the other moved to
    the kept row, then the other deleted. Refused (ValidationError) when the two cannot be one."""
    cls = KINDS.get(kind)
    if cls is None:
        raise ValidationError("One can merge partnerships, members, people or meetings, not '{kind}'.", kind=kind)
    if keep_id == other_id:
        raise ValidationError("A row cannot be merged with itself.")
    keep, other = _live(store, cls, keep_id), store.get(cls, other_id)  # the other may be a merge's leftover
    owner = "id" if cls is Partnership else "partnership_id"
    if cls is not Partnership and getattr(keep, owner) != getattr(other, owner):
        raise ValidationError("Only rows of the same partnership can be merged; merge the partnerships first.")
    plan: Plan = {}
    for referring in ENTITIES:
        for column in _references(store, referring, cls):
            where: dict[str, Any] = {column: other_id}
            for row in store.find(referring, **where):
                plan.setdefault(referring, {}).setdefault(row.id, {})[column] = keep_id
    if not getattr(other, "deleted", False):
        plan.setdefault(cls, {})[other_id] = {"deleted": True}
    return plan


def merge(store: Store, kind: str, keep_id: str, other_id: str) -> Plan:
    """Merge two rows in one transaction (see `merge_plan`); the plan applied is returned."""
    with store.transaction():
        plan = merge_plan(store, kind, keep_id, other_id)
        store.update_many(plan)
    return plan


def _live(store: Store, cls: type[Entity], row_id: str) -> Entity:
    row = store.get(cls, row_id)
    if getattr(row, "deleted", False):
        raise NotFoundError("There is no {what} with the id {row_id}.", what=Message(cls.TABLE), row_id=row_id)
    return row


def _references(store: Store, referring: type[Entity], target: type[Entity]) -> list[str]:
    names = set(columns(referring))
    return [
        row[3]
        for row in store.db.execute(f"PRAGMA foreign_key_list({referring.TABLE})")
        if row[2] == target.TABLE and row[3] in names
    ]
