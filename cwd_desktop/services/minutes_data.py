"""Reading what the minutes of one meeting show from the store (the minutes layer only lays it out)."""

from __future__ import annotations

from cwd_desktop.domain import (
    ENTITIES,
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
    PlannedAction,
    ProjectPartner,
    StrategyChange,
    SwotItem,
    SwotSession,
    TowsLink,
    TowsStrategy,
    names,
)
from cwd_desktop.domain.goals import tree_order
from cwd_desktop.minutes.data import DecisionRecord, MinutesData
from cwd_desktop.services.overview import decision_outcome, members_represented
from cwd_desktop.services.paper_voting import photos
from cwd_desktop.storage import Store, signed_state

# The rows the minutes mark; a change to a row below one (an indicator, a measurement, a source,
# a partner) counts for it.
_MARKED = frozenset({"goal", "key_project", "planned_action"})


def changed_at_meeting(store: Store, meeting_id: str) -> set[str]:
    """Ids of the goals, projects and joint actions changed in this meeting's workspace (their
    history says so), found by following each changed row's PARENT links up, once per row."""
    by_table = {cls.TABLE: cls for cls in ENTITIES}
    seen: dict[tuple[str, str], str | None] = {}

    def marked(table: str, row_id: str) -> str | None:
        cls = by_table.get(table)  # (a table name from a package is only ever looked up here)
        while cls is not None and cls.TABLE not in _MARKED and cls.PARENT is not None:
            link, parent = cls.PARENT
            found = store.db.execute(f"SELECT {link} FROM {cls.TABLE} WHERE id = ?", [row_id]).fetchone()
            if found is None:
                return None
            cls, row_id = parent, found[0]
        return row_id if cls is not None and cls.TABLE in _MARKED else None

    found: set[str] = set()
    for change in store.find(StrategyChange, meeting_id=meeting_id):
        if change.column == "*" and change.table_name in _MARKED:
            continue  # added here: agreed_here says it
        key = (change.table_name, change.row_id)
        if key not in seen:
            seen[key] = marked(*key)
        target = seen[key]
        if target is not None:
            found.add(target)
    return found


def gather(store: Store, meeting_id: str) -> MinutesData:
    """Everything the minutes of `meeting_id` show, read from the store in one pass."""
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
    # The strategy as it stands: the partnership's, not the meeting's (what this meeting agreed is marked).
    goals = [
        g for g, _depth in tree_order(store.find(Goal, partnership_id=meeting.partnership_id, order_by="position"))
    ]
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
    plan = store.find(PlannedAction, partnership_id=meeting.partnership_id, order_by="position")
    projects = [
        (p, [members[pp.member_id] for pp in store.find(ProjectPartner, project_id=p.id) if pp.member_id in members])
        for p in store.find(KeyProject, partnership_id=meeting.partnership_id)
    ]
    return MinutesData(
        partnership=partnership,
        meeting=meeting,
        people=people,
        members=members,
        agenda=store.find(AgendaItem, meeting_id=meeting.id, order_by="position"),
        attendance=attendance,
        represented=sorted((members[m] for m in represented_ids), key=lambda m: names.sort_key(m.name)),
        swot_topics=[s.topic for s in sessions if s.topic],
        swot_items=sorted((i for i in items if i.merged_into is None), key=lambda i: (-i.votes, i.position)),
        strategies=strategies,
        goals=goals,
        indicators={g.id: store.find(Indicator, goal_id=g.id) for g in goals},
        projects=projects,
        plan=plan,
        decisions=decisions,
        actions=store.find(ActionItem, meeting_id=meeting.id, order_by="position"),
        remarks=store.find(ConsultationRemark, meeting_id=meeting.id, order_by="position"),
        goal_titles={g.id: f"{g.code} {g.title}".strip() for g in goals},
        agreed_here={g.id for g in goals if g.meeting_id == meeting.id}
        | {p.id for p, _partners in projects if p.meeting_id == meeting.id}
        | {a.id for a in plan if a.meeting_id == meeting.id},
        changed_here=changed_at_meeting(store, meeting.id),
        state_digest=signed_state.state_digest(store.db, meeting.id),
        swot_agenda_id=next((s.agenda_item_id for s in sessions if s.agenda_item_id), None),
        swot_sessions=sessions,
        swot_photos=[photo for s in sessions for photo in photos(store, s.id)],
    )
