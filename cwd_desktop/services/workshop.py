"""Rules that span several rows of a workshop: merging SWOT duplicates, TOWS pairs, the goal tree.

The store checks each row on its own; these checks need other rows too. The GUI and CLI call
these functions, not `Store.add`, for such edits.
"""

from __future__ import annotations

from cwd_desktop.domain import Goal, SwotItem, TowsLink, TowsStrategy
from cwd_desktop.domain.goals import PARENT_LEVEL
from cwd_desktop.errors import ValidationError
from cwd_desktop.storage import Store


def merge_plan(store: Store, keep_id: str, duplicate_ids: list[str]) -> dict[str, dict]:
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
            raise ValidationError(f"The card '{duplicate.text}' is already merged into another.")
    plan = {keep.id: {"votes": keep.votes + sum(d.votes for d in duplicates)}}
    plan.update({d.id: {"merged_into": keep.id} for d in duplicates})
    return plan


def merge_items(store: Store, keep_id: str, duplicate_ids: list[str]) -> SwotItem:
    """Merge duplicates into one card, in one transaction."""
    with store.transaction():
        for item_id, changes in merge_plan(store, keep_id, duplicate_ids).items():
            store.update(SwotItem, item_id, **changes)
        return store.get(SwotItem, keep_id)


def link_tows(store: Store, strategy_id: str, item_id: str) -> TowsLink:
    """Pair a SWOT item with a strategy: an SO strategy takes strengths and opportunities, and so on."""
    with store.transaction():
        strategy = store.get(TowsStrategy, strategy_id)
        item = store.get(SwotItem, item_id)
        if item.session_id != strategy.session_id:
            raise ValidationError("A strategy pairs items of its own SWOT session.")
        if item.quadrant not in strategy.pairs_allowed():
            raise ValidationError(
                f"A {strategy.kind.value} strategy pairs {' and '.join(sorted(q.en for q in strategy.pairs_allowed()))}"
                f", not {item.quadrant.en}."
            )
        existing = store.find(TowsLink, strategy_id=strategy_id, swot_item_id=item_id)
        return existing[0] if existing else store.add(TowsLink(strategy_id=strategy_id, swot_item_id=item_id))


def add_goal(store: Store, goal: Goal) -> Goal:
    """Add a goal where it belongs in the tree: an operational objective under a strategic goal,
    a direction of action under an operational objective, all in the same meeting."""
    with store.transaction():
        expected = PARENT_LEVEL[goal.level]
        if expected is not None:
            parent = store.get(Goal, goal.parent_id)
            if parent.level is not expected or parent.meeting_id != goal.meeting_id:
                article = "an" if expected.en[0] in "aeiou" else "a"
                raise ValidationError(f"A {goal.level.en} belongs under {article} {expected.en} of the same meeting.")
        return store.add(goal)
