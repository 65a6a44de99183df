"""Conversion between domain entities and table rows (enums, dates, booleans, JSON lists)."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable
from typing import Any

from cwd_desktop.domain.entity import E, Entity, field_types, per_class


def _to_db(base: type) -> Callable[[Any], Any] | None:
    if issubclass(base, enum.Enum):
        return lambda value: value.value
    if base is bool:
        return int
    if base in (dt.date, dt.time):
        return lambda value: value.isoformat(timespec="minutes") if base is dt.time else value.isoformat()
    if base is list:
        return lambda value: json.dumps(value, ensure_ascii=False)
    return None


@per_class
def columns(cls: type[Entity]) -> tuple[str, ...]:
    """Every stored field of the entity, `id` first: the table's columns except `clocks`."""
    return tuple(field_types(cls))


@per_class
def _encoders(cls: type[Entity]) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    return tuple((name, _to_db(base)) for name, (base, _optional) in field_types(cls).items())


@per_class
def _json_columns(cls: type[Entity]) -> tuple[str, ...]:
    return tuple(name for name, (base, _optional) in field_types(cls).items() if base is list)


def to_row(entity: Entity) -> dict[str, Any]:
    row = {}
    for name, encode in _encoders(type(entity)):
        value = getattr(entity, name)
        row[name] = value if encode is None or value is None else encode(value)
    return row


def from_row(cls: type[E], row: dict[str, Any]) -> E:
    values = dict(row)
    for name in _json_columns(cls):
        values[name] = json.loads(values[name])
    return cls.from_storage(values)
