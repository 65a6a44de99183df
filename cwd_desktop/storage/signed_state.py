"""What a signed meeting recorded: a digest of its state, fixed when it was signed.

A meeting's recorded state is its own fields (all but its status) and every live row under it
(agenda, attendance, SWOT, goals, votes, remarks...; not the signed protokół itself), each with its
id and stored values. The digest of that state goes into the signed PDF (so the signature covers
it) and into this computer's `signed_state` table when the meeting becomes signed here. Sync
compares the two after every import: no package can change, or redefine, what was signed.

A digest names its version ("4:" + SHA-256). Version 1 covers the columns of schema 0006;
version 2 also `decision.count_confirmed` (0008); version 3 (0010) no longer the strategy (goals,
their sources and indicators, key projects and their partners), which moved to the partnership:
signing locks a meeting's own records, never the strategy; version 4 (0014) also a SWOT session's
paper-voting rules. A digest is always checked in its own
version, so a meeting signed before a column was added keeps holding what it recorded: versions 1
and 2 take the goals and projects agreed in the meeting (their `meeting_id`), as they were then.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cwd_desktop.domain import ENTITIES, Meeting, SignedMinutes
from cwd_desktop.domain.choices import MeetingStatus
from cwd_desktop.domain.entity import Entity
from cwd_desktop.storage.codec import columns

if TYPE_CHECKING:  # (the migration that moved the strategy records digests again: no import loop)
    from cwd_desktop.storage.database import Database

_MATRIX = ("impact", "feasibility", "matrix_quadrant", "matrix_rank")
VERSION = "4:"  # what new signatures record
# Columns a version leaves out: those added after it.
_ADDED_BY_0010 = {
    ("goal", "partnership_id"),
    ("key_project", "partnership_id"),
    ("key_project", "kind"),
    ("key_project", "priority"),
    ("indicator", "kind"),
    ("indicator", "code"),
}
# Version 4 (0014) also covers the paper voting's rules of a SWOT session (the strategy's matrix
# scores are the partnership's, never a meeting's, from version 3 on).
_ADDED_BY_0014 = {
    ("swot_session", "dot_budget"),
    ("swot_session", "max_per_card"),
    *{(table, column) for table in ("goal", "key_project") for column in _MATRIX},
}
# Where the minutes print a session or a vote (its "Ad. N", 0012) is layout, not what was recorded:
# no digest covers it (and the storage keeps a signed meeting's rows as they are anyway).
# Whether the room sees a card's authors (0014) is layout too.
_LAYOUT = {("swot_session", "agenda_item_id"), ("decision", "agenda_item_id"), ("swot_session", "hide_authors")}
_LEFT_OUT = {
    "1": {("decision", "count_confirmed"), *_ADDED_BY_0010, *_ADDED_BY_0014, *_LAYOUT},
    "2": {*_ADDED_BY_0010, *_ADDED_BY_0014, *_LAYOUT},
    "3": {*_ADDED_BY_0014, *_LAYOUT},
    "4": _LAYOUT,
}
# Tables under a meeting that a version leaves out: those made after it.
_TABLES_AFTER = {"3": {"swot_photo"}}
# What versions 1 and 2 covered under a meeting, in their order, with the link to the parent.
_BEFORE_0010 = [
    ("agenda_item", "meeting_id", "meeting"),
    ("attendance", "meeting_id", "meeting"),
    ("swot_session", "meeting_id", "meeting"),
    ("swot_item", "session_id", "swot_session"),
    ("tows_strategy", "session_id", "swot_session"),
    ("tows_link", "strategy_id", "tows_strategy"),
    ("goal", "meeting_id", "meeting"),
    ("goal_source", "goal_id", "goal"),
    ("indicator", "goal_id", "goal"),
    ("key_project", "meeting_id", "meeting"),
    ("project_partner", "project_id", "key_project"),
    ("decision", "meeting_id", "meeting"),
    ("named_vote", "decision_id", "decision"),
    ("action_item", "meeting_id", "meeting"),
    ("consultation_remark", "meeting_id", "meeting"),
]
CHUNK = 500


def meeting_tables() -> list[type[Entity]]:
    """The entity classes whose rows belong to a meeting (through their PARENT links), parents first."""
    below: set[type[Entity]] = {Meeting}
    found = []
    for cls in ENTITIES:
        if cls.PARENT is not None and cls.PARENT[1] in below and cls is not SignedMinutes:
            below.add(cls)
            found.append(cls)
    return found


def _covered(version: str) -> list[tuple[type[Entity], str, type[Entity]]]:
    """(table, link, parent) of the rows under a meeting that a digest version covers, parents first."""
    if version in ("1", "2"):
        by_table = {cls.TABLE: cls for cls in ENTITIES}
        return [(by_table[table], link, by_table[parent]) for table, link, parent in _BEFORE_0010]
    tables = [cls for cls in meeting_tables() if cls.TABLE not in _TABLES_AFTER.get(version, ())]
    return [(cls, *cls.PARENT) for cls in tables if cls.PARENT is not None]


def live_rows(
    db: Database, meeting_id: str, version: str = VERSION[:-1]
) -> Iterator[tuple[type[Entity], tuple[object, ...]]]:
    """The meeting's own row, then every live row under it (parents first), as stored (the
    columns the digest `version` covers)."""
    left_out = _LEFT_OUT[version]
    names = [n for n in columns(Meeting) if n not in ("status", "deleted", "goals_agenda_item_id")]  # (layout)
    own = db.execute(f"SELECT {', '.join(names)} FROM meeting WHERE id = ?", [meeting_id]).fetchone()
    if own is None:
        return
    yield Meeting, tuple(own)
    ids: dict[type[Entity], list[str]] = {Meeting: [meeting_id]}
    for cls, link, parent in _covered(version):
        names = [n for n in columns(cls) if n != "deleted" and (cls.TABLE, n) not in left_out]
        found: list[tuple[object, ...]] = []
        parents = ids.get(parent, [])
        for start in range(0, len(parents), CHUNK):
            chunk = parents[start : start + CHUNK]
            sql = (
                f"SELECT {', '.join(names)} FROM {cls.TABLE} WHERE deleted = 0 AND {link} IN "
                f"({', '.join('?' * len(chunk))}) ORDER BY id"
            )
            found += [tuple(row) for row in db.execute(sql, chunk)]
        found.sort(key=lambda row: str(row[0]))
        ids[cls] = [str(row[0]) for row in found]
        for row in found:
            yield cls, row


def state_digest(db: Database, meeting_id: str, version: str = VERSION[:-1]) -> str:
    """The digest of the meeting's recorded state as the database holds it now."""
    digest = hashlib.sha256()
    for cls, row in live_rows(db, meeting_id, version):
        line = json.dumps([cls.TABLE, *row], ensure_ascii=False, separators=(",", ":"))
        digest.update(line.encode("utf-8") + b"\n")
    return f"{version}:{digest.hexdigest()}"


def holds(db: Database, meeting_id: str, digest: str) -> bool:
    """Whether the meeting still holds the state a digest (of any known version) recorded."""
    version = digest.split(":", 1)[0]
    return version in _LEFT_OUT and state_digest(db, meeting_id, version) == digest


def before_strategy(digest: str) -> bool:
    """Whether a digest is of a version that still covered the strategy (before schema 0010)."""
    return digest.split(":", 1)[0] in ("1", "2")


def recorded(db: Database) -> dict[str, str]:
    """meeting id -> the digest of what was signed, for every meeting signed here.

    A meeting signed before this table existed (or before this version) gets its digest now, from
    its state as it is: the lock on signed meetings kept it unchanged since its signing."""
    signed = [row[0] for row in db.execute("SELECT id FROM meeting WHERE status = ?", [MeetingStatus.SIGNED.value])]
    known = dict(db.execute("SELECT meeting_id, digest FROM signed_state").fetchall())
    for meeting_id in signed:
        if meeting_id not in known:
            known[meeting_id] = state_digest(db, meeting_id)
            record(db, meeting_id, known[meeting_id], "legacy")
    return {meeting_id: known[meeting_id] for meeting_id in signed}


def record(db: Database, meeting_id: str, digest: str, source: str) -> None:
    """Note what a meeting recorded when it became signed here. `source`: "pdf" (the digest its
    signed PDF carries), "legacy" (a PDF made before PDFs carried one: the state when first seen)."""
    db.execute(
        "INSERT INTO signed_state (meeting_id, digest, source, recorded_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(meeting_id) DO NOTHING",
        [meeting_id, digest, source, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
    )


def no_longer_signed_state(db: Database) -> list[str]:
    """Ids of the meetings signed here whose records are no longer what was signed (changed outside
    the application: the application itself never lets that happen). Reads only."""
    rows = db.execute("SELECT meeting_id, digest FROM signed_state ORDER BY meeting_id").fetchall()
    return [meeting_id for meeting_id, digest in rows if not holds(db, meeting_id, digest)]
