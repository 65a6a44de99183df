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
