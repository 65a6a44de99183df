"""Undoable SWOT edits. Each command writes through the store (committed at once) and then shows
the changed cards on the board; undo is a new write that restores the previous values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cwd_desktop.domain import SwotItem
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


class ChangeCards(StoreCommand):
    """Set fields of one or more cards (text, votes, deletion, merge): the general edit."""

    def __init__(self, store: Store, show: Show, label: str, changes: dict[str, dict[str, Any]]) -> None:
        super().__init__(label)
        self.store, self.show, self.changes = store, show, changes
        self.before = {item_id: {name: getattr(store.get(SwotItem, item_id), name) for name in fields}
                       for item_id, fields in changes.items()}

    def _apply(self, values: dict[str, dict[str, Any]]) -> None:
        with self.store.transaction():  # a merge touches several cards: all or nothing
            updated = [self.store.update(SwotItem, item_id, **fields) for item_id, fields in values.items()]
        for item in updated:
            self.show(item)

    def apply(self) -> None:
        self._apply(self.changes)

    def undo(self) -> None:
        self._apply(self.before)


def edit_text(store: Store, show: Show, item_id: str, text: str) -> ChangeCards:
    return ChangeCards(store, show, QCoreApplication.translate("SwotCommands", "edit card"),
                       {item_id: {"text": text}})


def delete_card(store: Store, show: Show, item_id: str) -> ChangeCards:
    return ChangeCards(store, show, QCoreApplication.translate("SwotCommands", "delete card"),
                       {item_id: {"deleted": True}})


def set_votes(store: Store, show: Show, item_id: str, votes: int) -> ChangeCards:
    return ChangeCards(store, show, QCoreApplication.translate("SwotCommands", "vote"),
                       {item_id: {"votes": max(0, votes)}})


def merge_cards(store: Store, show: Show, keep_id: str, duplicate_ids: list[str]) -> ChangeCards:
    """The kept card gets the votes of all; the others point at it (nothing is deleted)."""
    return ChangeCards(store, show, QCoreApplication.translate("SwotCommands", "merge cards"),
                       merge_plan(store, keep_id, duplicate_ids))
