"""Undoable SWOT edits, built on the generic commands of `gui/commands.py`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from cwd_desktop.domain import SwotItem
from cwd_desktop.gui.commands import AddRow, ChangeRows
from cwd_desktop.services.workshop import merge_plan
from cwd_desktop.storage import Store

Show = Callable[[SwotItem], None]


def change_cards(store: Store, show: Show, label: str, changes: dict[str, dict[str, Any]]) -> ChangeRows:
    return ChangeRows(store, SwotItem, changes, label, show)


def edit_text(store: Store, show: Show, item_id: str, text: str) -> ChangeRows:
    return change_cards(store, show, QCoreApplication.translate("SwotCommands", "edit card"), {item_id: {"text": text}})


def delete_card(store: Store, show: Show, item_id: str) -> ChangeRows:
    return change_cards(
        store, show, QCoreApplication.translate("SwotCommands", "delete card"), {item_id: {"deleted": True}}
    )


def set_votes(store: Store, show: Show, item_id: str, votes: int) -> ChangeRows:
    return change_cards(
        store, show, QCoreApplication.translate("SwotCommands", "vote"), {item_id: {"votes": max(0, votes)}}
    )


def merge_cards(store: Store, show: Show, keep_id: str, duplicate_ids: list[str]) -> ChangeRows:
    """The kept card gets the votes of all; the others point at it (nothing is deleted)."""
    return change_cards(
        store,
        show,
        QCoreApplication.translate("SwotCommands", "merge cards"),
        merge_plan(store, keep_id, duplicate_ids),
    )


def add_card(store: Store, show: Show, card: SwotItem) -> AddRow:
    return AddRow(store, card, QCoreApplication.translate("SwotCommands", "add card"), show)
