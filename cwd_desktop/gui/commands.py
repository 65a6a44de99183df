"""Undoable edits for the meeting workspace. Each command writes through the store (committed at
once) and then shows the changed rows; undo is a new write that restores the previous values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cwd_desktop.domain.entity import Entity
from cwd_desktop.storage import Store

Shown = Callable[[Any], None]


class StoreCommand(QUndoCommand):
    """A command whose first run happens in `execute`, where an error can still reach the caller
    (an exception raised inside QUndoStack.push would be lost in Qt and the command kept)."""

    _executed = False

    def execute(self) -> None:
        self.apply()
        self._executed = True

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # QUndoStack.push calls redo once more: it already ran
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


def push(stack, command: StoreCommand) -> None:
    """Run the command, then put it on the stack; a refused edit raises and is not stacked."""
    command.execute()
    stack.push(command)


class AddRow(StoreCommand):
    """Add one row; undo deletes it (a tombstone), redo restores it. `shown` gets the row each time."""

    def __init__(self, store: Store, row: Entity, label: str, shown: Shown) -> None:
        super().__init__(label)
        self.store, self.row, self.shown = store, row, shown
        self.row_id: str | None = None

    def apply(self) -> None:
        cls = type(self.row)
        if self.row_id is None:
            self.row_id = self.store.add(self.row).id
            self.shown(self.store.get(cls, self.row_id))
        else:
            self.shown(self.store.restore(cls, self.row_id))

    def undo(self) -> None:
        self.shown(self.store.delete(type(self.row), self.row_id))


class ChangeRows(StoreCommand):
    """Set fields of one or more rows of one kind (text, votes, deletion, merge, position...)."""

    def __init__(self, store: Store, cls: type[Entity], show: Shown, label: str,
                 changes: dict[str, dict[str, Any]]) -> None:
        super().__init__(label)
        self.store, self.cls, self.show, self.changes = store, cls, show, changes
        self.before = {row_id: {name: getattr(store.get(cls, row_id), name) for name in fields}
                       for row_id, fields in changes.items()}

    def _apply(self, values: dict[str, dict[str, Any]]) -> None:
        with self.store.transaction():  # several rows (a merge, a reorder): all or nothing
            updated = [self.store.update(self.cls, row_id, **fields) for row_id, fields in values.items()]
        for row in updated:
            self.show(row)

    def apply(self) -> None:
        self._apply(self.changes)

    def undo(self) -> None:
        self._apply(self.before)
