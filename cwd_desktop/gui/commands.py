"""Undoable edits for the meeting workspace. Each command writes through the store (committed at
once) and then shows the changed rows; undo is a new write that restores the previous values."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QMessageBox, QWidget

from cwd_desktop import messages
from cwd_desktop.domain.entity import Entity
from cwd_desktop.errors import CwdError
from cwd_desktop.storage import Store

Shown = Callable[[Any], None]
log = logging.getLogger(__name__)


class StoreCommand(QUndoCommand):
    """A command whose first run happens in `execute`, where an error can still reach the caller
    (an exception raised inside QUndoStack.push would be lost in Qt and the command kept)."""

    _executed = False
    origin: QWidget | None = None  # the field it was made from: undo shows that place again

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
    command.origin = QApplication.focusWidget()
    command.execute()
    stack.push(command)


def origin_of(command: QUndoCommand | None) -> QWidget | None:
    """Where an edit was made: the command's own field, or a macro's first command's."""
    if command is None:
        return None
    found = getattr(command, "origin", None)
    if found is None and command.childCount():
        found = getattr(command.child(0), "origin", None)
    return found if found is not None and shiboken6.isValid(found) else None


def push_or_warn(
    stack, command: StoreCommand, parent: QWidget, title: str, labels: dict[str, str] | None = None
) -> bool:
    """`push`; a refused edit (signed meeting, invalid text) is said in a warning titled `title`
    over `parent`, and False returned. Nothing is stacked then. `labels`: see `said`."""
    try:
        push(stack, command)
    except CwdError as exc:
        log.info("refused: %s", exc.label("en"))
        QMessageBox.warning(parent, title, said(exc, labels))
        return False
    return True


def said(exc: CwdError, labels: dict[str, str] | None = None) -> str:
    """The error as the window says it: a field the core names by its column ("due_date", as CSV
    files name it too) is named by the label the user sees on screen (`labels`: field -> label)."""
    field = exc.params.get("name")
    if labels and isinstance(field, str) and field in labels:
        return messages.tr(exc.message, **(exc.params | {"name": labels[field].replace("&", "")}))
    return str(exc)


class AddRows(StoreCommand):
    """Add rows of one kind (`add` writes them, once, and returns them); undo deletes them
    (tombstones), redo restores them. `shown` gets each row every time."""

    def __init__(
        self, store: Store, cls: type[Entity], add: Callable[[], Sequence[Entity]], label: str, shown: Shown
    ) -> None:
        super().__init__(label)
        self.store, self.cls, self.add, self.shown = store, cls, add, shown
        self.row_ids: list[str] | None = None

    def _mark(self, deleted: bool) -> None:
        with self.store.transaction():
            rows = [self.store.update(self.cls, row_id, deleted=deleted) for row_id in self.row_ids or []]
        for row in rows:
            self.shown(row)

    def apply(self) -> None:
        if self.row_ids is None:
            self.row_ids = [row.id for row in self.add()]
            for row_id in self.row_ids:
                self.shown(self.store.get(self.cls, row_id))
        else:
            self._mark(deleted=False)

    def undo(self) -> None:
        self._mark(deleted=True)


class AddRow(AddRows):
    """Add one row (`row_id` is its id once added)."""

    def __init__(self, store: Store, row: Entity, label: str, shown: Shown) -> None:
        super().__init__(store, type(row), lambda: [store.add(row)], label, shown)

    @property
    def row_id(self) -> str:
        """The added row's id, once the command has run."""
        if not self.row_ids:
            raise RuntimeError("the command has not run")
        return self.row_ids[0]


class ChangeMany(StoreCommand):
    """Set fields of rows of several kinds in one transaction ({kind: {row id: {field: value}}}, e.g.
    a merge of duplicates); undo writes their previous values back. `show` gets each row written."""

    def __init__(
        self,
        store: Store,
        changes: dict[type[Entity], dict[str, dict[str, Any]]],
        label: str,
        show: Shown = lambda _row: None,
    ) -> None:
        super().__init__(label)
        self.store, self.show, self.changes = store, show, changes
        self.before = {
            cls: {
                row_id: {name: getattr(store.get(cls, row_id), name) for name in fields}
                for row_id, fields in rows.items()
            }
            for cls, rows in changes.items()
        }

    def _apply(self, values: dict[type[Entity], dict[str, dict[str, Any]]]) -> None:
        for row in self.store.update_many(values):
            self.show(row)

    def apply(self) -> None:
        self._apply(self.changes)

    def undo(self) -> None:
        self._apply(self.before)


class ChangeRows(ChangeMany):
    """Set fields of one or more rows of one kind (text, votes, deletion, merge, position...)."""

    def __init__(
        self, store: Store, cls: type[Entity], changes: dict[str, dict[str, Any]], label: str, show: Shown
    ) -> None:
        super().__init__(store, {cls: changes}, label, show)


class EmptyFieldUndo(QObject):
    """Ctrl+Z undoes the window's last saved edit (the card just added, the vote count just set)
    from an empty text field and from any number field, instead of the field's own typing history:
    a spin box undoing its own text showed 0 while the result said 1, and Tab then saved the 0.
    A text field with text in it keeps its own undo."""

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and (isinstance(watched, QAbstractSpinBox) or (isinstance(watched, QLineEdit) and not watched.text()))
            and (
                any(event.matches(key) for key in self.KEYS)
                or event.keyCombination().toCombined() == QKeySequence("Ctrl+Shift+Z")[0].toCombined()  # type: ignore[index]  # not in PySide's stubs
            )
        ):
            event.ignore()
            return True  # not taken by the field: the window's Undo / Redo shortcut runs
        return False


def add_undo_menu(window: QMainWindow, stack: QUndoStack) -> None:
    """The Edit menu of a workspace window: Undo / Redo <action> (Ctrl+Z, Ctrl+Shift+Z), and
    every text field of the window passing those keys on when it is empty."""
    edit = window.menuBar().addMenu(QCoreApplication.translate("Workspace", "&Edit"))
    undo = stack.createUndoAction(window, QCoreApplication.translate("Workspace", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, QCoreApplication.translate("Workspace", "Redo"))
    # Ctrl+Shift+Z everywhere, and the platform's own Redo keys; a key bound twice would be
    # "ambiguous" to Qt, which then runs nothing (on GNOME, Redo is Ctrl+Shift+Z already).
    keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    redo.setShortcuts([key for index, key in enumerate(keys) if key not in keys[:index]])
    edit.addAction(undo)
    edit.addAction(redo)
    router = EmptyFieldUndo(window)
    for field in [*window.findChildren(QLineEdit), *window.findChildren(QAbstractSpinBox)]:
        field.installEventFilter(router)
