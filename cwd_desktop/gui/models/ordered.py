"""Keeping one changed row in place in a list model whose rows are sorted: the one-row update
every workspace model uses (the board, the agenda, the tables) instead of reloading."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex

ROOT = QModelIndex()


def place(model: QAbstractItemModel, rows: list, row: Any, belongs: bool, key: Callable[[Any], Any]) -> str:
    """Refresh, insert, move or remove `row` (matched by id) in `rows`, which `key` keeps sorted.
    Returns what happened: "changed", "inserted", "moved", "removed" or "" (not shown, not added)."""
    number = find(rows, row, key)
    last_column = 0 if isinstance(model, QAbstractListModel) else max(model.columnCount(ROOT) - 1, 0)
    if number >= 0 and belongs and key(rows[number]) == key(row):
        rows[number] = row
        model.dataChanged.emit(model.index(number, 0), model.index(number, last_column))
        return "changed"
    if number >= 0:
        model.beginRemoveRows(ROOT, number, number)
        del rows[number]
        model.endRemoveRows()
    if not belongs:
        return "removed" if number >= 0 else ""
    target = bisect.bisect_left(rows, key(row), key=key)
    model.beginInsertRows(ROOT, target, target)
    rows.insert(target, row)
    model.endInsertRows()
    return "moved" if number >= 0 else "inserted"


def find(rows: list, row: Any, key: Callable[[Any], Any]) -> int:
    """The index of the row with `row`'s id: found by its sort key at once when that did not
    change (an edit, a vote), else by a scan (a move)."""
    at = bisect.bisect_left(rows, key(row), key=key)
    if at < len(rows) and rows[at].id == row.id:
        return at
    return next((n for n, existing in enumerate(rows) if existing.id == row.id), -1)
