"""The partnership's strategy: goals (strategic -> operational -> directions of action), their
indicators and measurements, key and complementary projects, and the plan of joint actions.

They belong to the partnership, not to a meeting: a goal agreed in one workshop is refined in the
next, and a project's progress is updated long after the meeting that listed it was signed.
`meeting_id` says where a row was first agreed (provenance); it never locks the row.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from cwd_desktop.domain.choices import (
    ActionStatus,
    GoalLevel,
    IndicatorKind,
    MatrixQuadrant,
    ProjectKind,
    ProjectStatus,
)
from cwd_desktop.domain.entity import Entity, require_range, require_text
from cwd_desktop.domain.partnership import Partnership
from cwd_desktop.errors import ValidationError

# The level a goal's parent must have.
PARENT_LEVEL = {
    GoalLevel.STRATEGIC: None,
    GoalLevel.OPERATIONAL: GoalLevel.STRATEGIC,
    GoalLevel.DIRECTION: GoalLevel.OPERATIONAL,
}

# The level of a goal typed under a selected goal of this level (None: nothing selected).
CHILD_LEVEL = {
    None: GoalLevel.STRATEGIC,
    GoalLevel.STRATEGIC: GoalLevel.OPERATIONAL,
    GoalLevel.OPERATIONAL: GoalLevel.DIRECTION,
    GoalLevel.DIRECTION: GoalLevel.DIRECTION,
}


def check_scores(row: Goal | KeyProject) -> None:
    """The prioritisation matrix's scores: whole numbers from 0 to 10."""
    require_range(row.impact, "The impact", 0, 10)
    require_range(row.feasibility, "The feasibility", 0, 10)
    require_range(row.matrix_rank, "The place in the ranking", 1, 100_000)


@dataclass(kw_only=True)
class Goal(Entity):
    TABLE = "goal"
    PARENT = ("partnership_id", Partnership)
    TREE = "parent_id"

    partnership_id: str
    meeting_id: str | None = None  # the meeting it was agreed in
    parent_id: str | None = None
    level: GoalLevel = GoalLevel.STRATEGIC
    code: str = ""  # "1", "1.2", "1.2.3" as the partnership numbers them
    title: str
    description: str = ""
    position: int = 0
    impact: int | None = None  # the prioritisation matrix (directions of action): 0-10
    feasibility: int | None = None
    matrix_quadrant: MatrixQuadrant = MatrixQuadrant.UNSCORED
    matrix_rank: int | None = None  # 1 first, among the partnership's scored directions

    def validate(self) -> None:
        check_scores(self)
        require_text(self.partnership_id, "The goal's partnership")
        require_text(self.title, "The goal's title", 1000)
        if self.level is GoalLevel.STRATEGIC and self.parent_id:
            raise ValidationError("A strategic goal has no parent goal.")
        if self.level is not GoalLevel.STRATEGIC and not self.parent_id:
            raise ValidationError("A {level} needs the goal it belongs to.", level=self.level)


@dataclass(kw_only=True)
class GoalSource(Entity):
    """Where a goal comes from: one TOWS strategy or one SWOT item."""

    TABLE = "goal_source"
    PARENT = ("goal_id", Goal)

    goal_id: str
    strategy_id: str | None = None
    swot_item_id: str | None = None

    def validate(self) -> None:
        if (self.strategy_id is None) == (self.swot_item_id is None):
            raise ValidationError("A goal's source is either a TOWS strategy or a SWOT item.")


@dataclass(kw_only=True)
class Indicator(Entity):
    """A wskaźnik: what is measured, from which baseline to which target."""

    TABLE = "indicator"
    PARENT = ("goal_id", Goal)

    goal_id: str
    name: str
    unit: str = ""
    baseline_value: float | None = None
    baseline_year: int | None = None
    target_value: float | None = None
    target_year: int | None = None
    source: str = ""
    kind: IndicatorKind = IndicatorKind.UNSPECIFIED
    code: str = ""  # "W1.1.1", as the strategy document numbers it (CSV files of measurements name it)

    def validate(self) -> None:
        require_text(self.name, "The indicator's name", 500)
        require_range(self.baseline_year, "The baseline year", 1990, 2100)
        require_range(self.target_year, "The target year", 1990, 2100)
        if self.baseline_year and self.target_year and self.target_year < self.baseline_year:
            raise ValidationError("The target year cannot come before the baseline year.")


@dataclass(kw_only=True)
class Measurement(Entity):
    """An indicator's value measured in a year."""

    TABLE = "measurement"
    PARENT = ("indicator_id", Indicator)

    indicator_id: str
    year: int
    value: float
    source: str = ""
    note: str = ""

    def validate(self) -> None:
        require_range(self.year, "The year", 1990, 2100)


@dataclass(kw_only=True)
class KeyProject(Entity):
    """A key or complementary project of the partnership."""

    TABLE = "key_project"
    PARENT = ("partnership_id", Partnership)

    partnership_id: str
    meeting_id: str | None = None  # the meeting that listed it first
    goal_id: str | None = None
    title: str
    description: str = ""
    leader_member_id: str | None = None
    estimated_cost_pln: int | None = None  # whole złoty: these are estimates
    funding_source: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: ProjectStatus = ProjectStatus.IDEA
    progress: int = 0  # per cent
    kind: ProjectKind = ProjectKind.KEY
    priority: int | None = None  # 1 first
    impact: int | None = None  # the prioritisation matrix: 0-10
    feasibility: int | None = None
    matrix_quadrant: MatrixQuadrant = MatrixQuadrant.UNSCORED
    matrix_rank: int | None = None  # 1 first, among the partnership's scored projects

    def validate(self) -> None:
        check_scores(self)
        require_text(self.partnership_id, "The project's partnership")
        require_text(self.title, "The project's title", 500)
        require_range(self.priority, "The priority", 1, 1000)
        require_range(self.estimated_cost_pln, "The estimated cost", 0, 10**12)
        require_range(self.progress, "The progress", 0, 100)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError("The project cannot end before it starts.")


@dataclass(kw_only=True)
class ProjectPartner(Entity):
    TABLE = "project_partner"
    PARENT = ("project_id", KeyProject)

    project_id: str
    member_id: str


@dataclass(kw_only=True)
class PlannedAction(Entity):
    """A joint action in the partnership's plan (plan wspólnych działań)."""

    TABLE = "planned_action"
    PARENT = ("partnership_id", Partnership)

    partnership_id: str
    meeting_id: str | None = None  # the meeting that agreed it
    goal_id: str | None = None
    title: str
    description: str = ""
    leader_member_id: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    position: int = 0

    def validate(self) -> None:
        require_text(self.partnership_id, "The action's partnership")
        require_text(self.title, "The action's title", 1000)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError("The action cannot end before it starts.")


@dataclass(kw_only=True)
class SwotMark(Entity):
    """The partnership's own word on a SWOT card of one of its meetings (the card itself, a meeting's
    record, stays as the meeting had it): part of the diagnosis, or counted with another card of any
    meeting (`merged_into`: a duplicate across sessions; the votes add up, both sources are kept).
    Of an item's live marks, each kind counts once."""

    TABLE = "swot_mark"
    PARENT = ("partnership_id", Partnership)

    partnership_id: str
    swot_item_id: str
    in_diagnosis: bool = False
    merged_into: str | None = None

    def validate(self) -> None:
        if self.merged_into == self.swot_item_id:
            raise ValidationError("A SWOT item cannot be merged into itself.")


@dataclass(kw_only=True)
class ProjectList(Entity):
    """A list of key (or complementary) projects as issued, numbered and dated ("Lista projektów
    kluczowych, wersja 2 z 23.10.2027"): it stays as it was issued while the projects move on.
    `items`: the projects as they stood, a JSON list of objects (title, leader, partners, goal,
    cost, funding, start, end, status, priority)."""

    TABLE = "project_list"
    PARENT = ("partnership_id", Partnership)
    LONG_TEXT = frozenset({"items"})

    partnership_id: str
    kind: ProjectKind = ProjectKind.KEY
    version: int
    issued_on: dt.date
    items: str = "[]"

    ITEM_KEYS = frozenset(
        {"title", "leader", "partners", "goal", "cost", "funding", "start", "end", "status", "priority"}
    )

    def validate(self) -> None:
        require_range(self.version, "The list's version", 1, 10_000)
        try:
            items = json.loads(self.items)
            well_formed = isinstance(items, list) and all(_project_item(item) for item in items)
        except (TypeError, ValueError):
            well_formed = False
        if not well_formed:
            raise ValidationError("The issued project list is not a list of projects.")


@dataclass(kw_only=True)
class StrategyChange(Entity):
    """One change to the strategy, as it was made: written by the storage beside the change, never
    edited, carried by sync like any row. `old` and `new` are the stored values as JSON text;
    `column` "*" is a row added, `new` then its title (or name, or value)."""

    TABLE = "strategy_change"
    PARENT = ("partnership_id", Partnership)
    LONG_TEXT = frozenset({"old", "new"})  # a field's longest text, as JSON

    partnership_id: str
    table_name: str
    row_id: str
    column: str
    old: str = "null"
    new: str = "null"
    changed_at: str  # ISO date and time, UTC
    device_id: str
    meeting_id: str | None = None  # made from this meeting's workspace

    def validate(self) -> None:
        try:
            dt.datetime.fromisoformat(self.changed_at)
            json.loads(self.old), json.loads(self.new)
        except (TypeError, ValueError):
            raise ValidationError("A change to the strategy has no valid time or values.") from None


def _project_item(item: object) -> bool:
    """Whether a project of an issued list has the fields the export reads, of their kinds."""
    if not isinstance(item, dict) or not item.keys() >= ProjectList.ITEM_KEYS:
        return False
    texts = ("title", "leader", "goal", "funding", "status")
    try:
        ProjectStatus(item["status"])
        for day in (item["start"], item["end"]):
            if day is not None:
                dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return False
    return (
        all(isinstance(item[k], str) for k in texts)
        and isinstance(item["partners"], list)
        and all(isinstance(name, str) for name in item["partners"])
        and all(
            item[k] is None or (isinstance(item[k], int) and not isinstance(item[k], bool))
            for k in ("cost", "priority")
        )
    )


def tree_order(goals: list[Goal]) -> list[tuple[Goal, int]]:
    """The goals parents first, each followed by the goals below it, with its depth (0: top).
    A goal whose parent is not among `goals` (deleted) still appears, at the top, after the rest."""
    children: dict[str | None, list[Goal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_id, []).append(goal)
    known = {g.id for g in goals}
    ordered: list[tuple[Goal, int]] = []

    def walk(parent_id: str | None, depth: int) -> None:
        for goal in children.get(parent_id, []):
            ordered.append((goal, depth))
            walk(goal.id, depth + 1)

    walk(None, 0)
    for goal in goals:
        if goal.parent_id and goal.parent_id not in known:
            ordered.append((goal, 0))
            walk(goal.id, 1)
    return ordered


# The rows of the strategy, whose every change the storage keeps (StrategyChange).
STRATEGY: tuple[type[Entity], ...] = (
    Goal,
    GoalSource,
    Indicator,
    Measurement,
    KeyProject,
    ProjectPartner,
    PlannedAction,
    SwotMark,
)
