"""Rules that span several rows of a workshop: merging SWOT duplicates, TOWS pairs, the goal tree.

The store checks each row on its own; these checks need other rows too. The GUI and CLI call
these functions, not `Store.add`, for such edits.
"""

from __future__ import annotations

from cwd_desktop.domain import Goal, GoalSource, Meeting, SwotItem, SwotSession, TowsLink, TowsStrategy
from cwd_desktop.domain.choices import GoalLevel, Quadrant, TowsType
from cwd_desktop.domain.goals import CHILD_LEVEL, PARENT_LEVEL
from cwd_desktop.errors import ValidationError
from cwd_desktop.messages import Term
from cwd_desktop.storage import Store


def merge_plan(store: Store, keep_id: str, duplicate_ids: list[str]) -> dict[str, dict[str, object]]:
    """The field changes that merge duplicates into one card: its votes add theirs; they stay,
    pointing at it. Raises ValidationError for a merge that is not allowed."""
    keep = store.get(SwotItem, keep_id)
    if keep.merged_into is not None:
        raise ValidationError("Cannot merge into a card that was itself merged into another.")
    duplicates = [store.get(SwotItem, i) for i in dict.fromkeys(duplicate_ids) if i != keep_id]
    if not duplicates:
        raise ValidationError("Select at least two cards to merge.")
    for duplicate in duplicates:
        if duplicate.session_id != keep.session_id:
            raise ValidationError("Only cards of the same SWOT session can be merged.")
        if duplicate.merged_into is not None:
            raise ValidationError("The card '{text}' is already merged into another.", text=duplicate.text)
    plan: dict[str, dict[str, object]] = {keep.id: {"votes": keep.votes + sum(d.votes for d in duplicates)}}
    plan.update({d.id: {"merged_into": keep.id} for d in duplicates})
    return plan


def merge_items(store: Store, keep_id: str, duplicate_ids: list[str]) -> SwotItem:
    """Merge duplicates into one card, in one transaction."""
    with store.transaction():
        for item_id, changes in merge_plan(store, keep_id, duplicate_ids).items():
            store.update(SwotItem, item_id, **changes)
        return store.get(SwotItem, keep_id)


def live_items(store: Store, session_id: str) -> list[SwotItem]:
    """The session's SWOT cards in board order, merged duplicates left out."""
    return [i for i in store.find(SwotItem, session_id=session_id, order_by="position") if i.merged_into is None]


def partnership_sessions(
    store: Store, partnership_id: str, first: str | None = None
) -> list[tuple[Meeting, SwotSession]]:
    """The SWOT sessions of every meeting of the partnership, by meeting date; `first`'s first."""
    meetings = store.find(Meeting, partnership_id=partnership_id, order_by="date")
    meetings.sort(key=lambda m: m.id != first)
    return [(m, s) for m in meetings for s in store.find(SwotSession, meeting_id=m.id)]


def strategies(store: Store, session_id: str) -> list[TowsStrategy]:
    return store.find(TowsStrategy, session_id=session_id, order_by="position")


def check_tows_pair(store: Store, strategy_id: str, item_id: str) -> None:
    """Raise unless the item may be paired by the strategy: an SO strategy takes strengths and
    opportunities, and so on, of its own SWOT session."""
    strategy = store.get(TowsStrategy, strategy_id)
    item = store.get(SwotItem, item_id)
    if item.session_id != strategy.session_id:
        raise ValidationError("A strategy pairs items of its own SWOT session.")
    if item.quadrant not in strategy.pairs_allowed():
        raise ValidationError(
            "A {kind} strategy pairs {quadrants}, not {quadrant}.",
            kind=strategy.kind.value,
            quadrants=Term(
                " and ".join(sorted(q.en for q in strategy.pairs_allowed())),
                " i ".join(sorted(q.pl for q in strategy.pairs_allowed())),
            ),
            quadrant=item.quadrant,
        )


def link_tows(store: Store, strategy_id: str, item_id: str) -> TowsLink:
    """Pair a SWOT item with a strategy (once)."""
    with store.transaction():
        check_tows_pair(store, strategy_id, item_id)
        existing = store.find(TowsLink, strategy_id=strategy_id, swot_item_id=item_id)
        return existing[0] if existing else store.add(TowsLink(strategy_id=strategy_id, swot_item_id=item_id))


def strategy_kind(quadrants: set[Quadrant]) -> TowsType:
    """The TOWS type that pairs the given quadrants: one internal (S or W) and one external (O or T)."""
    internal = quadrants & {Quadrant.S, Quadrant.W}
    external = quadrants & {Quadrant.O, Quadrant.T}
    if len(internal) != 1 or len(external) != 1:
        raise ValidationError(
            "A TOWS strategy pairs strengths or weaknesses with opportunities or threats: "
            "select cards of one internal and one external quadrant."
        )
    return TowsType(next(iter(internal)).value + next(iter(external)).value)


def check_goal_parent(store: Store, goal: Goal) -> None:
    """Raise unless the goal sits where it belongs in the tree: an operational objective under a
    strategic goal, a direction of action under an operational objective, of the same partnership."""
    expected = PARENT_LEVEL[goal.level]
    if expected is not None and goal.parent_id is not None:  # (a goal without its parent fails validate())
        parent = store.get(Goal, goal.parent_id)
        if parent.level is not expected or parent.partnership_id != goal.partnership_id:
            article = "an" if expected.en[0] in "aeiou" else "a"
            raise ValidationError(
                "A {level} belongs under {expected} of the same partnership.",
                level=goal.level,
                expected=Term(f"{article} {expected.en}", expected.pl),
            )


def add_goal(store: Store, goal: Goal) -> Goal:
    """Add a goal where it belongs in the tree."""
    with store.transaction():
        check_goal_parent(store, goal)
        return store.add(goal)


def new_goal(
    store: Store,
    partnership_id: str,
    level: GoalLevel,
    parent: Goal | None,
    title: str,
    meeting_id: str | None = None,
) -> Goal:
    """A goal of the partnership's strategy, of `level` under `parent`, numbered and placed after
    the others, checked against the tree's rules (not yet written: the caller adds it, as an
    undoable step in the GUI). `meeting_id`: the meeting it is agreed in, if any."""
    goal = Goal(
        partnership_id=partnership_id,
        meeting_id=meeting_id,
        level=level,
        parent_id=parent.id if parent else None,
        title=title,
        code=next_goal_code(store, partnership_id, parent),
        position=store.next_position(Goal, partnership_id=partnership_id),
    )
    check_goal_parent(store, goal)
    return goal


def parent_for(store: Store, goal_id: str | None, level: GoalLevel) -> Goal | None:
    """The goal `goal_id`, or the nearest goal above it, that a new goal of `level` belongs under
    (None for a strategic goal, or when there is none)."""
    while goal_id:
        goal = store.get(Goal, goal_id)
        if CHILD_LEVEL[goal.level] is level and goal.level is not level:
            return goal
        goal_id = goal.parent_id
    return None


def with_goals_below(store: Store, goal_id: str) -> list[str]:
    """`goal_id` and the ids of every live goal below it: what deleting a goal deletes."""
    found, frontier = [goal_id], [goal_id]
    while frontier:  # (a loop, which the storage refuses, would still end here)
        frontier = [g.id for parent in frontier for g in store.find(Goal, parent_id=parent) if g.id not in found]
        found += frontier
    return found


def next_goal_code(store: Store, partnership_id: str, parent: Goal | None) -> str:
    """The number of a new goal: "3" after two strategic goals, "1.2" under "1" after "1.1"."""
    siblings = store.find(Goal, partnership_id=partnership_id, parent_id=parent.id if parent else None)
    prefix = f"{parent.code}." if parent and parent.code else ""
    return f"{prefix}{len(siblings) + 1}"


def goal_sources(store: Store, goal_id: str) -> tuple[list[TowsStrategy], list[SwotItem]]:
    """What a goal comes from: its strategies, and the SWOT items named directly or paired by them."""
    sources = store.find(GoalSource, goal_id=goal_id)
    strategies = [store.get(TowsStrategy, s.strategy_id) for s in sources if s.strategy_id]
    strategies = [s for s in strategies if not s.deleted]
    item_ids = [s.swot_item_id for s in sources if s.swot_item_id]
    for strategy in strategies:
        item_ids += [link.swot_item_id for link in store.find(TowsLink, strategy_id=strategy.id)]
    items = [store.get(SwotItem, i) for i in dict.fromkeys(item_ids)]
    return strategies, [i for i in items if not i.deleted]


def goals_fed_by(store: Store, item_id: str) -> list[Goal]:
    """The goals a SWOT item feeds, directly or through a strategy that pairs it."""
    strategy_ids = [link.strategy_id for link in store.find(TowsLink, swot_item_id=item_id)]
    sources = store.find(GoalSource, swot_item_id=item_id)
    for strategy_id in strategy_ids:
        sources += store.find(GoalSource, strategy_id=strategy_id)
    goals = [store.get(Goal, goal_id) for goal_id in dict.fromkeys(s.goal_id for s in sources)]
    return sorted((g for g in goals if not g.deleted), key=lambda g: g.code)
