"""`check`: is the database sound? SQLite's own checks plus a version for every field of every row."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from cwd_desktop.domain import ENTITIES
from cwd_desktop.messages import tr
from cwd_desktop.storage import Store, signed_state
from cwd_desktop.storage.codec import columns
from cwd_desktop.storage.hlc import parse_hlc

MAX_PROBLEMS = 50


@dataclass
class Report:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table -> (live, deleted)
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [
            tr("{table:22} {live:7d} rows  {deleted:5d} deleted", table=table, live=live, deleted=deleted)
            for table, (live, deleted) in self.counts.items()
        ]
        out += [tr("problem: {problem}", problem=problem) for problem in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            out.append(tr("... and {value} more problems", value=len(self.problems) - MAX_PROBLEMS))
        out.append(
            tr("The database is sound.") if self.sound else tr("{count} problem(s) found.", count=len(self.problems))
        )
        return out


def check(store: Store) -> Report:
    report = Report()
    db = store.db
    for (message,) in db.execute("PRAGMA integrity_check").fetchall():
        if message != "ok":
            report.problems.append(tr("integrity: {message}", message=message))
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(
            tr("{table} row {rowid} refers to a missing {parent}", table=table, rowid=rowid, parent=parent)
        )
    for cls in ENTITIES:
        expected = set(columns(cls)[1:])
        live = deleted = 0
        for row_id, is_deleted, clocks in db.execute(f"SELECT id, deleted, clocks FROM {cls.TABLE}"):
            deleted += is_deleted
            live += not is_deleted
            problem = _clock_problem(clocks, expected)
            if problem:
                report.problems.append(
                    tr("{table} {row_id}: {problem}", table=cls.TABLE, row_id=row_id, problem=problem)
                )
        report.counts[cls.TABLE] = (live, deleted)
    report.problems += _orphans(store)
    for meeting_id in signed_state.no_longer_signed_state(db):
        report.problems.append(
            tr("signed meeting {meeting_id}: its records are no longer what was signed", meeting_id=meeting_id)
        )
    for sha256, size, data in db.execute("SELECT sha256, size, data FROM stored_file"):
        if hashlib.sha256(data).hexdigest() != sha256 or len(data) != size:
            report.problems.append(
                tr("stored file {sha256}…: its content no longer matches its SHA-256", sha256=sha256[:12])
            )
    return report


def _orphans(store: Store) -> list[str]:
    """Live rows whose parent row is deleted: they no longer show anywhere."""
    found = []
    for cls in ENTITIES:
        if not cls.PARENT:
            continue
        column, parent = cls.PARENT
        sql = (
            f"SELECT c.id, p.id FROM {cls.TABLE} c JOIN {parent.TABLE} p ON c.{column} = p.id "
            "WHERE c.deleted = 0 AND p.deleted = 1"
        )
        found += [
            tr(
                "orphan: {table} {child} belongs to the deleted {parent} {owner}",
                table=cls.TABLE,
                child=child,
                parent=parent.TABLE,
                owner=owner,
            )
            for child, owner in store.db.execute(sql)
        ]
    return found


def _clock_problem(clocks: str, expected: set[str]) -> str | None:
    try:
        versions = json.loads(clocks)
    except ValueError:
        return tr("field versions are not valid JSON")
    if not isinstance(versions, dict):
        return tr("field versions are not an object")
    missing = sorted(expected - versions.keys())
    if missing:
        return tr("no version for {columns}", columns=", ".join(missing))
    for column in expected:
        version = versions[column]
        try:
            # [hlc, device] or, after an edit, [hlc, device, base hlc, base device]
            ok = len(version) in (2, 4) and all(parse_hlc(v) > 0 for v in version[0::2]) and all(version[1::2])
        except (TypeError, ValueError):
            ok = False
        if not ok:
            return tr("the version of {column} is malformed", column=column)
    return None
