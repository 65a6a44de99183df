"""The base of every stored entity: an id, a tombstone, type coercion and validation helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import math
import re
import types
import typing
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from cwd_desktop.errors import ValidationError
from cwd_desktop.messages import Message

E = TypeVar("E", bound="Entity")
R = TypeVar("R")


def per_class(function: Callable[[type[Any]], R]) -> Callable[[type[Any]], R]:
    """functools.cache for a function of an entity class. (Typed apart because mypy takes a
    dataclass's class, whose instances are unhashable, for unhashable too.)"""
    return typing.cast(Callable[[type[Any]], R], functools.cache(function))


@dataclasses.dataclass(kw_only=True)
class Entity:
    """A row of one table. Subclasses name their TABLE and, when they belong to a
    meeting, the PARENT link that leads there (field name, parent class)."""

    TABLE: ClassVar[str]
    PARENT: ClassVar[tuple[str, type[Entity]] | None] = None
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset()  # text fields that may exceed MAX_TEXT
    # A column naming a row of the same table above this one (a tree): never a loop, and the row
    # above belongs to the same parent (PARENT's column has the same value).
    TREE: ClassVar[str | None] = None

    id: str = ""
    deleted: bool = False

    def __post_init__(self) -> None:
        self._coerce()
        self.validate()

    @classmethod
    def from_storage(cls: type[E], values: dict[str, Any]) -> E:
        """Rebuild a stored row without validating it: reading must never fail on old data."""
        entity = cls.__new__(cls)
        for name in field_types(cls):
            setattr(entity, name, values[name])
        entity._coerce()
        return entity

    def _coerce(self) -> None:
        long_text = type(self).LONG_TEXT
        for name, kind in field_types(type(self)).items():
            value = getattr(self, name)
            if type(value) is not kind[0]:
                value = coerce(value, kind, name)
                setattr(self, name, value)
            if type(value) is str:
                _bounded(value, name, MAX_LONG_TEXT if name in long_text else MAX_TEXT)
            elif type(value) in (int, float):
                _in_range(value, name)

    def validate(self) -> None:
        """Raise ValidationError when the values break a domain rule."""


@per_class
def field_types(cls: type) -> dict[str, tuple[type, bool]]:
    """Field name -> (base type, optional) for a dataclass, resolved once per class."""
    hints = typing.get_type_hints(cls)
    result = {}
    for field in dataclasses.fields(cls):
        kind = hints[field.name]
        optional = False
        if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
            args = [a for a in typing.get_args(kind) if a is not type(None)]
            optional = len(args) < len(typing.get_args(kind))
            kind = args[0]
        result[field.name] = (typing.get_origin(kind) or kind, optional)
    return result


def coerce(value: Any, kind: tuple[type, bool], name: str) -> Any:
    """Turn text (from a form, a CSV file or the database) into the field's type."""
    base, optional = kind
    # Empty text is a value for text (and a vocabulary with an empty member); for a number or a date
    # it is no value: None when the field is optional, else "required".
    takes_empty = base is str or (issubclass(base, enum.Enum) and "" in base._value2member_map_)
    if value is None or (value == "" and (optional or not takes_empty)):
        if optional:
            return None
        raise ValidationError("The field '{name}' is required.", name=name)
    if isinstance(value, base) and not (base is int and isinstance(value, bool)):
        return value if isinstance(value, str) else _in_range(value, name)
    try:
        if issubclass(base, enum.Enum):
            return base.parse(value) if hasattr(base, "parse") else base(value)
        if base is bool:
            return bool(int(value)) if isinstance(value, (int, str)) else bool(value)
        if base is int:
            return _in_range(int(str(value).strip()), name)
        if base is float:
            return _in_range(float(str(value).strip().replace(",", ".")), name)
        if base is dt.date:
            return dt.date.fromisoformat(str(value).strip())
        if base is dt.time:
            return dt.time.fromisoformat(str(value).strip())
        if base is list:
            return list(value)
        if base is str:
            return str(value)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError(
            "The field '{name}' cannot take the value '{value}'.", name=name, value=shown(value)
        ) from None
    raise ValidationError("The field '{name}' cannot take the value '{value}'.", name=name, value=shown(value))


# The longest text a field takes (fields with a rule of their own allow less): some eight pages of
# a protokół, laid out in a second or two. The notes of an agenda point ("Ad. N") may be longer.
MAX_TEXT = 20_000
MAX_LONG_TEXT = 100_000
SQLITE_INT = (-(2**63), 2**63 - 1)


def _bounded(value: str, name: str, limit: int) -> str:
    if len(value) > limit:
        raise ValidationError(f"The field '{name}' is longer than {limit:,} characters.".replace(",", " "))
    return value


def _in_range(value: Any, name: str) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError("The field '{name}' cannot take the value '{value}'.", name=name, value=value)
    if isinstance(value, int) and not isinstance(value, bool) and not SQLITE_INT[0] <= value <= SQLITE_INT[1]:
        raise ValidationError("The field '{name}' takes numbers of at most 19 digits.", name=name)
    return value


def shown(value: Any, limit: int = 60) -> str:
    """A user's value as it may appear inside a one-line message."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def require_text(value: str, what: str, max_length: int = 2000) -> None:
    if not value.strip():
        raise ValidationError("{what} must not be empty.", what=Message(what))
    if len(value) > max_length:
        raise ValidationError(
            "{what} is longer than {max_length} characters.", what=Message(what), max_length=max_length
        )


def require_range(value: int | float | None, what: str, low: float, high: float) -> None:
    if value is not None and not low <= value <= high:
        raise ValidationError(
            "{what} must be between {low:g} and {high:g}, not {value:g}.",
            what=Message(what),
            low=low,
            high=high,
            value=value,
        )


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+\Z")
PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}\Z")
TERYT = re.compile(r"^(\d{2}|\d{4}|\d{7})\Z")
