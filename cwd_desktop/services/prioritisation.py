"""The prioritisation matrix: directions of action and key projects scored on impact (wpływ) and
feasibility (wykonalność), 0-10, from the room's consensus or typed from paper.

A score of 5 or more is high. The quadrant and the rank are stored with each row: the rank orders
the scored rows of one kind (directions, or projects) of the partnership by impact plus
feasibility, then impact, then title; the ranking can then mark the first N projects key and the
others complementary."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from cwd_desktop.domain import Goal, KeyProject, names
from cwd_desktop.domain.choices import GoalLevel, MatrixQuadrant, ProjectKind
from cwd_desktop.storage import Store

HIGH = 5
Scored = Goal | KeyProject
Changes = dict[str, dict[str, object]]


def quadrant_of(impact: int | None, feasibility: int | None) -> MatrixQuadrant:
    if impact is None or feasibility is None:
        return MatrixQuadrant.UNSCORED
    if impact >= HIGH:
        return MatrixQuadrant.FIRST if feasibility >= HIGH else MatrixQuadrant.CHALLENGE
    return MatrixQuadrant.QUICK if feasibility >= HIGH else MatrixQuadrant.LATER


def candidates(store: Store, partnership_id: str) -> list[Scored]:
    """What the matrix scores: the partnership's directions of action, then its projects."""
    goals = store.find(Goal, partnership_id=partnership_id, order_by="position")
    directions = [g for g in goals if g.level is GoalLevel.DIRECTION]
    projects = sorted(
        store.find(KeyProject, partnership_id=partnership_id),
        key=lambda r: (r.priority is None, r.priority or 0, names.sort_key(r.title)),
    )
    return [*directions, *projects]


def _rank_key(row: Scored) -> tuple[object, ...]:
    return (-((row.impact or 0) + (row.feasibility or 0)), -(row.impact or 0), names.sort_key(row.title))


def score_changes(
    store: Store, partnership_id: str, row: Scored, impact: int | None, feasibility: int | None
) -> Changes:
    """The field changes (by row id) that give `row` these scores: its own scores and quadrant,
    and the ranks of its kind that move."""
    rows = [r for r in candidates(store, partnership_id) if type(r) is type(row)]
    rows = [dataclasses.replace(r, impact=impact, feasibility=feasibility) if r.id == row.id else r for r in rows]
    changes = _rank_changes(rows)
    fields = {"impact": impact, "feasibility": feasibility, "matrix_quadrant": quadrant_of(impact, feasibility).value}
    changes[row.id] = fields | {"matrix_rank": changes.get(row.id, {}).get("matrix_rank", row.matrix_rank)}
    return changes


def _rank_changes(rows: Sequence[Scored]) -> Changes:
    """The ranks (and quadrants) that differ from what the rows' scores give, for rows of one kind."""
    scored = sorted((r for r in rows if r.impact is not None and r.feasibility is not None), key=_rank_key)
    ranks = {r.id: n for n, r in enumerate(scored, 1)}
    changes: Changes = {}
    for r in rows:
        if ranks.get(r.id) != r.matrix_rank:
            changes.setdefault(r.id, {})["matrix_rank"] = ranks.get(r.id)
        if quadrant_of(r.impact, r.feasibility) is not r.matrix_quadrant:
            changes.setdefault(r.id, {})["matrix_quadrant"] = quadrant_of(r.impact, r.feasibility).value
    return changes


def stale_ranks(store: Store, partnership_id: str) -> dict[type, Changes]:
    """Ranks and quadrants that no longer follow from the scores, by kind: scores typed on two
    laptops for different rows, merged by sync, each came with its own laptop's ranks."""
    rows = candidates(store, partnership_id)
    found = {kind: _rank_changes([r for r in rows if isinstance(r, kind)]) for kind in (Goal, KeyProject)}
    return {kind: changes for kind, changes in found.items() if changes}


def ranked(rows: Sequence[Scored]) -> list[Scored]:
    """The scored rows by their stored rank."""
    return sorted((r for r in rows if r.matrix_rank is not None), key=lambda r: r.matrix_rank or 0)


def kind_changes(store: Store, partnership_id: str, key_count: int) -> Changes:
    """Mark the first `key_count` scored projects of the ranking key, the other scored ones
    complementary, their priority their rank (unscored projects stay as they are)."""
    projects = ranked([r for r in candidates(store, partnership_id) if isinstance(r, KeyProject)])
    changes: Changes = {}
    for number, project in enumerate(projects, 1):
        assert isinstance(project, KeyProject)
        kind = ProjectKind.KEY if number <= key_count else ProjectKind.COMPLEMENTARY
        if project.kind is not kind or project.priority != number:
            changes[project.id] = {"kind": kind.value, "priority": number}
    return changes
