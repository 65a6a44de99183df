"""The partnership's strategy as one plan: gathered from its goals, indicators and measurements,
projects and the plan of joint actions, with the SWOT and TOWS of all its meetings; the goal tree
as lines (`cwd-desktop strategy show`) and the state at a glance (the strategy window's dashboard)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from cwd_desktop.domain import (
    Goal,
    Indicator,
    KeyProject,
    Measurement,
    Meeting,
    Member,
    Partnership,
    PlannedAction,
    ProjectList,
    ProjectPartner,
    SwotItem,
    SwotMark,
    SwotSession,
    TowsStrategy,
    names,
)
from cwd_desktop.domain.choices import ActionStatus, MeetingStatus, ProjectKind, ProjectStatus
from cwd_desktop.domain.goals import tree_order
from cwd_desktop.errors import ValidationError
from cwd_desktop.storage import Store


@dataclass
class SwotRow:
    """A card of the partnership SWOT: a meeting's card, with the cards of other sessions merged
    into it (their votes added, their meetings kept as sources) and whether it is in the diagnosis."""

    item: SwotItem
    meeting: Meeting
    session: SwotSession
    votes: int
    merged: list[SwotItem]
    sources: list[Meeting]
    in_diagnosis: bool


@dataclass
class Strategy:
    partnership: Partnership
    members: dict[str, Member]
    meetings: dict[str, Meeting]
    goals: list[tuple[Goal, int]]  # tree order, with depth
    indicators: dict[str, list[Indicator]]  # by goal id
    measurements: dict[str, list[Measurement]]  # by indicator id, by year
    projects: list[KeyProject]  # key first, then complementary; by priority, then title
    partners: dict[str, list[Member]]  # by project id
    actions: list[PlannedAction]
    swot: list[SwotRow]  # every live card of every meeting (merged duplicates within), most votes first
    tows: list[tuple[TowsStrategy, Meeting]]
    goal_titles: dict[str, str] = field(default_factory=dict)
    issued: dict[ProjectKind, ProjectList] = field(default_factory=dict)  # the latest list of each kind

    def member_name(self, member_id: str | None) -> str:
        return self.members[member_id].name if member_id in self.members else ""

    @property
    def all_indicators(self) -> list[tuple[Goal, Indicator]]:
        return [(goal, i) for goal, _depth in self.goals for i in self.indicators.get(goal.id, [])]

    def projects_of(self, kind: ProjectKind) -> list[KeyProject]:
        return [p for p in self.projects if p.kind is kind]


def gather(store: Store, partnership_id: str) -> Strategy:
    partnership = store.get(Partnership, partnership_id)
    members = {m.id: m for m in store.find(Member, partnership_id=partnership_id, include_deleted=True)}
    meetings = {m.id: m for m in store.find(Meeting, partnership_id=partnership_id, order_by="date")}
    goals = tree_order(store.find(Goal, partnership_id=partnership_id, order_by="position"))
    indicators: dict[str, list[Indicator]] = {goal.id: [] for goal, _depth in goals}
    for indicator in store.find_in(Indicator, "goal_id", indicators):
        indicators[indicator.goal_id].append(indicator)
    measurements: dict[str, list[Measurement]] = {i.id: [] for found in indicators.values() for i in found}
    for measurement in store.find_in(Measurement, "indicator_id", measurements, order_by="year"):
        measurements[measurement.indicator_id].append(measurement)
    projects = store.find(KeyProject, partnership_id=partnership_id)
    projects.sort(
        key=lambda p: (p.kind is not ProjectKind.KEY, p.priority is None, p.priority or 0, names.sort_key(p.title))
    )
    partners: dict[str, list[Member]] = {p.id: [] for p in projects}
    for pp in store.find_in(ProjectPartner, "project_id", partners):
        if pp.member_id in members:
            partners[pp.project_id].append(members[pp.member_id])
    for found_partners in partners.values():
        found_partners.sort(key=lambda m: names.sort_key(m.name))
    cards: dict[str, tuple[SwotItem, Meeting, SwotSession]] = {}
    tows: list[tuple[TowsStrategy, Meeting]] = []
    for meeting in meetings.values():
        for session in store.find(SwotSession, meeting_id=meeting.id):
            for item in store.find(SwotItem, session_id=session.id):
                if item.merged_into is None:
                    cards[item.id] = (item, meeting, session)
            tows += [(t, meeting) for t in store.find(TowsStrategy, session_id=session.id, order_by="position")]
    swot = partnership_swot(store, partnership_id, cards)
    return Strategy(
        partnership=partnership,
        members=members,
        meetings=meetings,
        goals=goals,
        indicators=indicators,
        measurements=measurements,
        projects=projects,
        partners=partners,
        actions=store.find(PlannedAction, partnership_id=partnership_id, order_by="position"),
        swot=swot,
        tows=tows,
        goal_titles={goal.id: f"{goal.code} {goal.title}".strip() for goal, _depth in goals},
        issued={
            kind: max(lists, key=lambda p: p.version)
            for kind in ProjectKind
            if (lists := store.find(ProjectList, partnership_id=partnership_id, kind=kind))
        },
    )


def partnership_swot(
    store: Store, partnership_id: str, cards: dict[str, tuple[SwotItem, Meeting, SwotSession]]
) -> list[SwotRow]:
    """The cards with the partnership's marks applied: a card merged into another (of any session)
    counts there; a card in the diagnosis says so."""
    diagnosis: set[str] = set()
    into: dict[str, str] = {}
    for mark in store.find(SwotMark, partnership_id=partnership_id, order_by="id"):
        if mark.in_diagnosis:
            diagnosis.add(mark.swot_item_id)
        if mark.merged_into:
            into[mark.swot_item_id] = mark.merged_into

    def final(item_id: str) -> str:
        seen = {item_id}
        while item_id in into and into[item_id] in cards and into[item_id] not in seen:
            item_id = into[item_id]
            seen.add(item_id)
        return item_id

    rows: dict[str, SwotRow] = {}
    for item_id, (item, meeting, session) in cards.items():
        if final(item_id) == item_id:
            rows[item_id] = SwotRow(item, meeting, session, item.votes, [], [meeting], item_id in diagnosis)
    for item_id, (item, meeting, _session) in cards.items():
        target = final(item_id)
        if target != item_id and target in rows:
            row = rows[target]
            row.votes += item.votes
            row.merged.append(item)
            if meeting not in row.sources:
                row.sources.append(meeting)
            row.in_diagnosis = row.in_diagnosis or item_id in diagnosis
    return sorted(rows.values(), key=lambda r: (r.item.quadrant.value, -r.votes, names.sort_key(r.item.text)))


def merge_marks(store: Store, partnership_id: str, keep_id: str, duplicate_ids: list[str]) -> list[SwotMark]:
    """Marks that merge cards of any of the partnership's sessions into one (to be added: the GUI
    as an undoable step). The cards stay in their meetings as they were."""
    if not duplicate_ids or keep_id in duplicate_ids:
        raise ValidationError("Select at least two cards to merge.")
    quadrants = {store.get(SwotItem, i).quadrant for i in [keep_id, *duplicate_ids]}
    if len(quadrants) > 1:
        raise ValidationError("Only cards of one quadrant can be merged.")
    return [SwotMark(partnership_id=partnership_id, swot_item_id=i, merged_into=keep_id) for i in duplicate_ids]


def list_items(strategy: Strategy, kind: ProjectKind) -> list[dict[str, object]]:
    """The projects of a kind as a list issues them: what each is, in words, as they stand now."""
    return [
        {
            "title": p.title,
            "leader": strategy.member_name(p.leader_member_id),
            "partners": [m.name for m in strategy.partners.get(p.id, [])],
            "goal": strategy.goal_titles.get(p.goal_id or "", ""),
            "cost": p.estimated_cost_pln,
            "funding": p.funding_source,
            "start": p.start_date.isoformat() if p.start_date else None,
            "end": p.end_date.isoformat() if p.end_date else None,
            "status": p.status.value,
            "priority": p.priority,
        }
        for p in strategy.projects_of(kind)
    ]


def new_project_list(store: Store, partnership_id: str, kind: ProjectKind, issued_on: dt.date) -> ProjectList:
    """The list of projects of `kind` as they stand, to be issued (added: the GUI as an undoable
    step): the next version, dated; it stays as it was issued while the projects move on."""
    strategy = gather(store, partnership_id)
    latest = strategy.issued.get(kind)
    return ProjectList(
        partnership_id=partnership_id,
        kind=kind,
        version=(latest.version + 1) if latest else 1,
        issued_on=issued_on,
        items=json.dumps(list_items(strategy, kind), ensure_ascii=False),
    )


def tree_lines(strategy: Strategy, lang: str = "pl") -> list[str]:
    """The goal tree, a goal a line, indented by level: "1.2  Cel operacyjny: Lepsze drogi"."""
    return [
        f"{'  ' * depth}{goal.code}  {goal.level.label(lang)}: {goal.title}".rstrip() for goal, depth in strategy.goals
    ]


@dataclass
class Glance:
    """The strategy at a glance (the dashboard)."""

    goals: int
    indicators_on_track: int
    indicators_behind: int
    indicators_unmeasured: int
    projects_by_status: dict[ProjectStatus, int]
    overdue_actions: int
    last_meeting: Meeting | None
    next_meeting: Meeting | None


def on_track(indicator: Indicator, measured: list[Measurement], today: dt.date) -> bool | None:
    """Whether the last measurement is where a straight line from baseline to target would be by its
    year (None: not measured, or no baseline and target to compare with)."""
    if not measured or indicator.target_value is None or indicator.baseline_value is None:
        return None
    last = max(measured, key=lambda m: m.year)
    start, end = indicator.baseline_year or last.year, indicator.target_year or today.year
    share = 1.0 if end <= start else min(1.0, max(0.0, (last.year - start) / (end - start)))
    expected = indicator.baseline_value + share * (indicator.target_value - indicator.baseline_value)
    rising = indicator.target_value >= indicator.baseline_value
    return last.value >= expected if rising else last.value <= expected


def glance(strategy: Strategy, today: dt.date) -> Glance:
    states = [on_track(i, strategy.measurements.get(i.id, []), today) for _goal, i in strategy.all_indicators]
    by_status = {status: 0 for status in ProjectStatus}
    for project in strategy.projects:
        by_status[project.status] += 1
    past = [m for m in strategy.meetings.values() if m.date and m.date <= today]
    future = [
        m for m in strategy.meetings.values() if m.date and m.date > today and m.status is not MeetingStatus.SIGNED
    ]
    return Glance(
        goals=len(strategy.goals),
        indicators_on_track=states.count(True),
        indicators_behind=states.count(False),
        indicators_unmeasured=states.count(None),
        projects_by_status=by_status,
        overdue_actions=sum(
            1
            for a in strategy.actions
            if a.end_date and a.end_date < today and a.status not in (ActionStatus.DONE, ActionStatus.CANCELLED)
        ),
        last_meeting=max(past, key=lambda m: m.date or today, default=None),
        next_meeting=min(future, key=lambda m: m.date or today, default=None),
    )
