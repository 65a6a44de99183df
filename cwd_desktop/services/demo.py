"""`demo`: fills a database with the two partnerships of the seeds, each with one workshop."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cwd_desktop.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    ConsultationRemark,
    Decision,
    Goal,
    GoalSource,
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
    TowsStrategy,
)
from cwd_desktop.domain.choices import GoalLevel, RemarkSubject
from cwd_desktop.services.demo_data import PARTNERSHIPS
from cwd_desktop.services.workshop import add_goal, link_tows
from cwd_desktop.storage import Store


def load_demo(store: Store) -> list[Partnership]:
    """Add the demo partnerships that the database does not have yet; returns those added."""
    existing = {p.name for p in store.find(Partnership)}
    added = []
    with store.transaction():
        for data in PARTNERSHIPS:
            if data["partnership"]["name"] not in existing:
                added.append(_load_one(store, data))
    return added


def _load_one(store: Store, data: dict[str, Any]) -> Partnership:
    partnership = store.add(Partnership(**data["partnership"]))
    members = {
        m.name: m
        for m in store.add_many(Member(partnership_id=partnership.id, name=n, kind=k) for n, k in data["members"])
    }
    people = {
        p.full_name: p
        for p in store.add_many(
            Person(
                partnership_id=partnership.id,
                full_name=name,
                role=role,
                member_id=members[member].id if member else None,
                affiliation=affiliation,
            )
            for name, role, member, affiliation, _present in data["people"]
        )
    }
    info = dict(data["meeting"])
    chair, minute_taker = people[info.pop("chair")], people[info.pop("minute_taker")]
    meeting = store.add(
        Meeting(partnership_id=partnership.id, chair_id=chair.id, minute_taker_id=minute_taker.id, **info)
    )
    start = dt.datetime.combine(meeting.date or dt.date.today(), meeting.start_time or dt.time(10))
    store.add_many(
        AgendaItem(meeting_id=meeting.id, position=i, title=title, notes=notes)
        for i, (title, notes) in enumerate(data["agenda"], 1)
    )
    store.add_many(
        Attendance(
            meeting_id=meeting.id,
            person_id=people[name].id,
            present=present,
            checked_in_at=(start - dt.timedelta(minutes=20 - i)).time() if present else None,
        )
        for i, (name, _role, _member, _affiliation, present) in enumerate(data["people"])
    )
    session = store.add(SwotSession(meeting_id=meeting.id, topic=data["swot_topic"]))
    items = store.add_many(
        SwotItem(session_id=session.id, quadrant=q, text=text, votes=votes, theme=theme, position=i)
        for i, (q, text, votes, theme) in enumerate(data["swot"], 1)
    )
    strategies = store.add_many(
        TowsStrategy(session_id=session.id, kind=kind, text=text, position=i)
        for i, (kind, text, _pairs) in enumerate(data["tows"], 1)
    )
    for strategy, (_kind, _text, pairs) in zip(strategies, data["tows"], strict=True):
        for index in pairs:
            link_tows(store, strategy.id, items[index].id)
    goals = _add_goals(store, meeting, data["goals"], strategies)
    for title, leader, partners, cost, funding, start_date, end_date, status, progress, goal in data["projects"]:
        project = store.add(
            KeyProject(
                partnership_id=meeting.partnership_id,
                meeting_id=meeting.id,
                goal_id=goals[goal].id,
                title=title,
                leader_member_id=members[leader].id,
                estimated_cost_pln=cost,
                funding_source=funding,
                start_date=start_date,
                end_date=end_date,
                status=status,
                progress=progress,
            )
        )
        store.add_many(ProjectPartner(project_id=project.id, member_id=members[m].id) for m in partners)
    for position, spec in enumerate(data["decisions"], 1):
        votes_for, against, abstain = spec.get("totals", (0, 0, 0))
        decision = store.add(
            Decision(
                meeting_id=meeting.id,
                position=position,
                motion=spec["motion"],
                mode=spec["mode"],
                rule=spec["rule"],
                votes_for=votes_for,
                votes_against=against,
                votes_abstain=abstain,
            )
        )
        store.add_many(
            NamedVote(decision_id=decision.id, member_id=members[m].id, vote=v)
            for m, v in spec.get("votes", {}).items()
        )
    store.add_many(
        ActionItem(
            meeting_id=meeting.id, what=what, owner_person_id=people[owner].id, due_date=due, status=status, position=i
        )
        for i, (what, owner, due, status) in enumerate(data["actions"], 1)
    )
    projects = {p.title: p for p in store.find(KeyProject, partnership_id=meeting.partnership_id)}
    store.add_many(
        ConsultationRemark(
            meeting_id=meeting.id,
            author_person_id=people[person].id if person else None,
            author_group=group,
            subject_kind=kind,
            subject_ref=_subject_ref(RemarkSubject(kind), subject, goals, projects),
            text=text,
            response=response,
            justification=justification,
            position=i,
        )
        for i, (person, group, kind, subject, text, response, justification) in enumerate(data["remarks"], 1)
    )
    return partnership


def _add_goals(store: Store, meeting: Meeting, specs: list, strategies: list[TowsStrategy]) -> dict[str, Goal]:
    goals: dict[str, Goal] = {}
    for position, (code, title, description, sources, objectives) in enumerate(specs, 1):
        goal = add_goal(
            store,
            Goal(
                partnership_id=meeting.partnership_id,
                meeting_id=meeting.id,
                level=GoalLevel.STRATEGIC,
                code=code,
                title=title,
                description=description,
                position=position,
            ),
        )
        goals[code] = goal
        store.add_many(GoalSource(goal_id=goal.id, strategy_id=strategies[i].id) for i in sources)
        for sub_position, (sub_code, sub_title, directions, indicators) in enumerate(objectives, 1):
            objective = add_goal(
                store,
                Goal(
                    partnership_id=meeting.partnership_id,
                    meeting_id=meeting.id,
                    parent_id=goal.id,
                    level=GoalLevel.OPERATIONAL,
                    code=sub_code,
                    title=sub_title,
                    position=sub_position,
                ),
            )
            goals[sub_code] = objective
            for i, text in enumerate(directions, 1):
                add_goal(
                    store,
                    Goal(
                        partnership_id=meeting.partnership_id,
                        meeting_id=meeting.id,
                        parent_id=objective.id,
                        level=GoalLevel.DIRECTION,
                        code=f"{sub_code}.{i}",
                        title=text,
                        position=i,
                    ),
                )
            store.add_many(
                Indicator(
                    goal_id=objective.id,
                    name=name,
                    unit=unit,
                    baseline_value=base,
                    baseline_year=base_year,
                    target_value=target,
                    target_year=target_year,
                    source=source,
                )
                for name, unit, base, base_year, target, target_year, source in indicators
            )
    return goals


def _subject_ref(kind: RemarkSubject, subject: str, goals: dict[str, Goal], projects: dict[str, KeyProject]) -> str:
    if kind is RemarkSubject.GOAL:
        return goals[subject].id
    if kind is RemarkSubject.PROJECT:
        return projects[subject].id
    return subject
