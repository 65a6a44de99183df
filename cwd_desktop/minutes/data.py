"""Everything the minutes of one meeting show, read from the store in one pass."""

from __future__ import annotations

from dataclasses import dataclass, field

from cwd_desktop.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    ConsultationRemark,
    Decision,
    Goal,
    Indicator,
    KeyProject,
    Meeting,
    Member,
    NamedVote,
    Partnership,
    Person,
    ProjectPartner,
    SwotItem,
    SwotSession,
    TowsLink,
    TowsStrategy,
)
from cwd_desktop.domain.decisions import Outcome
from cwd_desktop.services.overview import decision_outcome, members_represented
from cwd_desktop.storage import Store


@dataclass
class DecisionRecord:
    decision: Decision
    outcome: Outcome
    named_votes: list[tuple[str, NamedVote]]  # (member name, vote)


@dataclass
class MinutesData:
    partnership: Partnership
    meeting: Meeting
    people: dict[str, Person]
    members: dict[str, Member]
    agenda: list[AgendaItem]
    attendance: list[tuple[Person, Attendance]]
    represented: list[Member]
    swot_topics: list[str]
    swot_items: list[SwotItem]  # live cards, merged duplicates left out, most votes first
    strategies: list[tuple[TowsStrategy, list[SwotItem]]]
    goals: list[Goal]  # in tree order: each goal followed by its children
    indicators: dict[str, list[Indicator]]
    projects: list[tuple[KeyProject, list[Member]]]
    decisions: list[DecisionRecord]
    actions: list[ActionItem]
    remarks: list[ConsultationRemark]
    goal_titles: dict[str, str] = field(default_factory=dict)

    @property
    def present(self) -> list[tuple[Person, Attendance]]:
        return [(p, a) for p, a in self.attendance if a.present]

    @property
    def members_live(self) -> list[Member]:
        return [m for m in self.members.values() if not m.deleted]

    def participants_for_sheet(self) -> list[Person]:
        """Who to print on a blank attendance sheet: those registered for the meeting, else everyone."""
        if self.attendance:
            return [person for person, _ in self.attendance]
        return sorted((p for p in self.people.values() if not p.deleted), key=lambda p: p.full_name)

    def person_name(self, person_id: str | None) -> str:
        return self.people[person_id].full_name if person_id in self.people else ""

    def member_name(self, member_id: str | None) -> str:
        return self.members[member_id].name if member_id in self.members else ""

    def affiliation(self, person: Person) -> str:
        return self.member_name(person.member_id) or person.affiliation


def gather(store: Store, meeting_id: str) -> MinutesData:
    meeting = store.get(Meeting, meeting_id)
    partnership = store.get(Partnership, meeting.partnership_id)
    people = {p.id: p for p in store.find(Person, partnership_id=partnership.id, include_deleted=True)}
    members = {m.id: m for m in store.find(Member, partnership_id=partnership.id, include_deleted=True)}
    attendance = sorted(
        ((people[a.person_id], a) for a in store.find(Attendance, meeting_id=meeting.id) if a.person_id in people),
        key=lambda pair: [*pair[0].full_name.split()[-1:], pair[0].full_name],
    )
    represented_ids = members_represented(store, meeting)
    sessions = store.find(SwotSession, meeting_id=meeting.id)
    items = [i for s in sessions for i in store.find(SwotItem, session_id=s.id, order_by="position")]
    by_id = {i.id: i for i in items}
    strategies = []
    for session in sessions:
        for strategy in store.find(TowsStrategy, session_id=session.id, order_by="position"):
            linked = [
                by_id[link.swot_item_id]
                for link in store.find(TowsLink, strategy_id=strategy.id)
                if link.swot_item_id in by_id
            ]
            strategies.append((strategy, linked))
    goals = _tree_order(store.find(Goal, meeting_id=meeting.id, order_by="position"))
    decisions = [
        DecisionRecord(
            d,
            decision_outcome(store, d),
            sorted(
                (
                    (members[v.member_id].name, v)
                    for v in store.find(NamedVote, decision_id=d.id)
                    if v.member_id in members
                ),
                key=lambda pair: pair[0],
            ),
        )
        for d in store.find(Decision, meeting_id=meeting.id, order_by="position")
    ]
    projects = [
        (p, [members[pp.member_id] for pp in store.find(ProjectPartner, project_id=p.id) if pp.member_id in members])
        for p in store.find(KeyProject, meeting_id=meeting.id)
    ]
    return MinutesData(
        partnership=partnership,
        meeting=meeting,
        people=people,
        members=members,
        agenda=store.find(AgendaItem, meeting_id=meeting.id, order_by="position"),
        attendance=attendance,
        represented=sorted((members[m] for m in represented_ids), key=lambda m: m.name),
        swot_topics=[s.topic for s in sessions if s.topic],
        swot_items=sorted((i for i in items if i.merged_into is None), key=lambda i: (-i.votes, i.position)),
        strategies=strategies,
        goals=goals,
        indicators={g.id: store.find(Indicator, goal_id=g.id) for g in goals},
        projects=projects,
        decisions=decisions,
        actions=store.find(ActionItem, meeting_id=meeting.id, order_by="position"),
        remarks=store.find(ConsultationRemark, meeting_id=meeting.id, order_by="position"),
        goal_titles={g.id: f"{g.code} {g.title}".strip() for g in goals},
    )


def _tree_order(goals: list[Goal]) -> list[Goal]:
    children: dict[str | None, list[Goal]] = {}
    for goal in goals:
        children.setdefault(goal.parent_id, []).append(goal)
    known = {g.id for g in goals}
    ordered: list[Goal] = []

    def walk(parent_id: str | None) -> None:
        for goal in children.get(parent_id, []):
            ordered.append(goal)
            walk(goal.id)

    walk(None)
    # Goals whose parent is gone (deleted) still appear, at the top level.
    for goal in goals:
        if goal.parent_id and goal.parent_id not in known and goal not in ordered:
            ordered.append(goal)
            walk(goal.id)
    return ordered
