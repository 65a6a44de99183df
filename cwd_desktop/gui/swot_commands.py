"""Undoable SWOT edits. Each command writes through the store (committed at once) and then shows
the changed cards on the board; undo is a new write that restores the previous values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cwd_desktop.domain import SwotItem
from cwd_desktop.domain.entity import Entity
from cwd_desktop.services.workshop import merge_plan
from cwd_desktop.storage import Store

Show = Callable[[SwotItem], None]


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


class AddCard(StoreCommand):
    def __init__(self, store: Store, show: Show, card: SwotItem) -> None:
        super().__init__(QCoreApplication.translate("SwotCommands", "add card"))
        self.store, self.show, self.card = store, show, card
        self.item_id: str | None = None

    def apply(self) -> None:
        if self.item_id is None:
            self.item_id = self.store.add(self.card).id
            self.show(self.store.get(SwotItem, self.item_id))
        else:
            self.show(self.store.restore(SwotItem, self.item_id))

    def undo(self) -> None:
        self.show(self.store.delete(SwotItem, self.item_id))


class ChangeRows(StoreCommand):
    """Set fields of one or more rows of one kind (text, votes, deletion, merge, position...)."""

    def __init__(self, store: Store, cls: type[Entity], show: Callable[[Any], None], label: str,
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


def change_cards(store: Store, show: Show, label: str, changes: dict[str, dict[str, Any]]) -> ChangeRows:
    return ChangeRows(store, SwotItem, show, label, changes)


def edit_text(store: Store, show: Show, item_id: str, text: str) -> ChangeRows:
    return change_cards(store, show, QCoreApplication.translate("SwotCommands", "edit card"),
                       {item_id: {"text": text}})


def delete_card(store: Store, show: Show, item_id: str) -> ChangeRows:
    return change_cards(store, show, QCoreApplication.translate("SwotCommands", "delete card"),
                       {item_id: {"deleted": True}})


def set_votes(store: Store, show: Show, item_id: str, votes: int) -> ChangeRows:
    return change_cards(store, show, QCoreApplication.translate("SwotCommands", "vote"),
                       {item_id: {"votes": max(0, votes)}})


def merge_cards(store: Store, show: Show, keep_id: str, duplicate_ids: list[str]) -> ChangeRows:
    """The kept card gets the votes of all; the others point at it (nothing is deleted)."""
    return change_cards(store, show, QCoreApplication.translate("SwotCommands", "merge cards"),
                       merge_plan(store, keep_id, duplicate_ids))
