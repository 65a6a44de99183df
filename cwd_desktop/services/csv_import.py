"""CSV import of SWOT items, people and indicators' measurements: all rows or none, with the row
number of the first bad one.

Accepts UTF-8 (with or without BOM) and Windows-1250, the encoding Excel uses on Polish
Windows; the separator may be a comma or, as Excel writes with a Polish locale, a semicolon.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cwd_desktop.domain import Goal, Indicator, Measurement, Member, Person, SwotItem, SwotSession
from cwd_desktop.domain.choices import PersonRole, Quadrant
from cwd_desktop.domain.names import search_key
from cwd_desktop.errors import CwdError, ImportFormatError
from cwd_desktop.fileio import read_file
from cwd_desktop.messages import tr
from cwd_desktop.services.lookup import find_meeting, find_partnership
from cwd_desktop.storage import Store

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
SWOT_COLUMNS = ("quadrant", "text", "votes", "theme")
PEOPLE_COLUMNS = ("name", "role", "affiliation", "email", "phone")
MEASUREMENT_COLUMNS = ("indicator", "year", "value", "source", "note")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1250, as Excel writes CSV on Polish Windows. A file
    that mixes the two (rows pasted from another file) is refused naming the first row that differs:
    read as either, some of its Polish letters would silently change."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_row = next((n for n, line in enumerate(lines, 1) if not line.isascii() and _is_utf8(line)), None)
    if utf8_row is not None:
        other = next(n for n, line in enumerate(lines, 1) if not _is_utf8(line))
        raise ImportFormatError(
            "Row {other} is not UTF-8 text while row {utf8_row} is: the file mixes encodings; save it "
            "again in one (UTF-8) and import it again. Nothing was imported.",
            other=other,
            utf8_row=utf8_row,
        )
    return data.decode("cp1250", errors="strict")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def read_rows(path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of a CSV file whose header names `required` and maybe `optional`."""
    data = read_file(path, "The file", MAX_BYTES, ImportFormatError)
    try:
        text = decode(data)
    except UnicodeDecodeError:
        raise ImportFormatError("The file {path} is neither UTF-8 nor Windows-1250 text.", path=path) from None
    if "\x00" in text:
        raise ImportFormatError("The file {path} is not a CSV file.", path=path)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    # strict: an unterminated quote is an error, not a value swallowing the rest of the file
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return _records(path, reader, required, optional)
    except csv.Error as exc:
        problem = (
            tr("a value is longer than {limit} characters", limit=f"{csv.field_size_limit():,}".replace(",", " "))
            if "field limit" in str(exc)
            else tr("it is not well-formed CSV ({exc})", exc=exc)
        )
        raise ImportFormatError(
            "Row {line_num}: {problem}; nothing was imported.", line_num=reader.line_num, problem=problem
        ) from None


def _records(
    path: Path, reader: Any, required: tuple[str, ...], optional: tuple[str, ...]
) -> list[tuple[int, dict[str, str]]]:
    header = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in required if name not in header]
    unknown = [name for name in header if name not in required + optional]
    if missing or unknown:
        expected = ",".join(required + optional)
        raise ImportFormatError(
            "The header of {path} must be '{expected}' (found '{found}').",
            path=path.name,
            expected=expected,
            found=",".join(header),
        )
    rows = []
    for record in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header):
            raise ImportFormatError(
                "Row {line}: {count} values for {count2} columns.", line=line, count=len(record), count2=len(header)
            )
        values = dict.fromkeys(required + optional, "")
        values.update({name: cell.strip() for name, cell in zip(header, record, strict=False)})
        rows.append((line, values))
    if not rows:
        raise ImportFormatError("The file {path} has no rows to import.", path=path.name)
    return rows


def _build_all(rows: list[tuple[int, dict[str, str]]], build: Callable[[dict[str, str]], object]) -> list:
    built = []
    for line, values in rows:
        try:
            built.append(build(values))
        except CwdError as exc:
            raise ImportFormatError("Row {line}: {exc}", line=line, exc=exc) from None
    return built


def import_swot(store: Store, meeting_ref: str, path: Path) -> list[SwotItem]:
    """Add the items of a SWOT CSV to the meeting's SWOT session (created when it has none)."""
    meeting = find_meeting(store, meeting_ref)
    rows = read_rows(path, SWOT_COLUMNS[:2], SWOT_COLUMNS[2:])
    with store.transaction():
        sessions = store.find(SwotSession, meeting_id=meeting.id)
        session = sessions[0] if sessions else store.add(SwotSession(meeting_id=meeting.id))
        position = store.next_position(SwotItem, session_id=session.id) - 1

        def build(values: dict[str, str]) -> SwotItem:
            nonlocal position
            position += 1
            return SwotItem(
                session_id=session.id,
                quadrant=Quadrant.parse(values["quadrant"]),
                text=values["text"],
                # Text as typed: the entity turns it into a number, or refuses it in one sentence.
                votes=values["votes"] or 0,  # type: ignore[arg-type]
                theme=values["theme"],
                position=position,
            )

        added = store.add_many(_build_all(rows, build))
    log.info("imported %d SWOT item(s) from %s into %s", len(added), path, meeting.display_number)
    return added


def import_people(store: Store, partnership_ref: str, path: Path) -> list[Person]:
    """Add people to a partnership; an affiliation naming a member links the person to it."""
    partnership = find_partnership(store, partnership_ref)
    rows = read_rows(path, PEOPLE_COLUMNS[:1], PEOPLE_COLUMNS[1:])
    members = {m.name.casefold(): m for m in store.find(Member, partnership_id=partnership.id)}

    def build(values: dict[str, str]) -> Person:
        member = members.get(values["affiliation"].casefold())
        return Person(
            partnership_id=partnership.id,
            full_name=values["name"],
            role=PersonRole.parse(values["role"]) if values["role"] else PersonRole.MEMBER_REPRESENTATIVE,
            member_id=member.id if member else None,
            affiliation="" if member else values["affiliation"],
            email=values["email"],
            phone=values["phone"],
        )

    added = store.add_many(_build_all(rows, build))
    log.info("imported %d person(s) from %s into %s", len(added), path, partnership.name)
    return added


def import_measurements(store: Store, partnership_ref: str, path: Path) -> tuple[int, int]:
    """Measurements of the partnership's indicators, a row each: the indicator's code or name, the
    year, the value, maybe the source and a note. A year already measured is measured again (its
    value replaced). Returns (added, replaced)."""
    partnership = find_partnership(store, partnership_ref)
    rows = read_rows(path, MEASUREMENT_COLUMNS[:3], MEASUREMENT_COLUMNS[3:])
    goals = {g.id for g in store.find(Goal, partnership_id=partnership.id)}
    indicators = [i for i in store.find(Indicator) if i.goal_id in goals]
    by_key: dict[str, Indicator] = {}
    for indicator in indicators:
        for key in (indicator.code, indicator.name):
            if key:
                by_key.setdefault(search_key(key), indicator)
    with store.transaction():
        stored = {(m.indicator_id, m.year): m for i in indicators for m in store.find(Measurement, indicator_id=i.id)}
        new: dict[tuple[str, int], Measurement] = {}  # a year given twice: the later row
        changes: dict[str, Measurement] = {}
        for line, values in rows:
            named = by_key.get(search_key(values["indicator"]))
            try:
                if named is None:
                    raise ImportFormatError(
                        "there is no indicator '{indicator}' in {partnership} (by code or name)",
                        indicator=values["indicator"],
                        partnership=partnership.name,
                    )
                measurement = Measurement(
                    indicator_id=named.id,
                    year=values["year"],  # type: ignore[arg-type]  # text as typed: the entity checks it
                    value=values["value"],  # type: ignore[arg-type]
                    source=values["source"],
                    note=values["note"],
                )
            except CwdError as exc:
                raise ImportFormatError("Row {line}: {exc}", line=line, exc=exc) from None
            year_of = (measurement.indicator_id, measurement.year)
            if year_of in stored:
                changes[stored[year_of].id] = measurement
            else:
                new[year_of] = measurement
        for measurement_id, measurement in changes.items():
            store.update(
                Measurement, measurement_id, value=measurement.value, source=measurement.source, note=measurement.note
            )
        added, replaced = len(store.add_many(new.values())), len(changes)
    log.info("imported %d measurement(s), %d replaced, from %s into %s", added, replaced, path, partnership.name)
    return added, replaced
