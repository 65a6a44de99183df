"""The rows a table cell may point at, as (id, label) lists for its drop-down."""

from __future__ import annotations

from cwd_desktop.domain import Goal, KeyProject, Member, Person
from cwd_desktop.domain.goals import tree_order
from cwd_desktop.storage import Store


def people(store: Store, partnership_id: str):
    return lambda: [
        (p.id, p.full_name) for p in store.find(Person, partnership_id=partnership_id, order_by="full_name")
    ]


def members(store: Store, partnership_id: str):
    return lambda: [(m.id, m.name) for m in store.find(Member, partnership_id=partnership_id, order_by="name")]


def goal_label(goal: Goal) -> str:
    return f"{goal.code} {goal.title}".strip()


def goals(store: Store, partnership_id: str):
    """The partnership's goals, in tree order."""
    return lambda: [
        (g.id, goal_label(g))
        for g, _depth in tree_order(store.find(Goal, partnership_id=partnership_id, order_by="position"))
    ]


def goals_and_projects(store: Store, partnership_id: str):
    """What a consultation remark may be about: a goal or a key project (or a section, typed)."""
    return lambda: (
        goals(store, partnership_id)()
        + [(p.id, p.title) for p in store.find(KeyProject, partnership_id=partnership_id, order_by="title")]
    )


def agenda_points(store: Store, meeting_id: str) -> list[tuple[str, str]]:
    """A meeting's agenda points as the minutes number them: "3. Analiza SWOT w grupach"."""
    from cwd_desktop.domain import AgendaItem

    items = store.find(AgendaItem, meeting_id=meeting_id, order_by="position")
    return [(item.id, f"{n}. {item.title}") for n, item in enumerate(items, 1)]


def agenda_choice(store: Store, meeting_id: str):
    """A drop-down of the meeting's agenda points, and "—" (the minutes' own section)."""
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    fill_agenda_choice(combo, store, meeting_id, None)
    return combo


def fill_agenda_choice(combo, store: Store, meeting_id: str, current: str | None) -> None:
    """The points as they are now (the agenda may have changed), `current` chosen."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("—", None)
    for item_id, label in agenda_points(store, meeting_id):
        combo.addItem(label, item_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class AgendaPointChoice:
    """The drop-down that links one row's field to an agenda point of its meeting (the "Ad. N"
    the minutes print it under), as an undoable edit: the SWOT board's session, the meeting's
    goals. `combo` is the widget to lay out; it shows the points as they are when it is shown."""

    def __init__(
        self,
        store: Store,
        meeting_id: str,
        cls,
        row_id: str,
        field: str,
        push,
        undo_label: str,
        enabled: bool,
    ) -> None:
        self.store, self.meeting_id, self.cls, self.row_id, self.field = store, meeting_id, cls, row_id, field
        self.push, self.undo_label = push, undo_label
        self.combo = agenda_choice(store, meeting_id)
        self.combo.setEnabled(enabled)
        self.combo.activated.connect(lambda _index: self.link(self.combo.currentData()))

    def refresh(self) -> None:
        """The agenda may have changed on its tab: its points as they are now."""
        row = self.store.get(self.cls, self.row_id)
        fill_agenda_choice(self.combo, self.store, self.meeting_id, getattr(row, self.field))

    def link(self, agenda_item_id: str | None) -> None:
        from cwd_desktop.gui.commands import ChangeRows

        if getattr(self.store.get(self.cls, self.row_id), self.field) == agenda_item_id:
            return
        changes = {self.row_id: {self.field: agenda_item_id}}
        self.push(ChangeRows(self.store, self.cls, changes, self.undo_label, lambda _row: self.refresh()))
